#include "workspace/Migrator.h"

#include "common/CoreResources.h"
#include "workspace/IntegrityLedger.h"
#include "workspace/SqlUtil.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace csirtkit {

QStringList Migrator::files()
{
    static const QStringList list = [] {
        initCoreResources();
        QStringList names = QDir(QStringLiteral(":/migrations")).entryList({ QStringLiteral("*.sql") }, QDir::Files,
                                                                            QDir::Name);
        for (QString &name : names)
            name.prepend(QStringLiteral(":/migrations/"));
        return names;
    }();
    return list;
}

// Steps of a migration that SQL cannot do, run inside the migration's transaction.
Result<void> Migrator::afterScript(const QSqlDatabase &db, int version)
{
    // Format 10 brings the integrity ledger: seal what the workspace holds now. A later migration that
    // changes a sealed table (IntegrityState) must seal again here, or verify reports every incident.
    if (version == 10)
        return IntegrityLedger::sealAll(db);
    return {};
}

int Migrator::latestVersion()
{
    return int(files().size());
}

Result<void> Migrator::migrate(const QSqlDatabase &db, int targetVersion)
{
    if (targetVersion < 0)
        targetVersion = latestVersion();
    auto current = sql::scalar(db, QStringLiteral("PRAGMA user_version"));
    if (!current)
        return current.error();
    const QStringList scripts = files();
    for (int version = current->toInt() + 1; version <= targetVersion; ++version) {
        QFile file(scripts.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Io, QStringLiteral("missing migration %1").arg(version));
        const QByteArray script = "BEGIN IMMEDIATE;\n" + file.readAll() + "\nPRAGMA user_version = "
            + QByteArray::number(version) + ";\n";
        auto applied = sql::execScript(db, script);
        if (applied)
            applied = afterScript(db, version);
        if (applied)
            applied = sql::execScript(db, "COMMIT;");
        if (!applied) {
            (void)sql::execScript(db, "ROLLBACK;");
            return makeError(ErrorCode::Database,
                             QCoreApplication::translate("csirtkit::Migrator",
                                                         "Upgrading the workspace to format %1 failed (%2). That "
                                                         "step was undone, so the workspace stays at format %3. Keep a "
                                                         "copy of it and report the problem.")
                                 .arg(version)
                                 .arg(applied.error().message)
                                 .arg(version - 1));
        }
    }
    return {};
}

} // namespace csirtkit
