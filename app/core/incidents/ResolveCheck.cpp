#include "incidents/ResolveCheck.h"

#include "common/Language.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentTasks.h"
#include "incidents/NotificationClocks.h"

namespace csirtkit {

bool ResolveCheck::checks(const QString &to)
{
    return to == QLatin1String("resolved") || to == QLatin1String("closed");
}

QString ResolveCheck::lessonsMissing()
{
    return tr("No lessons learned are written yet.");
}

QStringList ResolveCheck::stillOpen(const QStringList &openItems, const QString &lessons)
{
    return lessons.trimmed().isEmpty() ? openItems + QStringList { lessonsMissing() } : openItems;
}

Result<QStringList> ResolveCheck::openItems(Workspace &workspace, qint64 incidentId, const QString &to)
{
    QStringList items;
    if (!checks(to))
        return items;
    auto incident = IncidentRepository(workspace).incident(incidentId);
    if (!incident)
        return incident.error();
    auto tasks = IncidentTasks(workspace).tasks(incidentId, Language::current());
    if (!tasks)
        return tasks.error();
    const auto open = std::count_if(tasks->cbegin(), tasks->cend(), [](const IncidentTask &t) { return !t.done; });
    if (open > 0)
        items << tr("%n of %1 task(s) not done.", nullptr, int(open)).arg(tasks->size());
    auto deadlines = NotificationClocks(workspace).deadlines(incidentId);
    if (!deadlines)
        return deadlines.error();
    QStringList unsent;
    for (const NotificationDeadline &d : std::as_const(*deadlines))
        if (!d.isSent())
            unsent << d.title.in(Language::current());
    if (!unsent.isEmpty())
        items << tr("%n notification(s) not sent: %1.", nullptr, int(unsent.size())).arg(unsent.join(tr(", ", "between listed values")));
    QStringList unknown;
    if (!incident->occurredUtc.isValid())
        unknown << tr("occurred");
    if (!incident->detectedUtc.isValid())
        unknown << tr("detected");
    if (!incident->containedUtc.isValid() && incident->status != QLatin1String("new") && incident->status != QLatin1String("triage"))
        unknown << tr("contained");
    if (!unknown.isEmpty())
        items << tr("No time is recorded for: %1.").arg(unknown.join(tr(", ", "between listed values")));
    return items;
}

QString ResolveCheck::overrideComment(const QStringList &openItems, const QString &reason)
{
    // One item per line: sentences are never run together (no space after 。 in Japanese).
    return tr("Taken with items still open:") + QStringLiteral("\n- ") + openItems.join(QStringLiteral("\n- ")) + QLatin1Char('\n')
        + tr("Reason: %1").arg(reason.trimmed());
}

} // namespace csirtkit
