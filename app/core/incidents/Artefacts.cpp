#include "incidents/Artefacts.h"

#include "common/TextRules.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>

namespace csirtkit {

Result<qint64> Artefacts::add(const Artefact &a)
{
    if (a.title.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the artefact a title (e.g. “proxy log 10:00–10:15”)."));
    if (a.content.isEmpty())
        return makeError(ErrorCode::Invalid, tr("The artefact is empty: paste the text to keep."));
    if (a.content.size() > MaxContentLength)
        return makeError(ErrorCode::Invalid, tr("The artefact is too large (at most 5 MB of text). Keep large files "
                                                "in the evidence register instead."));
    if (a.content.contains(QChar(0)))
        return makeError(ErrorCode::Invalid, tr("The artefact contains binary data. Keep binary files in the evidence "
                                                "register instead."));
    if (auto valid = TextRules::check(a.title.trimmed(), TextRules::Kind::Line, tr("The artefact's title")); !valid)
        return valid.error();
    if (auto valid = TextRules::check(a.syntax.trimmed(), TextRules::Kind::Line, tr("The syntax")); !valid)
        return valid.error();
    if (auto valid = TextRules::check(a.content, TextRules::Kind::Lines, tr("The artefact")); !valid)
        return valid.error();
    return m_workspace.insert(QStringLiteral("artefact"), QStringLiteral("added"), [&](QSqlDatabase &db) -> Result<qint64> {
        if (auto exists = IncidentRepository::requireIncident(db, a.incidentId); !exists)
            return exists.error();
        return sql::insert(db, QStringLiteral("INSERT INTO artefact (incident_id, title, syntax, content, added_utc, author) "
                                              "VALUES (?, ?, ?, ?, ?, ?)"),
                           { a.incidentId, a.title.trimmed(), a.syntax.trimmed(), a.content, sql::nowUtcText(),
                             IncidentJournal::authorName(a.author) });
    });
}

Result<QList<Artefact>> Artefacts::list(qint64 incidentId) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT id, incident_id, title, syntax, content, added_utc, author "
                                                        "FROM artefact WHERE incident_id = ? ORDER BY id"), { incidentId });
    if (!q)
        return q.error();
    QList<Artefact> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                      q->value(4).toString(), sql::fromUtcText(q->value(5).toString()), q->value(6).toString() });
    return list;
}

Result<void> Artefacts::remove(qint64 artefactId)
{
    return m_workspace.write(QStringLiteral("artefact"), QStringLiteral("removed"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM artefact WHERE id = ?"), { artefactId }));
    });
}

} // namespace csirtkit
