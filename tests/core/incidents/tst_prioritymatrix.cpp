#include "IncidentFixture.h"

#include "incidents/PriorityMatrix.h"
#include "workspace/SqlUtil.h"

using namespace csirtkit;

class TestPriorityMatrix : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void defaultsCoverEveryPair();
    void editedMatrixDrivesIncidents();
    void incompleteMatrixIsRefused();
};

void TestPriorityMatrix::defaultsCoverEveryPair()
{
    const auto cells = PriorityMatrix::defaults();
    QCOMPARE(cells.size(), 9);
    QCOMPARE(cells.value(PriorityMatrix::key(QStringLiteral("high"), QStringLiteral("high"))), QStringLiteral("P1"));
    QCOMPARE(cells.value(PriorityMatrix::key(QStringLiteral("low"), QStringLiteral("low"))), QStringLiteral("P4"));
}

void TestPriorityMatrix::editedMatrixDrivesIncidents()
{
    fixtures::Incidents fx; // both medium/medium
    IncidentRepository repo(*fx.workspace);
    const QString before = repo.incident(fx.first)->priority;
    QVERIFY(repo.overridePriority(fx.second, QStringLiteral("P4"), QStringLiteral("Test system only")).ok());
    PriorityMatrix matrix(*fx.workspace);
    auto cells = matrix.cells().value();
    const QString mm = PriorityMatrix::key(QStringLiteral("medium"), QStringLiteral("medium"));
    const QString wanted = before == QStringLiteral("P1") ? QStringLiteral("P2") : QStringLiteral("P1");
    cells.insert(mm, wanted);
    QCOMPARE(matrix.set(cells).value(), 1); // the overridden incident keeps its priority
    QCOMPARE(repo.incident(fx.first)->priority, wanted);
    QCOMPARE(repo.incident(fx.second)->priority, QStringLiteral("P4"));
    QCOMPARE(matrix.cells()->value(mm), wanted);
    // New incidents and impact changes follow the workspace's matrix.
    IncidentDraft draft;
    draft.title = QStringLiteral("Third");
    const qint64 third = repo.create(draft, QStringLiteral("Aiko")).value();
    QCOMPARE(repo.incident(third)->priority, wanted);
    QVERIFY(repo.setImpactUrgency(third, QStringLiteral("low"), QStringLiteral("low")).ok());
    QVERIFY(repo.setImpactUrgency(third, QStringLiteral("medium"), QStringLiteral("medium")).ok());
    QCOMPARE(repo.incident(third)->priority, wanted);
    QCOMPARE(matrix.reset().value(), 2);
    QCOMPARE(repo.incident(third)->priority, before);
    QCOMPARE(sql::scalar(fx.workspace->db(), QStringLiteral("SELECT count(*) FROM priority_matrix"))->toInt(), 0);
}

void TestPriorityMatrix::incompleteMatrixIsRefused()
{
    fixtures::Incidents fx;
    PriorityMatrix matrix(*fx.workspace);
    auto cells = PriorityMatrix::defaults();
    cells.insert(PriorityMatrix::key(QStringLiteral("low"), QStringLiteral("high")), QStringLiteral("P9"));
    QVERIFY(!matrix.set(cells).ok());
    cells.remove(PriorityMatrix::key(QStringLiteral("low"), QStringLiteral("high")));
    QVERIFY(!matrix.set(cells).ok());
    QCOMPARE(sql::scalar(fx.workspace->db(), QStringLiteral("SELECT count(*) FROM priority_matrix"))->toInt(), 0);
}

QTEST_GUILESS_MAIN(TestPriorityMatrix)
#include "tst_prioritymatrix.moc"
