#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class TeamPlanDialog;
}

namespace csirtkit {

class WorkspaceSession;

// Writes the staffing plan (TeamPlanDocument) as PDF, ODT, HTML or Markdown, in English or Japanese,
// with a TLP label, the rota of a chosen period, and contact details only when ticked.
class TeamPlanDialog : public QDialog
{
    Q_OBJECT

public:
    explicit TeamPlanDialog(WorkspaceSession *session, QWidget *parent = nullptr);
    ~TeamPlanDialog() override;

    bool writeTo(const QString &path); // the format from the suffix; used by Save… and by tests
    void setContacts(bool on);
    void setLanguage(const QString &language);

private:
    void chooseFile();

    std::unique_ptr<::Ui::TeamPlanDialog> m_ui;
    WorkspaceSession *m_session;
};

} // namespace csirtkit
