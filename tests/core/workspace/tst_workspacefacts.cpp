#include "Fixtures.h"

#include "org/OrgProfileRepository.h"
#include "workspace/WorkspaceFacts.h"

#include <QStandardPaths>

using namespace csirtkit;

class TestWorkspaceFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void factsReflectContent();
};

void TestWorkspaceFacts::factsReflectContent()
{
    QTemporaryDir temp;
    auto ws = Workspace::create(QDir(temp.path()).filePath(QStringLiteral("f.csirt")), QStringLiteral("Facts Org"));
    QVERIFY(ws);
    QVERIFY(OrgProfileRepository(**ws).setValue(OrgProfile::Field::Phone, QStringLiteral("110")));
    auto facts = WorkspaceFacts::read(**ws);
    QVERIFY(facts);
    QCOMPARE(facts->organisationName, QStringLiteral("Facts Org"));
    QCOMPARE(facts->schemaVersion, Workspace::latestSchemaVersion());
    QVERIFY(!facts->readOnly);
    QVERIFY(facts->fileSize > 0);
    QVERIFY(facts->lastChangedUtc >= facts->createdUtc);
    QCOMPARE(facts->counts.size(), 2);
    QCOMPARE(facts->counts.at(0).key, QStringLiteral("profile_fields"));
    QCOMPARE(facts->counts.at(0).value, 2);
    QCOMPARE(facts->counts.at(0).total, OrgProfile::FieldCount);
    QCOMPARE(facts->counts.at(1).key, QStringLiteral("changes"));
    QCOMPARE(facts->counts.at(1).value, 2); // created + phone
}

QTEST_GUILESS_MAIN(TestWorkspaceFacts)
#include "tst_workspacefacts.moc"
