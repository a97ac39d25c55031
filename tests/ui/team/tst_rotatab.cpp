// The on-call rota tab on the demo workspace (8 people, an 8-week rota with a swap and a handover
// note): the saved rota and who is on call, a plan nobody can be eligible for, hand edits through the
// shift dialog and their undo, swaps, a generated preview and its save, iCalendar and print.

#include "common/FileDialog.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "phases/DemoWorkspace.h"
#include "team/PeopleRepository.h"
#include "team/RotaRepository.h"
#include "team/RotaTab.h"
#include "team/ShiftDialog.h"
#include "team/TeamCoverage.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSession.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace csirtkit;

class TestRotaTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheSavedRota();
    void nobodyEligibleSavesNothing();
    void editsAShiftThroughTheDialogAndUndoes();
    void highlightsProblemsAndSwaps();
    void previewsAndSavesAPlan();
    void exportsICalendar();
    void printsToPdf();
    void readOnlyDisablesEditing();

private:
    Workspace &workspace() const { return session->workspace(); }
    QTableWidget *table() const { return tab->findChild<QTableWidget *>(QStringLiteral("rotaTableWidget")); }
    QDate startOf(int row) const { return table()->item(row, 0)->data(Qt::UserRole).toDate(); }
    int storedShifts() const;
    RotaEntry entry(QDate start) const;

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<RotaTab> tab;
};

void TestRotaTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setCaptureForTests(true);
    Language::apply(QStringLiteral("en"));
}

void TestRotaTab::init()
{
    MessageBox::clear();
    dir = std::make_unique<QTemporaryDir>();
    auto created = DemoWorkspace::create(dir->filePath(QStringLiteral("demo.csirt")), QStringLiteral("en"));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    session = std::make_unique<WorkspaceSession>(std::move(*created));
    tab = std::make_unique<RotaTab>();
    tab->setSession(session.get());
    tab->resize(800, 560);
    tab->show();
}

void TestRotaTab::cleanup()
{
    tab.reset();
    session.reset();
    dir.reset();
}

int TestRotaTab::storedShifts() const
{
    return sql::scalar(workspace().db(), QStringLiteral("SELECT COUNT(*) FROM rota_shift")).value().toInt();
}

RotaEntry TestRotaTab::entry(QDate start) const
{
    for (const RotaEntry &e : RotaRepository(workspace()).entries(start, start).value())
        if (e.shift.start == start)
            return e;
    return {};
}

void TestRotaTab::showsTheSavedRota()
{
    QCOMPARE(table()->rowCount(), 8);
    const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    QCOMPARE(startOf(0), monday);
    QVERIFY(table()->item(0, 0)->text().startsWith(monday.toString(Qt::ISODate) + QStringLiteral(" – ")));
    QVERIFY(table()->item(0, 0)->toolTip().contains(QStringLiteral("2 weekend day"))); // "days" once en.ts has the plural
    int agreed = 0;
    for (int row = 0; row < 8; ++row) {
        QVERIFY(!table()->item(row, 1)->text().isEmpty());
        agreed += table()->item(row, 3)->text().startsWith(QStringLiteral("Agreed by ")) ? 1 : 0;
    }
    QCOMPARE(agreed, 1); // the demo's swap
    QVERIFY(table()->item(0, 4)->text().startsWith(QStringLiteral("Two incidents are open")));

    auto *fairness = tab->findChild<QTableWidget *>(QStringLiteral("fairnessTableWidget"));
    QCOMPARE(fairness->rowCount(), 4);
    int primaries = 0;
    for (int row = 0; row < fairness->rowCount(); ++row)
        primaries += fairness->item(row, 1)->data(Qt::DisplayRole).toInt();
    QCOMPARE(primaries, 8);

    const QString now = tab->findChild<QLabel *>(QStringLiteral("onCallNowLabel"))->text();
    QVERIFY2(now.startsWith(QStringLiteral("On call now: ")) || now.startsWith(QStringLiteral("Nobody is on call now")), qPrintable(now));
    QVERIFY(now.contains(QStringLiteral("Next: ")));
    int bold = 0;
    for (int row = 0; row < 8; ++row)
        bold += table()->item(row, 1)->font().bold() ? 1 : 0;
    QCOMPARE(bold, now.startsWith(QStringLiteral("On call now: ")) ? 1 : 0);
    if (bold == 1)
        QVERIFY(table()->item(0, 1)->font().bold() && now.contains(table()->item(0, 1)->text()));

    // Weeks with nothing saved show how to make a rota.
    tab->setRange(monday.addDays(70), monday.addDays(83));
    QCOMPARE(table()->rowCount(), 1);
    QCOMPARE(table()->item(0, 0)->text(), QStringLiteral("No rota saved for these weeks. Choose the people and rules, then Generate."));
    QVERIFY(!tab->findChild<QPushButton *>(QStringLiteral("exportPushButton"))->isEnabled());
}

