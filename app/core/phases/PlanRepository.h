#pragma once

#include "common/Result.h"
#include "phases/PlanTypes.h"

#include <QCoreApplication>

namespace csirtkit {

class Workspace;

// The phase guide's steps, checklist items and evidence links in a workspace. Every mutation is one
// transaction; invalid input is refused with a message and writes nothing.
class PlanRepository
{
    Q_DECLARE_TR_FUNCTIONS(PlanRepository)

public:
    explicit PlanRepository(Workspace &workspace) : m_workspace(workspace) { }

    // Copies new or changed shipped content (by key) into the workspace; user state is never touched.
    Result<void> syncShippedContent();

    Result<QList<PlanStep>> steps(const QString &phase = QString()) const;
    Result<PlanStep> step(qint64 stepId) const;
    Result<QList<PlanItem>> items(qint64 stepId) const; // visible items in order
    Result<QList<PlanItem>> allItems() const;           // visible items of every step
    Result<PlanItem> item(qint64 itemId) const;
    Result<QList<PlanEvidence>> evidence(qint64 itemId) const;

    Result<void> setStatus(qint64 itemId, ItemStatus status, const QString &naReason = QString());
    Result<void> setOwner(qint64 itemId, const QString &owner);
    Result<void> setDueDate(qint64 itemId, const QDate &due); // invalid date = no due date
    Result<void> setNotes(qint64 itemId, const QString &notes);
    // For shipped items an empty text goes back to the shipped text; user items need a text.
    Result<void> setText(qint64 itemId, const QString &text);

    Result<qint64> addItem(qint64 stepId, const QString &text);
    Result<void> removeItem(qint64 itemId);
    Result<void> moveItem(qint64 itemId, int newIndex); // index among visible items
    // Shipped items back to their shipped text, order and presence; user-added items and all
    // statuses, owners, dates and notes stay.
    Result<void> resetStep(qint64 stepId);
    Result<qint64> addEvidence(qint64 itemId, const QString &target, const QString &label);
    Result<void> removeEvidence(qint64 evidenceId);

    Result<StepSnapshot> snapshot(qint64 stepId) const;
    Result<void> restore(const StepSnapshot &snapshot);

    static constexpr int MaxTextLength = 2000;
    static constexpr int MaxNotesLength = 100000;

private:
    Result<QList<PlanItem>> queryItems(const QString &where, const QVariantList &bindings) const;
    Result<void> update(qint64 itemId, const QString &column, const QString &field, const QVariant &value);

    Workspace &m_workspace;
};

} // namespace csirtkit
