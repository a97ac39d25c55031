#include "phases/PlanSnapshot.h"

#include "org/OrgProfileRepository.h"
#include "phases/ContentLibrary.h"
#include "phases/PlanRepository.h"
#include "phases/WorksheetRepository.h"
#include "workspace/Workspace.h"

namespace csirtkit {

Result<PlanSnapshot> PlanSnapshot::read(Workspace &workspace, const QString &language, const QDate &date)
{
    PlanSnapshot s;
    s.language = language == QLatin1String("ja") ? QStringLiteral("ja") : QStringLiteral("en");
    s.date = date;
    auto name = OrgProfileRepository(workspace).value(OrgProfile::Field::Name);
    if (!name)
        return name.error();
    s.organisation = *name;

    const ContentLibrary &library = ContentLibrary::instance();
    PlanRepository plan(workspace);
    for (const QString &phaseKey : ContentLibrary::phaseKeys()) {
        Phase phase;
        phase.title = library.phaseTitle(phaseKey, s.language);
        auto steps = plan.steps(phaseKey);
        if (!steps)
            return steps.error();
        for (const PlanStep &step : std::as_const(*steps)) {
            auto items = plan.items(step.id);
            if (!items)
                return items.error();
            for (const PlanItem &item : std::as_const(*items))
                phase.progress.add(item, date);
            phase.steps.append({ step.title.in(s.language), step.purpose.in(s.language), *items });
        }
        s.phases.append(phase);
    }

    DecisionRepository decisions(workspace);
    auto choices = decisions.serviceChoices();
    if (!choices)
        return choices.error();
    for (const ContentServiceArea &area : library.serviceAreas()) {
        Area a { area.title.in(s.language), {} };
        for (const ContentService &service : area.services)
            a.services.append({ service.title.in(s.language), choices->value(service.key) });
        s.areas.append(a);
    }
    auto model = decisions.orgModel();
    if (!model)
        return model.error();
    s.model = *model;
    if (const ContentOrgModel *m = library.orgModel(s.model.modelKey)) {
        s.modelTitle = m->title.in(s.language);
        s.modelDescription = m->description.in(s.language);
    }

    WorksheetRepository sheets(workspace);
    for (const QString &kind : Worksheets::kinds()) {
        auto values = sheets.load(kind);
        if (!values)
            return values.error();
        s.worksheets.append({ kind, *values });
    }
    return s;
}

QString PlanSnapshot::label(Label label)
{
    switch (label) {
    case Label::Decisions: return tr("Decisions");
    case Label::Services: return tr("Service catalogue");
    case Label::OrgModel: return tr("Organisational model");
    case Label::Worksheets: return tr("Worksheets");
    case Label::Area: return tr("Area");
    case Label::Service: return tr("Service");
    case Label::Status: return tr("Status");
    case Label::ScopeAndHours: return tr("Scope and hours");
    case Label::Item: return tr("Checklist item");
    case Label::Owner: return tr("Owner");
    case Label::Due: return tr("Due");
    case Label::ChosenModel: return tr("Chosen model");
    }
    return {};
}

QString PlanSnapshot::documentTitle()
{
    return tr("CSIRT plan");
}

QString PlanSnapshot::exportedOn(const QString &date)
{
    return tr("Exported on %1.").arg(date);
}

QString PlanSnapshot::progressText(const PlanProgress &progress)
{
    const QString text = progress.overdue > 0
        ? tr("%1 of %2 items done (%3 %). %n item(s) overdue.", nullptr, progress.overdue)
        : tr("%1 of %2 items done (%3 %).");
    return text.arg(progress.done).arg(progress.applicable).arg(progress.percent());
}

QString PlanSnapshot::dueDate(const PlanItem &item, const QString &shown) const
{
    return item.isOverdue(date) ? tr("%1 (overdue)").arg(shown) : shown;
}

QString PlanSnapshot::notApplicableText(const QString &reason)
{
    return tr("(not applicable: %1)").arg(reason);
}

QString PlanSnapshot::scopeAndHours(const ServiceChoice &choice)
{
    const QString scope = choice.scope.trimmed();
    const QString hours = choice.hours.trimmed();
    if (!scope.isEmpty() && !hours.isEmpty())
        return tr("%1 (hours: %2)").arg(scope, hours);
    if (!hours.isEmpty())
        return tr("Hours: %1").arg(hours);
    return scope;
}

QString PlanSnapshot::notDecided()
{
    return tr("Not decided yet.");
}

QString PlanSnapshot::reasonLabel()
{
    return tr("Reason");
}

} // namespace csirtkit
