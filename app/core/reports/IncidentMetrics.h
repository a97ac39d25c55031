#pragma once

#include "common/Result.h"

#include <QDate>
#include <QMap>
#include <QTimeZone>

namespace csirtkit {

class Workspace;

// The figures of the Metrics page for a period (by the date incidents were logged): incidents per
// month and RSIT class, open incidents by priority and age, mean and median times to triage, contain
// and resolve, and the observables seen in the most incidents.
class IncidentMetrics
{
public:
    struct Month
    {
        QDate first; // first day of the month
        QMap<QString, int> byClass; // RSIT class key ('' = not classified) → incidents
        int total = 0;
    };
    struct Duration
    {
        int count = 0;
        double meanHours = 0;
        double medianHours = 0;
    };
    struct Observable
    {
        QString type;
        QString value;
        int incidents = 0;
    };
    static QStringList ageBuckets() { return { QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month"), QStringLiteral("older") }; }

    QDate from;
    QDate to;
    int logged = 0;
    QList<Month> months;
    QMap<QString, QMap<QString, int>> openByPriorityAge; // "P1" → age bucket → open incidents (all time)
    Duration toTriage;  // detected → triaged
    Duration toContain; // detected → contained
    Duration toResolve; // detected → resolved
    QList<Observable> topObservables;

    static Result<IncidentMetrics> read(const Workspace &workspace, const QDate &from, const QDate &to, const QTimeZone &zone,
                                        int topCount = 10);
    static Duration duration(QList<double> hours);
};

} // namespace csirtkit
