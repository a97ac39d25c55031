#include "phases/PhaseGuidePage.h"

#include "common/TextDialog.h"

#include "common/Config.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "phases/ChecklistItemEditor.h"
#include "phases/ContentLibrary.h"
#include "phases/PlanCommands.h"
#include "phases/PlanRepository.h"
#include "workspace/WorkspaceSession.h"
#include "team/TeamSummary.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QToolBar>
#include <QToolButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csirtkit {

namespace {
constexpr int StepIdRole = Qt::UserRole + 1;

// Step titles wrap in the tree: QTreeView does not give the delegate the column's width when it
// asks for a row's height, so the height is measured here against that width.
class WrappingDelegate : public QStyledItemDelegate
{
public:
    explicit WrappingDelegate(QTreeView *tree) : QStyledItemDelegate(tree), m_tree(tree) { }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize size = QStyledItemDelegate::sizeHint(option, index);
        if (index.column() != 0)
            return size;
        int depth = 0;
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            ++depth;
        const int width = m_tree->header()->sectionSize(0) - m_tree->indentation() * (depth + 1) - 4;
        const QRect text = option.fontMetrics.boundingRect(QRect(0, 0, qMax(40, width), 10000), Qt::TextWordWrap,
                                                           index.data().toString());
        size.setHeight(qMax(size.height(), text.height() + 4));
        return size;
    }

private:
    QTreeView *m_tree;
};

QString guidanceMarkdown(const PlanStep &step, const QString &lang)
{
    QString md = step.guidance.in(lang);
    if (!step.deliverables.isEmpty()) {
        md += QStringLiteral("\n\n**") + PhaseGuidePage::tr("Deliverables") + QStringLiteral("**\n\n");
        for (const LocalText &d : step.deliverables)
            md += QStringLiteral("- ") + d.in(lang) + QLatin1Char('\n');
    }
    if (!step.topics.isEmpty()) {
        md += QStringLiteral("\n**") + PhaseGuidePage::tr("Related build-phase topics") + QStringLiteral("**\n\n");
        for (const QString &key : step.topics)
            if (const ContentTopic *t = ContentLibrary::instance().topic(key))
                md += QStringLiteral("- **%1\\. %2** — %3\n").arg(t->number).arg(t->title.in(lang), t->summary.in(lang));
    }
    return md;
}
} // namespace

