#include "incidents/TasksTab.h"

#include "common/FunctionCommand.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "common/ToolTip.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentTasks.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"
#include "team/PeopleCompleter.h"

#include <QAbstractTableModel>
#include <QAction>
#include <QApplication>
#include <QBrush>
#include <QComboBox>
#include <QEvent>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPalette>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <optional>

namespace csirtkit {

namespace {

enum Column { TaskColumn, OwnerColumn, DueColumn, ColumnCount };
constexpr int TaskIdRole = Qt::UserRole + 1;
constexpr int OverdueRole = Qt::UserRole + 2;

bool isOverdue(const IncidentTask &task, const QDate &today)
{
    return !task.done && task.due.isValid() && task.due < today;
}

// "2026-12-01" or a date in the user's short format; an empty text is no date. Invalid: not a date.
std::optional<QDate> parseDue(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QDate();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        date = QLocale().toDate(trimmed, QLocale::ShortFormat);
    if (!date.isValid())
        return std::nullopt;
    return date;
}

} // namespace

// The tasks of one incident. Edits are handed to the tab as undo steps; the model changes when the
// workspace does, in place when the same tasks come back, so an open editor is never reset under it.
class TasksTab::Model : public QAbstractTableModel
{
public:
    using Edit = std::function<void(qint64 taskId, int column, const QVariant &oldValue, const QVariant &newValue)>;

    Model(Edit edit, QObject *parent) : QAbstractTableModel(parent), m_edit(std::move(edit)) { }

    void setTasks(const QList<IncidentTask> &tasks, const QDate &today, const QTimeZone &zone, bool editable)
    {
        const auto ids = [](const QList<IncidentTask> &list) {
            QList<qint64> result;
            for (const IncidentTask &t : list)
                result << t.id;
            return result;
        };
        const bool sameRows = ids(tasks) == ids(m_tasks);
        if (!sameRows)
            beginResetModel();
        m_tasks = tasks;
        m_today = today;
        m_zone = zone;
        m_editable = editable;
        if (!sameRows)
            endResetModel();
        else
            refresh();
    }
    void refresh()
    {
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
        if (!m_tasks.isEmpty())
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    }
    const IncidentTask *taskAt(int row) const { return row >= 0 && row < m_tasks.size() ? &m_tasks.at(row) : nullptr; }
    int rowOf(qint64 taskId) const
    {
        for (int row = 0; row < m_tasks.size(); ++row)
            if (m_tasks.at(row).id == taskId)
                return row;
        return -1;
    }
    int doneCount() const { return int(std::count_if(m_tasks.cbegin(), m_tasks.cend(), [](const IncidentTask &t) { return t.done; })); }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_tasks.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal)
            return {};
        if (role == Qt::ToolTipRole && section == DueColumn)
            return TasksTab::tr("Enter dates as YYYY-MM-DD; leave empty for no due date.");
        if (role != Qt::DisplayRole)
            return {};
        switch (section) {
        case TaskColumn: return TasksTab::tr("Task");
        case OwnerColumn: return TasksTab::tr("Owner");
        case DueColumn: return TasksTab::tr("Due");
        default: return {};
        }
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        const IncidentTask *t = taskAt(index.row());
        if (!t)
            return {};
        const bool overdue = isOverdue(*t, m_today);
        if (role == TaskIdRole)
            return t->id;
        if (role == OverdueRole)
            return overdue;
        switch (index.column()) {
        case TaskColumn:
            if (role == Qt::DisplayRole)
                return t->text;
            if (role == Qt::CheckStateRole)
                return t->done ? Qt::Checked : Qt::Unchecked;
            if (role == Qt::ToolTipRole)
                return plainToolTip(t->done && t->doneUtc.isValid()
                                        ? t->text + QLatin1Char('\n')
                                            + TasksTab::tr("Done %1").arg(WorkspaceTimeZone::format(t->doneUtc, m_zone))
                                        : t->text);
            if (role == Qt::ForegroundRole && t->done)
                return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
            break;
        case OwnerColumn:
            if (role == Qt::DisplayRole || role == Qt::EditRole)
                return t->owner;
            break;
        case DueColumn:
            if (role == Qt::EditRole)
                return t->due.isValid() ? t->due.toString(Qt::ISODate) : QString();
            if (role == Qt::DisplayRole) {
                if (!t->due.isValid())
                    return QString();
                return overdue ? TasksTab::tr("%1 (overdue)").arg(t->due.toString(Qt::ISODate)) : t->due.toString(Qt::ISODate);
            }
            if (role == Qt::ForegroundRole && overdue)
                return QBrush(QColor(0xd9, 0x30, 0x25));
            if (role == Qt::FontRole && overdue) {
                QFont font;
                font.setBold(true);
                return font;
            }
            if (role == Qt::ToolTipRole)
                return overdue ? TasksTab::tr("Overdue: this open task was due on %1.").arg(t->due.toString(Qt::ISODate))
                               : TasksTab::tr("Enter dates as YYYY-MM-DD; leave empty for no due date.");
            break;
        default: break;
        }
        return {};
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (!m_editable)
            return f;
        if (index.column() == TaskColumn)
            f |= Qt::ItemIsUserCheckable;
        else
            f |= Qt::ItemIsEditable;
        return f;
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        const IncidentTask *t = taskAt(index.row());
        if (!t || !m_editable)
            return false;
        const qint64 id = t->id;
        if (index.column() == TaskColumn && role == Qt::CheckStateRole) {
            const bool done = value.toInt() == Qt::Checked;
            if (done != t->done)
                m_edit(id, TaskColumn, t->done, done);
        } else if (index.column() == OwnerColumn && role == Qt::EditRole) {
            if (value.toString().trimmed() != t->owner)
                m_edit(id, OwnerColumn, t->owner, value.toString().trimmed());
        } else if (index.column() == DueColumn && role == Qt::EditRole) {
            m_edit(id, DueColumn, t->due, value);
        }
        return false; // the model changes when the workspace does
    }

