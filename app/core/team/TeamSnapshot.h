#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

namespace csirtkit {

class Workspace;

// Every row of the team's tables (settings, own roles and overrides, people and skills, holders and
// deputies, RACI, absences, rota, training) as one value, and back. Undo of a team edit restores the
// snapshot taken before it in one transaction; redo restores the one taken after it. Ids are kept, so
// that what points to a person still does after an undo.
class TeamSnapshot
{
public:
    static Result<QJsonObject> capture(const QSqlDatabase &db);
    static Result<void> restore(Workspace &workspace, const QJsonObject &snapshot);
    static QStringList tables();
};

} // namespace csirtkit