PhaseGuidePage::PhaseGuidePage(QWidget *parent)
    : Page(parent), m_titleLabel(new QLabel(this)), m_overall(new QProgressBar(this)), m_filterLabel(new QLabel(this)),
      m_filter(new QComboBox(this)), m_tree(new QTreeWidget(this)), m_stepTitle(new QLabel(this)),
      m_stepPurpose(new QLabel(this)), m_guidance(new QTextBrowser(this)), m_checklistLabel(new QLabel(this)),
      m_table(new QTableView(this)), m_model(new ChecklistModel(this)), m_toolBar(new QToolBar(this)),
      m_add(new QAction(this)), m_edit(new QAction(this)), m_remove(new QAction(this)), m_up(new QAction(this)),
      m_down(new QAction(this)), m_reset(new QAction(this)), m_editor(new ChecklistItemEditor(this))
{
    m_tree->setObjectName(QStringLiteral("stepTreeWidget"));
    m_filter->setObjectName(QStringLiteral("filterComboBox"));
    m_overall->setObjectName(QStringLiteral("overallProgressBar"));
    m_stepTitle->setObjectName(QStringLiteral("stepTitleLabel"));
    m_stepPurpose->setObjectName(QStringLiteral("stepPurposeLabel"));
    m_guidance->setObjectName(QStringLiteral("guidanceTextBrowser"));
    m_table->setObjectName(QStringLiteral("checklistTableView"));
    m_add->setObjectName(QStringLiteral("actionItemAdd"));
    m_edit->setObjectName(QStringLiteral("actionItemEdit"));
    m_remove->setObjectName(QStringLiteral("actionItemRemove"));
    m_up->setObjectName(QStringLiteral("actionItemUp"));
    m_down->setObjectName(QStringLiteral("actionItemDown"));
    m_reset->setObjectName(QStringLiteral("actionStepReset"));
    m_toolBar->setObjectName(QStringLiteral("checklistToolBar"));
    m_add->setShortcut(QKeySequence(Qt::Key_Insert));
    m_edit->setShortcut(QKeySequence(Qt::Key_F2));
    m_remove->setShortcut(QKeySequence::Delete);
    m_up->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_down->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    for (QAction *a : { m_add, m_edit, m_remove, m_up, m_down, m_reset }) {
        // Keys act on the checklist only, so Delete in the evidence list or notes never removes an item.
        a->setShortcutContext(Qt::WidgetShortcut);
        m_toolBar->addAction(a);
        m_table->addAction(a);
    }
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Up and Down as arrows (their names are in the tooltips), so the bar fits a narrow pane.
    m_up->setIcon(style()->standardIcon(QStyle::SP_ArrowUp));
    m_down->setIcon(style()->standardIcon(QStyle::SP_ArrowDown));
    for (QAction *arrow : { m_up, m_down })
        if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(arrow)))
            button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    m_reset->setIcon(style()->standardIcon(QStyle::SP_DialogResetButton));
    if (auto *button = qobject_cast<QToolButton *>(m_toolBar->widgetForAction(m_reset)))
        button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    for (QLabel *l : { m_titleLabel, m_stepTitle, m_stepPurpose })
        l->setTextFormat(Qt::PlainText);
    m_stepTitle->setWordWrap(true);
    m_stepPurpose->setWordWrap(true);
    updateFonts();
    m_overall->setTextVisible(true);
    m_overall->setMinimumWidth(220);

    m_tree->setColumnCount(2);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->setMinimumWidth(200);
    // Step titles wrap rather than being cut to a few characters in a narrow pane.
    m_tree->setWordWrap(true);
    m_tree->setUniformRowHeights(false);
    m_tree->setTextElideMode(Qt::ElideNone);
    m_tree->setItemDelegate(new WrappingDelegate(m_tree));
    connect(m_tree->header(), &QHeaderView::sectionResized, m_tree, [this] { m_tree->doItemsLayout(); }); // new row heights
    m_guidance->setOpenLinks(false);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::TextColumn, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::DoneColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::StatusColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(ChecklistModel::DueColumn, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_editor->setMinimumWidth(240);

    auto *top = new QHBoxLayout;
    top->addWidget(m_titleLabel);
    top->addStretch(1);
    top->addWidget(m_overall);
    top->addSpacing(12);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter);

    auto *stepPane = new QWidget(this);
    auto *stepLayout = new QVBoxLayout(stepPane);
    stepLayout->setContentsMargins(0, 0, 0, 0);
    stepLayout->addWidget(m_stepTitle);
    stepLayout->addWidget(m_stepPurpose);
    stepLayout->addWidget(m_guidance, 1);
    auto *checklistPane = new QWidget(this);
    auto *checklistLayout = new QVBoxLayout(checklistPane);
    checklistLayout->setContentsMargins(0, 0, 0, 0);
    // The heading above its tools: side by side they overflow a narrow pane.
    checklistLayout->addWidget(m_checklistLabel);
    checklistLayout->addWidget(m_toolBar);
    checklistLayout->addWidget(m_table, 1);
    auto *middle = new QSplitter(Qt::Vertical, this);
    middle->addWidget(stepPane);
    middle->addWidget(checklistPane);
    middle->setStretchFactor(0, 2);
    middle->setStretchFactor(1, 3);
    auto *columns = new QSplitter(Qt::Horizontal, this);
    columns->setObjectName(QStringLiteral("phaseGuideSplitter"));
    columns->addWidget(m_tree);
    columns->addWidget(middle);
    columns->addWidget(m_editor);
    columns->setStretchFactor(0, 3);
    columns->setStretchFactor(1, 6);
    columns->setStretchFactor(2, 3);
    columns->setSizes({ 290, 560, 300 });
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    layout->addLayout(top);
    layout->addWidget(columns, 1);

    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PhaseGuidePage::showStep);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &PhaseGuidePage::showItem);
    connect(m_model, &ChecklistModel::checkToggled, this, &PhaseGuidePage::toggleDone);
    connect(m_filter, &QComboBox::activated, this, [this] { showStep(); });
    connect(m_add, &QAction::triggered, this, &PhaseGuidePage::addItem);
    connect(m_edit, &QAction::triggered, this, &PhaseGuidePage::editItemText);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (index.column() != ChecklistModel::DoneColumn)
            editItemText();
    });
    connect(m_remove, &QAction::triggered, this, &PhaseGuidePage::removeItem);
    connect(m_up, &QAction::triggered, this, [this] { moveItem(-1); });
    connect(m_down, &QAction::triggered, this, [this] { moveItem(1); });
    connect(m_reset, &QAction::triggered, this, &PhaseGuidePage::resetStep);
    retranslate();
}

