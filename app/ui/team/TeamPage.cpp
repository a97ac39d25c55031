#include "team/TeamPage.h"

#include "team/CoverageTab.h"
#include "team/PeopleTab.h"
#include "team/RaciTab.h"
#include "team/RolesTab.h"
#include "team/RotaTab.h"
#include "team/StaffingTab.h"
#include "team/TeamPlanDialog.h"
#include "team/TrainingTab.h"
#include "workspace/WorkspaceSession.h"

#include "ui_TeamPage.h"

#include <QEvent>

namespace csirtkit {

TeamPage::TeamPage(QWidget *parent) : Page(parent), m_ui(std::make_unique<::Ui::TeamPage>())
{
    m_ui->setupUi(this);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_ui->teamTitleLabel->setFont(big);
    addTab(new CoverageTab(this));
    addTab(new PeopleTab(this));
    addTab(new RolesTab(this));
    addTab(new RaciTab(this));
    addTab(new StaffingTab(this));
    addTab(new RotaTab(this));
    addTab(new TrainingTab(this));
    connect(m_ui->exportPlanPushButton, &QPushButton::clicked, this, &TeamPage::exportPlan);
}

TeamPage::~TeamPage() = default;

void TeamPage::addTab(TeamTab *tab)
{
    m_tabs << tab;
    m_ui->teamTabWidget->addTab(tab, tab->tabTitle());
    connect(tab, &TeamTab::showTab, this, [this](const QString &tabId, const QString &key) { showTab(tabId, key); });
}

TeamTab *TeamPage::tab(const QString &tabId) const
{
    for (TeamTab *t : m_tabs)
        if (t->tabId() == tabId)
            return t;
    return nullptr;
}

void TeamPage::showTab(const QString &tabId, const QString &key)
{
    if (TeamTab *t = tab(tabId)) {
        m_ui->teamTabWidget->setCurrentWidget(t);
        if (!key.isEmpty())
            t->select(key);
    }
}

void TeamPage::setSession(WorkspaceSession *session)
{
    m_session = session;
    for (TeamTab *t : std::as_const(m_tabs))
        t->setSession(session); // each tab follows the session's changes itself
    m_ui->exportPlanPushButton->setEnabled(true);
}

void TeamPage::exportPlan()
{
    if (!m_session)
        return;
    TeamPlanDialog dialog(m_session, this);
    dialog.exec();
}

void TeamPage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
        Q_EMIT titleChanged();
    }
}

void TeamPage::retranslate()
{
    for (int i = 0; i < m_tabs.size(); ++i)
        m_ui->teamTabWidget->setTabText(i, m_tabs.at(i)->tabTitle());
}

} // namespace csirtkit
