#include "workspace/WorkspaceFacts.h"

#include "org/OrgProfileRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QFileInfo>

namespace csirtkit {

Result<WorkspaceFacts> WorkspaceFacts::read(Workspace &workspace)
{
    WorkspaceFacts facts;
    auto profile = OrgProfileRepository(workspace).load();
    if (!profile)
        return profile.error();
    facts.organisationName = profile->value(OrgProfile::Field::Name);
    facts.filePath = workspace.filePath();
    facts.createdUtc = workspace.createdUtc();
    facts.lastChangedUtc = workspace.lastChangedUtc();
    facts.schemaVersion = workspace.schemaVersion();
    facts.readOnly = workspace.isReadOnly();
    facts.fileSize = QFileInfo(workspace.filePath()).size();
    facts.counts.append({ QStringLiteral("profile_fields"), tr("Profile fields filled in"), profile->filledCount(),
                          OrgProfile::FieldCount });
    if (facts.schemaVersion >= 2) { // the change log came with format 2; `info` reads older files as they are
        auto changes = sql::scalar(workspace.db(), QStringLiteral("SELECT count(*) FROM change_log"));
        if (!changes)
            return changes.error();
        facts.counts.append({ QStringLiteral("changes"), tr("Recorded changes"), changes->toLongLong(), -1 });
    }
    return facts;
}

} // namespace csirtkit
