#pragma once

#include <QDialog>

#include <memory>

namespace csirtkit {

namespace Ui {
class NotificationRulesDialog;
}

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

    std::unique_ptr<Ui::NotificationRulesDialog> m_ui;
    WorkspaceSession *m_session;
};

} // namespace csirtkit
