#pragma once

#include <QDialog>

class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace csirtkit {

class WorkspaceSession;

// The notification rules of the workspace: the shipped ones (read-only) and the organisation's own,
// e.g. the notice period of a customer contract, which can be added and removed here.
class NotificationRulesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NotificationRulesDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~NotificationRulesDialog() override;

    bool addRule(); // from the form; a message and nothing written when it is incomplete

private:
    void reload();
    void removeRule();

    WorkspaceSession *m_session;
    QListWidget *m_rules;
    QPushButton *m_remove;
    QLineEdit *m_key;
    QLineEdit *m_titleEn;
    QLineEdit *m_titleJa;
    QLineEdit *m_authority;
    QTableWidget *m_obligations;
};

} // namespace csirtkit
