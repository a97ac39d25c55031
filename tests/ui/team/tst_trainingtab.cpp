// The training plan tab on the demo workspace (3 items proposed from skill gaps, one planned with a
// note): the table, edits through the controls below it and their undo, proposals from the gaps,
// deleting and the empty state.

#include "common/Language.h"
#include "common/MessageBox.h"
#include "phases/DemoWorkspace.h"
#include "team/TrainingPlan.h"
#include "team/TrainingTab.h"
#include "team/TeamTypes.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSession.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace csirtkit;

class TestTrainingTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void showsTheDemoPlan();
    void changesStatusAndUndoes();
    void editsLevelAndNoteAndRefusesBadValues();
    void proposesNothingNewOnTheDemo();
    void deletesAndProposesAgain();

private:
    QTableWidget *table() const { return tab->findChild<QTableWidget *>(QStringLiteral("trainingTableWidget")); }
    TrainingItem stored(qint64 id) const;

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<WorkspaceSession> session;
    std::unique_ptr<TrainingTab> tab;
};

void TestTrainingTab::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setCaptureForTests(true);
    Language::apply(QStringLiteral("en"));
}

void TestTrainingTab::init()
{
    dir = std::make_unique<QTemporaryDir>();
    auto created = DemoWorkspace::create(dir->filePath(QStringLiteral("demo.csirt")), QStringLiteral("en"));
    QVERIFY2(created.ok(), created.ok() ? "" : qPrintable(created.error().message));
    session = std::make_unique<WorkspaceSession>(std::move(*created));
    tab = std::make_unique<TrainingTab>();
    tab->setSession(session.get());
    tab->resize(800, 560);
    tab->show();
}

void TestTrainingTab::cleanup()
{
    tab.reset();
    session.reset();
    dir.reset();
}

TrainingItem TestTrainingTab::stored(qint64 id) const
{
    for (const TrainingItem &item : TrainingPlan(session->workspace()).items().value())
        if (item.id == id)
            return item;
    return {};
}

void TestTrainingTab::showsTheDemoPlan()
{
    QCOMPARE(table()->rowCount(), 3);
    QCOMPARE(table()->columnCount(), 7);
    int planned = 0;
    for (int row = 0; row < 3; ++row) {
        QVERIFY(!table()->item(row, 0)->text().isEmpty());
        QVERIFY(!table()->item(row, 1)->text().contains(u'_')); // the skill's title, not its key
        QVERIFY(table()->item(row, 2)->text().toInt() < table()->item(row, 3)->text().toInt()); // a gap
        QVERIFY(QDate::fromString(table()->item(row, 4)->text(), Qt::ISODate).isValid());
        if (table()->item(row, 5)->text() == QLatin1String("Planned")) {
            ++planned;
            QCOMPARE(table()->item(row, 6)->text(), QStringLiteral("JPCERT/CC incident handling course"));
        } else {
            QCOMPARE(table()->item(row, 5)->text(), QStringLiteral("Proposed"));
        }
    }
    QCOMPARE(planned, 1);
    QVERIFY(!tab->findChild<QComboBox *>(QStringLiteral("statusComboBox"))->isEnabled()); // nothing selected
}

void TestTrainingTab::changesStatusAndUndoes()
{
    table()->selectRow(0);
    const qint64 id = tab->currentId();
    QVERIFY(id > 0);
    const QString before = stored(id).status;
    QVERIFY(before != QLatin1String("done"));
    auto *status = tab->findChild<QComboBox *>(QStringLiteral("statusComboBox"));
    QVERIFY(status->isEnabled());
    QCOMPARE(status->currentData().toString(), before);
    status->setCurrentIndex(status->findData(QStringLiteral("done")));
    QCOMPARE(stored(id).status, QStringLiteral("done"));
    QCOMPARE(session->undoStack()->count(), 1);
    QCOMPARE(tab->currentId(), id); // still selected after the reload
    int row = 0;
    while (table()->item(row, 0)->data(Qt::UserRole).toLongLong() != id)
        ++row;
    QCOMPARE(table()->item(row, 5)->text(), QStringLiteral("Done"));

    session->undoStack()->undo();
    QCOMPARE(stored(id).status, before);
    QCOMPARE(status->currentData().toString(), before);
    QCOMPARE(session->undoStack()->count(), 1); // undone, not removed
}

void TestTrainingTab::editsLevelAndNoteAndRefusesBadValues()
{
    table()->selectRow(1);
    const qint64 id = tab->currentId();
    auto *note = tab->findChild<QLineEdit *>(QStringLiteral("noteLineEdit"));
    note->setText(QStringLiteral("Mentored by the team lead"));
    Q_EMIT note->editingFinished();
    QCOMPARE(stored(id).note, QStringLiteral("Mentored by the team lead"));
    auto *level = tab->findChild<QSpinBox *>(QStringLiteral("targetLevelSpinBox"));
    level->setValue(level->value() == 3 ? 2 : 3);
    QCOMPARE(stored(id).targetLevel, level->value());
    QCOMPARE(session->undoStack()->count(), 2);

    TrainingItem bad = stored(id);
    bad.targetLevel = 4;
    QVERIFY(!tab->updateItem(bad));
    QCOMPARE(tab->errorText(), QStringLiteral("The target level goes from 1 to 3."));
    QCOMPARE(session->undoStack()->count(), 2);
    QVERIFY(stored(id).targetLevel <= 3);
}

void TestTrainingTab::proposesNothingNewOnTheDemo()
{
    QCOMPARE(tab->proposeFromGaps(), 0);
    QCOMPARE(tab->messageText(), QStringLiteral("Nothing new to propose: every skill gap of the team already has a training item."));
    QCOMPARE(session->undoStack()->count(), 0);
    QCOMPARE(table()->rowCount(), 3);
}

void TestTrainingTab::deletesAndProposesAgain()
{
    table()->selectRow(0);
    tab->findChild<QPushButton *>(QStringLiteral("deletePushButton"))->click();
    QCOMPARE(table()->rowCount(), 2);
    QCOMPARE(TrainingPlan(session->workspace()).items()->size(), 2);

    QCOMPARE(tab->proposeFromGaps(), 1); // the gap is still there
    QVERIFY(tab->messageText().startsWith(QStringLiteral("Added 1 training item")));
    QCOMPARE(table()->rowCount(), 3);
    session->undoStack()->undo();
    QCOMPARE(table()->rowCount(), 2);

    for (const TrainingItem &item : TrainingPlan(session->workspace()).items().value())
        QVERIFY(tab->removeItem(item.id));
    QCOMPARE(table()->rowCount(), 1);
    QCOMPARE(table()->item(0, 0)->text(), QStringLiteral("No training planned. Propose items from the skill gaps of the team."));
    QCOMPARE(tab->currentId(), 0);
}

QTEST_MAIN(TestTrainingTab)
#include "tst_trainingtab.moc"
