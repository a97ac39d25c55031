#pragma once

#include "incidents/IncidentTab.h"

namespace csirtkit {

// SKELETON — to be written.
class ArtefactsTab : public IncidentTab
{
    Q_OBJECT

public:
    explicit ArtefactsTab(QWidget *parent = nullptr);
    ~ArtefactsTab() override;

    QString title() const override;
    void setIncident(WorkspaceSession *session, qint64 incidentId) override;

private:
    WorkspaceSession *m_session = nullptr;
    qint64 m_incidentId = 0;
};

} // namespace csirtkit