void PhaseGuidePage::setSession(WorkspaceSession *session)
{
    m_session = session;
    m_editor->setSession(session);
    connect(session, &WorkspaceSession::changed, this, [this](const QString &entity) {
        if (entity.startsWith(QLatin1String("plan")))
            reload();
    });
    const bool editable = !session->isReadOnly();
    for (QAction *a : { m_add, m_edit, m_remove, m_up, m_down, m_reset })
        a->setEnabled(editable);
    m_tree->clear();
    reload();
    if (m_tree->topLevelItemCount() > 0 && m_tree->topLevelItem(0)->childCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0)->child(0));
}

void PhaseGuidePage::reload()
{
    if (!m_session)
        return;
    PlanRepository repo(m_session->workspace());
    auto steps = repo.steps();
    auto items = repo.allItems();
    if (!steps || !items) {
        MessageBox::critical(this, tr("Phase guide"), (!steps ? steps.error() : items.error()).message);
        return;
    }
    m_steps = *steps;
    m_allItems = *items;
    rebuildTree();
    showStep();
}

void PhaseGuidePage::rebuildTree()
{
    const QString lang = Language::current();
    const QDate today = QDate::currentDate();
    const qint64 current = currentStepId();
    const QSignalBlocker blocker(m_tree);
    const bool fresh = m_tree->topLevelItemCount() == 0;
    PlanProgress overall;
    int phaseIndex = 0;
    for (const QString &phase : ContentLibrary::phaseKeys()) {
        QTreeWidgetItem *phaseNode = fresh ? new QTreeWidgetItem(m_tree) : m_tree->topLevelItem(phaseIndex);
        ++phaseIndex;
        PlanProgress phaseProgress;
        int stepIndex = 0;
        for (const PlanStep &step : std::as_const(m_steps)) {
            if (step.phase != phase)
                continue;
            PlanProgress stepProgress;
            for (const PlanItem &item : std::as_const(m_allItems))
                if (item.stepId == step.id)
                    stepProgress.add(item, today);
            phaseProgress.done += stepProgress.done;
            phaseProgress.applicable += stepProgress.applicable;
            phaseProgress.overdue += stepProgress.overdue;
            QTreeWidgetItem *node = stepIndex < phaseNode->childCount() ? phaseNode->child(stepIndex) : new QTreeWidgetItem(phaseNode);
            ++stepIndex;
            node->setText(0, QStringLiteral("%1. %2").arg(stepIndex).arg(step.title.in(lang)));
            node->setToolTip(0, step.title.in(lang));
            node->setText(1, QStringLiteral("%1/%2").arg(stepProgress.done).arg(stepProgress.applicable));
            node->setForeground(1, stepProgress.overdue ? QBrush(QColor(0xd9, 0x30, 0x25)) : QBrush());
            node->setData(0, StepIdRole, step.id);
        }
        phaseNode->setText(0, ContentLibrary::instance().phaseTitle(phase, lang));
        phaseNode->setText(1, QStringLiteral("%1%").arg(phaseProgress.percent()));
        phaseNode->setData(0, StepIdRole, 0);
        QFont bold = phaseNode->font(0);
        bold.setBold(true);
        phaseNode->setFont(0, bold);
        overall.done += phaseProgress.done;
        overall.applicable += phaseProgress.applicable;
    }
    if (fresh)
        m_tree->expandAll();
    m_overall->setRange(0, qMax(1, overall.applicable));
    m_overall->setValue(overall.done);
    m_overall->setFormat(tr("%1/%2 done (%3%)").arg(overall.done).arg(overall.applicable).arg(overall.percent()));
    if (current)
        selectStep(current);
}

