#pragma once

#include "common/Page.h"

#include <memory>

namespace Ui {
class OverviewPage;
}

namespace csirtkit {

// The dashboard: the organisation, facts about the workspace and what it holds. Later capabilities
// add their figures through WorkspaceFacts.
class OverviewPage : public Page
{
    Q_OBJECT

public:
    explicit OverviewPage(QWidget *parent = nullptr);
    ~OverviewPage() override;

    QString pageId() const override { return QStringLiteral("overview"); }
    QString title() const override { return tr("Overview"); }
    QString iconName() const override { return QStringLiteral(":/icons/overview.svg"); }
    void setSession(WorkspaceSession *session) override;

    static QString formatTime(const QDateTime &utc);

Q_SIGNALS:
    // A checklist item of the "next items" list was activated: show it in the phase guide.
    void openPlanItem(qint64 stepId, qint64 itemId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void refreshPlan();
    void refreshIncidents();

    std::unique_ptr<::Ui::OverviewPage> m_ui;
    WorkspaceSession *m_session = nullptr;
    QString m_oldestIdent;
    bool m_stale = false; // changed while hidden
};

} // namespace csirtkit
