#include "IncidentFixture.h"

#include "common/TextRules.h"
#include "incidents/Communications.h"
#include "incidents/IncidentHistory.h"
#include "incidents/IncidentJournal.h"
#include "incidents/NotificationRules.h"
#include "incidents/Observable.h"
#include "incidents/Taxonomy.h"
#include "workspace/SqlUtil.h"

#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace csirtkit;

class TestIncidentHistory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyStoryIsValidContent();
    void demoHistoryIsATwelveMonthLog();
    void statusTimesTasksAndJournalAgree_data();
    void statusTimesTasksAndJournalAgree();
    void recentIncidentFitsBeforeNow();
};

namespace {

const QStringList Stages = { QStringLiteral("new"), QStringLiteral("triage"), QStringLiteral("response"),
                             QStringLiteral("resolved"), QStringLiteral("closed") };

bool hasJapanese(const QString &text)
{
    static const QRegularExpression kana(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"));
    return text.contains(kana);
}

} // namespace

void TestIncidentHistory::everyStoryIsValidContent()
{
    const Taxonomy &tax = Taxonomy::instance();
    const QList<IncidentStory> &stories = IncidentHistory::stories();
    QVERIFY(stories.size() >= 20);
    QSet<QString> classes;
    QSet<QString> keys;
    for (const IncidentStory &s : stories) {
        const QByteArray where = s.key.toUtf8();
        QVERIFY2(!keys.contains(s.key), where.constData());
        keys.insert(s.key);
        classes.insert(s.rsitClass);
        QVERIFY2(tax.isRsit(s.rsitClass, s.rsitType), where.constData());
        QVERIFY2(tax.isChannel(s.channel) && tax.isLevel(s.impact) && tax.isLevel(s.urgency) && tax.isTlp(s.tlp), where.constData());
        for (const LocalText *t : { &s.title, &s.summary, &s.reporter }) {
            QVERIFY2(!t->en.trimmed().isEmpty() && hasJapanese(t->ja), where.constData());
            QVERIFY2(!hasJapanese(t->en), where.constData());
        }
        QVERIFY2(TextRules::check(s.title.en, TextRules::Kind::Line) && TextRules::check(s.title.ja, TextRules::Kind::Line), where.constData());
        QVERIFY2(s.journal.size() >= 6, where.constData());
        for (const IncidentStory::Line &line : s.journal) {
            QVERIFY2(Stages.contains(line.stage), where.constData());
            QVERIFY2(IncidentJournal::kinds().contains(line.kind) && line.kind != QLatin1String("status"), where.constData());
            QVERIFY2(!line.text.en.isEmpty() && hasJapanese(line.text.ja) && !hasJapanese(line.text.en), where.constData());
        }
        for (const IncidentStory::Observable &o : s.observables) {
            const auto type = Observable::fromKey(o.type);
            QVERIFY2(type, where.constData());
            const auto valid = Observable::validate(*type, o.value);
            QVERIFY2(valid && valid.value() == o.value, qPrintable(s.key + QStringLiteral(": ") + o.value));
        }
        for (const IncidentStory::Contact &c : s.communications) {
            Communication entry;
            entry.incidentId = 1;
            entry.direction = c.direction;
            entry.channel = c.channel;
            entry.person = c.person.en;
            entry.organisation = c.organisation.en;
            entry.summary = c.summary.en;
            entry.tlp = s.tlp;
            QVERIFY2(Communications::validate(entry), where.constData());
            QVERIFY2(Stages.contains(c.stage), where.constData());
        }
        if (!s.notification.isEmpty()) {
            bool known = false;
            for (const NotificationRule &rule : NotificationRules::shipped())
                known = known || rule.key == s.notification;
            QVERIFY2(known, where.constData());
        }
    }
    QCOMPARE(classes.size(), qsizetype(tax.rsit().size())); // every RSIT class has a story
}

void TestIncidentHistory::demoHistoryIsATwelveMonthLog()
{
    const auto &demo = IncidentHistory::demo();
    QVERIFY(demo.size() >= 30 && demo.size() <= 40);
    const QHash<QString, QString> people = IncidentHistory::people(QStringLiteral("en"));
    int previous = 400, open = 0, withLessons = 0;
    for (const IncidentHistory::Entry &e : demo) {
        QVERIFY(IncidentHistory::story(e.story));
        QVERIFY(Stages.contains(e.status));
        QVERIFY(people.contains(e.assignee));
        QVERIFY(e.daysAgo >= 0 && e.daysAgo <= 365);
        QVERIFY(e.daysAgo <= previous); // oldest first
        previous = e.daysAgo;
        if (Stages.indexOf(e.status) < 3) {
            ++open;
            QVERIFY2(e.daysAgo < 30, qPrintable(e.story)); // what is still open is recent
        }
        if (e.status == QLatin1String("closed") && !IncidentHistory::story(e.story)->lessons.en.isEmpty())
            ++withLessons;
    }
    QVERIFY(open >= 3);
    QVERIFY(withLessons >= 1);
    QVERIFY(hasJapanese(IncidentHistory::people(QStringLiteral("ja")).value(QStringLiteral("lead"))));
}

void TestIncidentHistory::statusTimesTasksAndJournalAgree_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("language");
    for (const QString &status : Stages) {
        QTest::newRow(qPrintable(status + QStringLiteral("-en"))) << status << QStringLiteral("en");
        QTest::newRow(qPrintable(status + QStringLiteral("-ja"))) << status << QStringLiteral("ja");
    }
}

