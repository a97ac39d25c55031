#include "Fixtures.h"

#include "org/OrgProfileRepository.h"
#include "phases/WorksheetRepository.h"
#include "workspace/SqlUtil.h"

#include <QJsonArray>
#include <QStandardPaths>

using namespace csirtkit;

namespace {

const QString Charter = QStringLiteral("charter");
const QString Scope = QStringLiteral("scope");

QJsonObject row(const QString &title, const QString &date)
{
    return QJsonObject { { QStringLiteral("title"), title }, { QStringLiteral("date"), date } };
}

qint64 changeCount(Workspace &ws)
{
    return sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM change_log"))->toLongLong();
}

} // namespace

class TestWorksheets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void kindsAreTheFourWorksheets();
    void datesAreNormalised_data();
    void datesAreNormalised();
    void moneyIsChecked_data();
    void moneyIsChecked();
    void rowsDropEmptyAndCheckDates();
    void linesAreTrimmedTextIsKept();
    void unknownFieldIsRefused();
    void problemsListWhatIsMissing();
    void setFieldStoresAndLoads();
    void charterApprovedNeedsBothFields();
    void frameworkMissionIsTheProfiles();
    void upgradeKeepsBothMissionTexts();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return QDir(m_dir.path()).filePath(QString::fromLatin1(name)); }
};

void TestWorksheets::kindsAreTheFourWorksheets()
{
    QCOMPARE(Worksheets::kinds(), (QStringList { QStringLiteral("charter"), QStringLiteral("scope"),
                                                 QStringLiteral("framework"), QStringLiteral("approval") }));
    for (const QString &kind : Worksheets::kinds()) {
        QVERIFY2(!Worksheets::fields(kind).isEmpty(), qPrintable(kind));
        QVERIFY2(Worksheets::title(kind) != kind, qPrintable(kind));
        for (const Worksheets::Field &f : Worksheets::fields(kind))
            QVERIFY2(Worksheets::label(kind, f.key) != f.key, qPrintable(f.key));
    }
    QVERIFY(Worksheets::fields(QStringLiteral("minutes")).isEmpty());
    QVERIFY(!Worksheets::field(Charter, QStringLiteral("nope")));
    QCOMPARE(Worksheets::field(Charter, QStringLiteral("deadline"))->type, Worksheets::Type::Date);
    QCOMPARE(Worksheets::field(Charter, QStringLiteral("budget"))->type, Worksheets::Type::Money);
    QCOMPARE(Worksheets::field(Scope, QStringLiteral("milestones"))->type, Worksheets::Type::Rows);
}

void TestWorksheets::datesAreNormalised_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::addColumn<QString>("stored");
    QTest::newRow("iso") << QStringLiteral("2026-04-01") << true << QStringLiteral("2026-04-01");
    QTest::newRow("spaces") << QStringLiteral("  2026-04-01 ") << true << QStringLiteral("2026-04-01");
    QTest::newRow("empty") << QString() << true << QString();
    QTest::newRow("blank") << QStringLiteral("   ") << true << QString();
    QTest::newRow("no leading zeros") << QStringLiteral("2026-4-1") << false << QString();
    QTest::newRow("no such day") << QStringLiteral("2026-02-30") << false << QString();
    QTest::newRow("words") << QStringLiteral("next April") << false << QString();
}

void TestWorksheets::datesAreNormalised()
{
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    QFETCH(QString, stored);
    auto result = Worksheets::validate(Charter, QStringLiteral("deadline"), QJsonValue(input));
    QCOMPARE(bool(result), accepted);
    if (accepted) {
        QCOMPARE(result->toString(), stored);
    } else {
        QCOMPARE(result.error().code, ErrorCode::Invalid);
        QVERIFY2(result.error().message.contains(input.trimmed()), qPrintable(result.error().message));
        QVERIFY2(result.error().message.contains(QStringLiteral("2026-04-01")), qPrintable(result.error().message));
    }
}

