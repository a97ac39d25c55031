#include "common/FunctionCommand.h"

#include "workspace/WorkspaceSession.h"

namespace csirtkit {

FunctionCommand::FunctionCommand(WorkspaceSession *session, QString entity, const QString &text, Step redo, Step undo,
                                 int mergeId, QVariant mergeKey)
    : QUndoCommand(text), m_session(session), m_entity(std::move(entity)), m_redo(std::move(redo)),
      m_undo(std::move(undo)), m_mergeId(mergeId), m_mergeKey(std::move(mergeKey))
{
}

void FunctionCommand::run(const Step &step)
{
    if (auto done = step(); !done) {
        setObsolete(true);
        m_session->notifyFailed(done.error());
        return;
    }
    m_session->notifyChanged(m_entity);
}

void FunctionCommand::redo()
{
    run(m_redo);
}

void FunctionCommand::undo()
{
    run(m_undo);
}

bool FunctionCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const FunctionCommand *>(other);
    if (next->isObsolete()) // QUndoStack merges before it drops failed steps: never take one over
        return false;
    if (next->m_mergeKey != m_mergeKey || next->m_session != m_session)
        return false;
    m_redo = next->m_redo;
    return true;
}

} // namespace csirtkit
