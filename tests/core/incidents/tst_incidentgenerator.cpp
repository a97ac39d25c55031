#include "IncidentFixture.h"

#include "incidents/IncidentGenerator.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentSearch.h"
#include "workspace/SqlUtil.h"

using namespace csirtkit;

class TestIncidentGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void generatesCompleteSearchableIncidents();
    void stoppingKeepsWholeBatches();
};

void TestIncidentGenerator::generatesCompleteSearchableIncidents()
{
    fixtures::Incidents f; // two incidents already there
    Workspace &ws = *f.workspace;
    QCOMPARE(IncidentGenerator::generate(ws, 1200, 7).value(), 1200);
    QCOMPARE(IncidentRepository(ws).count().value(), 1202);
    const auto entries = sql::scalar(ws.db(), QStringLiteral("SELECT min(n), max(n) FROM (SELECT count(*) n FROM journal_entry "
                                                             "WHERE incident_id > 2 GROUP BY incident_id)"));
    QVERIFY(entries);
    QVERIFY(IncidentJournal(ws).verifyAll()->isEmpty()); // every generated chain is valid
    QCOMPARE(sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM incident_fts"))->toInt(), 1202);
    QVERIFY(sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM workspace_meta WHERE key = 'fts_bulk'"))->toInt() == 0);
    QVERIFY(!IncidentSearch(ws).search(QStringLiteral("proxy logs"))->isEmpty());
    QVERIFY(sql::scalar(ws.db(), QStringLiteral("SELECT count(DISTINCT rsit_class) FROM incident"))->toInt() >= 8);
    QVERIFY(sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM observable"))->toInt() >= 1200);
    QCOMPARE(IncidentGenerator::generate(ws, 0).error().code, ErrorCode::Invalid);
}

void TestIncidentGenerator::stoppingKeepsWholeBatches()
{
    fixtures::Incidents f;
    const auto added = IncidentGenerator::generate(*f.workspace, 2000, 3, [](int done, int) { return done < 500; });
    QCOMPARE(added.value(), 500);
    QCOMPARE(IncidentRepository(*f.workspace).count().value(), 502);
}

QTEST_GUILESS_MAIN(TestIncidentGenerator)
#include "tst_incidentgenerator.moc"
