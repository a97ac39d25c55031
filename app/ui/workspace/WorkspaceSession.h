#pragma once

#include "common/Result.h"

#include <QObject>

#include <memory>

class QUndoStack;

namespace csirtkit {

class Workspace;

// An open workspace in the GUI: the Workspace itself and its undo stack. Edits are undo commands
// that call repositories through workspace(); they report back with changed() or failed().
class WorkspaceSession : public QObject
{
    Q_OBJECT

public:
    explicit WorkspaceSession(std::unique_ptr<Workspace> workspace, QObject *parent = nullptr);
    ~WorkspaceSession() override;

    Workspace &workspace() const { return *m_workspace; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isReadOnly() const;
    QString filePath() const;

    // Called by commands after each write (`entity` as in the change log, e.g. "org_profile").
    void notifyChanged(const QString &entity);
    void notifyFailed(const Error &error);

Q_SIGNALS:
    void changed(const QString &entity);
    void failed(const QString &message);

private:
    std::unique_ptr<Workspace> m_workspace;
    QUndoStack *m_undoStack;
};

} // namespace csirtkit
