#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace csirtkit {

class Workspace;

struct AffectedAsset
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString name;
    QString address; // IP address or host name
    QString ownerDepartment;
    QString criticality; // '', high, medium, low
};

// What an incident touches: affected assets, and links to related incidents (both directions).
class IncidentRelations
{
    Q_DECLARE_TR_FUNCTIONS(IncidentRelations)

public:
    explicit IncidentRelations(Workspace &workspace) : m_workspace(workspace) { }

    Result<qint64> addAsset(const AffectedAsset &asset);
    Result<QList<AffectedAsset>> assets(qint64 incidentId) const;
    Result<void> removeAsset(qint64 assetId);

    Result<void> link(qint64 incidentId, qint64 otherId);
    Result<void> unlink(qint64 incidentId, qint64 otherId);
    Result<QList<qint64>> linked(qint64 incidentId) const;

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
