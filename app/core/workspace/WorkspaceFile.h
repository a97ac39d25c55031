#pragma once

#include "common/Result.h"
#include "workspace/FileIdentity.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <memory>

class QLockFile;

namespace csirtkit {

// The file side of opening a workspace, used by Workspace: reading the header without SQLite,
// connections that never change a file they only read, the lock, and the messages for each way a
// file can be unusable. Every message says what happened and what to do, with no menu names, so the
// window and the command line can both show it.
class WorkspaceFile
{
    Q_DECLARE_TR_FUNCTIONS(Workspace)

public:
    struct Header
    {
        quint32 userVersion = 0;
        quint32 applicationId = 0;
        bool wal = false;
    };
    static Result<Header> readHeader(const QString &path);

    static QString newConnectionName();
    static void closeConnection(const QString &connection);
    static Result<QSqlDatabase> openWritable(const QString &connection, const QString &path);
    // A connection that only reads. Where nothing can be created beside the file (read-only medium or
    // folder) and SQLite cannot open its write-ahead log index, the file is opened as immutable.
    // `note` receives a sentence when that hides changes still in a write-ahead log.
    static Result<QSqlDatabase> openReadOnly(const QString &connection, const QString &path, QString *note = nullptr);

    // Read-only inspection (the file's bytes are never changed): header facts, integrity (`full`:
    // quick_check over every page) and the schema against what its format version must contain.
    static Result<void> inspect(const QString &path, bool full);

    static Result<std::unique_ptr<QLockFile>> acquireLock(const QString &canonicalPath);
    static QString readOnlyReason(const QString &path, files::WriteBlock block);

    static QString display(const QString &path);
    static Error foreignError(const QString &path);
    static Error newerError(const QString &path, quint32 version);
    static Error corruptError(const QString &path, const QString &detail);
    static Error lockedError(const QString &path, const QString &detail);
};

} // namespace csirtkit
