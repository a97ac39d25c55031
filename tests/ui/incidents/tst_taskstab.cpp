#include "IncidentTabFixture.h"

#include "incidents/IncidentTasks.h"
#include "incidents/TasksTab.h"

#include <QAbstractItemModel>
#include <QBrush>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>

using namespace csirtkit;

namespace {
enum Column { TaskColumn, OwnerColumn, DueColumn };
constexpr int OverdueRole = Qt::UserRole + 2;
}

class TestTasksTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::IncidentTabFixture::initTestCase(); }
    void init();
    void cleanup();

    void emptyStateInvitesToAddTasks();
    void suggestsThePlaybookForTheCategory();
    void applyPlaybookAddsItsTasksOnce();
    void tickingIsUndoable();
    void ownerAndDueAreUndoable();
    void badDueDateIsRefusedAndWritesNothing();
    void addAndRemoveTasks();
    void overdueOpenTasksAreMarked();
    void userTextStaysText();
    void keepsTypingUnlessTheIncidentChanges();
    void readOnlyWorkspaceOffersNoEditing();
    void japaneseShowsPlaybooksAndTasksInJapanese();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        auto *w = tab->findChild<T *>(name);
        if (!w)
            qFatal("widget %s not found", qPrintable(name));
        return w;
    }
    QAbstractItemModel *model() const { return find<QTableView>(QStringLiteral("tasksView"))->model(); }
    QModelIndex cell(int row, int column) const { return model()->index(row, column); }
    QVariant stored(const QString &column, int row) const
    {
        QSqlQuery q(f.workspace().db());
        q.exec(QStringLiteral("SELECT %1 FROM incident_task WHERE incident_id = %2 ORDER BY position, id LIMIT 1 OFFSET %3")
                   .arg(column).arg(f.first).arg(row));
        return q.next() ? q.value(0) : QVariant(QStringLiteral("<no row>"));
    }
    int storedTasks() const
    {
        QSqlQuery q(f.workspace().db());
        q.exec(QStringLiteral("SELECT count(*) FROM incident_task WHERE incident_id = %1").arg(f.first));
        return q.next() ? q.value(0).toInt() : -1;
    }
    void apply(const QString &playbook)
    {
        auto *combo = find<QComboBox>(QStringLiteral("playbookComboBox"));
        combo->setCurrentIndex(combo->findData(playbook));
        find<QPushButton>(QStringLiteral("applyPlaybookButton"))->click();
    }
    void addViaWidgets(const QString &text)
    {
        find<QLineEdit>(QStringLiteral("newTaskLineEdit"))->setText(text);
        find<QPushButton>(QStringLiteral("addTaskButton"))->click();
    }

    fixtures::IncidentTabFixture f;
    std::unique_ptr<TasksTab> tab;
    qint64 current = 0;
};

void TestTasksTab::init()
{
    f.init();
    tab = std::make_unique<TasksTab>();
    current = f.first;
    f.attach(tab.get(), &current);
}

void TestTasksTab::cleanup()
{
    tab.reset();
    f.cleanup();
}

void TestTasksTab::emptyStateInvitesToAddTasks()
{
    QCOMPARE(model()->rowCount(), 0);
    QCOMPARE(tab->title(), QStringLiteral("Tasks"));
    auto *empty = find<QLabel>(QStringLiteral("tasksEmptyLabel"));
    QVERIFY(empty->isVisibleTo(tab.get()));
    QCOMPARE(empty->text(), QStringLiteral("No tasks yet — apply a playbook or add one."));
    QCOMPARE(find<QComboBox>(QStringLiteral("playbookComboBox"))->count(), IncidentTasks::playbooks().size());
    QCOMPARE(find<QLabel>(QStringLiteral("suggestedPlaybookLabel"))->text(),
             QStringLiteral("Classify the incident to get a suggested playbook."));
}

