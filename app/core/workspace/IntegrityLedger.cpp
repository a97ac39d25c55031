#include "workspace/IntegrityLedger.h"

#include "workspace/IntegrityState.h"
#include "workspace/SqlUtil.h"

#include <QCryptographicHash>
#include <QHash>
#include <QSet>

#include <optional>

#include <sqlite3.h>

namespace csirtkit {

namespace {

// What marks an incident as changed: per table, the ids it touches (%1 is NEW or OLD).
struct Watch
{
    const char *table;
    QList<const char *> ids;
};

const QList<Watch> &watches()
{
    static const QList<Watch> list = {
        { "incident", { "%1.id" } },
        { "incident_transition", { "%1.incident_id" } },
        { "journal_entry", { "%1.incident_id" } },
        { "incident_task", { "%1.incident_id" } },
        { "communication", { "%1.incident_id" } },
        { "observable", { "%1.incident_id" } },
        { "evidence_item", { "%1.incident_id" } },
        { "custody_transfer", { "(SELECT incident_id FROM evidence_item WHERE id = %1.evidence_id)" } },
        { "artefact", { "%1.incident_id" } },
        { "affected_asset", { "%1.incident_id" } },
        { "incident_link", { "%1.incident_id", "%1.other_id" } },
        { "incident_notification", { "%1.incident_id" } },
        { "notification_sent", { "(SELECT incident_id FROM incident_notification WHERE id = %1.notification_id)" } },
        { "incident_sequence", { "0" } },
        { "priority_matrix", { "0" } },
        { "notification_rule", { "0" } },
    };
    return list;
}

// No conflict clause: a trigger takes the conflict policy of the statement that fired it, so an
// "OR IGNORE" here would not hold under an outer "OR ABORT". The NOT EXISTS keeps the ids unique.
QByteArray triggerScript()
{
    QByteArray script = "CREATE TEMP TABLE IF NOT EXISTS ledger_dirty (incident_id INTEGER PRIMARY KEY);\n";
    const std::pair<const char *, QList<const char *>> events[] = { { "INSERT", { "NEW" } },
                                                                    { "UPDATE", { "OLD", "NEW" } },
                                                                    { "DELETE", { "OLD" } } };
    for (const Watch &watch : watches()) {
        for (const auto &[event, rows] : events) {
            QByteArray body;
            for (const char *row : rows)
                for (const char *id : watch.ids)
                    body += "INSERT INTO ledger_dirty SELECT v FROM (SELECT " + QByteArray(id).replace("%1", row)
                        + " AS v) WHERE v IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ledger_dirty WHERE incident_id = v); ";
            script += "CREATE TEMP TRIGGER IF NOT EXISTS ledger_" + QByteArray(watch.table) + '_'
                + QByteArray(event).toLower() + " AFTER " + event + " ON main." + watch.table + " BEGIN " + body
                + "END;\n";
        }
    }
    return script;
}

// A statement of SQLite's C API, finalised on scope exit.
class Statement
{
public:
    Statement(sqlite3 *db, const char *sql) { m_rc = sqlite3_prepare_v2(db, sql, -1, &m_statement, nullptr); }
    ~Statement() { sqlite3_finalize(m_statement); }
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    bool ok() const { return m_rc == SQLITE_OK; }
    sqlite3_stmt *get() const { return m_statement; }
    QString text(int column) const
    {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column)),
                                 sqlite3_column_bytes(m_statement, column));
    }
    QByteArray blob(int column) const
    {
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    }
    void bind(int index, const QString &value)
    {
        const QByteArray utf8 = value.toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }

private:
    sqlite3_stmt *m_statement = nullptr;
    int m_rc = SQLITE_ERROR;
};

Error sqliteError(sqlite3 *db)
{
    return makeError(ErrorCode::Database, IntegrityLedger::tr("Recording the change in the integrity ledger failed "
                                                              "(%1). Nothing was saved.")
                                              .arg(QString::fromUtf8(sqlite3_errmsg(db))));
}

