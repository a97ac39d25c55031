#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace csirtkit {

// The parameters of a staffing plan. Defaults: a 40-hour week, 20 days of leave, 16 public holidays
// (Japan), 5 training and 5 sick days; all editable.
struct StaffingParameters
{
    enum class Model { BusinessHours, OnCall, Extended, Around, Outsourced };
    Model model = Model::BusinessHours;
    int seats = 1;              // positions staffed at the same time
    double hoursPerWeek = 40;   // contract hours of one person
    double leaveDays = 20;
    double holidays = 16;
    double trainingDays = 5;
    double sickDays = 5;
    double businessHoursPerWeek = 40; // staffed hours of the business-hours models (8 × 5)
    double extendedHoursPerWeek = 60; // staffed hours of the extended model (12 × 5)
    int rotaPeople = 4;               // people sharing the out-of-hours on-call duty
    double onCallAllowancePerWeek = 0; // paid to the person on call, per week (in the currency of the organisation)
    int minRestHours = 11;             // rest after out-of-hours work before the next working day
    int deputyShare = 20;              // a deputy's load, in % of the role's load

    static QString modelKey(Model model);                 // "business-hours", "on-call", "extended", "24x7", "outsourced"
    static std::optional<Model> modelFromKey(const QString &key);
    static QString modelTitle(Model model);
    static QList<Model> models();

    QJsonObject toJson() const;
    static StaffingParameters fromJson(const QJsonObject &json); // missing or invalid keys keep the default
    // A sentence naming the first parameter out of range, empty when all are usable.
    QString problem() const;
};

struct StaffingStep
{
    QString label;
    QString value;
};

struct StaffingResult
{
    double hoursToCoverPerWeek = 0;
    double hoursToCover = 0;    // per year, all seats
    double productiveHours = 0; // per person and year
    double ftePerSeat = 0;
    double fteNeeded = 0;
    double fteAvailable = 0;
    double shortfall = 0; // 0 when the team has enough
    double onCallHoursPerWeek = 0;
    double onCallAllowancePerYear = 0;
    QList<StaffingStep> working; // the calculation, step by step, in the current language
};

// hours to cover per year ÷ productive hours per person per year → FTE per seat; × seats → FTE needed;
// compared with the FTE available (the sum of the shares agreed for CSIRT work).
class StaffingCalculator
{
    Q_DECLARE_TR_FUNCTIONS(StaffingCalculator)

public:
    static constexpr double WeeksPerYear = 52;
    static Result<StaffingResult> calculate(const StaffingParameters &parameters, double fteAvailable);
    static double roundFte(double fte); // one decimal, as shown
};

} // namespace csirtkit
