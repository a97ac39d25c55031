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

Result<QList<IncidentSearch::Hit>> IncidentSearch::search(const QString &query, int limit) const
{
    const QStringList words = terms(query);
    if (words.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter a word to search for."));
    QStringList match;
    QStringList conditions;
    QVariantList bindings;
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
            bindings << like << like << like << like;
        }
    }
    QString statement = QStringLiteral("SELECT f.rowid, i.ident, i.title FROM incident_fts f JOIN incident i ON i.id = f.rowid WHERE ");
    QVariantList all;
    if (!match.isEmpty()) {
        statement += QStringLiteral("incident_fts MATCH ?");
        all << match.join(QLatin1Char(' '));
        if (!conditions.isEmpty())
            statement += QStringLiteral(" AND ");
    }
    statement += conditions.join(QStringLiteral(" AND "));
    statement += match.isEmpty() ? QStringLiteral(" ORDER BY i.id DESC LIMIT ?") : QStringLiteral(" ORDER BY rank LIMIT ?");
    all += bindings;
    all << limit;
    auto q = sql::exec(m_workspace.db(), statement, all);
    if (!q)
        return q.error();
    QList<Hit> hits;
    while (q->next())
        hits.append({ q->value(0).toLongLong(), q->value(1).toString(), q->value(2).toString() });
    return hits;
}

} // namespace csirtkit