QString chainHash(const QString &previous, qint64 seq, const QString &at, qint64 incidentId, const QString &subject,
                  const QByteArray &state)
{
    // Reused: making a hash object costs more than this digest (see IntegrityState).
    thread_local QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.reset();
    const QString text = previous + QLatin1Char('\n') + QString::number(seq) + QLatin1Char('\n') + at + QLatin1Char('\n')
        + QString::number(incidentId) + QLatin1Char('\n') + subject + QLatin1Char('\n') + QString::fromLatin1(state.toHex());
    hash.addData(text.toUtf8());
    return QString::fromLatin1(hash.resultView().toByteArray().toHex());
}

const QString WorkspaceSubject = QStringLiteral("workspace");

// Appends states to the chain; the head is read once and written back by finish().
class Sealer
{
public:
    explicit Sealer(const QSqlDatabase &db)
        : m_handle(sql::handle(db)), m_state(m_handle),
          m_last(m_handle, "SELECT subject, state FROM integrity_ledger WHERE incident_id = ?1 ORDER BY seq DESC LIMIT 1"),
          m_append(m_handle, "INSERT INTO integrity_ledger (seq, at_utc, incident_id, subject, state, hash) "
                             "VALUES (?1, ?2, ?3, ?4, ?5, ?6)"),
          m_db(db), m_at(sql::nowUtcText())
    {
    }

