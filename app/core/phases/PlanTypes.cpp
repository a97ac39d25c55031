#include "phases/PlanTypes.h"

namespace csirtkit {

QString PlanText::statusKey(ItemStatus status)
{
    switch (status) {
    case ItemStatus::NotStarted: return QStringLiteral("not_started");
    case ItemStatus::InProgress: return QStringLiteral("in_progress");
    case ItemStatus::Done: return QStringLiteral("done");
    case ItemStatus::NotApplicable: return QStringLiteral("not_applicable");
    }
    return {};
}

std::optional<ItemStatus> PlanText::statusFromKey(const QString &key)
{
    for (ItemStatus s : allStatuses())
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QString PlanText::statusLabel(ItemStatus status)
{
    switch (status) {
    case ItemStatus::NotStarted: return tr("Not started");
    case ItemStatus::InProgress: return tr("In progress");
    case ItemStatus::Done: return tr("Done");
    case ItemStatus::NotApplicable: return tr("Not applicable");
    }
    return {};
}

} // namespace csirtkit
