#include "incidents/IncidentsPage.h"

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
    if (event->type() == QEvent::LanguageChange)
        Q_EMIT titleChanged();
    Page::changeEvent(event);
}

} // namespace csirtkit
