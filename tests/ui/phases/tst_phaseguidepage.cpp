#include "MainWindowFixture.h"

#include "common/FileDialog.h"
#include "phases/ChecklistItemEditor.h"
#include "common/TextDialog.h"
#include "phases/PhaseGuidePage.h"
#include "phases/PlanCommands.h"
#include "phases/PlanRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QRegularExpression>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QDialog>
#include <QTextBlock>
#include <QTextLayout>

using namespace csirtkit;

class TestPhaseGuidePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::MainWindowFixture::initTestCase(); }
    void init() { f.init(); QVERIFY(f.window->showPage(QStringLiteral("phases"))); page = f.window->findChild<PhaseGuidePage *>(); }
    void cleanup() { f.cleanup(); }

    void showsPhasesStepsAndGuidance();
    void tickingAnItemUpdatesProgressAndUndoes();
    void notApplicableNeedsAReason();
    void userTextInTooltipsStaysText();
    void evidenceNeverRunsPrograms();
    void ownerAndDueDateAndOverdueFilter();
    void addMoveRemoveAndResetAreUndoable();
    void addAndEditInAWrappingEditor();
    void languageSwitchesShippedContent();
    void presentationModeStepsThrough();
    void overviewShowsReadiness();
    void exportAndDemoFromTheFileMenu();

private:
    QTableView *table() const { return f.find<QTableView>(QStringLiteral("checklistTableView")); }
    QModelIndex cell(int row, int column) const { return table()->model()->index(row, column); }
    PlanItem itemAt(int row) const
    {
        return PlanRepository(f.workspace()).item(cell(row, 0).data(ChecklistModel::ItemIdRole).toLongLong()).value();
    }
    void select(int row) { table()->setCurrentIndex(cell(row, ChecklistModel::TextColumn)); }

    fixtures::MainWindowFixture f;
    PhaseGuidePage *page = nullptr;
};

void TestPhaseGuidePage::showsPhasesStepsAndGuidance()
{
    auto *tree = f.find<QTreeWidget>(QStringLiteral("stepTreeWidget"));
    QCOMPARE(tree->topLevelItemCount(), 3);
    QCOMPARE(tree->topLevelItem(0)->text(0), QStringLiteral("Concept phase"));
    QCOMPARE(tree->topLevelItem(0)->childCount(), 4);
    QCOMPARE(tree->topLevelItem(1)->childCount(), 8);
    QVERIFY(tree->topLevelItem(2)->childCount() >= 6);
    QVERIFY(page->currentStepId() > 0);
    QCOMPARE(f.find<QLabel>(QStringLiteral("stepTitleLabel"))->text(), QStringLiteral("Information security as a management risk"));
    QVERIFY(f.find<QTextBrowser>(QStringLiteral("guidanceTextBrowser"))->toPlainText().contains(QStringLiteral("Deliverables")));
    QVERIFY(table()->model()->rowCount() >= 4);
    QVERIFY(f.find<QProgressBar>(QStringLiteral("overallProgressBar"))->format().startsWith(QStringLiteral("0/")));
}