void TestRotaTab::nobodyEligibleSavesNothing()
{
    const int before = storedShifts();
    QCOMPARE(before, 8);
    tab->setRange(QDate::currentDate().addDays(70), QDate::currentDate().addDays(97));

    // "These people" with nobody ticked: refused at the form.
    tab->findChild<QRadioButton *>(QStringLiteral("peopleRadioButton"))->setChecked(true);
    auto *people = tab->findChild<QListWidget *>(QStringLiteral("peopleListWidget"));
    QCOMPARE(people->count(), 8);
    for (int i = 0; i < people->count(); ++i)
        people->item(i)->setCheckState(Qt::Unchecked);
    QVERIFY(!tab->generate());
    QVERIFY2(tab->errorText().startsWith(QStringLiteral("Tick the people who take on-call duty")), qPrintable(tab->errorText()));
    QVERIFY(session->undoStack()->count() == 0);

    // One person ticked, who then leaves: nobody is eligible, and the repository says what to do.
    const qint64 leaver = people->item(0)->data(Qt::UserRole).toLongLong();
    people->item(0)->setCheckState(Qt::Checked);
    QVERIFY(tab->applySettings());
    QCOMPARE(RotaRepository(workspace()).settings()->people, QList<qint64>({ leaver }));
    QVERIFY(PeopleRepository(workspace()).setActive(leaver, false).ok());
    tab->reload();
    QVERIFY(!tab->generate());
    QVERIFY2(tab->errorText().startsWith(QStringLiteral("Nobody is eligible for on-call duty.")), qPrintable(tab->errorText()));
    QVERIFY(!tab->hasPreview());
    QCOMPARE(table()->rowCount(), 1); // still the hint
    QCOMPARE(storedShifts(), before);
}