private:
    Edit m_edit;
    QList<IncidentTask> m_tasks;
    QDate m_today;
    QTimeZone m_zone;
    bool m_editable = false;
};

TasksTab::TasksTab(QWidget *parent)
    : RecordTab(parent),
      m_model(new Model([this](qint64 id, int column, const QVariant &oldValue, const QVariant &newValue) {
          edit(id, column, oldValue, newValue);
      }, this)),
      m_emptyLabel(new QLabel(this)), m_view(new QTableView(this)), m_newTaskLabel(new QLabel(this)),
      m_newTask(new QLineEdit(this)), m_add(new QPushButton(this)), m_remove(new QPushButton(this)),
      m_playbookLabel(new QLabel(this)), m_playbooks(new QComboBox(this)), m_suggestedLabel(new QLabel(this)),
      m_apply(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("tasksView"));
    m_newTask->setObjectName(QStringLiteral("newTaskLineEdit"));
    m_add->setObjectName(QStringLiteral("addTaskButton"));
    m_remove->setObjectName(QStringLiteral("removeTaskButton"));
    m_playbooks->setObjectName(QStringLiteral("playbookComboBox"));
    m_apply->setObjectName(QStringLiteral("applyPlaybookButton"));
    m_emptyLabel->setObjectName(QStringLiteral("tasksEmptyLabel"));
    m_suggestedLabel->setObjectName(QStringLiteral("suggestedPlaybookLabel"));
    m_suggestedLabel->setWordWrap(true);
    for (QLabel *label : { m_emptyLabel, m_newTaskLabel, m_playbookLabel, m_suggestedLabel })
        label->setTextFormat(Qt::PlainText);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_newTaskLabel->setBuddy(m_newTask);
    m_playbookLabel->setBuddy(m_playbooks);
    m_playbooks->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon); // the popup shows names in full
    m_playbooks->setMinimumContentsLength(18);
    m_newTask->setMaxLength(2000);

    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(TaskColumn, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(OwnerColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(DueColumn, QHeaderView::Interactive);
    m_view->horizontalHeader()->resizeSection(OwnerColumn, 160);
    m_view->horizontalHeader()->resizeSection(DueColumn, 150); // room for a date and "(overdue)" before any is set
    m_view->setColumnWidth(OwnerColumn, 160);
    // The owner is offered from the people register while typing; outsiders are typed in full.
    m_view->setItemDelegateForColumn(OwnerColumn, new PeopleItemDelegate([this] { return m_session; }, m_view));
    auto *removeAction = new QAction(m_view);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut); // Delete in an editor never removes a task
    m_view->addAction(removeAction);

    auto *playbookRow = new QHBoxLayout;
    playbookRow->addWidget(m_playbookLabel);
    playbookRow->addWidget(m_playbooks);
    playbookRow->addWidget(m_apply);
    playbookRow->addWidget(m_suggestedLabel, 1);
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newTaskLabel);
    addRow->addWidget(m_newTask, 1);
    addRow->addWidget(m_add);
    addRow->addSpacing(12);
    addRow->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(playbookRow);
    layout->addWidget(m_emptyLabel);
    layout->addWidget(m_view, 1);
    layout->addLayout(addRow);

    connect(m_add, &QPushButton::clicked, this, &TasksTab::addTask);
    connect(m_newTask, &QLineEdit::returnPressed, this, &TasksTab::addTask);
    connect(m_remove, &QPushButton::clicked, this, &TasksTab::removeTask);
    connect(removeAction, &QAction::triggered, this, &TasksTab::removeTask);
    connect(m_apply, &QPushButton::clicked, this, &TasksTab::applyPlaybook);
    connect(m_playbooks, &QComboBox::currentIndexChanged, this, &TasksTab::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TasksTab::updateButtons);
    retranslate();
}

