// The on-call rota planner: periods on the right boundaries, a fair and deterministic spread of
// duty that never breaks the rules (absence, rest, consecutive periods), hand-set shifts kept on
// regeneration, and check() naming every rule a hand-edited rota breaks.

#include "team/RotaPlanner.h"

#include <QTest>

using namespace csirtkit;

namespace {

QDate d(int month, int day)
{
    return QDate(2025, month, day);
}

QList<RotaPerson> team(int size)
{
    QList<RotaPerson> people;
    for (int i = 1; i <= size; ++i)
        people.append({ i, QStringLiteral("P%1").arg(i) });
    return people;
}

RotaShift shift(QDate start, QDate end, qint64 primary = 0, qint64 secondary = 0, bool fixed = false)
{
    RotaShift s;
    s.start = start;
    s.end = end;
    s.primary = primary;
    s.secondary = secondary;
    s.fixed = fixed;
    return s;
}

RotaRules daily(int minRest, int maxConsecutive, bool secondary)
{
    RotaRules rules;
    rules.period = RotaPeriod::Daily;
    rules.minRestHours = minRest;
    rules.maxConsecutive = maxConsecutive;
    rules.secondary = secondary;
    return rules;
}

// "MM-dd..MM-dd" per shift, for comparing whole lists of periods at once.
QString spans(const QList<RotaShift> &shifts)
{
    QStringList list;
    for (const RotaShift &s : shifts)
        list << s.start.toString(u"MM-dd") + QStringLiteral("..") + s.end.toString(u"MM-dd");
    return list.join(u' ');
}

// Who is primary (or secondary) in each shift.
QList<qint64> onCall(const QList<RotaShift> &shifts, bool secondary = false)
{
    QList<qint64> list;
    for (const RotaShift &s : shifts)
        list << (secondary ? s.secondary : s.primary);
    return list;
}

QList<RotaProblem::Kind> kinds(const QList<RotaProblem> &problems)
{
    QList<RotaProblem::Kind> list;
    for (const RotaProblem &p : problems)
        list << p.kind;
    return list;
}

const RotaProblem *find(const QList<RotaProblem> &problems, RotaProblem::Kind kind)
{
    for (const RotaProblem &p : problems)
        if (p.kind == kind)
            return &p;
    return nullptr;
}

} // namespace

class TestRotaPlanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weeklyPeriodsStartOnTheWeekStart();
    void halfWeekPeriodsSplitFourAndThree();
    void dailyPeriodsAndEmptyRanges();
    void dutyIsSpreadFairly();
    void absencesAreRespected();
    void restIsRespectedWithDailyPeriods();
    void consecutivePeriodsAreLimited();
    void fixedShiftsSurviveRegeneration();
    void nobodyEligibleIsAProblem();
    void checkFindsEveryKindOfProblem();
    void weekendAndHolidayDaysAreCountedAndSpread();
    void dutyTimesFollowTheTimeZone();
};

void TestRotaPlanner::weeklyPeriodsStartOnTheWeekStart()
{
    RotaRules rules; // weekly from Monday
    const QList<RotaShift> weeks = RotaPlanner::periods(rules, d(1, 8), d(1, 20)); // Wednesday … Monday
    QCOMPARE(spans(weeks), QStringLiteral("01-06..01-12 01-13..01-19 01-20..01-26"));
    for (const RotaShift &s : weeks)
        QVERIFY(s.primary == 0 && s.secondary == 0 && !s.fixed);

    rules.weekStart = Qt::Sunday;
    QCOMPARE(spans(RotaPlanner::periods(rules, d(1, 6), d(1, 11))), QStringLiteral("01-05..01-11"));
    QCOMPARE(RotaPlanner::periods(rules, d(1, 5), d(1, 5)).first().start, d(1, 5)); // on the boundary itself
}

void TestRotaPlanner::halfWeekPeriodsSplitFourAndThree()
{
    RotaRules rules;
    rules.period = RotaPeriod::HalfWeek;
    rules.weekStart = Qt::Sunday;
    const QList<RotaShift> halves = RotaPlanner::periods(rules, d(1, 5), d(1, 18));
    QCOMPARE(spans(halves), QStringLiteral("01-05..01-08 01-09..01-11 01-12..01-15 01-16..01-18"));
    QCOMPARE(halves.at(0).start.dayOfWeek(), int(Qt::Sunday));
    QCOMPARE(halves.at(0).end.dayOfWeek(), int(Qt::Wednesday));
    QCOMPARE(halves.at(1).start.dayOfWeek(), int(Qt::Thursday));
    QCOMPARE(halves.at(1).end.dayOfWeek(), int(Qt::Saturday));
    // A start in the second half goes back to that half's Thursday.
    QCOMPARE(RotaPlanner::periods(rules, d(1, 10), d(1, 10)).first().start, d(1, 9));

    rules.weekStart = Qt::Monday;
    // Sunday and Monday: Friday–Sunday, then Monday–Thursday.
    QCOMPARE(spans(RotaPlanner::periods(rules, d(1, 12), d(1, 13))), QStringLiteral("01-10..01-12 01-13..01-16"));
}