void TestPhaseGuidePage::tickingAnItemUpdatesProgressAndUndoes()
{
    auto *tree = f.find<QTreeWidget>(QStringLiteral("stepTreeWidget"));
    const QString before = tree->currentItem()->text(1);
    QVERIFY(before.startsWith(QStringLiteral("0/")));
    QVERIFY(table()->model()->setData(cell(0, ChecklistModel::DoneColumn), Qt::Checked, Qt::CheckStateRole) == false);
    QCOMPARE(itemAt(0).status, ItemStatus::Done);
    QCOMPARE(cell(0, ChecklistModel::DoneColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(tree->currentItem()->text(1).startsWith(QStringLiteral("1/")));
    QCOMPARE(f.find<QProgressBar>(QStringLiteral("overallProgressBar"))->value(), 1);
    QVERIFY(tree->topLevelItem(0)->text(1) != QStringLiteral("0%"));
    f.action(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(itemAt(0).status, ItemStatus::NotStarted);
    QCOMPARE(tree->currentItem()->text(1), before);
    QCOMPARE(f.find<QProgressBar>(QStringLiteral("overallProgressBar"))->value(), 0);
    f.action(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(itemAt(0).status, ItemStatus::Done);
}

void TestPhaseGuidePage::notApplicableNeedsAReason()
{
    select(1);
    auto *editor = f.window->findChild<ChecklistItemEditor *>();
    auto *status = f.find<QComboBox>(QStringLiteral("itemStatusComboBox"));
    status->setCurrentIndex(status->findData(QStringLiteral("not_applicable")));
    Q_EMIT status->activated(status->currentIndex());
    QVERIFY2(editor->errorText().contains(QStringLiteral("needs a reason")), qPrintable(editor->errorText()));
    QCOMPARE(itemAt(1).status, ItemStatus::NotStarted);
    auto *reason = f.find<QLineEdit>(QStringLiteral("itemReasonLineEdit"));
    reason->setText(QStringLiteral("We have no external customers"));
    Q_EMIT reason->editingFinished();
    QCOMPARE(itemAt(1).status, ItemStatus::NotApplicable);
    QCOMPARE(itemAt(1).naReason, QStringLiteral("We have no external customers"));
    QCOMPARE(editor->errorText(), QString());
    // Not applicable items leave the denominator.
    QVERIFY(f.find<QTreeWidget>(QStringLiteral("stepTreeWidget"))->currentItem()->text(1).endsWith(
        QStringLiteral("/%1").arg(table()->model()->rowCount() - 1)));
}

void TestPhaseGuidePage::userTextInTooltipsStaysText()
{
    QVERIFY(PlanRepository(f.workspace()).setText(itemAt(0).id, QStringLiteral("<img src=x onerror=alert(1)>")));
    f.window->session()->notifyChanged(QStringLiteral("plan_item"));
    QCOMPARE(cell(0, ChecklistModel::TextColumn).data().toString(), QStringLiteral("<img src=x onerror=alert(1)>"));
    const QString tip = cell(0, ChecklistModel::TextColumn).data(Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&lt;img")) && !tip.contains(QStringLiteral("<img")), qPrintable(tip));
}

void TestPhaseGuidePage::evidenceNeverRunsPrograms()
{
    select(0);
    const QString script = f.dir->filePath(QStringLiteral("cleanup.sh"));
    QFile file(script);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    f.undoStack()->push(PlanCommands::addEvidence(f.window->session(), itemAt(0), script, QStringLiteral("cleanup.sh")));
    f.undoStack()->push(PlanCommands::addEvidence(f.window->session(), itemAt(0), QStringLiteral("smb://fileserver/share"), QString()));
    select(0);
    auto *list = f.find<QListWidget>(QStringLiteral("itemEvidenceListWidget"));
    QCOMPARE(list->count(), 2);
    auto *editor = f.window->findChild<ChecklistItemEditor *>();
    list->setCurrentRow(0);
    QMetaObject::invokeMethod(f.find<QPushButton>(QStringLiteral("openEvidencePushButton")), "click");
    QVERIFY2(editor->errorText().contains(QStringLiteral("program or script")), qPrintable(editor->errorText()));
    list->setCurrentRow(1);
    QMetaObject::invokeMethod(f.find<QPushButton>(QStringLiteral("openEvidencePushButton")), "click");
    QVERIFY2(editor->errorText().contains(QStringLiteral("neither a web address nor a file")), qPrintable(editor->errorText()));
    // The editor shows which item it edits.
    QCOMPARE(f.find<QLabel>(QStringLiteral("itemTitleLabel"))->text(), itemAt(0).text(QStringLiteral("en")));
}

void TestPhaseGuidePage::ownerAndDueDateAndOverdueFilter()
{
    Config::set(Config::Key::UserName, QStringLiteral("Aiko Tanaka"));
    select(0);
    auto *owner = f.find<QLineEdit>(QStringLiteral("itemOwnerLineEdit"));
    owner->setText(QStringLiteral("  Aiko Tanaka "));
    Q_EMIT owner->editingFinished();
    QCOMPARE(itemAt(0).owner, QStringLiteral("Aiko Tanaka"));
    QVERIFY(PlanRepository(f.workspace()).setDueDate(itemAt(1).id, QDate::currentDate().addDays(-3)));
    f.window->session()->notifyChanged(QStringLiteral("plan_item"));
    QVERIFY(cell(1, ChecklistModel::DueColumn).data(ChecklistModel::OverdueRole).toBool());
    page->setFilter(ChecklistModel::Filter::Overdue);
    QCOMPARE(table()->model()->rowCount(), 1);
    page->setFilter(ChecklistModel::Filter::Mine);
    QCOMPARE(table()->model()->rowCount(), 1);
    QCOMPARE(cell(0, ChecklistModel::OwnerColumn).data().toString(), QStringLiteral("Aiko Tanaka"));
    page->setFilter(ChecklistModel::Filter::All);
    QVERIFY(table()->model()->rowCount() >= 4);
}

void TestPhaseGuidePage::addMoveRemoveAndResetAreUndoable()
{
    const int shipped = table()->model()->rowCount();
    const qint64 stepId = page->currentStepId();
    f.undoStack()->push(PlanCommands::addItem(f.window->session(), stepId, QStringLiteral("Invite the legal team")));
    QCOMPARE(table()->model()->rowCount(), shipped + 1);
    QCOMPARE(cell(shipped, ChecklistModel::TextColumn).data().toString(), QStringLiteral("Invite the legal team"));
    select(shipped);
    f.action(QStringLiteral("actionItemUp"))->trigger();
    QCOMPARE(cell(shipped - 1, ChecklistModel::TextColumn).data().toString(), QStringLiteral("Invite the legal team"));
    select(0);
    const QString first = cell(0, ChecklistModel::TextColumn).data().toString();
    f.action(QStringLiteral("actionItemRemove"))->trigger();
    QCOMPARE(table()->model()->rowCount(), shipped);
    QVERIFY(cell(0, ChecklistModel::TextColumn).data().toString() != first);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    f.action(QStringLiteral("actionStepReset"))->trigger();
    QCOMPARE(table()->model()->rowCount(), shipped + 1);
    QCOMPARE(cell(0, ChecklistModel::TextColumn).data().toString(), first);
    QCOMPARE(cell(shipped, ChecklistModel::TextColumn).data().toString(), QStringLiteral("Invite the legal team"));
    // Undo everything back to the shipped list.
    while (f.undoStack()->canUndo())
        f.action(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(table()->model()->rowCount(), shipped);
    QCOMPARE(cell(0, ChecklistModel::TextColumn).data().toString(), first);
}

void TestPhaseGuidePage::addAndEditInAWrappingEditor()
{
    const int shipped = table()->model()->rowCount();
    TextDialog::setNextAnswer(QStringLiteral("Ask legal which contracts oblige us to notify customers"));
    f.action(QStringLiteral("actionItemAdd"))->trigger();
    QCOMPARE(table()->model()->rowCount(), shipped + 1);
    select(shipped);
    TextDialog::setNextAnswer(QStringLiteral("Ask legal which contracts and laws oblige us to notify customers"));
    f.action(QStringLiteral("actionItemEdit"))->trigger();
    QCOMPARE(cell(shipped, ChecklistModel::TextColumn).data().toString(),
             QStringLiteral("Ask legal which contracts and laws oblige us to notify customers"));

    // The editor shows a long item whole: it wraps, is wide, and keeps the text on one line when stored.
    const QString longText = QStringLiteral("Identify the information assets and systems the business depends on most, "
                                            "with their owners, and agree which of them the CSIRT protects first");
    std::unique_ptr<QDialog> dialog(TextDialog::create(page, QStringLiteral("Edit"), QStringLiteral("Item text:"), longText));
    dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    QCoreApplication::processEvents();
    auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("textDialogEdit"));
    QVERIFY(edit && edit->lineWrapMode() == QPlainTextEdit::WidgetWidth);
    QVERIFY(dialog->width() >= 500);
    QVERIFY(edit->horizontalScrollBar()->maximum() == 0); // nothing cut off to the right
    QVERIFY(edit->document()->firstBlock().layout()->lineCount() > 1); // wrapped
    QCOMPARE(TextDialog::answerOf(dialog.get()), longText);
    edit->setPlainText(QStringLiteral("First line\n  second line  "));
    QCOMPARE(TextDialog::answerOf(dialog.get()), QStringLiteral("First line second line"));
}

void TestPhaseGuidePage::languageSwitchesShippedContent()
{
    const QString english = cell(0, ChecklistModel::TextColumn).data().toString();
    Language::apply(QStringLiteral("ja"));
    QTRY_COMPARE(f.find<QTreeWidget>(QStringLiteral("stepTreeWidget"))->topLevelItem(0)->text(0), QStringLiteral("構想フェーズ"));
    const QString japanese = cell(0, ChecklistModel::TextColumn).data().toString();
    QVERIFY(japanese != english);
    QVERIFY2(std::any_of(japanese.cbegin(), japanese.cend(), [](QChar c) { return c.unicode() >= 0x3040 && c.unicode() <= 0x9fff; }), qPrintable(japanese));
    // A text the user wrote is kept as written in every language.
    QVERIFY(PlanRepository(f.workspace()).setText(itemAt(0).id, QStringLiteral("Our own wording")));
    f.window->session()->notifyChanged(QStringLiteral("plan_item"));
    QCOMPARE(cell(0, ChecklistModel::TextColumn).data().toString(), QStringLiteral("Our own wording"));
    Language::apply(QStringLiteral("en"));
    QTRY_COMPARE(f.find<QTreeWidget>(QStringLiteral("stepTreeWidget"))->topLevelItem(0)->text(0), QStringLiteral("Concept phase"));
    QCOMPARE(cell(0, ChecklistModel::TextColumn).data().toString(), QStringLiteral("Our own wording"));
}

void TestPhaseGuidePage::presentationModeStepsThrough()
{
    f.window->showPage(QStringLiteral("overview"));
    f.action(QStringLiteral("actionPresentation"))->trigger();
    QVERIFY(f.window->isPresentationMode());
    QCOMPARE(f.window->currentPageId(), QStringLiteral("phases"));
    QVERIFY(!f.find<QWidget>(QStringLiteral("navigationListWidget"))->isVisible());
    QVERIFY(!f.window->findChild<ChecklistItemEditor *>()->isVisible());
    const QString first = f.find<QLabel>(QStringLiteral("stepTitleLabel"))->text();
    QCOMPARE(first, QStringLiteral("Concept phase · Step 1 of 4: Information security as a management risk"));
    QVERIFY(!f.find<QWidget>(QStringLiteral("stepTreeWidget"))->isVisible());
    QTest::keyClick(f.window.get(), Qt::Key_Right);
    QVERIFY(f.find<QLabel>(QStringLiteral("stepTitleLabel"))->text().startsWith(QStringLiteral("Concept phase · Step 2 of 4")));
    QVERIFY(f.find<QLabel>(QStringLiteral("stepTitleLabel"))->text() != first);
    QTest::keyClick(f.window.get(), Qt::Key_Left);
    QCOMPARE(f.find<QLabel>(QStringLiteral("stepTitleLabel"))->text(), first);
    QTest::keyClick(f.window.get(), Qt::Key_Escape);
    QVERIFY(!f.window->isPresentationMode());
    QVERIFY(f.find<QWidget>(QStringLiteral("navigationListWidget"))->isVisible());
}

void TestPhaseGuidePage::overviewShowsReadiness()
{
    auto items = PlanRepository(f.workspace()).allItems().value();
    for (const PlanItem &item : items)
        if (item.key.startsWith(QLatin1String("concept.")))
            QVERIFY(PlanRepository(f.workspace()).setStatus(item.id, ItemStatus::Done));
    QVERIFY(PlanRepository(f.workspace()).setDueDate(items.last().id, QDate::currentDate().addDays(-1)));
    f.window->session()->notifyChanged(QStringLiteral("plan_item"));
    f.window->showPage(QStringLiteral("overview"));
    QCOMPARE(f.find<QProgressBar>(QStringLiteral("conceptProgressBar"))->value(),
             f.find<QProgressBar>(QStringLiteral("conceptProgressBar"))->maximum());
    QCOMPARE(f.find<QProgressBar>(QStringLiteral("buildProgressBar"))->value(), 0);
    QVERIFY(f.find<QLabel>(QStringLiteral("overdueLabel"))->text().contains(QStringLiteral("1 overdue")));
    const QString decisions = f.find<QLabel>(QStringLiteral("decisionsLabel"))->text();
    QVERIFY(decisions.contains(QStringLiteral("No organisational model")));
    QVERIFY(decisions.contains(QStringLiteral("charter has not been approved")));
    auto *next = f.find<QListWidget>(QStringLiteral("nextItemsListWidget"));
    QCOMPARE(next->count(), 1);
    QVERIFY(next->item(0)->text().contains(items.last().text(QStringLiteral("en"))));
    // Dates carry four-digit years ("12/17/26" is ambiguous).
    QVERIFY2(next->item(0)->text().contains(QString::number(QDate::currentDate().addDays(-1).year())), qPrintable(next->item(0)->text()));
    // Activating the item opens the phase guide at that item, not at the first step.
    auto *guide = f.window->findChild<PhaseGuidePage *>();
    guide->setFilter(ChecklistModel::Filter::Mine); // a filter that hides it is cleared
    Q_EMIT next->itemActivated(next->item(0));
    QCOMPARE(f.window->currentPageId(), QStringLiteral("phases"));
    QCOMPARE(guide->currentStepId(), items.last().stepId);
    const QModelIndex current = table()->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(guide->checklistModel()->rowOf(items.last().id), current.row());
}

void TestPhaseGuidePage::exportAndDemoFromTheFileMenu()
{
    QVERIFY(table()->model()->setData(cell(0, ChecklistModel::DoneColumn), Qt::Checked, Qt::CheckStateRole) == false);
    const QString markdown = f.dir->filePath(QStringLiteral("plan.md"));
    FileDialog::setNextFileName(markdown);
    f.action(QStringLiteral("actionPlanExport"))->trigger();
    QFile md(markdown);
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    QVERIFY(text.contains(QStringLiteral("Test Org")));
    QVERIFY(text.contains(QStringLiteral("\n| ☑ ")));
    QVERIFY(text.contains(QStringLiteral("\n| ☐ ")));
    const QString pdf = f.dir->filePath(QStringLiteral("plan"));
    FileDialog::setNextFileName(pdf);
    f.action(QStringLiteral("actionPlanExport"))->trigger();
    QFile pdfFile(pdf + QStringLiteral(".pdf"));
    QVERIFY(pdfFile.open(QIODevice::ReadOnly));
    QVERIFY(pdfFile.read(4) == "%PDF");
    // A name without a known type is refused with a message.
    MessageBox::clear();
    QVERIFY(!f.window->exportPlan(f.dir->filePath(QStringLiteral("plan.xyz"))));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral(".pdf, .odt, .html or .md")));
    QVERIFY(!QFile::exists(f.dir->filePath(QStringLiteral("plan.xyz"))));

    const QString demo = f.dir->filePath(QStringLiteral("demo.csirt"));
    FileDialog::setNextFileName(demo);
    f.action(QStringLiteral("actionWorkspaceDemo"))->trigger();
    QCOMPARE(f.window->session()->filePath(), demo);
    QCOMPARE(f.window->currentPageId(), QStringLiteral("overview"));
    QVERIFY(f.find<QProgressBar>(QStringLiteral("conceptProgressBar"))->value() > 0);
}

QTEST_MAIN(TestPhaseGuidePage)
#include "tst_phaseguidepage.moc"
