#include "MainWindowFixture.h"

#include "phases/WorksheetPage.h"
#include "phases/WorksheetRepository.h"

#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>

using namespace csirtkit;

class TestWorksheetPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::MainWindowFixture::initTestCase(); }
    void init() { f.init(); QVERIFY(f.window->showPage(QStringLiteral("worksheets"))); page = f.window->findChild<WorksheetPage *>(); }
    void cleanup() { f.cleanup(); }

    void fourWorksheetsFromDesignerForms();
    void fieldsAreValidatedSavedAndUndoable();
    void milestonesTable();

private:
    QJsonObject sheet(const QString &kind) const { return WorksheetRepository(f.workspace()).load(kind).value(); }
    fixtures::MainWindowFixture f;
    WorksheetPage *page = nullptr;
};

void TestWorksheetPage::fourWorksheetsFromDesignerForms()
{
    auto *tabs = f.find<QTabWidget>(QStringLiteral("worksheetTabWidget"));
    QCOMPARE(tabs->count(), 4);
    QCOMPARE(tabs->tabText(0), QStringLiteral("Project charter"));
    QCOMPARE(tabs->tabText(3), QStringLiteral("Management approval record"));
    QVERIFY(f.find<QLineEdit>(QStringLiteral("projectNameLineEdit")));
    QVERIFY(f.find<QTableWidget>(QStringLiteral("milestonesTableWidget")));
    QVERIFY(f.find<QTableWidget>(QStringLiteral("approvalsTableWidget")));
    auto *charter = f.find<QWidget>(QStringLiteral("CharterWorksheet"));
    QVERIFY(charter->findChild<QLabel *>(QStringLiteral("problemsLabel"))->text().contains(QStringLiteral("Project name")));
}

void TestWorksheetPage::fieldsAreValidatedSavedAndUndoable()
{
    auto *deadline = f.find<QLineEdit>(QStringLiteral("deadlineLineEdit"));
    deadline->setText(QStringLiteral("next spring"));
    Q_EMIT deadline->editingFinished();
    QVERIFY2(page->errorText().contains(QStringLiteral("is not a date")), qPrintable(page->errorText()));
    QVERIFY(!sheet(QStringLiteral("charter")).contains(QStringLiteral("deadline")));
    deadline->setText(QStringLiteral("2027-03-31"));
    Q_EMIT deadline->editingFinished();
    QCOMPARE(page->errorText(), QString());
    QCOMPARE(sheet(QStringLiteral("charter")).value(QStringLiteral("deadline")).toString(), QStringLiteral("2027-03-31"));

    auto *budget = f.find<QLineEdit>(QStringLiteral("budgetLineEdit"));
    budget->setText(QStringLiteral("a lot"));
    Q_EMIT budget->editingFinished();
    QVERIFY(page->errorText().contains(QStringLiteral("not an amount")));
    budget->setText(QStringLiteral("¥4,800,000"));
    Q_EMIT budget->editingFinished();
    QCOMPARE(sheet(QStringLiteral("charter")).value(QStringLiteral("budget")).toString(), QStringLiteral("¥4,800,000"));

    auto *background = f.find<QPlainTextEdit>(QStringLiteral("backgroundPlainTextEdit"));
    background->setPlainText(QStringLiteral("Two incidents last year took weeks to coordinate."));
    QFocusEvent out(QEvent::FocusOut);
    QCoreApplication::sendEvent(background, &out);
    QCOMPARE(sheet(QStringLiteral("charter")).value(QStringLiteral("background")).toString(),
             QStringLiteral("Two incidents last year took weeks to coordinate."));
    f.action(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(sheet(QStringLiteral("charter")).value(QStringLiteral("background")).toString(), QString());
    QCOMPARE(background->toPlainText(), QString());
}

void TestWorksheetPage::milestonesTable()
{
    page->showWorksheet(QStringLiteral("scope"));
    auto *table = f.find<QTableWidget>(QStringLiteral("milestonesTableWidget"));
    f.find<QPushButton>(QStringLiteral("milestonesAddPushButton"))->click();
    QCOMPARE(table->rowCount(), 1);
    table->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Charter approved")));
    table->setItem(0, 1, new QTableWidgetItem(QStringLiteral("31/12/2026")));
    QVERIFY(page->errorText().contains(QStringLiteral("row 1")));
    table->item(0, 1)->setText(QStringLiteral("2026-12-31"));
    const QJsonArray rows = sheet(QStringLiteral("scope")).value(QStringLiteral("milestones")).toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("title")).toString(), QStringLiteral("Charter approved"));
    QCOMPARE(rows.at(0).toObject().value(QStringLiteral("date")).toString(), QStringLiteral("2026-12-31"));
    table->setCurrentCell(0, 0);
    f.find<QPushButton>(QStringLiteral("milestonesRemovePushButton"))->click();
    QCOMPARE(sheet(QStringLiteral("scope")).value(QStringLiteral("milestones")).toArray().size(), 0);
    // Every step back, including the very first row added to an empty worksheet.
    while (f.undoStack()->canUndo())
        f.action(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(sheet(QStringLiteral("scope")).value(QStringLiteral("milestones")).toArray().size(), 0);
    QCOMPARE(f.undoStack()->index(), 0);
    QCOMPARE(MessageBox::shownCount(), 0);
}

QTEST_MAIN(TestWorksheetPage)
#include "tst_worksheetpage.moc"