void TestRotaPlanner::dailyPeriodsAndEmptyRanges()
{
    QCOMPARE(spans(RotaPlanner::periods(daily(0, 1, true), d(1, 6), d(1, 8))),
             QStringLiteral("01-06..01-06 01-07..01-07 01-08..01-08"));
    QVERIFY(RotaPlanner::periods(RotaRules(), d(1, 8), d(1, 6)).isEmpty());
    QVERIFY(RotaPlanner::periods(RotaRules(), QDate(), d(1, 6)).isEmpty());
    QVERIFY(RotaPlanner::generate(RotaRules(), d(1, 8), d(1, 6), team(3), {}, {}).shifts.isEmpty());
}

void TestRotaPlanner::dutyIsSpreadFairly()
{
    const QList<RotaPerson> people = team(4);
    const RotaPlan plan = RotaPlanner::generate(RotaRules(), d(1, 6), d(3, 2), people, {}, {});
    QCOMPARE(plan.shifts.size(), 8);
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).message));
    QCOMPARE(plan.counts.size(), 4);
    for (int i = 0; i < 4; ++i) {
        const RotaCount &c = plan.counts.at(i);
        QCOMPARE(c.person, people.at(i).id);
        QCOMPARE(c.primary, 2);
        QCOMPARE(c.secondary, 2);
        QCOMPARE(c.weekendDays, 8);
        const RotaCount again = RotaPlanner::countFor(c.person, plan.shifts, {});
        QCOMPARE(again.primary, c.primary);
        QCOMPARE(again.weekendDays, c.weekendDays);
    }
    for (const RotaShift &s : plan.shifts)
        QVERIFY(s.primary != 0 && s.secondary != 0 && s.primary != s.secondary);
    QVERIFY(RotaPlanner::check(RotaRules(), plan.shifts, people, {}).isEmpty());
    // Deterministic: the same input gives the same rota.
    const RotaPlan again = RotaPlanner::generate(RotaRules(), d(1, 6), d(3, 2), people, {}, {});
    QCOMPARE(onCall(again.shifts), onCall(plan.shifts));
    QCOMPARE(onCall(again.shifts, true), onCall(plan.shifts, true));
}

void TestRotaPlanner::absencesAreRespected()
{
    RotaRules rules;
    rules.maxConsecutive = 0;
    const QList<RotaPerson> people = team(3);
    // Person 2 is away mid-week 2; person 1 from the Monday of week 4, which is the morning the
    // week-3 duty ends (09:00), so week 3 is out for them too.
    const QList<RotaAbsence> absences = { { 2, d(1, 15), d(1, 16) }, { 1, d(1, 27), d(2, 9) } };
    const RotaPlan plan = RotaPlanner::generate(rules, d(1, 6), d(2, 16), people, absences, {});
    QCOMPARE(plan.shifts.size(), 6);
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).message));
    QVERIFY(plan.shifts.at(1).primary != 2 && plan.shifts.at(1).secondary != 2);
    for (int week : { 2, 3, 4 })
        QVERIFY2(plan.shifts.at(week).primary != 1 && plan.shifts.at(week).secondary != 1, qPrintable(QString::number(week)));
    QVERIFY(RotaPlanner::check(rules, plan.shifts, people, absences).isEmpty());

    // Duty runs handover to handover: an absence from the next morning overlaps unless handover is midnight.
    const RotaShift week = shift(d(1, 20), d(1, 26));
    QVERIFY(RotaPlanner::overlaps(rules, week, { 1, d(1, 27), d(1, 27) }));
    QVERIFY(!RotaPlanner::overlaps(rules, week, { 1, d(1, 28), d(1, 30) }));
    QVERIFY(!RotaPlanner::overlaps(rules, week, { 1, d(1, 10), d(1, 19) }));
    QVERIFY(RotaPlanner::overlaps(rules, week, { 1, d(1, 10), d(1, 20) }));
    rules.handover = QTime(0, 0);
    QVERIFY(!RotaPlanner::overlaps(rules, week, { 1, d(1, 27), d(1, 27) }));
}

