#include "team/TeamTab.h"

#include <QLabel>

namespace csirtkit {

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
