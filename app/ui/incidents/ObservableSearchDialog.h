#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QTimer;
class QTreeWidget;
class QTreeWidgetItem;

namespace csirtkit {

class WorkspaceSession;

// "Find observable in all incidents": a value (pasted defanged values are refanged) and the
// incidents that have it under any type; Enter or double-click opens one and closes the dialog.
class ObservableSearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ObservableSearchDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~ObservableSearchDialog() override;

    void search(); // runs at once (typing runs it after a short pause)

Q_SIGNALS:
    void openIncident(qint64 incidentId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void valueEdited(const QString &text);
    void open(QTreeWidgetItem *item);
    void updateStatus();

    WorkspaceSession *m_session;
    QLineEdit *m_value;
    QTreeWidget *m_results;
    QLabel *m_status;
    QTimer *m_timer;
    QString m_lastValue;
    QString m_searched;
    QString m_error;
};

} // namespace csirtkit
