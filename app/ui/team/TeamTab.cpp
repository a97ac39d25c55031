#include "team/TeamTab.h"

#include "workspace/WorkspaceSession.h"

#include <QLabel>

namespace csirtkit {

void TeamTab::setSession(WorkspaceSession *session)
{
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_session = session;
    if (!session)
        return;
    connect(session, &WorkspaceSession::changed, this, [this](const QString &entity) {
        static const QStringList relevant = { QStringLiteral("team"), QStringLiteral("org_model_choice"),
                                              QStringLiteral("incident"), QStringLiteral("incident_task") };
        if (relevant.contains(entity))
            reloadWhenShown();
    });
    reloadWhenShown();
}

void TeamTab::reloadWhenShown()
{
    m_stale = !isVisible();
    if (!m_stale)
        reload();
}

void TeamTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale) {
        m_stale = false;
        reload();
    }
}

void TeamTab::setErrorLabel(QLabel *label)
{
    m_errorLabel = label;
    label->setStyleSheet(QStringLiteral("color: #d93025; font-weight: bold;"));
    label->setTextFormat(Qt::PlainText);
    label->hide();
}

void TeamTab::showError(const QString &message)
{
    if (!m_errorLabel)
        return;
    m_errorLabel->setText(message);
    m_errorLabel->setVisible(!message.isEmpty());
}

QString TeamTab::errorText() const
{
    return m_errorLabel && m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

} // namespace csirtkit
