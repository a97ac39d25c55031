#include "IncidentFixture.h"

#include "incidents/Communications.h"
#include "incidents/IncidentJournal.h"
#include "incidents/NotificationClocks.h"
#include "org/OrgProfileRepository.h"
#include "workspace/SqlUtil.h"

using namespace csirtkit;

class TestNotificationClocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void countdownText();
    void deadlinesFollowTheRules();
    void markingSentRecordsTheCommunication();
    void nextAndOpenDeadlines();
    void badInputWritesNothing();
    void draftNoticeUsesTheIncident();
};

void TestNotificationClocks::countdownText()
{
    const QDateTime now(QDate(2026, 5, 1), QTime(12, 0), QTimeZone::UTC);
    QCOMPARE(NotificationClocks::countdown(now.addSecs(2 * 86400 + 5 * 3600), now), QStringLiteral("in 2 d 5 h"));
    QCOMPARE(NotificationClocks::countdown(now.addSecs(-3 * 3600 - 600), now), QStringLiteral("overdue by 3 h 10 min"));
    QCOMPARE(NotificationClocks::countdown(now.addSecs(59 * 60), now), QStringLiteral("in 59 min"));
}

void TestNotificationClocks::deadlinesFollowTheRules()
{
    fixtures::Incidents fx;
    NotificationClocks clocks(*fx.workspace);
    const QDateTime aware(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::UTC);
    QVERIFY(clocks.apply(fx.first, QStringLiteral("nis2_art23"), aware).ok());
    QVERIFY(clocks.apply(fx.first, QStringLiteral("gdpr_art33"), aware).ok());
    auto list = clocks.deadlines(fx.first).value();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(0).obligationKey, QStringLiteral("early_warning"));
    QCOMPARE(list.at(0).dueUtc, aware.addSecs(24 * 3600));
    QCOMPARE(list.at(1).dueUtc, aware.addSecs(72 * 3600));
    QCOMPARE(list.at(2).dueUtc, aware.addSecs(72 * 3600).addMonths(1)); // a month after the notification is due
    QCOMPARE(list.at(3).ruleKey, QStringLiteral("gdpr_art33"));
    QVERIFY(list.at(0).isOverdue(aware.addDays(2)));
    QVERIFY(!list.at(0).isOverdue(aware.addSecs(3600)));
    // Applying again moves the clock (e.g. the time of becoming aware was corrected); no duplicate.
    QVERIFY(clocks.apply(fx.first, QStringLiteral("gdpr_art33"), aware.addDays(1)).ok());
    list = clocks.deadlines(fx.first).value();
    QCOMPARE(list.size(), 4);
    QCOMPARE(list.at(3).dueUtc, aware.addDays(1).addSecs(72 * 3600));
    QVERIFY(clocks.remove(fx.first, QStringLiteral("gdpr_art33")).ok());
    QCOMPARE(clocks.deadlines(fx.first)->size(), 3);
}

void TestNotificationClocks::markingSentRecordsTheCommunication()
{
    fixtures::Incidents fx;
    NotificationClocks clocks(*fx.workspace);
    const QDateTime aware = QDateTime::currentDateTimeUtc().addDays(-3);
    QVERIFY(clocks.apply(fx.first, QStringLiteral("nis2_art23"), aware).ok());
    const QDateTime sent = aware.addSecs(48 * 3600);
    QVERIFY(clocks.markSent(fx.first, QStringLiteral("nis2_art23"), QStringLiteral("notification"), sent,
                            QStringLiteral("email"), QString(), QStringLiteral("Aiko")).ok());
    auto list = clocks.deadlines(fx.first).value();
    QCOMPARE(list.at(1).sentUtc, sent);
    QCOMPARE(list.at(1).how, QStringLiteral("email"));
    QCOMPARE(list.at(2).dueUtc, sent.addMonths(1)); // the final report counts from the real notification
    const auto comms = Communications(*fx.workspace).list(fx.first).value();
    QCOMPARE(comms.size(), 1);
    QCOMPARE(comms.first().direction, QStringLiteral("outgoing"));
    QCOMPARE(comms.first().organisation, QStringLiteral("National CSIRT or competent authority"));
    QCOMPARE(comms.first().atUtc, sent);
    QVERIFY(IncidentJournal(*fx.workspace).entries(fx.first)->last().text.contains(QStringLiteral("Incident notification")));
    // Once is enough.
    QVERIFY(!clocks.markSent(fx.first, QStringLiteral("nis2_art23"), QStringLiteral("notification"), sent,
                             QStringLiteral("email"), QString(), QStringLiteral("Aiko")).ok());
    QCOMPARE(Communications(*fx.workspace).list(fx.first)->size(), 1);
}

