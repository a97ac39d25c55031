// Opening a workspace under other names (symlink, `..`, hard link), files whose schema does not
// match their format, and the reasons a workspace opens read-only.
#include "Fixtures.h"

#include "incidents/IncidentRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/WorkspaceFile.h"

#include <QStandardPaths>

#include <unistd.h>

using namespace csirtkit;

class TestWorkspaceFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void symlinkAndDotDotShareOneLock();
    void hardLinkedFileOpensReadOnly();
    void schemaDamageIsNamedAndNothingChanges_data();
    void schemaDamageIsNamedAndNothingChanges();
    void olderWorkspacesStillMatchTheirFormat();
    void counterSetBackIsAWarningAndRecovers();
    void readOnlyReasonsSayWhatToDo();
};

void TestWorkspaceFile::symlinkAndDotDotShareOneLock()
{
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    const QString path = fixtures::makeWorkspace(QDir(dir.path()), QStringLiteral("w.csirt"));
    const QString link = dir.filePath(QStringLiteral("shortcut.csirt"));
    QVERIFY(QFile::link(path, link));
    auto first = Workspace::open(link);
    QVERIFY(first);
    QCOMPARE((*first)->filePath(), QFileInfo(path).canonicalFilePath());
    for (const QString &other : { path, dir.filePath(QStringLiteral("sub/../w.csirt")) }) {
        // The lock is taken by the file's one canonical name, so the second writer is refused.
        auto second = Workspace::open(other);
        QVERIFY2(!second, qPrintable(other));
        QCOMPARE(second.error().code, ErrorCode::Locked);
    }
    // One write-ahead log: the writer never made a "shortcut.csirt-wal".
    QVERIFY(!QFileInfo::exists(link + QStringLiteral("-wal")));
}

void TestWorkspaceFile::hardLinkedFileOpensReadOnly()
{
    QTemporaryDir dir;
    const QString path = fixtures::makeWorkspace(QDir(dir.path()), QStringLiteral("w.csirt"));
    const QString other = dir.filePath(QStringLiteral("copy.csirt"));
    QVERIFY(::link(QFile::encodeName(path).constData(), QFile::encodeName(other).constData()) == 0);
    const QByteArray before = fixtures::sha256(path);
    for (const QString &name : { path, other }) {
        auto ws = Workspace::open(name);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QVERIFY((*ws)->isReadOnly());
        QVERIFY2((*ws)->readOnlyReason().contains(QStringLiteral("2 names")), qPrintable((*ws)->readOnlyReason()));
        IncidentDraft draft;
        draft.title = QStringLiteral("Must not be written");
        auto created = IncidentRepository(**ws).create(draft, QStringLiteral("A"));
        QVERIFY(!created);
        QCOMPARE(created.error().code, ErrorCode::ReadOnly);
        QVERIFY(created.error().message.contains(QStringLiteral("hard links")));
        QVERIFY(!created.error().message.contains(QStringLiteral("Save As")));
    }
    auto report = Workspace::inspect(other);
    QVERIFY(report);
    QCOMPARE(report->access, Workspace::Access::ReadOnly);
    QCOMPARE(fixtures::sha256(path), before);
    // With one name again, it is writable.
    QVERIFY(QFile::remove(other));
    auto writable = Workspace::open(path);
    QVERIFY(writable && !(*writable)->isReadOnly());
}

void TestWorkspaceFile::schemaDamageIsNamedAndNothingChanges_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("incident table missing") << QStringList { QStringLiteral("PRAGMA foreign_keys = OFF"), QStringLiteral("DROP TABLE incident") }
                                            << QStringLiteral("the table “incident” is missing");
    QTest::newRow("index missing") << QStringList { QStringLiteral("DROP INDEX incident_tlp") }
                                   << QStringLiteral("the index “incident_tlp” is missing");
    QTest::newRow("search trigger changed") << QStringList { QStringLiteral("DROP TRIGGER incident_fts_insert"),
                                                             QStringLiteral("CREATE TRIGGER incident_fts_insert AFTER INSERT ON incident BEGIN SELECT 1; END") }
                                            << QStringLiteral("trigger “incident_fts_insert” is not as this format defines it");
    QTest::newRow("format set back") << QStringList { QStringLiteral("PRAGMA user_version = 8") }
                                     << QStringLiteral("unexpected table “csv_mapping”");
    QTest::newRow("extra table") << QStringList { QStringLiteral("CREATE TABLE stash (x)") }
                                 << QStringLiteral("unexpected table “stash”");
}

