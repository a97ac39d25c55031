#include "incidents/EvidenceTab.h"

namespace csirtkit {

EvidenceTab::EvidenceTab(QWidget *parent) : IncidentTab(parent) { }

EvidenceTab::~EvidenceTab() = default;

QString EvidenceTab::title() const
{
    return QStringLiteral("EvidenceTab");
}

void EvidenceTab::setIncident(WorkspaceSession *session, qint64 incidentId)
{
    m_session = session;
    m_incidentId = incidentId;
}

} // namespace csirtkit
