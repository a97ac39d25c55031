#include "team/RotaPlanner.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <optional>
#include <tuple>

namespace csirtkit {

namespace {

int weekStartDay(const RotaRules &rules)
{
    const int day = int(rules.weekStart);
    return day >= 1 && day <= 7 ? day : 1; // a stray value falls back to Monday rather than looping
}

bool isWeekend(QDate day)
{
    return day.dayOfWeek() >= Qt::Saturday;
}

bool onDuty(const RotaShift &shift, qint64 person)
{
    return person != 0 && (shift.primary == person || shift.secondary == person);
}

// The distinct people on duty in a shift (one entry when someone is wrongly in both roles).
QList<qint64> dutyPeople(const RotaShift &shift)
{
    QList<qint64> list;
    if (shift.primary != 0)
        list << shift.primary;
    if (shift.secondary != 0 && shift.secondary != shift.primary)
        list << shift.secondary;
    return list;
}

struct DayCounts
{
    int weekend = 0;
    int holiday = 0;
};

DayCounts dayCounts(const RotaShift &shift, const QSet<QDate> &holidays)
{
    DayCounts c;
    for (QDate day = shift.start; day.isValid() && day <= shift.end; day = day.addDays(1)) {
        c.weekend += isWeekend(day) ? 1 : 0;
        c.holiday += holidays.contains(day) ? 1 : 0;
    }
    return c;
}

void addShift(RotaCount &count, const RotaShift &shift, const DayCounts &days)
{
    if (!onDuty(shift, count.person))
        return;
    count.primary += shift.primary == count.person ? 1 : 0;
    count.secondary += shift.secondary == count.person ? 1 : 0;
    count.weekendDays += days.weekend;
    count.holidayDays += days.holiday;
}

QString isoDay(QDate date)
{
    return date.toString(Qt::ISODate); // the same in every language, never ambiguous
}

// What generate() knows about one person while it walks through the periods.
struct PersonState
{
    RotaCount count; // duty so far, and all fixed duty
    int last = -1;   // slot of the last duty so far
    int run = 0;   // back-to-back periods ending at `last`
    QList<qsizetype> fixedSlots; // slots of fixed shifts with this person, ascending
    QList<RotaAbsence> absences;
};

} // namespace

QList<RotaShift> RotaPlanner::periods(const RotaRules &rules, QDate from, QDate to)
{
    QList<RotaShift> list;
    if (!from.isValid() || !to.isValid() || to < from)
        return list;
    const int weekStart = weekStartDay(rules);
    QDate start = from;
    if (rules.period != RotaPeriod::Daily) {
        const int intoWeek = (from.dayOfWeek() - weekStart + 7) % 7;
        start = from.addDays(-intoWeek);
        if (rules.period == RotaPeriod::HalfWeek && intoWeek >= 4)
            start = start.addDays(4);
    }
    list.reserve(qsizetype(start.daysTo(to)) / (rules.period == RotaPeriod::Daily ? 1 : 3) + 1);
    while (start <= to) {
        int days = 1;
        if (rules.period == RotaPeriod::Weekly)
            days = 7;
        else if (rules.period == RotaPeriod::HalfWeek)
            days = start.dayOfWeek() == weekStart ? 4 : 3;
        RotaShift shift;
        shift.start = start;
        shift.end = start.addDays(days - 1);
        list.append(shift);
        start = shift.end.addDays(1);
    }
    return list;
}

bool RotaPlanner::overlaps(const RotaRules &rules, const RotaShift &shift, const RotaAbsence &absence)
{
    // Duty runs [start + handover, end + 1 + handover); the absence covers whole days [from, to + 1).
    if (!absence.from.isValid() || !absence.to.isValid() || shift.start > absence.to)
        return false;
    const QDate dutyEndDay = shift.end.addDays(1);
    return absence.from < dutyEndDay || (absence.from == dutyEndDay && rules.handover > QTime(0, 0));
}

qint64 RotaPlanner::restHours(const RotaShift &before, const RotaShift &after)
{
    // Both ends are at the handover time, so the rest is a whole number of days.
    return before.end.addDays(1).daysTo(after.start) * 24;
}

bool RotaPlanner::backToBack(const RotaShift &before, const RotaShift &after)
{
    return before.end.addDays(1) == after.start;
}

RotaPlan RotaPlanner::generate(const RotaRules &rules, QDate from, QDate to, const QList<RotaPerson> &people,
                               const QList<RotaAbsence> &absences, const QSet<QDate> &holidays,
                               const QList<RotaShift> &kept)
{
    RotaPlan plan;
    plan.shifts = periods(rules, from, to);
    QList<RotaShift> &shifts = plan.shifts;
    const qsizetype n = shifts.size();

    QHash<qint64, int> index; // person id → position in `people` (the first, when listed twice)
    for (int i = 0; i < people.size(); ++i)
        if (people.at(i).id != 0 && !index.contains(people.at(i).id))
            index.insert(people.at(i).id, i);
    QList<PersonState> state(people.size());
    for (int i = 0; i < people.size(); ++i)
        state[i].count.person = people.at(i).id;
    for (const RotaAbsence &a : absences)
        if (index.contains(a.person))
            state[index.value(a.person)].absences.append(a);

    QHash<QDate, qsizetype> slotOf;
    for (qsizetype i = 0; i < n; ++i)
        slotOf.insert(shifts.at(i).start, i);
    QList<bool> fixed(n, false);
    for (const RotaShift &k : kept) {
        const auto it = slotOf.constFind(k.start);
        if (k.fixed && it != slotOf.cend()) {
            shifts[*it] = k;
            fixed[*it] = true;
        }
    }
    QList<DayCounts> days(n);
    for (qsizetype i = 0; i < n; ++i)
        days[i] = dayCounts(shifts.at(i), holidays);
    // Fixed duty counts from the start, so people with a hand-set shift later get fewer generated ones.
    for (qsizetype i = 0; i < n; ++i) {
        if (!fixed.at(i))
            continue;
        for (qint64 id : dutyPeople(shifts.at(i))) {
            if (!index.contains(id))
                continue;
            addShift(state[index.value(id)].count, shifts.at(i), days.at(i));
            state[index.value(id)].fixedSlots.append(i);
        }
    }

    QList<int> members; // positions in `people` that plan: no id 0, no repeats
    for (int p = 0; p < people.size(); ++p)
        if (people.at(p).id != 0 && index.value(people.at(p).id) == p)
            members.append(p);

    // Whether person p may take slot i without breaking a rule, given their duty before it (slot
    // `last`, ending a run of `lastRun` back-to-back periods) and the fixed shifts after it.
    auto allowedAfter = [&](int p, qsizetype i, int last, int lastRun) {
        const RotaShift &shift = shifts.at(i);
        const PersonState &s = state.at(p);
        for (const RotaAbsence &a : s.absences)
            if (overlaps(rules, shift, a))
                return false;
        int run = 1;
        if (last >= 0) {
            const RotaShift &previous = shifts.at(last);
            if (restHours(previous, shift) < rules.minRestHours)
                return false;
            run += backToBack(previous, shift) ? lastRun : 0;
        }
        const auto next = std::upper_bound(s.fixedSlots.cbegin(), s.fixedSlots.cend(), i);
        if (next != s.fixedSlots.cend() && restHours(shift, shifts.at(*next)) < rules.minRestHours)
            return false;
        if (rules.maxConsecutive > 0) {
            const qint64 id = people.at(p).id;
            for (qsizetype j = i + 1;
                 j < n && fixed.at(j) && onDuty(shifts.at(j), id) && backToBack(shifts.at(j - 1), shifts.at(j)); ++j)
                ++run;
            if (run > rules.maxConsecutive)
                return false;
        }
        return true;
    };
    auto allowed = [&](int p, qsizetype i) { return allowedAfter(p, i, state.at(p).last, state.at(p).run); };
    // The run a person would be on after taking slot i.
    auto runWith = [&](int p, qsizetype i) {
        const PersonState &s = state.at(p);
        return s.last >= 0 && backToBack(shifts.at(s.last), shifts.at(i)) ? s.run + 1 : 1;
    };
    const int needed = rules.secondary ? 2 : 1;

    // The fairest allowed person for a role in slot i, or 0. Greedy, with one period of look-ahead:
    // a choice that would leave the next period short of people (say, next to a fixed swap) loses
    // to one that does not, before fairness is weighed.
    auto choose = [&](qsizetype i, bool primary, qint64 other) -> qint64 {
        const bool lookAhead = i + 1 < n && !fixed.at(i + 1);
        int nextFree = 0; // people who could take slot i + 1 as things stand
        if (lookAhead)
            for (int p : std::as_const(members))
                nextFree += allowed(p, i + 1) ? 1 : 0;
        // How slot i + 1 fares once p is on duty in slot i.
        auto change = [&](int p) {
            return int(allowedAfter(p, i + 1, int(i), runWith(p, i))) - int(allowed(p, i + 1));
        };
        const int otherChange = lookAhead && other != 0 ? change(index.value(other)) : 0;

        using Key = std::tuple<int, int, int, int, qint64, int, int>;
        std::optional<Key> best;
        qint64 chosen = 0;
        for (int p : std::as_const(members)) {
            const qint64 id = people.at(p).id;
            if (id == other || !allowed(p, i))
                continue;
            const PersonState &s = state.at(p);
            const int shortNext = lookAhead ? qMax(0, needed - (nextFree + otherChange + change(p))) : 0;
            const Key key { shortNext,
                            s.count.primary + s.count.secondary,
                            days.at(i).weekend > 0 ? s.count.weekendDays : 0,
                            days.at(i).holiday > 0 ? s.count.holidayDays : 0,
                            s.last < 0 ? std::numeric_limits<qint64>::min() : shifts.at(s.last).end.toJulianDay(),
                            primary ? s.count.primary : s.count.secondary,
                            p };
            if (!best || key < *best) {
                best = key;
                chosen = id;
            }
        }
        return chosen;
    };

    QList<RotaProblem> problems;
    for (qsizetype i = 0; i < n; ++i) {
        RotaShift &shift = shifts[i];
        if (!fixed.at(i)) {
            shift.primary = choose(i, true, 0);
            if (shift.primary == 0) {
                problems.append({ RotaProblem::Kind::NobodyEligible, shift.start, 0,
                                  tr("Nobody can be on call from %1 to %2: everyone is absent or would break the "
                                     "rest or consecutive-period rule. Add people, relax the rules or assign "
                                     "someone by hand.").arg(isoDay(shift.start), isoDay(shift.end)) });
            } else if (rules.secondary) {
                shift.secondary = choose(i, false, shift.primary);
                if (shift.secondary == 0)
                    problems.append({ RotaProblem::Kind::NobodyEligible, shift.start, 0,
                                      tr("Nobody can be the secondary from %1 to %2 without breaking a rule. Add "
                                         "people, relax the rules or assign someone by hand.")
                                          .arg(isoDay(shift.start), isoDay(shift.end)) });
            }
            for (qint64 id : dutyPeople(shift))
                addShift(state[index.value(id)].count, shift, days.at(i));
        }
        for (qint64 id : dutyPeople(shift)) {
            if (!index.contains(id))
                continue;
            PersonState &s = state[index.value(id)];
            s.run = s.last >= 0 && backToBack(shifts.at(s.last), shift) ? s.run + 1 : 1;
            s.last = int(i);
        }
    }

    // Generated shifts keep the rules; what check() finds comes from the fixed ones.
    problems += check(rules, shifts, people, absences);
    std::stable_sort(problems.begin(), problems.end(),
                     [](const RotaProblem &a, const RotaProblem &b) { return a.start < b.start; });
    plan.problems = problems;

    plan.counts.reserve(members.size());
    for (int p : std::as_const(members))
        plan.counts.append(state.at(p).count);
    return plan;
}

QList<RotaProblem> RotaPlanner::check(const RotaRules &rules, const QList<RotaShift> &shifts,
                                      const QList<RotaPerson> &people, const QList<RotaAbsence> &absences)
{
    QHash<qint64, QString> names;
    for (const RotaPerson &p : people)
        if (p.id != 0 && !names.contains(p.id))
            names.insert(p.id, p.name);
    QHash<qint64, QList<RotaAbsence>> away;
    for (const RotaAbsence &a : absences)
        away[a.person].append(a);

    QList<qsizetype> order(shifts.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return shifts.at(a).start < shifts.at(b).start; });