void TestWorkspaceFile::schemaDamageIsNamedAndNothingChanges()
{
    QFETCH(QStringList, statements);
    QFETCH(QString, phrase);
    QTemporaryDir dir;
    const QString path = fixtures::makeWorkspace(QDir(dir.path()), QStringLiteral("w.csirt"));
    QVERIFY(fixtures::rawSql(path, statements));
    // Settle the file: no -wal, rollback journal mode, so that a switch to WAL would show in the header.
    QVERIFY(fixtures::rawSql(path, { QStringLiteral("PRAGMA journal_mode = DELETE") }));
    const QByteArray before = fixtures::sha256(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
    auto opened = Workspace::open(path);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::Corrupt);
    QVERIFY2(opened.error().message.contains(phrase), qPrintable(opened.error().message));
    auto checked = Workspace::check(path);
    QVERIFY(!checked);
    QCOMPARE(checked.error().message, opened.error().message);
    QVERIFY(!Workspace::openForReading(path));
    QCOMPARE(fixtures::sha256(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), filesBefore);
}

void TestWorkspaceFile::olderWorkspacesStillMatchTheirFormat()
{
    // The workspace of format 1 kept in tests/data opens (and is upgraded) as before.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.csirt"));
    QVERIFY(QFile::copy(QStringLiteral(CSIRTKIT_SOURCE_DIR "/tests/data/workspace-v1.csirt"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QVERIFY(Workspace::check(path));
    auto ws = Workspace::open(path);
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    QCOMPARE((*ws)->schemaVersion(), Workspace::latestSchemaVersion());
}

void TestWorkspaceFile::counterSetBackIsAWarningAndRecovers()
{
    QTemporaryDir dir;
    const QString path = fixtures::makeWorkspace(QDir(dir.path()), QStringLiteral("w.csirt"));
    QString firstIdent;
    {
        auto ws = Workspace::open(path);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        IncidentDraft draft;
        draft.title = QStringLiteral("One");
        auto id = IncidentRepository(**ws).create(draft, QStringLiteral("A"));
        QVERIFY2(id, id ? "" : qPrintable(id.error().message));
        firstIdent = IncidentRepository(**ws).incident(*id)->ident;
        draft.title = QStringLiteral("Two");
        QVERIFY(IncidentRepository(**ws).create(draft, QStringLiteral("A")));
    }
    QVERIFY(fixtures::rawSql(path, { QStringLiteral("UPDATE incident_sequence SET last = 0") }));
    auto report = Workspace::inspect(path);
    QVERIFY(report);
    QCOMPARE(report->warnings.size(), 1);
    QVERIFY2(report->warnings.first().contains(QStringLiteral("stands at 0")), qPrintable(report->warnings.first()));
    auto ws = Workspace::open(path);
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    IncidentDraft draft;
    draft.title = QStringLiteral("Three");
    auto created = IncidentRepository(**ws).create(draft, QStringLiteral("A"));
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    const QString third = IncidentRepository(**ws).incident(*created)->ident;
    QCOMPARE(third.right(4), QStringLiteral("0003"));
    QCOMPARE(third.left(9), firstIdent.left(9));
    ws->reset();
    auto after = Workspace::inspect(path);
    QVERIFY2(after, after ? "" : qPrintable(after.error().message));
    QVERIFY(after->warnings.isEmpty());
}

void TestWorkspaceFile::readOnlyReasonsSayWhatToDo()
{
    const QString path = QStringLiteral("/somewhere/w.csirt");
    for (auto block : { files::WriteBlock::Medium, files::WriteBlock::Folder, files::WriteBlock::File,
                        files::WriteBlock::HardLinks }) {
        const QString reason = WorkspaceFile::readOnlyReason(path, block);
        QVERIFY(reason.contains(QStringLiteral("w.csirt")));
        QVERIFY(reason.contains(QStringLiteral("viewing only")));
        QVERIFY(!reason.contains(QStringLiteral("damaged")));
        QVERIFY(!reason.contains(QStringLiteral("›")));
    }
    QVERIFY(WorkspaceFile::readOnlyReason(path, files::WriteBlock::None).isEmpty());
}

QTEST_GUILESS_MAIN(TestWorkspaceFile)
#include "tst_workspacefile.moc"
