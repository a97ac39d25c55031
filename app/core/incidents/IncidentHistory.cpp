#include "incidents/IncidentHistory.h"

#include "incidents/IncidentIdentifiers.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentTasks.h"
#include "incidents/IncidentWorkflow.h"
#include "incidents/JournalChain.h"
#include "incidents/NotificationRules.h"
#include "incidents/PriorityMatrix.h"
#include "incidents/Taxonomy.h"
#include "workspace/SqlUtil.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace csirtkit {

namespace {

LocalText text(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return { o.value(QLatin1String("en")).toString(), o.value(QLatin1String("ja")).toString() };
}

QString string(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toString();
}

QJsonObject content(const QString &name)
{
    QFile file(QStringLiteral(":/content/%1").arg(name));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("CSIRT Kit content file %s is missing from the build", qPrintable(name));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The statuses of an incident's way from report to closure (the workflow's first five, in order).
const QStringList &stages()
{
    static const QStringList list = IncidentWorkflow::statuses().mid(0, 5);
    return list;
}

struct Event
{
    QDateTime at;
    QString author;
    QString kind;
    QString text;
};

} // namespace

const QList<IncidentStory> &IncidentHistory::stories()
{
    static const QList<IncidentStory> list = [] {
        QList<IncidentStory> out;
        for (const QJsonValue &value : content(QStringLiteral("incident_stories.json")).value(QLatin1String("stories")).toArray()) {
            const QJsonObject o = value.toObject();
            IncidentStory s;
            s.key = string(o, "key");
            s.rsitClass = string(o, "rsit_class");
            s.rsitType = string(o, "rsit_type");
            s.impact = string(o, "impact");
            s.urgency = string(o, "urgency");
            s.channel = string(o, "channel");
            s.tlp = string(o, "tlp");
            s.title = text(o.value(QLatin1String("title")));
            s.summary = text(o.value(QLatin1String("summary")));
            s.reporter = text(o.value(QLatin1String("reporter")));
            s.notification = string(o, "notification");
            s.lessons = text(o.value(QLatin1String("lessons")));
            for (const QJsonValue &v : o.value(QLatin1String("observables")).toArray())
                s.observables.append({ string(v.toObject(), "type"), string(v.toObject(), "value"), text(v.toObject().value(QLatin1String("note"))) });
            for (const QJsonValue &v : o.value(QLatin1String("journal")).toArray())
                s.journal.append({ string(v.toObject(), "stage"), string(v.toObject(), "kind"), text(v.toObject().value(QLatin1String("text"))) });
            for (const QJsonValue &v : o.value(QLatin1String("communications")).toArray()) {
                const QJsonObject c = v.toObject();
                s.communications.append({ string(c, "stage"), string(c, "direction"), string(c, "channel"),
                                          text(c.value(QLatin1String("person"))), text(c.value(QLatin1String("organisation"))),
                                          text(c.value(QLatin1String("summary"))) });
            }
            out.append(s);
        }
        return out;
    }();
    return list;
}

const IncidentStory *IncidentHistory::story(const QString &key)
{
    for (const IncidentStory &s : stories())
        if (s.key == key)
            return &s;
    return nullptr;
}

const QList<IncidentHistory::Entry> &IncidentHistory::demo()
{
    static const QList<Entry> list = [] {
        QList<Entry> out;
        for (const QJsonValue &value : content(QStringLiteral("incident_stories.json")).value(QLatin1String("history")).toArray()) {
            const QJsonObject o = value.toObject();
            out.append({ string(o, "story"), o.value(QLatin1String("days_ago")).toInt(), string(o, "status"), string(o, "assignee") });
        }
        // Oldest first, so that identifiers count up with time.
        std::stable_sort(out.begin(), out.end(), [](const Entry &a, const Entry &b) { return a.daysAgo > b.daysAgo; });
        return out;
    }();
    return list;
}

QHash<QString, QString> IncidentHistory::people(const QString &language)
{
    QHash<QString, QString> names;
    const QJsonObject people = content(QStringLiteral("demo.json")).value(QLatin1String("people")).toObject();
    for (auto it = people.begin(); it != people.end(); ++it)
        names.insert(it.key(), text(it.value()).in(language));
    return names;
}

