#include "incidents/ObservablesTab.h"

#include "common/FunctionCommand.h"
#include "common/MessageBox.h"
#include "common/ToolTip.h"
#include "incidents/IncidentRepository.h"
#include "incidents/Observables.h"
#include "workspace/WorkspaceSession.h"

#include <QAction>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace csirtkit {

namespace {

constexpr int IdRole = Qt::UserRole + 1;
constexpr int TypeRole = Qt::UserRole + 2;
constexpr int RawRole = Qt::UserRole + 3;
constexpr int SeenRole = Qt::UserRole + 4;

// Types whose values are taken as typed: validation does not refang them, so pasting doesn't either.
bool takenAsTyped(Observable::Type type)
{
    return type == Observable::Type::Text || type == Observable::Type::FileName || type == Observable::Type::RegistryKey;
}

Observable::Type typeOf(const QTreeWidgetItem *item)
{
    return Observable::fromKey(item->data(ObservablesTab::TypeColumn, TypeRole).toString()).value_or(Observable::Type::Text);
}

// Undo steps find the observable by what it is, not by id: an undone removal adds it back with a new id.
Result<void> removeMatching(WorkspaceSession *session, qint64 incidentId, Observable::Type type, const QString &value)
{
    Observables observables(session->workspace());
    auto list = observables.list(incidentId);
    if (!list)
        return list.error();
    for (const ObservableRow &row : std::as_const(*list))
        if (row.type == type && row.value == value)
            return observables.remove(row.id);
    return {};
}

Result<void> addObservable(WorkspaceSession *session, qint64 incidentId, Observable::Type type, const QString &value,
                           const QString &note)
{
    auto added = Observables(session->workspace()).add(incidentId, type, value, note);
    return added ? Result<void>() : Result<void>(added.error());
}

QAction *viewAction(QWidget *view, const QKeySequence &shortcut)
{
    auto *action = new QAction(view);
    action->setShortcut(shortcut);
    action->setShortcutContext(Qt::WidgetShortcut);
    view->addAction(action);
    return action;
}

} // namespace

ObservablesTab::ObservablesTab(QWidget *parent)
    : RecordTab(parent), m_emptyLabel(new QLabel(this)), m_view(new QTreeWidget(this)), m_defang(new QCheckBox(this)),
      m_remove(new QPushButton(this)), m_copy(new QPushButton(this)), m_copyDefanged(new QPushButton(this)),
      m_formTitle(new QLabel(this)), m_type(new QComboBox(this)), m_value(new QLineEdit(this)), m_detected(new QLabel(this)),
      m_note(new QLineEdit(this)), m_add(new QPushButton(this))
{
    m_view->setObjectName(QStringLiteral("observablesView"));
    m_view->setColumnCount(SeenInColumn + 1);
    m_view->setRootIsDecorated(false);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformRowHeights(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->header()->resizeSection(TypeColumn, 150);
    m_view->header()->resizeSection(ValueColumn, 360);
    m_view->header()->resizeSection(NoteColumn, 220);
    connect(m_view, &QTreeWidget::itemSelectionChanged, this, &ObservablesTab::updateButtons);
    connect(m_view, &QTreeWidget::itemActivated, this, &ObservablesTab::openSeenIn);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ObservablesTab::showContextMenu);
    connect(viewAction(m_view, QKeySequence::Delete), &QAction::triggered, this, &ObservablesTab::removeSelected);
    connect(viewAction(m_view, QKeySequence::Copy), &QAction::triggered, this, [this] { copySelected(false); });
    connect(viewAction(m_view, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C)), &QAction::triggered, this,
            [this] { copySelected(true); });
    m_emptyLabel->setObjectName(QStringLiteral("observablesEmptyLabel"));
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    m_emptyLabel->setEnabled(false);
    m_emptyLabel->setWordWrap(true);

    m_defang->setObjectName(QStringLiteral("defangCheckBox"));
    m_defang->setChecked(true);
    connect(m_defang, &QCheckBox::toggled, this, &ObservablesTab::reload);
    m_remove->setObjectName(QStringLiteral("removeObservableButton"));
    m_copy->setObjectName(QStringLiteral("copyObservableButton"));
    m_copyDefanged->setObjectName(QStringLiteral("copyDefangedButton"));
    connect(m_remove, &QPushButton::clicked, this, &ObservablesTab::removeSelected);
    connect(m_copy, &QPushButton::clicked, this, [this] { copySelected(false); });
    connect(m_copyDefanged, &QPushButton::clicked, this, [this] { copySelected(true); });

    m_type->setObjectName(QStringLiteral("observableTypeComboBox"));
    m_type->addItem(QString(), QString()); // Detect
    for (Observable::Type type : Observable::allTypes())
        m_type->addItem(QString(), Observable::key(type));
    m_value->setObjectName(QStringLiteral("observableValueLineEdit"));
    m_value->setClearButtonEnabled(true);
    m_note->setObjectName(QStringLiteral("observableNoteLineEdit"));
    m_detected->setObjectName(QStringLiteral("observableDetectedLabel"));
    m_detected->setTextFormat(Qt::PlainText);
    m_detected->setMinimumHeight(m_detected->fontMetrics().height());
    m_add->setObjectName(QStringLiteral("addObservableButton"));
    connect(m_type, &QComboBox::currentIndexChanged, this, &ObservablesTab::updateDetected);
    connect(m_value, &QLineEdit::textEdited, this, &ObservablesTab::valueEdited);
    connect(m_value, &QLineEdit::textChanged, this, &ObservablesTab::updateDetected);
    for (QLineEdit *edit : { m_value, m_note })
        connect(edit, &QLineEdit::returnPressed, this, &ObservablesTab::add);
    connect(m_add, &QPushButton::clicked, this, &ObservablesTab::add);

    auto *stack = new QStackedWidget(this);
    stack->setObjectName(QStringLiteral("observablesStack"));
    stack->addWidget(m_emptyLabel);
    stack->addWidget(m_view);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_defang);
    tools->addStretch(1);
    for (QPushButton *button : { m_copy, m_copyDefanged, m_remove })
        tools->addWidget(button);
    auto *form = new QHBoxLayout;
    form->addWidget(m_type);
    form->addWidget(m_value, 3);
    form->addWidget(m_note, 2);
    form->addWidget(m_add);
    QFont bold = m_formTitle->font();
    bold.setBold(true);
    m_formTitle->setFont(bold);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(tools);
    layout->addWidget(stack, 1);
    layout->addWidget(m_formTitle);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    QWidget::setTabOrder({ m_view, m_defang, m_copy, m_copyDefanged, m_remove, m_type, m_value, m_note, m_add });
    retranslate();
    updateButtons();
    updateDetected();
}

