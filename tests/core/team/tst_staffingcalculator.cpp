#include "team/StaffingCalculator.h"

#include <QTest>

using namespace csirtkit;
using M = StaffingParameters::Model;

class TestStaffingCalculator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void issueExample();
    void modelsCoverTheirHours_data();
    void modelsCoverTheirHours();
    void shortfallComparesWithAvailable();
    void workingShowsEachStep();
    void badParametersAreRefused_data();
    void badParametersAreRefused();
    void jsonRoundTripKeepsEveryParameter();
    void modelKeysAreTheCliContract();
};

void TestStaffingCalculator::issueExample()
{
    // One seat covered 24×7 with 40-hour weeks, 20 leave, 16 public holidays, 5 training and 5 sick days.
    StaffingParameters p;
    p.model = M::Around;
    auto r = StaffingCalculator::calculate(p, 0);
    QVERIFY(r);
    QCOMPARE(r->hoursToCover, 8736.0);
    QCOMPARE(r->productiveHours, 1712.0);
    QCOMPARE(StaffingCalculator::roundFte(r->fteNeeded), 5.1);
}

void TestStaffingCalculator::modelsCoverTheirHours_data()
{
    QTest::addColumn<int>("model");
    QTest::addColumn<int>("seats");
    QTest::addColumn<double>("hoursPerYear");
    QTest::addColumn<double>("fte");
    QTest::newRow("business hours, one seat") << int(M::BusinessHours) << 1 << 2080.0 << 1.2;
    QTest::newRow("extended 12×5") << int(M::Extended) << 1 << 3120.0 << 1.8;
    QTest::newRow("24×7, two seats") << int(M::Around) << 2 << 17472.0 << 10.2;
    QTest::newRow("on-call staffs business hours") << int(M::OnCall) << 1 << 2080.0 << 1.2;
    QTest::newRow("outsourced nights") << int(M::Outsourced) << 1 << 2080.0 << 1.2;
}

void TestStaffingCalculator::modelsCoverTheirHours()
{
    QFETCH(int, model);
    QFETCH(int, seats);
    QFETCH(double, hoursPerYear);
    QFETCH(double, fte);
    StaffingParameters p;
    p.model = M(model);
    p.seats = seats;
    auto r = StaffingCalculator::calculate(p, 0);
    QVERIFY(r);
    QCOMPARE(r->hoursToCover, hoursPerYear);
    QCOMPARE(StaffingCalculator::roundFte(r->fteNeeded), fte);
}

void TestStaffingCalculator::shortfallComparesWithAvailable()
{
    StaffingParameters p;
    p.model = M::Around;
    auto r = StaffingCalculator::calculate(p, 3.5);
    QVERIFY(r);
    QCOMPARE(r->fteAvailable, 3.5);
    QCOMPARE(r->shortfall, 5.1 - 3.5);
    auto enough = StaffingCalculator::calculate(p, 6);
    QVERIFY(enough);
    QCOMPARE(enough->shortfall, 0.0);
}

void TestStaffingCalculator::workingShowsEachStep()
{
    StaffingParameters p;
    p.model = M::OnCall;
    p.onCallAllowancePerWeek = 10000;
    p.rotaPeople = 4;
    auto r = StaffingCalculator::calculate(p, 2);
    QVERIFY(r);
    QStringList labels;
    QString all;
    for (const StaffingStep &s : r->working) {
        labels << s.label;
        all += s.value + u'\n';
    }
    QVERIFY(labels.contains(QStringLiteral("Productive hours per person")));
    QVERIFY(labels.contains(QStringLiteral("On-call allowance per year")));
    QVERIFY2(all.contains(QStringLiteral("1,712")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("20 leave + 16 public holidays + 5 training + 5 sick = 46 days")), qPrintable(all));
    QCOMPARE(r->onCallHoursPerWeek, 128.0);
    QCOMPARE(r->onCallAllowancePerYear, 520000.0);
}

void TestStaffingCalculator::badParametersAreRefused_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::newRow("no seats") << QStringLiteral("seats") << 0.0;
    QTest::newRow("zero hours") << QStringLiteral("hours_per_week") << 0.0;
    QTest::newRow("negative leave") << QStringLiteral("leave_days") << -1.0;
    QTest::newRow("a year of sickness") << QStringLiteral("sick_days") << 200.0;
    QTest::newRow("rest over two days") << QStringLiteral("min_rest_hours") << 49.0;
}

void TestStaffingCalculator::badParametersAreRefused()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QJsonObject json = StaffingParameters().toJson();
    json.insert(key, value);
    if (key == QLatin1String("sick_days"))
        json.insert(QStringLiteral("leave_days"), 60);
    const StaffingParameters p = StaffingParameters::fromJson(json);
    QVERIFY(!p.problem().isEmpty());
    auto r = StaffingCalculator::calculate(p, 1);
    QVERIFY(!r);
    QCOMPARE(r.error().message, p.problem());
}

void TestStaffingCalculator::jsonRoundTripKeepsEveryParameter()
{
    StaffingParameters p;
    p.model = M::Extended;
    p.seats = 3;
    p.hoursPerWeek = 37.5;
    p.leaveDays = 25;
    p.holidays = 10;
    p.trainingDays = 3;
    p.sickDays = 7;
    p.extendedHoursPerWeek = 70;
    p.rotaPeople = 6;
    p.onCallAllowancePerWeek = 123.5;
    p.minRestHours = 8;
    p.deputyShare = 30;
    const StaffingParameters back = StaffingParameters::fromJson(p.toJson());
    QCOMPARE(back.toJson(), p.toJson());
    QCOMPARE(back.hoursPerWeek, 37.5);
    QCOMPARE(StaffingParameters::fromJson({}).toJson(), StaffingParameters().toJson());
}

void TestStaffingCalculator::modelKeysAreTheCliContract()
{
    QStringList keys;
    for (M m : StaffingParameters::models())
        keys << StaffingParameters::modelKey(m);
    for (const char *contract : { "business-hours", "on-call", "extended", "24x7" })
        QVERIFY(keys.contains(QLatin1String(contract)));
    QCOMPARE(StaffingParameters::modelFromKey(QStringLiteral("24x7")), std::optional<M>(M::Around));
    QVERIFY(!StaffingParameters::modelFromKey(QStringLiteral("nights")));
}

QTEST_GUILESS_MAIN(TestStaffingCalculator)
#include "tst_staffingcalculator.moc"
