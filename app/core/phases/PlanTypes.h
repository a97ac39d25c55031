#pragma once

#include "phases/ContentLibrary.h"

#include <QCoreApplication>
#include <QDate>

namespace csirtkit {

enum class ItemStatus { NotStarted, InProgress, Done, NotApplicable };

class PlanText
{
    Q_DECLARE_TR_FUNCTIONS(PlanText)

public:
    static QString statusKey(ItemStatus status);
    static std::optional<ItemStatus> statusFromKey(const QString &key);
    static QString statusLabel(ItemStatus status); // translated
    static QList<ItemStatus> allStatuses()
    {
        return { ItemStatus::NotStarted, ItemStatus::InProgress, ItemStatus::Done, ItemStatus::NotApplicable };
    }
};

struct PlanStep
{
    qint64 id = 0;
    QString key;
    QString phase;
    int position = 0;
    LocalText title;
    LocalText purpose;
    LocalText guidance;
    QList<LocalText> deliverables;
    QStringList topics;
};

struct PlanItem
{
    qint64 id = 0;
    qint64 stepId = 0;
    QString key; // empty for items a user added
    int position = 0;
    LocalText shipped;
    QString userText; // null when the shipped text is used
    ItemStatus status = ItemStatus::NotStarted;
    QString naReason;
    QString owner;
    QDate due;
    QString notes;
    bool removed = false;
    int evidenceCount = 0;

    bool isShipped() const { return !key.isEmpty(); }
    bool isEdited() const { return !userText.isNull(); }
    QString text(const QString &language) const { return userText.isNull() ? shipped.in(language) : userText; }
    bool isApplicable() const { return !removed && status != ItemStatus::NotApplicable; }
    bool isOpen() const { return isApplicable() && status != ItemStatus::Done; }
    bool isOverdue(const QDate &today) const { return isOpen() && due.isValid() && due < today; }
};

struct PlanEvidence
{
    qint64 id = 0;
    qint64 itemId = 0;
    int position = 0;
    QString target; // URL or local file path
    QString label;
};

struct PlanProgress
{
    int done = 0;
    int applicable = 0;
    int overdue = 0;
    int open() const { return applicable - done; }
    int percent() const { return applicable ? (done * 100 + applicable / 2) / applicable : 0; }
    void add(const PlanItem &item, const QDate &today)
    {
        if (!item.isApplicable())
            return;
        ++applicable;
        done += item.status == ItemStatus::Done ? 1 : 0;
        overdue += item.isOverdue(today) ? 1 : 0;
    }
};

// Everything needed to put a step's items back exactly as they were (for undo).
struct StepSnapshot
{
    qint64 stepId = 0;
    QList<PlanItem> items; // including removed shipped items
    QList<PlanEvidence> evidence;
};

} // namespace csirtkit