ObservablesTab::~ObservablesTab() = default;

QString ObservablesTab::title() const
{
    return tr("Observables (%1)").arg(m_count);
}

void ObservablesTab::startIncident()
{
    clearForm();
    m_type->setCurrentIndex(0);
}

Result<void> ObservablesTab::refresh()
{
    Observables observables(m_session->workspace());
    auto list = observables.list(m_incidentId);
    if (!list)
        return list.error();
    QSet<qint64> selected;
    for (const QTreeWidgetItem *item : m_view->selectedItems())
        selected << item->data(TypeColumn, IdRole).toLongLong();
    const qint64 current = m_view->currentItem() ? m_view->currentItem()->data(TypeColumn, IdRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_view);
    m_view->clear();
    const bool defang = m_defang->isChecked();
    for (const ObservableRow &row : std::as_const(*list)) {
        auto *item = new QTreeWidgetItem(m_view);
        item->setData(TypeColumn, IdRole, row.id);
        item->setData(TypeColumn, TypeRole, Observable::key(row.type));
        item->setText(TypeColumn, Observable::label(row.type));
        item->setData(ValueColumn, RawRole, row.value);
        item->setText(ValueColumn, defang ? Observable::defang(row.type, row.value) : row.value);
        item->setToolTip(ValueColumn, plainToolTip(item->text(ValueColumn)));
        item->setText(NoteColumn, row.note);
        item->setToolTip(NoteColumn, plainToolTip(row.note));
        const auto seenIn = observables.alsoSeenIn(m_incidentId, row.type, row.value);
        const QStringList seen = seenIn ? seenIn.value() : QStringList();
        item->setData(SeenInColumn, SeenRole, seen);
        item->setText(SeenInColumn, seen.join(QStringLiteral(", ")));
        if (!seen.isEmpty())
            item->setToolTip(SeenInColumn, tr("Press Enter or double-click to open the other incident"));
        item->setSelected(selected.contains(row.id));
        if (row.id == current)
            m_view->setCurrentItem(item, 0, QItemSelectionModel::NoUpdate);
    }
    if (auto *stack = qobject_cast<QStackedWidget *>(m_view->parentWidget()))
        stack->setCurrentWidget(list->isEmpty() ? static_cast<QWidget *>(m_emptyLabel) : m_view);
    m_count = int(list->size());
    return {};
}

