#include "incidents/TasksTab.h"

namespace csirtkit {

TasksTab::TasksTab(QWidget *parent) : IncidentTab(parent) { }

TasksTab::~TasksTab() = default;

QString TasksTab::title() const
{
    return QStringLiteral("TasksTab");
}

void TasksTab::setIncident(WorkspaceSession *session, qint64 incidentId)
{
    m_session = session;
    m_incidentId = incidentId;
}

} // namespace csirtkit