TasksTab::~TasksTab() = default;

QString TasksTab::title() const
{
    const int total = m_model->rowCount();
    return total ? tr("Tasks (%1/%2)").arg(m_model->doneCount()).arg(total) : tr("Tasks");
}

void TasksTab::startIncident()
{
    m_newTask->clear();
    m_suggested.clear();
    m_playbooks->setCurrentIndex(-1);
}


void TasksTab::retranslate()
{
    m_newTaskLabel->setText(tr("New &task:"));
    m_newTask->setPlaceholderText(tr("Describe a task and press Enter"));
    m_add->setText(tr("Add task"));
    m_remove->setText(tr("Remove task"));
    m_remove->setToolTip(tr("Removes the selected task (Delete)."));
    m_playbookLabel->setText(tr("&Playbook:"));
    m_apply->setText(tr("Apply playbook"));
    m_apply->setToolTip(tr("Adds the playbook's tasks that this incident does not have yet."));
    m_emptyLabel->setText(tr("No tasks yet — apply a playbook or add one."));
    fillPlaybooks(false);
    m_model->refresh(); // the base reads the tasks again after a language change: their texts follow it
}

void TasksTab::fillPlaybooks(bool preselectSuggested)
{
    const QString language = Language::current();
    QString selected = m_playbooks->currentData().toString();
    if (preselectSuggested && !m_suggested.isEmpty())
        selected = m_suggested.constFirst();
    const QSignalBlocker blocker(m_playbooks);
    m_playbooks->clear();
    for (const Playbook &p : IncidentTasks::playbooks()) {
        const QString title = p.title.in(language);
        m_playbooks->addItem(m_suggested.contains(p.key) ? tr("%1 (suggested for this category)").arg(title) : title, p.key);
    }
    m_playbooks->setCurrentIndex(qMax(0, m_playbooks->findData(selected)));
    updateButtons();
}

Result<void> TasksTab::refresh()
{
    // The suggested playbook follows the classification; a new classification suggests again,
    // otherwise the user's choice of playbook stays.
    auto incident = IncidentRepository(m_session->workspace()).incident(m_incidentId);
    const QStringList suggested = incident ? IncidentTasks::suggested(incident->rsitClass, incident->rsitType, incident->jpcert)
                                           : QStringList();
    const bool suggestionsChanged = suggested != m_suggested || m_playbooks->currentIndex() < 0;
    m_suggested = suggested;
    m_classified = incident && (!incident->rsitClass.isEmpty() || !incident->jpcert.isEmpty());
    fillPlaybooks(suggestionsChanged);
    const qint64 selected = currentTaskId();
    auto tasks = IncidentTasks(m_session->workspace()).tasks(m_incidentId, Language::current());
    const QTimeZone zone = m_zone;
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(zone).date();
    m_model->setTasks(tasks ? *tasks : QList<IncidentTask>(), today, zone, !m_session->isReadOnly());
    if (const int row = m_model->rowOf(selected); row >= 0 && row != m_view->currentIndex().row())
        m_view->setCurrentIndex(m_model->index(row, TaskColumn));
    m_emptyLabel->setVisible(m_model->rowCount() == 0);
    if (!tasks)
        return tasks.error();
    return {};
}

qint64 TasksTab::currentTaskId() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.data(TaskIdRole).toLongLong() : 0;
}

