#pragma once

#include "org/OrgProfile.h"

#include <QUndoCommand>

namespace csirtkit {

class WorkspaceSession;

// Sets one organisation profile field; undo restores the previous value. Typing in the notes
// merges into one step while it continues (Tiled-style command ids).
class ChangeProfileFieldCommand : public QUndoCommand
{
public:
    ChangeProfileFieldCommand(WorkspaceSession *session, OrgProfile::Field field, QString oldValue, QString newValue);

    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool apply(const QString &value);

    WorkspaceSession *m_session;
    OrgProfile::Field m_field;
    QString m_old;
    QString m_new;
};

} // namespace csirtkit
