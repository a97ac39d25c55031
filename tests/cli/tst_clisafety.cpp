// The command line never destroys data: output never lands on a workspace or an existing file
// unasked, one file under two names is never written twice over, read-only media and folders open
// for reading with the right words, and `verify` names direct edits. Runs the real csirtkit-cli,
// some cases as another user (setpriv) or in a private mount namespace (unshare): those are skipped,
// with a message, where the machine does not allow them.
#include "CliRun.h"
#include "Fixtures.h"

#include "workspace/FileIdentity.h"
#include "workspace/IntegrityLedger.h"
#include "workspace/SqlUtil.h"

#include <QProcess>
#include <QStandardPaths>

#include <unistd.h>

using namespace csirtkit;

class TestCliSafety : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void outputNeverReplacesAWorkspace_data();
    void outputNeverReplacesAWorkspace();
    void existingOutputNeedsForce();
    void hardLinkedWorkspaceIsNotWritten();
    void readOnlyMediumOpensForReading();
    void folderWithoutWriteAccess();
    void folderThatCannotBeSearched();
    void brokenSchemaIsNotHealthy();
    void verifyNamesDirectEditsAndChecksAnchors();
    void fullDiskSaysSo();
    void staleTemporariesAreCleanedUp();

private:
    using Run = fixtures::CliRun;
    static QString cli() { return fixtures::cliPath(); }
    static Run run(const QString &program, const QStringList &args) { return fixtures::runProgram(program, args); }
    static Run run(const QStringList &args) { return fixtures::runCli(args); }
    // A shell script in a private mount namespace (root inside it); false when not possible here.
    static bool privateMounts(const QString &script, Run *result)
    {
        *result = run(QStringLiteral("unshare"), { QStringLiteral("--mount"), QStringLiteral("--map-root-user"),
                                                   QStringLiteral("sh"), QStringLiteral("-c"), script });
        return !result->err.contains(QStringLiteral("unshare failed")) && !result->err.contains(QStringLiteral("Operation not permitted"))
            && result->code != 127;
    }
    QString workspace(const QString &name) const { return fixtures::makeWorkspace(QDir(m_dir.path()), name); }
    QString path(const QString &name) const { return m_dir.filePath(name); }
    // A folder other users can reach (QTemporaryDir makes its folder private).
    QString sharedFolder(const QString &name) const
    {
        const QString folder = QDir(QDir::tempPath()).filePath(QStringLiteral("csirtkit-test-%1-%2").arg(::getpid()).arg(name));
        QDir().mkpath(folder);
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                                          | QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup
                                          | QFileDevice::ExeGroup);
        return folder;
    }

    QTemporaryDir m_dir;
    QString m_demo;
};

void TestCliSafety::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = path(QStringLiteral("demo.csirt"));
    QCOMPARE(run({ QStringLiteral("demo"), m_demo }).code, 0);
    QCOMPARE(run({ QStringLiteral("demo-incidents"), m_demo, QStringLiteral("--count"), QStringLiteral("5") }).code, 0);
}

void TestCliSafety::outputNeverReplacesAWorkspace_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QStringList>("command");
    const QStringList commands[] = {
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv") },
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json") },
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("misp") },
        { QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("stix") },
        { QStringLiteral("report"), QStringLiteral("--from"), QStringLiteral("2020-01-01"), QStringLiteral("--to"),
          QStringLiteral("2030-12-31"), QStringLiteral("--format"), QStringLiteral("md") },
        { QStringLiteral("export-plan"), QStringLiteral("--format"), QStringLiteral("md") },
    };
    for (const QString &name : { QStringLiteral("same"), QStringLiteral("dotdot"), QStringLiteral("symlink"),
                                 QStringLiteral("hardlink"), QStringLiteral("other") }) {
        for (const QStringList &command : commands)
            QTest::newRow(qPrintable(name + QLatin1Char(' ') + command.join(QLatin1Char(' ')))) << name << command;
    }
}

