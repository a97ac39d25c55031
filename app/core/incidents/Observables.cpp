#include "incidents/Observables.h"

#include "common/TextRules.h"
#include "incidents/IncidentRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>

namespace csirtkit {


Result<Observables::Added> Observables::add(qint64 incidentId, Observable::Type type, const QString &value, const QString &note)
{
    auto valid = Observable::validate(type, value);
    if (!valid)
        return valid.error();
    if (auto checked = TextRules::check(note.trimmed(), TextRules::Kind::Lines, tr("The note")); !checked)
        return checked.error();
    Added added;
    auto written = m_workspace.write(QStringLiteral("observable"), Observable::key(type), [&](QSqlDatabase &db) -> Result<void> {
        if (auto exists = IncidentRepository::requireIncident(db, incidentId); !exists)
            return exists;
        auto existing = sql::scalar(db, QStringLiteral("SELECT id FROM observable WHERE incident_id = ? AND type = ? AND value = ?"),
                                    { incidentId, Observable::key(type), *valid });
        if (!existing)
            return existing.error();
        if (!existing->isNull()) {
            added = { existing->toLongLong(), true };
            return {};
        }
        auto q = sql::exec(db, QStringLiteral("INSERT INTO observable (incident_id, type, value, note, added_utc) VALUES (?, ?, ?, ?, ?)"),
                           { incidentId, Observable::key(type), *valid, note.trimmed(), sql::nowUtcText() });
        if (!q)
            return q.error();
        added = { q->lastInsertId().toLongLong(), false };
        return {};
    });
    if (!written)
        return written.error();
    return added;
}

Result<QList<ObservableRow>> Observables::list(qint64 incidentId) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT id, incident_id, type, value, note, added_utc FROM observable "
                                                        "WHERE incident_id = ? ORDER BY id"), { incidentId });
    if (!q)
        return q.error();
    QList<ObservableRow> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong(),
                      Observable::fromKey(q->value(2).toString()).value_or(Observable::Type::Text), q->value(3).toString(),
                      q->value(4).toString(), sql::fromUtcText(q->value(5).toString()) });
    return list;
}

Result<void> Observables::remove(qint64 observableId)
{
    return m_workspace.write(QStringLiteral("observable"), QStringLiteral("removed"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM observable WHERE id = ?"), { observableId }));
    });
}

namespace {

// The identifiers an ident query found.
Result<QStringList> identsOf(Result<QSqlQuery> &q)
{
    if (!q)
        return q.error();
    QStringList idents;
    while (q->next())
        idents << q->value(0).toString();
    return idents;
}

} // namespace

Result<QStringList> Observables::alsoSeenIn(qint64 incidentId, Observable::Type type, const QString &value) const
{
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT DISTINCT i.ident FROM observable o JOIN incident i ON i.id = o.incident_id "
                                      "WHERE o.type = ? AND o.value = ? AND o.incident_id <> ? ORDER BY i.ident"),
                       { Observable::key(type), value, incidentId });
    return identsOf(q);
}

Result<QStringList> Observables::incidentsWith(const QString &value) const
{
    // Compare with each type's normalised form, so "HXXP://Evil[.]example" finds "http://evil.example".
    QStringList candidates;
    for (Observable::Type t : Observable::allTypes())
        if (auto normalised = Observable::validate(t, value); normalised && !candidates.contains(*normalised))
            candidates << *normalised;
    if (candidates.isEmpty())
        return QStringList();
    QStringList marks;
    for (qsizetype i = 0; i < candidates.size(); ++i)
        marks << QStringLiteral("?");
    QVariantList bindings;
    for (const QString &c : std::as_const(candidates))
        bindings << c;
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT DISTINCT i.ident FROM observable o JOIN incident i ON i.id = o.incident_id "
                                      "WHERE o.value IN (%1) ORDER BY i.ident").arg(marks.join(QLatin1Char(','))),
                       bindings);
    return identsOf(q);
}

Result<QList<IncidentRef>> Observables::incidentRefsWith(const QString &value) const
{
    QStringList terms;
    QVariantList bindings;
    for (Observable::Type t : Observable::allTypes()) {
        if (auto normalised = Observable::validate(t, value)) {
            terms << QStringLiteral("(o.type = ? AND o.value = ?)");
            bindings << Observable::key(t) << *normalised;
        }
    }
    if (terms.isEmpty())
        return QList<IncidentRef>();
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT DISTINCT i.id, i.ident, i.title FROM observable o JOIN incident i ON i.id = "
                                      "o.incident_id WHERE %1 ORDER BY i.ident").arg(terms.join(QStringLiteral(" OR "))),
                       bindings);
    if (!q)
        return q.error();
    QList<IncidentRef> refs;
    while (q->next())
        refs.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString() });
    return refs;
}

} // namespace csirtkit