void TestTasksTab::suggestsThePlaybookForTheCategory()
{
    auto *combo = find<QComboBox>(QStringLiteral("playbookComboBox"));
    for (int i = 0; i < combo->count(); ++i)
        QVERIFY(!combo->itemText(i).contains(QStringLiteral("suggested")));
    QVERIFY(IncidentRepository(f.workspace()).setClassification(f.first, QStringLiteral("availability"), QStringLiteral("ddos"), {}));
    f.session->notifyChanged(QStringLiteral("incident"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("ddos"));
    QCOMPARE(combo->currentText(), QStringLiteral("DoS / DDoS attack (suggested for this category)"));
    QCOMPARE(find<QLabel>(QStringLiteral("suggestedPlaybookLabel"))->text(), QStringLiteral("Suggested for this category"));
    // The user's choice stays on refresh…
    combo->setCurrentIndex(combo->findData(QStringLiteral("data_leak")));
    f.session->notifyChanged(QStringLiteral("incident"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("data_leak"));
    QVERIFY(find<QLabel>(QStringLiteral("suggestedPlaybookLabel"))->text().isEmpty());
    // …until the classification changes.
    QVERIFY(IncidentRepository(f.workspace()).setClassification(f.first, QStringLiteral("fraud"), QStringLiteral("phishing"), {}));
    f.session->notifyChanged(QStringLiteral("incident"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("phishing"));
}

void TestTasksTab::applyPlaybookAddsItsTasksOnce()
{
    const Playbook &phishing = IncidentTasks::playbooks().first();
    QCOMPARE(phishing.key, QStringLiteral("phishing"));
    QSignalSpy retitled(tab.get(), &IncidentTab::titleChanged);
    apply(QStringLiteral("phishing"));
    QCOMPARE(storedTasks(), phishing.tasks.size());
    QCOMPARE(model()->rowCount(), phishing.tasks.size());
    QCOMPARE(cell(0, TaskColumn).data().toString(), phishing.tasks.first().second.en);
    QCOMPARE(tab->title(), QStringLiteral("Tasks (0/%1)").arg(phishing.tasks.size()));
    QVERIFY(retitled.count() >= 1);
    QVERIFY(!find<QLabel>(QStringLiteral("tasksEmptyLabel"))->isVisibleTo(tab.get()));
    QCOMPARE(MessageBox::shownCount(), 0);
    apply(QStringLiteral("phishing"));
    QCOMPARE(storedTasks(), phishing.tasks.size());
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("already")));
}

void TestTasksTab::tickingIsUndoable()
{
    apply(QStringLiteral("ddos"));
    QVERIFY(!model()->setData(cell(1, TaskColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(stored(QStringLiteral("done"), 1).toInt(), 1);
    QVERIFY(!stored(QStringLiteral("done_utc"), 1).isNull());
    QCOMPARE(cell(1, TaskColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(tab->title().startsWith(QStringLiteral("Tasks (1/")));
    QCOMPARE(f.undoStack()->count(), 1);
    QCOMPARE(f.undoStack()->undoText(), QStringLiteral("Mark task done"));
    f.undoStack()->undo();
    QCOMPARE(stored(QStringLiteral("done"), 1).toInt(), 0);
    QCOMPARE(cell(1, TaskColumn).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(tab->title().startsWith(QStringLiteral("Tasks (0/")));
    f.undoStack()->redo();
    QCOMPARE(stored(QStringLiteral("done"), 1).toInt(), 1);
    QCOMPARE(stored(QStringLiteral("done"), 0).toInt(), 0); // only that task
}

void TestTasksTab::ownerAndDueAreUndoable()
{
    apply(QStringLiteral("ddos"));
    QVERIFY(model()->flags(cell(0, OwnerColumn)) & Qt::ItemIsEditable);
    model()->setData(cell(0, OwnerColumn), QStringLiteral("  Ken Sato "), Qt::EditRole);
    QCOMPARE(stored(QStringLiteral("owner"), 0).toString(), QStringLiteral("Ken Sato"));
    QCOMPARE(cell(0, OwnerColumn).data().toString(), QStringLiteral("Ken Sato"));
    model()->setData(cell(0, OwnerColumn), QStringLiteral("Mei Ito"), Qt::EditRole);
    model()->setData(cell(0, DueColumn), QStringLiteral("2031-03-04"), Qt::EditRole);
    QCOMPARE(stored(QStringLiteral("due_date"), 0).toString(), QStringLiteral("2031-03-04"));
    QCOMPARE(cell(0, DueColumn).data().toString(), QStringLiteral("2031-03-04"));
    QCOMPARE(f.undoStack()->count(), 3);
    f.undoStack()->undo();
    QVERIFY(stored(QStringLiteral("due_date"), 0).isNull());
    QVERIFY(cell(0, DueColumn).data().toString().isEmpty());
    f.undoStack()->undo();
    QCOMPARE(stored(QStringLiteral("owner"), 0).toString(), QStringLiteral("Ken Sato"));
    f.undoStack()->undo();
    QCOMPARE(stored(QStringLiteral("owner"), 0).toString(), QString());
    f.undoStack()->redo();
    f.undoStack()->redo();
    f.undoStack()->redo();
    QCOMPARE(stored(QStringLiteral("owner"), 0).toString(), QStringLiteral("Mei Ito"));
    // Clearing the due date is a step too.
    model()->setData(cell(0, DueColumn), QString(), Qt::EditRole);
    QVERIFY(stored(QStringLiteral("due_date"), 0).isNull());
    f.undoStack()->undo();
    QCOMPARE(stored(QStringLiteral("due_date"), 0).toString(), QStringLiteral("2031-03-04"));
    // Setting the same value again is no step.
    model()->setData(cell(0, OwnerColumn), QStringLiteral("Mei Ito"), Qt::EditRole);
    QCOMPARE(f.undoStack()->index(), 3);
}

void TestTasksTab::badDueDateIsRefusedAndWritesNothing()
{
    apply(QStringLiteral("ddos"));
    model()->setData(cell(0, DueColumn), QStringLiteral("next week"), Qt::EditRole);
    QVERIFY(stored(QStringLiteral("due_date"), 0).isNull());
    QCOMPARE(f.undoStack()->count(), 0);
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().startsWith(QStringLiteral("“next week” is not a date.")));
    model()->setData(cell(0, DueColumn), QStringLiteral("2031-02-30"), Qt::EditRole);
    QVERIFY(stored(QStringLiteral("due_date"), 0).isNull());
    QCOMPARE(MessageBox::shownCount(), 2);
}

void TestTasksTab::addAndRemoveTasks()
{
    addViaWidgets(QStringLiteral("Ask the bank to stop the transfer"));
    QCOMPARE(storedTasks(), 1);
    QCOMPARE(cell(0, TaskColumn).data().toString(), QStringLiteral("Ask the bank to stop the transfer"));
    QVERIFY(find<QLineEdit>(QStringLiteral("newTaskLineEdit"))->text().isEmpty());
    QCOMPARE(tab->title(), QStringLiteral("Tasks (0/1)"));
    addViaWidgets(QStringLiteral("   "));
    QCOMPARE(storedTasks(), 1);
    QCOMPARE(MessageBox::shownCount(), 1);
    addViaWidgets(QStringLiteral("Inform the data protection officer"));
    QCOMPARE(storedTasks(), 2);

    auto *view = find<QTableView>(QStringLiteral("tasksView"));
    view->setCurrentIndex(cell(0, TaskColumn));
    MessageBox::clear();
    MessageBox::setNextAnswer(QMessageBox::No);
    find<QPushButton>(QStringLiteral("removeTaskButton"))->click();
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("“Ask the bank to stop the transfer”")));
    QCOMPARE(storedTasks(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    find<QPushButton>(QStringLiteral("removeTaskButton"))->click();
    QCOMPARE(storedTasks(), 1);
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(cell(0, TaskColumn).data().toString(), QStringLiteral("Inform the data protection officer"));
    QCOMPARE(tab->title(), QStringLiteral("Tasks (0/1)"));
}

void TestTasksTab::overdueOpenTasksAreMarked()
{
    IncidentTasks tasks(f.workspace());
    const qint64 late = tasks.add(f.first, QStringLiteral("Late task")).value();
    const qint64 future = tasks.add(f.first, QStringLiteral("Future task")).value();
    const qint64 lateDone = tasks.add(f.first, QStringLiteral("Late but done")).value();
    const QDate lastWeek = QDate::currentDate().addDays(-7);
    QVERIFY(tasks.setDue(late, lastWeek));
    QVERIFY(tasks.setDue(future, QDate::currentDate().addDays(7)));
    QVERIFY(tasks.setDue(lateDone, lastWeek));
    QVERIFY(tasks.setDone(lateDone, true));
    f.session->notifyChanged(QStringLiteral("incident_task"));
    QCOMPARE(model()->rowCount(), 3);
    QVERIFY(cell(0, DueColumn).data(OverdueRole).toBool());
    QCOMPARE(cell(0, DueColumn).data().toString(), QStringLiteral("%1 (overdue)").arg(lastWeek.toString(Qt::ISODate)));
    QCOMPARE(cell(0, DueColumn).data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xd9, 0x30, 0x25));
    QVERIFY(!cell(1, DueColumn).data(OverdueRole).toBool());
    QVERIFY(!cell(1, DueColumn).data().toString().contains(QStringLiteral("overdue")));
    QVERIFY(!cell(2, DueColumn).data(OverdueRole).toBool()); // done is never overdue
    // Ticking it done removes the mark.
    model()->setData(cell(0, TaskColumn), Qt::Checked, Qt::CheckStateRole);
    QVERIFY(!cell(0, DueColumn).data(OverdueRole).toBool());
}

void TestTasksTab::userTextStaysText()
{
    const QString hostile = QStringLiteral("<img src=x onerror=alert(1)>");
    addViaWidgets(hostile);
    QCOMPARE(cell(0, TaskColumn).data().toString(), hostile);
    const QString tip = cell(0, TaskColumn).data(Qt::ToolTipRole).toString();
    QVERIFY(tip.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    QVERIFY(!tip.contains(QStringLiteral("<img")));
    model()->setData(cell(0, OwnerColumn), QStringLiteral("<b>boss</b>"), Qt::EditRole);
    QCOMPARE(cell(0, OwnerColumn).data().toString(), QStringLiteral("<b>boss</b>"));
}

void TestTasksTab::keepsTypingUnlessTheIncidentChanges()
{
    auto *edit = find<QLineEdit>(QStringLiteral("newTaskLineEdit"));
    edit->setText(QStringLiteral("Half a task"));
    QVERIFY(IncidentTasks(f.workspace()).add(f.first, QStringLiteral("Added elsewhere")));
    f.session->notifyChanged(QStringLiteral("incident_task"));
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(edit->text(), QStringLiteral("Half a task"));
    current = f.second;
    tab->setIncident(f.session.get(), f.second);
    QVERIFY(edit->text().isEmpty());
    QCOMPARE(model()->rowCount(), 0);
}

void TestTasksTab::readOnlyWorkspaceOffersNoEditing()
{
    QVERIFY(IncidentTasks(f.workspace()).add(f.first, QStringLiteral("Existing task")));
    auto opened = Workspace::openForReading(f.workspace().filePath());
    QVERIFY(opened.ok());
    WorkspaceSession readOnly(std::move(*opened));
    tab->setIncident(&readOnly, f.first);
    QCOMPARE(model()->rowCount(), 1);
    QVERIFY(!(model()->flags(cell(0, TaskColumn)) & Qt::ItemIsUserCheckable));
    QVERIFY(!(model()->flags(cell(0, OwnerColumn)) & Qt::ItemIsEditable));
    QVERIFY(!model()->setData(cell(0, TaskColumn), Qt::Checked, Qt::CheckStateRole));
    QCOMPARE(readOnly.undoStack()->count(), 0);
    for (const char *name : { "addTaskButton", "removeTaskButton", "applyPlaybookButton" })
        QVERIFY2(!find<QPushButton>(QString::fromLatin1(name))->isEnabled(), name);
    tab->setIncident(f.session.get(), f.first); // before the read-only session goes
    QVERIFY(find<QPushButton>(QStringLiteral("addTaskButton"))->isEnabled());
}

void TestTasksTab::japaneseShowsPlaybooksAndTasksInJapanese()
{
    apply(QStringLiteral("phishing"));
    QSignalSpy retitled(tab.get(), &IncidentTab::titleChanged);
    Language::apply(QStringLiteral("ja")); // posts LanguageChange to the windows
    auto *combo = find<QComboBox>(QStringLiteral("playbookComboBox"));
    QTRY_COMPARE(combo->itemText(combo->findData(QStringLiteral("phishing"))), QStringLiteral("フィッシング"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("phishing")); // the choice stays
    QCOMPARE(cell(0, TaskColumn).data().toString(), IncidentTasks::playbooks().first().tasks.first().second.ja);
    QVERIFY(retitled.count() >= 1);
    Language::apply(QStringLiteral("en"));
    QTRY_COMPARE(cell(0, TaskColumn).data().toString(), IncidentTasks::playbooks().first().tasks.first().second.en);
}

QTEST_MAIN(TestTasksTab)
#include "tst_taskstab.moc"
