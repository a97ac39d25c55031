#include "incidents/IncidentListPanel.h"

#include "common/Config.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "incidents/IncidentListDelegate.h"
#include "incidents/IncidentListModel.h"
#include "incidents/SavedFilters.h"
#include "incidents/Taxonomy.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace csirtkit {

namespace {

const QString OpenStatuses = QStringLiteral("@open");

// Enter or Return on the list opens the current incident.
class IncidentTableView : public QTableView
{
public:
    using QTableView::QTableView;
    std::function<void()> onActivate;

protected:
    void keyPressEvent(QKeyEvent *event) override
    {
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && currentIndex().isValid() && onActivate) {
            onActivate();
            return;
        }
        QTableView::keyPressEvent(event);
    }
};

void setCurrentData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

} // namespace

IncidentListPanel::IncidentListPanel(QWidget *parent) : QWidget(parent), m_model(new IncidentListModel(this))
{
    buildUi();
    retranslate();
    fillCombos();
}

IncidentListPanel::~IncidentListPanel()
{
    if (m_view)
        Config::set(Config::Key::IncidentListHeader, m_view->horizontalHeader()->saveState());
}

void IncidentListPanel::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("incidentSearchLineEdit"));
    m_search->setClearButtonEnabled(true);
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newIncidentButton"));
    m_findObservable = new QPushButton(this);
    m_findObservable->setObjectName(QStringLiteral("findObservableButton"));
    m_matrix = new QPushButton(this);
    m_matrix->setObjectName(QStringLiteral("priorityMatrixButton"));
    top->addWidget(m_search, 1);
    top->addWidget(m_findObservable);
    top->addWidget(m_matrix);
    m_exchange = new QToolButton(this);
    m_exchange->setObjectName(QStringLiteral("exchangeButton"));
    m_exchange->setPopupMode(QToolButton::InstantPopup);
    m_exchange->setToolButtonStyle(Qt::ToolButtonTextOnly);
    top->addWidget(m_exchange);
    top->addWidget(m_new);
    layout->addLayout(top);

    auto *filters = new QHBoxLayout;
    auto combo = [this, filters](const char *name) {
        auto *c = new QComboBox(this);
        c->setObjectName(QLatin1String(name));
        // Long class names must not widen the window: the popup shows them in full.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(8);
        filters->addWidget(c);
        return c;
    };
    m_status = combo("statusFilterComboBox");
    m_priority = combo("priorityFilterComboBox");
    m_class = combo("classFilterComboBox");
    m_tlp = combo("tlpFilterComboBox");
    m_assignee = new QLineEdit(this);
    m_assignee->setObjectName(QStringLiteral("assigneeFilterLineEdit"));
    m_assignee->setClearButtonEnabled(true);
    m_assignee->setMinimumWidth(100);
    m_assignee->setMaximumWidth(180);
    filters->addWidget(m_assignee);
    m_clear = new QPushButton(this);
    m_clear->setObjectName(QStringLiteral("clearFiltersButton"));
    filters->addWidget(m_clear);
    filters->addStretch(1);
    layout->addLayout(filters);

    auto *saved = new QHBoxLayout;
    auto *dateRow = saved; // the rows must fit a 1024-pixel projector beside the sidebar
    m_dateRange = new QCheckBox(this);
    m_dateRange->setObjectName(QStringLiteral("dateRangeCheckBox"));
    dateRow->addWidget(m_dateRange);
    m_from = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_from->setObjectName(QStringLiteral("loggedFromDateEdit"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("loggedToDateEdit"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
        dateRow->addWidget(edit);
    }
    saved->addSpacing(16);
    m_saved = new QComboBox(this);
    m_saved->setObjectName(QStringLiteral("savedFilterComboBox"));
    m_saved->setEditable(true);
    m_saved->setInsertPolicy(QComboBox::NoInsert);
    m_saved->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_saved->setMinimumContentsLength(10);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveFilterButton"));
    m_delete = new QPushButton(this);
    m_delete->setObjectName(QStringLiteral("deleteFilterButton"));
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("incidentCountLabel"));
    saved->addWidget(m_saved);
    saved->addWidget(m_save);
    saved->addWidget(m_delete);
    saved->addStretch(1);
    saved->addWidget(m_count);
    layout->addLayout(saved);

    m_stack = new QStackedWidget(this);
    auto *view = new IncidentTableView(this);
    view->onActivate = [this] { openCurrent(); };
    m_view = view;
    m_view->setObjectName(QStringLiteral("incidentTableView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new IncidentListDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setSortingEnabled(true);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    // Every column as wide as what it shows; the title takes the rest and gives way first, so that
    // the assignee, logged date and next deadline stay on screen down to 1024 pixels.
    using C = IncidentListModel::Column;
    const QFontMetrics metrics = m_view->fontMetrics();
    const auto fit = [&metrics](const QString &sample, int padding = 24) { return metrics.horizontalAdvance(sample) + padding; };
    int status = fit(tr("Status"), 16);
    for (const TaxonomyTerm &term : Taxonomy::instance().statuses())
        status = qMax(status, fit(term.title.in(Language::current()), 16));
    const QList<std::pair<C, int>> widths = {
        { C::Ident, fit(QStringLiteral("INC-2026-0000"), 12) }, { C::Title, 300 }, { C::Status, status },
        { C::Priority, fit(QStringLiteral("P1"), 28) },         { C::Tlp, fit(QStringLiteral("TLP:AMBER"), 24) },
        { C::Classification, fit(QStringLiteral("Malicious code"), 0) }, { C::Assignee, fit(QStringLiteral("Hannah Roberts"), 12) },
        { C::Logged, fit(QStringLiteral("2026-12-31 23:59"), 12) }, { C::Updated, fit(QStringLiteral("2026-12-31 23:59"), 12) },
        { C::Match, 260 },                                     { C::Deadline, fit(QStringLiteral("2026-12-31 23:59"), 12) },
    };
    for (const auto &[column, width] : widths)
        header->resizeSection(int(column), width);
    header->setStretchLastSection(false);
    m_view->viewport()->installEventFilter(this);
    connect(header, &QHeaderView::sectionResized, this, [this](int logical) {
        if (logical != int(IncidentListModel::Column::Title))
            fitTitleColumn();
    });
    header->setSectionHidden(int(IncidentListModel::Column::Updated), true);
    header->setSectionHidden(int(IncidentListModel::Column::Match), true);
    header->restoreState(Config::get(Config::Key::IncidentListHeader).toByteArray());
    header->setSectionHidden(int(IncidentListModel::Column::Match), true); // shown while searching; saved mid-search
    header->setSortIndicator(int(IncidentListModel::Column::Ident), Qt::DescendingOrder);
    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("incidentEmptyLabel"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_stack->addWidget(m_view);
    m_stack->addWidget(m_empty);
    layout->addWidget(m_stack, 1);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(250);
    connect(m_searchTimer, &QTimer::timeout, this, &IncidentListPanel::apply);
    connect(m_search, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &IncidentListPanel::apply);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty())
            apply(); // the clear button
    });
    connect(m_assignee, &QLineEdit::textEdited, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_assignee, &QLineEdit::returnPressed, this, &IncidentListPanel::apply);
    for (QComboBox *c : { m_status, m_priority, m_class, m_tlp })
        connect(c, &QComboBox::activated, this, &IncidentListPanel::apply);
    connect(m_dateRange, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        apply();
    });
    // Moving one end past the other takes the other along: a message box in the middle of typing a
    // date would be in the way, and the range the user is heading for is clear.
    connect(m_from, &QDateEdit::dateChanged, this, [this](const QDate &from) {
        if (from > m_to->date()) {
            const QSignalBlocker block(m_to);
            m_to->setDate(from);
        }
        apply();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this](const QDate &to) {
        if (to < m_from->date()) {
            const QSignalBlocker block(m_from);
            m_from->setDate(to);
        }
        apply();
    });
    connect(m_clear, &QPushButton::clicked, this, [this] { setFilter({}); });
    connect(m_saved, &QComboBox::activated, this, [this](int index) {
        const QVariant definition = m_saved->itemData(index);
        if (definition.isValid())
            setFilter(IncidentFilter::fromJson(definition.toJsonObject()));
    });
    connect(m_save, &QPushButton::clicked, this, &IncidentListPanel::saveFilter);
    connect(m_delete, &QPushButton::clicked, this, &IncidentListPanel::deleteFilter);
    connect(m_new, &QPushButton::clicked, this, &IncidentListPanel::newIncidentRequested);
    connect(m_findObservable, &QPushButton::clicked, this, &IncidentListPanel::findObservableRequested);
    connect(m_matrix, &QPushButton::clicked, this, &IncidentListPanel::priorityMatrixRequested);
    connect(m_view, &QTableView::doubleClicked, this, &IncidentListPanel::openCurrent);
    connect(header, &QHeaderView::customContextMenuRequested, this, &IncidentListPanel::showColumnMenu);
    connect(m_model, &IncidentListModel::modelReset, this, &IncidentListPanel::updateCount);
    connect(m_model, &IncidentListModel::failed, this,
            [this](const QString &message) { MessageBox::critical(this, tr("Incident List"), message); });
}

