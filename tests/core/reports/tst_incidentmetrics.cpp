#include "IncidentFixture.h"

#include "reports/IncidentMetrics.h"
#include "incidents/Observables.h"
#include "workspace/SqlUtil.h"

using namespace csirtkit;

class TestIncidentMetrics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void durations();
    void figuresForAPeriod();
    void reversedPeriodIsRefused();
};

void TestIncidentMetrics::durations()
{
    auto d = IncidentMetrics::duration({ 5, 1, 3 });
    QCOMPARE(d.count, 3);
    QCOMPARE(d.meanHours, 3.0);
    QCOMPARE(d.medianHours, 3.0);
    d = IncidentMetrics::duration({ 4, 1, 2, 10 });
    QCOMPARE(d.medianHours, 3.0);
    QCOMPARE(d.meanHours, 4.25);
    QCOMPARE(IncidentMetrics::duration({}).count, 0);
}

void TestIncidentMetrics::figuresForAPeriod()
{
    fixtures::Incidents fx;
    Workspace &ws = *fx.workspace;
    IncidentRepository repo(ws);
    IncidentDraft draft;
    draft.title = QStringLiteral("Ransomware");
    draft.rsitClass = QStringLiteral("malicious-code");
    draft.rsitType = QStringLiteral("infected-system");
    draft.impact = draft.urgency = QStringLiteral("high");
    const qint64 third = repo.create(draft, QStringLiteral("Aiko")).value();
    // Logged: first 2026-02-01 00:30 Tokyo (= 2026-01-31 15:30 UTC), second and third in February (Tokyo).
    auto set = [&ws](qint64 id, const QString &column, const QString &value) {
        QVERIFY(sql::exec(ws.db(), QStringLiteral("UPDATE incident SET %1 = ? WHERE id = ?").arg(column), { value, id }).ok());
    };
    set(fx.first, QStringLiteral("created_utc"), QStringLiteral("2026-01-31T15:30:00.000Z"));
    set(fx.second, QStringLiteral("created_utc"), QStringLiteral("2026-02-10T00:00:00.000Z"));
    set(third, QStringLiteral("created_utc"), QStringLiteral("2026-02-11T00:00:00.000Z"));
    for (qint64 id : { fx.first, fx.second, third })
        set(id, QStringLiteral("detected_utc"), QStringLiteral("2026-02-01T00:00:00.000Z"));
    set(fx.first, QStringLiteral("triaged_utc"), QStringLiteral("2026-02-01T02:00:00.000Z"));
    set(fx.second, QStringLiteral("triaged_utc"), QStringLiteral("2026-02-01T04:00:00.000Z"));
    set(third, QStringLiteral("triaged_utc"), QStringLiteral("2026-02-01T12:00:00.000Z"));
    set(third, QStringLiteral("resolved_utc"), QStringLiteral("2026-02-03T00:00:00.000Z"));
    QVERIFY(Observables(ws).add(fx.first, Observable::Type::IPv4, QStringLiteral("192.0.2.7")).ok());
    QVERIFY(Observables(ws).add(third, Observable::Type::IPv4, QStringLiteral("192.0.2.7")).ok());
    QVERIFY(Observables(ws).add(third, Observable::Type::Domain, QStringLiteral("example.org")).ok());

    const QTimeZone tokyo("Asia/Tokyo");
    auto m = IncidentMetrics::read(ws, QDate(2026, 2, 1), QDate(2026, 2, 28), tokyo).value();
    QCOMPARE(m.logged, 3); // 2026-01-31 15:30 UTC is 1 February in Tokyo
    QCOMPARE(m.months.size(), 1);
    QCOMPARE(m.months.first().first, QDate(2026, 2, 1));
    QCOMPARE(m.months.first().byClass.value(QStringLiteral("malicious-code")), 1);
    QCOMPARE(m.months.first().byClass.value(QString()), 2);
    QCOMPARE(m.toTriage.count, 3);
    QCOMPARE(m.toTriage.medianHours, 4.0);
    QCOMPARE(m.toTriage.meanHours, 6.0);
    QCOMPARE(m.toResolve.count, 1);
    QCOMPARE(m.toResolve.meanHours, 48.0);
    QCOMPARE(m.toContain.count, 0);
    QCOMPARE(m.topObservables.size(), 2);
    QCOMPARE(m.topObservables.first().value, QStringLiteral("192.0.2.7"));
    QCOMPARE(m.topObservables.first().incidents, 2);
    // Open incidents by priority and age (all open ones, whenever logged).
    QCOMPARE(m.openByPriorityAge.value(QStringLiteral("P1")).value(QStringLiteral("older")), 1);

    auto january = IncidentMetrics::read(ws, QDate(2026, 1, 1), QDate(2026, 1, 31), QTimeZone::UTC).value();
    QCOMPARE(january.logged, 1); // in UTC the first incident belongs to January
    QCOMPARE(january.months.size(), 1);
}

void TestIncidentMetrics::reversedPeriodIsRefused()
{
    fixtures::Incidents fx;
    QVERIFY(!IncidentMetrics::read(*fx.workspace, QDate(2026, 3, 1), QDate(2026, 2, 1), QTimeZone::UTC).ok());
}

QTEST_GUILESS_MAIN(TestIncidentMetrics)
#include "tst_incidentmetrics.moc"