QList<QTreeWidgetItem *> PhaseGuidePage::stepNodes() const
{
    QList<QTreeWidgetItem *> nodes;
    for (int p = 0; p < m_tree->topLevelItemCount(); ++p)
        for (int s = 0; s < m_tree->topLevelItem(p)->childCount(); ++s)
            nodes << m_tree->topLevelItem(p)->child(s);
    return nodes;
}

qint64 PhaseGuidePage::currentStepId() const
{
    const QTreeWidgetItem *node = m_tree->currentItem();
    return node ? node->data(0, StepIdRole).toLongLong() : 0;
}

bool PhaseGuidePage::selectStep(qint64 stepId)
{
    for (QTreeWidgetItem *node : stepNodes()) {
        if (node->data(0, StepIdRole).toLongLong() == stepId) {
            if (m_tree->currentItem() != node)
                m_tree->setCurrentItem(node);
            return true;
        }
    }
    return false;
}

bool PhaseGuidePage::selectItem(qint64 stepId, qint64 itemId)
{
    if (!selectStep(stepId))
        return false;
    if (m_model->rowOf(itemId) < 0)
        setFilter(ChecklistModel::Filter::All);
    const int row = m_model->rowOf(itemId);
    if (row < 0)
        return false;
    m_table->setCurrentIndex(m_model->index(row, 0));
    m_table->scrollTo(m_model->index(row, 0));
    m_table->setFocus();
    return true;
}

bool PhaseGuidePage::selectStepByKey(const QString &stepKey)
{
    for (const PlanStep &s : std::as_const(m_steps))
        if (s.key == stepKey)
            return selectStep(s.id);
    return false;
}

void PhaseGuidePage::nextStep()
{
    const auto nodes = stepNodes();
    const int index = int(nodes.indexOf(m_tree->currentItem()));
    if (index + 1 < nodes.size())
        m_tree->setCurrentItem(nodes.at(index + 1));
}

void PhaseGuidePage::previousStep()
{
    const auto nodes = stepNodes();
    const int index = int(nodes.indexOf(m_tree->currentItem()));
    if (index > 0)
        m_tree->setCurrentItem(nodes.at(index - 1));
    else if (index < 0 && !nodes.isEmpty())
        m_tree->setCurrentItem(nodes.first());
}

void PhaseGuidePage::setFilter(ChecklistModel::Filter filter)
{
    m_filter->setCurrentIndex(m_filter->findData(int(filter)));
    showStep();
}

void PhaseGuidePage::updateFonts()
{
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_titleLabel->setFont(big);
    QFont stepFont = font();
    stepFont.setPointSizeF(stepFont.pointSizeF() * (m_presentation ? 1.6 : 1.3));
    stepFont.setBold(true);
    m_stepTitle->setFont(stepFont);
}

void PhaseGuidePage::setPresentation(bool on)
{
    m_presentation = on;
    m_tree->setVisible(!on);
    updateFonts();
    showStep();
    m_editor->setVisible(!on);
    m_toolBar->setVisible(!on);
    m_filterLabel->setVisible(!on);
    m_filter->setVisible(!on);
}

