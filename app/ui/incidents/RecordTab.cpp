#include "incidents/RecordTab.h"

#include "common/MessageBox.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QEvent>
#include <QTreeWidget>

namespace csirtkit {

void RecordTab::setIncident(WorkspaceSession *session, qint64 incidentId)
{
    const bool other = session != m_session || incidentId != m_incidentId;
    m_session = session;
    m_incidentId = incidentId;
    m_zone = WorkspaceTimeZone::read(session->workspace());
    if (other)
        startIncident();
    reload();
}

void RecordTab::reload()
{
    const QString before = title();
    showRecords();
    if (title() != before)
        Q_EMIT titleChanged();
}

void RecordTab::showRecords()
{
    if (!m_session)
        return;
    if (auto shown = refresh(); !shown)
        showError(recordsName(), shown.error().message);
    updateButtons();
}

void RecordTab::saved()
{
    reload();
    m_session->notifyChanged(QStringLiteral("incident"));
}

bool RecordTab::writable() const
{
    return m_session && !m_session->isReadOnly();
}

bool RecordTab::confirm(const QString &action, const QString &question)
{
    return MessageBox::question(this, action, question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes;
}

void RecordTab::showError(const QString &action, const QString &message)
{
    MessageBox::critical(this, action, message);
}

qint64 RecordTab::selectedId(const QTreeWidget *view)
{
    const QTreeWidgetItem *current = view->currentItem();
    return current && current->isSelected() ? current->data(0, Qt::UserRole).toLongLong() : 0;
}

void RecordTab::selectId(QTreeWidget *view, qint64 id)
{
    for (int i = 0; i < view->topLevelItemCount(); ++i)
        if (view->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == id)
            return view->setCurrentItem(view->topLevelItem(i));
}

void RecordTab::changeEvent(QEvent *event)
{
    IncidentTab::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        showRecords();
        Q_EMIT titleChanged(); // once: the title's words changed
    }
}

} // namespace csirtkit
