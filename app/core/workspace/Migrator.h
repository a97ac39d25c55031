#pragma once

#include "common/Result.h"

#include <QSqlDatabase>

namespace csirtkit {

// Applies the numbered schema migrations shipped in resources/migrations (NNNN_name.sql).
// Each step runs in its own transaction together with the PRAGMA user_version bump, so a step is
// either fully applied or not at all.
class Migrator
{
public:
    static int latestVersion();
    static Result<void> migrate(const QSqlDatabase &db, int targetVersion = -1);

private:
    static QStringList files();
    static Result<void> afterScript(const QSqlDatabase &db, int version);
};

} // namespace csirtkit
