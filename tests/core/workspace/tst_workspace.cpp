#include "Fixtures.h"

#include "org/OrgProfileRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>

using namespace csirtkit;

class TestWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void createSetsIdentityAndPragmas();
    void createRefusesEmptyNameAndMissingFolder();
    void createReplacesExistingFileCompletely();
    void reopenKeepsData();
    void writeRollsBackOnFailure();
    void writeRecordsChange();
    void saveCopyIsConsistentAndIndependent();
    void saveCopyRefusesOwnFile();

    void badFileIsRefusedUnchanged_data();
    void badFileIsRefusedUnchanged();
    void missingFileIsReported();
    void largeFilesAreFullyCheckedOnRequest();
    void readOnlyFileOpensReadOnly();
    void fileOpenInAnotherProcessIsRefused();
    void sqliteLockByAnotherProgramIsRefused();
    void staleLockFromDeadProcessIsIgnored();

private:
    QTemporaryDir m_dir;
    QDir dir() const { return QDir(m_dir.path()); }
    QString helper() const { return QStringLiteral(CSIRTKIT_BINARY_DIR "/tests/workspace_writer"); }
};

void TestWorkspace::createSetsIdentityAndPragmas()
{
    auto ws = Workspace::create(dir().filePath(QStringLiteral("a.csirt")), QStringLiteral("  Example Corp "));
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    auto &w = **ws;
    QCOMPARE(sql::scalar(w.db(), QStringLiteral("PRAGMA application_id"))->toUInt(), Workspace::ApplicationId);
    QCOMPARE(sql::scalar(w.db(), QStringLiteral("PRAGMA user_version"))->toInt(), Workspace::latestSchemaVersion());
    QCOMPARE(sql::scalar(w.db(), QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
    QCOMPARE(sql::scalar(w.db(), QStringLiteral("PRAGMA foreign_keys"))->toInt(), 1);
    QCOMPARE(sql::scalar(w.db(), QStringLiteral("PRAGMA synchronous"))->toInt(), 2); // FULL
    QCOMPARE(OrgProfileRepository(w).value(OrgProfile::Field::Name).value(), QStringLiteral("Example Corp"));
    QVERIFY(w.createdUtc().isValid());
    QVERIFY(qAbs(w.createdUtc().secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(!w.isReadOnly());
    // No temporary files are left behind.
    QCOMPARE(dir().entryList({ QStringLiteral("*.tmp") }, QDir::Files | QDir::Hidden), QStringList());
}

void TestWorkspace::createRefusesEmptyNameAndMissingFolder()
{
    auto empty = Workspace::create(dir().filePath(QStringLiteral("b.csirt")), QStringLiteral("   "));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::Invalid);
    QVERIFY(!QFileInfo::exists(dir().filePath(QStringLiteral("b.csirt"))));

    auto noFolder = Workspace::create(dir().filePath(QStringLiteral("missing/b.csirt")), QStringLiteral("X"));
    QVERIFY(!noFolder);
    QCOMPARE(noFolder.error().code, ErrorCode::NotFound);
    QVERIFY(noFolder.error().message.contains(QStringLiteral("does not exist")));
}

void TestWorkspace::createReplacesExistingFileCompletely()
{
    const QString path = fixtures::makeWorkspace(dir(), QStringLiteral("c.csirt"), QStringLiteral("Old Org"));
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QVERIFY(OrgProfileRepository(**ws).setValue(OrgProfile::Field::Phone, QStringLiteral("+81 3 1111")));
    }
    auto replaced = Workspace::create(path, QStringLiteral("New Org"));
    QVERIFY(replaced);
    auto profile = OrgProfileRepository(**replaced).load();
    QCOMPARE(profile->value(OrgProfile::Field::Name), QStringLiteral("New Org"));
    QCOMPARE(profile->value(OrgProfile::Field::Phone), QString());
}

void TestWorkspace::reopenKeepsData()
{
    const QString path = fixtures::makeWorkspace(dir(), QStringLiteral("d.csirt"));
    {
        auto ws = Workspace::open(path);
        QVERIFY(ws);
        QVERIFY(OrgProfileRepository(**ws).setValue(OrgProfile::Field::Email, QStringLiteral("csirt@example.org")));
    }
    auto ws = Workspace::open(path);
    QVERIFY(ws);
    QCOMPARE(OrgProfileRepository(**ws).value(OrgProfile::Field::Email).value(), QStringLiteral("csirt@example.org"));
    QVERIFY((*ws)->lastChangedUtc() >= (*ws)->createdUtc());
}

void TestWorkspace::writeRollsBackOnFailure()
{
    auto ws = Workspace::create(dir().filePath(QStringLiteral("e.csirt")), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    const qint64 changesBefore = sql::scalar(w.db(), QStringLiteral("SELECT count(*) FROM change_log"))->toLongLong();
    auto result = w.write(QStringLiteral("org_profile"), QStringLiteral("phone"), [](QSqlDatabase &db) -> Result<void> {
        // The first statement succeeds, then the change fails: nothing of it may remain.
        if (auto done = sql::exec(db, QStringLiteral("UPDATE org_profile SET phone = 'half-written'")); !done)
            return done.error();
        return makeError(ErrorCode::Invalid, QStringLiteral("simulated failure"));
    });
    QVERIFY(!result);
    QCOMPARE(result.error().message, QStringLiteral("simulated failure"));
    QCOMPARE(OrgProfileRepository(w).value(OrgProfile::Field::Phone).value(), QString());
    QCOMPARE(sql::scalar(w.db(), QStringLiteral("SELECT count(*) FROM change_log"))->toLongLong(), changesBefore);
    // A broken statement rolls back the same way, and the connection stays usable.
    auto broken = w.write(QStringLiteral("x"), QString(), [](QSqlDatabase &db) -> Result<void> {
        if (auto done = sql::exec(db, QStringLiteral("UPDATE no_such_table SET a = 1")); !done)
            return done.error();
        return {};
    });
    QVERIFY(!broken);
    QVERIFY(OrgProfileRepository(w).setValue(OrgProfile::Field::Phone, QStringLiteral("110")));
}

void TestWorkspace::writeRecordsChange()
{
    auto ws = Workspace::create(dir().filePath(QStringLiteral("f.csirt")), QStringLiteral("Org"));
    QVERIFY(ws);
    QVERIFY(OrgProfileRepository(**ws).setValue(OrgProfile::Field::Mission, QStringLiteral("Protect the group")));
    auto last = sql::scalar((*ws)->db(), QStringLiteral("SELECT entity || '.' || field FROM change_log ORDER BY id DESC"));
    QCOMPARE(last->toString(), QStringLiteral("org_profile.mission"));
}

void TestWorkspace::saveCopyIsConsistentAndIndependent()
{
    auto ws = Workspace::create(dir().filePath(QStringLiteral("g.csirt")), QStringLiteral("Org"));
    QVERIFY(ws);
    QVERIFY(OrgProfileRepository(**ws).setValue(OrgProfile::Field::Phone, QStringLiteral("03-0000")));
    const QString copyPath = dir().filePath(QStringLiteral("g-copy.csirt"));
    auto saved = (*ws)->saveCopy(copyPath);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QVERIFY(OrgProfileRepository(**ws).setValue(OrgProfile::Field::Phone, QStringLiteral("changed later")));

    QVERIFY(Workspace::check(copyPath));
    auto copy = Workspace::open(copyPath);
    QVERIFY(copy);
    QCOMPARE(OrgProfileRepository(**copy).value(OrgProfile::Field::Phone).value(), QStringLiteral("03-0000"));
    QCOMPARE(sql::scalar((*copy)->db(), QStringLiteral("PRAGMA journal_mode"))->toString(), QStringLiteral("wal"));
}

void TestWorkspace::saveCopyRefusesOwnFile()
{
    const QString path = dir().filePath(QStringLiteral("h.csirt"));
    auto ws = Workspace::create(path, QStringLiteral("Org"));
    QVERIFY(ws);
    auto saved = (*ws)->saveCopy(path);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::Invalid);
}

void TestWorkspace::badFileIsRefusedUnchanged_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("not sqlite") << 0 << int(ErrorCode::NotSqlite) << QStringLiteral("not a database file");
    QTest::newRow("other application") << 1 << int(ErrorCode::ForeignDatabase) << QStringLiteral("another application");
    QTest::newRow("newer version") << 2 << int(ErrorCode::NewerVersion) << QStringLiteral("newer version");
    QTest::newRow("corrupt") << 3 << int(ErrorCode::Corrupt) << QStringLiteral("damaged");
    QTest::newRow("empty file") << 4 << int(ErrorCode::NotSqlite) << QStringLiteral("not a database file");
    QTest::newRow("folder") << 5 << int(ErrorCode::NotSqlite) << QStringLiteral("folder");
}

void TestWorkspace::badFileIsRefusedUnchanged()
{
    QFETCH(int, kind);
    QFETCH(int, expected);
    QFETCH(QString, phrase);
    QTemporaryDir temp;
    const QDir d(temp.path());
    QString path;
    switch (kind) {
    case 0: path = fixtures::makeTextFile(d); break;
    case 1: path = fixtures::makeForeignSqlite(d); break;
    case 2: path = fixtures::makeNewerWorkspace(d); break;
    case 3: path = fixtures::makeCorruptWorkspace(d); break;
    case 4: path = d.filePath(QStringLiteral("empty.csirt")); QFile(path).open(QIODevice::WriteOnly); break;
    case 5: path = d.filePath(QStringLiteral("folder.csirt")); d.mkdir(QStringLiteral("folder.csirt")); break;
    }
    const QByteArray before = fixtures::sha256(path);
    const QStringList filesBefore = d.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);

    auto opened = Workspace::open(path);
    QVERIFY(!opened);
    QCOMPARE(int(opened.error().code), expected);
    QVERIFY2(opened.error().message.contains(phrase), qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(QFileInfo(path).fileName()));
    auto checked = Workspace::check(path);
    QVERIFY(!checked);
    QCOMPARE(checked.error().message, opened.error().message);

    QCOMPARE(fixtures::sha256(path), before);
    // Nothing new next to it either (no -wal/-shm/lock files left behind).
    QCOMPARE(d.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), filesBefore);
}