void TestWorksheets::moneyIsChecked_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("yen sign") << QStringLiteral("¥5,000,000") << true;
    QTest::newRow("JPY suffix") << QStringLiteral("5,000,000 JPY") << true;
    QTest::newRow("man-en") << QStringLiteral("500万円") << true;
    QTest::newRow("plain number") << QStringLiteral("5000000") << true;
    QTest::newRow("empty") << QString() << true;
    QTest::newRow("words") << QStringLiteral("lots") << false;
    QTest::newRow("trailing words") << QStringLiteral("5,000,000 or so") << false;
}

void TestWorksheets::moneyIsChecked()
{
    QFETCH(QString, input);
    QFETCH(bool, accepted);
    auto result = Worksheets::validate(Charter, QStringLiteral("budget"), QJsonValue(QString(QStringLiteral(" ") + input + QStringLiteral(" "))));
    QCOMPARE(bool(result), accepted);
    if (accepted) {
        QCOMPARE(result->toString(), input);
    } else {
        QCOMPARE(result.error().code, ErrorCode::Invalid);
        QVERIFY2(result.error().message.contains(input), qPrintable(result.error().message));
    }
}

void TestWorksheets::rowsDropEmptyAndCheckDates()
{
    const QString key = QStringLiteral("milestones");
    const QJsonArray input { row(QStringLiteral(" Kick-off "), QStringLiteral("2026-04-01")),
                             row(QStringLiteral("  "), QString()),
                             QJsonObject(),
                             row(QStringLiteral("Launch"), QStringLiteral(" 2026-10-01 ")) };
    auto clean = Worksheets::validate(Scope, key, input);
    QVERIFY2(clean, clean ? "" : qPrintable(clean.error().message));
    const QJsonArray expected { row(QStringLiteral("Kick-off"), QStringLiteral("2026-04-01")),
                                row(QStringLiteral("Launch"), QStringLiteral("2026-10-01")) };
    QCOMPARE(clean->toArray(), expected);

    // The row number counts every row the user sees, empty ones included.
    const QJsonArray bad { row(QString(), QString()), row(QStringLiteral("Go live"), QStringLiteral("2026-4-1")) };
    auto refused = Worksheets::validate(Scope, key, bad);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(QStringLiteral("row 2")), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QStringLiteral("2026-4-1")), qPrintable(refused.error().message));

    auto notRows = Worksheets::validate(Scope, key, QJsonValue(QStringLiteral("Kick-off 2026-04-01")));
    QVERIFY(!notRows);
    QCOMPARE(notRows.error().code, ErrorCode::Invalid);

    // Unknown columns are dropped; missing ones come back empty.
    const QJsonArray approvals { QJsonObject { { QStringLiteral("approver"), QStringLiteral("CEO") },
                                               { QStringLiteral("colour"), QStringLiteral("blue") } } };
    auto approval = Worksheets::validate(QStringLiteral("approval"), QStringLiteral("approvals"), approvals);
    QVERIFY(approval);
    const QJsonObject first = approval->toArray().at(0).toObject();
    QCOMPARE(first.keys(), (QStringList { QStringLiteral("approver"), QStringLiteral("date"), QStringLiteral("decision"),
                                          QStringLiteral("subject") }));
    QCOMPARE(first.value(QLatin1String("approver")).toString(), QStringLiteral("CEO"));
}

void TestWorksheets::linesAreTrimmedTextIsKept()
{
    QCOMPARE(Worksheets::validate(Charter, QStringLiteral("project_name"), QJsonValue(QStringLiteral("  CSIRT 2026  ")))->toString(),
             QStringLiteral("CSIRT 2026"));
    const QString text = QStringLiteral("  first line\n  second line\n");
    QCOMPARE(Worksheets::validate(Charter, QStringLiteral("background"), QJsonValue(text))->toString(), text);
    auto tooLong = Worksheets::validate(Charter, QStringLiteral("background"), QJsonValue(QString(20001, QLatin1Char('x'))));
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code, ErrorCode::Invalid);
}

