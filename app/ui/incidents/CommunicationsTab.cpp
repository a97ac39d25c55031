#include "incidents/CommunicationsTab.h"

namespace csirtkit {

CommunicationsTab::CommunicationsTab(QWidget *parent) : IncidentTab(parent) { }

CommunicationsTab::~CommunicationsTab() = default;

QString CommunicationsTab::title() const
{
    return QStringLiteral("CommunicationsTab");
}

void CommunicationsTab::setIncident(WorkspaceSession *session, qint64 incidentId)
{
    m_session = session;
    m_incidentId = incidentId;
}

} // namespace csirtkit