void TestWorkspace::missingFileIsReported()
{
    auto opened = Workspace::open(dir().filePath(QStringLiteral("nope.csirt")));
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(dir().filePath(QStringLiteral("nope.csirt"))));
}

void TestWorkspace::largeFilesAreFullyCheckedOnRequest()
{
    QTemporaryDir temp;
    const QString path = fixtures::makeCorruptWorkspace(QDir(temp.path()));
    const QByteArray before = fixtures::sha256(path);
    Workspace::setFullCheckLimitForTests(0); // every file counts as large
    auto checked = Workspace::check(path);
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, ErrorCode::Corrupt); // check() always reads every page
    {
        // Opening a large file skips the full scan (SQLite reports damaged pages when they are read).
        auto opened = Workspace::openForReading(path);
        QVERIFY(opened || opened.error().code == ErrorCode::Corrupt);
    }
    Workspace::setFullCheckLimitForTests(256LL * 1024 * 1024);
    QCOMPARE(fixtures::sha256(path), before);
}

void TestWorkspace::readOnlyFileOpensReadOnly()
{
    QTemporaryDir temp;
    const QString path = fixtures::makeReadOnlyWorkspace(QDir(temp.path()));
    const QByteArray before = fixtures::sha256(path);
    {
        auto ws = Workspace::open(path);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QVERIFY((*ws)->isReadOnly());
        QCOMPARE(OrgProfileRepository(**ws).value(OrgProfile::Field::Name).value(), QStringLiteral("Example Corp"));
        auto edit = OrgProfileRepository(**ws).setValue(OrgProfile::Field::Phone, QStringLiteral("1"));
        QVERIFY(!edit);
        QCOMPARE(edit.error().code, ErrorCode::ReadOnly);
        QVERIFY(edit.error().message.contains(QStringLiteral("read-only")));
    }
    QVERIFY(Workspace::check(path));
    QCOMPARE(fixtures::sha256(path), before);
}

