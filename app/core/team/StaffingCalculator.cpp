#include "team/StaffingCalculator.h"

#include <QLocale>

#include <cmath>

namespace csirtkit {

namespace {

QString number(double value, int decimals = -1)
{
    if (decimals < 0) // whole numbers without decimals, others with one
        decimals = value == std::floor(value) ? 0 : 1;
    QLocale locale;
    locale.setNumberOptions(QLocale::DefaultNumberOptions); // 8,736 h, also in the C locale
    return locale.toString(value, 'f', decimals);
}

} // namespace

QString StaffingParameters::modelKey(Model model)
{
    switch (model) {
    case Model::BusinessHours: return QStringLiteral("business-hours");
    case Model::OnCall: return QStringLiteral("on-call");
    case Model::Extended: return QStringLiteral("extended");
    case Model::Around: return QStringLiteral("24x7");
    case Model::Outsourced: return QStringLiteral("outsourced");
    }
    return {};
}

std::optional<StaffingParameters::Model> StaffingParameters::modelFromKey(const QString &key)
{
    for (Model m : models())
        if (modelKey(m) == key)
            return m;
    return std::nullopt;
}

QList<StaffingParameters::Model> StaffingParameters::models()
{
    return { Model::BusinessHours, Model::OnCall, Model::Extended, Model::Around, Model::Outsourced };
}

QString StaffingParameters::modelTitle(Model model)
{
    switch (model) {
    case Model::BusinessHours: return StaffingCalculator::tr("Business hours only");
    case Model::OnCall: return StaffingCalculator::tr("Business hours plus on-call");
    case Model::Extended: return StaffingCalculator::tr("Extended hours");
    case Model::Around: return StaffingCalculator::tr("24×7 shifts");
    case Model::Outsourced: return StaffingCalculator::tr("Business hours, out-of-hours outsourced");
    }
    return {};
}

QJsonObject StaffingParameters::toJson() const
{
    return { { QStringLiteral("model"), modelKey(model) },
             { QStringLiteral("seats"), seats },
             { QStringLiteral("hours_per_week"), hoursPerWeek },
             { QStringLiteral("leave_days"), leaveDays },
             { QStringLiteral("holidays"), holidays },
             { QStringLiteral("training_days"), trainingDays },
             { QStringLiteral("sick_days"), sickDays },
             { QStringLiteral("business_hours_per_week"), businessHoursPerWeek },
             { QStringLiteral("extended_hours_per_week"), extendedHoursPerWeek },
             { QStringLiteral("rota_people"), rotaPeople },
             { QStringLiteral("on_call_allowance_per_week"), onCallAllowancePerWeek },
             { QStringLiteral("min_rest_hours"), minRestHours },
             { QStringLiteral("deputy_share"), deputyShare } };
}

StaffingParameters StaffingParameters::fromJson(const QJsonObject &json)
{
    StaffingParameters p;
    if (auto m = modelFromKey(json.value(QLatin1String("model")).toString()))
        p.model = *m;
    auto real = [&](const char *key, double &target) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isDouble())
            target = v.toDouble();
    };
    auto integer = [&](const char *key, int &target) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (v.isDouble())
            target = int(std::lround(v.toDouble()));
    };
    integer("seats", p.seats);
    real("hours_per_week", p.hoursPerWeek);
    real("leave_days", p.leaveDays);
    real("holidays", p.holidays);
    real("training_days", p.trainingDays);
    real("sick_days", p.sickDays);
    real("business_hours_per_week", p.businessHoursPerWeek);
    real("extended_hours_per_week", p.extendedHoursPerWeek);
    integer("rota_people", p.rotaPeople);
    real("on_call_allowance_per_week", p.onCallAllowancePerWeek);
    integer("min_rest_hours", p.minRestHours);
    integer("deputy_share", p.deputyShare);
    return p;
}

QString StaffingParameters::problem() const
{
    using C = StaffingCalculator;
    if (seats < 1 || seats > 100)
        return C::tr("The number of seats must be between 1 and 100.");
    if (!(hoursPerWeek >= 1 && hoursPerWeek <= 80))
        return C::tr("Working hours per week must be between 1 and 80.");
    for (double days : { leaveDays, holidays, trainingDays, sickDays })
        if (!(days >= 0 && days <= 200))
            return C::tr("Days of leave, public holidays, training and sickness must each be between 0 and 200.");
    if (leaveDays + holidays + trainingDays + sickDays >= StaffingCalculator::WeeksPerYear * 5)
        return C::tr("The days away add up to a whole working year or more; nobody would be left to work.");
    if (!(businessHoursPerWeek >= 1 && businessHoursPerWeek <= 168) || !(extendedHoursPerWeek >= 1 && extendedHoursPerWeek <= 168))
        return C::tr("Staffed hours per week must be between 1 and 168.");
    if (rotaPeople < 1 || rotaPeople > 100)
        return C::tr("The on-call rota must have between 1 and 100 people.");
    if (!(onCallAllowancePerWeek >= 0))
        return C::tr("The on-call allowance cannot be negative.");
    if (minRestHours < 0 || minRestHours > 48)
        return C::tr("The minimum rest must be between 0 and 48 hours.");
    if (deputyShare < 0 || deputyShare > 100)
        return C::tr("A deputy's share of a role's load must be between 0 and 100 %.");
    return {};
}

