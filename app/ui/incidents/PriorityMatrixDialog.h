#pragma once

#include <QDialog>
#include <QHash>

#include <memory>

class QComboBox;

namespace csirtkit {

namespace Ui {
class PriorityMatrixDialog;
}

class WorkspaceSession;

// Edits the workspace's impact × urgency → priority matrix. OK applies it as one undoable step;
// incidents without a priority override take the new priorities.
class PriorityMatrixDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PriorityMatrixDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~PriorityMatrixDialog() override;

    void accept() override;
    QComboBox *cell(const QString &impact, const QString &urgency) const;

private:
    void show(const QHash<QString, QString> &cells);

    std::unique_ptr<Ui::PriorityMatrixDialog> m_ui;
    WorkspaceSession *m_session;
    QHash<QString, QComboBox *> m_cells;
};

} // namespace csirtkit