void IncidentListPanel::retranslate()
{
    m_search->setPlaceholderText(tr("Search title, summary, journal, observables, artefacts, communications…"));
    m_new->setText(tr("New Incident…"));
    m_new->setToolTip(tr("Log a new incident (%1)").arg(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I).toString(QKeySequence::NativeText)));
    m_findObservable->setText(tr("Find Observable…"));
    m_matrix->setText(tr("Priority Matrix…"));
    m_exchange->setText(tr("Exchange"));
    m_exchange->setToolTip(tr("Import incidents from CSV, JSON or MISP; export them as CSV, JSON, MISP or STIX"));
    m_assignee->setPlaceholderText(tr("Assignee"));
    m_dateRange->setText(tr("Logged between"));
    m_clear->setText(tr("Clear Filters"));
    m_saved->lineEdit()->setPlaceholderText(tr("Saved filter name"));
    m_save->setText(tr("Save Filter"));
    m_delete->setText(tr("Delete Filter"));
    fillCombos();
    updateCount();
}

void IncidentListPanel::fillCombos()
{
    const QString language = Language::current();
    const Taxonomy &tax = Taxonomy::instance();
    const IncidentFilter current = filter();
    const QSignalBlocker b1(m_status), b2(m_priority), b3(m_class), b4(m_tlp);
    m_status->clear();
    m_status->addItem(tr("All statuses"), QString());
    m_status->addItem(tr("Open"), OpenStatuses);
    for (const TaxonomyTerm &status : tax.statuses())
        m_status->addItem(status.title.in(language), status.key);
    m_priority->clear();
    m_priority->addItem(tr("All priorities"), QString());
    for (const TaxonomyTerm &priority : tax.priorities())
        m_priority->addItem(priority.title.in(language), priority.key); // "P1 – Critical"
    m_class->clear();
    m_class->addItem(tr("All classes"), QString());
    for (const RsitClass &rsit : tax.rsit())
        m_class->addItem(rsit.term.title.in(language), rsit.term.key);
    m_tlp->clear();
    m_tlp->addItem(tr("All TLP labels"), QString());
    for (const TlpLabel &label : tax.tlp())
        m_tlp->addItem(label.key, label.key);
    if (current.statuses == IncidentFilter::openStatuses())
        setCurrentData(m_status, OpenStatuses);
    else
        setCurrentData(m_status, current.statuses.value(0));
    setCurrentData(m_priority, current.priorities.value(0));
    setCurrentData(m_class, current.rsitClass);
    setCurrentData(m_tlp, current.tlp);
}