void TasksTab::updateButtons()
{
    const bool editable = writable();
    m_add->setEnabled(editable);
    m_newTask->setEnabled(editable);
    m_remove->setEnabled(editable && currentTaskId() != 0);
    m_apply->setEnabled(editable && m_playbooks->currentIndex() >= 0);
    m_playbooks->setEnabled(editable);
    if (m_suggested.contains(m_playbooks->currentData().toString()))
        m_suggestedLabel->setText(tr("Suggested for this category"));
    else if (!m_classified)
        m_suggestedLabel->setText(tr("Classify the incident to get a suggested playbook."));
    else
        m_suggestedLabel->setText({});
}

void TasksTab::push(const QString &text, std::function<Result<void>()> redo, std::function<Result<void>()> undo)
{
    // Redo runs now; the session reports a failure and the step leaves the stack.
    m_session->undoStack()->push(new FunctionCommand(m_session, QStringLiteral("incident_task"), text, std::move(redo),
                                                     std::move(undo)));
}

void TasksTab::edit(qint64 taskId, int column, const QVariant &oldValue, const QVariant &newValue)
{
    if (!m_session || m_session->isReadOnly())
        return;
    WorkspaceSession *session = m_session;
    const auto tasks = [session] { return IncidentTasks(session->workspace()); };
    if (column == TaskColumn) {
        const bool done = newValue.toBool();
        push(done ? tr("Mark task done") : tr("Mark task not done"), [=] { return tasks().setDone(taskId, done); },
             [=] { return tasks().setDone(taskId, !done); });
    } else if (column == OwnerColumn) {
        const QString before = oldValue.toString();
        const QString after = newValue.toString();
        push(tr("Change task owner"), [=] { return tasks().setOwner(taskId, after); },
             [=] { return tasks().setOwner(taskId, before); });
    } else if (column == DueColumn) {
        const auto due = newValue.metaType() == QMetaType::fromType<QDate>() ? std::optional<QDate>(newValue.toDate())
                                                                              : parseDue(newValue.toString());
        if (!due) {
            MessageBox::critical(this, tr("Tasks"),
                                 tr("“%1” is not a date. Enter the due date as YYYY-MM-DD (for example %2), "
                                    "or leave it empty for no due date.")
                                     .arg(newValue.toString(), QDate::currentDate().toString(Qt::ISODate)));
            return;
        }
        const QDate before = oldValue.toDate();
        if (*due == before)
            return;
        const QDate after = *due;
        push(tr("Change due date"), [=] { return tasks().setDue(taskId, after); },
             [=] { return tasks().setDue(taskId, before); });
    }
}

void TasksTab::addTask()
{
    if (!m_session || m_session->isReadOnly())
        return;
    const QString text = m_newTask->text().trimmed();
    if (text.isEmpty()) {
        MessageBox::information(this, tr("Tasks"), tr("Type what needs to be done first, then add the task."));
        m_newTask->setFocus();
        return;
    }
    auto added = IncidentTasks(m_session->workspace()).add(m_incidentId, text);
    if (!added) {
        MessageBox::critical(this, tr("Tasks"), added.error().message);
        return;
    }
    m_newTask->clear();
    m_session->notifyChanged(QStringLiteral("incident_task"));
}

void TasksTab::removeTask()
{
    if (!m_session || m_session->isReadOnly())
        return;
    const IncidentTask *current = m_model->taskAt(m_view->currentIndex().row());
    if (!current) {
        MessageBox::information(this, tr("Tasks"), tr("Select the task you want to remove first."));
        return;
    }
    const IncidentTask task = *current; // the model may change while the question is open
    const auto answer = MessageBox::question(this, tr("Remove task"),
                                             tr("Remove the task “%1”? This cannot be undone.").arg(task.text),
                                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
    if (answer != QMessageBox::Yes)
        return;
    if (auto removed = IncidentTasks(m_session->workspace()).remove(task.id); !removed) {
        MessageBox::critical(this, tr("Tasks"), removed.error().message);
        return;
    }
    m_session->notifyChanged(QStringLiteral("incident_task"));
}

void TasksTab::applyPlaybook()
{
    if (!m_session || m_session->isReadOnly())
        return;
    const QString key = m_playbooks->currentData().toString();
    auto added = IncidentTasks(m_session->workspace()).applyPlaybook(m_incidentId, key);
    if (!added) {
        MessageBox::critical(this, tr("Tasks"), added.error().message);
        return;
    }
    if (*added == 0) {
        MessageBox::information(this, tr("Tasks"), tr("This incident already has every task of that playbook."));
        return;
    }
    m_session->notifyChanged(QStringLiteral("incident_task"));
}

} // namespace csirtkit
