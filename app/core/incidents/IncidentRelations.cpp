#include "incidents/IncidentRelations.h"

#include "common/TextRules.h"
#include "incidents/IncidentRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>

namespace csirtkit {

Result<qint64> IncidentRelations::addAsset(const AffectedAsset &a)
{
    if (a.name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the affected asset (e.g. “web server www1”)."));
    static const QStringList levels = { QString(), QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low") };
    if (!levels.contains(a.criticality))
        return makeError(ErrorCode::Invalid, tr("Criticality must be high, medium or low."));
    const std::pair<QString, QString> texts[] = { { a.name.trimmed(), tr("The asset's name") },
                                                  { a.address.trimmed(), tr("The address") },
                                                  { a.ownerDepartment.trimmed(), tr("The owning department") } };
    for (const auto &[text, what] : texts)
        if (auto valid = TextRules::check(text, TextRules::Kind::Line, what); !valid)
            return valid.error();
    return m_workspace.insert(QStringLiteral("affected_asset"), QStringLiteral("added"), [&](QSqlDatabase &db) -> Result<qint64> {
        if (auto exists = IncidentRepository::requireIncident(db, a.incidentId); !exists)
            return exists.error();
        return sql::insert(db, QStringLiteral("INSERT INTO affected_asset (incident_id, name, address, owner_department, "
                                              "criticality) VALUES (?, ?, ?, ?, ?)"),
                           { a.incidentId, a.name.trimmed(), a.address.trimmed(), a.ownerDepartment.trimmed(), a.criticality });
    });
}

Result<QList<AffectedAsset>> IncidentRelations::assets(qint64 incidentId) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT id, incident_id, name, address, owner_department, criticality "
                                                        "FROM affected_asset WHERE incident_id = ? ORDER BY id"), { incidentId });
    if (!q)
        return q.error();
    QList<AffectedAsset> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                      q->value(4).toString(), q->value(5).toString() });
    return list;
}

Result<void> IncidentRelations::removeAsset(qint64 assetId)
{
    return m_workspace.write(QStringLiteral("affected_asset"), QStringLiteral("removed"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM affected_asset WHERE id = ?"), { assetId }));
    });
}

Result<void> IncidentRelations::link(qint64 incidentId, qint64 otherId)
{
    if (incidentId == otherId)
        return makeError(ErrorCode::Invalid, tr("An incident cannot be linked to itself."));
    return m_workspace.write(QStringLiteral("incident_link"), QStringLiteral("added"), [&](QSqlDatabase &db) -> Result<void> {
        for (qint64 id : { incidentId, otherId })
            if (auto exists = IncidentRepository::requireIncident(db, id); !exists)
                return exists;
        return sql::ok(sql::exec(db, QStringLiteral("INSERT INTO incident_link (incident_id, other_id) VALUES (?, ?) "
                                                    "ON CONFLICT DO NOTHING"),
                                 { qMin(incidentId, otherId), qMax(incidentId, otherId) }));
    });
}

Result<void> IncidentRelations::unlink(qint64 incidentId, qint64 otherId)
{
    return m_workspace.write(QStringLiteral("incident_link"), QStringLiteral("removed"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM incident_link WHERE incident_id = ? AND other_id = ?"),
                                 { qMin(incidentId, otherId), qMax(incidentId, otherId) }));
    });
}

Result<QList<qint64>> IncidentRelations::linked(qint64 incidentId) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT other_id FROM incident_link WHERE incident_id = ? UNION "
                                                        "SELECT incident_id FROM incident_link WHERE other_id = ? ORDER BY 1"),
                       { incidentId, incidentId });
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q->next())
        ids << q->value(0).toLongLong();
    return ids;
}

} // namespace csirtkit