void TestIncidentHistory::statusTimesTasksAndJournalAgree()
{
    QFETCH(QString, status);
    QFETCH(QString, language);
    fixtures::Incidents f;
    Workspace &ws = *f.workspace;
    const IncidentStory *story = IncidentHistory::story(QStringLiteral("misdirected-delivery-list"));
    if (!story)
        story = &IncidentHistory::stories().first();
    qint64 id = 0;
    QRandomGenerator random(5);
    auto written = ws.write(QStringLiteral("incident"), QStringLiteral("test"), [&](QSqlDatabase &db) -> Result<void> {
        if (auto bulk = IncidentHistory::beginBulk(db); !bulk)
            return bulk;
        IncidentHistory history(db);
        auto added = history.write({ story, status, QDateTime::currentDateTimeUtc().addDays(-60), QStringLiteral("Hannah Reid"),
                                     { QStringLiteral("Tom Okafor") }, language }, random);
        if (!added)
            return added.error();
        id = *added;
        return IncidentHistory::index(db, id, id);
    });
    QVERIFY2(written, written ? "" : qPrintable(written.error().message));
    const Incident incident = IncidentRepository(ws).incident(id).value();
    const int stage = int(Stages.indexOf(status));
    QCOMPARE(incident.status, status);
    QCOMPARE(incident.title, story->title.in(language));
    // Milestones as far as the status has come, in order, never in the future.
    QCOMPARE(incident.triagedUtc.isValid(), stage >= 2);
    QCOMPARE(incident.resolvedUtc.isValid(), stage >= 3);
    QCOMPARE(incident.closedUtc.isValid(), stage >= 4);
    QCOMPARE(incident.lessons.isEmpty(), stage < 4 || story->lessons.en.isEmpty());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QDateTime previous = incident.detectedUtc;
    for (const QDateTime &t : { incident.reportedUtc, incident.triagedUtc, incident.resolvedUtc, incident.closedUtc }) {
        if (!t.isValid())
            continue;
        QVERIFY(t >= previous);
        previous = t;
    }
    QVERIFY(previous <= now);
    // The status history: one transition per step, each also in the journal.
    QSqlQuery q(ws.db());
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM incident_transition WHERE incident_id = %1").arg(id)) && q.next());
    QCOMPARE(q.value(0).toInt(), stage);
    const QList<JournalRecord> journal = IncidentJournal(ws).entries(id).value();
    int statusLines = 0, storyLines = 0;
    QDateTime last;
    for (const JournalRecord &r : journal) {
        QVERIFY(!last.isValid() || r.atUtc >= last);
        QVERIFY(r.atUtc <= now);
        last = r.atUtc;
        if (r.kind == QLatin1String("status"))
            ++statusLines;
        else {
            ++storyLines;
            QCOMPARE(hasJapanese(r.text), language == QLatin1String("ja"));
        }
    }
    QCOMPARE(statusLines, stage + 1);
    int expectedLines = 0;
    for (const IncidentStory::Line &line : story->journal)
        expectedLines += Stages.indexOf(line.stage) <= stage ? 1 : 0;
    QCOMPARE(storyLines, expectedLines);
    if (stage > 0)
        QVERIFY(journal.constLast().text.endsWith(QStringLiteral("→ ") + status) || journal.constLast().kind != QLatin1String("status"));
    QVERIFY(IncidentJournal(ws).verify(id)->isEmpty());
    // Tasks done as far as the status has come: none when new, all once resolved.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*), coalesce(sum(done), 0) FROM incident_task WHERE incident_id = %1").arg(id)) && q.next());
    const int tasks = q.value(0).toInt(), done = q.value(1).toInt();
    QVERIFY(tasks > 0);
    if (stage == 0)
        QCOMPARE(done, 0);
    else if (stage >= 3)
        QCOMPARE(done, tasks);
    else
        QVERIFY(done < tasks);
    // A personal-data story starts its notification clock at triage and sends the first notice in response.
    if (!story->notification.isEmpty()) {
        QVERIFY(q.exec(QStringLiteral("SELECT count(*), (SELECT count(*) FROM notification_sent s JOIN incident_notification n "
                                      "ON n.id = s.notification_id WHERE n.incident_id = %1) FROM incident_notification "
                                      "WHERE incident_id = %1").arg(id)) && q.next());
        QCOMPARE(q.value(0).toInt(), stage >= 1 ? 1 : 0);
        int obligations = 0;
        for (const NotificationRule &rule : NotificationRules::shipped())
            obligations += rule.key == story->notification ? int(rule.obligations.size()) : 0;
        QVERIFY(obligations >= 2);
        QCOMPARE(q.value(1).toInt(), stage >= 3 ? obligations : stage == 2 ? 1 : 0); // all sent once resolved
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM notification_sent s JOIN incident_notification n ON n.id = "
                                      "s.notification_id WHERE n.incident_id = %1 AND s.sent_utc > '%2'")
                           .arg(id)
                           .arg(sql::toUtcText(QDateTime::currentDateTimeUtc())))
                && q.next());
        QCOMPARE(q.value(0).toInt(), 0); // never in the future
    }
}

void TestIncidentHistory::recentIncidentFitsBeforeNow()
{
    fixtures::Incidents f;
    QRandomGenerator random(9);
    qint64 id = 0;
    auto written = f.workspace->write(QStringLiteral("incident"), QStringLiteral("test"), [&](QSqlDatabase &db) -> Result<void> {
        IncidentHistory history(db);
        auto added = history.write({ &IncidentHistory::stories().first(), QStringLiteral("closed"),
                                     QDateTime::currentDateTimeUtc().addSecs(-2 * 3600), QStringLiteral("Hannah Reid"), {},
                                     QStringLiteral("en") }, random);
        if (!added)
            return added.error();
        id = *added;
        return {};
    });
    QVERIFY(written);
    const Incident incident = IncidentRepository(*f.workspace).incident(id).value();
    QVERIFY(incident.closedUtc.isValid());
    QVERIFY(incident.closedUtc <= QDateTime::currentDateTimeUtc());
    QVERIFY(incident.closedUtc > incident.resolvedUtc && incident.resolvedUtc > incident.detectedUtc);
}

QTEST_GUILESS_MAIN(TestIncidentHistory)
#include "tst_incidenthistory.moc"
