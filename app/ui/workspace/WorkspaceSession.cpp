#include "workspace/WorkspaceSession.h"

#include "workspace/Workspace.h"

#include <QUndoStack>

namespace csirtkit {

WorkspaceSession::WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent)
    : QObject(parent), m_workspace(std::move(workspace)), m_undoStack(new QUndoStack(this))
{
}

WorkspaceSession::~WorkspaceSession() = default;

bool WorkspaceSession::isReadOnly() const
{
    return m_workspace->isReadOnly();
}

QString WorkspaceSession::filePath() const
{
    return m_workspace->filePath();
}

void WorkspaceSession::notifyChanged(const QString &entity)
{
    Q_EMIT changed(entity);
}

void WorkspaceSession::notifyFailed(const Error &error)
{
    Q_EMIT failed(error.message);
}

} // namespace csirtkit
