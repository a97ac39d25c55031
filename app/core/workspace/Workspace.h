#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <QStringList>

#include <functional>
#include <memory>

class QLockFile;

namespace csirtkit {

// One organisation's CSIRT project, stored in one SQLite file (*.csirt). Owns the connection and the
// file lock. Repositories read through db() and write through write(), which wraps every change in
// one transaction and records it in the change log.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    static constexpr quint32 ApplicationId = 0x43534B54; // "CSKT"
    static constexpr auto FileSuffix = "csirt";
    // Files larger than this are fully checked (quick_check) only by check(), not on every open.
    static qint64 fullCheckLimit();
    static void setFullCheckLimitForTests(qint64 bytes);

    enum class Access { ReadWrite, ReadOnly };

    // Creates a new workspace at `path` (replacing an existing file only once the new one is complete).
    static Result<std::unique_ptr<Workspace>> create(const QString &path, const QString &organisationName);
    // Opens an existing workspace, upgrading its schema if it is older. Never modifies a file it rejects.
    static Result<std::unique_ptr<Workspace>> open(const QString &path);
    // Opens for reading only (reports, exports, `info`): no lock, no upgrade, no content update, no
    // write of any kind; works while CSIRT Kit has the file open. The schema may be older.
    static Result<std::unique_ptr<Workspace>> openForReading(const QString &path);
    // Everything open() checks, without keeping the file open or changing it. On success, says
    // whether open() would give a writable or a read-only workspace.
    static Result<Access> check(const QString &path);
    struct CheckReport
    {
        Access access = Access::ReadWrite;
        QString readOnlyReason; // why open() would give a read-only workspace
        QStringList warnings;   // usable, but something is wrong (an identifier counter set back)
    };
    // check() with the reasons and warnings (csirtkit-cli check prints them).
    static Result<CheckReport> inspect(const QString &path);
    static int latestSchemaVersion();

    ~Workspace();
    Workspace(const Workspace &) = delete;
    Workspace &operator=(const Workspace &) = delete;

    QString filePath() const { return m_path; } // canonical: symlinks and `..` resolved
    bool isReadOnly() const { return m_access == Access::ReadOnly; }
    // Why the workspace is open read-only (a sentence), empty when it is writable.
    QString readOnlyReason() const { return m_readOnlyReason; }
    QSqlDatabase db() const;
    int schemaVersion() const;

    // Runs `change` in one IMMEDIATE transaction; commits if it succeeds, rolls back otherwise.
    // `entity`/`field` describe the change for the workspace's change log (an empty entity is not logged).
    Result<void> write(const QString &entity, const QString &field,
                       const std::function<Result<void>(QSqlDatabase &)> &change);

    // write() for a change that adds one record: returns the id `change` produced.
    Result<qint64> insert(const QString &entity, const QString &field,
                          const std::function<Result<qint64>(QSqlDatabase &)> &change);

    // A consistent copy of the whole workspace (SQLite online backup), written atomically to `target`
    // (which may be another workspace the user chose to replace, never this one under any name).
    Result<void> saveCopy(const QString &target) const;

    QDateTime createdUtc() const;
    QDateTime lastChangedUtc() const;

private:
    Workspace(QString path, QString connection, Access access, std::unique_ptr<QLockFile> lock);
    enum class Mode { Check, Edit, Read };
    static Result<std::unique_ptr<Workspace>> openImpl(const QString &path, Mode mode, CheckReport *report = nullptr);

    QString m_path;
    QString m_connection;
    Access m_access;
    QString m_readOnlyReason;
    bool m_sealed = false; // the integrity ledger's triggers are installed (format 10 or later, writable)
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace csirtkit