void TestCliSafety::outputNeverReplacesAWorkspace()
{
    QFETCH(QString, name);
    QFETCH(QStringList, command);
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    const QString source = dir.filePath(QStringLiteral("w.csirt"));
    QVERIFY(QFile::copy(m_demo, source));
    QString target = source;
    QString victim = source;
    if (name == QLatin1String("dotdot")) {
        target = dir.filePath(QStringLiteral("sub/../w.csirt"));
    } else if (name == QLatin1String("symlink")) {
        target = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(QFile::link(source, target));
    } else if (name == QLatin1String("hardlink")) {
        target = dir.filePath(QStringLiteral("out.json"));
        QVERIFY(::link(QFile::encodeName(source).constData(), QFile::encodeName(target).constData()) == 0);
    } else if (name == QLatin1String("other")) {
        victim = target = fixtures::makeWorkspace(QDir(dir.path()), QStringLiteral("other.csirt"));
    }
    const QByteArray before = fixtures::sha256(victim);
    QStringList args = command;
    args.insert(1, source);
    // Not even with --force.
    for (const QStringList &extra : { QStringList(), QStringList { QStringLiteral("--force") } }) {
        const Run result = run(args + QStringList { QStringLiteral("--output"), target } + extra);
        QCOMPARE(result.code, 1);
        QVERIFY2(result.err.contains(QStringLiteral("nothing was written")), qPrintable(result.err));
        QCOMPARE(fixtures::sha256(victim), before);
    }
    QVERIFY(Workspace::check(victim));
}

void TestCliSafety::existingOutputNeedsForce()
{
    const QString out = path(QStringLiteral("existing.csv"));
    QFile file(out);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me\n");
    file.close();
    for (const QStringList &command : { QStringList { QStringLiteral("export"), m_demo, QStringLiteral("--format"), QStringLiteral("csv") },
                                        QStringList { QStringLiteral("report"), m_demo, QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                                                      QStringLiteral("--to"), QStringLiteral("2030-12-31"), QStringLiteral("--format"), QStringLiteral("md") },
                                        QStringList { QStringLiteral("export-plan"), m_demo, QStringLiteral("--format"), QStringLiteral("md") } }) {
        const Run refused = run(command + QStringList { QStringLiteral("-o"), out });
        QCOMPARE(refused.code, 1);
        QVERIFY2(refused.err.contains(QStringLiteral("already exists")), qPrintable(refused.err));
        QCOMPARE(fixtures::sha256(out), fixtures::sha256(out)); // readable
        QFile check(out);
        QVERIFY(check.open(QIODevice::ReadOnly));
        QCOMPARE(check.readAll(), QByteArray("keep me\n"));
    }
    const Run forced = run({ QStringLiteral("export"), m_demo, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), out,
                             QStringLiteral("--force") });
    QCOMPARE(forced.code, 0);
    QFile replaced(out);
    QVERIFY(replaced.open(QIODevice::ReadOnly));
    QVERIFY(replaced.readAll().contains("INC-"));
    // No temporary file is left beside it.
    const QStringList leftovers = QDir(m_dir.path()).entryList({ QStringLiteral(".existing.csv*") }, QDir::Files | QDir::Hidden);
    QVERIFY2(leftovers.isEmpty(), qPrintable(leftovers.join(QLatin1Char(' '))));
}