void IncidentListPanel::setSession(WorkspaceSession *session)
{
    m_session = session;
    if (!session) {
        m_model->setWorkspace(nullptr, QTimeZone::UTC);
        return;
    }
    connect(session, &WorkspaceSession::changed, this, [this](const QString &entity) {
        if (entity.startsWith(QLatin1String("incident")) || entity == QLatin1String("observable")
            || entity == QLatin1String("priority_matrix")) {
            const qint64 current = m_model->idAt(m_view->currentIndex().row());
            m_model->reload();
            select(current);
        }
        if (entity == QLatin1String("saved_filter"))
            reloadSavedFilters();
    });
    const bool writable = !session->isReadOnly();
    m_new->setEnabled(writable);
    m_save->setEnabled(writable);
    m_delete->setEnabled(writable);
    m_matrix->setEnabled(writable);
    if (QAction *import = window()->findChild<QAction *>(QStringLiteral("actionIncidentsImport")))
        import->setEnabled(writable);
    m_model->setWorkspace(&session->workspace(), WorkspaceTimeZone::read(session->workspace()));
    m_saved->setEditText(QString()); // a name typed for another workspace means nothing here
    reloadSavedFilters();
}

IncidentFilter IncidentListPanel::filter() const
{
    IncidentFilter f;
    f.text = m_search->text().trimmed();
    const QString status = m_status->currentData().toString();
    if (status == OpenStatuses)
        f.statuses = IncidentFilter::openStatuses();
    else if (!status.isEmpty())
        f.statuses = { status };
    if (const QString p = m_priority->currentData().toString(); !p.isEmpty())
        f.priorities = { p };
    f.rsitClass = m_class->currentData().toString();
    f.tlp = m_tlp->currentData().toString();
    f.assignee = m_assignee->text().trimmed();
    if (m_dateRange->isChecked()) {
        f.loggedFrom = m_from->date();
        f.loggedTo = m_to->date();
    }
    return f;
}

void IncidentListPanel::setFilter(const IncidentFilter &f)
{
    m_applying = true;
    m_search->setText(f.text);
    if (f.statuses == IncidentFilter::openStatuses())
        setCurrentData(m_status, OpenStatuses);
    else
        setCurrentData(m_status, f.statuses.value(0));
    setCurrentData(m_priority, f.priorities.value(0));
    setCurrentData(m_class, f.rsitClass);
    setCurrentData(m_tlp, f.tlp);
    m_assignee->setText(f.assignee);
    m_dateRange->setChecked(f.loggedFrom.isValid() || f.loggedTo.isValid());
    if (f.loggedFrom.isValid())
        m_from->setDate(f.loggedFrom);
    if (f.loggedTo.isValid())
        m_to->setDate(f.loggedTo);
    m_applying = false;
    apply();
}

