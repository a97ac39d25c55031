#include "IncidentFixture.h"

#include "incidents/Communications.h"

using namespace csirtkit;

class TestCommunications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void entriesAreStoredInOrder();
    void badEntriesAreRefused();
    void phoneCallsNeedReceptionPoints();
};

void TestCommunications::entriesAreStoredInOrder()
{
    fixtures::Incidents f;
    Communications log(*f.workspace);
    Communication mail;
    mail.incidentId = f.first;
    mail.channel = QStringLiteral("pgp_email");
    mail.direction = QStringLiteral("outgoing");
    mail.organisation = QStringLiteral("JPCERT/CC");
    mail.summary = QStringLiteral("Reported the phishing site for takedown");
    mail.tlp = QStringLiteral("TLP:GREEN");
    mail.atUtc = QDateTime(QDate(2026, 4, 2), QTime(10, 0), QTimeZone::UTC);
    mail.author = QStringLiteral("Aiko");
    QVERIFY(log.add(mail));
    Communication earlier = mail;
    earlier.atUtc = mail.atUtc.addSecs(-3600);
    earlier.summary = QStringLiteral("Earlier");
    QVERIFY(log.add(earlier));
    auto list = log.list(f.first).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).summary, QStringLiteral("Earlier"));
    QCOMPARE(list.at(1).organisation, QStringLiteral("JPCERT/CC"));
    QCOMPARE(list.at(1).tlp, QStringLiteral("TLP:GREEN"));
    QCOMPARE(list.at(1).atUtc, mail.atUtc);
    QCOMPARE(log.list(f.second)->size(), 0);
}

void TestCommunications::badEntriesAreRefused()
{
    fixtures::Incidents f;
    Communications log(*f.workspace);
    Communication c;
    c.incidentId = f.first;
    c.person = QStringLiteral("Someone");
    c.channel = QStringLiteral("fax");
    QVERIFY(log.add(c).error().message.contains(QStringLiteral("channel")));
    c.channel = QStringLiteral("email");
    c.tlp = QStringLiteral("TLP:WHITE");
    QVERIFY(!log.add(c));
    c.tlp = QStringLiteral("TLP:CLEAR");
    c.person.clear();
    QVERIFY(log.add(c).error().message.contains(QStringLiteral("who")));
    c.person = QStringLiteral("Someone");
    c.incidentId = 9999;
    QCOMPARE(log.add(c).error().code, ErrorCode::NotFound);
    QCOMPARE(log.list(f.first)->size(), 0);
}

void TestCommunications::phoneCallsNeedReceptionPoints()
{
    fixtures::Incidents f;
    Communications log(*f.workspace);
    Communication call;
    call.incidentId = f.first;
    call.channel = QStringLiteral("phone");
    call.direction = QStringLiteral("incoming");
    call.person = QStringLiteral("Customer service desk");
    QVERIFY(log.add(call).error().message.contains(QStringLiteral("call back")));
    call.callback = QStringLiteral("03-0000-0000");
    call.reported = QStringLiteral("Customers receive mails from our domain asking for card numbers");
    call.promised = QStringLiteral("Call back within an hour");
    QVERIFY(log.add(call));
    const Communication stored = log.list(f.first)->first();
    QCOMPARE(stored.callback, QStringLiteral("03-0000-0000"));
    QCOMPARE(stored.promised, QStringLiteral("Call back within an hour"));
}

QTEST_GUILESS_MAIN(TestCommunications)
#include "tst_communications.moc"
