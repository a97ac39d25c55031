#include "incidents/IncidentSearch.h"

#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>

namespace csirtkit {

QStringList IncidentSearch::terms(const QString &query)
{
    QStringList list;
    QString current;
    bool quoted = false;
    for (const QChar c : query) {
        if (c == QLatin1Char('"')) {
            quoted = !quoted;
            continue;
        }
        if (!quoted && (c.isSpace() || c == QChar(0x3000))) { // ideographic space too
            if (!current.isEmpty())
                list << current;
            current.clear();
            continue;
        }
        current += c;
    }
    if (!current.trimmed().isEmpty())
        list << current.trimmed();
    return list;
}

Result<IncidentSearch::Condition> IncidentSearch::condition(const QString &query, const QString &idColumn)
{
    const QStringList words = terms(query);
    if (words.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter a word to search for."));
    QStringList match;
    QStringList conditions;
    QVariantList likes;
    for (const QString &word : words) {
        if (word.size() >= 3) {
            QString phrase = word;
            match << QLatin1Char('"') + phrase.replace(QLatin1Char('"'), QStringLiteral("\"\"")) + QLatin1Char('"');
        } else {
            QString like = word;
            like.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"))
                .replace(QLatin1Char('_'), QStringLiteral("\\_"));
            like = QLatin1Char('%') + like + QLatin1Char('%');
            conditions << QStringLiteral("(f.ident LIKE ? ESCAPE '\\' OR f.title LIKE ? ESCAPE '\\' OR f.summary LIKE ? "
                                         "ESCAPE '\\' OR f.body LIKE ? ESCAPE '\\')");
            likes << like << like << like << like;
        }
    }
    Condition condition;
    condition.match = match.join(QLatin1Char(' '));
    QStringList where;
    if (!condition.match.isEmpty()) {
        where << QStringLiteral("incident_fts MATCH ?");
        condition.bindings << condition.match;
    }
    where += conditions;
    condition.bindings += likes;
    condition.ftsWhere = where.join(QStringLiteral(" AND "));
    condition.sql = idColumn + QStringLiteral(" IN (SELECT f.rowid FROM incident_fts f WHERE ") + condition.ftsWhere
        + QLatin1Char(')');
    return condition;
}

Result<QList<IncidentSearch::Hit>> IncidentSearch::search(const QString &query, int limit) const
{
    auto condition = IncidentSearch::condition(query);
    if (!condition)
        return condition.error();
    // Ranked by FTS5 when there is a full-text term; newest first otherwise.
    QString statement = QStringLiteral("SELECT f.rowid, i.ident, i.title FROM incident_fts f JOIN incident i ON i.id = f.rowid "
                                       "WHERE ") + condition->ftsWhere;
    statement += condition->match.isEmpty() ? QStringLiteral(" ORDER BY i.id DESC LIMIT ?") : QStringLiteral(" ORDER BY rank LIMIT ?");
    QVariantList bindings = condition->bindings;
    bindings << limit;
    auto q = sql::exec(m_workspace.db(), statement, bindings);
    if (!q)
        return q.error();
    QList<Hit> hits;
    while (q->next())
        hits.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString() });
    return hits;
}

} // namespace csirtkit