void ObservablesTab::updateButtons()
{
    const bool any = !m_view->selectedItems().isEmpty();
    m_copy->setEnabled(any);
    m_copyDefanged->setEnabled(any);
    m_remove->setEnabled(any && writable());
    m_add->setEnabled(writable());
}

Observable::Type ObservablesTab::chosenType(const QString &value) const
{
    const auto chosen = Observable::fromKey(m_type->currentData().toString());
    return chosen ? *chosen : Observable::guessType(value);
}

void ObservablesTab::updateDetected()
{
    // The line keeps its place when empty, so the entry row above does not move while typing.
    const bool detect = m_type->currentIndex() == 0 && !m_value->text().trimmed().isEmpty();
    m_detected->setText(detect ? tr("Detected type: %1").arg(Observable::label(chosenType(m_value->text()))) : QString());
}

void ObservablesTab::valueEdited(const QString &text)
{
    const auto chosen = Observable::fromKey(m_type->currentData().toString());
    if (!chosen || !takenAsTyped(*chosen)) {
        const QString refanged = Observable::refangInsertion(m_lastValue, text);
        if (refanged != text)
            m_value->setText(refanged);
    }
    m_lastValue = m_value->text();
}

void ObservablesTab::add()
{
    if (!m_session || !m_add->isEnabled())
        return;
    const Observable::Type type = chosenType(m_value->text());
    auto valid = Observable::validate(type, m_value->text());
    if (!valid) {
        MessageBox::critical(this, tr("Observable not added"), valid.error().message);
        return;
    }
    const QString value = *valid;
    const QString note = m_note->text().trimmed();
    // Checked before the undo step is made, whose undo must never remove an observable that was already there.
    auto existing = Observables(m_session->workspace()).list(m_incidentId);
    if (!existing) {
        MessageBox::critical(this, tr("Observable not added"), existing.error().message);
        return;
    }
    for (const ObservableRow &row : std::as_const(*existing)) {
        if (row.type == type && row.value == value) {
            clearForm();
            reload();
            select(row.id);
            MessageBox::information(this, tr("Observable already listed"),
                                    tr("This incident already lists the %1 “%2”; the two were merged into one entry.")
                                        .arg(Observable::label(type), Observable::defang(type, value)));
            return;
        }
    }
    WorkspaceSession *session = m_session;
    const qint64 incidentId = m_incidentId;
    session->undoStack()->push(new FunctionCommand(
        session, QStringLiteral("incident"), tr("Add observable"),
        [session, incidentId, type, value, note] { return addObservable(session, incidentId, type, value, note); },
        [session, incidentId, type, value] { return removeMatching(session, incidentId, type, value); }));
    clearForm();
    reload();
    if (auto stored = Observables(session->workspace()).list(incidentId))
        for (const ObservableRow &row : std::as_const(*stored))
            if (row.type == type && row.value == value)
                select(row.id);
}

void ObservablesTab::clearForm()
{
    m_value->clear();
    m_note->clear();
    m_lastValue.clear();
}

void ObservablesTab::select(qint64 observableId)
{
    for (int i = 0; i < m_view->topLevelItemCount(); ++i)
        if (m_view->topLevelItem(i)->data(TypeColumn, IdRole).toLongLong() == observableId)
            m_view->setCurrentItem(m_view->topLevelItem(i));
}

