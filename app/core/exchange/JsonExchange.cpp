#include "exchange/JsonExchange.h"

#include "common/Version.h"
#include "exchange/TlpCeiling.h"
#include "incidents/Artefacts.h"
#include "incidents/IncidentJournal.h"
#include "incidents/Observable.h"
#include "incidents/Taxonomy.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSet>
#include <QTimeZone>

#include <sqlite3.h>

#include <cmath>
#include <memory>

namespace csirtkit {

namespace {

// ---- The format: one spec per table. JSON keys are the column names (docs/exchange-json.md).

enum class Kind { Text, Required, NullableText, Time, NullableTime, Date, Int, NullableInt, Bool };

struct Field
{
    const char *key;
    Kind kind = Kind::Text;
    QStringList allowed = {};  // Text: the only values the schema or the taxonomy allows
    const char *expr = nullptr; // export: the expression when it is not the column (alias t)
    bool special = false;       // not inserted as is: the import resolves it
};

struct Table
{
    const char *key;   // the incident's array ("journal"); "" for the incident itself
    const char *sql;   // SQL table
    const char *from;  // export: FROM clause, the table aliased t
    const char *group; // export: the incident id
    const char *aux;   // export: the row's id, or its parent's for nested records
    const char *order; // export: ORDER BY after the incident id
    QList<Field> fields;

