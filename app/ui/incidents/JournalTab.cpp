#include "incidents/JournalTab.h"

namespace csirtkit {

JournalTab::JournalTab(QWidget *parent) : IncidentTab(parent) { }

JournalTab::~JournalTab() = default;

QString JournalTab::title() const
{
    return QStringLiteral("JournalTab");
}

void JournalTab::setIncident(WorkspaceSession *session, qint64 incidentId)
{
    m_session = session;
    m_incidentId = incidentId;
}

} // namespace csirtkit
