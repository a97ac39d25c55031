#include "team/TrainingTab.h"

#include "ui_TrainingTab.h"

#include "common/DateFormat.h"
#include "common/Language.h"
#include "common/TextRules.h"
#include "common/ToolTip.h"
#include "team/RoleCatalogue.h"
#include "team/TeamCoverage.h"
#include "team/TeamEditCommand.h"
#include "team/TrainingPlan.h"
#include "workspace/WorkspaceSession.h"

#include <QEvent>
#include <QScopedValueRollback>

namespace csirtkit {

namespace {

enum Column { PersonColumn, SkillColumn, CurrentColumn, TargetColumn, DueColumn, StatusColumn, NoteColumn, ColumnCount };
constexpr int IdRole = Qt::UserRole; // on the person cell: the item's id
const QDate NoDate(2000, 1, 1);      // the due date edit's minimum, shown as "No date"

bool sameItem(const TrainingItem &a, const TrainingItem &b)
{
    return a.id == b.id && a.person == b.person && a.skill == b.skill && a.targetLevel == b.targetLevel && a.due == b.due
        && a.status == b.status && a.note == b.note;
}

} // namespace

struct TrainingTab::State
{
    QList<TrainingItem> items;
    QHash<qint64, Person> people;

    const TrainingItem *item(qint64 id) const
    {
        for (const TrainingItem &i : items)
            if (i.id == id)
                return &i;
        return nullptr;
    }
};

TrainingTab::TrainingTab(QWidget *parent)
    : TeamTab(parent), m_ui(std::make_unique<::Ui::TrainingTab>()), m_state(std::make_unique<State>())
{
    m_ui->setupUi(this);
    m_ui->trainingErrorLabel->setStyleSheet(QStringLiteral("color: #d93025; font-weight: bold;"));
    m_ui->dueDateEdit->setMinimumDate(NoDate);
    for (const QString &status : TrainingPlan::statuses())
        m_ui->statusComboBox->addItem(TrainingPlan::statusTitle(status), status);
    auto *header = m_ui->trainingTableWidget->horizontalHeader();
    for (int column = PersonColumn; column < NoteColumn; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    connect(m_ui->trainingTableWidget, &QTableWidget::itemSelectionChanged, this, &TrainingTab::showCurrent);
    connect(m_ui->statusComboBox, &QComboBox::currentIndexChanged, this, &TrainingTab::commitControls);
    connect(m_ui->targetLevelSpinBox, &QSpinBox::valueChanged, this, &TrainingTab::commitControls);
    connect(m_ui->dueDateEdit, &QDateEdit::editingFinished, this, &TrainingTab::commitControls);
    connect(m_ui->noteLineEdit, &QLineEdit::editingFinished, this, &TrainingTab::commitControls);
    connect(m_ui->deletePushButton, &QPushButton::clicked, this, [this] { removeItem(currentId()); });
    connect(m_ui->proposePushButton, &QPushButton::clicked, this, [this] { proposeFromGaps(); });
    showCurrent();
}

TrainingTab::~TrainingTab() = default;

void TrainingTab::setSession(WorkspaceSession *session)
{
    showError(QString());
    m_ui->trainingMessageLabel->clear();
    TeamTab::setSession(session);
}

void TrainingTab::reload()
{
    if (!m_session)
        return;
    auto items = TrainingPlan(m_session->workspace()).items();
    auto team = TeamState::load(m_session->workspace());
    if (!items || !team)
        return showError((!items ? items.error() : team.error()).message);
    const qint64 current = currentId();
    m_state->items = *items;
    m_state->people.clear();
    for (const Person &p : std::as_const(team->people))
        m_state->people.insert(p.id, p);
    fillTable();
    for (int row = 0; row < m_state->items.size(); ++row)
        if (m_state->items.at(row).id == current)
            m_ui->trainingTableWidget->selectRow(row);
    showCurrent();
}

void TrainingTab::fillTable()
{
    QTableWidget *table = m_ui->trainingTableWidget;
    const QSignalBlocker blocker(table);
    const QList<TrainingItem> &items = m_state->items;
    table->clearSpans();
    table->clearSelection();
    table->setRowCount(std::max(1, int(items.size())));
    if (items.isEmpty()) {
        auto *hint = new QTableWidgetItem(tr("No training planned. Propose items from the skill gaps of the team."));
        hint->setFlags(Qt::ItemIsEnabled);
        table->setItem(0, PersonColumn, hint);
        table->setSpan(0, 0, 1, ColumnCount);
    }
    const QString language = Language::current();
    for (int row = 0; row < items.size(); ++row) {
        const TrainingItem &item = items.at(row);
        const auto person = m_state->people.constFind(item.person);
        const TeamSkill *skill = RoleCatalogue::instance().skill(item.skill);
        QString name = person == m_state->people.cend() ? tr("Person #%1").arg(item.person) : TextRules::visible(person->name);
        if (person != m_state->people.cend() && !person->active)
            name = tr("%1 (inactive)").arg(name);
        const int level = person == m_state->people.cend() ? 0 : person->skills.value(item.skill, 0);
        const QStringList texts = { name,
                                    skill ? skill->title.in(language) : TextRules::visible(item.skill),
                                    QString::number(level),
                                    QString::number(item.targetLevel),
                                    DateFormat::date(item.due),
                                    TrainingPlan::statusTitle(item.status),
                                    TextRules::visible(item.note).replace(u'\n', u' ') };
        for (int column = 0; column < ColumnCount; ++column)
            table->setItem(row, column, new QTableWidgetItem(texts.at(column)));
        table->item(row, PersonColumn)->setData(IdRole, item.id);
        if (skill)
            table->item(row, SkillColumn)->setToolTip(plainToolTip(skill->description.in(language)));
        if (!item.note.isEmpty())
            table->item(row, NoteColumn)->setToolTip(plainToolTip(TextRules::visible(item.note)));
        if (item.due.isValid() && item.due < QDate::currentDate()
            && (item.status == QLatin1String("proposed") || item.status == QLatin1String("planned")))
            table->item(row, DueColumn)->setToolTip(tr("Overdue"));
    }
}

qint64 TrainingTab::currentId() const
{
    const QList<QTableWidgetItem *> selected = m_ui->trainingTableWidget->selectedItems();
    if (selected.isEmpty())
        return 0;
    const QTableWidgetItem *item = m_ui->trainingTableWidget->item(selected.first()->row(), PersonColumn);
    return item ? item->data(IdRole).toLongLong() : 0;
}

void TrainingTab::showCurrent()
{
    const QScopedValueRollback guard(m_loading, true);
    const TrainingItem *item = m_state->item(currentId());
    const bool editable = m_session && !m_session->isReadOnly();
    m_ui->itemGroupBox->setEnabled(editable && item);
    m_ui->proposePushButton->setEnabled(editable);
    const TrainingItem shown = item ? *item : TrainingItem();
    m_ui->statusComboBox->setCurrentIndex(std::max(0, m_ui->statusComboBox->findData(shown.status)));
    m_ui->targetLevelSpinBox->setValue(shown.targetLevel);
    m_ui->dueDateEdit->setDate(shown.due.isValid() ? shown.due : NoDate);
    m_ui->noteLineEdit->setText(shown.note);
}

void TrainingTab::commitControls()
{
    const TrainingItem *current = m_state->item(currentId());
    if (m_loading || !current)
        return;
    TrainingItem item = *current;
    item.status = m_ui->statusComboBox->currentData().toString();
    item.targetLevel = m_ui->targetLevelSpinBox->value();
    item.due = m_ui->dueDateEdit->date() == NoDate ? QDate() : m_ui->dueDateEdit->date();
    item.note = m_ui->noteLineEdit->text();
    if (!sameItem(item, *current))
        updateItem(item);
}

bool TrainingTab::updateItem(const TrainingItem &item)
{
    if (!m_session)
        return false;
    auto r = TeamEditCommand::run(m_session, tr("Change a training item"),
                                  [&] { return TrainingPlan(m_session->workspace()).update(item); });
    showError(r ? QString() : r.error().message);
    if (!r)
        showCurrent(); // the controls show what is stored
    return r.ok();
}

bool TrainingTab::removeItem(qint64 id)
{
    if (!m_session || !m_state->item(id))
        return false;
    auto r = TeamEditCommand::run(m_session, tr("Delete a training item"),
                                  [&] { return TrainingPlan(m_session->workspace()).remove(id); });
    showError(r ? QString() : r.error().message);
    return r.ok();
}

int TrainingTab::proposeFromGaps()
{
    if (!m_session)
        return -1;
    m_ui->trainingMessageLabel->clear();
    auto team = TeamState::load(m_session->workspace());
    auto items = TrainingPlan(m_session->workspace()).items();
    if (!team || !items) {
        showError((!team ? team.error() : items.error()).message);
        return -1;
    }
    const QList<TrainingItem> proposals = TrainingPlan::proposals(*team, *items, QDate::currentDate().addDays(90));
    if (proposals.isEmpty()) {
        showError(QString());
        m_ui->trainingMessageLabel->setText(tr("Nothing new to propose: every skill gap of the team already has a training item."));
        return 0;
    }
    int added = 0;
    auto r = TeamEditCommand::run(m_session, tr("Propose training from the skill gaps"), [&]() -> Result<void> {
        auto count = TrainingPlan(m_session->workspace()).addProposals(proposals);
        if (!count)
            return count.error();
        added = *count;
        return {};
    });
    showError(r ? QString() : r.error().message);
    if (!r)
        return -1;
    m_ui->trainingMessageLabel->setText(tr("Added %n training item(s) from the skill gaps of the team.", nullptr, added));
    return added;
}

void TrainingTab::select(const QString &key)
{
    for (int row = 0; row < m_state->items.size(); ++row)
        if (QString::number(m_state->items.at(row).person) == key)
            return m_ui->trainingTableWidget->selectRow(row);
}

QString TrainingTab::errorText() const
{
    return m_ui->trainingErrorLabel->isHidden() ? QString() : m_ui->trainingErrorLabel->text();
}

QString TrainingTab::messageText() const
{
    return m_ui->trainingMessageLabel->text();
}

void TrainingTab::showError(const QString &message)
{
    m_ui->trainingErrorLabel->setText(message);
    m_ui->trainingErrorLabel->setVisible(!message.isEmpty());
}

void TrainingTab::changeEvent(QEvent *event)
{
    TeamTab::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        for (int i = 0; i < m_ui->statusComboBox->count(); ++i)
            m_ui->statusComboBox->setItemText(i, TrainingPlan::statusTitle(m_ui->statusComboBox->itemData(i).toString()));
        reload();
    }
}

} // namespace csirtkit
