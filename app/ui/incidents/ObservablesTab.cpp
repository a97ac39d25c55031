#include "incidents/ObservablesTab.h"

namespace csirtkit {

ObservablesTab::ObservablesTab(QWidget *parent) : IncidentTab(parent) { }

ObservablesTab::~ObservablesTab() = default;

QString ObservablesTab::title() const
{
    return QStringLiteral("ObservablesTab");
}

void ObservablesTab::setIncident(WorkspaceSession *session, qint64 incidentId)
{
    m_session = session;
    m_incidentId = incidentId;
}

} // namespace csirtkit
