// Team benchmarks, run by `tools/dev bench`. Prints one `name value unit` line per figure (medians
// over several runs). Never run by the normal test suite. One function per figure.
#include "team/RotaPlanner.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace csirtkit;

namespace {

double medianMs(int runs, const std::function<void(int)> &body)
{
    std::vector<double> samples;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        body(i);
        samples.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(samples.begin(), samples.end());
    return samples[samples.size() / 2];
}

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bool ok = true;
    ok = rotaTwoYearsDaily40People() && ok;
    return ok ? 0 : 1;
}
