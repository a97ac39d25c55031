#include "MainWindowFixture.h"

#include "team/CoverageTab.h"
#include "team/PeopleCompleter.h"
#include "team/PeopleImportDialog.h"
#include "team/PeopleRepository.h"
#include "team/PeopleTab.h"
#include "team/PersonDialog.h"
#include "team/RaciTab.h"
#include "team/RoleDialog.h"
#include "team/RolesTab.h"
#include "team/StaffingTab.h"
#include "team/TeamPage.h"
#include "team/TeamPlanDialog.h"
#include "team/TeamRepository.h"
#include "team/TeamCoverage.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"
#include "common/Theme.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>

using namespace csirtkit;

// The Team page in the real main window: each tab shows the demo team, each edit is one undo step, bad
// input is refused at the field with nothing written.
class TestTeamPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::MainWindowFixture::initTestCase(); }
    void init();
    void cleanup() { f.cleanup(); }

    void coverageShowsTheDemoGapsAndJumps();
    void assigningIsOneUndoStep();
    void personDialogRefusesBadFieldsAndSaves();
    void inactiveAndDeleteKeepRecords();
    void roleEditAndOwnRole();
    void raciCellAndChecks();
    void staffingCalculatesWhileTyping();
    void exportsTheStaffingPlan();
    void overviewAndPhaseGuideShowTheTeam();
    void incidentOwnerIsPickedFromTheRegister();
    void peopleImportIsAllOrNothing();
    void screenshots_data();
    void screenshots();

private:
    template<typename T>
    T *tab(const QString &id) { return qobject_cast<T *>(page->tab(id)); }
    int count(const QString &table) { return sql::scalar(f.workspace().db(), QStringLiteral("SELECT count(*) FROM %1").arg(table))->toInt(); }

    fixtures::MainWindowFixture f;
    TeamPage *page = nullptr;
};

void TestTeamPage::init()
{
    f.init();
    QVERIFY(f.window->createDemoWorkspace(f.dir->filePath(QStringLiteral("demo.csirt"))));
    QVERIFY(f.window->showPage(QStringLiteral("team")));
    page = f.window->findChild<TeamPage *>();
    QVERIFY(page);
}

void TestTeamPage::coverageShowsTheDemoGapsAndJumps()
{
    auto *coverage = tab<CoverageTab>(QStringLiteral("coverage"));
    auto *matrix = f.find<QTableWidget>(QStringLiteral("coverageTableWidget"));
    QCOMPARE(matrix->columnCount(), 8); // the demo's people
    QCOMPARE(matrix->rowCount(), 13);   // the roles of a virtual team
    const QStringList gaps = coverage->gapTexts();
    QVERIFY2(gaps.first().startsWith(QStringLiteral("No holder: Curator has no holder.")), qPrintable(gaps.join(u'\n')));
    QVERIFY(gaps.join(u'\n').contains(QStringLiteral("Tom Okafor's roles take about 54 %")));
    // An overload leads to the people tab with the person selected.
    auto *list = f.find<QListWidget>(QStringLiteral("gapsListWidget"));
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().startsWith(QStringLiteral("More load than agreed")))
            Q_EMIT list->itemActivated(list->item(i));
    auto *tabs = f.find<QTabWidget>(QStringLiteral("teamTabWidget"));
    QCOMPARE(tabs->currentWidget(), page->tab(QStringLiteral("people")));
    const qint64 tom = tab<PeopleTab>(QStringLiteral("people"))->currentPerson();
    QCOMPARE(PeopleRepository(f.workspace()).person(tom)->name, QStringLiteral("Tom Okafor"));
}

void TestTeamPage::assigningIsOneUndoStep()
{
    auto *coverage = tab<CoverageTab>(QStringLiteral("coverage"));
    auto people = PeopleRepository(f.workspace()).people();
    qint64 sam = 0;
    for (const Person &p : std::as_const(*people))
        if (p.name == QLatin1String("Sam Patel"))
            sam = p.id;
    const int steps = f.undoStack()->count();
    QVERIFY(coverage->assign(QStringLiteral("curator"), sam, QStringLiteral("holder")));
    QCOMPARE(f.undoStack()->count(), steps + 1);
    QVERIFY(!coverage->gapTexts().join(u'\n').contains(QStringLiteral("Curator has no holder")));
    auto *matrix = f.find<QTableWidget>(QStringLiteral("coverageTableWidget"));
    int samColumn = -1;
    for (int c = 0; c < matrix->columnCount(); ++c)
        if (matrix->horizontalHeaderItem(c)->text().startsWith(QStringLiteral("Sam\nPatel\n")))
            samColumn = c;
    QCOMPARE(matrix->verticalHeaderItem(4)->text(), QStringLiteral("Curator"));
    QCOMPARE(matrix->item(4, samColumn)->text(), QStringLiteral("●"));
    f.undoStack()->undo();
    QVERIFY(coverage->gapTexts().join(u'\n').contains(QStringLiteral("Curator has no holder")));
    f.undoStack()->redo();
    QCOMPARE(TeamRepository(f.workspace()).assignments()->size(), 25);
    // Holder becomes deputy: never both by accident.
    QVERIFY(coverage->assign(QStringLiteral("curator"), sam, QStringLiteral("deputy")));
    QVERIFY(coverage->gapTexts().join(u'\n').contains(QStringLiteral("Curator has no holder")));
}