void TestWorksheets::unknownFieldIsRefused()
{
    auto invalid = Worksheets::validate(Charter, QStringLiteral("favourite_colour"), QJsonValue(QStringLiteral("blue")));
    QVERIFY(!invalid);
    QCOMPARE(invalid.error().code, ErrorCode::Invalid);
    QVERIFY2(invalid.error().message.contains(QStringLiteral("favourite_colour")), qPrintable(invalid.error().message));
    // A field of another worksheet is not a field of this one.
    QVERIFY(!Worksheets::validate(Charter, QStringLiteral("milestones"), QJsonArray()));

    auto ws = Workspace::create(path("a.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    WorksheetRepository repo(**ws);
    const qint64 changes = changeCount(**ws);
    auto refused = repo.setField(Charter, QStringLiteral("favourite_colour"), QJsonValue(QStringLiteral("blue")));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QVERIFY(!repo.setField(QStringLiteral("minutes"), QStringLiteral("project_name"), QJsonValue(QStringLiteral("x"))));
    QVERIFY(!repo.load(QStringLiteral("minutes")));
    QCOMPARE(changeCount(**ws), changes);
    QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("SELECT count(*) FROM worksheet"))->toInt(), 0);
    QVERIFY(repo.load(Charter)->isEmpty());
}

void TestWorksheets::problemsListWhatIsMissing()
{
    QCOMPARE(Worksheets::problems(Charter, QJsonObject()),
             (QStringList { QStringLiteral("Fill in “Project name”."), QStringLiteral("Fill in “Background and need”."),
                            QStringLiteral("Fill in “Goal”."), QStringLiteral("Fill in “Deadline”.") }));

    QJsonObject charter { { QStringLiteral("project_name"), QStringLiteral("CSIRT 2026") },
                          { QStringLiteral("background"), QStringLiteral("Incidents happen") },
                          { QStringLiteral("goal"), QStringLiteral("A team by October") },
                          { QStringLiteral("deadline"), QStringLiteral("2026-10-01") } };
    QCOMPARE(Worksheets::problems(Charter, charter), QStringList());

    const QString halfFilled = QStringLiteral("The approval block needs both the approver and the approval date.");
    charter.insert(QStringLiteral("approver"), QStringLiteral("CEO"));
    QCOMPARE(Worksheets::problems(Charter, charter), QStringList { halfFilled });
    charter.remove(QStringLiteral("approver"));
    charter.insert(QStringLiteral("approved_on"), QStringLiteral("2026-05-01"));
    QCOMPARE(Worksheets::problems(Charter, charter), QStringList { halfFilled });
    charter.insert(QStringLiteral("approver"), QStringLiteral("CEO"));
    QCOMPARE(Worksheets::problems(Charter, charter), QStringList());

    // Whitespace is not an answer.
    charter.insert(QStringLiteral("goal"), QStringLiteral("   "));
    QCOMPARE(Worksheets::problems(Charter, charter), QStringList { QStringLiteral("Fill in “Goal”.") });

    // Rows: at least one when required, and each filled in (the decision column is optional).
    QVERIFY(Worksheets::problems(Scope, QJsonObject()).contains(QStringLiteral("Add at least one row to “Milestones”.")));
    const QJsonObject scope { { QStringLiteral("project_manager"), QStringLiteral("Tanaka") },
                              { QStringLiteral("overview"), QStringLiteral("Build the team") },
                              { QStringLiteral("milestones"), QJsonArray { row(QStringLiteral("Kick-off"), QStringLiteral("2026-04-01")),
                                                                           row(QStringLiteral("Launch"), QString()) } } };
    QCOMPARE(Worksheets::problems(Scope, scope), QStringList { QStringLiteral("“Milestones”, row 2: fill in “Date”.") });
    const QJsonObject approval { { QStringLiteral("approvals"),
                                   QJsonArray { QJsonObject { { QStringLiteral("approver"), QStringLiteral("CEO") },
                                                              { QStringLiteral("subject"), QStringLiteral("Charter") },
                                                              { QStringLiteral("date"), QStringLiteral("2026-05-01") },
                                                              { QStringLiteral("decision"), QString() } } } } };
    QCOMPARE(Worksheets::problems(QStringLiteral("approval"), approval), QStringList());
}

