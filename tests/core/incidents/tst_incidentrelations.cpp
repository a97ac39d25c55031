#include "IncidentFixture.h"

#include "incidents/IncidentRelations.h"

using namespace csirtkit;

class TestIncidentRelations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void assets();
    void linksWorkBothWays();
};

void TestIncidentRelations::assets()
{
    fixtures::Incidents f;
    IncidentRelations rel(*f.workspace);
    AffectedAsset a;
    a.incidentId = f.first;
    QVERIFY(!rel.addAsset(a));
    a.name = QStringLiteral(" www1 ");
    a.address = QStringLiteral("192.0.2.10");
    a.criticality = QStringLiteral("extreme");
    QVERIFY(rel.addAsset(a).error().message.contains(QStringLiteral("high, medium or low")));
    a.criticality = QStringLiteral("high");
    const qint64 id = rel.addAsset(a).value();
    auto list = rel.assets(f.first).value();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().name, QStringLiteral("www1"));
    QCOMPARE(list.first().criticality, QStringLiteral("high"));
    QVERIFY(rel.removeAsset(id));
    QCOMPARE(rel.assets(f.first)->size(), 0);
}

void TestIncidentRelations::linksWorkBothWays()
{
    fixtures::Incidents f;
    IncidentRelations rel(*f.workspace);
    QVERIFY(!rel.link(f.first, f.first));
    QCOMPARE(rel.link(f.first, 9999).error().code, ErrorCode::NotFound);
    QVERIFY(rel.link(f.second, f.first));
    QVERIFY(rel.link(f.first, f.second)); // the same pair again is no error and no second row
    QCOMPARE(rel.linked(f.first).value(), QList<qint64> { f.second });
    QCOMPARE(rel.linked(f.second).value(), QList<qint64> { f.first });
    QVERIFY(rel.unlink(f.second, f.first));
    QVERIFY(rel.linked(f.first)->isEmpty());
}

QTEST_GUILESS_MAIN(TestIncidentRelations)
#include "tst_incidentrelations.moc"