void TestRotaTab::editsAShiftThroughTheDialogAndUndoes()
{
    const QDate start = startOf(1);
    const RotaEntry before = entry(start);
    QVERIFY(before.shift.primary != 0 && !before.shift.fixed && before.handover.isEmpty());
    auto state = TeamState::load(workspace());
    qint64 other = 0;
    for (const Person &p : std::as_const(state->people))
        if (p.active && p.id != before.shift.primary && p.id != before.shift.secondary)
            other = p.id;
    QVERIFY(other != 0);

    ShiftDialog dialog(session.get(), before.shift, before.handover, RotaRepository(workspace()).eligible().value(), state->people);
    dialog.setValues(other, before.shift.secondary, QString(), QStringLiteral("Pager handed over"));
    dialog.accept(); // the people changed: who agreed is required
    QVERIFY(dialog.errorText().startsWith(QStringLiteral("Say who agreed")));
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(entry(start).shift.primary, before.shift.primary);
    QCOMPARE(session->undoStack()->count(), 0);

    dialog.setValues(other, before.shift.secondary, QStringLiteral("Aiko Tanaka"), QStringLiteral("Pager handed over\nsecond line"));
    dialog.accept();
    QCOMPARE(dialog.errorText(), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    RotaEntry after = entry(start);
    QCOMPARE(after.shift.primary, other);
    QVERIFY(after.shift.fixed);
    QCOMPARE(after.agreedBy, QStringLiteral("Aiko Tanaka"));
    QCOMPARE(after.handover, QStringLiteral("Pager handed over\nsecond line"));
    QCOMPARE(session->undoStack()->count(), 1); // people and note: one step
    QCOMPARE(table()->item(1, 3)->text(), QStringLiteral("Agreed by Aiko Tanaka"));
    QCOMPARE(table()->item(1, 4)->text(), QStringLiteral("Pager handed over"));

    session->undoStack()->undo();
    after = entry(start);
    QCOMPARE(after.shift.primary, before.shift.primary);
    QVERIFY(!after.shift.fixed);
    QCOMPARE(after.agreedBy, QString());
    QCOMPARE(after.handover, QString());
    QCOMPARE(table()->item(1, 3)->text(), QString());
    session->undoStack()->redo();
    QCOMPARE(entry(start).shift.primary, other);

    // Only the note changes: no one needs to agree, and the shift stays as planned.
    const RotaEntry third = entry(startOf(3));
    QVERIFY(tab->applyShift(third.shift, QString(), QStringLiteral("Quiet week")));
    QCOMPARE(entry(startOf(3)).handover, QStringLiteral("Quiet week"));
    QCOMPARE(entry(startOf(3)).shift.fixed, third.shift.fixed);
}

void TestRotaTab::highlightsProblemsAndSwaps()
{
    const QColor plain = table()->item(5, 0)->background().color();
    RotaShift shift = entry(startOf(5)).shift;
    shift.secondary = shift.primary;
    QVERIFY(!tab->applyShift(shift, QString(), QString())); // who agreed is missing
    QVERIFY(tab->errorText().startsWith(QStringLiteral("Say who agreed")));
    QVERIFY(tab->applyShift(shift, QStringLiteral("Team lead"), QString()));
    QCOMPARE(tab->errorText(), QString());
    QVERIFY(table()->item(5, 0)->background().color() != plain);
    QVERIFY(table()->item(5, 1)->toolTip().contains(QStringLiteral("is both primary and secondary")));
    auto *problems = tab->findChild<QListWidget *>(QStringLiteral("problemsListWidget"));
    QVERIFY(problems->count() >= 1);
    QVERIFY(!problems->isHidden());

    const RotaEntry a = entry(startOf(6));
    RotaEntry b = entry(startOf(7));
    if (b.shift.primary == a.shift.primary)
        b = entry(startOf(3));
    QVERIFY(a.shift.primary != b.shift.primary);
    QVERIFY(!tab->swapShifts(a.shift.start, b.shift.start, QStringLiteral("  ")));
    QCOMPARE(tab->errorText(), QStringLiteral("Say who agreed to the swap."));
    QVERIFY(tab->swapShifts(a.shift.start, b.shift.start, QStringLiteral("Both of them")));
    QCOMPARE(entry(a.shift.start).shift.primary, b.shift.primary);
    QCOMPARE(entry(b.shift.start).shift.primary, a.shift.primary);
    QCOMPARE(entry(a.shift.start).shift.secondary, a.shift.secondary);
    QVERIFY(entry(a.shift.start).shift.fixed && entry(b.shift.start).shift.fixed);
    QCOMPARE(entry(b.shift.start).agreedBy, QStringLiteral("Both of them"));
    session->undoStack()->undo();
    QCOMPARE(entry(a.shift.start).shift.primary, a.shift.primary);
}

void TestRotaTab::previewsAndSavesAPlan()
{
    const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    tab->setRange(monday.addDays(56), monday.addDays(83));
    QCOMPARE(table()->rowCount(), 1);
    QVERIFY(tab->generate());
    QVERIFY(tab->hasPreview());
    QCOMPARE(table()->rowCount(), 4);
    QCOMPARE(table()->item(0, 3)->text(), QStringLiteral("Not saved"));
    QCOMPARE(storedShifts(), 8); // generating saves nothing
    QCOMPARE(session->undoStack()->count(), 0);
    QVERIFY(tab->saveRota());
    QVERIFY(!tab->hasPreview());
    QCOMPARE(storedShifts(), 12);
    QCOMPARE(table()->rowCount(), 4);
    QCOMPARE(table()->item(0, 3)->text(), QString());
    session->undoStack()->undo();
    QCOMPARE(storedShifts(), 8);
    QCOMPARE(table()->rowCount(), 1);
}

void TestRotaTab::exportsICalendar()
{
    const QString file = dir->filePath(QStringLiteral("rota.ics"));
    FileDialog::setNextFileName(file);
    QVERIFY(tab->exportICalendar());
    QFile ics(file);
    QVERIFY(ics.open(QIODevice::ReadOnly));
    const QByteArray bytes = ics.readAll();
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(QRegularExpression(QStringLiteral("UID:rota-\\d{8}-primary@\\S+")).match(QString::fromUtf8(bytes)).hasMatch());
    const int events = int(bytes.count("BEGIN:VEVENT"));
    QVERIFY(events >= 8);
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Wrote %1 on-call dut").arg(events)), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().endsWith(QDir::toNativeSeparators(file) + u'.'));

    FileDialog::setNextFileName(QString()); // cancelled: nothing written, no message
    MessageBox::clear();
    QVERIFY(!tab->exportICalendar());
    QCOMPARE(MessageBox::shownCount(), 0);
}

void TestRotaTab::printsToPdf()
{
    const QString pdf = dir->filePath(QStringLiteral("rota.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(pdf);
    tab->printTo(printer);
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    const QByteArray bytes = printed.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.count("/Type /Page\n") >= 1);
}

void TestRotaTab::readOnlyDisablesEditing()
{
    auto reading = Workspace::openForReading(workspace().filePath());
    QVERIFY(reading.ok());
    WorkspaceSession readOnly(std::move(*reading));
    RotaTab view;
    view.setSession(&readOnly);
    view.show();
    QCOMPARE(view.findChild<QTableWidget *>(QStringLiteral("rotaTableWidget"))->rowCount(), 8);
    for (const char *name : { "generatePushButton", "savePushButton", "editShiftPushButton", "swapPushButton", "applySettingsPushButton" })
        QVERIFY2(!view.findChild<QPushButton *>(QLatin1String(name))->isEnabled(), name);
    QVERIFY(view.findChild<QPushButton *>(QStringLiteral("rotaPrintPushButton"))->isEnabled());
    QVERIFY(!view.generate());
}

QTEST_MAIN(TestRotaTab)
#include "tst_rotatab.moc"