void TestRotaPlanner::restIsRespectedWithDailyPeriods()
{
    const RotaRules rules = daily(24, 0, false);
    const QList<RotaPerson> people = team(3);
    const RotaPlan plan = RotaPlanner::generate(rules, d(1, 6), d(2, 4), people, {}, {});
    QCOMPARE(plan.shifts.size(), 30);
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).message));
    for (int i = 1; i < plan.shifts.size(); ++i)
        QVERIFY(plan.shifts.at(i).primary != plan.shifts.at(i - 1).primary); // never two days running
    for (const RotaCount &c : plan.counts)
        QCOMPARE(c.primary, 10);
    QVERIFY(RotaPlanner::check(rules, plan.shifts, people, {}).isEmpty());

    // 48 hours of rest with two people: the third day has nobody.
    const RotaPlan tight = RotaPlanner::generate(daily(48, 0, false), d(1, 6), d(1, 8), team(2), {}, {});
    QCOMPARE(tight.shifts.at(2).primary, 0);
    QCOMPARE(kinds(tight.problems), QList<RotaProblem::Kind> { RotaProblem::Kind::NobodyEligible });
    QCOMPARE(tight.problems.first().start, d(1, 8));
}

void TestRotaPlanner::consecutivePeriodsAreLimited()
{
    // Alone and at most two days running: two on, one empty, two on.
    const RotaPlan alone = RotaPlanner::generate(daily(0, 2, false), d(1, 6), d(1, 10), team(1), {}, {});
    QCOMPARE(onCall(alone.shifts), (QList<qint64> { 1, 1, 0, 1, 1 }));
    QCOMPARE(kinds(alone.problems), QList<RotaProblem::Kind> { RotaProblem::Kind::NobodyEligible });
    QCOMPARE(alone.problems.first().start, d(1, 8));

    // Secondary counts as duty: two people cannot cover back-to-back weeks with max 1.
    const RotaPlan pair = RotaPlanner::generate(RotaRules(), d(1, 6), d(1, 19), team(2), {}, {});
    QCOMPARE(onCall(pair.shifts), (QList<qint64> { 1, 0 }));
    QCOMPARE(onCall(pair.shifts, true), (QList<qint64> { 2, 0 }));
    QCOMPARE(pair.problems.size(), 1);

    // With three people the secondary is the one missing, reported as such.
    const RotaPlan three = RotaPlanner::generate(RotaRules(), d(1, 6), d(1, 19), team(3), {}, {});
    QCOMPARE(onCall(three.shifts), (QList<qint64> { 1, 3 }));
    QCOMPARE(onCall(three.shifts, true), (QList<qint64> { 2, 0 }));
    QCOMPARE(kinds(three.problems), QList<RotaProblem::Kind> { RotaProblem::Kind::NobodyEligible });
    QVERIFY(three.problems.first().message.contains(QLatin1String("secondary")));
}

void TestRotaPlanner::fixedShiftsSurviveRegeneration()
{
    const QList<RotaPerson> people = team(4);
    const RotaShift swapped = shift(d(1, 20), d(1, 26), 4, 3, true); // a hand swap in week 3
    const RotaShift loose = shift(d(1, 6), d(1, 12), 4, 3); // not fixed: regenerated
    const RotaShift stray = shift(d(2, 5), d(2, 11), 4, 3, true); // starts on no period boundary: left out
    const RotaPlan plan = RotaPlanner::generate(RotaRules(), d(1, 6), d(2, 16), people, {}, {}, { loose, swapped, stray });
    QCOMPARE(plan.shifts.size(), 6);
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.value(0).message));
    const RotaShift &kept = plan.shifts.at(2);
    QVERIFY(kept.fixed);
    QCOMPARE(kept.primary, 4);
    QCOMPARE(kept.secondary, 3);
    QVERIFY(!plan.shifts.at(0).fixed);
    // The neighbours respect the rules towards the fixed week (at most one period in a row).
    for (int week : { 1, 3 })
        for (qint64 id : { plan.shifts.at(week).primary, plan.shifts.at(week).secondary })
            QVERIFY2(id == 1 || id == 2, qPrintable(QString::number(week)));
    for (const RotaShift &s : plan.shifts)
        QVERIFY(s.start != d(2, 5));
    // Fixed duty counts towards fairness: everyone ends with three periods.
    for (const RotaCount &c : plan.counts)
        QCOMPARE(c.primary + c.secondary, 3);

    // A fixed shift that breaks a rule is kept, and the problem reported.
    const RotaPlan absent = RotaPlanner::generate(RotaRules(), d(1, 6), d(2, 16), people, { { 4, d(1, 22), d(1, 22) } },
                                                  {}, { swapped });
    QCOMPARE(absent.shifts.at(2).primary, 4);
    QCOMPARE(kinds(absent.problems), QList<RotaProblem::Kind> { RotaProblem::Kind::Absent });
    QCOMPARE(absent.problems.first().person, 4);

    // Rest counts towards a later fixed shift too: person 1 cannot take the day before theirs (and
    // person 2 is away from the morning that duty ends).
    const RotaShift third = shift(d(1, 8), d(1, 8), 1, 0, true);
    const RotaPlan rest = RotaPlanner::generate(daily(24, 0, false), d(1, 6), d(1, 8), team(2),
                                                { { 2, d(1, 8), d(1, 8) } }, {}, { third });
    QCOMPARE(onCall(rest.shifts), (QList<qint64> { 2, 0, 1 }));
    QCOMPARE(kinds(rest.problems), QList<RotaProblem::Kind> { RotaProblem::Kind::NobodyEligible });
}

