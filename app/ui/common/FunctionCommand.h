#pragma once

#include "common/Result.h"

#include <QUndoCommand>
#include <QVariant>

#include <functional>

namespace csirtkit {

class WorkspaceSession;

// An undo step made of two functions that write through repositories (Tiled's ChangeValue idea,
// without a class per field). A failed write makes the step obsolete — it leaves the stack, so undo
// never claims a change that did not happen — and the session reports the message.
class FunctionCommand : public QUndoCommand
{
public:
    using Step = std::function<Result<void>()>;

    FunctionCommand(WorkspaceSession *session, QString entity, const QString &text, Step redo, Step undo,
                    int mergeId = -1, QVariant mergeKey = {});

    void redo() override;
    void undo() override;
    int id() const override { return m_mergeId; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void run(const Step &step);

    WorkspaceSession *m_session;
    QString m_entity;
    Step m_redo;
    Step m_undo;
    int m_mergeId;
    QVariant m_mergeKey;
};

} // namespace csirtkit
