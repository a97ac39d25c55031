#include "workspace/FileIdentity.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <unistd.h>

namespace csirtkit::files {

namespace {

QByteArray encoded(const QString &path)
{
    return QFile::encodeName(path);
}

// Short and file-name safe; a host name may contain anything.
QString hostTag()
{
    static const QString tag = QString::fromLatin1(
        QCryptographicHash::hash(QSysInfo::machineHostName().toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    return tag;
}

QString processTag()
{
    return QStringLiteral("%1-%2-%3")
        .arg(qint64(::getpid()))
        .arg(hostTag())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}

bool processGone(qint64 pid)
{
    if (pid <= 0 || pid == ::getpid())
        return false;
    return ::kill(pid_t(pid), 0) != 0 && errno == ESRCH;
}

bool writableFolder(const QString &folder)
{
    return ::access(encoded(folder).constData(), W_OK | X_OK) == 0;
}

} // namespace

Identity identity(const QString &path)
{
    struct stat st {};
    if (::stat(encoded(path).constData(), &st) != 0)
        return {};
    return { quint64(st.st_dev), quint64(st.st_ino), quint64(st.st_nlink) };
}

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    if (!resolved.isEmpty())
        return resolved;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
}

bool onReadOnlyMedium(const QString &path)
{
    struct statvfs fs {};
    return ::statvfs(encoded(path).constData(), &fs) == 0 && (fs.f_flag & ST_RDONLY);
}

WriteBlock writeBlock(const QString &canonicalPath)
{
    if (onReadOnlyMedium(canonicalPath))
        return WriteBlock::Medium;
    if (!writableFolder(QFileInfo(canonicalPath).absolutePath()))
        return WriteBlock::Folder;
    // The owner-write bit counts as well as access(2): root can write anything, but a file the user
    // marked read-only should still open read-only.
    const QFileInfo info(canonicalPath);
    if (::access(encoded(canonicalPath).constData(), W_OK) != 0 || !(info.permissions() & QFileDevice::WriteOwner))
        return WriteBlock::File;
    if (identity(canonicalPath).links > 1)
        return WriteBlock::HardLinks;
    return WriteBlock::None;
}

QString temporarySibling(const QString &target)
{
    const QFileInfo info(target);
    return info.absoluteDir().filePath(
        QStringLiteral(".%1.%2.csirtkit-tmp").arg(info.fileName(), processTag()));
}

QString temporaryFolderTemplate(const QString &purpose)
{
    return QDir(QDir::tempPath()).filePath(QStringLiteral("csirtkit-%1-%2-%3-XXXXXX")
                                               .arg(purpose)
                                               .arg(qint64(::getpid()))
                                               .arg(hostTag()));
}

int removeStaleTemporaries(const QString &folder)
{
    static const QRegularExpression file(
        QStringLiteral("^\\..*\\.(\\d+)-([0-9a-f]{8})-[0-9a-f]{8}\\.csirtkit-tmp(?:-wal|-shm|-journal)?$"));
    static const QRegularExpression dir(QStringLiteral("^csirtkit-[a-z]+-(\\d+)-([0-9a-f]{8})-[A-Za-z0-9]{6}$"));
    int removed = 0;
    const QDir base(folder);
    const auto entries = base.entryInfoList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot | QDir::NoSymLinks);
    for (const QFileInfo &entry : entries) {
        const auto match = (entry.isDir() ? dir : file).match(entry.fileName());
        if (!match.hasMatch() || match.captured(2) != hostTag() || !processGone(match.captured(1).toLongLong()))
            continue;
        const bool done = entry.isDir() ? QDir(entry.absoluteFilePath()).removeRecursively()
                                        : QFile::remove(entry.absoluteFilePath());
        removed += done ? 1 : 0;
    }
    return removed;
}

const QStringList &companionSuffixes()
{
    static const QStringList suffixes = { QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal") };
    return suffixes;
}

void removeWithCompanions(const QString &path)
{
    QFile::remove(path);
    for (const QString &suffix : companionSuffixes())
        QFile::remove(path + suffix);
}

} // namespace csirtkit::files