    struct Last
    {
        qsizetype shift = -1;
        int run = 0;
    };
    QHash<qint64, Last> last;
    QList<RotaProblem> problems;
    for (qsizetype i : std::as_const(order)) {
        const RotaShift &shift = shifts.at(i);
        const QString from = isoDay(shift.start);
        if (shift.primary != 0 && shift.primary == shift.secondary)
            problems.append({ RotaProblem::Kind::SamePerson, shift.start, shift.primary,
                              tr("%1 is both primary and secondary in the shift starting %2. Choose someone "
                                 "else as secondary.")
                                  .arg(names.value(shift.primary, tr("person #%1").arg(shift.primary)), from) });
        for (qint64 id : dutyPeople(shift)) {
            const QString name = names.contains(id) ? names.value(id) : tr("person #%1").arg(id);
            if (!names.contains(id))
                problems.append({ RotaProblem::Kind::NotEligible, shift.start, id,
                                  tr("The shift starting %1 has someone who is not on the on-call list "
                                     "(inactive or removed). Assign an active person.").arg(from) });
            const QList<RotaAbsence> personAway = away.value(id);
            if (std::any_of(personAway.cbegin(), personAway.cend(),
                            [&](const RotaAbsence &a) { return overlaps(rules, shift, a); }))
                problems.append({ RotaProblem::Kind::Absent, shift.start, id,
                                  tr("%1 is absent during the shift starting %2. Swap the shift with someone "
                                     "else or regenerate the rota.").arg(name, from) });
            Last &l = last[id];
            int run = 1;
            if (l.shift >= 0) {
                const RotaShift &previous = shifts.at(l.shift);
                const qint64 rest = restHours(previous, shift);
                if (rest < rules.minRestHours)
                    problems.append({ RotaProblem::Kind::RestTooShort, shift.start, id,
                                      tr("%1 has %2 h of rest before the shift starting %3; the rules ask for "
                                         "at least %4 h. Swap one of the shifts.")
                                          .arg(name, QString::number(qMax<qint64>(rest, 0)), from,
                                               QString::number(rules.minRestHours)) });
                run += backToBack(previous, shift) ? l.run : 0;
            }
            // Once per run: only the first shift beyond the limit.
            if (rules.maxConsecutive > 0 && run == rules.maxConsecutive + 1)
                problems.append({ RotaProblem::Kind::TooManyConsecutive, shift.start, id,
                                  tr("%1 is on duty for %2 periods in a row up to the shift starting %3; the "
                                     "rules allow at most %4. Swap one of the shifts.")
                                      .arg(name, QString::number(run), from, QString::number(rules.maxConsecutive)) });
            l = { i, run };
        }
    }
    return problems;
}

RotaCount RotaPlanner::countFor(qint64 person, const QList<RotaShift> &shifts, const QSet<QDate> &holidays)
{
    RotaCount count;
    count.person = person;
    for (const RotaShift &shift : shifts)
        if (onDuty(shift, person))
            addShift(count, shift, dayCounts(shift, holidays));
    return count;
}

QDateTime RotaPlanner::dutyStartUtc(const RotaRules &rules, const RotaShift &shift, const QTimeZone &zone)
{
    if (!shift.start.isValid())
        return {};
    return QDateTime(shift.start, rules.handover, zone).toUTC();
}

QDateTime RotaPlanner::dutyEndUtc(const RotaRules &rules, const RotaShift &shift, const QTimeZone &zone)
{
    if (!shift.end.isValid())
        return {};
    return QDateTime(shift.end.addDays(1), rules.handover, zone).toUTC();
}

} // namespace csirtkit