struct IncidentHistory::Statements
{
    explicit Statements(QSqlDatabase &db)
        : incident(db), journal(db), transition(db), task(db), observable(db), communication(db), notification(db),
          sent(db), anchor(db)
    {
        incident.prepare(QStringLiteral(
            "INSERT INTO incident (ident, title, summary, reporter, report_channel, status, impact, urgency, priority, "
            "rsit_class, rsit_type, jpcert_category, tlp, detected_utc, reported_utc, assignee, created_utc, updated_utc, "
            "triaged_utc, contained_utc, resolved_utc, closed_utc, lessons, status_reason, duplicate_of) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '', NULL)"));
        journal.prepare(QStringLiteral("INSERT INTO journal_entry (incident_id, sequence, at_utc, author, kind, text, revises, "
                                       "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)"));
        transition.prepare(QStringLiteral("INSERT INTO incident_transition (incident_id, at_utc, author, from_status, "
                                          "to_status, comment) VALUES (?, ?, ?, ?, ?, '')"));
        task.prepare(QStringLiteral("INSERT OR IGNORE INTO incident_task (incident_id, position, task_key, text, owner, done, "
                                    "done_utc) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        observable.prepare(QStringLiteral("INSERT OR IGNORE INTO observable (incident_id, type, value, note, added_utc) "
                                          "VALUES (?, ?, ?, ?, ?)"));
        communication.prepare(QStringLiteral("INSERT INTO communication (incident_id, at_utc, direction, channel, person, "
                                             "organisation, summary, tlp, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        notification.prepare(QStringLiteral("INSERT INTO incident_notification (incident_id, rule_key, aware_utc) VALUES (?, ?, ?)"));
        sent.prepare(QStringLiteral("INSERT INTO notification_sent (notification_id, obligation_key, sent_utc, how) "
                                    "VALUES (?, ?, ?, ?)"));
        anchor.prepare(QStringLiteral("UPDATE incident SET journal_count = ?, journal_head = ? WHERE id = ?"));
    }
    QSqlQuery incident, journal, transition, task, observable, communication, notification, sent, anchor;
    QHash<QString, QString> matrix;
};

IncidentHistory::IncidentHistory(QSqlDatabase &db)
    : m_db(db), m_sql(std::make_unique<Statements>(db))
{
    if (auto matrix = PriorityMatrix::load(db))
        m_sql->matrix = *matrix;
}

IncidentHistory::~IncidentHistory() = default;

Result<void> IncidentHistory::beginBulk(QSqlDatabase &db)
{
    // The search triggers stand aside; index() indexes each incident once.
    return sql::ok(sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO workspace_meta (key, value) VALUES ('fts_bulk', '1')")));
}

Result<void> IncidentHistory::index(QSqlDatabase &db, qint64 firstId, qint64 lastId)
{
    if (firstId > 0) {
        if (auto indexed = sql::exec(db, QStringLiteral("INSERT INTO incident_fts (rowid, ident, title, summary, body) "
                                                        "SELECT i.id, i.ident, i.title, i.summary || ' ' || i.lessons, b.body "
                                                        "FROM incident i JOIN incident_fts_body b ON b.incident_id = i.id "
                                                        "WHERE i.id BETWEEN ? AND ?"), { firstId, lastId }); !indexed)
            return indexed.error();
    }
    return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM workspace_meta WHERE key = 'fts_bulk'")));
}

Result<void> IncidentHistory::writeAll(QSqlDatabase &db, int count, const std::function<Plan(int)> &plan,
                                       QRandomGenerator &random)
{
    if (auto bulk = beginBulk(db); !bulk)
        return bulk;
    IncidentHistory history(db);
    qint64 firstId = 0, lastId = 0;
    for (int i = 0; i < count; ++i) {
        const Plan next = plan(i);
        if (!next.story)
            return makeError(ErrorCode::Invalid, tr("A made-up incident has no story to tell (CSIRT Kit's content "
                                                    "files are incomplete)."));
        auto id = history.write(next, random);
        if (!id)
            return id.error();
        firstId = firstId ? firstId : *id;
        lastId = *id;
    }
    return index(db, firstId, lastId);
}

Result<qint64> IncidentHistory::write(const Plan &plan, QRandomGenerator &random)
{
    const IncidentStory &s = *plan.story;
    const QString &lang = plan.language;
    const int stage = int(stages().indexOf(plan.status));
    if (stage < 0)
        return makeError(ErrorCode::Invalid, QStringLiteral("unknown status %1").arg(plan.status));
    Statements &q = *m_sql;
    const auto fail = [](QSqlQuery &query) { return sql::toError(query.lastError(), tr("Writing made-up incidents")); };
    // Text columns are NOT NULL: a missing text is bound as "" (a null QString would bind NULL).
    const auto str = [](const QString &value) { return value.isNull() ? QStringLiteral("") : value; };
    const auto run = [](QSqlQuery &query, const QVariantList &values) {
        for (const QVariant &v : values)
            query.addBindValue(v);
        return query.exec();
    };

    // Milestones, as offsets from detection; the urgent ones move faster. When they would reach past
    // now (a recent incident), the whole timeline is squeezed into the time there was.
    const QString priority = q.matrix.value(PriorityMatrix::key(s.impact, s.urgency), QStringLiteral("P3"));
    const qint64 pace = priority == QLatin1String("P1") ? 1 : priority == QLatin1String("P2") ? 2 : 3;
    const auto minutes = [&random](int low, int high) { return 60 * qint64(low + int(random.bounded(quint32(high - low + 1)))); };
    QList<qint64> at; // reported, triage begins, response begins, contained, resolved, closed
    at << minutes(5, 45);
    at << at.last() + minutes(15, 180);
    at << at.last() + minutes(60, 360) * pace;
    at << at.last() + minutes(120, 1440) * pace;
    at << at.last() + minutes(1440, 5 * 1440) * pace;
    at << at.last() + minutes(1440, 4 * 1440);
    const QDateTime now = QDateTime::currentDateTimeUtc().addSecs(-300);
    const qint64 available = qMax<qint64>(600, plan.detectedUtc.secsTo(now));
    const int last = stage == 0 ? 0 : stage == 1 ? 1 : stage == 2 ? 3 : stage == 3 ? 4 : 5;
    const qint64 needed = at.at(last) + (stage < 3 ? 3600 : 0); // room for the open stage's work
    if (needed > available)
        for (qint64 &offset : at)
            offset = offset * available / needed;
    const auto time = [&](int milestone) { return sql::fromUtcText(sql::toUtcText(plan.detectedUtc.addSecs(at.at(milestone)))); };
    const bool contained = stage >= 3 || (stage == 2 && random.bounded(2u) == 1);
    // Each stage's window: from its start to the next stage's start (or a while after, for the last).
    const QList<int> stageStart = { 0, 1, 2, 4, 5 };
    const auto window = [&](int k) -> std::pair<QDateTime, QDateTime> {
        const QDateTime from = time(stageStart.at(k));
        QDateTime to = k < stage ? time(stageStart.at(k + 1)) : qMin(now, from.addSecs(k >= 3 ? 3600 : 36 * 3600));
        return { from, qMax(from, to) };
    };
    const auto spread = [](const std::pair<QDateTime, QDateTime> &w, int i, int n) {
        return w.first.addSecs(w.first.secsTo(w.second) * (i + 1) / (n + 1));
    };
    const auto author = [&] {
        return plan.people.isEmpty() || random.bounded(3u) > 0 ? plan.assignee
                                                               : plan.people.at(int(random.bounded(quint32(plan.people.size()))));
    };

    auto ident = IncidentIdentifiers::next(m_db, plan.detectedUtc.date().year());
    if (!ident)
        return ident.error();
    const QString title = s.title.in(lang);
    QList<Event> events;
    events.append({ time(0), plan.assignee, QStringLiteral("status"),
                    QCoreApplication::translate("IncidentRepository", "Incident %1 recorded: %2").arg(*ident, title) });
    for (int k = 1; k <= stage; ++k)
        events.append({ time(stageStart.at(k)), plan.assignee, QStringLiteral("status"),
                        QStringLiteral("%1 → %2").arg(stages().at(k - 1), stages().at(k)) });
    for (int k = 0; k <= stage; ++k) {
        QList<const IncidentStory::Line *> lines;
        for (const IncidentStory::Line &line : s.journal)
            if (line.stage == stages().at(k))
                lines << &line;
        for (int i = 0; i < lines.size(); ++i)
            events.append({ spread(window(k), i, int(lines.size())), author(), lines.at(i)->kind, lines.at(i)->text.in(lang) });
    }
    std::stable_sort(events.begin(), events.end(), [](const Event &a, const Event &b) { return a.at < b.at; });
    const QDateTime updated = events.last().at;

    const auto milestone = [&](bool reached, int index) { return reached ? QVariant(sql::toUtcText(time(index))) : sql::null(); };
    if (!run(q.incident, { *ident, title, str(s.summary.in(lang)), str(s.reporter.in(lang)), s.channel, plan.status, s.impact,
                           s.urgency, priority, s.rsitClass, s.rsitType,
                           Taxonomy::instance().defaultJpcert(s.rsitClass, s.rsitType), s.tlp,
                           sql::toUtcText(plan.detectedUtc), sql::toUtcText(time(0)), plan.assignee, sql::toUtcText(time(0)),
                           sql::toUtcText(updated), milestone(stage >= 2, 2), milestone(contained, 3),
                           milestone(stage >= 3, 4), milestone(stage >= 4, 5),
                           str(stage >= 4 ? s.lessons.in(lang) : QString()) }))
        return fail(q.incident);
    const qint64 id = q.incident.lastInsertId().toLongLong();

    JournalRecord record;
    for (const Event &event : events) {
        ++record.sequence;
        record.atUtc = event.at;
        record.author = event.author;
        record.kind = event.kind;
        record.text = event.text;
        record.previousHash = record.sequence == 1 ? QStringLiteral("") : record.hash; // bound directly: never null
        record.hash = JournalChain::hash(*ident, record);
        if (!run(q.journal, { id, record.sequence, sql::toUtcText(record.atUtc), record.author, record.kind, record.text,
                              record.previousHash, record.hash }))
            return fail(q.journal);
    }
    if (!run(q.anchor, { record.sequence, record.hash, id }))
        return fail(q.anchor);
    for (int k = 1; k <= stage; ++k)
        if (!run(q.transition, { id, sql::toUtcText(time(stageStart.at(k))), plan.assignee, stages().at(k - 1), stages().at(k) }))
            return fail(q.transition);

    // Playbook tasks, done as far as the status has come.
    const QStringList playbooks = IncidentTasks::suggested(s.rsitClass, s.rsitType, QString());
    for (const Playbook &playbook : IncidentTasks::playbooks()) {
        if (playbooks.isEmpty() || playbook.key != playbooks.first())
            continue;
        const qsizetype count = playbook.tasks.size();
        const qsizetype done = stage >= 3 ? count : stage == 2 ? (count * 3) / 5 : stage == 1 ? count / 5 : 0;
        for (qsizetype k = 0; k < count; ++k) {
            const bool isDone = k < done;
            const QDateTime when = spread({ time(1), stage >= 3 ? time(4) : updated }, int(k), int(count));
            if (!run(q.task, { id, int(k), playbook.tasks.at(k).first, playbook.tasks.at(k).second.in(lang),
                               str(k % 3 == 0 ? plan.assignee : QString()), isDone ? 1 : 0,
                               isDone ? QVariant(sql::toUtcText(when)) : sql::null() }))
                return fail(q.task);
        }
    }
    if (stage >= 1)
        for (const IncidentStory::Observable &o : s.observables)
            if (!run(q.observable, { id, o.type, o.value, str(o.note.in(lang)), sql::toUtcText(time(1)) }))
                return fail(q.observable);
    for (const IncidentStory::Contact &c : s.communications) {
        const int k = int(stages().indexOf(c.stage));
        if (k < 0 || k > stage)
            continue;
        const QDateTime when = spread(window(k), 0, 2);
        if (!run(q.communication, { id, sql::toUtcText(when), c.direction, c.channel, str(c.person.in(lang)),
                                    str(c.organisation.in(lang)), str(c.summary.in(lang)), s.tlp, plan.assignee }))
            return fail(q.communication);
    }
    // A notification clock from the moment the team became aware (triage): the first notice is sent
    // during the response, every later one (the final report) before the incident is resolved.
    if (!s.notification.isEmpty() && stage >= 1) {
        if (!run(q.notification, { id, s.notification, sql::toUtcText(time(1)) }))
            return fail(q.notification);
        const qint64 clock = q.notification.lastInsertId().toLongLong();
        for (const NotificationRule &rule : NotificationRules::shipped()) {
            if (rule.key != s.notification || stage < 2)
                continue;
            const int sent = stage >= 3 ? int(rule.obligations.size()) : qMin(1, int(rule.obligations.size()));
            for (int k = 0; k < sent; ++k) {
                const QDateTime when = k == 0 ? spread(window(2), 1, 2) : spread({ time(3), time(4) }, k, sent);
                if (!run(q.sent, { clock, rule.obligations.at(k).key, sql::toUtcText(when),
                                   tr("Sent through the regulator's online form") }))
                    return fail(q.sent);
            }
        }
    }
    return id;
}

} // namespace csirtkit
