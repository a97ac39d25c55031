#include "team/TeamEditCommand.h"

#include "team/TeamSnapshot.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSession.h"

#include <QUndoStack>

namespace csirtkit {

TeamEditCommand::TeamEditCommand(WorkspaceSession *session, const QString &text, QJsonObject before, QJsonObject after)
    : QUndoCommand(text), m_session(session), m_before(std::move(before)), m_after(std::move(after))
{
}

Result<void> TeamEditCommand::run(WorkspaceSession *session, const QString &text, const std::function<Result<void>()> &edit)
{
    if (session->isReadOnly())
        return makeError(ErrorCode::ReadOnly, QObject::tr("This workspace is open read-only; the team cannot be changed."));
    auto before = TeamSnapshot::capture(session->workspace().db());
    if (!before)
        return before.error();
    if (auto r = edit(); !r) {
        // An edit of several writes that fails half-way is taken back whole: nothing is half-saved.
        if (auto undone = TeamSnapshot::restore(session->workspace(), *before); !undone)
            return undone;
        return r;
    }
    auto after = TeamSnapshot::capture(session->workspace().db());
    if (!after)
        return after.error();
    session->undoStack()->push(new TeamEditCommand(session, text, *before, *after));
    session->notifyChanged(QStringLiteral("team"));
    return {};
}

void TeamEditCommand::restore(const QJsonObject &snapshot)
{
    if (auto r = TeamSnapshot::restore(m_session->workspace(), snapshot); !r) {
        setObsolete(true);
        m_session->notifyFailed(r.error());
        return;
    }
    m_session->notifyChanged(QStringLiteral("team"));
}

void TeamEditCommand::undo()
{
    restore(m_before);
}

void TeamEditCommand::redo()
{
    if (m_done) {
        m_done = false;
        return;
    }
    restore(m_after);
}

} // namespace csirtkit
