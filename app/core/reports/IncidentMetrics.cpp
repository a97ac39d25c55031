#include "reports/IncidentMetrics.h"

#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

#include <algorithm>
#include <numeric>

namespace csirtkit {

IncidentMetrics::Duration IncidentMetrics::duration(QList<double> hours)
{
    Duration d;
    d.count = int(hours.size());
    if (hours.isEmpty())
        return d;
    std::sort(hours.begin(), hours.end());
    d.meanHours = std::accumulate(hours.cbegin(), hours.cend(), 0.0) / double(hours.size());
    const qsizetype mid = hours.size() / 2;
    d.medianHours = hours.size() % 2 ? hours.at(mid) : (hours.at(mid - 1) + hours.at(mid)) / 2.0;
    return d;
}

Result<IncidentMetrics> IncidentMetrics::read(const Workspace &workspace, const QDate &from, const QDate &to,
                                              const QTimeZone &zone, int topCount)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return makeError(ErrorCode::Invalid, QCoreApplication::translate("csirtkit::IncidentMetrics",
                                                                         "Choose a period whose start is not after its end."));
    const QSqlDatabase db = workspace.db();
    IncidentMetrics m;
    m.from = from;
    m.to = to;
    const QString start = sql::toUtcText(from.startOfDay(zone)), end = sql::toUtcText(to.addDays(1).startOfDay(zone));
    // Months in the workspace's zone: shift the UTC text by the zone's offset in the period.
    const int offset = zone.offsetFromUtc(to.startOfDay(zone));
    const QString shift = QStringLiteral("%1%2 seconds").arg(offset >= 0 ? QStringLiteral("+") : QString()).arg(offset);
    auto q = sql::exec(db, QStringLiteral("SELECT strftime('%Y-%m', created_utc, ?), rsit_class, count(*) FROM incident "
                                          "WHERE created_utc >= ? AND created_utc < ? GROUP BY 1, 2 ORDER BY 1"),
                       { shift, start, end });
    if (!q)
        return q.error();
    QMap<QString, Month> months;
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1))
        months.insert(month.toString(QStringLiteral("yyyy-MM")), { month, {}, 0 });
    while (q->next()) {
        Month &month = months[q->value(0).toString()];
        if (!month.first.isValid())
            month.first = QDate::fromString(q->value(0).toString() + QStringLiteral("-01"), QStringLiteral("yyyy-MM-dd"));
        const int count = q->value(2).toInt();
        month.byClass[q->value(1).toString()] += count;
        month.total += count;
        m.logged += count;
    }
    m.months = months.values();

    const QString now = sql::nowUtcText();
    auto open = sql::exec(db, QStringLiteral("SELECT priority, CASE WHEN julianday(?) - julianday(created_utc) < 1 THEN 'day' "
                                             "WHEN julianday(?) - julianday(created_utc) < 7 THEN 'week' "
                                             "WHEN julianday(?) - julianday(created_utc) < 30 THEN 'month' ELSE 'older' END, "
                                             "count(*) FROM incident WHERE status IN ('new', 'triage', 'response') GROUP BY 1, 2"),
                          { now, now, now });
    if (!open)
        return open.error();
    while (open->next())
        m.openByPriorityAge[open->value(0).toString()][open->value(1).toString()] = open->value(2).toInt();

    auto hours = [&](const QString &column) -> Result<Duration> {
        auto d = sql::exec(db, QStringLiteral("SELECT (unixepoch(%1) - unixepoch(detected_utc)) / 3600.0 FROM incident WHERE "
                                              "created_utc >= ? AND created_utc < ? AND %1 IS NOT NULL AND detected_utc IS NOT NULL "
                                              "AND %1 >= detected_utc").arg(column),
                           { start, end });
        if (!d)
            return d.error();
        QList<double> values;
        while (d->next())
            values << d->value(0).toDouble();
        return duration(values);
    };
    for (auto [column, target] : { std::pair { QStringLiteral("triaged_utc"), &m.toTriage },
                                   std::pair { QStringLiteral("contained_utc"), &m.toContain },
                                   std::pair { QStringLiteral("resolved_utc"), &m.toResolve } }) {
        auto d = hours(column);
        if (!d)
            return d.error();
        *target = *d;
    }

    auto top = sql::exec(db, QStringLiteral("SELECT o.type, o.value, count(DISTINCT o.incident_id) AS n FROM observable o JOIN "
                                            "incident i ON i.id = o.incident_id WHERE i.created_utc >= ? AND i.created_utc < ? "
                                            "GROUP BY o.type, o.value HAVING n > 0 ORDER BY n DESC, o.value LIMIT ?"),
                         { start, end, topCount });
    if (!top)
        return top.error();
    while (top->next())
        m.topObservables.append({ top->value(0).toString(), top->value(1).toString(), top->value(2).toInt() });
    return m;
}

} // namespace csirtkit