double StaffingCalculator::roundFte(double fte)
{
    return std::round(fte * 10) / 10;
}

Result<StaffingResult> StaffingCalculator::calculate(const StaffingParameters &p, double fteAvailable)
{
    if (const QString problem = p.problem(); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    using M = StaffingParameters::Model;
    StaffingResult r;
    switch (p.model) {
    case M::BusinessHours:
    case M::OnCall:
    case M::Outsourced: r.hoursToCoverPerWeek = p.businessHoursPerWeek; break;
    case M::Extended: r.hoursToCoverPerWeek = p.extendedHoursPerWeek; break;
    case M::Around: r.hoursToCoverPerWeek = 24 * 7; break;
    }
    r.hoursToCover = r.hoursToCoverPerWeek * WeeksPerYear * p.seats;
    const double hoursPerDay = p.hoursPerWeek / 5;
    const double daysAway = p.leaveDays + p.holidays + p.trainingDays + p.sickDays;
    const double contractHours = p.hoursPerWeek * WeeksPerYear;
    r.productiveHours = contractHours - daysAway * hoursPerDay;
    r.ftePerSeat = r.hoursToCoverPerWeek * WeeksPerYear / r.productiveHours;
    r.fteNeeded = r.ftePerSeat * p.seats;
    r.fteAvailable = fteAvailable;
    r.shortfall = std::max(0.0, roundFte(r.fteNeeded) - roundFte(fteAvailable));
    if (p.model == M::OnCall) {
        r.onCallHoursPerWeek = 24 * 7 - p.businessHoursPerWeek;
        r.onCallAllowancePerYear = p.onCallAllowancePerWeek * WeeksPerYear * p.seats;
    }

    auto step = [&](const QString &label, const QString &value) { r.working.append({ label, value }); };
    step(tr("Service hours"), StaffingParameters::modelTitle(p.model));
    step(tr("Hours to cover per seat"), tr("%1 h a week × %2 weeks = %3 h a year")
                                            .arg(number(r.hoursToCoverPerWeek), number(WeeksPerYear),
                                                 number(r.hoursToCoverPerWeek * WeeksPerYear)));
    step(tr("Contract hours per person"), tr("%1 h a week × %2 weeks = %3 h")
                                              .arg(number(p.hoursPerWeek), number(WeeksPerYear), number(contractHours)));
    step(tr("Days away per person"), tr("%1 leave + %2 public holidays + %3 training + %4 sick = %5 days × %6 h = %7 h")
                                         .arg(number(p.leaveDays), number(p.holidays), number(p.trainingDays),
                                              number(p.sickDays), number(daysAway), number(hoursPerDay),
                                              number(daysAway * hoursPerDay)));
    step(tr("Productive hours per person"), tr("%1 h − %2 h = %3 h a year")
                                                .arg(number(contractHours), number(daysAway * hoursPerDay),
                                                     number(r.productiveHours)));
    step(tr("FTE per seat"), tr("%1 h ÷ %2 h = %3 FTE")
                                 .arg(number(r.hoursToCoverPerWeek * WeeksPerYear), number(r.productiveHours),
                                      number(r.ftePerSeat, 2)));
    step(tr("FTE needed"), tr("%1 FTE × %n seat(s) = %2 FTE", nullptr, p.seats).arg(number(r.ftePerSeat, 2), number(roundFte(r.fteNeeded), 1)));
    step(tr("FTE available"), tr("%1 FTE (the shares of working time agreed for CSIRT work)").arg(number(roundFte(fteAvailable), 1)));
    step(tr("Shortfall"), r.shortfall > 0 ? tr("%1 FTE").arg(number(r.shortfall, 1)) : tr("None: the team has enough time"));
    if (p.model == M::OnCall) {
        step(tr("On-call hours per week"), tr("%1 h outside business hours, shared by a rota of %2 people (one week in %2 each)")
                                               .arg(number(r.onCallHoursPerWeek)).arg(p.rotaPeople));
        step(tr("On-call allowance per year"), number(r.onCallAllowancePerYear));
        step(tr("Minimum rest"), tr("%1 h after a call-out before the next working day").arg(p.minRestHours));
    } else if (p.model == M::Outsourced) {
        step(tr("Out of hours"), tr("Covered by the service provider; not counted in the FTE above"));
    }
    return r;
}

} // namespace csirtkit
