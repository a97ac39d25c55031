#include "exchange/JsonIncidentImporter.h"

#include "exchange/JsonExchange.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentRepository.h"
#include "incidents/Observable.h"
#include "workspace/SqlUtil.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <tuple>

namespace csirtkit {

JsonIncidentImporter::JsonIncidentImporter(const QSqlDatabase &db, bool write, ImportReport &report)
    : m_db(db), m_write(write), m_report(report),
      m_byIdent(db, QStringLiteral("SELECT id FROM incident WHERE ident = ?")),
      m_byExternal(db, QStringLiteral("SELECT id FROM incident WHERE external_id = ?"))
{
}

Result<void> JsonIncidentImporter::begin()
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
    const JsonFormat &s = JsonFormat::instance();
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

bool JsonIncidentImporter::header(const QJsonObject &h)
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

void JsonIncidentImporter::fileIssue(const QString &problem)
{
    m_broken = true;
    issue(0, QString(), problem, JsonExchange::tr("Nothing is imported."), true);
}

Result<void> JsonIncidentImporter::record(int row, const QByteArray &raw)
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

Result<void> JsonIncidentImporter::finish()
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

void JsonIncidentImporter::issue(int row, const QString &field, const QString &problem, const QString &consequence, bool blocking)
{
    m_blocking += blocking ? 1 : 0;
    if (m_report.issues.size() < 500)
        m_report.issues.append({ row, field, problem, consequence, blocking });
    else
        ++m_hidden, m_hiddenBlocking += blocking ? 1 : 0;
}

void JsonIncidentImporter::block(const QString &field, const QString &problem)
{
    issue(m_row, field, problem, JsonExchange::tr("Nothing is imported."), true);
}

void JsonIncidentImporter::readFields(const QJsonObject &o, const Table &table, const std::function<QString()> &path, QVariantList &out)
{
    out.reserve(table.fields.size() + 2);
    for (const Field &field : table.fields) {
        QVariant value;
        QString problem;
        if (!JsonFormat::readValue(o.value(QLatin1String(field.key)), field, value, problem))
            block(path() + QLatin1String(field.key), problem);
        out << value;
    }
}

void JsonIncidentImporter::readRows(const QJsonObject &o, const Table &table, const QString &prefix, Rows &rows, int parent)
{
    const QJsonValue value = o.value(QLatin1String(table.key));
    if (value.isUndefined() || value.isNull())
        return;
    if (!value.isArray())
        return block(prefix + QLatin1String(table.key), JsonExchange::tr("It must be a list."));
    const JsonFormat &s = JsonFormat::instance();
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

Result<qint64> JsonIncidentImporter::find(Statement &query, const QString &key)
{
    query.bind({ key });
    bool failed = false;
    const qint64 id = query.next(failed) ? query.integer(0) : 0;
    if (failed)
        return query.error();
    return id;
}

Result<qint64> JsonIncidentImporter::resolve(const QString &ident)
{
    if (const auto it = m_created.constFind(ident); it != m_created.constEnd())
        return *it;
    return find(m_byIdent, ident);
}

Result<void> JsonIncidentImporter::incident(const QJsonObject &o)
{
    const JsonFormat &s = JsonFormat::instance();
    const Table &t = s.incident;
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
    if (status == QLatin1String("rejected") && text("status_reason").trimmed().isEmpty())
        block(QStringLiteral("status_reason"), JsonExchange::tr("A rejected incident needs the reason why."));
    if (status == QLatin1String("duplicate") && text("duplicate_of").isEmpty())
        block(QStringLiteral("duplicate_of"), JsonExchange::tr("A duplicate must name the incident it duplicates."));
    if (rsitClass.isEmpty() && !rsitType.isEmpty()) // a type without its class; the rest is checked below
        block(QStringLiteral("rsit_type"), JsonExchange::tr("“%1/%2” is not an RSIT class and type.").arg(rsitClass, rsitType));
    if (m_blocking == before)
        checkIncident(v);

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

void JsonIncidentImporter::checkIncident(const QVariantList &incident)
{
    // The same rules as every other way an incident is written (IncidentRepository), named by
    // this format's keys.
    const Table &t = JsonFormat::instance().incident;
    const auto text = [&](const char *key) { return incident.at(t.at(key)).toString(); };
    const auto time = [&](const char *key) { return JsonFormat::storedTime(text(key)); };
    IncidentDraft d;
    d.title = text("title");
    d.summary = text("summary");
    d.reporter = text("reporter");
    d.channel = text("report_channel");
    d.contact = text("reporter_contact");
    d.impact = text("impact");
    d.urgency = text("urgency");
    d.rsitClass = text("rsit_class");
    d.rsitType = text("rsit_type");
    d.jpcert = text("jpcert_category");
    d.tlp = text("tlp");
    d.occurredUtc = time("occurred_utc");
    d.detectedUtc = time("detected_utc");
    d.reportedUtc = time("reported_utc");
    d.assignee = text("assignee");
    QString field;
    if (auto valid = IncidentRepository::validate(d, &field); !valid) {
        static const QHash<QString, QString> keys = {
            { QStringLiteral("channel"), QStringLiteral("report_channel") }, { QStringLiteral("contact"), QStringLiteral("reporter_contact") },
            { QStringLiteral("rsit_class"), QStringLiteral("rsit_type") },   { QStringLiteral("jpcert"), QStringLiteral("jpcert_category") },
            { QStringLiteral("occurred"), QStringLiteral("occurred_utc") },  { QStringLiteral("detected"), QStringLiteral("detected_utc") },
            { QStringLiteral("reported"), QStringLiteral("reported_utc") },
        };
        block(keys.value(field, field), valid.error().message);
    }
    using TF = IncidentRepository::TextField;
    for (const auto &[key, textField, value] : { std::tuple { "helpers", TF::Helpers, text("helpers").trimmed() },
                                                 std::tuple { "lessons", TF::Lessons, text("lessons") } })
        if (auto valid = IncidentRepository::validateText(textField, value); !valid)
            block(QLatin1String(key), valid.error().message);
    for (const char *key : { "triaged_utc", "contained_utc", "resolved_utc", "closed_utc", "created_utc", "updated_utc" })
        if (auto valid = IncidentRepository::validateTime(time(key), text(key)); !valid)
            block(QLatin1String(key), valid.error().message);
}

void JsonIncidentImporter::checkRecords(const QString &ident, const QVariantList &incident, Rows &rows)
{
    const JsonFormat &s = JsonFormat::instance();
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

void JsonIncidentImporter::checkJournal(const QString &ident, const QVariantList &incident, const QList<QVariantList> &rows)
{
    const Table &t = JsonFormat::instance().journal;
    const int before = m_blocking;
    QList<JournalRecord> chain;
    for (qsizetype n = 0; n < rows.size(); ++n) {
        const QVariantList &row = rows.at(n);
        JournalRecord r { n + 1, int(qBound(qint64(0), row.at(t.at("sequence")).toLongLong(), qint64(1) << 30)),
                          JsonFormat::storedTime(row.at(t.at("at_utc")).toString()), row.at(t.at("author")).toString(),
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
    const Table &i = JsonFormat::instance().incident;
    const QVariant count = incident.at(i.at("journal_count")), head = incident.at(i.at("journal_head"));
    if ((count.isValid() && count.toLongLong() != (chain.isEmpty() ? 0 : chain.constLast().sequence))
        || (head.isValid() && head.toString() != (chain.isEmpty() ? QString() : chain.constLast().hash)))
        block(QStringLiteral("journal_head"), JsonExchange::tr("%1: the newest journal entries (after entry %2) are missing or were replaced.")
                                                  .arg(ident).arg(chain.isEmpty() ? 0 : chain.constLast().sequence));
}

Result<qint64> JsonIncidentImporter::insert(const QVariantList &incident, const Rows &rows, const QString &origin)
{
    const JsonFormat &s = JsonFormat::instance();
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

} // namespace csirtkit
