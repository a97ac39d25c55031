#include "Fixtures.h"

#include "org/OrgProfileRepository.h"
#include "workspace/SqlUtil.h"

#include <QStandardPaths>

using namespace csirtkit;
using F = OrgProfile::Field;

class TestOrgProfileRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void everyFieldRoundTrips();
    void valueIsNormalisedBeforeStoring();
    void invalidValueWritesNothing();
    void userTextIsStoredVerbatim();

private:
    QTemporaryDir m_dir;
};

void TestOrgProfileRepository::everyFieldRoundTrips()
{
    auto ws = Workspace::create(QDir(m_dir.path()).filePath(QStringLiteral("a.csirt")), QStringLiteral("Org"));
    QVERIFY(ws);
    OrgProfileRepository repo(**ws);
    const QHash<F, QString> values = {
        { F::Name, QStringLiteral("株式会社サンプル") }, { F::ShortName, QStringLiteral("SAMPLE-CSIRT") },
        { F::Constituency, QStringLiteral("Group companies in Japan") }, { F::Mission, QStringLiteral("Respond fast") },
        { F::TimeZone, QStringLiteral("Asia/Tokyo") }, { F::OperatingHours, QStringLiteral("9:00–18:00 JST") },
        { F::Languages, QStringLiteral("Japanese, English") }, { F::Email, QStringLiteral("csirt@sample.co.jp") },
        { F::Phone, QStringLiteral("+81-3-0000-0000") }, { F::Address, QStringLiteral("Tokyo\nChiyoda") },
        { F::PgpFingerprint, QStringLiteral("8F3A 1B2C 3D4E 5F60 7182 93A4 B5C6 D7E8 F90A 1B2C") },
        { F::Notes, QStringLiteral("**bold** notes") },
    };
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        QCOMPARE(repo.setValue(it.key(), it.value()).value(), it.value());
    auto profile = repo.load();
    QVERIFY(profile);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        QCOMPARE(profile->value(it.key()), it.value());
    QCOMPARE(profile->filledCount(), OrgProfile::FieldCount);
}

void TestOrgProfileRepository::valueIsNormalisedBeforeStoring()
{
    auto ws = Workspace::create(QDir(m_dir.path()).filePath(QStringLiteral("b.csirt")), QStringLiteral("Org"));
    QVERIFY(ws);
    OrgProfileRepository repo(**ws);
    QCOMPARE(repo.setValue(F::PgpFingerprint, QStringLiteral("8f3a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c")).value(),
             QStringLiteral("8F3A 1B2C 3D4E 5F60 7182 93A4 B5C6 D7E8 F90A 1B2C"));
    QCOMPARE(repo.value(F::PgpFingerprint).value(), QStringLiteral("8F3A 1B2C 3D4E 5F60 7182 93A4 B5C6 D7E8 F90A 1B2C"));
}

void TestOrgProfileRepository::invalidValueWritesNothing()
{
    auto ws = Workspace::create(QDir(m_dir.path()).filePath(QStringLiteral("c.csirt")), QStringLiteral("Org"));
    QVERIFY(ws);
    OrgProfileRepository repo(**ws);
    QVERIFY(repo.setValue(F::Email, QStringLiteral("csirt@example.org")));
    const auto changes = sql::scalar((*ws)->db(), QStringLiteral("SELECT count(*) FROM change_log"))->toLongLong();
    auto bad = repo.setValue(F::Email, QStringLiteral("not an address"));
    QVERIFY(!bad);
    QCOMPARE(repo.value(F::Email).value(), QStringLiteral("csirt@example.org"));
    QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("SELECT count(*) FROM change_log"))->toLongLong(), changes);
    QVERIFY(!repo.setValue(F::Name, QString()));
    QCOMPARE(repo.value(F::Name).value(), QStringLiteral("Org"));
}

void TestOrgProfileRepository::userTextIsStoredVerbatim()
{
    auto ws = Workspace::create(QDir(m_dir.path()).filePath(QStringLiteral("d.csirt")), QStringLiteral("Org"));
    QVERIFY(ws);
    OrgProfileRepository repo(**ws);
    const QString tricky = QStringLiteral("Robert'); DROP TABLE org_profile;-- <img src=x onerror=alert(1)>");
    QVERIFY(repo.setValue(F::Constituency, tricky));
    QCOMPARE(repo.value(F::Constituency).value(), tricky);
}

QTEST_GUILESS_MAIN(TestOrgProfileRepository)
#include "tst_orgprofilerepository.moc"