void TestCliSafety::hardLinkedWorkspaceIsNotWritten()
{
    QTemporaryDir dir;
    const QString source = dir.filePath(QStringLiteral("w.csirt"));
    QVERIFY(QFile::copy(m_demo, source));
    const QString other = dir.filePath(QStringLiteral("second-name.csirt"));
    QVERIFY(::link(QFile::encodeName(source).constData(), QFile::encodeName(other).constData()) == 0);
    const QString json = dir.filePath(QStringLiteral("in.json"));
    QCOMPARE(run({ QStringLiteral("export"), m_demo, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("-o"), json }).code, 0);
    const QByteArray before = fixtures::sha256(source);
    for (const QString &name : { source, other }) {
        const Run imported = run({ QStringLiteral("import"), name, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--input"), json });
        QCOMPARE(imported.code, 1);
        QVERIFY2(imported.err.contains(QStringLiteral("hard links")), qPrintable(imported.err));
        QVERIFY(!imported.err.contains(QStringLiteral("›")));
        const Run checked = run({ QStringLiteral("check"), name });
        QCOMPARE(checked.code, 3);
        QVERIFY(checked.err.contains(QStringLiteral("2 names")));
    }
    QCOMPARE(fixtures::sha256(source), before);
}

void TestCliSafety::readOnlyMediumOpensForReading()
{
    QTemporaryDir dir;
    const QString mount = dir.filePath(QStringLiteral("cdrom"));
    QDir().mkpath(mount);
    const QString out = dir.filePath(QStringLiteral("out.csv"));
    // The demo file as it is on a CD: WAL mode in its header, no -wal or -shm beside it.
    const QString script = QStringLiteral(
        "mount -t tmpfs tmpfs '%1' || exit 99; cp '%2' '%1/w.csirt' || exit 98; mount -o remount,ro '%1' || exit 97; "
        "'%3' check '%1/w.csirt'; echo \"check=$?\"; '%3' info '%1/w.csirt'; echo \"info=$?\"; "
        "'%3' verify '%1/w.csirt'; echo \"verify=$?\"; '%3' export '%1/w.csirt' --format csv -o '%4'; echo \"export=$?\"; "
        "'%3' import '%1/w.csirt' --format csv --input '%4'; echo \"import=$?\"")
                               .arg(mount, m_demo, cli(), out);
    Run result;
    if (!privateMounts(script, &result) || result.code >= 97)
        QSKIP(qPrintable(QStringLiteral("no private mount namespace here: ") + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("check=3")), qPrintable(result.out + result.err));
    QVERIFY(result.err.contains(QStringLiteral("read-only medium")));
    QVERIFY2(!result.err.contains(QStringLiteral("damaged")), qPrintable(result.err));
    QVERIFY(result.out.contains(QStringLiteral("organisation: ")));
    QVERIFY(result.out.contains(QStringLiteral("read_only: yes")));
    QVERIFY(result.out.contains(QStringLiteral("info=0")));
    QVERIFY(result.out.contains(QStringLiteral("verify=0")));
    QVERIFY(result.out.contains(QStringLiteral("export=0")));
    QVERIFY(result.out.contains(QStringLiteral("import=1")));
    QVERIFY(QFileInfo(out).size() > 0);
}

void TestCliSafety::folderWithoutWriteAccess()
{
    if (::geteuid() != 0)
        QSKIP("needs root to hand a file to another user");
    const QString folder = sharedFolder(QStringLiteral("nowrite"));
    const QString file = QDir(folder).filePath(QStringLiteral("w.csirt"));
    QFile::remove(file);
    QVERIFY(QFile::copy(m_demo, file));
    QVERIFY(::chown(QFile::encodeName(file).constData(), 65534, 65534) == 0);
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    const QByteArray before = fixtures::sha256(file);
    const QStringList asNobody { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"), QStringLiteral("--clear-groups"), cli() };
    const Run checked = run(QStringLiteral("setpriv"), asNobody + QStringList { QStringLiteral("check"), file });
    if (checked.code == 127 || checked.err.contains(QStringLiteral("setpriv:")))
        QSKIP(qPrintable(QStringLiteral("setpriv is not usable here: ") + checked.err));
    QCOMPARE(checked.code, 3);
    QVERIFY2(checked.err.contains(QStringLiteral("cannot be written")), qPrintable(checked.err));
    QVERIFY(!checked.err.contains(QStringLiteral("Save As")));
    QVERIFY(!checked.err.contains(QStringLiteral("damaged")));
    const Run info = run(QStringLiteral("setpriv"), asNobody + QStringList { QStringLiteral("info"), file });
    QCOMPARE(info.code, 0);
    QVERIFY(info.out.contains(QStringLiteral("writable: no")));
    QCOMPARE(fixtures::sha256(file), before);
    QDir(folder).removeRecursively();
}

void TestCliSafety::folderThatCannotBeSearched()
{
    if (::geteuid() != 0)
        QSKIP("needs root to hide a folder from another user");
    const QString folder = sharedFolder(QStringLiteral("hidden"));
    const QString inner = QDir(folder).filePath(QStringLiteral("private"));
    QDir().mkpath(inner);
    QFile::setPermissions(inner, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    const QString file = QDir(inner).filePath(QStringLiteral("w.csirt"));
    QFile::remove(file);
    QVERIFY(QFile::copy(m_demo, file));
    const Run checked = run(QStringLiteral("setpriv"), { QStringLiteral("--reuid=65534"), QStringLiteral("--regid=65534"),
                                                         QStringLiteral("--clear-groups"), cli(), QStringLiteral("check"), file });
    if (checked.code == 127 || checked.err.contains(QStringLiteral("setpriv:")))
        QSKIP(qPrintable(QStringLiteral("setpriv is not usable here: ") + checked.err));
    QCOMPARE(checked.code, 1);
    QVERIFY2(checked.err.contains(QStringLiteral("cannot be searched")), qPrintable(checked.err));
    QVERIFY(!checked.err.contains(QStringLiteral("does not exist")));
    QDir(folder).removeRecursively();
}

void TestCliSafety::brokenSchemaIsNotHealthy()
{
    const QString broken = workspace(QStringLiteral("broken.csirt"));
    QVERIFY(fixtures::rawSql(broken, { QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DROP TABLE incident") }));
    const QByteArray before = fixtures::sha256(broken);
    const Run checked = run({ QStringLiteral("check"), broken });
    QCOMPARE(checked.code, 1);
    QVERIFY2(checked.err.contains(QStringLiteral("the table “incident” is missing")), qPrintable(checked.err));
    QCOMPARE(fixtures::sha256(broken), before);
    // Right application id, no tables at all.
    const QString bare = path(QStringLiteral("bare.csirt"));
    QVERIFY(fixtures::rawSql(bare, { QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId),
                                     QStringLiteral("PRAGMA user_version = %1").arg(Workspace::latestSchemaVersion()) }));
    const Run empty = run({ QStringLiteral("check"), bare });
    QCOMPARE(empty.code, 1);
    QVERIFY2(empty.err.contains(QStringLiteral("is missing")), qPrintable(empty.err));
}

void TestCliSafety::verifyNamesDirectEditsAndChecksAnchors()
{
    QTemporaryDir dir;
    const QString ws = dir.filePath(QStringLiteral("w.csirt"));
    QVERIFY(QFile::copy(m_demo, ws));
    const Run clean = run({ QStringLiteral("verify"), ws });
    QVERIFY2(clean.code == 0, qPrintable(clean.err));
    const Run anchor = run({ QStringLiteral("verify"), ws, QStringLiteral("--anchor") });
    QCOMPARE(anchor.code, 0);
    QVERIFY(anchor.out.startsWith(QStringLiteral("CSIRT Kit integrity anchor\n")));
    const QString anchorFile = dir.filePath(QStringLiteral("anchor.txt"));
    QFile file(anchorFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(anchor.out.toUtf8());
    file.close();
    QCOMPARE(run({ QStringLiteral("verify"), ws, QStringLiteral("--against"), anchorFile }).code, 0);

    // TLP:RED to TLP:CLEAR behind CSIRT Kit's back: verify names it, and the export ceiling no longer
    // matters because nobody should trust the file.
    QVERIFY(fixtures::rawSql(ws, { QStringLiteral("UPDATE incident SET tlp = 'TLP:CLEAR' WHERE id = (SELECT min(id) FROM incident)") }));
    const Run tampered = run({ QStringLiteral("verify"), ws });
    QCOMPARE(tampered.code, 1);
    QVERIFY2(tampered.err.contains(QStringLiteral("changed outside CSIRT Kit: field “tlp”")), qPrintable(tampered.err));

    // A forger who rebuilds the whole ledger passes verify, but not the anchor.
    QVERIFY(fixtures::forgeLedger(ws));
    QCOMPARE(run({ QStringLiteral("verify"), ws }).code, 0);
    const Run against = run({ QStringLiteral("verify"), ws, QStringLiteral("--against"), anchorFile });
    QCOMPARE(against.code, 1);
    QVERIFY2(against.err.contains(QStringLiteral("rewritten")) || against.err.contains(QStringLiteral("no longer has entry")),
             qPrintable(against.err));
    QCOMPARE(run({ QStringLiteral("verify"), ws, QStringLiteral("--against"), ws }).code, 2); // not an anchor file
}

void TestCliSafety::fullDiskSaysSo()
{
    QTemporaryDir dir;
    const QString mount = dir.filePath(QStringLiteral("small"));
    QDir().mkpath(mount);
    Run result;
    const QString script = QStringLiteral("mount -t tmpfs -o size=48k tmpfs '%1' || exit 99; "
                                          "'%2' new '%1/w.csirt' --name Full; echo \"new=$?\"; ls -A '%1'")
                               .arg(mount, cli());
    if (!privateMounts(script, &result) || result.code == 99)
        QSKIP(qPrintable(QStringLiteral("no private mount namespace here: ") + result.err));
    QVERIFY2(result.out.contains(QStringLiteral("new=1")), qPrintable(result.out + result.err));
    QVERIFY2(result.err.contains(QStringLiteral("disk is full")), qPrintable(result.err));
    QVERIFY(!result.err.contains(QStringLiteral("database or disk is full")));
    // Nothing half-made is left in the folder.
    QVERIFY2(!result.out.contains(QStringLiteral("csirt")), qPrintable(result.out));
}

void TestCliSafety::staleTemporariesAreCleanedUp()
{
    QTemporaryDir dir;
    // What a killed `demo` left behind: a half-written copy and its journal beside the target, a
    // scratch folder in the temporary folder. The process that made them is gone.
    QProcess gone;
    gone.start(QStringLiteral("true"));
    QVERIFY(gone.waitForStarted());
    const QString pid = QString::number(gone.processId());
    gone.waitForFinished();
    QString sibling = files::temporarySibling(dir.filePath(QStringLiteral("demo.csirt")));
    sibling.replace(QStringLiteral(".%1-").arg(::getpid()), QStringLiteral(".%1-").arg(pid));
    for (const QString &name : { sibling, QString(sibling + QStringLiteral("-journal")) }) {
        QFile f(name);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("half");
    }
    QString scratch = files::temporaryFolderTemplate(QStringLiteral("demo"));
    scratch.replace(QStringLiteral("-%1-").arg(::getpid()), QStringLiteral("-%1-").arg(pid)).replace(QStringLiteral("XXXXXX"), QStringLiteral("Zz0099"));
    QVERIFY(QDir().mkpath(scratch));
    QCOMPARE(run({ QStringLiteral("demo"), dir.filePath(QStringLiteral("demo.csirt")) }).code, 0);
    QVERIFY(!QFileInfo::exists(sibling));
    QVERIFY(!QFileInfo::exists(sibling + QStringLiteral("-journal")));
    QVERIFY(!QFileInfo::exists(scratch));
    const QStringList left = QDir(dir.path()).entryList({ QStringLiteral("*csirtkit-tmp*") }, QDir::Files | QDir::Hidden);
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