void ObservablesTab::removeSelected()
{
    const QList<QTreeWidgetItem *> items = m_view->selectedItems();
    if (!m_session || items.isEmpty() || m_session->isReadOnly())
        return;
    const QString question = items.size() == 1
        ? tr("Remove the %1 “%2” from this incident?").arg(items.first()->text(TypeColumn), items.first()->text(ValueColumn))
        : tr("Remove %n observables from this incident?", nullptr, int(items.size()));
    if (MessageBox::question(this, tr("Remove Observable"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        != QMessageBox::Yes)
        return;
    WorkspaceSession *session = m_session;
    const qint64 incidentId = m_incidentId;
    session->undoStack()->beginMacro(tr("Remove observables"));
    for (const QTreeWidgetItem *item : items) {
        const Observable::Type type = typeOf(item);
        const QString value = item->data(ValueColumn, RawRole).toString();
        const QString note = item->text(NoteColumn);
        session->undoStack()->push(new FunctionCommand(
            session, QStringLiteral("incident"), tr("Remove observable"),
            [session, incidentId, type, value] { return removeMatching(session, incidentId, type, value); },
            [session, incidentId, type, value, note] { return addObservable(session, incidentId, type, value, note); }));
    }
    session->undoStack()->endMacro();
    reload();
}

void ObservablesTab::copySelected(bool defanged)
{
    QStringList values;
    for (int i = 0; i < m_view->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *item = m_view->topLevelItem(i);
        if (!item->isSelected())
            continue;
        const QString value = item->data(ValueColumn, RawRole).toString();
        values << (defanged ? Observable::defang(typeOf(item), value) : value);
    }
    if (!values.isEmpty())
        QGuiApplication::clipboard()->setText(values.join(QLatin1Char('\n')));
}

void ObservablesTab::openSeenIn(QTreeWidgetItem *item)
{
    if (!item || !m_session)
        return;
    const QStringList seen = item->data(SeenInColumn, SeenRole).toStringList();
    QString ident = seen.value(0);
    if (seen.size() > 1) {
        QMenu menu(this);
        for (const QString &other : seen)
            menu.addAction(tr("Open %1").arg(other))->setData(other);
        const QRect cell = m_view->visualItemRect(item);
        QAction *chosen = menu.exec(m_view->viewport()->mapToGlobal(cell.bottomLeft()));
        ident = chosen ? chosen->data().toString() : QString();
    }
    if (ident.isEmpty())
        return;
    if (auto incident = IncidentRepository(m_session->workspace()).byIdent(ident))
        Q_EMIT openIncident(incident->id);
}

void ObservablesTab::showContextMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_view->itemAt(pos);
    if (!item)
        return;
    QMenu menu(this);
    connect(menu.addAction(tr("&Copy Value")), &QAction::triggered, this, [this] { copySelected(false); });
    connect(menu.addAction(tr("Copy &Defanged")), &QAction::triggered, this, [this] { copySelected(true); });
    QAction *remove = menu.addAction(tr("&Remove…"));
    remove->setEnabled(m_remove->isEnabled());
    connect(remove, &QAction::triggered, this, &ObservablesTab::removeSelected);
    const QStringList seen = item->data(SeenInColumn, SeenRole).toStringList();
    if (!seen.isEmpty())
        menu.addSeparator();
    for (const QString &ident : seen) {
        connect(menu.addAction(tr("Open %1").arg(ident)), &QAction::triggered, this, [this, ident] {
            if (auto incident = IncidentRepository(m_session->workspace()).byIdent(ident))
                Q_EMIT openIncident(incident->id);
        });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}


void ObservablesTab::retranslate()
{
    m_view->setHeaderLabels({ tr("Type"), tr("Value"), tr("Note"), tr("Also seen in") });
    m_view->setAccessibleName(tr("Observables"));
    m_emptyLabel->setText(tr("No observables yet. Add IP addresses, domains, URLs, hashes and other indicators below; "
                             "defanged values can be pasted as they are."));
    m_defang->setText(tr("&Defang values"));
    m_defang->setToolTip(tr("Show addresses as hxxp://example[.]com so they cannot be clicked by mistake"));
    m_copy->setText(tr("&Copy Value"));
    m_copy->setToolTip(tr("Copy the selected values as they are (Ctrl+C)"));
    m_copyDefanged->setText(tr("Copy De&fanged"));
    m_copyDefanged->setToolTip(tr("Copy the selected values defanged, for mail and chat (Ctrl+Shift+C)"));
    m_remove->setText(tr("&Remove…"));
    m_formTitle->setText(tr("Add an observable"));
    m_type->setItemText(0, tr("Detect type"));
    for (int i = 1; i < m_type->count(); ++i)
        m_type->setItemText(i, Observable::label(Observable::fromKey(m_type->itemData(i).toString()).value_or(Observable::Type::Text)));
    m_type->setAccessibleName(tr("Observable type"));
    m_value->setPlaceholderText(tr("Value, e.g. 192.0.2.10 or hxxp://example[.]com/login"));
    m_value->setAccessibleName(tr("Observable value"));
    m_note->setPlaceholderText(tr("Note (optional)"));
    m_note->setAccessibleName(tr("Observable note"));
    m_add->setText(tr("&Add"));
    m_add->setToolTip(tr("Add the observable to this incident (Enter)"));
    updateDetected();
}

} // namespace csirtkit