void TestWorksheets::setFieldStoresAndLoads()
{
    const QString file = fixtures::makeWorkspace(QDir(m_dir.path()), QStringLiteral("b.csirt"));
    {
        auto ws = Workspace::open(file);
        QVERIFY(ws);
        WorksheetRepository repo(**ws);
        QVERIFY(repo.load(Charter)->isEmpty());
        auto name = repo.setField(Charter, QStringLiteral("project_name"), QJsonValue(QStringLiteral("  CSIRT 2026 ")));
        QVERIFY(name);
        QCOMPARE(name->toString(), QStringLiteral("CSIRT 2026"));
        QVERIFY(repo.setField(Charter, QStringLiteral("budget"), QJsonValue(QStringLiteral("500万円"))));
        QVERIFY(repo.setField(Scope, QStringLiteral("milestones"),
                              QJsonArray { row(QStringLiteral("Kick-off"), QStringLiteral("2026-04-01")), row(QString(), QString()) }));
        auto last = sql::scalar((*ws)->db(), QStringLiteral("SELECT entity || '.' || field FROM change_log ORDER BY id DESC"));
        QCOMPARE(last->toString(), QStringLiteral("worksheet.scope.milestones"));

        // A refused value leaves the stored one alone.
        const qint64 changes = changeCount(**ws);
        QVERIFY(!repo.setField(Charter, QStringLiteral("budget"), QJsonValue(QStringLiteral("lots"))));
        QCOMPARE(repo.load(Charter)->value(QLatin1String("budget")).toString(), QStringLiteral("500万円"));
        QCOMPARE(changeCount(**ws), changes);

        // Overwriting one field keeps the others.
        QVERIFY(repo.setField(Charter, QStringLiteral("project_name"), QJsonValue(QStringLiteral("CSIRT build"))));
    }
    auto ws = Workspace::open(file);
    QVERIFY(ws);
    WorksheetRepository repo(**ws);
    auto charter = repo.load(Charter);
    QVERIFY(charter);
    QCOMPARE(charter->value(QLatin1String("project_name")).toString(), QStringLiteral("CSIRT build"));
    QCOMPARE(charter->value(QLatin1String("budget")).toString(), QStringLiteral("500万円"));
    QCOMPARE(charter->size(), 2);
    auto scope = repo.load(Scope);
    QVERIFY(scope);
    QCOMPARE(scope->value(QLatin1String("milestones")).toArray(),
             (QJsonArray { row(QStringLiteral("Kick-off"), QStringLiteral("2026-04-01")) }));
    // Nothing written to the framework yet: only the profile's (empty) constituency and mission.
    QCOMPARE(repo.load(QStringLiteral("framework"))->keys(), (QStringList { QStringLiteral("constituency"), QStringLiteral("mission") }));
    QVERIFY(repo.load(QStringLiteral("framework"))->value(QLatin1String("mission")).toString().isEmpty());
}

