#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QIODevice;

namespace csirtkit {

// The one check every export, report and document goes through before it writes a file: output
// never lands on a workspace (the open one — by canonical path and by device and inode, so a
// symlink, `sub/../w.csirt` or a hard link is caught — nor any other CSIRT Kit workspace or its
// companion files), and never replaces an existing file unless the caller was told to.
// Writers then write to a temporary file beside the target and rename it into place (QSaveFile).
class OutputTarget
{
    Q_DECLARE_TR_FUNCTIONS(OutputTarget)

public:
    enum class Existing { Refuse, Replace };

    // `openWorkspace` is the workspace the output is made from (may be empty).
    static Result<void> check(const QString &path, Existing existing, const QString &openWorkspace = {});
    // True for a CSIRT Kit workspace file (by its header) and for SQLite's and CSIRT Kit's companion
    // files of one (-wal, -shm, -journal, .lock).
    static bool isWorkspaceFile(const QString &path);
    // check() (replacing allowed), then `write` into a temporary file beside `path`, renamed into
    // place only when `write` succeeds: a failed, cancelled or killed export leaves no half file.
    static Result<void> save(const QString &path, const QString &openWorkspace,
                             const std::function<Result<void>(QIODevice &)> &write);
};

} // namespace csirtkit