void TestTeamPage::personDialogRefusesBadFieldsAndSaves()
{
    const int before = count(QStringLiteral("person"));
    PersonDialog dialog(f.window->session(), Person(), page);
    dialog.setField(QStringLiteral("name"), QStringLiteral("Aiko Tanaka"));
    dialog.setField(QStringLiteral("email"), QStringLiteral("aiko@"));
    dialog.setField(QStringLiteral("pgp"), QStringLiteral("1234 ABCD"));
    dialog.setField(QStringLiteral("start_date"), QStringLiteral("2026-02-30"));
    QVERIFY(!dialog.save());
    QVERIFY(dialog.errorText().contains(QStringLiteral("is not an e-mail address")));
    QVERIFY(dialog.errorText().contains(QStringLiteral("40 hexadecimal digits")));
    QVERIFY(dialog.errorText().contains(QStringLiteral("is not a date")));
    QCOMPARE(count(QStringLiteral("person")), before);
    dialog.addAbsence(QDate(2027, 1, 10), QDate(2027, 1, 5), QString());
    QVERIFY(dialog.errorText().contains(QStringLiteral("ends (2027-01-05) before it starts (2027-01-10)")));
    dialog.setField(QStringLiteral("email"), QStringLiteral("aiko.tanaka@example.com"));
    dialog.setField(QStringLiteral("pgp"), QString());
    dialog.setField(QStringLiteral("start_date"), QStringLiteral("2026-04-01"));
    dialog.setField(QStringLiteral("share"), QStringLiteral("20"));
    dialog.setSkill(QStringLiteral("forensics"), 2);
    dialog.addAbsence(QDate(2027, 1, 5), QDate(2027, 1, 10), QStringLiteral("Leave"));
    const int steps = f.undoStack()->count();
    QVERIFY2(dialog.save(), qPrintable(dialog.errorText()));
    QCOMPARE(f.undoStack()->count(), steps + 1);
    auto saved = PeopleRepository(f.workspace()).person(dialog.savedId());
    QCOMPARE(saved->share, 20);
    QCOMPARE(saved->skills.value(QStringLiteral("forensics")), 2);
    QCOMPARE(PeopleRepository(f.workspace()).absences(dialog.savedId())->size(), 1);
    page->showTab(QStringLiteral("people")); // tabs out of view reload when shown
    QCOMPARE(f.find<QTableWidget>(QStringLiteral("peopleTableWidget"))->rowCount(), 9);
    f.undoStack()->undo(); // the person and the absence go together
    QCOMPARE(count(QStringLiteral("person")), before);
    QCOMPARE(PeopleRepository(f.workspace()).absences(dialog.savedId())->size(), 0);
}

void TestTeamPage::inactiveAndDeleteKeepRecords()
{
    auto *people = tab<PeopleTab>(QStringLiteral("people"));
    auto all = PeopleRepository(f.workspace()).people();
    qint64 grace = 0, kenji = 0, tom = 0;
    for (const Person &p : std::as_const(*all)) {
        if (p.name == QLatin1String("Grace Liu"))
            grace = p.id;
        if (p.name == QLatin1String("Kenji Mori"))
            kenji = p.id;
        if (p.name == QLatin1String("Tom Okafor"))
            tom = p.id;
    }
    // Grace owns incidents of the demo log: she stays (inactive), never deleted.
    QVERIFY(!people->remove(grace, tom));
    QVERIFY2(people->errorText().contains(QStringLiteral("owns incidents or tasks")), qPrintable(people->errorText()));
    QVERIFY(people->setActive(grace, false));
    QVERIFY(tab<CoverageTab>(QStringLiteral("coverage"))->gapTexts().join(u'\n').contains(QStringLiteral("Grace Liu is no longer active")));
    QVERIFY(!people->remove(kenji, 0)); // holds a role: needs a replacement
    QVERIFY(people->errorText().contains(QStringLiteral("Choose a person to take over")));
    QVERIFY(people->remove(kenji, tom));
    QVERIFY(!PeopleRepository(f.workspace()).person(kenji));
    QCOMPARE(TeamState::load(f.workspace())->holder(QStringLiteral("forensic_engineer")), tom);
    f.undoStack()->undo();
    QCOMPARE(PeopleRepository(f.workspace()).person(kenji)->name, QStringLiteral("Kenji Mori"));
    QCOMPARE(TeamState::load(f.workspace())->holder(QStringLiteral("forensic_engineer")), kenji);
}

