#pragma once

#include "common/Page.h"

#include <memory>

namespace Ui {
class TeamPage;
}

namespace csirtkit {

class TeamTab;

// The team: coverage (people × roles and the gaps), people, roles, RACI, staffing, on-call rota and
// training plan, one tab each, and the staffing plan document.
class TeamPage : public Page
{
    Q_OBJECT

public:
    explicit TeamPage(QWidget *parent = nullptr);
    ~TeamPage() override;

    QString pageId() const override { return QStringLiteral("team"); }
    QString title() const override { return tr("Team"); }
    QString iconName() const override { return QStringLiteral(":/icons/team.svg"); }
    void setSession(WorkspaceSession *session) override;

    TeamTab *tab(const QString &tabId) const;
    // Shows a tab and selects what `key` names there.
    void showTab(const QString &tabId, const QString &key = {});
    void exportPlan();

protected:
    void changeEvent(QEvent *event) override;

private:
    void addTab(TeamTab *tab);
    void retranslate();

    std::unique_ptr<::Ui::TeamPage> m_ui;
    WorkspaceSession *m_session = nullptr;
    QList<TeamTab *> m_tabs;
};

} // namespace csirtkit
