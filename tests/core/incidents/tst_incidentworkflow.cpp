#include "common/Language.h"
#include "incidents/IncidentWorkflow.h"
#include "incidents/Taxonomy.h"

#include <QStandardPaths>
#include <QTest>

using namespace csirtkit;

class TestIncidentWorkflow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup() { Language::apply(QStringLiteral("en")); }

    void statusesMatchTaxonomy();
    void next_data();
    void next();
    void allowedFollowsNext();
    void forbidden_data();
    void forbidden();
    void refusalNamesBothStatusesAndTheWayOut();
    void refusalUsesUiLanguage();
    void isOpen();
};

void TestIncidentWorkflow::statusesMatchTaxonomy()
{
    QStringList taxonomy;
    for (const TaxonomyTerm &t : Taxonomy::instance().statuses())
        taxonomy << t.key;
    QCOMPARE(IncidentWorkflow::statuses(), taxonomy);
    QCOMPARE(IncidentWorkflow::statuses(),
             QStringList({ QStringLiteral("new"), QStringLiteral("triage"), QStringLiteral("response"), QStringLiteral("resolved"),
                           QStringLiteral("closed"), QStringLiteral("rejected"), QStringLiteral("duplicate") }));
}

void TestIncidentWorkflow::next_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("new") << QStringLiteral("new")
                         << QStringList({ QStringLiteral("triage"), QStringLiteral("rejected"), QStringLiteral("duplicate") });
    QTest::newRow("triage") << QStringLiteral("triage")
                            << QStringList({ QStringLiteral("response"), QStringLiteral("resolved"), QStringLiteral("rejected"),
                                             QStringLiteral("duplicate") });
    QTest::newRow("response") << QStringLiteral("response") << QStringList({ QStringLiteral("resolved") });
    QTest::newRow("resolved") << QStringLiteral("resolved")
                              << QStringList({ QStringLiteral("closed"), QStringLiteral("response") });
    QTest::newRow("closed") << QStringLiteral("closed") << QStringList({ QStringLiteral("response") });
    QTest::newRow("rejected") << QStringLiteral("rejected") << QStringList({ QStringLiteral("triage") });
    QTest::newRow("duplicate") << QStringLiteral("duplicate") << QStringList({ QStringLiteral("triage") });
    QTest::newRow("unknown") << QStringLiteral("open") << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
}

void TestIncidentWorkflow::next()
{
    QFETCH(QString, from);
    QFETCH(QStringList, expected);
    QCOMPARE(IncidentWorkflow::next(from), expected);
}

void TestIncidentWorkflow::allowedFollowsNext()
{
    const QStringList all = IncidentWorkflow::statuses();
    for (const QString &from : all) {
        const QStringList next = IncidentWorkflow::next(from);
        // Every target is a real status, and no status leads to itself.
        for (const QString &to : next)
            QVERIFY2(all.contains(to), qPrintable(from + QStringLiteral(" → ") + to));
        QVERIFY2(!next.contains(from), qPrintable(from));
        for (const QString &to : all)
            QCOMPARE(IncidentWorkflow::allowed(from, to), next.contains(to));
        QVERIFY(!IncidentWorkflow::allowed(from, QStringLiteral("open")));
    }
    QVERIFY(!IncidentWorkflow::allowed(QStringLiteral("open"), QStringLiteral("new")));
}

void TestIncidentWorkflow::forbidden_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::newRow("new→closed") << QStringLiteral("new") << QStringLiteral("closed");
    QTest::newRow("new→resolved") << QStringLiteral("new") << QStringLiteral("resolved");
    QTest::newRow("new→response") << QStringLiteral("new") << QStringLiteral("response");
    QTest::newRow("response→new") << QStringLiteral("response") << QStringLiteral("new");
    QTest::newRow("response→closed") << QStringLiteral("response") << QStringLiteral("closed");
    QTest::newRow("closed→resolved") << QStringLiteral("closed") << QStringLiteral("resolved");
    QTest::newRow("closed→new") << QStringLiteral("closed") << QStringLiteral("new");
    QTest::newRow("rejected→closed") << QStringLiteral("rejected") << QStringLiteral("closed");
    QTest::newRow("duplicate→response") << QStringLiteral("duplicate") << QStringLiteral("response");
}

void TestIncidentWorkflow::forbidden()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QVERIFY(!IncidentWorkflow::allowed(from, to));
    QVERIFY(!IncidentWorkflow::refusal(from, to).isEmpty());
}

void TestIncidentWorkflow::refusalNamesBothStatusesAndTheWayOut()
{
    QCOMPARE(IncidentWorkflow::refusal(QStringLiteral("new"), QStringLiteral("closed")),
             QStringLiteral("An incident cannot go from “New” to “Closed”. From “New” it can go to: Triage, Rejected, Duplicate."));
    QCOMPARE(IncidentWorkflow::refusal(QStringLiteral("response"), QStringLiteral("new")),
             QStringLiteral("An incident cannot go from “Response” to “New”. From “Response” it can go to: Resolved."));
    QCOMPARE(IncidentWorkflow::refusal(QStringLiteral("closed"), QStringLiteral("resolved")),
             QStringLiteral("An incident cannot go from “Closed” to “Resolved”. From “Closed” it can go to: Response."));
    // An unknown status is named by its key.
    const QString unknown = IncidentWorkflow::refusal(QStringLiteral("new"), QStringLiteral("open"));
    QVERIFY2(unknown.contains(QStringLiteral("“open”")), qPrintable(unknown));
    QVERIFY2(unknown.contains(QStringLiteral("Triage, Rejected, Duplicate")), qPrintable(unknown));
}

void TestIncidentWorkflow::refusalUsesUiLanguage()
{
    Language::apply(QStringLiteral("ja"));
    const QString message = IncidentWorkflow::refusal(QStringLiteral("new"), QStringLiteral("closed"));
    for (const QString &title : { QStringLiteral("受付"), QStringLiteral("クローズ"), QStringLiteral("トリアージ"),
                                  QStringLiteral("対象外"), QStringLiteral("重複") })
        QVERIFY2(message.contains(title), qPrintable(message));
    QVERIFY2(!message.contains(QStringLiteral("Closed")), qPrintable(message));
}

void TestIncidentWorkflow::isOpen()
{
    for (const QString &open : { QStringLiteral("new"), QStringLiteral("triage"), QStringLiteral("response") })
        QVERIFY2(IncidentWorkflow::isOpen(open), qPrintable(open));
    for (const QString &done : { QStringLiteral("resolved"), QStringLiteral("closed"), QStringLiteral("rejected"),
                                 QStringLiteral("duplicate"), QStringLiteral("open"), QString() })
        QVERIFY2(!IncidentWorkflow::isOpen(done), qPrintable(done));
}

QTEST_GUILESS_MAIN(TestIncidentWorkflow)
#include "tst_incidentworkflow.moc"
