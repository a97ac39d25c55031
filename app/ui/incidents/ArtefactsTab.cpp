#include "incidents/ArtefactsTab.h"

namespace csirtkit {

ArtefactsTab::ArtefactsTab(QWidget *parent) : IncidentTab(parent) { }

ArtefactsTab::~ArtefactsTab() = default;

QString ArtefactsTab::title() const
{
    return QStringLiteral("ArtefactsTab");
}

void ArtefactsTab::setIncident(WorkspaceSession *session, qint64 incidentId)
{
    m_session = session;
    m_incidentId = incidentId;
}

} // namespace csirtkit