void TestNotificationClocks::nextAndOpenDeadlines()
{
    fixtures::Incidents fx;
    NotificationClocks clocks(*fx.workspace);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(clocks.apply(fx.first, QStringLiteral("gdpr_art33"), now.addDays(-4)).ok()); // overdue
    QVERIFY(clocks.apply(fx.second, QStringLiteral("jp_appi"), now.addDays(-1)).ok());
    auto next = clocks.nextDue({ fx.first, fx.second }).value();
    QCOMPARE(next.size(), 2);
    QVERIFY(next.value(fx.first).isOverdue(now));
    QCOMPARE(next.value(fx.second).obligationKey, QStringLiteral("preliminary"));
    const auto open = clocks.open().value();
    QCOMPARE(open.size(), 3);
    QCOMPARE(open.first().incidentId, fx.first); // earliest first
}

void TestNotificationClocks::badInputWritesNothing()
{
    fixtures::Incidents fx;
    NotificationClocks clocks(*fx.workspace);
    QVERIFY(!clocks.apply(fx.first, QStringLiteral("no_such_rule"), QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(!clocks.apply(fx.first, QStringLiteral("gdpr_art33"), QDateTime()).ok());
    QVERIFY(!clocks.apply(fx.first, QStringLiteral("gdpr_art33"), QDateTime::currentDateTimeUtc().addDays(3)).ok());
    QVERIFY(!clocks.apply(9999, QStringLiteral("gdpr_art33"), QDateTime::currentDateTimeUtc()).ok());
    QCOMPARE(sql::scalar(fx.workspace->db(), QStringLiteral("SELECT count(*) FROM incident_notification"))->toInt(), 0);
    QVERIFY(clocks.apply(fx.first, QStringLiteral("gdpr_art33"), QDateTime::currentDateTimeUtc()).ok());
    QVERIFY(!clocks.markSent(fx.first, QStringLiteral("gdpr_art33"), QStringLiteral("notification"), QDateTime(),
                             QStringLiteral("carrier pigeon"), QString(), QStringLiteral("Aiko")).ok());
    QVERIFY(!clocks.markSent(fx.first, QStringLiteral("gdpr_art33"), QStringLiteral("nothing"), QDateTime(),
                             QStringLiteral("email"), QString(), QStringLiteral("Aiko")).ok());
    QCOMPARE(sql::scalar(fx.workspace->db(), QStringLiteral("SELECT count(*) FROM notification_sent"))->toInt(), 0);
    QCOMPARE(sql::scalar(fx.workspace->db(), QStringLiteral("SELECT count(*) FROM communication"))->toInt(), 0);
}

void TestNotificationClocks::draftNoticeUsesTheIncident()
{
    fixtures::Incidents fx;
    NotificationClocks clocks(*fx.workspace);
    QVERIFY(clocks.apply(fx.first, QStringLiteral("jp_appi"), QDateTime::currentDateTimeUtc()).ok());
    const QString en = clocks.draftNotice(fx.first, QStringLiteral("jp_appi"), QStringLiteral("preliminary"), QStringLiteral("en")).value();
    QVERIFY(en.contains(QStringLiteral("Phishing mail to finance")));
    QVERIFY(en.contains(QStringLiteral("Personal Information Protection Commission")));
    QVERIFY(en.contains(QStringLiteral("TLP:AMBER")));
    const QString ja = clocks.draftNotice(fx.first, QStringLiteral("jp_appi"), QStringLiteral("final"), QStringLiteral("ja")).value();
    QVERIFY(ja.contains(QStringLiteral("個人情報保護委員会への確報")));
    QVERIFY(!clocks.draftNotice(fx.first, QStringLiteral("gdpr_art33"), QStringLiteral("notification"), QStringLiteral("en")).ok());

    // The regulator's items are headings to fill in, in its order; no login name stands in for a contact.
    const QStringList appi = { QStringLiteral("## Summary of the incident"), QStringLiteral("## Personal data items concerned"),
                               QStringLiteral("## Number of people concerned"), QStringLiteral("## Cause"),
                               QStringLiteral("## Secondary harm or its risk"), QStringLiteral("## Response to the people concerned"),
                               QStringLiteral("## Publication"), QStringLiteral("## Measures to prevent a recurrence") };
    qsizetype at = 0;
    for (const QString &heading : appi) {
        const qsizetype found = en.indexOf(heading, at);
        QVERIFY2(found > at, qPrintable(heading));
        at = found;
    }
    QVERIFY(ja.contains(QStringLiteral("## 本人の数")) && ja.contains(QStringLiteral("## 公表の実施状況")));
    QVERIFY(!ja.contains(QStringLiteral("Number of people")));
    QVERIFY(en.contains(QStringLiteral("no e-mail address or telephone number"))); // the profile has none yet
    OrgProfileRepository profile(*fx.workspace);
    QVERIFY(profile.setValue(OrgProfile::Field::Email, QStringLiteral("csirt@example.jp")).ok());
    QVERIFY(profile.setValue(OrgProfile::Field::Phone, QStringLiteral("+81 3 1234 5678")).ok());
    const QString withContact = clocks.draftNotice(fx.first, QStringLiteral("jp_appi"), QStringLiteral("preliminary"), QStringLiteral("en")).value();
    const QString contact = withContact.mid(withContact.indexOf(QStringLiteral("## Contact")));
    QVERIFY2(contact.contains(QStringLiteral("csirt@example\\.jp")) || contact.contains(QStringLiteral("csirt@example.jp")), qPrintable(contact));
    QVERIFY(contact.contains(QStringLiteral("+81 3 1234 5678")));
    QVERIFY(!withContact.contains(QStringLiteral("no e-mail address")));

    QVERIFY(clocks.apply(fx.first, QStringLiteral("gdpr_art33"), QDateTime::currentDateTimeUtc()).ok());
    const QString gdpr = clocks.draftNotice(fx.first, QStringLiteral("gdpr_art33"), QStringLiteral("notification"), QStringLiteral("en")).value();
    for (const char *heading : { "## Nature of the breach", "## Contact point", "## Likely consequences", "## Measures taken or proposed" })
        QVERIFY2(gdpr.contains(QLatin1String(heading)), heading);
    QVERIFY(clocks.apply(fx.first, QStringLiteral("nis2_art23"), QDateTime::currentDateTimeUtc()).ok());
    const QString early = clocks.draftNotice(fx.first, QStringLiteral("nis2_art23"), QStringLiteral("early_warning"), QStringLiteral("en")).value();
    QVERIFY(early.contains(QStringLiteral("## Suspected unlawful or malicious act")) && early.contains(QStringLiteral("## Cross-border impact")));
    const QString final = clocks.draftNotice(fx.first, QStringLiteral("nis2_art23"), QStringLiteral("final"), QStringLiteral("en")).value();
    QVERIFY(final.contains(QStringLiteral("## Type of threat or root cause")));
    QVERIFY(!final.contains(QStringLiteral("## Suspected unlawful")));
}

QTEST_GUILESS_MAIN(TestNotificationClocks)
#include "tst_notificationclocks.moc"
