#include "workspace/WorkspaceFile.h"

#include "workspace/SchemaCheck.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QUrl>
#include <QtEndian>

#include <atomic>
#include <unistd.h>

namespace csirtkit {

namespace {

std::atomic_int g_connectionCounter { 0 };

QString lockFilePath(const QString &canonicalPath)
{
    const QFileInfo info(canonicalPath);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".lock"));
}

bool searchable(const QString &folder)
{
    return ::access(QFile::encodeName(folder).constData(), X_OK) == 0;
}

// Nothing can be created beside the file: SQLite cannot make the write-ahead log's index there.
bool nothingCanBeCreatedBeside(const QString &path)
{
    return files::onReadOnlyMedium(path)
        || ::access(QFile::encodeName(QFileInfo(path).absolutePath()).constData(), W_OK | X_OK) != 0;
}

} // namespace

QString WorkspaceFile::display(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

QString WorkspaceFile::newConnectionName()
{
    return QStringLiteral("csirtkit-workspace-%1").arg(++g_connectionCounter);
}

Result<WorkspaceFile::Header> WorkspaceFile::readHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        const QString folder = info.absolutePath();
        if (QFileInfo(folder).isDir() && !searchable(folder))
            return makeError(ErrorCode::Io, tr("The folder “%1” cannot be searched (no permission), so “%2” cannot be "
                                               "reached. Ask for access to the folder, or copy the file elsewhere.")
                                                .arg(QDir::toNativeSeparators(folder), display(path)));
        return makeError(ErrorCode::NotFound, tr("The file “%1” does not exist. Check the name and "
                                                 "folder, or choose another file.")
                                                  .arg(display(path)));
    }
    if (info.isDir())
        return makeError(ErrorCode::NotSqlite,
                         tr("“%1” is a folder, not a workspace file. Choose a .csirt file.").arg(display(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("“%1” cannot be read (%2). Check that you have permission "
                                           "to read it.")
                                            .arg(display(path), file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return makeError(ErrorCode::NotSqlite,
                         tr("“%1” is not a CSIRT Kit workspace: it is not a database file at all. "
                            "Choose a .csirt file made by CSIRT Kit.")
                             .arg(display(path)));
    Header h;
    h.userVersion = qFromBigEndian<quint32>(header.constData() + 60);
    h.applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    h.wal = header.at(18) == 2 || header.at(19) == 2;
    return h;
}

Error WorkspaceFile::foreignError(const QString &path)
{
    return makeError(ErrorCode::ForeignDatabase,
                     tr("“%1” is a database of another application, not a CSIRT Kit workspace. "
                        "It was not opened or changed. Choose a .csirt file made by CSIRT Kit.")
                         .arg(display(path)));
}

Error WorkspaceFile::newerError(const QString &path, quint32 version)
{
    return makeError(ErrorCode::NewerVersion,
                     tr("“%1” was saved by a newer version of CSIRT Kit (workspace format %2; this "
                        "version reads formats up to %3). Update CSIRT Kit to open it. The file "
                        "was not changed.")
                         .arg(display(path))
                         .arg(version)
                         .arg(Workspace::latestSchemaVersion()));
}

Error WorkspaceFile::corruptError(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::Corrupt,
                     tr("“%1” is damaged: the database integrity check failed (%2). It was not "
                        "changed. Restore the workspace from a backup.")
                         .arg(display(path), detail));
}

Error WorkspaceFile::lockedError(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::Locked, tr("“%1” is in use by another program (%2). Close it there "
                                           "and try again, or open a copy of the file.")
                                            .arg(display(path), detail));
}

QString WorkspaceFile::readOnlyReason(const QString &path, files::WriteBlock block)
{
    switch (block) {
    case files::WriteBlock::Medium:
        return tr("“%1” is on a read-only medium, so it is open for viewing only. To change it, copy it to a writable "
                  "folder and open the copy.")
            .arg(display(path));
    case files::WriteBlock::Folder:
        return tr("The folder of “%1” cannot be written (CSIRT Kit keeps a write-ahead log beside the workspace), so it "
                  "is open for viewing only. To change it, copy it to a writable folder, or get write permission for "
                  "the folder.")
            .arg(display(path));
    case files::WriteBlock::File:
        return tr("“%1” is read-only, so it is open for viewing only. Make the file writable to change it, or work on a "
                  "writable copy.")
            .arg(display(path));
    case files::WriteBlock::HardLinks:
        return tr("“%1” has %2 names on this disk (hard links). Two programs writing under different names would lose "
                  "data, so it is open for viewing only. Remove the other names, or work on a copy.")
            .arg(display(path))
            .arg(files::identity(path).links);
    case files::WriteBlock::None:
        break;
    }
    return {};
}

Result<std::unique_ptr<QLockFile>> WorkspaceFile::acquireLock(const QString &canonicalPath)
{
    auto lock = std::make_unique<QLockFile>(lockFilePath(canonicalPath));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return lockedError(canonicalPath, tr("open in %1, process %2 on %3")
                                              .arg(app.isEmpty() ? QStringLiteral("CSIRT Kit") : app)
                                              .arg(pid)
                                              .arg(host));
    }
    // The folder is not writable: nobody else can take the lock either, so go on without one.
    return std::unique_ptr<QLockFile>();
}

