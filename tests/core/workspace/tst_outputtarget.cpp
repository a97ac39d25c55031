// No output ever lands on a workspace, under any of its names, and no existing file is replaced
// unless that was asked for.
#include "Fixtures.h"

#include "workspace/OutputTarget.h"

#include <QStandardPaths>

#include <unistd.h>

using namespace csirtkit;

class TestOutputTarget : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void refusesTheWorkspaceUnderEveryName_data();
    void refusesTheWorkspaceUnderEveryName();
    void refusesOtherWorkspacesAndTheirCompanions();
    void existingFilesNeedPermission();
    void missingFolderAndFolderTarget();

private:
    QTemporaryDir m_dir;
};

void TestOutputTarget::refusesTheWorkspaceUnderEveryName_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("same path") << QStringLiteral("same");
    QTest::newRow("dot-dot") << QStringLiteral("dotdot");
    QTest::newRow("symlink") << QStringLiteral("symlink");
    QTest::newRow("hard link") << QStringLiteral("hardlink");
    QTest::newRow("write-ahead log") << QStringLiteral("wal");
}

void TestOutputTarget::refusesTheWorkspaceUnderEveryName()
{
    QFETCH(QString, kind);
    QTemporaryDir dir;
    QDir(dir.path()).mkdir(QStringLiteral("sub"));
    const QString workspace = fixtures::makeWorkspace(QDir(dir.path()), QStringLiteral("w.csirt"));
    QString target = workspace;
    if (kind == QLatin1String("dotdot"))
        target = dir.filePath(QStringLiteral("sub/../w.csirt"));
    else if (kind == QLatin1String("symlink"))
        QVERIFY(QFile::link(workspace, target = dir.filePath(QStringLiteral("link.csv"))));
    else if (kind == QLatin1String("hardlink"))
        QVERIFY(::link(QFile::encodeName(workspace).constData(), QFile::encodeName(target = dir.filePath(QStringLiteral("hard.csv"))).constData()) == 0);
    else if (kind == QLatin1String("wal"))
        target = workspace + QStringLiteral("-wal");
    // Even with permission to replace files, and whether or not the open workspace is named.
    for (const QString &open : { workspace, QString() }) {
        auto checked = OutputTarget::check(target, OutputTarget::Existing::Replace, open);
        QVERIFY2(!checked, qPrintable(target));
        QCOMPARE(checked.error().code, ErrorCode::Invalid);
        QVERIFY(checked.error().message.contains(QStringLiteral("nothing was written")));
    }
}

void TestOutputTarget::refusesOtherWorkspacesAndTheirCompanions()
{
    const QString mine = fixtures::makeWorkspace(QDir(m_dir.path()), QStringLiteral("mine.csirt"));
    const QString other = fixtures::makeWorkspace(QDir(m_dir.path()), QStringLiteral("other.csirt"));
    QVERIFY(OutputTarget::isWorkspaceFile(other));
    QVERIFY(!OutputTarget::check(other, OutputTarget::Existing::Replace, mine));
    // A workspace under a name without the suffix is still a workspace.
    const QString renamed = m_dir.filePath(QStringLiteral("export.json"));
    QVERIFY(QFile::copy(other, renamed));
    QVERIFY(!OutputTarget::check(renamed, OutputTarget::Existing::Replace, mine));
    QVERIFY(!OutputTarget::check(m_dir.filePath(QStringLiteral(".other.csirt.lock")), OutputTarget::Existing::Replace, mine));
    QVERIFY(!OutputTarget::check(other + QStringLiteral("-shm"), OutputTarget::Existing::Replace, mine));
    QVERIFY(!OutputTarget::isWorkspaceFile(fixtures::makeTextFile(QDir(m_dir.path()))));
}

void TestOutputTarget::existingFilesNeedPermission()
{
    const QString mine = fixtures::makeWorkspace(QDir(m_dir.path()), QStringLiteral("perm.csirt"));
    const QString fresh = m_dir.filePath(QStringLiteral("new.csv"));
    QVERIFY(OutputTarget::check(fresh, OutputTarget::Existing::Refuse, mine));
    QFile file(fresh);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("keep me");
    file.close();
    auto refused = OutputTarget::check(fresh, OutputTarget::Existing::Refuse, mine);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("already exists")));
    QVERIFY(OutputTarget::check(fresh, OutputTarget::Existing::Replace, mine));
}

void TestOutputTarget::missingFolderAndFolderTarget()
{
    auto missing = OutputTarget::check(m_dir.filePath(QStringLiteral("nowhere/out.csv")), OutputTarget::Existing::Replace);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QVERIFY(missing.error().message.contains(QStringLiteral("nowhere")));
    QVERIFY(!OutputTarget::check(m_dir.path(), OutputTarget::Existing::Replace));
    QVERIFY(!OutputTarget::check(QStringLiteral("  "), OutputTarget::Existing::Replace));
}

QTEST_GUILESS_MAIN(TestOutputTarget)
#include "tst_outputtarget.moc"
