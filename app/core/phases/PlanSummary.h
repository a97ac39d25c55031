#pragma once

#include "common/Result.h"
#include "phases/PlanTypes.h"

#include <QCoreApplication>

namespace csirtkit {

class Workspace;

// Where the CSIRT project stands: readiness per phase, the next open items by due date, overdue
// items and the build-phase decisions still missing. Feeds the Overview and `csirtkit-cli info`.
class PlanSummary
{
    Q_DECLARE_TR_FUNCTIONS(PlanSummary)

public:
    static Result<PlanSummary> read(Workspace &workspace, const QDate &today);

    QList<QPair<QString, PlanProgress>> phases; // phase key → progress, in phase order
    PlanProgress overall;
    QList<PlanItem> nextItems; // up to five open items with a due date, earliest first
    QStringList missingDecisions; // translated sentences
};

} // namespace csirtkit
