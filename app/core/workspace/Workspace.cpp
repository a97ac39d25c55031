#include "workspace/Workspace.h"

#include "phases/PlanRepository.h"
#include "workspace/Migrator.h"
#include "workspace/SqlUtil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QtEndian>

#include <sqlite3.h>

#include <atomic>
#include <cstdio>

namespace csirtkit {

namespace {

std::atomic_int g_connectionCounter { 0 };

QString newConnectionName()
{
    return QStringLiteral("csirtkit-workspace-%1").arg(++g_connectionCounter);
}

QString display(const QString &path)
{
    return QDir::toNativeSeparators(QFileInfo(path).fileName());
}

QString lockFilePath(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().filePath(QLatin1Char('.') + info.fileName() + QStringLiteral(".lock"));
}

// The owner-write bit counts as well as access(2): root can write anything, but a file the user
// marked read-only should still open read-only.
bool isWritableFile(const QString &path)
{
    const QFileInfo info(path);
    return info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
}

struct Header
{
    quint32 userVersion = 0;
    quint32 applicationId = 0;
};

Result<Header> readHeader(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, Workspace::tr("The file “%1” does not exist. Check the name and "
                                                            "folder, or choose another file.")
                                                  .arg(display(path)));
    if (info.isDir())
        return makeError(ErrorCode::NotSqlite,
                         Workspace::tr("“%1” is a folder, not a workspace file. Choose a .csirt file.")
                             .arg(display(path)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, Workspace::tr("“%1” cannot be read (%2). Check that you have permission "
                                                      "to read it.")
                                            .arg(display(path), file.errorString()));
    const QByteArray header = file.read(100);
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return makeError(ErrorCode::NotSqlite,
                         Workspace::tr("“%1” is not a CSIRT Kit workspace: it is not a database file at all. "
                                       "Choose a .csirt file made by CSIRT Kit.")
                             .arg(display(path)));
    Header h;
    h.userVersion = qFromBigEndian<quint32>(header.constData() + 60);
    h.applicationId = qFromBigEndian<quint32>(header.constData() + 68);
    return h;
}

Error foreignError(const QString &path)
{
    return makeError(ErrorCode::ForeignDatabase,
                     Workspace::tr("“%1” is a database of another application, not a CSIRT Kit workspace. "
                                   "It was not opened or changed. Choose a .csirt file made by CSIRT Kit.")
                         .arg(display(path)));
}

Error newerError(const QString &path, quint32 version)
{
    return makeError(ErrorCode::NewerVersion,
                     Workspace::tr("“%1” was saved by a newer version of CSIRT Kit (workspace format %2; this "
                                   "version reads formats up to %3). Update CSIRT Kit to open it. The file "
                                   "was not changed.")
                         .arg(display(path))
                         .arg(version)
                         .arg(Workspace::latestSchemaVersion()));
}

Error corruptError(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::Corrupt,
                     Workspace::tr("“%1” is damaged: the database integrity check failed (%2). It was not "
                                   "changed. Restore the workspace from a backup.")
                         .arg(display(path), detail));
}

Error lockedError(const QString &path, const QString &detail)
{
    return makeError(ErrorCode::Locked, Workspace::tr("“%1” is in use by another program (%2). Close it there "
                                                      "and try again, or open a copy of the file.")
                                            .arg(display(path), detail));
}

Result<std::unique_ptr<QLockFile>> acquireLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(lockFilePath(path));
    lock->setStaleLockTime(0); // a lock is stale only when its process is gone
    if (lock->tryLock(0))
        return lock;
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return lockedError(path, Workspace::tr("open in %1, process %2 on %3")
                                     .arg(app.isEmpty() ? QStringLiteral("CSIRT Kit") : app)
                                     .arg(pid)
                                     .arg(host));
    }
    // The folder is not writable: nobody else can take the lock either, so go on without one.
    return std::unique_ptr<QLockFile>();
}

Result<QSqlDatabase> openConnection(const QString &connection, const QString &path, bool readOnly)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
    db.setDatabaseName(path);
    db.setConnectOptions(readOnly ? QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=2000")
                                  : QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return sql::toError(db.lastError(), Workspace::tr("Opening “%1”").arg(display(path)));
    return db;
}