void PhaseGuidePage::showStep()
{
    const QString lang = Language::current();
    const qint64 stepId = currentStepId();
    const qint64 selectedId = selectedItem() ? selectedItem()->id : 0;
    const PlanStep *step = nullptr;
    for (const PlanStep &s : std::as_const(m_steps))
        if (s.id == stepId)
            step = &s;
    const auto filter = ChecklistModel::Filter(m_filter->currentData().toInt());
    const QString me = Config::get(Config::Key::UserName).toString();
    QList<PlanItem> items;
    if (step) {
        int number = 0, count = 0;
        for (const PlanStep &s : std::as_const(m_steps)) {
            if (s.phase != step->phase)
                continue;
            ++count;
            if (s.id == step->id)
                number = count;
        }
        m_stepTitle->setText(m_presentation ? tr("%1 · Step %2 of %3: %4")
                                                  .arg(ContentLibrary::instance().phaseTitle(step->phase, lang))
                                                  .arg(number)
                                                  .arg(count)
                                                  .arg(step->title.in(lang))
                                            : step->title.in(lang));
        m_stepPurpose->setText(step->purpose.in(lang));
        m_guidance->document()->setMarkdown(guidanceMarkdown(*step, lang)
                                                + (m_session ? TeamSummary::stepMarkdown(m_session->workspace(), step->key, lang) : QString()),
                                            QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                            | QTextDocument::MarkdownNoHTML));
        for (const PlanItem &item : std::as_const(m_allItems))
            if (item.stepId == stepId)
                items.append(item);
    } else {
        const QTreeWidgetItem *node = m_tree->currentItem();
        m_stepTitle->setText(node ? node->text(0) : QString());
        QString summary;
        for (const ContentPhase &phase : ContentLibrary::instance().phases())
            if (node && phase.title.in(lang) == node->text(0))
                summary = phase.summary.in(lang);
        m_stepPurpose->setText(node ? tr("Choose a step of this phase on the left.") : tr("Choose a step on the left."));
        m_guidance->document()->setMarkdown(summary, QTextDocument::MarkdownNoHTML);
    }
    m_guidance->moveCursor(QTextCursor::Start); // show the guidance from its beginning
    m_model->setItems(items, lang, me, filter, QDate::currentDate());
    const int row = m_model->rowOf(selectedId);
    if (row >= 0)
        m_table->selectRow(row);
    const bool editable = step && m_session && !m_session->isReadOnly();
    m_add->setEnabled(editable);
    m_reset->setEnabled(editable);
    m_checklistLabel->setText(tr("Checklist (%1 shown)").arg(m_model->rowCount()));
    showItem();
}

const PlanItem *PhaseGuidePage::selectedItem() const
{
    const QModelIndex index = m_table->selectionModel() ? m_table->selectionModel()->currentIndex() : QModelIndex();
    return index.isValid() ? m_model->itemAt(index.row()) : nullptr;
}

void PhaseGuidePage::showItem()
{
    const PlanItem *item = selectedItem();
    const bool editable = item && m_session && !m_session->isReadOnly();
    for (QAction *a : { m_edit, m_remove, m_up, m_down })
        a->setEnabled(editable);
    m_editor->setItem(item ? std::optional<PlanItem>(*item) : std::nullopt);
}

void PhaseGuidePage::toggleDone(qint64 itemId, bool done)
{
    if (!m_session || m_session->isReadOnly())
        return;
    // Pushing reloads m_allItems, so the loop must end before the push.
    std::optional<PlanItem> item;
    for (const PlanItem &candidate : std::as_const(m_allItems))
        if (candidate.id == itemId)
            item = candidate;
    if (item)
        m_session->undoStack()->push(
            PlanCommands::setStatus(m_session, *item, done ? ItemStatus::Done : ItemStatus::NotStarted, QString()));
}