void TestTeamPage::roleEditAndOwnRole()
{
    EffectiveRole own;
    own.group = QStringLiteral("management");
    RoleDialog dialog(f.window->session(), own, page);
    QVERIFY(!dialog.save()); // no name
    QVERIFY(dialog.errorText().contains(QStringLiteral("A role needs a name.")));
    dialog.setNames(QStringLiteral("Data protection officer"), QStringLiteral("個人情報保護責任者"));
    dialog.setSkill(QStringLiteral("legal_regulatory"), 3);
    QVERIFY(dialog.save());
    page->showTab(QStringLiteral("roles"));
    auto *roles = f.find<QTableWidget>(QStringLiteral("rolesTableWidget"));
    QCOMPARE(roles->rowCount(), 19);
    QCOMPARE(roles->item(18, 0)->text(), QStringLiteral("Data protection officer (own role)"));
    auto *rolesTab = tab<RolesTab>(QStringLiteral("roles"));
    QVERIFY(rolesTab->setHidden(QStringLiteral("educator"), true));
    QVERIFY(TeamRepository(f.workspace()).roles()->at(14).hidden);
    f.undoStack()->undo();
    QVERIFY(!TeamRepository(f.workspace()).roles()->at(14).hidden);
}

void TestTeamPage::raciCellAndChecks()
{
    page->showTab(QStringLiteral("raci"));
    auto *raci = tab<RaciTab>(QStringLiteral("raci"));
    QVERIFY(raci->problemsText().contains(QStringLiteral("left to Curator, which nobody holds")));
    QVERIFY(raci->setCell(QStringLiteral("triage"), QStringLiteral("commander"), u'A'));
    QVERIFY(raci->problemsText().contains(QStringLiteral("“Triage” has 2 accountable roles")));
    QVERIFY(*TeamRepository(f.workspace()).raciEdited());
    f.undoStack()->undo();
    QVERIFY(!raci->problemsText().contains(QStringLiteral("accountable roles")));
    QVERIFY(!*TeamRepository(f.workspace()).raciEdited());
}

void TestTeamPage::staffingCalculatesWhileTyping()
{
    page->showTab(QStringLiteral("staffing"));
    auto *staffing = tab<StaffingTab>(QStringLiteral("staffing"));
    StaffingParameters p = staffing->parameters();
    p.model = StaffingParameters::Model::Around;
    staffing->setParameters(p);
    QVERIFY2(staffing->resultText().contains(QStringLiteral("Needed 5.1 FTE, available 2.4 FTE: short by 2.7 FTE.")),
             qPrintable(staffing->resultText()));
    QVERIFY(staffing->workingTexts().join(u'\n').contains(QStringLiteral("8,736 h ÷ 1,712 h = 5.10 FTE")));
    QCOMPARE(TeamRepository(f.workspace()).staffing()->model, StaffingParameters::Model::OnCall); // not saved yet
    QVERIFY(staffing->save());
    QCOMPARE(TeamRepository(f.workspace()).staffing()->model, StaffingParameters::Model::Around);
    f.undoStack()->undo();
    QCOMPARE(TeamRepository(f.workspace()).staffing()->model, StaffingParameters::Model::OnCall);
}

void TestTeamPage::exportsTheStaffingPlan()
{
    TeamPlanDialog dialog(f.window->session(), page);
    dialog.setLanguage(QStringLiteral("ja"));
    const QString path = f.dir->filePath(QStringLiteral("plan.md"));
    QVERIFY(dialog.writeTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("インシデントハンドラー")));
    QVERIFY(!text.contains(QStringLiteral("@example.com")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("plan.md")));
    if (qEnvironmentVariableIsSet("CSIRTKIT_SHOT_DIR"))
        QVERIFY(dialog.writeTo(QDir(qEnvironmentVariable("CSIRTKIT_SHOT_DIR")).filePath(QStringLiteral("staffing-plan-ja.pdf"))));
}

void TestTeamPage::overviewAndPhaseGuideShowTheTeam()
{
    QVERIFY(f.window->showPage(QStringLiteral("overview")));
    const QString team = f.find<QLabel>(QStringLiteral("teamLabel"))->text();
    QVERIFY2(team.contains(QStringLiteral("8 people")) && team.contains(QStringLiteral("open gap")), qPrintable(team));
    QVERIFY2(team.contains(QStringLiteral("On call now:")), qPrintable(team));
}