void closeConnection(const QString &connection)
{
    {
        QSqlDatabase db = QSqlDatabase::database(connection, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

// Read-only inspection: the file's bytes are never changed here. `full` runs quick_check over the
// whole file; otherwise only the schema is read (SQLite still reports damage when pages are used).
Result<void> inspect(const QString &path, bool full)
{
    const QString connection = newConnectionName();
    Result<void> result;
    {
        auto db = openConnection(connection, path, true);
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
                    result = lockedError(path, Workspace::tr("the database is locked"));
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
                result = corruptError(path, Workspace::tr("no schema"));
            }
        }
    }
    closeConnection(connection);
    return result;
}

bool replaceFile(const QString &from, const QString &to)
{
    // Stale -wal/-shm files of the file being replaced must not be picked up by the new one.
    QFile::remove(to + QStringLiteral("-wal"));
    QFile::remove(to + QStringLiteral("-shm"));
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString temporarySibling(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(QStringLiteral(".%1.%2.tmp")
                                           .arg(info.fileName())
                                           .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0')));
}

void removeWithSidecars(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
    QFile::remove(path + QStringLiteral("-journal"));
}

} // namespace

namespace {
qint64 g_fullCheckLimit = 256LL * 1024 * 1024;
}

qint64 Workspace::fullCheckLimit()
{
    return g_fullCheckLimit;
}

void Workspace::setFullCheckLimitForTests(qint64 bytes)
{
    g_fullCheckLimit = bytes;
}

int Workspace::latestSchemaVersion()
{
    return Migrator::latestVersion();
}

Workspace::Workspace(QString path, QString connection, Access access, std::unique_ptr<QLockFile> lock)
    : m_path(std::move(path)), m_connection(std::move(connection)), m_access(access), m_lock(std::move(lock))
{
}

Workspace::~Workspace()
{
    closeConnection(m_connection);
}

QSqlDatabase Workspace::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

int Workspace::schemaVersion() const
{
    auto v = sql::scalar(db(), QStringLiteral("PRAGMA user_version"));
    return v ? v->toInt() : 0;
}

Result<Workspace::Access> Workspace::check(const QString &path)
{
    auto opened = openImpl(path, Mode::Check);
    if (!opened)
        return opened.error();
    return isWritableFile(QFileInfo(path).absoluteFilePath()) ? Access::ReadWrite : Access::ReadOnly;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    return openImpl(path, Mode::Edit);
}

Result<std::unique_ptr<Workspace>> Workspace::openForReading(const QString &path)
{
    return openImpl(path, Mode::Read);
}

Result<std::unique_ptr<Workspace>> Workspace::openImpl(const QString &path, Mode mode)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    auto header = readHeader(absolute);
    if (!header)
        return header.error();
    if (header->applicationId != ApplicationId)
        return foreignError(absolute);
    if (int(header->userVersion) > latestSchemaVersion())
        return newerError(absolute, header->userVersion);

    // Readers need no lock: WAL gives them a consistent snapshot while another program writes.
    auto lock = mode == Mode::Read ? Result<std::unique_ptr<QLockFile>>(std::unique_ptr<QLockFile>()) : acquireLock(absolute);
    if (!lock)
        return lock.error();
    // A full quick_check reads every page: seconds for a workspace with 100 000 incidents. Opening
    // checks smaller files fully; `check` (and csirtkit-cli check) always does.
    const bool full = mode == Mode::Check || QFileInfo(absolute).size() <= fullCheckLimit();
    if (auto inspected = inspect(absolute, full); !inspected)
        return inspected.error();

    const bool writable = mode == Mode::Edit && isWritableFile(absolute);
    if (mode == Mode::Check)
        return std::unique_ptr<Workspace>();

    const QString connection = newConnectionName();
    auto db = openConnection(connection, absolute, !writable);
    if (!db) {
        closeConnection(connection);
        return db.error();
    }
    auto fail = [&](const Error &e) -> Result<std::unique_ptr<Workspace>> {
        closeConnection(connection);
        return e;
    };
    auto version = sql::scalar(*db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return fail(version.error());
    if (!writable) {
        if (mode == Mode::Edit && version->toInt() < latestSchemaVersion())
            return fail(makeError(ErrorCode::ReadOnly,
                                  tr("“%1” uses an older workspace format that must be upgraded, but the file "
                                     "is read-only. Make a writable copy of it and open the copy.")
                                      .arg(display(absolute))));
    } else {
        for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                    "PRAGMA synchronous = FULL" }) {
            if (auto done = sql::exec(*db, QString::fromLatin1(pragma)); !done)
                return fail(done.error().code == ErrorCode::Locked ? lockedError(absolute, tr("the database is locked"))
                                                                   : done.error());
        }
        if (auto migrated = Migrator::migrate(*db); !migrated)
            return fail(migrated.error());
    }
    std::unique_ptr<Workspace> workspace(
        new Workspace(absolute, connection, writable ? Access::ReadWrite : Access::ReadOnly, std::move(*lock)));
    if (writable) {
        if (auto synced = PlanRepository(*workspace).syncShippedContent(); !synced)
            return synced.error();
    }
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path, const QString &organisationName)
{
    const QFileInfo info(path);
    const QString absolute = info.absoluteFilePath();
    if (!info.absoluteDir().exists())
        return makeError(ErrorCode::NotFound, tr("The folder “%1” does not exist. Choose another place for the "
                                                 "workspace.")
                                                  .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (organisationName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the organisation's name for the new workspace."));
    // Replacing a workspace that is open somewhere else would pull it from under that program; the
    // lock is held until the new file is in place.
    std::unique_ptr<QLockFile> targetLock;
    if (info.exists()) {
        auto lock = acquireLock(absolute);
        if (!lock)
            return lock.error();
        targetLock = std::move(*lock);
    }

    const QString temp = temporarySibling(absolute);
    const QString connection = newConnectionName();
    Result<void> built;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(temp);
        if (!db.open()) {
            built = makeError(ErrorCode::Io, tr("The workspace “%1” could not be created (%2). Check that the "
                                                "folder is writable.")
                                                 .arg(display(absolute), db.lastError().text()));
        } else {
            built = sql::execScript(db, "PRAGMA application_id = " + QByteArray::number(ApplicationId)
                                            + "; PRAGMA synchronous = FULL;");
            if (built)
                built = Migrator::migrate(db);
            if (built)
                built = sql::exec(db, QStringLiteral("UPDATE org_profile SET name = ? WHERE id = 1"),
                                  { organisationName.trimmed() })
                    ? Result<void>()
                    : Result<void>(makeError(ErrorCode::Database, QStringLiteral("profile")));
            if (built)
                built = sql::execScript(db, "PRAGMA journal_mode = WAL;");
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (built && !replaceFile(temp, absolute))
        built = makeError(ErrorCode::Io, tr("The workspace “%1” could not be written. Check that the folder is "
                                            "writable and the disk is not full.")
                                             .arg(display(absolute)));
    if (!built) {
        removeWithSidecars(temp);
        return built.error();
    }
    targetLock.reset();
    return open(absolute);
}

Result<void> Workspace::write(const QString &entity, const QString &field,
                              const std::function<Result<void>(QSqlDatabase &)> &change)
{
    if (isReadOnly())
        return makeError(ErrorCode::ReadOnly, tr("This workspace is open read-only, so the change was not "
                                                 "saved. Use File › Save As to make a writable copy."));
    QSqlDatabase database = db();
    if (auto begun = sql::exec(database, QStringLiteral("BEGIN IMMEDIATE")); !begun)
        return begun.error();
    Result<void> result = change(database);
    if (result && !entity.isEmpty()) {
        auto logged = sql::exec(database,
                                QStringLiteral("INSERT INTO change_log (at_utc, entity, field) VALUES (?, ?, ?)"),
                                { sql::nowUtcText(), entity, field });
        if (!logged)
            result = logged.error();
    }
    if (result) {
        if (auto committed = sql::exec(database, QStringLiteral("COMMIT")); !committed)
            result = committed.error();
    }
    if (!result)
        (void)sql::exec(database, QStringLiteral("ROLLBACK"));
    return result;
}

Result<qint64> Workspace::insert(const QString &entity, const QString &field,
                                 const std::function<Result<qint64>(QSqlDatabase &)> &change)
{
    qint64 id = 0;
    auto written = write(entity, field, [&](QSqlDatabase &db) -> Result<void> {
        auto added = change(db);
        if (!added)
            return added.error();
        id = *added;
        return {};
    });
    if (!written)
        return written.error();
    return id;
}

Result<void> Workspace::saveCopy(const QString &target) const
{
    const QString absolute = QFileInfo(target).absoluteFilePath();
    if (absolute == m_path)
        return makeError(ErrorCode::Invalid, tr("Choose a different file name: the copy cannot replace the "
                                                "workspace that is open."));
    std::unique_ptr<QLockFile> targetLock; // held until the copy is in place
    if (QFileInfo::exists(absolute)) {
        auto lock = acquireLock(absolute);
        if (!lock)
            return lock.error();
        targetLock = std::move(*lock);
    }
    sqlite3 *source = sql::handle(db());
    const QString temp = temporarySibling(absolute);
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(temp).constData(), &dest, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (!backup) {
            rc = sqlite3_errcode(dest);
        } else {
            do {
                rc = sqlite3_backup_step(backup, -1);
            } while (rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            const int finished = sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? finished : rc;
        }
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(dest, "PRAGMA journal_mode = WAL;", nullptr, nullptr, nullptr);
    }
    const QString reason = QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(dest);
    if (rc != SQLITE_OK || !replaceFile(temp, absolute)) {
        removeWithSidecars(temp);
        return makeError(ErrorCode::Io, tr("The copy “%1” could not be written (%2). Check that the folder is "
                                           "writable and the disk is not full.")
                                            .arg(display(absolute), reason));
    }
    return {};
}

QDateTime Workspace::createdUtc() const
{
    auto v = sql::scalar(db(), QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'created_utc'"));
    return v ? sql::fromUtcText(v->toString()) : QDateTime();
}

QDateTime Workspace::lastChangedUtc() const
{
    auto v = sql::scalar(db(), QStringLiteral("SELECT max(at_utc) FROM change_log"));
    return v ? sql::fromUtcText(v->toString()) : QDateTime();
}

} // namespace csirtkit
