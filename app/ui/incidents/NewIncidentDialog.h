#pragma once

#include <QDialog>

#include <memory>

namespace csirtkit {

namespace Ui {
class NewIncidentDialog;
}

class WorkspaceSession;

// Logs a new incident: what the first report says (title, summary, reporter, channel, contact),
// a first classification, TLP, impact and urgency, and when it was detected. OK writes it in one
// transaction; a refused field keeps the dialog open with the message and writes nothing.
class NewIncidentDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewIncidentDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~NewIncidentDialog() override;

    qint64 createdId() const { return m_created; }
    void accept() override;

private:
    void fillTypes();

    std::unique_ptr<Ui::NewIncidentDialog> m_ui;
    WorkspaceSession *m_session;
    qint64 m_created = 0;
};

} // namespace csirtkit
