#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QUndoCommand>

#include <functional>

namespace csirtkit {

class WorkspaceSession;

// One undoable edit of the team (people, roles, holders, RACI, staffing, rota, training). The edit runs
// through the repositories at once; undo restores the team as it was before (TeamSnapshot), redo as it
// was after. A refused edit leaves nothing on the stack and its message is returned.
class TeamEditCommand : public QUndoCommand
{
public:
    static Result<void> run(WorkspaceSession *session, const QString &text, const std::function<Result<void>()> &edit);

    void undo() override;
    void redo() override;

private:
    TeamEditCommand(WorkspaceSession *session, const QString &text, QJsonObject before, QJsonObject after);
    void restore(const QJsonObject &snapshot);

    WorkspaceSession *m_session;
    QJsonObject m_before;
    QJsonObject m_after;
    bool m_done = true; // the first redo() is the edit that already ran
};

} // namespace csirtkit