    Result<void> start()
    {
        if (!m_last.ok() || !m_append.ok())
            return sqliteError(m_handle);
        auto count = sql::scalar(m_db, QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'ledger_count'"));
        auto head = sql::scalar(m_db, QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'ledger_head'"));
        m_count = count ? count->toLongLong() : 0;
        m_head = head ? head->toString() : QString();
        return {};
    }

    Result<void> seal(qint64 id)
    {
        QString subject = WorkspaceSubject;
        auto state = id == 0 ? m_state.workspace() : m_state.incident(id, &subject);
        if (!state)
            return state.error();
        sqlite3_reset(m_last.get());
        sqlite3_bind_int64(m_last.get(), 1, id);
        const bool known = sqlite3_step(m_last.get()) == SQLITE_ROW;
        const QString lastSubject = known ? m_last.text(0) : QString();
        const QByteArray lastState = known ? m_last.blob(1) : QByteArray();
        sqlite3_reset(m_last.get());
        if (state->isEmpty()) { // gone: a tombstone, unless it never was sealed
            if (!known || lastState.isEmpty())
                return {};
            subject = lastSubject;
        } else if (known && lastState == *state) {
            return {};
        }
        const qint64 seq = ++m_count;
        m_head = chainHash(m_head, seq, m_at, id, subject, *state);
        sqlite3_stmt *append = m_append.get();
        sqlite3_reset(append);
        sqlite3_bind_int64(append, 1, seq);
        m_append.bind(2, m_at);
        sqlite3_bind_int64(append, 3, id);
        m_append.bind(4, subject);
        sqlite3_bind_blob(append, 5, state->constData(), int(state->size()), SQLITE_TRANSIENT);
        m_append.bind(6, m_head);
        const int rc = sqlite3_step(append);
        sqlite3_reset(append);
        return rc == SQLITE_DONE ? Result<void>() : Result<void>(sqliteError(m_handle));
    }

    Result<void> finish()
    {
        return sql::ok(sql::exec(m_db, QStringLiteral("INSERT INTO workspace_meta (key, value) VALUES "
                                                      "('ledger_count', ?), ('ledger_head', ?) "
                                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                 { QString::number(m_count), m_head }));
    }

private:
    sqlite3 *m_handle;
    IntegrityState m_state;
    Statement m_last;
    Statement m_append;
    QSqlDatabase m_db;
    QString m_at;
    qint64 m_count = 0;
    QString m_head;
};

Result<void> sealIds(const QSqlDatabase &db, const QList<qint64> &ids)
{
    Sealer sealer(db);
    if (auto started = sealer.start(); !started)
        return started;
    for (qint64 id : ids) {
        if (auto sealed = sealer.seal(id); !sealed)
            return sealed;
    }
    return sealer.finish();
}

Result<QList<qint64>> ids(const QSqlDatabase &db, const QString &statement)
{
    Statement query(sql::handle(db), statement.toUtf8().constData());
    if (!query.ok())
        return sqliteError(sql::handle(db));
    QList<qint64> list;
    while (sqlite3_step(query.get()) == SQLITE_ROW)
        list << sqlite3_column_int64(query.get(), 0);
    return list;
}

QString familyLabel(const QString &key)
{
    static const QHash<QString, const char *> labels = {
        { QStringLiteral("transitions"), QT_TRANSLATE_NOOP("IntegrityLedger", "status history") },
        { QStringLiteral("journal"), QT_TRANSLATE_NOOP("IntegrityLedger", "journal") },
        { QStringLiteral("tasks"), QT_TRANSLATE_NOOP("IntegrityLedger", "tasks") },
        { QStringLiteral("communications"), QT_TRANSLATE_NOOP("IntegrityLedger", "communications") },
        { QStringLiteral("observables"), QT_TRANSLATE_NOOP("IntegrityLedger", "observables") },
        { QStringLiteral("evidence"), QT_TRANSLATE_NOOP("IntegrityLedger", "evidence") },
        { QStringLiteral("custody"), QT_TRANSLATE_NOOP("IntegrityLedger", "chain of custody") },
        { QStringLiteral("artefacts"), QT_TRANSLATE_NOOP("IntegrityLedger", "artefacts") },
        { QStringLiteral("assets"), QT_TRANSLATE_NOOP("IntegrityLedger", "affected assets") },
        { QStringLiteral("links"), QT_TRANSLATE_NOOP("IntegrityLedger", "related incidents") },
        { QStringLiteral("notifications"), QT_TRANSLATE_NOOP("IntegrityLedger", "notification rules applied") },
        { QStringLiteral("notices"), QT_TRANSLATE_NOOP("IntegrityLedger", "notices sent") },
        { QStringLiteral("counter"), QT_TRANSLATE_NOOP("IntegrityLedger", "identifier counter") },
        { QStringLiteral("priority_matrix"), QT_TRANSLATE_NOOP("IntegrityLedger", "priority matrix") },
        { QStringLiteral("notification_rules"), QT_TRANSLATE_NOOP("IntegrityLedger", "notification rules") },
    };
    return QCoreApplication::translate("IntegrityLedger", labels.value(key, "records"));
}

// What differs between a sealed and a current state, as a list a person can read.
QStringList differences(const QByteArray &sealed, const QByteArray &current, const QStringList &columns,
                        const QStringList &families)
{
    const auto before = IntegrityState::parse(sealed);
    const auto now = IntegrityState::parse(current);
    QStringList found;
    if (before.fields.size() != now.fields.size() || before.families.size() != now.families.size())
        return { IntegrityLedger::tr("its recorded structure") };
    for (int i = 0; i < now.fields.size(); ++i)
        if (before.fields.at(i) != now.fields.at(i))
            found << IntegrityLedger::tr("field “%1”").arg(columns.value(i));
    for (int i = 0; i < now.families.size(); ++i)
        if (before.families.at(i) != now.families.at(i))
            found << familyLabel(families.value(i));
    return found;
}

struct Sealed
{
    QString subject;
    QByteArray state;
};

// The finding for an incident whose current state is `now`, or nothing when it matches `sealed`.
std::optional<IntegrityLedger::Finding> compareIncident(const QString &ident, const Sealed *sealed, const QByteArray &now,
                                                        const IntegrityState &state)
{
    if (!sealed || sealed->state.isEmpty())
        return IntegrityLedger::Finding { ident, IntegrityLedger::tr("%1 is not in the integrity ledger: it was added "
                                                                     "outside CSIRT Kit.").arg(ident) };
    if (sealed->state == now)
        return std::nullopt;
    const QStringList what = differences(sealed->state, now, state.incidentColumns(), IntegrityState::incidentFamilies());
    return IntegrityLedger::Finding { ident, IntegrityLedger::tr("%1 was changed outside CSIRT Kit: %2.")
                                                 .arg(ident, what.join(IntegrityLedger::tr(", "))) };
}

} // namespace

Result<void> IntegrityLedger::install(const QSqlDatabase &db)
{
    static const QByteArray script = triggerScript();
    return sql::execScript(db, script);
}

Result<void> IntegrityLedger::sealChanges(const QSqlDatabase &db)
{
    auto changed = ids(db, QStringLiteral("SELECT incident_id FROM temp.ledger_dirty ORDER BY incident_id"));
    if (!changed)
        return changed.error();
    if (changed->isEmpty())
        return {};
    if (auto sealed = sealIds(db, *changed); !sealed)
        return sealed;
    return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM temp.ledger_dirty")));
}

Result<void> IntegrityLedger::sealAll(const QSqlDatabase &db)
{
    auto all = ids(db, QStringLiteral("SELECT 0 UNION ALL SELECT id FROM (SELECT id FROM incident ORDER BY id)"));
    if (!all)
        return all.error();
    return sealIds(db, *all);
}

Result<QList<IntegrityLedger::Finding>> IntegrityLedger::counterFindings(const QSqlDatabase &db)
{
    auto rows = sql::exec(db, QStringLiteral(
        "SELECT y, mx, (SELECT last FROM incident_sequence WHERE year = y) FROM "
        "(SELECT CAST(substr(ident, 5, 4) AS INTEGER) AS y, max(CAST(substr(ident, 10) AS INTEGER)) AS mx "
        " FROM incident WHERE ident GLOB 'INC-[0-9][0-9][0-9][0-9]-[0-9]*' GROUP BY 1) ORDER BY y"));
    if (!rows)
        return rows.error();
    QList<Finding> found;
    while (rows->next()) {
        const qint64 highest = rows->value(1).toLongLong();
        const qint64 counter = rows->value(2).isNull() ? 0 : rows->value(2).toLongLong();
        if (counter >= highest)
            continue;
        const QString ident = QStringLiteral("INC-%1-%2").arg(rows->value(0).toInt()).arg(highest, 4, 10, QLatin1Char('0'));
        found.append({ WorkspaceSubject,
                       tr("The identifier counter for %1 stands at %2, but %3 exists: the counter was changed outside "
                          "CSIRT Kit. New incidents continue after the highest identifier.")
                           .arg(rows->value(0).toInt())
                           .arg(counter)
                           .arg(ident) });
    }
    return found;
}

Result<QList<IntegrityLedger::Finding>> IntegrityLedger::verify(const QSqlDatabase &db)
{
    QList<Finding> found;
    sqlite3 *handle = sql::handle(db);
    // 1. The chain itself.
    QHash<qint64, Sealed> latest;
    qint64 expected = 1;
    QString previous;
    {
        Statement rows(handle, "SELECT seq, at_utc, incident_id, subject, state, hash FROM integrity_ledger ORDER BY seq");
        if (!rows.ok())
            return sqliteError(handle);
        while (sqlite3_step(rows.get()) == SQLITE_ROW) {
            const qint64 seq = sqlite3_column_int64(rows.get(), 0);
            const qint64 id = sqlite3_column_int64(rows.get(), 2);
            const QString subject = rows.text(3);
            const QByteArray state = rows.blob(4);
            const QString hash = rows.text(5);
            if (seq == expected + 1)
                found.append({ QStringLiteral("ledger"), tr("Integrity ledger entry %1 was deleted outside CSIRT Kit.")
                                                             .arg(expected) });
            else if (seq != expected)
                found.append({ QStringLiteral("ledger"), tr("Integrity ledger entries %1 to %2 were deleted outside CSIRT "
                                                           "Kit.").arg(expected).arg(seq - 1) });
            if (chainHash(previous, seq, rows.text(1), id, subject, state) != hash)
                found.append({ subject, tr("Integrity ledger entry %1 (%2, %3) was changed outside CSIRT Kit.")
                                            .arg(seq).arg(subject, rows.text(1)) });
            previous = hash;
            expected = seq + 1;
            latest.insert(id, { subject, state });
        }
    }
    auto count = sql::scalar(db, QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'ledger_count'"));
    auto head = sql::scalar(db, QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'ledger_head'"));
    const qint64 recorded = count ? count->toLongLong() : 0;
    if (recorded > expected - 1)
        found.append({ QStringLiteral("ledger"), tr("The newest %n integrity ledger entries were deleted outside CSIRT "
                                                    "Kit.", nullptr, int(recorded - expected + 1)) });
    else if (recorded < expected - 1 || (head ? head->toString() : QString()) != previous)
        found.append({ QStringLiteral("ledger"), tr("The integrity ledger does not end where the workspace recorded its "
                                                    "end: entries were added or changed outside CSIRT Kit.") });

    // 2. Every incident against its last sealed state.
    IntegrityState state(handle);
    auto incidents = ids(db, QStringLiteral("SELECT id FROM incident ORDER BY id"));
    if (!incidents)
        return incidents.error();
    for (qint64 id : std::as_const(*incidents)) {
        QString ident;
        auto now = state.incident(id, &ident);
        if (!now)
            return now.error();
        const auto sealed = latest.constFind(id);
        if (auto finding = compareIncident(ident, sealed == latest.cend() ? nullptr : &*sealed, *now, state))
            found << *finding;
        latest.remove(id);
    }
    for (auto it = latest.cbegin(); it != latest.cend(); ++it) {
        if (it.key() == 0 || it->state.isEmpty())
            continue;
        found.append({ it->subject, tr("%1 was deleted outside CSIRT Kit.").arg(it->subject) });
    }
    // 3. The workspace's own rules.
    auto rules = state.workspace();
    if (!rules)
        return rules.error();
    const Sealed sealedRules = latest.value(0);
    if (!sealedRules.state.isEmpty() && sealedRules.state != *rules) {
        const QStringList what = differences(sealedRules.state, *rules, {}, IntegrityState::workspaceFamilies());
        found.append({ WorkspaceSubject, tr("The workspace's %1 changed outside CSIRT Kit.").arg(what.join(tr(", "))) });
    }
    auto counters = counterFindings(db);
    if (!counters)
        return counters.error();
    found << *counters;
    return found;
}

Result<QList<IntegrityLedger::Finding>> IntegrityLedger::verifyIncident(const QSqlDatabase &db, qint64 incidentId)
{
    sqlite3 *handle = sql::handle(db);
    Statement last(handle, "SELECT subject, state FROM integrity_ledger WHERE incident_id = ?1 ORDER BY seq DESC LIMIT 1");
    if (!last.ok())
        return sqliteError(handle);
    sqlite3_bind_int64(last.get(), 1, incidentId);
    const bool known = sqlite3_step(last.get()) == SQLITE_ROW;
    const Sealed sealed { known ? last.text(0) : QString(), known ? last.blob(1) : QByteArray() };
    IntegrityState state(handle);
    QString ident;
    auto now = state.incident(incidentId, &ident);
    if (!now)
        return now.error();
    if (now->isEmpty())
        return makeError(ErrorCode::NotFound, tr("The incident does not exist (any more)."));
    QList<Finding> found;
    if (auto finding = compareIncident(ident, known ? &sealed : nullptr, *now, state))
        found << *finding;
    return found;
}

Result<IntegrityLedger::Anchor> IntegrityLedger::head(const QSqlDatabase &db)
{
    auto rows = sql::exec(db, QStringLiteral("SELECT key, value FROM workspace_meta WHERE key IN "
                                             "('workspace_id', 'ledger_count', 'ledger_head')"));
    if (!rows)
        return rows.error();
    Anchor anchor;
    anchor.madeUtc = QDateTime::currentDateTimeUtc();
    while (rows->next()) {
        const QString key = rows->value(0).toString();
        if (key == QLatin1String("workspace_id"))
            anchor.workspaceId = rows->value(1).toString();
        else if (key == QLatin1String("ledger_count"))
            anchor.count = rows->value(1).toLongLong();
        else
            anchor.hash = rows->value(1).toString();
    }
    return anchor;
}

QString IntegrityLedger::anchorText(const Anchor &anchor, const QString &organisation)
{
    // Fixed English keys: an anchor is read back by any CSIRT Kit, whatever its language.
    return QStringLiteral("CSIRT Kit integrity anchor\norganisation: %1\nworkspace: %2\nmade_utc: %3\nledger: %4 %5\n")
        .arg(organisation.simplified(), anchor.workspaceId, anchor.madeUtc.toString(Qt::ISODate))
        .arg(anchor.count)
        .arg(anchor.hash);
}

Result<QList<IntegrityLedger::Anchor>> IntegrityLedger::parseAnchors(const QByteArray &text)
{
    QList<Anchor> anchors;
    Anchor current;
    bool open = false;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line == QLatin1String("CSIRT Kit integrity anchor")) {
            current = Anchor();
            open = true;
        } else if (open && line.startsWith(QLatin1String("workspace:"))) {
            current.workspaceId = line.mid(10).trimmed();
        } else if (open && line.startsWith(QLatin1String("made_utc:"))) {
            current.madeUtc = QDateTime::fromString(line.mid(9).trimmed(), Qt::ISODate);
        } else if (open && line.startsWith(QLatin1String("ledger:"))) {
            const QStringList parts = line.mid(7).simplified().split(QLatin1Char(' '));
            bool ok = false;
            current.count = parts.value(0).toLongLong(&ok);
            current.hash = parts.value(1);
            if (!ok || current.hash.size() != 64)
                return makeError(ErrorCode::Invalid, tr("The anchor line “%1” is not complete: it must read "
                                                        "“ledger: COUNT HASH”.").arg(line));
            anchors << current;
            open = false;
        }
    }
    if (anchors.isEmpty())
        return makeError(ErrorCode::Invalid, tr("The file holds no CSIRT Kit integrity anchor. Give a file written by "
                                                "“csirtkit-cli verify --anchor”."));
    return anchors;
}

Result<QList<IntegrityLedger::Finding>> IntegrityLedger::checkAnchors(const QSqlDatabase &db, const QList<Anchor> &anchors)
{
    auto mine = head(db);
    if (!mine)
        return mine.error();
    QList<Finding> found;
    for (const Anchor &anchor : anchors) {
        const QString made = anchor.madeUtc.toString(Qt::ISODate);
        if (anchor.workspaceId != mine->workspaceId) {
            found.append({ QStringLiteral("anchor"), tr("The anchor of %1 belongs to another workspace (%2).")
                                                         .arg(made, anchor.workspaceId) });
            continue;
        }
        if (anchor.count == 0)
            continue;
        auto hash = sql::scalar(db, QStringLiteral("SELECT hash FROM integrity_ledger WHERE seq = ?"), { anchor.count });
        if (!hash || hash->isNull())
            found.append({ QStringLiteral("anchor"), tr("The integrity ledger no longer has entry %1, anchored on %2: "
                                                        "its history was cut back outside CSIRT Kit.")
                                                         .arg(anchor.count).arg(made) });
        else if (hash->toString() != anchor.hash)
            found.append({ QStringLiteral("anchor"), tr("The integrity ledger was rewritten: entry %1 no longer has the "
                                                        "hash anchored on %2. Nothing the workspace records up to that "
                                                        "day can be trusted.")
                                                         .arg(anchor.count).arg(made) });
    }
    return found;
}

} // namespace csirtkit
