#include "IncidentFixture.h"

#include "incidents/IncidentTasks.h"

using namespace csirtkit;

class TestIncidentTasks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void ninePlaybooksInBothLanguages();
    void suggestionsFollowClassification();
    void applyingAPlaybookTwiceAddsNothingNew();
    void typedTasksAndTheirState();
};

void TestIncidentTasks::ninePlaybooksInBothLanguages()
{
    const auto &playbooks = IncidentTasks::playbooks();
    QCOMPARE(playbooks.size(), 9);
    QStringList keys;
    for (const Playbook &p : playbooks) {
        keys << p.key;
        QVERIFY2(p.tasks.size() >= 8, qPrintable(p.key));
        for (const auto &[key, text] : p.tasks) {
            QVERIFY(key.startsWith(p.key + QLatin1Char('.')));
            QVERIFY(!text.en.isEmpty() && !text.ja.isEmpty());
        }
    }
    for (const char *k : { "phishing", "malware_infection", "ransomware", "website_defacement", "ddos",
                           "unauthorised_access", "data_leak", "lost_or_stolen_device", "vulnerability_report" })
        QVERIFY2(keys.contains(QLatin1String(k)), k);
}

void TestIncidentTasks::suggestionsFollowClassification()
{
    QVERIFY(IncidentTasks::suggested(QStringLiteral("fraud"), QStringLiteral("phishing"), QString()).contains(QStringLiteral("phishing")));
    QVERIFY(IncidentTasks::suggested(QString(), QString(), QStringLiteral("defacement")).contains(QStringLiteral("website_defacement")));
    QVERIFY(IncidentTasks::suggested(QString(), QString(), QString()).isEmpty());
}

void TestIncidentTasks::applyingAPlaybookTwiceAddsNothingNew()
{
    fixtures::Incidents f;
    IncidentTasks tasks(*f.workspace);
    const int shipped = int(IncidentTasks::playbooks().first().tasks.size());
    QCOMPARE(tasks.applyPlaybook(f.first, IncidentTasks::playbooks().first().key).value(), shipped);
    QCOMPARE(tasks.applyPlaybook(f.first, IncidentTasks::playbooks().first().key).value(), 0);
    QCOMPARE(tasks.tasks(f.first, QStringLiteral("en"))->size(), shipped);
    // Playbook tasks are shown in the language asked for.
    const QString en = tasks.tasks(f.first, QStringLiteral("en"))->first().text;
    const QString ja = tasks.tasks(f.first, QStringLiteral("ja"))->first().text;
    QVERIFY(en != ja);
    QCOMPARE(ja, IncidentTasks::playbooks().first().tasks.first().second.ja);
    QVERIFY(!tasks.applyPlaybook(f.first, QStringLiteral("no_such_playbook")));
    QVERIFY(!tasks.applyPlaybook(9999, IncidentTasks::playbooks().first().key));
    QCOMPARE(tasks.tasks(f.second, QStringLiteral("en"))->size(), 0);
}

void TestIncidentTasks::typedTasksAndTheirState()
{
    fixtures::Incidents f;
    IncidentTasks tasks(*f.workspace);
    QVERIFY(!tasks.add(f.first, QStringLiteral("   ")));
    const qint64 id = tasks.add(f.first, QStringLiteral(" Call the bank ")).value();
    QVERIFY(tasks.setOwner(id, QStringLiteral(" Ken ")));
    QVERIFY(tasks.setDue(id, QDate(2026, 12, 1)));
    QVERIFY(tasks.setDone(id, true));
    auto list = tasks.tasks(f.first, QStringLiteral("en")).value();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().text, QStringLiteral("Call the bank"));
    QCOMPARE(list.first().owner, QStringLiteral("Ken"));
    QCOMPARE(list.first().due, QDate(2026, 12, 1));
    QVERIFY(list.first().done);
    QVERIFY(list.first().doneUtc.isValid());
    QVERIFY(tasks.setDone(id, false));
    QVERIFY(!tasks.tasks(f.first, QStringLiteral("en"))->first().doneUtc.isValid());
    QVERIFY(tasks.remove(id));
    QCOMPARE(tasks.tasks(f.first, QStringLiteral("en"))->size(), 0);
}

QTEST_GUILESS_MAIN(TestIncidentTasks)
#include "tst_incidenttasks.moc"
