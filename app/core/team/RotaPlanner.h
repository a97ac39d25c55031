#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QTime>
#include <QTimeZone>

namespace csirtkit {

enum class RotaPeriod { Weekly, HalfWeek, Daily };

struct RotaRules
{
    RotaPeriod period = RotaPeriod::Weekly;
    Qt::DayOfWeek weekStart = Qt::Monday; // weekly periods start on this day; half-week: first half is 4 days starting weekStart, second half 3 days (Sunday start → Sun–Wed / Thu–Sat)
    QTime handover = QTime(9, 0);         // local time of the change of shift
    int minRestHours = 0;                 // a person's next duty may start no earlier than this many hours after their last duty ended
    int maxConsecutive = 1;               // most back-to-back periods one person may serve (as primary or secondary); 0 = no limit
    bool secondary = true;                // plan a secondary (backup) per period
};

struct RotaPerson
{
    qint64 id = 0;
    QString name;
};

struct RotaAbsence
{
    qint64 person = 0;
    QDate from; // inclusive
    QDate to;   // inclusive
};

struct RotaShift
{
    QDate start;        // first day of the period (duty starts at rules.handover on this day)
    QDate end;          // last day; duty ends at rules.handover on end + 1
    qint64 primary = 0; // 0 = nobody
    qint64 secondary = 0;
    bool fixed = false; // a hand edit or swap: kept as is by generate()
};

struct RotaProblem
{
    enum class Kind { NobodyEligible, Absent, SamePerson, RestTooShort, TooManyConsecutive, NotEligible };
    Kind kind = Kind::NobodyEligible;
    QDate start;       // the shift concerned
    qint64 person = 0; // 0 when no person is concerned
    QString message;   // a translated sentence saying what is wrong and what to do (tr())
};

struct RotaCount
{
    qint64 person = 0;
    int primary = 0;     // periods as primary
    int secondary = 0;   // periods as secondary
    int weekendDays = 0; // Saturday/Sunday days on duty (primary or secondary)
    int holidayDays = 0; // public-holiday days on duty (weekend holidays count in both)
};

struct RotaPlan
{
    QList<RotaShift> shifts;
    QList<RotaProblem> problems;
    QList<RotaCount> counts; // one per eligible person, in the order of `people`
};

// Plans and checks an on-call rota. Pure: dates and person ids in, shifts and problems out; the
// caller stores them. All rules are counted on the local wall clock of the workspace (a duty always
// runs from handover to handover), so rest is a whole number of days × 24 hours.
class RotaPlanner
{
    Q_DECLARE_TR_FUNCTIONS(RotaPlanner)

public:
    // The periods covering [from, to]: the first period starts on the last period boundary on or
    // before `from`, the last one ends on or after `to`. Empty when either date is invalid or to < from.
    static QList<RotaShift> periods(const RotaRules &rules, QDate from, QDate to);
    // Fills every period in [from, to] with a primary and (if rules.secondary) a secondary among
    // `people`, keeping every shift of `kept` that has fixed == true and starts on a period's first
    // day (it replaces that period; fixed shifts that match no period are left out), never choosing
    // an absent person (any overlap between the duty and an absence), respecting minRestHours and
    // maxConsecutive also towards later fixed shifts, and spreading duty fairly: fewest total periods
    // first (fixed shifts count from the start), then fewest weekend days for periods that contain a
    // weekend, fewest holiday days for periods containing a holiday, then the one whose last duty is
    // longest ago, then fewest periods in the role being filled, then the order of `people`; before
    // fairness, a choice that leaves the next period short of people loses (one period of look-ahead).
    // Deterministic. A role nobody can fill stays 0 with a NobodyEligible problem; the problems also
    // list every rule the fixed shifts break (check()).
    static RotaPlan generate(const RotaRules &rules, QDate from, QDate to, const QList<RotaPerson> &people,
                             const QList<RotaAbsence> &absences, const QSet<QDate> &holidays,
                             const QList<RotaShift> &kept = {});
    // Every rule a list of shifts breaks (hand edits may break them): absent, primary == secondary,
    // rest too short, too many consecutive, a person not in `people` (not eligible / inactive).
    // Ordered by shift start; a run that is too long is reported once, at its first shift too many.
    static QList<RotaProblem> check(const RotaRules &rules, const QList<RotaShift> &shifts,
                                    const QList<RotaPerson> &people, const QList<RotaAbsence> &absences);
    static RotaCount countFor(qint64 person, const QList<RotaShift> &shifts, const QSet<QDate> &holidays);
    // Start and end of a shift's duty in UTC, given the workspace's time zone.
    static QDateTime dutyStartUtc(const RotaRules &rules, const RotaShift &shift, const QTimeZone &zone);
    static QDateTime dutyEndUtc(const RotaRules &rules, const RotaShift &shift, const QTimeZone &zone);

    // Whether an absence overlaps the duty of a shift (from handover on start to handover on end + 1).
    static bool overlaps(const RotaRules &rules, const RotaShift &shift, const RotaAbsence &absence);
    // Hours of rest between the end of duty `before` and the start of duty `after` (negative when they overlap).
    static qint64 restHours(const RotaShift &before, const RotaShift &after);
    // Whether `after` starts exactly when `before` ends (back-to-back periods).
    static bool backToBack(const RotaShift &before, const RotaShift &after);
};

} // namespace csirtkit
