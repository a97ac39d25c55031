#include "exchange/JsonIncidentWriter.h"

#include "common/Version.h"
#include "incidents/TlpCeiling.h"
#include "workspace/SqlUtil.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace csirtkit {

namespace {

QJsonArray records(const QList<std::pair<qint64, QJsonObject>> &rows)
{
    QJsonArray array;
    for (const auto &row : rows)
        array.append(row.second);
    return array;
}

} // namespace

// One ordered query per table: the rows of each incident in turn.
class JsonIncidentWriter::Cursor
{
public:
    Cursor(const QSqlDatabase &db, const Table &table, const QString &filter)
        : m_table(table),
          m_query(db, QStringLiteral("SELECT %1, %2%3 FROM %4%5 ORDER BY %1%6")
                          .arg(QLatin1String(table.group), QLatin1String(table.aux), columns(table),
                               QLatin1String(table.from), filter.isEmpty() ? QString() : QStringLiteral(" WHERE %1 IN %2").arg(QLatin1String(table.group), filter),
                               qstrlen(table.order) ? QStringLiteral(", ") + QLatin1String(table.order) : QString()))
    {
    }

    // The rows of `incidentId` as (aux, record); rows come in incident id order.
    Result<QList<std::pair<qint64, QJsonObject>>> take(qint64 incidentId)
    {
        QList<std::pair<qint64, QJsonObject>> rows;
        bool failed = false;
        if (!m_started) {
            m_row = m_query.next(failed);
            m_started = true;
        }
        while (m_row && m_query.integer(0) <= incidentId) {
            if (m_query.integer(0) == incidentId) {
                QJsonObject record;
                for (int i = 0; i < m_table.fields.size(); ++i)
                    record.insert(QLatin1String(m_table.fields.at(i).key), JsonFormat::columnValue(m_query, i + 2, m_table.fields.at(i).kind));
                rows.append({ m_query.integer(1), record });
            }
            m_row = m_query.next(failed);
        }
        if (failed)
            return m_query.error();
        return rows;
    }

    static QString columns(const Table &table)
    {
        QString list;
        for (const Field &field : table.fields)
            list += QStringLiteral(", ") + QLatin1String(field.expr ? field.expr : "t.") + (field.expr ? QString() : QLatin1String(field.key));
        return list;
    }

private:
    const Table &m_table;
    Statement m_query;
    bool m_started = false;
    bool m_row = false;
};

Result<QJsonObject> JsonIncidentWriter::assemble(qint64 id, QJsonObject incident, Cursors &cursors, Cursor &links,
                                                 const QString &ceiling, ExportSummary &summary)
{
    const JsonFormat &s = JsonFormat::instance();
    QHash<const Table *, QList<std::pair<qint64, QJsonObject>>> rows;
    for (auto it = cursors.begin(); it != cursors.end(); ++it) {
        auto taken = it.value()->take(id);
        if (!taken)
            return taken.error();
        rows.insert(it.key(), *taken);
    }
    for (const Table *table : { &s.transitions, &s.journal, &s.tasks, &s.observables, &s.artefacts, &s.assets })
        incident.insert(QLatin1String(table->key), records(rows.value(table)));
    QHash<qint64, int> communicationIndex;
    QJsonArray communications;
    int withheld = 0;
    for (const auto &[commId, record] : std::as_const(rows[&s.communications])) {
        if (!TlpCeiling::allows(ceiling, record.value(QLatin1String("tlp")).toString())) {
            ++withheld;
            continue;
        }
        communicationIndex.insert(commId, int(communications.size()));
        communications.append(record);
    }
    if (withheld)
        summary.omitted << JsonExchange::tr("%1: %n communication(s) above the %2 ceiling left out.", nullptr, withheld)
                               .arg(incident.value(QLatin1String("ident")).toString(), ceiling);
    incident.insert(QLatin1String(s.communications.key), communications);
    // Nested records: custody under its evidence item, sent notices under their notification.
    const auto nest = [&rows](const Table &parent, const Table &child, const char *key,
                              const std::function<void(QJsonObject &)> &adjust) {
        QHash<qint64, QJsonArray> byParent;
        for (auto [parentId, record] : std::as_const(rows[&child])) {
            adjust(record);
            byParent[parentId].append(record);
        }
        QJsonArray array;
        for (auto [parentId, record] : std::as_const(rows[&parent])) {
            record.insert(QLatin1String(key), byParent.value(parentId));
            array.append(record);
        }
        return array;
    };
    incident.insert(QLatin1String(s.evidence.key), nest(s.evidence, s.custody, "custody", [](QJsonObject &) { }));
    incident.insert(QLatin1String(s.notifications.key), nest(s.notifications, s.sent, "sent", [&](QJsonObject &sent) {
        const QJsonValue communication = sent.value(QLatin1String("communication"));
        const auto index = communicationIndex.constFind(qint64(communication.toDouble()));
        sent.insert(QLatin1String("communication"), communication.isNull() || index == communicationIndex.constEnd()
                                                        ? QJsonValue() : QJsonValue(*index));
    }));
    auto linked = links.take(id);
    if (!linked)
        return linked.error();
    QJsonArray idents;
    for (const auto &link : std::as_const(*linked))
        idents.append(link.second.value(QLatin1String("ident")));
    incident.insert(QStringLiteral("links"), idents);
    return incident;
}