void PhaseGuidePage::addItem()
{
    const qint64 stepId = currentStepId();
    if (!m_session || !stepId)
        return;
    const auto answer = TextDialog::ask(this, tr("Add Checklist Item"), tr("What needs to be done?"));
    if (!answer)
        return;
    const QString text = *answer;
    if (text.trimmed().isEmpty()) {
        MessageBox::information(this, tr("Add Checklist Item"), tr("The item was not added: it needs a text."));
        return;
    }
    // The new item may be hidden by the filter: show all items so the selection is the new one.
    setFilter(ChecklistModel::Filter::All);
    m_session->undoStack()->push(PlanCommands::addItem(m_session, stepId, text));
    m_table->selectRow(m_model->rowCount() - 1);
}

void PhaseGuidePage::editItemText()
{
    const PlanItem *item = selectedItem();
    if (!item || !m_session || m_session->isReadOnly())
        return;
    const PlanItem copy = *item;
    const QString label = copy.isShipped() ? tr("Item text (leave empty to go back to the shipped text):")
                                           : tr("Item text:");
    const auto text = TextDialog::ask(this, tr("Edit Checklist Item"), label, copy.text(Language::current()));
    if (text && text->trimmed() != copy.text(Language::current()))
        m_session->undoStack()->push(PlanCommands::setText(m_session, copy, *text));
}

void PhaseGuidePage::removeItem()
{
    const PlanItem *item = selectedItem();
    if (!item || !m_session)
        return;
    m_session->undoStack()->push(PlanCommands::removeItem(m_session, *item));
}

void PhaseGuidePage::moveItem(int delta)
{
    const PlanItem *item = selectedItem();
    if (!item || !m_session)
        return;
    // Move among all items of the step, not only the filtered ones.
    int index = -1, count = 0;
    for (const PlanItem &i : std::as_const(m_allItems)) {
        if (i.stepId != item->stepId)
            continue;
        if (i.id == item->id)
            index = count;
        ++count;
    }
    const int target = index + delta;
    if (index < 0 || target < 0 || target >= count)
        return;
    const qint64 id = item->id;
    m_session->undoStack()->push(PlanCommands::moveItem(m_session, *item, target));
    m_table->selectRow(m_model->rowOf(id));
}

void PhaseGuidePage::resetStep()
{
    const qint64 stepId = currentStepId();
    if (!m_session || !stepId)
        return;
    if (MessageBox::question(this, tr("Reset Step"),
                             tr("Bring back the shipped checklist items of this step, with their original texts and "
                                "order? Items you added stay, and so do all statuses, owners, due dates and notes. "
                                "You can undo this."),
                             QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        m_session->undoStack()->push(PlanCommands::resetStep(m_session, stepId));
}

void PhaseGuidePage::changeEvent(QEvent *event)
{
    Page::changeEvent(event);
    if (event->type() == QEvent::FontChange)
        updateFonts();
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
        if (m_session)
            reload(); // texts are updated in place, so the selected step stays
    }
}

void PhaseGuidePage::retranslate()
{
    m_titleLabel->setText(tr("Phase guide"));
    m_filterLabel->setText(tr("Show:"));
    const int current = m_filter->currentIndex();
    m_filter->clear();
    m_filter->addItem(tr("All items"), int(ChecklistModel::Filter::All));
    m_filter->addItem(tr("Open items"), int(ChecklistModel::Filter::Open));
    m_filter->addItem(tr("Overdue items"), int(ChecklistModel::Filter::Overdue));
    m_filter->addItem(tr("My items"), int(ChecklistModel::Filter::Mine));
    m_filter->setCurrentIndex(qMax(0, current));
    m_tree->setHeaderLabels({ tr("Step"), tr("Done") });
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    m_up->setText(tr("Up"));
    m_down->setText(tr("Down"));
    m_reset->setText(tr("Reset Step…"));
    m_add->setToolTip(tr("Add a checklist item to this step"));
    m_reset->setToolTip(tr("Restore the shipped items of this step"));
    m_tree->setAccessibleName(tr("Phases and steps"));
    m_table->setAccessibleName(tr("Checklist"));
    m_guidance->setAccessibleName(tr("Guidance"));
}

} // namespace csirtkit
