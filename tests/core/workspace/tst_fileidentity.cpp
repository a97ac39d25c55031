// Names of one file, why a file cannot be written, and temporary files of dead processes.
#include "workspace/FileIdentity.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace csirtkit;

class TestFileIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void namesOfOneFile();
    void writeBlocks();
    void staleTemporariesOfDeadProcessesGo();

private:
    static void touch(const QString &path)
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("x");
    }
    static qint64 deadPid()
    {
        QProcess p;
        p.start(QStringLiteral("true"));
        p.waitForStarted();
        const qint64 pid = p.processId();
        p.waitForFinished();
        return pid; // gone now (pid reuse within a test is unlikely)
    }
};

void TestFileIdentity::namesOfOneFile()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    const QString file = dir.filePath(QStringLiteral("a.csirt"));
    touch(file);
    const QString canonical = QFileInfo(file).canonicalFilePath();
    QCOMPARE(files::canonical(dir.filePath(QStringLiteral("sub/../a.csirt"))), canonical);
    QVERIFY(QFile::link(file, dir.filePath(QStringLiteral("link"))));
    QCOMPARE(files::canonical(dir.filePath(QStringLiteral("link"))), canonical);
    QCOMPARE(files::canonical(dir.filePath(QStringLiteral("sub/../new.csv"))), QFileInfo(dir.path()).canonicalFilePath() + QStringLiteral("/new.csv"));
    QVERIFY(::link(QFile::encodeName(file).constData(), QFile::encodeName(dir.filePath(QStringLiteral("hard"))).constData()) == 0);
    QVERIFY(files::identity(file) == files::identity(dir.filePath(QStringLiteral("hard"))));
    QCOMPARE(files::identity(file).links, quint64(2));
    QVERIFY(!(files::identity(file) == files::identity(dir.filePath(QStringLiteral("missing")))));
}

void TestFileIdentity::writeBlocks()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("w.csirt"));
    touch(file);
    QCOMPARE(files::writeBlock(file), files::WriteBlock::None);
    const QString hard = dir.filePath(QStringLiteral("w2.csirt"));
    QVERIFY(::link(QFile::encodeName(file).constData(), QFile::encodeName(hard).constData()) == 0);
    QCOMPARE(files::writeBlock(file), files::WriteBlock::HardLinks);
    QVERIFY(QFile::remove(hard));
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup));
    QCOMPARE(files::writeBlock(file), files::WriteBlock::File);
}

void TestFileIdentity::staleTemporariesOfDeadProcessesGo()
{
    QTemporaryDir dir;
    const QString mine = files::temporarySibling(dir.filePath(QStringLiteral("w.csirt")));
    QVERIFY(QFileInfo(mine).fileName().startsWith(QStringLiteral(".w.csirt.%1-").arg(::getpid())));
    touch(mine);
    touch(mine + QStringLiteral("-journal"));
    // The same name with a process that is gone: removed, with its journal.
    QString dead = mine;
    dead.replace(QStringLiteral(".%1-").arg(::getpid()), QStringLiteral(".%1-").arg(deadPid()));
    touch(dead);
    touch(dead + QStringLiteral("-journal"));
    // Another machine's (other host tag) and unrelated files stay.
    QString foreign = dead;
    foreign.replace(QRegularExpression(QStringLiteral("-[0-9a-f]{8}-")), QStringLiteral("-00000000-"));
    touch(foreign);
    touch(dir.filePath(QStringLiteral(".notes.tmp")));
    QCOMPARE(files::removeStaleTemporaries(dir.path()), 2);
    QVERIFY(QFileInfo::exists(mine));
    QVERIFY(QFileInfo::exists(mine + QStringLiteral("-journal")));
    QVERIFY(!QFileInfo::exists(dead));
    QVERIFY(!QFileInfo::exists(dead + QStringLiteral("-journal")));
    QVERIFY(QFileInfo::exists(foreign));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral(".notes.tmp"))));

    // A scratch folder of a dead demo run.
    QString folder = files::temporaryFolderTemplate(QStringLiteral("demo"));
    folder.replace(QStringLiteral("-%1-").arg(::getpid()), QStringLiteral("-%1-").arg(deadPid()));
    folder.replace(QStringLiteral("XXXXXX"), QStringLiteral("abc123"));
    QVERIFY(QDir().mkpath(folder));
    touch(folder + QStringLiteral("/demo.csirt"));
    QVERIFY(files::removeStaleTemporaries(QDir::tempPath()) >= 1);
    QVERIFY(!QFileInfo::exists(folder));
}

QTEST_GUILESS_MAIN(TestFileIdentity)
#include "tst_fileidentity.moc"