    int at(const char *name) const
    {
        for (qsizetype i = 0; i < fields.size(); ++i)
            if (qstrcmp(fields.at(i).key, name) == 0)
                return int(i);
        Q_UNREACHABLE_RETURN(0);
    }
};

struct Spec
{
    Table incident, transitions, journal, tasks, communications, observables, evidence, custody, artefacts, assets,
        notifications, sent;
    // The child tables in the order they are written and imported (custody after evidence, sent
    // after communications and notifications).
    QList<const Table *> children() const
    {
        return { &transitions, &journal, &tasks, &communications, &observables, &evidence, &custody, &artefacts,
                 &assets, &notifications, &sent };
    }
};

QStringList keys(const QList<TaxonomyTerm> &terms)
{
    QStringList list;
    for (const TaxonomyTerm &term : terms)
        list << term.key;
    return list;
}

QStringList latin(std::initializer_list<const char *> values)
{
    QStringList list;
    for (const char *value : values)
        list << QLatin1String(value);
    return list;
}

const Spec &spec()
{
    static const Spec instance = [] {
        const Taxonomy &tax = Taxonomy::instance();
        QStringList tlps, types;
        for (const TlpLabel &label : tax.tlp())
            tlps << label.key;
        for (Observable::Type type : Observable::allTypes())
            types << Observable::key(type);
        const QStringList statuses = keys(tax.statuses()), levels = keys(tax.levels());
        using K = Kind;
        Spec s;
        s.incident = { "", "incident", "incident t", "t.id", "t.id", "",
                       { { "ident", K::Required }, { "external_id", K::NullableText, {}, nullptr, true },
                         { "title", K::Required }, { "summary" }, { "reporter" },
                         { "report_channel", K::Text, keys(tax.reportChannels()) }, { "reporter_contact" },
                         { "status", K::Text, statuses }, { "status_reason" },
                         { "duplicate_of", K::NullableText, {}, "(SELECT d.ident FROM incident d WHERE d.id = t.duplicate_of)", true },
                         { "impact", K::Text, levels }, { "urgency", K::Text, levels },
                         { "priority", K::Text, keys(tax.priorities()) }, { "priority_reason" }, { "rsit_class" },
                         { "rsit_type" }, { "jpcert_category" }, { "tlp", K::Text, tlps },
                         { "occurred_utc", K::NullableTime }, { "detected_utc", K::NullableTime },
                         { "reported_utc", K::NullableTime }, { "triaged_utc", K::NullableTime },
                         { "contained_utc", K::NullableTime }, { "resolved_utc", K::NullableTime },
                         { "closed_utc", K::NullableTime }, { "assignee" }, { "helpers" }, { "lessons" },
                         { "created_utc", K::Time }, { "updated_utc", K::Time },
                         { "journal_count", K::NullableInt, {}, nullptr, true },
                         { "journal_head", K::NullableText, {}, nullptr, true } } };
        s.transitions = { "transitions", "incident_transition", "incident_transition t", "t.incident_id", "t.id", "t.id",
                          { { "at_utc", K::Time }, { "author" }, { "from_status", K::Text, statuses },
                            { "to_status", K::Text, statuses }, { "comment" } } };
        s.journal = { "journal", "journal_entry", "journal_entry t", "t.incident_id", "t.id", "t.sequence",
                      { { "sequence", K::Int }, { "at_utc", K::Time }, { "author" }, { "kind", K::Text, IncidentJournal::kinds() },
                        { "text", K::Required },
                        { "revises", K::NullableInt, {}, "(SELECT r.sequence FROM journal_entry r WHERE r.id = t.revises)", true },
                        { "previous_hash" }, { "hash", K::Required } } };
        s.tasks = { "tasks", "incident_task", "incident_task t", "t.incident_id", "t.id", "t.position, t.id",
                    { { "position", K::Int }, { "task_key", K::NullableText }, { "text", K::Required }, { "owner" },
                      { "due_date", K::Date }, { "done", K::Bool }, { "done_utc", K::NullableTime } } };
        s.communications = { "communications", "communication", "communication t", "t.incident_id", "t.id", "t.id",
                             { { "at_utc", K::Time }, { "direction", K::Text, latin({ "incoming", "outgoing" }) },
                               { "channel", K::Text, latin({ "phone", "email", "pgp_email", "meeting", "chat", "letter" }) },
                               { "person" }, { "organisation" }, { "summary" }, { "tlp", K::Text, tlps }, { "callback" },
                               { "reported" }, { "promised" }, { "author" } } };
        s.observables = { "observables", "observable", "observable t", "t.incident_id", "t.id", "t.id",
                          { { "type", K::Text, types }, { "value", K::Required }, { "note" }, { "added_utc", K::Time } } };
        s.evidence = { "evidence", "evidence_item", "evidence_item t", "t.incident_id", "t.id", "t.id",
                       { { "item", K::Required }, { "description" }, { "stored_at" }, { "collected_by" },
                         { "collected_utc", K::NullableTime }, { "file_path" }, { "sha256" }, { "size", K::NullableInt },
                         { "verified_utc", K::NullableTime },
                         { "verify_state", K::Text, latin({ "unverified", "match", "changed", "missing" }) } } };
        s.custody = { "custody", "custody_transfer", "custody_transfer t JOIN evidence_item e ON e.id = t.evidence_id",
                      "e.incident_id", "t.evidence_id", "t.evidence_id, t.id",
                      { { "at_utc", K::Time }, { "from_person", K::Required }, { "to_person", K::Required }, { "purpose" } } };
        s.artefacts = { "artefacts", "artefact", "artefact t", "t.incident_id", "t.id", "t.id",
                        { { "title", K::Required }, { "syntax" }, { "content" }, { "added_utc", K::Time }, { "author" } } };
        s.assets = { "assets", "affected_asset", "affected_asset t", "t.incident_id", "t.id", "t.id",
                     { { "name", K::Required }, { "address" }, { "owner_department" },
                       { "criticality", K::Text, latin({ "", "high", "medium", "low" }) } } };
        s.notifications = { "notifications", "incident_notification", "incident_notification t", "t.incident_id", "t.id",
                            "t.id", { { "rule_key", K::Required }, { "aware_utc", K::Time } } };
        s.sent = { "sent", "notification_sent", "notification_sent t JOIN incident_notification n ON n.id = t.notification_id",
                   "n.incident_id", "t.notification_id", "t.notification_id, t.id",
                   { { "obligation_key", K::Required }, { "sent_utc", K::Time }, { "how" },
                     { "communication", K::NullableInt, {}, "t.communication_id", true } } };
        return s;
    }();
    return instance;
}

// ---- SQLite straight through its API: millions of rows without a QVariant per value.

class Statement
{
public:
    Statement(const QSqlDatabase &db, const QString &statement) : m_db(sql::handle(db))
    {
        const QByteArray utf8 = statement.toUtf8();
        if (m_db)
            sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
    }
    ~Statement() { sqlite3_finalize(m_stmt); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;

    Error error() const
    {
        return makeError(ErrorCode::Database, JsonExchange::tr("The workspace could not be read or written: %1")
                                                  .arg(QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no database")));
    }
    // An invalid QVariant binds NULL, a string binds text, anything else an integer.
    void bind(const QVariantList &values)
    {
        if (!m_stmt)
            return;
        sqlite3_reset(m_stmt);
        for (int i = 0; i < values.size(); ++i) {
            const QVariant &v = values.at(i);
            if (!v.isValid()) {
                sqlite3_bind_null(m_stmt, i + 1);
            } else if (v.typeId() == QMetaType::QString) {
                const QByteArray utf8 = v.toString().toUtf8();
                sqlite3_bind_text(m_stmt, i + 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            } else {
                sqlite3_bind_int64(m_stmt, i + 1, v.toLongLong());
            }
        }
    }
    // Runs a write; returns the new row's id.
    Result<qint64> run(const QVariantList &values)
    {
        if (!m_stmt)
            return error();
        bind(values);
        const int rc = sqlite3_step(m_stmt);
        if (rc != SQLITE_DONE)
            return error();
        return qint64(sqlite3_last_insert_rowid(m_db));
    }
    // Steps a read: true with a row, false at the end; `failed` tells an error from the end.
    bool next(bool &failed)
    {
        const int rc = m_stmt ? sqlite3_step(m_stmt) : SQLITE_ERROR;
        failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
        return rc == SQLITE_ROW;
    }
    bool isNull(int column) const { return sqlite3_column_type(m_stmt, column) == SQLITE_NULL; }
    qint64 integer(int column) const { return sqlite3_column_int64(m_stmt, column); }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                                 sqlite3_column_bytes(m_stmt, column));
    }

private:
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

QJsonValue columnValue(const Statement &q, int column, Kind kind)
{
    switch (kind) {
    case Kind::Int:
        return double(q.integer(column));
    case Kind::Bool:
        return q.integer(column) != 0;
    case Kind::NullableInt:
        return q.isNull(column) ? QJsonValue() : QJsonValue(double(q.integer(column)));
    case Kind::NullableText:
    case Kind::NullableTime:
    case Kind::Date:
        if (q.isNull(column))
            return QJsonValue();
        break;
    default:
        break;
    }
    return q.text(column);
}

// ---- Export: one ordered query per table, merged by incident id.

class Cursor
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
                    record.insert(QLatin1String(m_table.fields.at(i).key), columnValue(m_query, i + 2, m_table.fields.at(i).kind));
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

QJsonArray records(const QList<std::pair<qint64, QJsonObject>> &rows)
{
    QJsonArray array;
    for (const auto &row : rows)
        array.append(row.second);
    return array;
}

// One incident's records as the format nests them; communications above the ceiling are left out.
Result<QJsonObject> assemble(qint64 id, QJsonObject incident, QHash<const Table *, std::shared_ptr<Cursor>> &cursors,
                             Cursor &links, const QString &ceiling, ExportSummary &summary)
{
    const Spec &s = spec();
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

Result<ExportSummary> exportIncidents(Workspace &workspace, QIODevice &out, const ExportScope &scope,
                                      const JsonExchange::Progress &progress)
{
    const Spec &s = spec();
    const QSqlDatabase db = workspace.db();
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
            incident.insert(QLatin1String(s.incident.fields.at(i).key), columnValue(incidents, i + 1, s.incident.fields.at(i).kind));
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

// ---- Import

// Cuts a JSON file into its header values and its incidents without holding the whole file.
class Reader
{
public:
    static constexpr qsizetype MaxValue = qsizetype(256) * 1024 * 1024; // one incident, artefacts and all

    explicit Reader(QIODevice &device, qint64 offset = 0) : m_device(device), m_offset(offset) { }

    qint64 position() const { return m_offset + m_pos; }
    const QString &error() const { return m_error; }

    // Skips white space (and a byte order mark at the start); the next byte, 0 at the end.
    char peek()
    {
        for (;;) {
            for (; m_pos < m_buffer.size(); ++m_pos) {
                const char c = m_buffer.at(m_pos);
                if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                    return c;
            }
            if (!more())
                return 0;
        }
    }
    bool accept(char c)
    {
        if (peek() != c)
            return false;
        ++m_pos;
        return true;
    }
    void skipByteOrderMark()
    {
        while (m_buffer.size() < 3 && more()) { }
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    // The bytes of the next value; empty, with error(), when it is cut off or too large. Without
    // `keep`, only a value under 1 MiB is returned (header values); a longer one is skipped, "null".
    QByteArray value(bool keep = true)
    {
        const char first = peek();
        if (m_pos > (1 << 20)) { // drop what was read before, keep memory flat
            m_buffer.remove(0, m_pos);
            m_offset += m_pos;
            m_pos = 0;
        }
        qsizetype start = m_pos;
        bool skipped = false;
        const bool composite = first == '{' || first == '[';
        bool inString = first == '"', escaped = false;
        int depth = 0;
        if (inString)
            ++m_pos;
        for (;;) {
            if (m_pos >= m_buffer.size()) {
                if (!keep && m_pos - start > (1 << 20)) { // skipping: memory stays flat
                    m_offset += m_pos;
                    m_buffer.clear();
                    m_pos = start = 0;
                    skipped = true;
                }
                if (m_pos - start > MaxValue) {
                    m_error = JsonExchange::tr("A record near byte %1 is larger than 256 MiB.").arg(m_offset + start);
                    return {};
                }
                if (!more()) {
                    if (!composite && !inString && m_pos > start)
                        break;
                    m_error = JsonExchange::tr("The file ends in the middle of its data (cut off during copying?).");
                    return {};
                }
            }
            const char *data = m_buffer.constData();
            const qsizetype size = m_buffer.size();
            for (; m_pos < size; ++m_pos) {
                const char c = data[m_pos];
                if (inString) {
                    if (escaped)
                        escaped = false;
                    else if (c == '\\')
                        escaped = true;
                    else if (c == '"' && (inString = false, depth == 0 && !composite))
                        return taken(start, ++m_pos, skipped);
                } else if (!composite) {
                    if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':')
                        return taken(start, m_pos, skipped);
                } else if (c == '"') {
                    inString = true;
                } else if (c == '{' || c == '[') {
                    ++depth;
                } else if ((c == '}' || c == ']') && --depth == 0) {
                    return taken(start, ++m_pos, skipped);
                }
            }
        }
        return taken(start, m_pos, skipped);
    }

private:
    QByteArray taken(qsizetype start, qsizetype end, bool skipped) const
    {
        return skipped ? QByteArrayLiteral("null") : m_buffer.mid(start, end - start);
    }
    bool more()
    {
        if (m_end)
            return false;
        const QByteArray chunk = m_device.read(1 << 20);
        m_end = chunk.isEmpty();
        m_buffer += chunk;
        return !m_end;
    }

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_offset = 0;
    bool m_end = false;
    QString m_error;
};

// A JSON value on its own (a key, a header value): parsed inside an array.
QJsonValue parseScalar(const QByteArray &raw)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + raw + ']', &error);
    return error.error == QJsonParseError::NoError && document.array().size() == 1 ? document.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

// The stored form, "2026-04-01T09:30:00.000Z", read without QDateTime's general parser (millions of
// journal entries); invalid for anything else.
QDateTime storedTime(const QString &text)
{
    static constexpr int Parts[7][2] = { { 0, 4 }, { 5, 2 }, { 8, 2 }, { 11, 2 }, { 14, 2 }, { 17, 2 }, { 20, 3 } };
    if (text.size() != 24 || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T' || text.at(13) != u':'
        || text.at(16) != u':' || text.at(19) != u'.' || text.at(23) != u'Z')
        return {};
    int n[7] = {};
    for (int p = 0; p < 7; ++p)
        for (int i = Parts[p][0]; i < Parts[p][0] + Parts[p][1]; ++i) {
            if (!text.at(i).isDigit() || text.at(i).unicode() > 127)
                return {};
            n[p] = n[p] * 10 + (text.at(i).unicode() - u'0');
        }
    const QDate date(n[0], n[1], n[2]);
    const QTime time(n[3], n[4], n[5], n[6]);
    return date.isValid() && time.isValid() ? QDateTime(date, time, QTimeZone::UTC) : QDateTime();
}

std::optional<QString> utcText(const QString &text)
{
    if (storedTime(text).isValid())
        return text;
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!time.isValid())
        return std::nullopt;
    if (time.timeRepresentation().timeSpec() == Qt::LocalTime)
        time.setTimeZone(QTimeZone::UTC); // no offset written: the format's times are UTC
    return sql::toUtcText(time.toUTC());
}

// Checks a value against its field; `out` gets what is bound (an invalid QVariant for NULL).
bool readValue(const QJsonValue &value, const Field &field, QVariant &out, QString &problem)
{
    const bool absent = value.isUndefined() || value.isNull();
    const bool nullable = field.kind == Kind::NullableText || field.kind == Kind::NullableTime
        || field.kind == Kind::NullableInt || field.kind == Kind::Date;
    if (absent && nullable)
        return true;
    if (absent && field.kind == Kind::Bool) {
        out = qint64(0);
        return true;
    }
    if (absent && (field.kind == Kind::Text && (field.allowed.isEmpty() || field.allowed.contains(QString())))) {
        out = QString();
        return true;
    }
    if (absent) {
        problem = JsonExchange::tr("The value is missing.");
        return false;
    }
    switch (field.kind) {
    case Kind::Bool:
        if (!value.isBool())
            return problem = JsonExchange::tr("It must be true or false."), false;
        out = qint64(value.toBool() ? 1 : 0);
        return true;
    case Kind::Int:
    case Kind::NullableInt: {
        const double number = value.toDouble(0.5);
        if (!value.isDouble() || number != std::floor(number) || std::fabs(number) > 9.0e15)
            return problem = JsonExchange::tr("It must be a whole number."), false;
        out = qint64(number);
        return true;
    }
    default:
        break;
    }
    if (!value.isString())
        return problem = JsonExchange::tr("It must be text."), false;
    const QString text = value.toString();
    if (text.size() > Artefacts::MaxContentLength)
        return problem = JsonExchange::tr("The text is too long (at most %1 characters).").arg(Artefacts::MaxContentLength), false;
    if (field.kind == Kind::Time || field.kind == Kind::NullableTime) {
        const auto utc = utcText(text);
        if (!utc)
            return problem = JsonExchange::tr("“%1” is not a date and time like 2026-04-01T09:30:00.000Z.").arg(text.left(100)), false;
        out = *utc;
        return true;
    }
    if (field.kind == Kind::Date) {
        const QDate date = QDate::fromString(text, Qt::ISODate);
        if (!date.isValid())
            return problem = JsonExchange::tr("“%1” is not a date like 2026-04-01.").arg(text.left(100)), false;
        out = date.toString(Qt::ISODate);
        return true;
    }
    if (field.kind == Kind::Required && text.trimmed().isEmpty())
        return problem = JsonExchange::tr("The value is empty."), false;
    if (!field.allowed.isEmpty() && !field.allowed.contains(text))
        return problem = JsonExchange::tr("“%1” is not allowed here. Use one of: %2.")
                             .arg(text.left(100), field.allowed.join(QStringLiteral(", "))), false;
    out = text;
    return true;
}

// Validates incidents one by one and, when writing, inserts them as they pass; references between
// incidents (duplicate of, links) are resolved at the end, when every identifier is known.
class Importer
{
public:
    Importer(const QSqlDatabase &db, bool write, ImportReport &report)
        : m_db(db), m_write(write), m_report(report),
          m_byIdent(db, QStringLiteral("SELECT id FROM incident WHERE ident = ?")),
          m_byExternal(db, QStringLiteral("SELECT id FROM incident WHERE external_id = ?"))
    {
    }

    Result<void> begin()
    {
        auto target = JsonExchange::workspaceId(m_db);
        if (!target)
            return target.error();
        m_target = *target;
        if (!m_write)
            return {};
        // Search rows are built once at the end; a duplicate's original may come later in the file.
        for (const char *statement : { "INSERT OR REPLACE INTO workspace_meta (key, value) VALUES ('fts_bulk', '1')",
                                       "PRAGMA defer_foreign_keys = ON" })
            if (auto done = sql::exec(m_db, QLatin1String(statement)); !done)
                return done.error();
        const Spec &s = spec();
        const auto prepare = [&](const Table &table, std::initializer_list<const char *> extra) {
            QStringList columns;
            for (const Field &field : table.fields)
                if (!field.special)
                    columns << QLatin1String(field.key);
            for (const char *column : extra)
                columns << QLatin1String(column);
            m_insert[&table] = std::make_shared<Statement>(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(
                QLatin1String(table.sql), columns.join(QLatin1Char(',')), QStringList(columns.size(), QStringLiteral("?")).join(QLatin1Char(','))));
        };
        prepare(s.incident, { "duplicate_of", "journal_count", "journal_head", "external_id" });
        for (const Table *table : s.children()) {
            if (table == &s.journal)
                prepare(*table, { "incident_id", "revises" });
            else if (table == &s.custody)
                prepare(*table, { "evidence_id" });
            else if (table == &s.sent)
                prepare(*table, { "notification_id", "communication_id" });
            else
                prepare(*table, { "incident_id" });
        }
        return {};
    }

    bool header(const QJsonObject &h)
    {
        const QJsonValue version = h.value(QLatin1String("version"));
        m_source = h.value(QLatin1String("workspace_id")).toString();
        static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9-]{1,64}$"));
        if (h.value(QLatin1String("format")).toString() != QLatin1String(JsonExchange::FormatName))
            fileIssue(JsonExchange::tr("This is not a CSIRT Kit incident file: its “format” is not “%1”.")
                          .arg(QLatin1String(JsonExchange::FormatName)));
        else if (!version.isDouble())
            fileIssue(JsonExchange::tr("The file does not say which version of the format it uses (“version”)."));
        else if (version.toDouble() != JsonExchange::FormatVersion)
            fileIssue(JsonExchange::tr("The file uses version %1 of the format; this CSIRT Kit reads version %2. Update CSIRT Kit "
                                       "to import it.").arg(version.toDouble()).arg(JsonExchange::FormatVersion));
        else if (!idPattern.match(m_source).hasMatch())
            fileIssue(JsonExchange::tr("The file does not say which workspace it comes from (“workspace_id”)."));
        return m_report.ok();
    }

    void fileIssue(const QString &problem)
    {
        m_broken = true;
        issue(0, QString(), problem, JsonExchange::tr("Nothing is imported."), true);
    }
    bool reading() const { return !m_broken; } // false once the file itself is broken: nothing more to say

    Result<void> record(int row, const QByteArray &raw)
    {
        m_row = row;
        ++m_report.records;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(raw, &error);
        if (error.error != QJsonParseError::NoError || !document.isObject()) {
            block(QString(), JsonExchange::tr("The incident is not a valid JSON object (%1).")
                                 .arg(error.error != QJsonParseError::NoError ? error.errorString() : JsonExchange::tr("another kind of value")));
            return {};
        }
        return incident(document.object());
    }

    Result<void> finish()
    {
        const bool writing = m_write && m_report.ok();
        for (const Ref &ref : std::as_const(m_duplicates)) {
            auto other = resolve(ref.other);
            if (!other)
                return other.error();
            if (!*other)
                issue(ref.row, QStringLiteral("duplicate_of"), JsonExchange::tr("%1 duplicates %2, which is neither in the file nor in this workspace.").arg(ref.ident, ref.other),
                      JsonExchange::tr("It is imported as rejected, with that as the reason."), false);
            if (writing) {
                auto updated = *other ? sql::exec(m_db, QStringLiteral("UPDATE incident SET duplicate_of = ? WHERE id = ?"), { *other, ref.id })
                                      : sql::exec(m_db, QStringLiteral("UPDATE incident SET status = 'rejected', status_reason = ?, duplicate_of = NULL WHERE id = ?"),
                                                  { JsonExchange::tr("Duplicate of %1 (not in this workspace).").arg(ref.other), ref.id });
                if (!updated)
                    return updated.error();
            }
        }
        for (const Ref &ref : std::as_const(m_links)) {
            auto other = resolve(ref.other);
            if (!other)
                return other.error();
            if (!*other)
                issue(ref.row, QStringLiteral("links"), JsonExchange::tr("%1 is linked to %2, which is neither in the file nor in this workspace.").arg(ref.ident, ref.other),
                      JsonExchange::tr("The link is left out."), false);
            else if (writing && *other != ref.id)
                if (auto linked = sql::exec(m_db, QStringLiteral("INSERT OR IGNORE INTO incident_link (incident_id, other_id) VALUES (?, ?)"),
                                            { qMin(*other, ref.id), qMax(*other, ref.id) }); !linked)
                    return linked.error();
        }
        if (m_hidden)
            m_report.issues.append({ 0, QString(), JsonExchange::tr("%n more problem(s) not listed.", nullptr, m_hidden),
                                     m_hiddenBlocking ? JsonExchange::tr("Nothing is imported.") : QString(), m_hiddenBlocking > 0 });
        if (!writing)
            return {};
        // Identifiers handed out later continue after the imported ones.
        for (auto it = m_sequence.cbegin(); it != m_sequence.cend(); ++it)
            if (auto bumped = sql::exec(m_db, QStringLiteral("INSERT INTO incident_sequence (year, last) VALUES (?, ?) ON CONFLICT (year) "
                                                             "DO UPDATE SET last = max(last, excluded.last)"), { it.key(), it.value() }); !bumped)
                return bumped.error();
        if (m_firstId)
            if (auto indexed = sql::exec(m_db, QStringLiteral("INSERT INTO incident_fts (rowid, ident, title, summary, body) "
                                                              "SELECT i.id, i.ident, i.title, i.summary || ' ' || i.lessons, b.body "
                                                              "FROM incident i JOIN incident_fts_body b ON b.incident_id = i.id "
                                                              "WHERE i.id BETWEEN ? AND ?"), { m_firstId, m_lastId }); !indexed)
                return indexed.error();
        return sql::ok(sql::exec(m_db, QStringLiteral("DELETE FROM workspace_meta WHERE key = 'fts_bulk'")));
    }

private:
    using Rows = QHash<const Table *, QList<QVariantList>>;
    struct Ref
    {
        int row;
        qint64 id;
        QString ident, other;
    };

    void issue(int row, const QString &field, const QString &problem, const QString &consequence, bool blocking)
    {
        m_blocking += blocking ? 1 : 0;
        if (m_report.issues.size() < 500)
            m_report.issues.append({ row, field, problem, consequence, blocking });
        else
            ++m_hidden, m_hiddenBlocking += blocking ? 1 : 0;
    }
    void block(const QString &field, const QString &problem) { issue(m_row, field, problem, JsonExchange::tr("Nothing is imported."), true); }

    // `path` names the record in a problem ("journal[3]."); made only when there is one.
    void readFields(const QJsonObject &o, const Table &table, const std::function<QString()> &path, QVariantList &out)
    {
        out.reserve(table.fields.size() + 2);
        for (const Field &field : table.fields) {
            QVariant value;
            QString problem;
            if (!readValue(o.value(QLatin1String(field.key)), field, value, problem))
                block(path() + QLatin1String(field.key), problem);
            out << value;
        }
    }

    // The records of `table` in `o` (nested ones carry their parent's index as an extra last value).
    void readRows(const QJsonObject &o, const Table &table, const QString &prefix, Rows &rows, int parent = -1)
    {
        const QJsonValue value = o.value(QLatin1String(table.key));
        if (value.isUndefined() || value.isNull())
            return;
        if (!value.isArray())
            return block(prefix + QLatin1String(table.key), JsonExchange::tr("It must be a list."));
        const Spec &s = spec();
        const QJsonArray array = value.toArray();
        for (qsizetype n = 0; n < array.size(); ++n) {
            const auto path = [&] { return QStringLiteral("%1%2[%3].").arg(prefix, QLatin1String(table.key)).arg(n + 1); };
            if (!array.at(n).isObject()) {
                block(path().chopped(1), JsonExchange::tr("It must be a JSON object."));
                continue;
            }
            const QJsonObject record = array.at(n).toObject();
            QVariantList row;
            readFields(record, table, path, row);
            if (parent >= 0)
                row << parent;
            QList<QVariantList> &list = rows[&table]; // looked up again: nested rows may grow the hash
            list.append(row);
            if (&table == &s.evidence || &table == &s.notifications)
                readRows(record, &table == &s.evidence ? s.custody : s.sent, path(), rows, int(list.size() - 1));
        }
    }

    Result<qint64> find(Statement &query, const QString &key)
    {
        query.bind({ key });
        bool failed = false;
        const qint64 id = query.next(failed) ? query.integer(0) : 0;
        if (failed)
            return query.error();
        return id;
    }
    // The id an identifier will have (-1 when it is still to be created, in a dry run); 0 if unknown.
    Result<qint64> resolve(const QString &ident)
    {
        if (const auto it = m_created.constFind(ident); it != m_created.constEnd())
            return *it;
        return find(m_byIdent, ident);
    }

    Result<void> incident(const QJsonObject &o);
    void checkRecords(const QString &ident, const QVariantList &incident, Rows &rows);
    void checkJournal(const QString &ident, const QVariantList &incident, const QList<QVariantList> &rows);
    Result<qint64> insert(const QVariantList &incident, const Rows &rows, const QString &origin);

    QSqlDatabase m_db;
    bool m_write;
    ImportReport &m_report;
    Statement m_byIdent, m_byExternal;
    QHash<const Table *, std::shared_ptr<Statement>> m_insert;
    QString m_target, m_source;
    int m_row = 0, m_blocking = 0, m_hidden = 0, m_hiddenBlocking = 0;
    bool m_broken = false;
    QSet<QString> m_idents, m_origins;
    QHash<QString, qint64> m_created;
    QList<Ref> m_duplicates, m_links;
    QHash<int, qint64> m_sequence; // year → highest imported number
    qint64 m_firstId = 0, m_lastId = 0;
};

Result<void> Importer::incident(const QJsonObject &o)
{
    const Spec &s = spec();
    const Table &t = s.incident;
    const Taxonomy &tax = Taxonomy::instance();
    const int before = m_blocking;
    QVariantList v;
    readFields(o, t, [] { return QString(); }, v);
    const auto text = [&](const char *key) { return v.at(t.at(key)).toString(); };
    const QString ident = text("ident"), status = text("status"), rsitClass = text("rsit_class"), rsitType = text("rsit_type");
    static const QRegularExpression identPattern(QStringLiteral("^INC-(\\d{4})-(\\d{4,9})$"));
    const QRegularExpressionMatch match = identPattern.match(ident);
    if (!match.hasMatch()) {
        if (!ident.isEmpty())
            block(QStringLiteral("ident"), JsonExchange::tr("“%1” is not an incident identifier like INC-2026-0001.").arg(ident.left(100)));
        return {};
    }
    if (text("title").trimmed().size() > 500)
        block(QStringLiteral("title"), JsonExchange::tr("The title is too long (at most 500 characters)."));
    if (status == QLatin1String("rejected") && text("status_reason").trimmed().isEmpty())
        block(QStringLiteral("status_reason"), JsonExchange::tr("A rejected incident needs the reason why."));
    if (status == QLatin1String("duplicate") && text("duplicate_of").isEmpty())
        block(QStringLiteral("duplicate_of"), JsonExchange::tr("A duplicate must name the incident it duplicates."));
    if (rsitClass.isEmpty() ? !rsitType.isEmpty() : !tax.isRsit(rsitClass, rsitType))
        block(QStringLiteral("rsit_type"), JsonExchange::tr("“%1/%2” is not an RSIT class and type.").arg(rsitClass, rsitType));
    if (!text("jpcert_category").isEmpty() && !tax.isJpcert(text("jpcert_category")))
        block(QStringLiteral("jpcert_category"), JsonExchange::tr("“%1” is not a JPCERT/CC report category.").arg(text("jpcert_category")));

    // Where the incident comes from decides whether it was imported before.
    const QString origin = text("external_id").isEmpty() ? QStringLiteral("json:%1/%2").arg(m_source, ident) : text("external_id");
    if (m_idents.contains(ident))
        block(QStringLiteral("ident"), JsonExchange::tr("%1 appears more than once in the file.").arg(ident));
    else if (m_origins.contains(origin))
        block(QStringLiteral("external_id"), JsonExchange::tr("The external id “%1” appears more than once in the file.").arg(origin));
    m_idents.insert(ident);
    m_origins.insert(origin);
    auto known = find(m_byExternal, origin);
    auto existing = find(m_byIdent, ident);
    if (!known || !existing)
        return !known ? known.error() : existing.error();
    if (*known || (*existing && origin == QStringLiteral("json:%1/%2").arg(m_target, ident))) {
        ++m_report.duplicates;
        return {};
    }
    if (*existing)
        block(QStringLiteral("ident"), JsonExchange::tr("%1 already exists in this workspace as a different incident. Import the file "
                                                        "into another workspace, or rename or remove that incident first.").arg(ident));
    Rows rows;
    for (const Table *table : s.children())
        if (table != &s.custody && table != &s.sent)
            readRows(o, *table, QString(), rows);
    QStringList links;
    const QJsonValue linkValue = o.value(QLatin1String("links"));
    if (!linkValue.isUndefined() && !linkValue.isNull() && !linkValue.isArray())
        block(QStringLiteral("links"), JsonExchange::tr("It must be a list."));
    for (const QJsonValue &link : linkValue.toArray()) {
        if (!identPattern.match(link.toString()).hasMatch())
            block(QStringLiteral("links"), JsonExchange::tr("A link must be an incident identifier like INC-2026-0001."));
        links << link.toString();
    }
    checkRecords(ident, v, rows);
    if (m_blocking > before)
        return {};
    ++m_report.toCreate;
    qint64 id = -1; // a dry run knows it will exist
    if (m_write && m_report.ok()) {
        auto inserted = insert(v, rows, origin);
        if (!inserted)
            return inserted.error();
        id = *inserted;
    }
    m_created.insert(ident, id);
    if (status == QLatin1String("duplicate"))
        m_duplicates.append({ m_row, id, ident, text("duplicate_of") });
    for (const QString &other : std::as_const(links))
        m_links.append({ m_row, id, ident, other });
    qint64 &last = m_sequence[match.captured(1).toInt()];
    last = qMax(last, match.captured(2).toLongLong());
    return {};
}

void Importer::checkRecords(const QString &ident, const QVariantList &incident, Rows &rows)
{
    const Spec &s = spec();
    // What the schema's UNIQUE constraints would refuse, said per record. `scope` is what the key
    // is unique within besides the incident (the observable's type, the sent notice's notification).
    const auto unique = [&](const Table &table, const char *key, const QString &problem, int scope) {
        QSet<QString> seen;
        const int column = table.at(key);
        const QList<QVariantList> list = rows.value(&table);
        for (qsizetype n = 0; n < list.size(); ++n) {
            const QVariantList &row = list.at(n);
            const QString value = (scope < 0 ? QString() : row.at(scope).toString() + QLatin1Char('\n')) + row.at(column).toString();
            if (row.at(column).isValid() && (seen.contains(value) || (seen.insert(value), false)))
                block(QStringLiteral("%1[%2].%3").arg(QLatin1String(table.key)).arg(n + 1).arg(QLatin1String(key)),
                      problem.arg(row.at(column).toString()));
        }
    };
    const int type = s.observables.at("type"), value = s.observables.at("value");
    QList<QVariantList> &observables = rows[&s.observables];
    for (qsizetype n = 0; n < observables.size(); ++n) {
        const auto kind = Observable::fromKey(observables.at(n).at(type).toString());
        const auto valid = kind ? Observable::validate(*kind, observables.at(n).at(value).toString()) : Result<QString>(QString());
        if (kind && !valid)
            block(QStringLiteral("observables[%1].value").arg(n + 1), valid.error().message);
        else if (kind)
            observables[n][value] = valid.value(); // stored normalised, as typed ones are
    }
    unique(s.observables, "value", JsonExchange::tr("The observable “%1” appears more than once."), type);
    unique(s.tasks, "task_key", JsonExchange::tr("The playbook task “%1” appears more than once."), -1);
    unique(s.notifications, "rule_key", JsonExchange::tr("The notification rule “%1” appears more than once."), -1);
    unique(s.sent, "obligation_key", JsonExchange::tr("The obligation “%1” is marked as sent more than once."),
           int(s.sent.fields.size())); // the parent's index, after the fields
    static const QRegularExpression sha256(QStringLiteral("^([0-9a-f]{64})?$"));
    const QList<QVariantList> &evidence = rows.value(&s.evidence);
    for (qsizetype n = 0; n < evidence.size(); ++n) {
        if (!sha256.match(evidence.at(n).at(s.evidence.at("sha256")).toString()).hasMatch())
            block(QStringLiteral("evidence[%1].sha256").arg(n + 1), JsonExchange::tr("A SHA-256 is 64 hexadecimal digits in lower case."));
        if (evidence.at(n).at(s.evidence.at("size")).toLongLong() < 0)
            block(QStringLiteral("evidence[%1].size").arg(n + 1), JsonExchange::tr("A size cannot be negative."));
    }
    const QList<QVariantList> &sent = rows.value(&s.sent);
    for (qsizetype n = 0; n < sent.size(); ++n) {
        const QVariant index = sent.at(n).at(s.sent.at("communication"));
        if (index.isValid() && (index.toLongLong() < 0 || index.toLongLong() >= rows.value(&s.communications).size()))
            block(QStringLiteral("sent[%1].communication").arg(n + 1), JsonExchange::tr("There is no communication %1 in this incident.").arg(index.toLongLong()));
    }
    checkJournal(ident, incident, rows.value(&s.journal));
}

void Importer::checkJournal(const QString &ident, const QVariantList &incident, const QList<QVariantList> &rows)
{
    const Table &t = spec().journal;
    const int before = m_blocking;
    QList<JournalRecord> chain;
    for (qsizetype n = 0; n < rows.size(); ++n) {
        const QVariantList &row = rows.at(n);
        JournalRecord r { n + 1, int(qBound(qint64(0), row.at(t.at("sequence")).toLongLong(), qint64(1) << 30)),
                          storedTime(row.at(t.at("at_utc")).toString()), row.at(t.at("author")).toString(),
                          row.at(t.at("kind")).toString(), row.at(t.at("text")).toString(), 0,
                          row.at(t.at("previous_hash")).toString(), row.at(t.at("hash")).toString(),
                          int(qBound(qint64(0), row.at(t.at("revises")).toLongLong(), qint64(1) << 30)) };
        if (r.revisesSequence && r.revisesSequence >= r.sequence)
            block(QStringLiteral("journal[%1].revises").arg(n + 1), JsonExchange::tr("An entry can only revise an earlier entry."));
        chain.append(r);
    }
    if (m_blocking > before)
        return;
    for (const JournalChain::Break &b : JournalChain::verify(ident, chain)) {
        const QString field = QStringLiteral("journal[%1]").arg(b.entryId);
        switch (b.reason) {
        case JournalChain::Break::Reason::ContentChanged:
            block(field, JsonExchange::tr("%1, journal entry %2: its hash does not match its content (changed after it was written).").arg(ident).arg(b.sequence));
            break;
        case JournalChain::Break::Reason::PreviousMissing:
            block(field, JsonExchange::tr("%1, journal entry %2: it does not follow the entry before it (changed or replaced).").arg(ident).arg(b.sequence));
            break;
        case JournalChain::Break::Reason::SequenceGap:
            block(field, JsonExchange::tr("%1, journal entry %2: an entry before it is missing.").arg(ident).arg(b.sequence));
            break;
        }
    }
    const Table &i = spec().incident;
    const QVariant count = incident.at(i.at("journal_count")), head = incident.at(i.at("journal_head"));
    if ((count.isValid() && count.toLongLong() != (chain.isEmpty() ? 0 : chain.constLast().sequence))
        || (head.isValid() && head.toString() != (chain.isEmpty() ? QString() : chain.constLast().hash)))
        block(QStringLiteral("journal_head"), JsonExchange::tr("%1: the newest journal entries (after entry %2) are missing or were replaced.")
                                                  .arg(ident).arg(chain.isEmpty() ? 0 : chain.constLast().sequence));
}

Result<qint64> Importer::insert(const QVariantList &incident, const Rows &rows, const QString &origin)
{
    const Spec &s = spec();
    const auto plain = [](const Table &table, const QVariantList &row) {
        QVariantList values;
        for (qsizetype n = 0; n < table.fields.size(); ++n)
            if (!table.fields.at(n).special)
                values << row.at(n);
        return values;
    };
    const QList<QVariantList> &journal = rows.value(&s.journal);
    // A duplicate's original is set once every incident is in (deferred foreign keys allow the stand-in).
    const bool duplicate = incident.at(s.incident.at("status")).toString() == QLatin1String("duplicate");
    auto id = m_insert[&s.incident]->run(plain(s.incident, incident) << (duplicate ? QVariant(qint64(-1)) : QVariant())
                                         << qint64(journal.isEmpty() ? 0 : journal.constLast().at(s.journal.at("sequence")).toLongLong())
                                         << (journal.isEmpty() ? QString() : journal.constLast().at(s.journal.at("hash")).toString()) << origin);
    if (!id)
        return id.error();
    m_firstId = m_firstId ? m_firstId : *id;
    m_lastId = *id;
    QHash<const Table *, QList<qint64>> ids;
    QHash<qint64, qint64> entryBySequence;
    for (const Table *table : s.children()) {
        for (const QVariantList &row : rows.value(table)) {
            QVariantList values = plain(*table, row);
            if (table == &s.custody)
                values << ids.value(&s.evidence).value(row.constLast().toInt());
            else if (table == &s.sent)
                values << ids.value(&s.notifications).value(row.constLast().toInt())
                       << (row.at(s.sent.at("communication")).isValid() ? QVariant(ids.value(&s.communications).value(row.at(s.sent.at("communication")).toInt())) : QVariant());
            else
                values << *id;
            if (table == &s.journal)
                values << (row.at(s.journal.at("revises")).isValid() ? QVariant(entryBySequence.value(row.at(s.journal.at("revises")).toLongLong())) : QVariant());
            auto rowId = m_insert[table]->run(values);
            if (!rowId)
                return rowId.error();
            ids[table].append(*rowId);
            if (table == &s.journal)
                entryBySequence.insert(row.at(s.journal.at("sequence")).toLongLong(), *rowId);
        }
    }
    return id;
}

Result<void> broken(Importer &importer, const Reader &reader, const QString &problem = {})
{
    importer.fileIssue(problem.isEmpty() ? JsonExchange::tr("The file is not valid JSON (near byte %1).").arg(reader.position()) : problem);
    return {};
}

// The list of incidents, after its "[".
Result<void> readList(Reader &reader, Importer &importer, const JsonExchange::Progress &progress, qint64 total)
{
    for (int row = 1; !(row == 1 && reader.accept(']')); ++row) {
        const QByteArray raw = reader.value();
        if (raw.isEmpty())
            return broken(importer, reader, reader.error());
        if (auto done = importer.record(row, raw); !done)
            return done;
        if (row % 64 == 0 && progress && !progress(reader.position(), total))
            return makeError(ErrorCode::Invalid, JsonExchange::tr("The import was cancelled: nothing was imported."));
        if (reader.accept(']'))
            break;
        if (!reader.accept(','))
            return broken(importer, reader);
    }
    return {};
}

Result<void> parse(QIODevice &device, Importer &importer, const JsonExchange::Progress &progress)
{
    Reader reader(device);
    const qint64 total = device.isSequential() ? 0 : device.size();
    reader.skipByteOrderMark();
    if (!reader.accept('{'))
        return broken(importer, reader, JsonExchange::tr("This is not a CSIRT Kit incident file: it does not start with a JSON object."));
    QJsonObject header;
    bool listed = false;
    qint64 listAt = -1; // the list, when it came before the header (keys sorted by a tool): read last
    for (bool first = true; !(first && reader.accept('}')); first = false) {
        const QJsonValue key = parseScalar(reader.value());
        if (!key.isString() || !reader.accept(':'))
            return broken(importer, reader, reader.error());
        if (key.toString() != QLatin1String("incidents")) {
            const QByteArray raw = reader.value(false);
            if (raw.isEmpty())
                return broken(importer, reader, reader.error());
            header.insert(key.toString(), parseScalar(raw));
        } else if (listed || listAt >= 0) {
            return broken(importer, reader, JsonExchange::tr("The file has two lists of incidents."));
        } else if (!(header.contains(QLatin1String("format")) && header.contains(QLatin1String("version"))
                     && header.contains(QLatin1String("workspace_id")))) {
            if (device.isSequential())
                return broken(importer, reader, JsonExchange::tr("The file names its format, version and workspace only after its "
                                                                 "incidents, which a stream cannot go back to. Save it as a file first."));
            listAt = (reader.peek(), reader.position());
            if (reader.value(false).isEmpty())
                return broken(importer, reader, reader.error());
        } else {
            if (!importer.header(header))
                return {};
            listed = true;
            if (!reader.accept('['))
                return broken(importer, reader, JsonExchange::tr("“incidents” must be a list."));
            if (auto read = readList(reader, importer, progress, total); !read || !importer.reading())
                return read;
        }
        if (reader.accept('}'))
            break;
        if (!reader.accept(','))
            return broken(importer, reader);
    }
    if (reader.peek() != 0)
        return broken(importer, reader, JsonExchange::tr("There is more data after the end of the file's JSON object."));
    if (listAt >= 0) {
        if (!importer.header(header))
            return {};
        if (!device.seek(listAt))
            return makeError(ErrorCode::Io, JsonExchange::tr("The file could not be read: %1").arg(device.errorString()));
        Reader list(device, listAt);
        list.accept('[');
        if (auto read = readList(list, importer, progress, total); !read || !importer.reading())
            return read;
        listed = true;
    }
    if (!listed && importer.header(header))
        return broken(importer, reader, JsonExchange::tr("The file has no list of incidents."));
    if (progress && !progress(total ? total : reader.position(), total))
        return makeError(ErrorCode::Invalid, JsonExchange::tr("The import was cancelled: nothing was imported."));
    return {};
}

} // namespace

Result<QString> JsonExchange::workspaceId(const QSqlDatabase &db)
{
    auto id = sql::scalar(db, QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'workspace_id'"));
    if (!id)
        return id.error();
    if (id->toString().isEmpty())
        return makeError(ErrorCode::Invalid, tr("This workspace has no id yet: open it in CSIRT Kit once so it is upgraded, then try again."));
    return id->toString();
}

Result<ExportSummary> JsonExchange::write(QIODevice &device, const ExportScope &scope, const Progress &progress) const
{
    if (m_workspace.schemaVersion() < 9)
        return makeError(ErrorCode::Invalid, tr("This workspace was made by an older CSIRT Kit. Open it in CSIRT Kit once, "
                                                "so it is upgraded, then export."));
    if (!scope.tlpCeiling.isEmpty() && TlpCeiling::rank(scope.tlpCeiling) < 0)
        return makeError(ErrorCode::Invalid, tr("“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.")
                                                 .arg(scope.tlpCeiling));
    // One read transaction: every table is read from the same snapshot.
    if (auto begun = sql::exec(m_workspace.db(), QStringLiteral("SAVEPOINT json_export")); !begun)
        return begun.error();
    auto summary = exportIncidents(m_workspace, device, scope, progress);
    (void)sql::exec(m_workspace.db(), QStringLiteral("RELEASE json_export"));
    return summary;
}

Result<ExportSummary> JsonExchange::exportTo(const QString &path, const ExportScope &scope, const Progress &progress) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("“%1” could not be written: %2").arg(path, file.errorString()));
    auto summary = write(file, scope, progress);
    if (!summary)
        return summary.error(); // the QSaveFile is discarded
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("“%1” could not be written: %2").arg(path, file.errorString()));
    return summary;
}

Result<ImportReport> JsonExchange::run(QIODevice &device, bool write, const Progress &progress) const
{
    if (!device.isReadable())
        return makeError(ErrorCode::Io, tr("The file could not be read: %1").arg(device.errorString()));
    ImportReport report;
    const auto read = [&](QSqlDatabase &db) -> Result<void> {
        Importer importer(db, write, report);
        if (auto begun = importer.begin(); !begun)
            return begun;
        if (auto parsed = parse(device, importer, progress); !parsed)
            return parsed;
        return importer.finish();
    };
    if (!write) {
        QSqlDatabase db = m_workspace.db();
        if (auto done = read(db); !done)
            return done.error();
        return report;
    }
    auto written = m_workspace.write(QStringLiteral("incident"), QStringLiteral("imported"), [&](QSqlDatabase &db) -> Result<void> {
        if (auto done = read(db); !done)
            return done;
        if (!report.ok())
            return makeError(ErrorCode::Invalid, report.text());
        return {};
    });
    if (!written)
        return written.error();
    return report;
}

Result<ImportReport> JsonExchange::validate(QIODevice &device, const Progress &progress) const
{
    return run(device, false, progress);
}

Result<ImportReport> JsonExchange::import(QIODevice &device, const Progress &progress)
{
    return run(device, true, progress);
}

Result<ImportReport> JsonExchange::validateFile(const QString &path, const Progress &progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("“%1” could not be opened: %2").arg(path, file.errorString()));
    return run(file, false, progress);
}

Result<ImportReport> JsonExchange::importFile(const QString &path, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("“%1” could not be opened: %2").arg(path, file.errorString()));
    return run(file, true, progress);
}

} // namespace csirtkit