Result<QSqlDatabase> WorkspaceFile::openWritable(const QString &connection, const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sql::toError(db.lastError(), tr("Opening “%1”").arg(display(path)));
    return db;
}

Result<QSqlDatabase> WorkspaceFile::openReadOnly(const QString &connection, const QString &path, QString *note)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000"));
        if (!db.open())
            return sql::toError(db.lastError(), tr("Opening “%1”").arg(display(path)));
        auto probe = sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master"));
        if (probe || !nothingCanBeCreatedBeside(path))
            return db;
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    // Immutable: SQLite takes no locks and needs no -shm. Safe here because nothing can write beside
    // the file; a write-ahead log left on such a medium cannot be read, which the note says.
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    QUrl url = QUrl::fromLocalFile(path);
    url.setQuery(QStringLiteral("immutable=1"));
    db.setDatabaseName(url.toString(QUrl::FullyEncoded));
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
    if (!db.open())
        return sql::toError(db.lastError(), tr("Opening “%1”").arg(display(path)));
    if (note && QFileInfo(path + QStringLiteral("-wal")).size() > 0)
        *note = tr("Changes still in its write-ahead log (“%1-wal”) cannot be read from here and are not shown.")
                    .arg(display(path));
    return db;
}

void WorkspaceFile::closeConnection(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

Result<void> WorkspaceFile::inspect(const QString &path, bool full)
{
    const QString connection = newConnectionName();
    Result<void> result;
    {
        auto db = openReadOnly(connection, path);
        if (!db) {
            result = db.error().code == ErrorCode::Corrupt ? corruptError(path, db.error().message) : db.error();
        } else {
            auto check = full ? sql::scalar(*db, QStringLiteral("PRAGMA quick_check(1)"))
                              : sql::scalar(*db, QStringLiteral("SELECT CASE WHEN count(*) >= 0 THEN 'ok' END FROM sqlite_master"));
            auto appId = sql::scalar(*db, QStringLiteral("PRAGMA application_id"));
            auto version = sql::scalar(*db, QStringLiteral("PRAGMA user_version"));
            if (!check) {
                const Error &e = check.error();
                if (e.code == ErrorCode::Locked)
                    result = lockedError(path, tr("the database is locked"));
                else if (e.code == ErrorCode::Corrupt || e.code == ErrorCode::Database)
                    result = corruptError(path, e.message);
                else
                    result = e;
            } else if (check->toString() != QLatin1String("ok")) {
                result = corruptError(path, check->toString());
            } else if (!appId || !version) {
                result = corruptError(path, (!appId ? appId.error() : version.error()).message);
            } else if (appId->toUInt() != Workspace::ApplicationId) {
                result = foreignError(path);
            } else if (version->toInt() > Workspace::latestSchemaVersion()) {
                result = newerError(path, version->toUInt());
            } else if (version->toInt() < 1) {
                result = corruptError(path, tr("no schema"));
            } else if (auto schema = SchemaCheck::differences(*db, version->toInt()); !schema) {
                result = schema.error();
            } else if (!schema->isEmpty()) {
                result = makeError(ErrorCode::Corrupt,
                                   tr("“%1” is not a complete CSIRT Kit workspace of format %2: %3. It was not changed. "
                                      "Restore the workspace from a backup.")
                                       .arg(display(path))
                                       .arg(version->toInt())
                                       .arg(schema->join(QStringLiteral("; "))));
            }
        }
    }
    closeConnection(connection);
    return result;
}

} // namespace csirtkit
