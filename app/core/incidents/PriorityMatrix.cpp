#include "incidents/PriorityMatrix.h"

#include "incidents/Taxonomy.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

namespace csirtkit {

PriorityMatrix::Cells PriorityMatrix::defaults()
{
    const Taxonomy &tax = Taxonomy::instance();
    Cells cells;
    for (const TaxonomyTerm &impact : tax.levels())
        for (const TaxonomyTerm &urgency : tax.levels())
            cells.insert(key(impact.key, urgency.key), tax.priority(impact.key, urgency.key));
    return cells;
}

Result<PriorityMatrix::Cells> PriorityMatrix::load(const QSqlDatabase &db)
{
    Cells cells = defaults();
    auto q = sql::exec(db, QStringLiteral("SELECT impact, urgency, priority FROM priority_matrix"));
    if (!q)
        return q.error();
    while (q->next())
        cells.insert(key(q->value(0).toString(), q->value(1).toString()), q->value(2).toString());
    return cells;
}

Result<QString> PriorityMatrix::lookup(const QSqlDatabase &db, const QString &impact, const QString &urgency)
{
    auto q = sql::scalar(db, QStringLiteral("SELECT priority FROM priority_matrix WHERE impact = ? AND urgency = ?"),
                         { impact, urgency });
    if (!q)
        return q.error();
    if (!q->isNull())
        return q->toString();
    return Taxonomy::instance().priority(impact, urgency);
}

Result<PriorityMatrix::Cells> PriorityMatrix::cells() const
{
    return load(m_workspace.db());
}

Result<int> PriorityMatrix::set(const Cells &cells)
{
    const Cells shipped = defaults();
    static const QStringList priorities = { QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4") };
    for (auto it = shipped.cbegin(); it != shipped.cend(); ++it) {
        if (!priorities.contains(cells.value(it.key())))
            return makeError(ErrorCode::Invalid, tr("Every impact and urgency pair needs a priority from P1 to P4."));
    }
    int changed = 0;
    auto written = m_workspace.write(QStringLiteral("priority_matrix"), QString(), [&](QSqlDatabase &db) -> Result<void> {
        if (auto cleared = sql::exec(db, QStringLiteral("DELETE FROM priority_matrix")); !cleared)
            return cleared.error();
        for (auto it = shipped.cbegin(); it != shipped.cend(); ++it) {
            const QString wanted = cells.value(it.key());
            const QStringList pair = it.key().split(QLatin1Char('/'));
            if (wanted != it.value()) {
                auto q = sql::exec(db, QStringLiteral("INSERT INTO priority_matrix (impact, urgency, priority) VALUES (?, ?, ?)"),
                                   { pair.at(0), pair.at(1), wanted });
                if (!q)
                    return q.error();
            }
            auto q = sql::exec(db, QStringLiteral("UPDATE incident SET priority = ?, updated_utc = ? WHERE impact = ? AND "
                                                  "urgency = ? AND priority_reason = '' AND priority <> ?"),
                               { wanted, sql::nowUtcText(), pair.at(0), pair.at(1), wanted });
            if (!q)
                return q.error();
            changed += q->numRowsAffected();
        }
        return {};
    });
    if (!written)
        return written.error();
    return changed;
}

} // namespace csirtkit
