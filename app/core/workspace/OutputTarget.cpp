#include "workspace/OutputTarget.h"

#include "workspace/FileIdentity.h"
#include "workspace/Workspace.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QtEndian>

namespace csirtkit {

namespace {

bool hasWorkspaceHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(100);
    return header.size() == 100 && header.startsWith(QByteArrayView("SQLite format 3\0", 16))
        && qFromBigEndian<quint32>(header.constData() + 68) == Workspace::ApplicationId;
}

// The workspace a companion file (-wal, -shm, -journal, .name.lock) belongs to, or empty.
QString companionOf(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    for (const QString &suffix : files::companionSuffixes()) {
        if (name.endsWith(suffix))
            return info.absoluteDir().filePath(name.chopped(suffix.size()));
    }
    if (name.startsWith(QLatin1Char('.')) && name.endsWith(QLatin1String(".lock")))
        return info.absoluteDir().filePath(name.mid(1).chopped(5));
    return {};
}

QString shown(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

bool OutputTarget::isWorkspaceFile(const QString &path)
{
    if (hasWorkspaceHeader(path))
        return true;
    const QString owner = companionOf(path);
    return !owner.isEmpty() && hasWorkspaceHeader(owner);
}

Result<void> OutputTarget::check(const QString &path, Existing existing, const QString &openWorkspace)
{
    if (path.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the name of the file to write."));
    const QFileInfo info(path);
    const QString target = files::canonical(path);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists() || !folder.isDir())
        return makeError(ErrorCode::NotFound, tr("The folder “%1” does not exist or cannot be searched. Choose another "
                                                 "folder, or create it first.")
                                                  .arg(shown(info.absolutePath())));
    if (info.isDir())
        return makeError(ErrorCode::Invalid, tr("“%1” is a folder. Give the name of a file to write.").arg(shown(path)));

    if (!openWorkspace.isEmpty()) {
        const QString workspace = files::canonical(openWorkspace);
        const files::Identity mine = files::identity(workspace);
        const bool companion = target.startsWith(workspace) && files::companionSuffixes().contains(target.mid(workspace.size()));
        if (target == workspace || companion || (mine.valid() && files::identity(target) == mine))
            return makeError(ErrorCode::Invalid,
                             tr("“%1” is the workspace you are exporting from. Writing there would destroy it; "
                                "nothing was written. Choose another file name.")
                                 .arg(shown(path)));
    }
    if (isWorkspaceFile(target))
        return makeError(ErrorCode::Invalid, tr("“%1” is a CSIRT Kit workspace (or belongs to one). An export or report "
                                                "never replaces a workspace; nothing was written. Choose another file "
                                                "name.")
                                                 .arg(shown(path)));
    if (info.exists() && existing == Existing::Refuse)
        return makeError(ErrorCode::Invalid, tr("“%1” already exists and was not replaced. Choose another file name, or "
                                                "allow replacing it (--force on the command line).")
                                                 .arg(shown(path)));
    return {};
}

Result<void> OutputTarget::save(const QString &path, const QString &openWorkspace,
                                const std::function<Result<void>(QIODevice &)> &write)
{
    if (auto allowed = check(path, Existing::Replace, openWorkspace); !allowed)
        return allowed;
    QSaveFile file(path);
    const auto failed = [&] {
        return makeError(ErrorCode::Io, tr("“%1” could not be written (%2). Check that the folder is writable and the "
                                           "disk is not full.")
                                            .arg(shown(path), file.errorString()));
    };
    if (!file.open(QIODevice::WriteOnly))
        return failed();
    if (auto written = write(file); !written) {
        file.cancelWriting();
        return written;
    }
    if (!file.commit())
        return failed();
    return {};
}

} // namespace csirtkit
