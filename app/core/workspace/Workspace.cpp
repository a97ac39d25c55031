#include "workspace/Workspace.h"

#include "common/TextRules.h"

#include "phases/PlanRepository.h"
#include "workspace/FileIdentity.h"
#include "workspace/IntegrityLedger.h"
#include "workspace/Migrator.h"
#include "workspace/SqlUtil.h"
#include "workspace/WorkspaceFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>

#include <sqlite3.h>

#include <cstdio>

namespace csirtkit {

namespace {

qint64 g_fullCheckLimit = 256LL * 1024 * 1024;

bool replaceFile(const QString &from, const QString &to)
{
    // Stale -wal/-shm files of the file being replaced must not be picked up by the new one.
    QFile::remove(to + QStringLiteral("-wal"));
    QFile::remove(to + QStringLiteral("-shm"));
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString display(const QString &path)
{
    return WorkspaceFile::display(path);
}

} // namespace

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
    WorkspaceFile::closeConnection(m_connection);
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
    auto report = inspect(path);
    if (!report)
        return report.error();
    return report->access;
}

Result<Workspace::CheckReport> Workspace::inspect(const QString &path)
{
    CheckReport report;
    auto opened = openImpl(path, Mode::Check, &report);
    if (!opened)
        return opened.error();
    return report;
}

Result<std::unique_ptr<Workspace>> Workspace::open(const QString &path)
{
    return openImpl(path, Mode::Edit);
}

Result<std::unique_ptr<Workspace>> Workspace::openForReading(const QString &path)
{
    return openImpl(path, Mode::Read);
}

Result<std::unique_ptr<Workspace>> Workspace::openImpl(const QString &path, Mode mode, CheckReport *report)
{
    // One name for one file: a symlink or `sub/../w.csirt` opens, locks and logs as the file itself.
    const QString canonical = files::canonical(path);
    auto header = WorkspaceFile::readHeader(canonical);
    if (!header)
        return header.error();
    if (header->applicationId != ApplicationId)
        return WorkspaceFile::foreignError(canonical);
    if (int(header->userVersion) > latestSchemaVersion())
        return WorkspaceFile::newerError(canonical, header->userVersion);

    const files::WriteBlock block = mode == Mode::Read ? files::WriteBlock::None : files::writeBlock(canonical);
    const bool writable = mode != Mode::Read && block == files::WriteBlock::None;
    // Readers need no lock: WAL gives them a consistent snapshot while another program writes.
    std::unique_ptr<QLockFile> lock;
    if (writable) {
        auto taken = WorkspaceFile::acquireLock(canonical);
        if (!taken)
            return taken.error();
        lock = std::move(*taken);
    }
    // A full quick_check reads every page: seconds for a workspace with 100 000 incidents. Opening
    // checks smaller files fully; `check` (and csirtkit-cli check) always does.
    const bool full = mode == Mode::Check || QFileInfo(canonical).size() <= fullCheckLimit();
    if (auto inspected = WorkspaceFile::inspect(canonical, full); !inspected)
        return inspected.error();

    QString readOnlyReason = WorkspaceFile::readOnlyReason(canonical, block);
    const QString connection = WorkspaceFile::newConnectionName();
    QString note;
    auto db = writable ? WorkspaceFile::openWritable(connection, canonical)
                       : WorkspaceFile::openReadOnly(connection, canonical, &note);
    if (!db) {
        WorkspaceFile::closeConnection(connection);
        return db.error();
    }
    if (!note.isEmpty())
        readOnlyReason = TextRules::sentences({ readOnlyReason, note });
    auto release = [&] {
        *db = QSqlDatabase(); // the last handle goes before the connection is removed
        WorkspaceFile::closeConnection(connection);
    };
    auto fail = [&](const Error &e) -> Result<std::unique_ptr<Workspace>> {
        release();
        return e;
    };
    auto version = sql::scalar(*db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return fail(version.error());
    if (mode == Mode::Check) {
        auto counters = version->toInt() >= 4 ? IntegrityLedger::counterFindings(*db)
                                              : Result<QList<IntegrityLedger::Finding>>(QList<IntegrityLedger::Finding>());
        if (!counters)
            return fail(counters.error());
        report->access = writable ? Access::ReadWrite : Access::ReadOnly;
        report->readOnlyReason = readOnlyReason;
        for (const auto &finding : std::as_const(*counters))
            report->warnings << finding.message;
        release();
        return std::unique_ptr<Workspace>();
    }
    if (!writable) {
        if (mode == Mode::Edit && version->toInt() < latestSchemaVersion())
            return fail(makeError(ErrorCode::ReadOnly,
                                  tr("“%1” uses an older workspace format that must be upgraded, but it cannot be "
                                     "written here: %2")
                                      .arg(display(canonical), readOnlyReason)));
    } else {
        for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                                    "PRAGMA synchronous = FULL" }) {
            if (auto done = sql::exec(*db, QString::fromLatin1(pragma)); !done)
                return fail(done.error().code == ErrorCode::Locked
                                ? WorkspaceFile::lockedError(canonical, tr("the database is locked"))
                                : done.error());
        }
        if (auto migrated = Migrator::migrate(*db); !migrated)
            return fail(migrated.error());
        if (auto installed = IntegrityLedger::install(*db); !installed)
            return fail(installed.error());
    }
    std::unique_ptr<Workspace> workspace(
        new Workspace(canonical, connection, writable ? Access::ReadWrite : Access::ReadOnly, std::move(lock)));
    workspace->m_readOnlyReason = writable ? QString() : readOnlyReason;
    workspace->m_sealed = writable;
    if (writable) {
        if (auto synced = PlanRepository(*workspace).syncShippedContent(); !synced)
            return synced.error();
    }
    return workspace;
}