void TestWorkspace::fileOpenInAnotherProcessIsRefused()
{
    const QString path = fixtures::makeWorkspace(dir(), QStringLiteral("held.csirt"));
    QProcess holder;
    holder.start(helper(), { QStringLiteral("hold"), path });
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));
    const QByteArray before = fixtures::sha256(path);

    auto opened = Workspace::open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Locked);
    QVERIFY2(opened.error().message.contains(QString::number(holder.processId())), qPrintable(opened.error().message));
    QVERIFY(!Workspace::check(path));
    QCOMPARE(fixtures::sha256(path), before);

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(Workspace::open(path)); // free again once the other process is done
}

void TestWorkspace::sqliteLockByAnotherProgramIsRefused()
{
    const QString path = fixtures::makeWorkspace(dir(), QStringLiteral("sqlite-locked.csirt"));
    QProcess holder;
    holder.start(helper(), { QStringLiteral("sqlite-lock"), path });
    QVERIFY(holder.waitForReadyRead(10000));
    QCOMPARE(holder.readLine().trimmed(), QByteArray("ready"));
    const QByteArray before = fixtures::sha256(path);

    auto opened = Workspace::open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Locked);
    QVERIFY(opened.error().message.contains(QStringLiteral("in use by another program")));
    QCOMPARE(fixtures::sha256(path), before);

    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
    QVERIFY(Workspace::open(path));
}

void TestWorkspace::staleLockFromDeadProcessIsIgnored()
{
    const QString path = fixtures::makeWorkspace(dir(), QStringLiteral("stale.csirt"));
    QProcess holder;
    holder.start(helper(), { QStringLiteral("hold"), path });
    QVERIFY(holder.waitForReadyRead(10000));
    holder.kill(); // a crash leaves the lock file behind
    QVERIFY(holder.waitForFinished(10000));
    auto opened = Workspace::open(path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
}

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