Result<ExportSummary> JsonIncidentWriter::write(const QSqlDatabase &db, QIODevice &out, const ExportScope &scope,
                                                const JsonExchange::Progress &progress)
{
    const JsonFormat &s = JsonFormat::instance();
    auto source = JsonExchange::workspaceId(db);
    if (!source)
        return source.error();
    QString filter;
    if (!scope.incidentIds.isEmpty()) {
        QStringList list;
        for (qint64 id : scope.incidentIds)
            list << QString::number(id);
        // Numbers only, so the list can be part of the statement.
        filter = QStringLiteral("(SELECT value FROM json_each('[%1]'))").arg(list.join(QLatin1Char(',')));
    }
    const QString where = filter.isEmpty() ? QString() : QStringLiteral(" WHERE t.id IN ") + filter;
    auto total = sql::scalar(db, QStringLiteral("SELECT count(*) FROM incident t") + where);
    if (!total)
        return total.error();
    Statement incidents(db, QStringLiteral("SELECT t.id%1 FROM incident t%2 ORDER BY t.id").arg(Cursor::columns(s.incident), where));
    QHash<const Table *, std::shared_ptr<Cursor>> cursors;
    for (const Table *table : s.children())
        cursors.insert(table, std::make_shared<Cursor>(db, *table, filter));
    static const Table linkTable { "links", "", "(SELECT incident_id AS a, other_id AS b FROM incident_link UNION ALL "
                                   "SELECT other_id, incident_id FROM incident_link) t JOIN incident o ON o.id = t.b",
                                   "t.a", "0", "o.ident", { { "ident", Kind::Text, {}, "o.ident" } } };
    Cursor links(db, linkTable, filter);

    const QJsonObject header { { QStringLiteral("format"), QLatin1String(JsonExchange::FormatName) },
                               { QStringLiteral("version"), JsonExchange::FormatVersion },
                               { QStringLiteral("workspace_id"), *source },
                               { QStringLiteral("exported_utc"), sql::nowUtcText() },
                               { QStringLiteral("generator"), QStringLiteral("CSIRT Kit " CSIRTKIT_VERSION) },
                               { QStringLiteral("tlp_ceiling"), scope.tlpCeiling.isEmpty() ? QJsonValue() : QJsonValue(scope.tlpCeiling) } };
    QByteArray bytes = QJsonDocument(header).toJson(QJsonDocument::Compact);
    bytes.chop(1); // the incidents follow the header's keys
    bytes += ",\"incidents\":[";
    ExportSummary summary;
    qint64 done = 0;
    bool failed = false;
    while (incidents.next(failed)) {
        const qint64 id = incidents.integer(0);
        QJsonObject incident;
        for (int i = 0; i < s.incident.fields.size(); ++i)
            incident.insert(QLatin1String(s.incident.fields.at(i).key), JsonFormat::columnValue(incidents, i + 1, s.incident.fields.at(i).kind));
        const QString tlp = incident.value(QLatin1String("tlp")).toString();
        if (!TlpCeiling::allows(scope.tlpCeiling, tlp)) {
            summary.omitted << JsonExchange::tr("%1 is %2, above the %3 ceiling: left out.")
                                   .arg(incident.value(QLatin1String("ident")).toString(), tlp, scope.tlpCeiling);
        } else {
            auto full = assemble(id, incident, cursors, links, scope.tlpCeiling, summary);
            if (!full)
                return full.error();
            bytes += summary.incidents ? ",\n" : "\n";
            bytes += QJsonDocument(*full).toJson(QJsonDocument::Compact);
            ++summary.incidents;
        }
        if (bytes.size() > (1 << 20)) {
            if (out.write(bytes) != bytes.size())
                return makeError(ErrorCode::Io, JsonExchange::tr("The file could not be written: %1").arg(out.errorString()));
            bytes.clear();
        }
        if (++done % 100 == 0 && progress && !progress(done, total->toLongLong()))
            return makeError(ErrorCode::Invalid, JsonExchange::tr("The export was cancelled."));
    }
    if (failed)
        return incidents.error();
    if (progress && !progress(done, total->toLongLong()))
        return makeError(ErrorCode::Invalid, JsonExchange::tr("The export was cancelled."));
    bytes += "\n]}\n";
    if (out.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io, JsonExchange::tr("The file could not be written: %1").arg(out.errorString()));
    return summary;
}

} // namespace csirtkit