void TestWorksheets::charterApprovedNeedsBothFields()
{
    auto ws = Workspace::create(path("c.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    WorksheetRepository repo(**ws);
    QCOMPARE(repo.charterApproved().value(), false);
    QVERIFY(repo.setField(Charter, QStringLiteral("approver"), QJsonValue(QStringLiteral("CEO"))));
    QCOMPARE(repo.charterApproved().value(), false);
    QVERIFY(!repo.setField(Charter, QStringLiteral("approved_on"), QJsonValue(QStringLiteral("2026-5-1"))));
    QCOMPARE(repo.charterApproved().value(), false);
    QVERIFY(repo.setField(Charter, QStringLiteral("approved_on"), QJsonValue(QStringLiteral("2026-05-01"))));
    QCOMPARE(repo.charterApproved().value(), true);
    QVERIFY(repo.setField(Charter, QStringLiteral("approver"), QJsonValue(QStringLiteral("   "))));
    QCOMPARE(repo.charterApproved().value(), false);
    QVERIFY(repo.setField(Charter, QStringLiteral("approver"), QJsonValue(QStringLiteral("CEO"))));
    QVERIFY(repo.setField(Charter, QStringLiteral("approved_on"), QJsonValue(QString())));
    QCOMPARE(repo.charterApproved().value(), false);
}

void TestWorksheets::frameworkMissionIsTheProfiles()
{
    auto ws = Workspace::create(m_dir.filePath(QStringLiteral("mission.csirt")), QStringLiteral("Org")).value();
    WorksheetRepository sheets(*ws);
    OrgProfileRepository profile(*ws);
    const QString framework = QStringLiteral("framework");
    QVERIFY(profile.setValue(OrgProfile::Field::Mission, QStringLiteral("Keep deliveries running safely.")).ok());
    QCOMPARE(sheets.load(framework)->value(QLatin1String("mission")).toString(), QStringLiteral("Keep deliveries running safely."));
    // Edited on the worksheet: the profile changes, and the worksheet keeps no copy of its own.
    QVERIFY(sheets.setField(framework, QStringLiteral("constituency"), QStringLiteral("All staff and systems")).ok());
    QVERIFY(sheets.setField(framework, QStringLiteral("authority"), QStringLiteral("May disconnect systems")).ok());
    QCOMPARE(profile.value(OrgProfile::Field::Constituency).value(), QStringLiteral("All staff and systems"));
    const QString stored = sql::scalar(ws->db(), QStringLiteral("SELECT fields FROM worksheet WHERE kind = 'framework'"))->toString();
    QVERIFY2(!stored.contains(QStringLiteral("constituency")) && stored.contains(QStringLiteral("authority")), qPrintable(stored));
    QVERIFY(!Worksheets::problems(framework, sheets.load(framework).value()).join(QLatin1Char(' ')).contains(QStringLiteral("Constituency")));
}

void TestWorksheets::upgradeKeepsBothMissionTexts()
{
    // A format-10 workspace where the profile and the worksheet say different things: nothing is lost.
    const QString path = m_dir.filePath(QStringLiteral("old.csirt"));
    Workspace::create(path, QStringLiteral("Org")).value().reset();
    QVERIFY(fixtures::rawSql(path, fixtures::withoutTeamSchema({ QStringLiteral("UPDATE org_profile SET mission = 'Profile mission', constituency = ''"),
                                     QStringLiteral("INSERT INTO worksheet (kind, fields, updated_utc) VALUES ('framework', "
                                                    "'{\"mission\":\"Worksheet mission\",\"constituency\":\"Worksheet staff\",\"authority\":\"A\"}', '2026-01-01T00:00:00Z') "
                                                    "ON CONFLICT (kind) DO UPDATE SET fields = excluded.fields"),
                                     QStringLiteral("PRAGMA user_version = 10") })));
    auto ws = Workspace::open(path);
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    OrgProfileRepository profile(**ws);
    QCOMPARE(profile.value(OrgProfile::Field::Mission).value(), QStringLiteral("Profile mission\n\nWorksheet mission"));
    QCOMPARE(profile.value(OrgProfile::Field::Constituency).value(), QStringLiteral("Worksheet staff"));
    QCOMPARE(WorksheetRepository(**ws).load(QStringLiteral("framework"))->value(QLatin1String("authority")).toString(), QStringLiteral("A"));
    const QString stored = sql::scalar((*ws)->db(), QStringLiteral("SELECT fields FROM worksheet WHERE kind = 'framework'"))->toString();
    QVERIFY2(!stored.contains(QStringLiteral("mission")), qPrintable(stored));
}

QTEST_GUILESS_MAIN(TestWorksheets)
#include "tst_worksheets.moc"
