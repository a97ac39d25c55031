#include "Fixtures.h"

#include "org/OrgProfileRepository.h"
#include "workspace/Migrator.h"
#include "workspace/SqlUtil.h"

#include <QStandardPaths>

using namespace csirtkit;

class TestMigrator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void latestMatchesShippedFiles();
    void upgradesEveryEarlierVersion_data();
    void upgradesEveryEarlierVersion();
    void upgradesShippedVersion1File();
    void failedStepLeavesFileAsItWas();

private:
    // A workspace at schema `version`, made the way that version of CSIRT Kit made it.
    static QString makeAtVersion(const QDir &dir, int version);
};

QString TestMigrator::makeAtVersion(const QDir &dir, int version)
{
    const QString path = dir.filePath(QStringLiteral("v%1.csirt").arg(version));
    const QString connection = QStringLiteral("make-v%1").arg(version);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        if (db.open()) {
            (void)sql::exec(db, QStringLiteral("PRAGMA application_id = %1").arg(Workspace::ApplicationId));
            (void)Migrator::migrate(db, version);
            (void)sql::exec(db, QStringLiteral("UPDATE org_profile SET name = 'Legacy Org', phone = '+81-3-5555'"));
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return path;
}

void TestMigrator::latestMatchesShippedFiles()
{
    const QStringList files = QDir(QStringLiteral(CSIRTKIT_SOURCE_DIR "/resources/migrations"))
                                  .entryList({ QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    QVERIFY(!files.isEmpty());
    QCOMPARE(Migrator::latestVersion(), int(files.size()));
    for (int i = 0; i < files.size(); ++i)
        QVERIFY2(files.at(i).startsWith(QStringLiteral("%1_").arg(i + 1, 4, 10, QLatin1Char('0'))), qPrintable(files.at(i)));
}

void TestMigrator::upgradesEveryEarlierVersion_data()
{
    QTest::addColumn<int>("version");
    for (int v = 1; v < Migrator::latestVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestMigrator::upgradesEveryEarlierVersion()
{
    QFETCH(int, version);
    QTemporaryDir temp;
    const QString path = makeAtVersion(QDir(temp.path()), version);
    auto ws = Workspace::open(path);
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    QCOMPARE((*ws)->schemaVersion(), Migrator::latestVersion());
    auto profile = OrgProfileRepository(**ws).load();
    QCOMPARE(profile->value(OrgProfile::Field::Name), QStringLiteral("Legacy Org"));
    QCOMPARE(profile->value(OrgProfile::Field::Phone), QStringLiteral("+81-3-5555"));
    QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("PRAGMA integrity_check"))->toString(), QStringLiteral("ok"));
    QVERIFY(OrgProfileRepository(**ws).setValue(OrgProfile::Field::Phone, QStringLiteral("110")));
}

void TestMigrator::upgradesShippedVersion1File()
{
    // tests/data/workspace-v1.csirt was written by schema 1 and is never regenerated.
    QTemporaryDir temp;
    const QString path = QDir(temp.path()).filePath(QStringLiteral("v1.csirt"));
    QVERIFY(QFile::copy(QStringLiteral(CSIRTKIT_SOURCE_DIR "/tests/data/workspace-v1.csirt"), path));
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto ws = Workspace::open(path);
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    QCOMPARE((*ws)->schemaVersion(), Migrator::latestVersion());
    QCOMPARE(OrgProfileRepository(**ws).value(OrgProfile::Field::Name).value(), QStringLiteral("Fixture Org v1"));
    QVERIFY((*ws)->lastChangedUtc().isValid());
}

void TestMigrator::failedStepLeavesFileAsItWas()
{
    QTemporaryDir temp;
    const QString path = makeAtVersion(QDir(temp.path()), 1);
    // A table in the way makes migration 2 fail half-way.
    fixtures::rawSql(path, { QStringLiteral("CREATE TABLE change_log (x INTEGER)") });
    // Opening refuses such a file before any migration runs: its schema is not format 1's.
    auto ws = Workspace::open(path);
    QVERIFY(!ws);
    QVERIFY2(ws.error().message.contains(QStringLiteral("unexpected table “change_log”")), qPrintable(ws.error().message));
    // The migrator itself undoes a failed step.
    const QString connection = QStringLiteral("inspect");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        auto migrated = Migrator::migrate(db);
        QVERIFY(!migrated);
        QVERIFY2(migrated.error().message.contains(QStringLiteral("format 2")), qPrintable(migrated.error().message));
        QVERIFY(migrated.error().message.contains(QStringLiteral("stays at format 1")));
        QCOMPARE(sql::scalar(db, QStringLiteral("PRAGMA user_version"))->toInt(), 1);
        QCOMPARE(sql::scalar(db, QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'change_log_at'"))->toInt(), 0);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
}

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
