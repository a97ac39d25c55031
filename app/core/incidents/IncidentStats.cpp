#include "incidents/IncidentStats.h"

#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

namespace csirtkit {

Result<IncidentStats::Open> IncidentStats::open(const Workspace &workspace)
{
    const QSqlDatabase db = workspace.db();
    Open stats;
    for (const QString &p : { QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4") })
        stats.byPriority.insert(p, 0);
    auto total = sql::scalar(db, QStringLiteral("SELECT count(*) FROM incident"));
    if (!total)
        return total.error();
    stats.total = total->toLongLong();
    static const QString openStatuses = QStringLiteral("status IN ('new', 'triage', 'response')");
    auto q = sql::exec(db, QStringLiteral("SELECT priority, count(*) FROM incident WHERE %1 GROUP BY priority").arg(openStatuses));
    if (!q)
        return q.error();
    while (q->next()) {
        stats.byPriority.insert(q->value(0).toString(), q->value(1).toLongLong());
        stats.open += q->value(1).toLongLong();
    }
    auto oldest = sql::exec(db, QStringLiteral("SELECT id, ident, title, created_utc FROM incident WHERE %1 "
                                               "ORDER BY created_utc, id LIMIT 1").arg(openStatuses));
    if (!oldest)
        return oldest.error();
    if (oldest->next()) {
        stats.oldestId = oldest->value(0).toLongLong();
        stats.oldestIdent = oldest->value(1).toString();
        stats.oldestTitle = oldest->value(2).toString();
        stats.oldestLoggedUtc = sql::fromUtcText(oldest->value(3).toString());
    }
    return stats;
}

} // namespace csirtkit
