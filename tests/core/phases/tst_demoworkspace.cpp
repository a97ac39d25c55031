// DemoWorkspace: a fictional organisation half-way through the build phase, in English or Japanese.
#include "Fixtures.h"

#include "org/OrgProfileRepository.h"
#include "phases/DecisionRepository.h"
#include "incidents/IncidentHistory.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentSearch.h"
#include "incidents/NotificationClocks.h"
#include "phases/DemoWorkspace.h"
#include "workspace/SqlUtil.h"
#include "phases/PlanRepository.h"
#include "phases/WorksheetRepository.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QStandardPaths>

using namespace csirtkit;
using F = OrgProfile::Field;

namespace {

// The error message of a failed result (QVERIFY2 evaluates its message even when the check passes).
template<typename T>
QByteArray why(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message.toUtf8();
}

bool hasJapanese(const QString &text)
{
    for (const QChar c : text)
        if ((c.unicode() >= 0x3040 && c.unicode() <= 0x30FF) || (c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF))
            return true;
    return false;
}

} // namespace

class TestDemoWorkspace : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void demoIsHalfWayThroughTheBuildPhase_data();
    void demoIsHalfWayThroughTheBuildPhase();
    void japaneseDemoIsInJapanese();
    void demoHasAYearOfIncidents_data();
    void demoHasAYearOfIncidents();
    void replacesAnExistingFile();
    void missingFolderIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestDemoWorkspace::demoIsHalfWayThroughTheBuildPhase_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("timeZone");
    QTest::addColumn<QString>("emailDomain");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Europe/London") << QStringLiteral("@example.com");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("Asia/Tokyo") << QStringLiteral("@example.jp");
}

void TestDemoWorkspace::demoIsHalfWayThroughTheBuildPhase()
{
    QFETCH(QString, language);
    QFETCH(QString, timeZone);
    QFETCH(QString, emailDomain);
    const QString file = QDir(m_dir.path()).filePath(QStringLiteral("demo-%1.csirt").arg(language));
    auto ws = DemoWorkspace::create(file, language);
    QVERIFY2(ws, why(ws).constData());
    Workspace &workspace = **ws;
    QCOMPARE(workspace.filePath(), QFileInfo(file).absoluteFilePath());

    auto profile = OrgProfileRepository(workspace).load();
    QVERIFY(profile);
    QCOMPARE(profile->filledCount(), OrgProfile::FieldCount);
    QCOMPARE(profile->value(F::TimeZone), timeZone);
    QVERIFY(profile->value(F::Email).endsWith(emailDomain));
    QVERIFY(QRegularExpression(QStringLiteral("^([0-9A-F]{4} ){9}[0-9A-F]{4}$")).match(profile->value(F::PgpFingerprint)).hasMatch());

    // Progress per phase, computed from the items themselves.
    const QDate today = QDate::currentDate();
    PlanRepository plan(workspace);
    QHash<QString, PlanProgress> progress;
    int notApplicable = 0;
    int dueLater = 0;
    for (const QString &phase : { QStringLiteral("concept"), QStringLiteral("build"), QStringLiteral("operation") }) {
        auto steps = plan.steps(phase);
        QVERIFY(steps);
        for (const PlanStep &step : std::as_const(*steps)) {
            auto items = plan.items(step.id);
            QVERIFY(items);
            for (const PlanItem &item : std::as_const(*items)) {
                progress[phase].add(item, today);
                if (item.status == ItemStatus::NotApplicable) {
                    ++notApplicable;
                    QVERIFY(!item.naReason.isEmpty());
                }
                dueLater += item.isOpen() && item.due > today ? 1 : 0;
            }
        }
    }
    QCOMPARE(progress.value(QStringLiteral("concept")).percent(), 100);
    const int build = progress.value(QStringLiteral("build")).percent();
    QVERIFY2(build > 0 && build < 100, qPrintable(QString::number(build)));
    QVERIFY(progress.value(QStringLiteral("build")).overdue >= 1);
    QCOMPARE(progress.value(QStringLiteral("operation")).done, 0);
    QCOMPARE(notApplicable, 1);
    QVERIFY(dueLater >= 3);

    DecisionRepository decisions(workspace);
    auto model = decisions.orgModel();
    QVERIFY(model);
    QCOMPARE(model->modelKey, QStringLiteral("jpcert_cross_department"));
    QVERIFY(!model->reason.isEmpty());
    auto choices = decisions.serviceChoices();
    QVERIFY(choices);
    int chosen = 0;
    for (const ServiceChoice &choice : std::as_const(*choices))
        if (choice.status != ServiceStatus::NotOffered) {
            ++chosen;
            QVERIFY2(!choice.scope.isEmpty(), qPrintable(choice.serviceKey));
        }
    QVERIFY2(chosen >= 6 && chosen <= 10, qPrintable(QString::number(chosen)));

    WorksheetRepository sheets(workspace);
    auto approved = sheets.charterApproved();
    QVERIFY(approved && *approved);
    for (const QString &kind : Worksheets::kinds()) {
        auto values = sheets.load(kind);
        QVERIFY(values);
        QVERIFY2(Worksheets::problems(kind, *values).isEmpty(),
                 qPrintable(kind + QLatin1Char(':') + Worksheets::problems(kind, *values).join(QLatin1Char(' '))));
    }
    const auto milestones = sheets.load(QStringLiteral("scope"))->value(QLatin1String("milestones")).toArray();
    QVERIFY(milestones.size() >= 3 && milestones.size() <= 4);
    const auto approvals = sheets.load(QStringLiteral("approval"))->value(QLatin1String("approvals")).toArray();
    QCOMPARE(approvals.size(), 1);
    QCOMPARE(approvals.at(0).toObject().value(QLatin1String("approver")).toString(),
             sheets.load(QStringLiteral("charter"))->value(QLatin1String("approver")).toString());
}

