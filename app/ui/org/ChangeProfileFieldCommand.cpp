#include "org/ChangeProfileFieldCommand.h"

#include "org/OrgProfileRepository.h"
#include "workspace/WorkspaceSession.h"

#include <QCoreApplication>

namespace csirtkit {

namespace {
constexpr int NotesCommandId = 0x0f01;
}

ChangeProfileFieldCommand::ChangeProfileFieldCommand(WorkspaceSession *session, OrgProfile::Field field,
                                                     QString oldValue, QString newValue)
    : m_session(session), m_field(field), m_old(std::move(oldValue)), m_new(std::move(newValue))
{
    setText(QCoreApplication::translate("csirtkit::ChangeProfileFieldCommand", "Change %1")
                .arg(OrgProfile::label(field)));
}

bool ChangeProfileFieldCommand::apply(const QString &value)
{
    auto stored = OrgProfileRepository(m_session->workspace()).setValue(m_field, value);
    if (!stored) {
        // Nothing was written; drop the step so undo never claims a change that did not happen.
        setObsolete(true);
        m_session->notifyFailed(stored.error());
        return false;
    }
    m_session->notifyChanged(QStringLiteral("org_profile"));
    return true;
}

void ChangeProfileFieldCommand::redo()
{
    apply(m_new);
}

void ChangeProfileFieldCommand::undo()
{
    apply(m_old);
}

int ChangeProfileFieldCommand::id() const
{
    return m_field == OrgProfile::Field::Notes ? NotesCommandId : -1;
}

bool ChangeProfileFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *next = static_cast<const ChangeProfileFieldCommand *>(other);
    if (next->isObsolete()) // QUndoStack merges before it drops failed steps: never take one over
        return false;
    if (next->m_field != m_field || next->m_session != m_session)
        return false;
    m_new = next->m_new;
    return true;
}

} // namespace csirtkit
