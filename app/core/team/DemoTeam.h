#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>

namespace csirtkit {

class Workspace;

// The demo organisation's team (the "team" part of resources/content/demo.json): people with their
// skills, holders and deputies, staffing parameters, an on-call rota from this week on with an absence,
// a swap and a handover note, and the training plan its skill gaps propose. Written through the
// repositories, so it is always valid data.
class DemoTeam
{
    Q_DECLARE_TR_FUNCTIONS(DemoTeam)

public:
    // `demo`: the whole demo.json; `language`: "en" or "ja"; dates count from `today`.
    static Result<void> fill(Workspace &workspace, const QJsonObject &demo, const QString &language, QDate today);
};

} // namespace csirtkit
