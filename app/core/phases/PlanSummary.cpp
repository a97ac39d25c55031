#include "phases/PlanSummary.h"

#include "phases/DecisionRepository.h"
#include "phases/PlanRepository.h"
#include "phases/WorksheetRepository.h"

#include <algorithm>

namespace csirtkit {

Result<PlanSummary> PlanSummary::read(Workspace &workspace, const QDate &today)
{
    PlanRepository plan(workspace);
    auto steps = plan.steps();
    auto items = plan.allItems();
    if (!steps)
        return steps.error();
    if (!items)
        return items.error();
    QHash<qint64, QString> phaseOf;
    for (const PlanStep &s : std::as_const(*steps))
        phaseOf.insert(s.id, s.phase);
    PlanSummary summary;
    for (const QString &phase : ContentLibrary::phaseKeys()) {
        PlanProgress progress;
        for (const PlanItem &item : std::as_const(*items))
            if (phaseOf.value(item.stepId) == phase)
                progress.add(item, today);
        summary.phases.append({ phase, progress });
    }
    QList<PlanItem> dated;
    for (const PlanItem &item : std::as_const(*items)) {
        summary.overall.add(item, today);
        if (item.isOpen() && item.due.isValid())
            dated.append(item);
    }
    std::stable_sort(dated.begin(), dated.end(), [](const PlanItem &a, const PlanItem &b) { return a.due < b.due; });
    summary.nextItems = dated.mid(0, 5);

    DecisionRepository decisions(workspace);
    auto services = decisions.serviceChoices();
    if (!services)
        return services.error();
    const bool anyService = std::any_of(services->cbegin(), services->cend(),
                                        [](const ServiceChoice &c) { return c.status != ServiceStatus::NotOffered; });
    if (!anyService)
        summary.missingDecisions << tr("No service has been chosen for the service catalogue.");
    auto model = decisions.orgModel();
    if (!model)
        return model.error();
    if (model->modelKey.isEmpty())
        summary.missingDecisions << tr("No organisational model has been chosen.");
    auto approved = WorksheetRepository(workspace).charterApproved();
    if (!approved)
        return approved.error();
    if (!*approved)
        summary.missingDecisions << tr("The project charter has not been approved.");
    return summary;
}

} // namespace csirtkit