void TestDemoWorkspace::japaneseDemoIsInJapanese()
{
    auto en = DemoWorkspace::create(QDir(m_dir.path()).filePath(QStringLiteral("names-en.csirt")), QStringLiteral("en"));
    auto ja = DemoWorkspace::create(QDir(m_dir.path()).filePath(QStringLiteral("names-ja.csirt")), QStringLiteral("ja"));
    QVERIFY(en && ja);
    const QString enName = OrgProfileRepository(**en).value(F::Name).value();
    const QString jaName = OrgProfileRepository(**ja).value(F::Name).value();
    QCOMPARE(enName, QStringLiteral("Example Logistics Ltd"));
    QVERIFY(!hasJapanese(enName));
    QVERIFY2(hasJapanese(jaName), qPrintable(jaName));
    QVERIFY(hasJapanese(OrgProfileRepository(**ja).value(F::Mission).value()));
    auto owners = PlanRepository(**ja).allItems();
    QVERIFY(owners);
    bool japaneseOwner = false;
    for (const PlanItem &item : std::as_const(*owners))
        japaneseOwner = japaneseOwner || hasJapanese(item.owner);
    QVERIFY(japaneseOwner);
    QVERIFY(hasJapanese(DecisionRepository(**ja).orgModel()->reason));
}

void TestDemoWorkspace::demoHasAYearOfIncidents_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

// A trainer opening the demo finds an incident log with a story: a year of incidents across categories
// and priorities, most closed, some still open, journals, tasks, communications, a notification sent
// to the regulator and lessons learned — in the demo's language.
void TestDemoWorkspace::demoHasAYearOfIncidents()
{
    QFETCH(QString, language);
    auto ws = DemoWorkspace::create(QDir(m_dir.path()).filePath(QStringLiteral("log-%1.csirt").arg(language)), language);
    QVERIFY2(ws, why(ws).constData());
    const QSqlDatabase db = (*ws)->db();
    const auto count = [&db](const QString &statement) { return sql::scalar(db, statement).value().toInt(); };
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident")), int(IncidentHistory::demo().size()));
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident WHERE status = 'closed'")), 26);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident WHERE status IN ('new', 'triage', 'response')")), 7);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT rsit_class) FROM incident")) >= 8);
    QVERIFY(count(QStringLiteral("SELECT count(DISTINCT priority) FROM incident")) >= 3);
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident WHERE detected_utc < strftime('%Y-%m-%dT%H:%M:%SZ', 'now', '-366 days') "
                                  "OR closed_utc > strftime('%Y-%m-%dT%H:%M:%SZ', 'now')")), 0);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM incident WHERE status = 'closed' AND lessons <> ''")) >= 1);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM notification_sent")) >= 2);
    // The closed breaches sent every notice: the demo shows no overdue obligation.
    auto overdue = NotificationClocks(**ws).open();
    QVERIFY(overdue);
    for (const NotificationDeadline &d : *overdue)
        QVERIFY2(d.isSent() || d.dueUtc > QDateTime::currentDateTimeUtc(), qPrintable(d.ruleKey + QLatin1Char('/') + d.obligationKey));
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM communication")) >= 30);
    QVERIFY(count(QStringLiteral("SELECT count(*) FROM incident_task WHERE done = 1")) >= 100);
    QVERIFY(count(QStringLiteral("SELECT min(journal_count) FROM incident")) >= 2);
    // Identifiers count up with time.
    QCOMPARE(count(QStringLiteral("SELECT count(*) FROM incident a JOIN incident b ON a.id < b.id WHERE a.detected_utc > b.detected_utc")), 0);
    QVERIFY(IncidentJournal(**ws).verifyAll()->isEmpty());
    QVERIFY(!IncidentSearch(**ws).search(language == QLatin1String("ja") ? QStringLiteral("フィッシング") : QStringLiteral("phishing"))->isEmpty());
    // Texts in the demo's language, handled by the demo's people.
    const QString title = sql::scalar(db, QStringLiteral("SELECT title FROM incident ORDER BY id LIMIT 1")).value().toString();
    const QString assignee = sql::scalar(db, QStringLiteral("SELECT assignee FROM incident ORDER BY id LIMIT 1")).value().toString();
    QCOMPARE(hasJapanese(title), language == QLatin1String("ja"));
    QCOMPARE(hasJapanese(assignee), language == QLatin1String("ja"));
    QVERIFY(IncidentHistory::people(language).values().contains(assignee));
}

void TestDemoWorkspace::replacesAnExistingFile()
{
    const QString file = fixtures::makeWorkspace(QDir(m_dir.path()), QStringLiteral("existing.csirt"), QStringLiteral("Old"));
    auto ws = DemoWorkspace::create(file, QStringLiteral("en"));
    QVERIFY2(ws, why(ws).constData());
    QCOMPARE(OrgProfileRepository(**ws).value(F::Name).value(), QStringLiteral("Example Logistics Ltd"));
}

void TestDemoWorkspace::missingFolderIsRefused()
{
    const QString file = QDir(m_dir.path()).filePath(QStringLiteral("no-such-folder/demo.csirt"));
    auto ws = DemoWorkspace::create(file, QStringLiteral("en"));
    QVERIFY(!ws);
    QCOMPARE(ws.error().code, ErrorCode::NotFound);
    QVERIFY(!QFileInfo::exists(file));
}

QTEST_MAIN(TestDemoWorkspace)
#include "tst_demoworkspace.moc"
