#include "incidents/RelationsTab.h"

namespace csirtkit {

RelationsTab::RelationsTab(QWidget *parent) : IncidentTab(parent) { }

RelationsTab::~RelationsTab() = default;

QString RelationsTab::title() const
{
    return QStringLiteral("RelationsTab");
}

void RelationsTab::setIncident(WorkspaceSession *session, qint64 incidentId)
{
    m_session = session;
    m_incidentId = incidentId;
}

} // namespace csirtkit
