#pragma once

// Test fixtures shared by the core, ui and cli tests: each bad kind of file the workspace loader
// must refuse, made on demand so they always match the current schema.

#include "workspace/IntegrityLedger.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace fixtures {

inline QByteArray sha256(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// The statements that take a workspace back from format 12 to format 11 (for tests that fake an older
// file): the team's tables and the calendar id go.
inline QStringList withoutTeamSchema(QStringList statements)
{
    for (const char *table : { "training_item", "rota_shift", "absence", "raci", "role_assignment", "person_skill", "person",
                               "team_role", "team_settings" })
        statements.prepend(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table)));
    statements.prepend(QStringLiteral("DELETE FROM workspace_meta WHERE key = 'calendar_id'"));
    return statements;
}

// Runs SQL on a file through a private connection (not through Workspace).
inline bool rawSql(const QString &path, const QStringList &statements)
{
    const QString name = QStringLiteral("fixture-%1").arg(quintptr(&statements));
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open();
        for (const QString &statement : statements) {
            QSqlQuery q(db);
            ok = ok && q.exec(statement);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// What someone with the file and CSIRT Kit's source can do: throw the integrity ledger away and
// seal the current (tampered) state anew, through a connection of their own.
inline bool forgeLedger(const QString &path)
{
    if (!rawSql(path, { QStringLiteral("DELETE FROM integrity_ledger"),
                        QStringLiteral("DELETE FROM workspace_meta WHERE key IN ('ledger_count', 'ledger_head')") }))
        return false;
    const QString name = QStringLiteral("forger");
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        ok = db.open() && csirtkit::sql::execScript(db, "BEGIN") && csirtkit::IntegrityLedger::sealAll(db)
            && csirtkit::sql::execScript(db, "COMMIT");
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

inline QString makeWorkspace(const QDir &dir, const QString &name, const QString &org = QStringLiteral("Example Corp"))
{
    const QString path = dir.filePath(name);
    auto ws = csirtkit::Workspace::create(path, org);
    if (!ws)
        qWarning("fixture workspace failed: %s", qPrintable(ws.error().message));
    return path;
}

inline QString makeTextFile(const QDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("notes.csirt"));
    QFile file(path);
    if (file.open(QIODevice::WriteOnly))
        file.write("This is a plain text file, not a workspace.\n");
    return path;
}

inline QString makeForeignSqlite(const QDir &dir)
{
    const QString path = dir.filePath(QStringLiteral("other-app.csirt"));
    rawSql(path, { QStringLiteral("CREATE TABLE songs (id INTEGER PRIMARY KEY, title TEXT)"),
                   QStringLiteral("INSERT INTO songs (title) VALUES ('Blue in Green')") });
    return path;
}

inline QString makeNewerWorkspace(const QDir &dir)
{
    const QString path = makeWorkspace(dir, QStringLiteral("newer.csirt"));
    rawSql(path, { QStringLiteral("PRAGMA user_version = %1").arg(csirtkit::Workspace::latestSchemaVersion() + 7) });
    return path;
}

// A workspace with several pages, whose second page (a table b-tree) is overwritten with garbage.
inline QString makeCorruptWorkspace(const QDir &dir)
{
    const QString path = makeWorkspace(dir, QStringLiteral("corrupt.csirt"));
    rawSql(path, { QStringLiteral("PRAGMA journal_mode = DELETE"),
                   QStringLiteral("UPDATE org_profile SET notes = hex(randomblob(6000))") });
    QFile file(path);
    if (file.open(QIODevice::ReadWrite)) {
        file.seek(4096 + 8);
        file.write(QByteArray(2048, '\xA5'));
    }
    return path;
}

inline QString makeReadOnlyWorkspace(const QDir &dir)
{
    const QString path = makeWorkspace(dir, QStringLiteral("read-only.csirt"));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    return path;
}

} // namespace fixtures
