#pragma once

#include "incidents/IncidentTab.h"

namespace csirtkit {

// SKELETON — to be written.
class TasksTab : public IncidentTab
{
    Q_OBJECT

public:
    explicit TasksTab(QWidget *parent = nullptr);
    ~TasksTab() override;

    QString title() const override;
    void setIncident(WorkspaceSession *session, qint64 incidentId) override;

private:
    WorkspaceSession *m_session = nullptr;
    qint64 m_incidentId = 0;
};

} // namespace csirtkit
