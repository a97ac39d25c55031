// Team benchmarks, run by `tools/dev bench`. Prints one `name value unit` line per figure (medians
// over several runs). Never run by the normal test suite. One function per figure.
#include "team/RoleCatalogue.h"
#include "team/RotaPlanner.h"
#include "team/TeamCoverage.h"

#include "BenchFigures.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace csirtkit;

namespace {

using bench::medianMs;
using bench::print;

// Two years of daily primary + secondary duty for a 40-person team, with a realistic load of
// absences, public holidays, rest and consecutive-day rules and a few hand-fixed shifts.
bool rotaTwoYearsDaily40People()
{
    RotaRules rules;
    rules.period = RotaPeriod::Daily;
    rules.minRestHours = 24;
    rules.maxConsecutive = 1;
    const QDate from(2025, 1, 1);
    const QDate to = from.addYears(2).addDays(-1);
    QList<RotaPerson> people;
    QList<RotaAbsence> absences;
    for (int i = 1; i <= 40; ++i) {
        people.append({ i, QStringLiteral("Person %1").arg(i) });
        for (int k = 0; k < 6; ++k) { // three weeks of leave a year, in one-week blocks
            const QDate start = from.addDays((i * 37 + k * 113) % 720);
            absences.append({ i, start, start.addDays(6) });
        }
    }
    QSet<QDate> holidays;
    for (int day = 0; day < 730; day += 23)
        holidays.insert(from.addDays(day));
    QList<RotaShift> kept;
    for (int day = 10; day < 730; day += 61) {
        RotaShift s;
        s.start = s.end = from.addDays(day);
        s.primary = 1 + day % 40;
        s.secondary = 1 + (day + 7) % 40;
        s.fixed = true;
        kept.append(s);
    }
    RotaPlan plan;
    const double ms = medianMs(5, [&](int) { plan = RotaPlanner::generate(rules, from, to, people, absences, holidays, kept); });
    if (plan.shifts.size() != 730 || plan.counts.size() != 40) {
        std::fprintf(stderr, "rota: unexpected plan (%lld shifts)\n", qlonglong(plan.shifts.size()));
        return false;
    }
    print("rota_two_years_daily_40_people_ms", ms, "ms");
    return true;
}

// Coverage and gap rules for 500 people and 60 roles (the 18 shipped roles and 42 of the team's own),
// each role with a holder and two deputies, skills on everyone, a full RACI table.
bool coverage500People60Roles()
{
    TeamState state;
    const RoleCatalogue &catalogue = RoleCatalogue::instance();
    for (int r = 0; r < 60; ++r) {
        EffectiveRole role;
        const TeamRole &shipped = catalogue.roles().at(r % catalogue.roles().size());
        role.key = r < catalogue.roles().size() ? shipped.key : QStringLiteral("own_%1").arg(r);
        role.title = shipped.title;
        role.minimal = r % 3 == 0;
        role.load = 5 + r % 20;
        for (const SkillNeed &need : shipped.skills)
            role.skills.insert(need.skill, need.level);
        state.roles << role;
    }
    for (int p = 1; p <= 500; ++p) {
        Person person;
        person.id = p;
        person.name = QStringLiteral("Person %1").arg(p);
        person.share = 20 + p % 80;
        for (const TeamSkill &skill : catalogue.skills())
            person.skills.insert(skill.key, (p + int(skill.key.size())) % 4);
        state.people << person;
    }
    for (int r = 0; r < 60; ++r) {
        state.assignments.append({ state.roles.at(r).key, 1 + (r * 7) % 500, true, 0 });
        state.assignments.append({ state.roles.at(r).key, 1 + (r * 11 + 3) % 500, false, 0 });
        state.assignments.append({ state.roles.at(r).key, 1 + (r * 13 + 5) % 500, false, 1 });
    }
    for (const TeamActivity &activity : catalogue.activities())
        for (int r = 0; r < 60; r += 4)
            state.raci[activity.key].insert(state.roles.at(r).key, r == 0 ? u'A' : r % 8 == 0 ? u'R' : u'C');
    qsizetype found = 0;
    const double ms = medianMs(9, [&](int) { found = TeamCoverage::gaps(state, QStringLiteral("en")).size(); });
    if (found == 0) {
        std::fprintf(stderr, "coverage: no gaps found in a team built to have some\n");
        return false;
    }
    print("coverage_500_people_60_roles_ms", ms, "ms");
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = true;
    ok = rotaTwoYearsDaily40People() && ok;
    ok = coverage500People60Roles() && ok;
    return ok ? 0 : 1;
}
