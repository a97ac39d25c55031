#pragma once

#include "phases/PlanTypes.h"

#include <QDate>

class QUndoCommand;

namespace csirtkit {

class WorkspaceSession;

// Undo steps for the phase guide's checklist.
namespace PlanCommands {

QUndoCommand *setStatus(WorkspaceSession *session, const PlanItem &item, ItemStatus status, const QString &naReason);
QUndoCommand *setOwner(WorkspaceSession *session, const PlanItem &item, const QString &owner);
QUndoCommand *setDueDate(WorkspaceSession *session, const PlanItem &item, const QDate &due);
QUndoCommand *setNotes(WorkspaceSession *session, const PlanItem &item, const QString &notes); // typing merges
QUndoCommand *setText(WorkspaceSession *session, const PlanItem &item, const QString &text);
QUndoCommand *addEvidence(WorkspaceSession *session, const PlanItem &item, const QString &target, const QString &label);
QUndoCommand *removeEvidence(WorkspaceSession *session, const PlanItem &item, qint64 evidenceId);
// Structural changes restore a snapshot of the step on undo.
QUndoCommand *addItem(WorkspaceSession *session, qint64 stepId, const QString &text);
QUndoCommand *removeItem(WorkspaceSession *session, const PlanItem &item);
QUndoCommand *moveItem(WorkspaceSession *session, const PlanItem &item, int newIndex);
QUndoCommand *resetStep(WorkspaceSession *session, qint64 stepId);

} // namespace PlanCommands

} // namespace csirtkit
