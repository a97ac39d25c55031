#include "incidents/IncidentListQuery.h"

#include "incidents/IncidentSearch.h"
#include "incidents/NotificationClocks.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QHash>

#include <sqlite3.h>

namespace csirtkit {

namespace {

QString orderBy(IncidentListQuery::Column column, Qt::SortOrder order)
{
    using C = IncidentListQuery::Column;
    const QString dir = order == Qt::DescendingOrder ? QStringLiteral(" DESC") : QString();
    auto keys = [&dir](std::initializer_list<const char *> list) {
        QStringList parts;
        for (const char *key : list)
            parts << QLatin1String(key) + dir;
        parts << QStringLiteral("id") + dir;
        return parts.join(QStringLiteral(", "));
    };
    switch (column) {
    case C::Title: return keys({ "title COLLATE NOCASE" });
    case C::Status:
        return keys({ "CASE status WHEN 'new' THEN 0 WHEN 'triage' THEN 1 WHEN 'response' THEN 2 WHEN 'resolved' THEN 3 "
                      "WHEN 'closed' THEN 4 WHEN 'rejected' THEN 5 ELSE 6 END" });
    case C::Priority: return keys({ "priority" });
    case C::Tlp:
        return keys({ "CASE tlp WHEN 'TLP:RED' THEN 0 WHEN 'TLP:AMBER+STRICT' THEN 1 WHEN 'TLP:AMBER' THEN 2 "
                      "WHEN 'TLP:GREEN' THEN 3 ELSE 4 END" });
    case C::Classification: return keys({ "rsit_class", "rsit_type" });
    case C::Assignee: return keys({ "assignee COLLATE NOCASE" });
    case C::Logged: return keys({ "created_utc" });
    case C::Updated: return keys({ "updated_utc" });
    case C::Ident:
    case C::Match:
    case C::Deadline: break; // computed from the rules, not a column: newest first
    }
    return keys({});
}

QString placeholders(qsizetype count)
{
    QString list;
    list.reserve(count * 2);
    for (qsizetype i = 0; i < count; ++i)
        list += i ? QStringLiteral(",?") : QStringLiteral("?");
    return list;
}

QString likePattern(const QString &text)
{
    QString like = text;
    like.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + like + QLatin1Char('%');
}

// About 115 characters of `marked` from just before its first hit, on one line, with the hit markers kept.
QString excerpt(const QString &marked)
{
    constexpr qsizetype Before = 15, After = 100; // the hit near the start: visible in a narrow column
    const qsizetype hit = marked.indexOf(IncidentListQuery::SnippetStart);
    const qsizetype from = qMax<qsizetype>(0, hit - Before);
    qsizetype to = qMin(marked.size(), hit + After);
    // Never cut inside a hit: the markers must stay paired.
    const qsizetype open = marked.lastIndexOf(IncidentListQuery::SnippetStart, to - 1);
    if (open >= 0 && marked.indexOf(IncidentListQuery::SnippetEnd, open) >= to)
        to = marked.indexOf(IncidentListQuery::SnippetEnd, open) + 1;
    QString text = marked.mid(from, to - from).simplified();
    if (from > 0)
        text.prepend(QStringLiteral("…"));
    if (to < marked.size())
        text.append(QStringLiteral("…"));
    return text;
}

} // namespace

Result<QList<qint64>> IncidentListQuery::ids(const IncidentFilter &filter, Column sort, Qt::SortOrder order,
                                             const QTimeZone &zone) const
{
    QStringList where;
    QVariantList bindings;
    if (!filter.text.trimmed().isEmpty()) {
        auto condition = IncidentSearch::condition(filter.text);
        if (!condition)
            return condition.error();
        where << condition->sql;
        bindings += condition->bindings;
    }
    if (!filter.statuses.isEmpty()) {
        where << QStringLiteral("status IN (%1)").arg(placeholders(filter.statuses.size()));
        for (const QString &status : filter.statuses)
            bindings << status;
    }
    if (!filter.priorities.isEmpty()) {
        where << QStringLiteral("priority IN (%1)").arg(placeholders(filter.priorities.size()));
        for (const QString &priority : filter.priorities)
            bindings << priority;
    }
    if (!filter.rsitClass.isEmpty()) {
        where << QStringLiteral("rsit_class = ?");
        bindings << filter.rsitClass;
    }
    if (!filter.tlp.isEmpty()) {
        where << QStringLiteral("tlp = ?");
        bindings << filter.tlp;
    }
    if (!filter.assignee.trimmed().isEmpty()) {
        where << QStringLiteral("assignee LIKE ? ESCAPE '\\'");
        bindings << likePattern(filter.assignee.trimmed());
    }
    if (filter.loggedFrom.isValid() && filter.loggedTo.isValid() && filter.loggedFrom > filter.loggedTo)
        return makeError(ErrorCode::Invalid, tr("The start date (%1) is after the end date (%2).")
                                                 .arg(filter.loggedFrom.toString(Qt::ISODate), filter.loggedTo.toString(Qt::ISODate)));
    if (filter.loggedFrom.isValid()) {
        where << QStringLiteral("created_utc >= ?");
        bindings << sql::toUtcText(filter.loggedFrom.startOfDay(zone));
    }
    if (filter.loggedTo.isValid()) {
        where << QStringLiteral("created_utc < ?");
        bindings << sql::toUtcText(filter.loggedTo.addDays(1).startOfDay(zone));
    }
    QString statement = QStringLiteral("SELECT id FROM incident");
    if (!where.isEmpty())
        statement += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    statement += QStringLiteral(" ORDER BY ") + orderBy(sort, order);

    // Straight through the SQLite API: 100 000 ids in a few milliseconds.
    sqlite3 *db = sql::handle(m_workspace.db());
    sqlite3_stmt *stmt = nullptr;
    const QByteArray utf8 = statement.toUtf8();
    if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &stmt, nullptr) != SQLITE_OK)
        return makeError(ErrorCode::Database, tr("The incident list could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(stmt, &sqlite3_finalize);
    for (int i = 0; i < bindings.size(); ++i) {
        const QByteArray value = bindings.at(i).toString().toUtf8();
        sqlite3_bind_text(stmt, i + 1, value.constData(), int(value.size()), SQLITE_TRANSIENT);
    }
    QList<qint64> ids;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        ids.append(sqlite3_column_int64(stmt, 0));
    if (rc != SQLITE_DONE)
        return makeError(ErrorCode::Database, tr("The incident list could not be read: %1").arg(QString::fromUtf8(sqlite3_errmsg(db))));
    return ids;
}

Result<QList<IncidentListQuery::Row>> IncidentListQuery::rows(const QList<qint64> &ids, const QString &text) const
{
    QList<Row> result;
    if (ids.isEmpty())
        return result;
    QVariantList bindings;
    for (qint64 id : ids)
        bindings << id;
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT id, ident, title, status, priority, tlp, rsit_class, rsit_type, jpcert_category, "
                                      "assignee, created_utc, updated_utc FROM incident WHERE id IN (%1)")
                           .arg(placeholders(ids.size())),
                       bindings);
    if (!q)
        return q.error();
    QHash<qint64, Row> byId;
    while (q->next()) {
        Row row;
        row.id = q->value(0).toLongLong();
        row.ident = q->value(1).toString();
        row.title = q->value(2).toString();
        row.status = q->value(3).toString();
        row.priority = q->value(4).toString();
        row.tlp = q->value(5).toString();
        row.rsitClass = q->value(6).toString();
        row.rsitType = q->value(7).toString();
        row.jpcert = q->value(8).toString();
        row.assignee = q->value(9).toString();
        row.loggedUtc = sql::fromUtcText(q->value(10).toString());
        row.updatedUtc = sql::fromUtcText(q->value(11).toString());
        byId.insert(row.id, row);
    }
    if (!text.trimmed().isEmpty()) {
        auto condition = IncidentSearch::condition(text);
        if (condition && !condition->match.isEmpty()) {
            // FTS5's snippet() picks odd windows with the trigram tokenizer (a token is about one
            // character), so take the marked columns whole and cut the context around the first hit.
            const QString m0 = QString(SnippetStart), m1 = QString(SnippetEnd);
            QVariantList snippetBindings { m0, m1, m0, m1, m0, m1, condition->match };
            snippetBindings += bindings;
            auto s = sql::exec(m_workspace.db(),
                               QStringLiteral("SELECT rowid, highlight(incident_fts, 2, ?, ?), highlight(incident_fts, 3, ?, ?), "
                                              "highlight(incident_fts, 1, ?, ?) FROM incident_fts "
                                              "WHERE incident_fts MATCH ? AND rowid IN (%1)").arg(placeholders(ids.size())),
                               snippetBindings);
            if (!s)
                return s.error();
            while (s->next()) {
                auto it = byId.find(s->value(0).toLongLong());
                if (it == byId.end())
                    continue;
                for (int column = 1; column <= 3; ++column) {
                    const QString marked = s->value(column).toString();
                    if (marked.contains(SnippetStart)) {
                        it->snippet = excerpt(marked);
                        break;
                    }
                }
            }
        }
    }
    // Notification deadlines (few incidents have them: one query for the page).
    auto deadlines = NotificationClocks(m_workspace).nextDue(ids);
    if (!deadlines)
        return deadlines.error();
    for (auto it = deadlines->cbegin(); it != deadlines->cend(); ++it) {
        auto row = byId.find(it.key());
        if (row != byId.end()) {
            row->deadlineUtc = it->dueUtc;
            row->deadlineTitle = it->title.en + QLatin1Char('\n') + it->title.ja;
        }
    }
    result.reserve(byId.size());
    for (qint64 id : ids) {
        auto it = byId.constFind(id);
        if (it != byId.constEnd())
            result.append(*it);
    }
    return result;
}

} // namespace csirtkit
