#include "incidents/IncidentsPage.h"

#include "exchange/ExportIncidentsDialog.h"
#include "exchange/ImportIncidentsDialog.h"
#include "incidents/IncidentListModel.h"
#include "incidents/IncidentListPanel.h"
#include "incidents/IncidentView.h"
#include "incidents/NewIncidentDialog.h"
#include "incidents/ObservableSearchDialog.h"
#include "incidents/PriorityMatrixDialog.h"
#include "workspace/WorkspaceSession.h"

#include <QAction>
#include <QEvent>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace csirtkit {

IncidentsPage::IncidentsPage(QWidget *parent)
    : Page(parent), m_stack(new QStackedWidget(this)), m_list(new IncidentListPanel(this)), m_view(new IncidentView(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    m_stack->addWidget(m_list);
    m_stack->addWidget(m_view);
    connect(m_list, &IncidentListPanel::openIncident, this, &IncidentsPage::openIncident);
    connect(m_list, &IncidentListPanel::newIncidentRequested, this, &IncidentsPage::newIncident);
    connect(m_list, &IncidentListPanel::findObservableRequested, this, &IncidentsPage::findObservable);
    connect(m_list, &IncidentListPanel::priorityMatrixRequested, this, &IncidentsPage::editPriorityMatrix);
    connect(m_view, &IncidentView::backRequested, this, &IncidentsPage::showList);
    connect(m_view, &IncidentView::openIncident, this, &IncidentsPage::openIncident);

    auto *newAction = new QAction(this);
    newAction->setObjectName(QStringLiteral("actionIncidentNew"));
    newAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, this, &IncidentsPage::newIncident);
    addAction(newAction);
    auto *find = new QAction(this);
    find->setObjectName(QStringLiteral("actionIncidentSearch"));
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, [this] {
        showList();
        m_list->focusSearch();
    });
    addAction(find);
    auto *back = new QAction(this);
    back->setObjectName(QStringLiteral("actionIncidentBack"));
    back->setShortcuts({ QKeySequence(Qt::ALT | Qt::Key_Left), QKeySequence(Qt::Key_Escape) });
    back->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(back, &QAction::triggered, this, [this] {
        if (m_stack->currentWidget() == m_view)
            showList();
    });
    m_view->addAction(back);

    // In the File menu (MainWindow picks them up by name) and the list's Exchange button.
    auto *exportAction = new QAction(this);
    exportAction->setObjectName(QStringLiteral("actionIncidentsExport"));
    connect(exportAction, &QAction::triggered, this, &IncidentsPage::exportIncidents);
    auto *importAction = new QAction(this);
    importAction->setObjectName(QStringLiteral("actionIncidentsImport"));
    connect(importAction, &QAction::triggered, this, &IncidentsPage::importIncidents);
    m_list->setExchangeActions(importAction, exportAction);
    retranslate();
}

void IncidentsPage::retranslate()
{
    if (auto *a = findChild<QAction *>(QStringLiteral("actionIncidentsExport")))
        a->setText(tr("Export &Incidents…"));
    if (auto *a = findChild<QAction *>(QStringLiteral("actionIncidentsImport")))
        a->setText(tr("&Import Incidents…"));
    if (auto *a = findChild<QAction *>(QStringLiteral("actionIncidentNew")))
        a->setText(tr("New Incident…"));
    if (auto *a = findChild<QAction *>(QStringLiteral("actionIncidentSearch")))
        a->setText(tr("Search the incidents"));
}

void IncidentsPage::exportIncidents()
{
    if (!m_session)
        return;
    auto *dialog = new ExportIncidentsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QList<qint64> listed;
    for (int row = 0; row < m_list->model()->rowCount(); ++row)
        listed << m_list->model()->idAt(row);
    dialog->setChoices(listed, m_stack->currentWidget() == m_view ? m_view->incidentId() : 0);
    dialog->open();
}

void IncidentsPage::importIncidents()
{
    if (!m_session || m_session->isReadOnly())
        return;
    auto *dialog = new ImportIncidentsDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

IncidentsPage::~IncidentsPage() = default;

void IncidentsPage::setSession(WorkspaceSession *session)
{
    m_session = session;
    m_list->setSession(session);
    m_view->setSession(session);
    showList();
}

void IncidentsPage::openIncident(qint64 incidentId)
{
    if (!m_session || incidentId <= 0)
        return;
    m_view->setIncident(incidentId);
    m_stack->setCurrentWidget(m_view);
    m_view->setFocus();
}

void IncidentsPage::showList()
{
    const qint64 shown = m_view->incidentId();
    m_stack->setCurrentWidget(m_list);
    if (shown)
        m_list->select(shown);
    m_list->view()->setFocus();
}

void IncidentsPage::newIncident()
{
    if (!m_session || m_session->isReadOnly())
        return;
    auto *dialog = new NewIncidentDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { openIncident(dialog->createdId()); });
    dialog->open();
}

void IncidentsPage::findObservable()
{
    if (!m_session)
        return;
    auto *dialog = new ObservableSearchDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ObservableSearchDialog::openIncident, this, &IncidentsPage::openIncident);
    static_cast<QDialog *>(dialog)->open();
}

void IncidentsPage::editPriorityMatrix()
{
    if (!m_session)
        return;
    auto *dialog = new PriorityMatrixDialog(m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void IncidentsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
    }
    Page::changeEvent(event);
}

} // namespace csirtkit
