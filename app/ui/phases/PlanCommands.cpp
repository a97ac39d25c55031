#include "phases/PlanCommands.h"

#include "common/FunctionCommand.h"
#include "phases/PlanRepository.h"
#include "workspace/WorkspaceSession.h"

#include <QCoreApplication>

#include <memory>

namespace csirtkit::PlanCommands {

namespace {

constexpr int NotesMergeId = 0x0f10;

PlanRepository repo(WorkspaceSession *session)
{
    return PlanRepository(session->workspace());
}

FunctionCommand *field(WorkspaceSession *session, const QString &text, FunctionCommand::Step redo,
                       FunctionCommand::Step undo, int mergeId = -1, QVariant mergeKey = {})
{
    return new FunctionCommand(session, QStringLiteral("plan_item"), text, std::move(redo), std::move(undo), mergeId,
                               std::move(mergeKey));
}

// Runs `op` the first time; afterwards redo and undo restore the snapshots taken around it, so ids
// and order come back exactly.
QUndoCommand *structural(WorkspaceSession *session, qint64 stepId, const QString &text,
                         std::function<Result<void>(PlanRepository &)> op)
{
    struct State
    {
        std::optional<StepSnapshot> before;
        std::optional<StepSnapshot> after;
    };
    auto state = std::make_shared<State>();
    auto redo = [session, stepId, state, op]() -> Result<void> {
        PlanRepository r = repo(session);
        if (state->after)
            return r.restore(*state->after);
        auto before = r.snapshot(stepId);
        if (!before)
            return before.error();
        if (auto done = op(r); !done)
            return done;
        auto after = r.snapshot(stepId);
        if (!after)
            return after.error();
        state->before = *before;
        state->after = *after;
        return {};
    };
    auto undo = [session, state]() -> Result<void> {
        if (!state->before)
            return {};
        return repo(session).restore(*state->before);
    };
    return new FunctionCommand(session, QStringLiteral("plan_item"), text, redo, undo);
}

} // namespace

QUndoCommand *setStatus(WorkspaceSession *session, const PlanItem &item, ItemStatus status, const QString &naReason)
{
    const qint64 id = item.id;
    const ItemStatus oldStatus = item.status;
    const QString oldReason = item.naReason;
    return field(session, QCoreApplication::translate("PlanCommands", "Set item status to “%1”").arg(PlanText::statusLabel(status)),
                 [=] { return repo(session).setStatus(id, status, naReason); },
                 [=] { return repo(session).setStatus(id, oldStatus, oldReason); });
}

QUndoCommand *setOwner(WorkspaceSession *session, const PlanItem &item, const QString &owner)
{
    const qint64 id = item.id;
    const QString old = item.owner;
    return field(session, QCoreApplication::translate("PlanCommands", "Change item owner"), [=] { return repo(session).setOwner(id, owner); },
                 [=] { return repo(session).setOwner(id, old); });
}

QUndoCommand *setDueDate(WorkspaceSession *session, const PlanItem &item, const QDate &due)
{
    const qint64 id = item.id;
    const QDate old = item.due;
    return field(session, QCoreApplication::translate("PlanCommands", "Change due date"), [=] { return repo(session).setDueDate(id, due); },
                 [=] { return repo(session).setDueDate(id, old); });
}

QUndoCommand *setNotes(WorkspaceSession *session, const PlanItem &item, const QString &notes)
{
    const qint64 id = item.id;
    const QString old = item.notes;
    return field(session, QCoreApplication::translate("PlanCommands", "Edit item notes"), [=] { return repo(session).setNotes(id, notes); },
                 [=] { return repo(session).setNotes(id, old); }, NotesMergeId, id);
}

QUndoCommand *setText(WorkspaceSession *session, const PlanItem &item, const QString &text)
{
    const qint64 id = item.id;
    const QString old = item.isEdited() ? item.userText : QString();
    return field(session, QCoreApplication::translate("PlanCommands", "Edit item text"), [=] { return repo(session).setText(id, text); },
                 [=] { return repo(session).setText(id, old); });
}

QUndoCommand *addEvidence(WorkspaceSession *session, const PlanItem &item, const QString &target, const QString &label)
{
    return structural(session, item.stepId, QCoreApplication::translate("PlanCommands", "Add evidence"), [=](PlanRepository &r) -> Result<void> {
        auto added = r.addEvidence(item.id, target, label);
        if (!added)
            return added.error();
        return {};
    });
}

QUndoCommand *removeEvidence(WorkspaceSession *session, const PlanItem &item, qint64 evidenceId)
{
    return structural(session, item.stepId, QCoreApplication::translate("PlanCommands", "Remove evidence"),
                      [=](PlanRepository &r) { return r.removeEvidence(evidenceId); });
}

QUndoCommand *addItem(WorkspaceSession *session, qint64 stepId, const QString &text)
{
    return structural(session, stepId, QCoreApplication::translate("PlanCommands", "Add checklist item"), [=](PlanRepository &r) -> Result<void> {
        auto added = r.addItem(stepId, text);
        if (!added)
            return added.error();
        return {};
    });
}

QUndoCommand *removeItem(WorkspaceSession *session, const PlanItem &item)
{
    return structural(session, item.stepId, QCoreApplication::translate("PlanCommands", "Remove checklist item"),
                      [id = item.id](PlanRepository &r) { return r.removeItem(id); });
}

QUndoCommand *moveItem(WorkspaceSession *session, const PlanItem &item, int newIndex)
{
    return structural(session, item.stepId, QCoreApplication::translate("PlanCommands", "Move checklist item"),
                      [id = item.id, newIndex](PlanRepository &r) { return r.moveItem(id, newIndex); });
}

QUndoCommand *resetStep(WorkspaceSession *session, qint64 stepId)
{
    return structural(session, stepId, QCoreApplication::translate("PlanCommands", "Reset step to template"),
                      [stepId](PlanRepository &r) { return r.resetStep(stepId); });
}

} // namespace csirtkit::PlanCommands