Result<std::unique_ptr<Workspace>> Workspace::create(const QString &path, const QString &organisationName)
{
    const QFileInfo info(path);
    if (!info.absoluteDir().exists())
        return makeError(ErrorCode::NotFound, tr("The folder “%1” does not exist. Choose another place for the "
                                                 "workspace.")
                                                  .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (organisationName.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter the organisation's name for the new workspace."));
    const QString absolute = files::canonical(path);
    files::removeStaleTemporaries(QFileInfo(absolute).absolutePath());
    // Replacing a workspace that is open somewhere else would pull it from under that program; the
    // lock is held until the new file is in place.
    std::unique_ptr<QLockFile> targetLock;
    if (info.exists()) {
        auto lock = WorkspaceFile::acquireLock(absolute);
        if (!lock)
            return lock.error();
        targetLock = std::move(*lock);
    }

    const QString temp = files::temporarySibling(absolute);
    const QString connection = WorkspaceFile::newConnectionName();
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
                built = sql::ok(sql::exec(db, QStringLiteral("UPDATE org_profile SET name = ? WHERE id = 1"),
                                          { organisationName.trimmed() }));
            if (built)
                built = sql::execScript(db, "PRAGMA journal_mode = WAL;");
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (!built && built.error().code != ErrorCode::Io)
        built = makeError(ErrorCode::Io, tr("The workspace “%1” could not be created: %2")
                                             .arg(display(absolute), built.error().message));
    if (built && !replaceFile(temp, absolute))
        built = makeError(ErrorCode::Io, tr("The workspace “%1” could not be written. Check that the folder is "
                                            "writable and the disk is not full.")
                                             .arg(display(absolute)));
    if (!built) {
        files::removeWithCompanions(temp);
        return built.error();
    }
    targetLock.reset();
    return open(absolute);
}

Result<void> Workspace::write(const QString &entity, const QString &field,
                              const std::function<Result<void>(QSqlDatabase &)> &change)
{
    if (isReadOnly())
        return makeError(ErrorCode::ReadOnly, tr("The change was not saved: %1").arg(m_readOnlyReason));
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
    if (result && m_sealed)
        result = IntegrityLedger::sealChanges(database);
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
    const QString absolute = files::canonical(target);
    const files::Identity mine = files::identity(m_path);
    if (absolute == m_path || files::identity(absolute) == mine)
        return makeError(ErrorCode::Invalid, tr("Choose a different file name: the copy cannot replace the "
                                                "workspace that is open."));
    files::removeStaleTemporaries(QFileInfo(absolute).absolutePath());
    std::unique_ptr<QLockFile> targetLock; // held until the copy is in place
    if (QFileInfo::exists(absolute)) {
        auto lock = WorkspaceFile::acquireLock(absolute);
        if (!lock)
            return lock.error();
        targetLock = std::move(*lock);
    }
    sqlite3 *source = sql::handle(db());
    const QString temp = files::temporarySibling(absolute);
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
    const QString reason = (rc & 0xff) == SQLITE_FULL ? tr("the disk is full") : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_close(dest);
    if (rc != SQLITE_OK || !replaceFile(temp, absolute)) {
        files::removeWithCompanions(temp);
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
