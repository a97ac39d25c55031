#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QMap>

namespace csirtkit {

class Workspace;

// What the Overview shows of the incident log: open incidents by priority and the oldest open one.
class IncidentStats
{
public:
    struct Open
    {
        qint64 total = 0;  // all incidents
        qint64 open = 0;   // new, triage or response
        QMap<QString, qint64> byPriority; // "P1" → open count, every priority present
        qint64 oldestId = 0;
        QString oldestIdent;
        QString oldestTitle;
        QDateTime oldestLoggedUtc;
    };
    static Result<Open> open(const Workspace &workspace);
};

} // namespace csirtkit