void TestRotaPlanner::nobodyEligibleIsAProblem()
{
    const QList<RotaAbsence> away = { { 1, d(1, 1), d(3, 31) }, { 2, d(1, 1), d(3, 31) } };
    const RotaPlan plan = RotaPlanner::generate(RotaRules(), d(1, 6), d(1, 19), team(2), away, {});
    QCOMPARE(plan.shifts.size(), 2);
    QCOMPARE(plan.problems.size(), 2);
    QCOMPARE(onCall(plan.shifts) + onCall(plan.shifts, true), (QList<qint64> { 0, 0, 0, 0 }));
    for (int i = 0; i < 2; ++i) {
        QCOMPARE(plan.problems.at(i).kind, RotaProblem::Kind::NobodyEligible);
        QCOMPARE(plan.problems.at(i).start, plan.shifts.at(i).start);
        QCOMPARE(plan.problems.at(i).person, 0);
        QVERIFY(plan.problems.at(i).message.contains(plan.shifts.at(i).start.toString(Qt::ISODate)));
    }
    // No people at all: the same, never a crash.
    QCOMPARE(RotaPlanner::generate(RotaRules(), d(1, 6), d(1, 12), {}, {}, {}).problems.size(), 1);
}

void TestRotaPlanner::checkFindsEveryKindOfProblem()
{
    RotaRules rules;
    rules.minRestHours = 24;
    const QList<RotaPerson> people = { { 1, QStringLiteral("Aiko") }, { 2, QStringLiteral("Ben") },
                                       { 3, QStringLiteral("Chie") }, { 4, QStringLiteral("Dan") } };
    const QList<RotaShift> shifts = { shift(d(1, 6), d(1, 12), 1, 2), shift(d(1, 13), d(1, 19), 3, 4),
                                      shift(d(1, 20), d(1, 26), 2, 1), shift(d(1, 27), d(2, 2), 4, 3) };
    QVERIFY(RotaPlanner::check(rules, shifts, people, {}).isEmpty());

    auto single = [&](const QList<RotaShift> &edited, const QList<RotaAbsence> &away, RotaProblem::Kind kind,
                      QDate start, qint64 person) {
        const QList<RotaProblem> found = RotaPlanner::check(rules, edited, people, away);
        const RotaProblem *p = find(found, kind);
        QVERIFY2(p, qPrintable(QString::number(int(kind))));
        QCOMPARE(p->start, start);
        QCOMPARE(p->person, person);
        QVERIFY(!p->message.isEmpty());
    };
    single(shifts, { { 3, d(1, 15), d(1, 15) } }, RotaProblem::Kind::Absent, d(1, 13), 3);
    QVERIFY(RotaPlanner::check(rules, shifts, people, { { 3, d(1, 15), d(1, 15) } })
                .first().message.contains(QLatin1String("Chie")));

    QList<RotaShift> same = shifts;
    same[1].secondary = 3;
    single(same, {}, RotaProblem::Kind::SamePerson, d(1, 13), 3);

    QList<RotaShift> rest = shifts; // Aiko in week 1 and again as secondary in week 2
    rest[1].secondary = 1;
    single(rest, {}, RotaProblem::Kind::RestTooShort, d(1, 13), 1);
    single(rest, {}, RotaProblem::Kind::TooManyConsecutive, d(1, 13), 1);

    rules.minRestHours = 0;
    rules.maxConsecutive = 2; // Ben four weeks running: reported once, at the third
    QList<RotaShift> run = shifts;
    for (RotaShift &s : run)
        s.secondary = s.primary == 2 ? 1 : 2;
    const QList<RotaProblem> runProblems = RotaPlanner::check(rules, run, people, {});
    QCOMPARE(kinds(runProblems), QList<RotaProblem::Kind> { RotaProblem::Kind::TooManyConsecutive });
    QCOMPARE(runProblems.first().start, d(1, 20));
    QCOMPARE(runProblems.first().person, 2);

    QList<RotaShift> stranger = shifts;
    stranger[3].primary = 9; // inactive or removed
    single(stranger, {}, RotaProblem::Kind::NotEligible, d(1, 27), 9);
}

