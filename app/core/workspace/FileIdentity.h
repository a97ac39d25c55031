#pragma once

#include <QString>
#include <QStringList>

namespace csirtkit::files {

// Which file a name stands for: two names (a symlink, `sub/../w.csirt`, a hard link) of one file
// have the same identity.
struct Identity
{
    quint64 device = 0;
    quint64 inode = 0;
    quint64 links = 0; // hard links (names) of the file
    bool valid() const { return inode != 0 || device != 0; }
    bool operator==(const Identity &o) const { return valid() && device == o.device && inode == o.inode; }
};

// stat(2) of `path`, following symlinks; invalid when the file does not exist.
Identity identity(const QString &path);

// `path` with symlinks and `..` resolved. For a file that does not exist yet: its folder resolved,
// its own name kept.
QString canonical(const QString &path);

// Why a workspace file cannot be written, in the order the user can do something about it.
enum class WriteBlock {
    None,
    Medium,    // on a read-only file system (CD, read-only mount, write-blocked share)
    Folder,    // the folder cannot be written, so SQLite cannot keep its write-ahead log beside the file
    File,      // the file itself is read-only
    HardLinks, // the file has more than one name: SQLite keeps one log per name, so writers could lose data
};
WriteBlock writeBlock(const QString &canonicalPath);
bool onReadOnlyMedium(const QString &path);

// A name for a temporary file beside `target` that identifies this process, so that a later run
// can remove it when the process that made it is gone (killed, crashed).
QString temporarySibling(const QString &target);
// The same for a temporary folder under the system's temporary folder.
QString temporaryFolderTemplate(const QString &purpose);
// Removes temporary files and folders in `folder` left behind by CSIRT Kit processes of this
// machine that no longer run. Files of running processes and of other machines are left alone.
int removeStaleTemporaries(const QString &folder);

// The suffixes of SQLite's companion files of a database: -wal, -shm, -journal.
const QStringList &companionSuffixes();
// Removes `path` and SQLite's companions of it.
void removeWithCompanions(const QString &path);

} // namespace csirtkit::files