void TestTeamPage::incidentOwnerIsPickedFromTheRegister()
{
    const QString ident = sql::scalar(f.workspace().db(), QStringLiteral("SELECT ident FROM incident ORDER BY id DESC LIMIT 1"))->toString();
    QVERIFY(f.window->showIncident(ident));
    auto *owner = f.find<QLineEdit>(QStringLiteral("assigneeLineEdit"));
    QVERIFY(owner);
    auto *people = owner->findChild<PeopleCompleter *>();
    QVERIFY(people);
    QCOMPARE(people->names().size(), 8);
    QVERIFY(people->names().contains(QStringLiteral("Tom Okafor")));
    QVERIFY(tab<PeopleTab>(QStringLiteral("people"))->setActive(PeopleRepository(f.workspace()).people()->last().id, false));
    QCOMPARE(people->names().size(), 7); // the register's active people only, kept up to date
    // A task's owner cell offers the same names.
    auto *tasks = f.find<QTableView>(QStringLiteral("tasksView"));
    QVERIFY(tasks);
    auto *delegate = qobject_cast<PeopleItemDelegate *>(tasks->itemDelegateForColumn(1));
    QVERIFY(delegate);
    QStyleOptionViewItem option;
    std::unique_ptr<QWidget> editor(delegate->createEditor(tasks->viewport(), option, tasks->model()->index(0, 1)));
    auto *line = qobject_cast<QLineEdit *>(editor.get());
    QVERIFY(line && line->completer());
    QCOMPARE(line->findChild<PeopleCompleter *>()->names().size(), 7);
}

void TestTeamPage::peopleImportIsAllOrNothing()
{
    const QString path = f.dir->filePath(QStringLiteral("people.csv"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("Full name,Mail,Unit,Share\nAiko Tanaka,aiko@example.com,SOC,30\nBen Ito,t.okafor@example.com,SOC,20\n");
    file.close();
    const int before = count(QStringLiteral("person"));
    PeopleImportDialog dialog(f.window->session(), page);
    QVERIFY(dialog.load(path));
    QVERIFY2(dialog.problems().join(u'\n').contains(QStringLiteral("Row 2: t.okafor@example.com is already in the register")),
             qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(!dialog.import());
    QCOMPARE(count(QStringLiteral("person")), before);
    dialog.setMapping(1, QString()); // leave the e-mail column out
    dialog.setMapping(2, QStringLiteral("department"));
    QVERIFY2(dialog.problems().isEmpty(), qPrintable(dialog.problems().join(u'\n')));
    QVERIFY(dialog.import());
    QCOMPARE(dialog.imported(), 2);
    QCOMPARE(count(QStringLiteral("person")), before + 2);
    f.undoStack()->undo();
    QCOMPARE(count(QStringLiteral("person")), before);
}

void TestTeamPage::screenshots_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("theme");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("light");
    QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("light");
    QTest::newRow("ja dark") << QStringLiteral("ja") << QStringLiteral("dark");
}

void TestTeamPage::screenshots()
{
    // Every tab at 1024×768 for a person to look at: CSIRTKIT_SHOT_DIR=build/shots tst_teampage screenshots
    const QString dir = qEnvironmentVariable("CSIRTKIT_SHOT_DIR");
    if (dir.isEmpty())
        QSKIP("CSIRTKIT_SHOT_DIR is not set");
    QFETCH(QString, language);
    QFETCH(QString, theme);
    Language::apply(language);
    if (theme == QLatin1String("dark"))
        Theme::apply(QStringLiteral("dark"));
    QVERIFY(f.window->createDemoWorkspace(f.dir->filePath(QStringLiteral("shots.csirt"))));
    QVERIFY(f.window->showPage(QStringLiteral("team")));
    page = f.window->findChild<TeamPage *>();
    f.window->resize(1024, 768);
    for (const char *id : { "coverage", "people", "roles", "raci", "staffing", "rota", "training" }) {
        page->showTab(QString::fromLatin1(id));
        QTest::qWait(50);
        QVERIFY(f.window->grab().save(QDir(dir).filePath(QStringLiteral("team-%1-%2-%3.png").arg(QLatin1String(id), language, theme))));
    }
    PersonDialog person(f.window->session(), *PeopleRepository(f.workspace()).person(1), f.window.get());
    person.show();
    QVERIFY(person.grab().save(QDir(dir).filePath(QStringLiteral("team-person-%1-%2.png").arg(language, theme))));
    if (theme == QLatin1String("dark"))
        Theme::apply(QStringLiteral("light"));
}

QTEST_MAIN(TestTeamPage)
#include "tst_teampage.moc"