void TestRotaPlanner::weekendAndHolidayDaysAreCountedAndSpread()
{
    const RotaShift week = shift(d(1, 6), d(1, 12), 1, 2); // Monday to Sunday
    const RotaShift monday = shift(d(1, 13), d(1, 13), 0, 1);
    const QSet<QDate> holidays = { d(1, 8), d(1, 12), d(1, 13) }; // one on a Sunday
    const RotaCount one = RotaPlanner::countFor(1, { week, monday }, holidays);
    QCOMPARE((QList<qint64> { one.person, one.primary, one.secondary, one.weekendDays, one.holidayDays }),
             (QList<qint64> { 1, 1, 1, 2, 3 }));
    const RotaCount two = RotaPlanner::countFor(2, { week, monday }, holidays);
    QCOMPARE(two.secondary, 1);
    QCOMPARE(two.holidayDays, 2);
    QCOMPARE(RotaPlanner::countFor(3, { week, monday }, holidays).weekendDays, 0);

    // Equal totals: the weekend half goes to whoever has had fewer weekend days.
    RotaRules halves;
    halves.period = RotaPeriod::HalfWeek;
    halves.maxConsecutive = 0;
    halves.secondary = false;
    const RotaPlan spread = RotaPlanner::generate(halves, d(1, 6), d(2, 2), team(4), {}, {});
    QCOMPARE(onCall(spread.shifts), (QList<qint64> { 1, 2, 3, 4, 1, 3, 2, 4 }));
    // … and a holiday to whoever has had fewer holidays.
    const RotaPlan holiday = RotaPlanner::generate(daily(0, 0, false), d(1, 6), d(1, 9), team(3), {},
                                                   { d(1, 6), d(1, 9) });
    QCOMPARE(holiday.shifts.at(3).primary, 2);
    QCOMPARE(holiday.counts.at(0).holidayDays, 1);
    QCOMPARE(holiday.counts.at(1).holidayDays, 1);
}

void TestRotaPlanner::dutyTimesFollowTheTimeZone()
{
    const RotaRules rules; // handover 09:00
    RotaShift week = shift(d(1, 6), d(1, 12));
    const QTimeZone tokyo("Asia/Tokyo");
    QVERIFY(tokyo.isValid());
    QCOMPARE(RotaPlanner::dutyStartUtc(rules, week, tokyo), QDateTime(d(1, 6), QTime(0, 0), QTimeZone::UTC));
    QCOMPARE(RotaPlanner::dutyEndUtc(rules, week, tokyo), QDateTime(d(1, 13), QTime(0, 0), QTimeZone::UTC));
    QCOMPARE(RotaPlanner::dutyStartUtc(rules, week, tokyo).timeSpec(), Qt::UTC);

    const QTimeZone berlin("Europe/Berlin");
    QVERIFY(berlin.isValid());
    week.start = d(3, 24); // summer time starts on Sunday 30 March
    week.end = d(3, 30);
    const QDateTime springStart = RotaPlanner::dutyStartUtc(rules, week, berlin);
    const QDateTime springEnd = RotaPlanner::dutyEndUtc(rules, week, berlin);
    QCOMPARE(springStart, QDateTime(d(3, 24), QTime(8, 0), QTimeZone::UTC));
    QCOMPARE(springEnd, QDateTime(d(3, 31), QTime(7, 0), QTimeZone::UTC));
    QCOMPARE(springStart.secsTo(springEnd), 167 * 3600);
    week.start = d(10, 20); // and ends on Sunday 26 October
    week.end = d(10, 26);
    QCOMPARE(RotaPlanner::dutyStartUtc(rules, week, berlin), QDateTime(d(10, 20), QTime(7, 0), QTimeZone::UTC));
    QCOMPARE(RotaPlanner::dutyEndUtc(rules, week, berlin), QDateTime(d(10, 27), QTime(8, 0), QTimeZone::UTC));
    QVERIFY(!RotaPlanner::dutyStartUtc(rules, RotaShift(), berlin).isValid());
}

QTEST_GUILESS_MAIN(TestRotaPlanner)
#include "tst_rotaplanner.moc"
