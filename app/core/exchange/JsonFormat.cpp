#include "exchange/JsonFormat.h"

#include "common/TextRules.h"
#include "exchange/JsonExchange.h"
#include "incidents/Artefacts.h"
#include "incidents/IncidentJournal.h"
#include "incidents/Observable.h"
#include "incidents/Taxonomy.h"
#include "workspace/SqlUtil.h"

#include <QDateTime>
#include <QTimeZone>

#include <sqlite3.h>

#include <cmath>

namespace csirtkit {

namespace {

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

} // namespace

const JsonFormat &JsonFormat::instance()
{
    static const JsonFormat format = [] {
        const Taxonomy &tax = Taxonomy::instance();
        QStringList tlps, types;
        for (const TlpLabel &label : tax.tlp())
            tlps << label.key;
        for (Observable::Type type : Observable::allTypes())
            types << Observable::key(type);
        const QStringList statuses = keys(tax.statuses()), levels = keys(tax.levels());
        using K = Kind;
        JsonFormat s;
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
        // The texts typed in multi-line editors; every other text is a single line.
        const std::pair<Table *, const char *> lines[] = {
            { &s.incident, "summary" },     { &s.incident, "status_reason" }, { &s.incident, "lessons" },
            { &s.transitions, "comment" },  { &s.journal, "text" },           { &s.communications, "summary" },
            { &s.communications, "reported" }, { &s.communications, "promised" }, { &s.observables, "note" },
            { &s.artefacts, "content" },
        };
        for (const auto &[table, key] : lines)
            table->fields[table->at(key)].lines = true;
        return s;
    }();
    return format;
}

// ---- SQLite straight through its API: millions of rows without a QVariant per value.

JsonFormat::Statement::Statement(const QSqlDatabase &db, const QString &statement) : m_db(sql::handle(db))
{
    const QByteArray utf8 = statement.toUtf8();
    if (m_db)
        sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_stmt, nullptr);
}

JsonFormat::Statement::~Statement()
{
    sqlite3_finalize(m_stmt);
}

Error JsonFormat::Statement::error() const
{
    return makeError(ErrorCode::Database, JsonExchange::tr("The workspace could not be read or written: %1")
                                              .arg(QString::fromUtf8(m_db ? sqlite3_errmsg(m_db) : "no database")));
}

void JsonFormat::Statement::bind(const QVariantList &values)
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

Result<qint64> JsonFormat::Statement::run(const QVariantList &values)
{
    if (!m_stmt)
        return error();
    bind(values);
    const int rc = sqlite3_step(m_stmt);
    if (rc != SQLITE_DONE)
        return error();
    return qint64(sqlite3_last_insert_rowid(m_db));
}

bool JsonFormat::Statement::next(bool &failed)
{
    const int rc = m_stmt ? sqlite3_step(m_stmt) : SQLITE_ERROR;
    failed = rc != SQLITE_ROW && rc != SQLITE_DONE;
    return rc == SQLITE_ROW;
}

bool JsonFormat::Statement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 JsonFormat::Statement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString JsonFormat::Statement::text(int column) const
{
    return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column)),
                             sqlite3_column_bytes(m_stmt, column));
}

// ---- Values

QJsonValue JsonFormat::columnValue(const Statement &q, int column, Kind kind)
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

QDateTime JsonFormat::storedTime(const QString &text)
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

std::optional<QString> JsonFormat::utcText(const QString &text)
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

bool JsonFormat::readValue(const QJsonValue &value, const Field &field, QVariant &out, QString &problem)
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
    if (const auto refused = TextRules::problem(text, field.lines ? TextRules::Kind::Lines : TextRules::Kind::Line))
        return problem = *refused, false;
    if (field.kind == Kind::Required && text.trimmed().isEmpty())
        return problem = JsonExchange::tr("The value is empty."), false;
    if (!field.allowed.isEmpty() && !field.allowed.contains(text))
        return problem = JsonExchange::tr("“%1” is not allowed here. Use one of: %2.")
                             .arg(text.left(100), field.allowed.join(QStringLiteral(", "))), false;
    out = text;
    return true;
}

std::optional<QString> JsonFormat::encodingProblem(QByteArrayView start)
{
    const auto begins = [&](QByteArrayView prefix) { return start.startsWith(prefix); };
    const bool wide = begins("\xFF\xFE") || begins("\xFE\xFF") || begins(QByteArrayView("\0\0\xFE\xFF", 4))
        || (start.size() >= 2 && (start.at(0) == 0) != (start.at(1) == 0)); // "{\0" or "\0{": UTF-16 without a mark
    if (!wide)
        return std::nullopt;
    return JsonExchange::tr("The file is saved as UTF-16 (or UTF-32) text, but JSON files must be UTF-8. Save it again "
                            "as UTF-8 (in Notepad: Save As, Encoding “UTF-8”) and try again.");
}

} // namespace csirtkit