void IncidentListPanel::apply()
{
    if (m_applying)
        return;
    m_searchTimer->stop();
    const IncidentFilter f = filter();
    if (f == m_model->filter() && m_session)
        return;
    m_view->horizontalHeader()->setSectionHidden(int(IncidentListModel::Column::Match), f.text.isEmpty());
    m_model->setFilter(f);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, int(IncidentListModel::Column::Title)));
}

void IncidentListPanel::updateCount()
{
    const int rows = m_model->rowCount();
    m_count->setText(tr("%n incident(s)", nullptr, rows));
    if (rows > 0) {
        m_stack->setCurrentWidget(m_view);
        return;
    }
    m_empty->setText(m_model->filter().isEmpty()
                         ? tr("No incidents logged yet.\nPress “New Incident…” to record the first one.")
                         : tr("No incidents match these filters.\nChange the search or press “Clear Filters”."));
    m_stack->setCurrentWidget(m_empty);
}

void IncidentListPanel::reloadSavedFilters()
{
    const QString current = m_saved->currentText();
    m_saved->clear();
    if (!m_session)
        return;
    auto list = SavedFilters(m_session->workspace()).list();
    if (!list)
        return;
    for (const auto &saved : *list)
        m_saved->addItem(saved.name, saved.filter.toJson());
    m_saved->setCurrentIndex(m_saved->findText(current));
    m_saved->setEditText(current);
}

void IncidentListPanel::saveFilter()
{
    if (!m_session)
        return;
    auto saved = SavedFilters(m_session->workspace()).save(m_saved->currentText(), filter());
    if (!saved) {
        MessageBox::critical(this, tr("Save Filter"), saved.error().message);
        return;
    }
    m_session->notifyChanged(QStringLiteral("saved_filter"));
}

void IncidentListPanel::deleteFilter()
{
    const QString name = m_saved->currentText().simplified();
    if (!m_session || name.isEmpty())
        return;
    auto removed = SavedFilters(m_session->workspace()).remove(name);
    if (!removed) {
        MessageBox::critical(this, tr("Delete Filter"), removed.error().message);
        return;
    }
    m_saved->setEditText(QString());
    m_session->notifyChanged(QStringLiteral("saved_filter"));
}

void IncidentListPanel::showColumnMenu(const QPoint &pos)
{
    QHeaderView *header = m_view->horizontalHeader();
    QMenu menu(this);
    for (int i = 0; i < m_model->columnCount(); ++i) {
        QAction *action = menu.addAction(m_model->headerData(i, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(!header->isSectionHidden(i));
        action->setEnabled(i != int(IncidentListModel::Column::Title)); // the list must keep a title
        connect(action, &QAction::toggled, header, [header, i](bool on) { header->setSectionHidden(i, !on); });
    }
    menu.exec(header->mapToGlobal(pos));
}

void IncidentListPanel::openCurrent()
{
    const qint64 id = m_model->idAt(m_view->currentIndex().row());
    if (id > 0)
        Q_EMIT openIncident(id);
}

void IncidentListPanel::select(qint64 incidentId)
{
    const int row = m_model->rowOf(incidentId);
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, int(IncidentListModel::Column::Title)));
        m_view->scrollTo(m_view->currentIndex());
    }
}

void IncidentListPanel::setExchangeActions(QAction *importAction, QAction *exportAction)
{
    auto *menu = new QMenu(m_exchange);
    menu->addAction(importAction);
    menu->addAction(exportAction);
    m_exchange->setMenu(menu);
}

void IncidentListPanel::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

bool IncidentListPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        fitTitleColumn();
    return QWidget::eventFilter(watched, event);
}

void IncidentListPanel::fitTitleColumn()
{
    QHeaderView *header = m_view->horizontalHeader();
    const int title = int(IncidentListModel::Column::Title);
    int others = 0;
    for (int i = 0; i < header->count(); ++i)
        if (i != title && !header->isSectionHidden(i))
            others += header->sectionSize(i);
    const int readable = m_view->fontMetrics().horizontalAdvance(QLatin1Char('x')) * 30;
    const int width = qMax(readable, m_view->viewport()->width() - others);
    if (header->sectionSize(title) != width)
        header->resizeSection(title, width);
}

void IncidentListPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        m_model->reload();
    }
    QWidget::changeEvent(event);
}

} // namespace csirtkit
