#include "incidents/TransitionDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

namespace csirtkit {

namespace {

bool s_hasNextAnswer = false;
std::optional<TransitionDialog::Answer> s_nextAnswer;

} // namespace

bool TransitionDialog::isReopen(const QString &from, const QString &to)
{
    return (to == QLatin1String("response") && from != QLatin1String("triage"))
        || (to == QLatin1String("triage") && from != QLatin1String("new"));
}

bool TransitionDialog::asks(const QString &from, const QString &to)
{
    return isReopen(from, to) || (to != QLatin1String("triage") && to != QLatin1String("response"));
}

QString TransitionDialog::actionText(const QString &from, const QString &to)
{
    if (isReopen(from, to))
        return tr("Reopen…");
    if (to == QLatin1String("triage"))
        return tr("Start Triage");
    if (to == QLatin1String("response"))
        return tr("Start Response");
    if (to == QLatin1String("resolved"))
        return tr("Resolve…");
    if (to == QLatin1String("closed"))
        return tr("Close…");
    if (to == QLatin1String("rejected"))
        return tr("Reject…");
    if (to == QLatin1String("duplicate"))
        return tr("Mark as Duplicate…");
    return to;
}

TransitionDialog::TransitionDialog(const QString &from, const QString &to, QWidget *parent)
    : QDialog(parent), m_comment(new QPlainTextEdit(this)), m_duplicateOf(new QLineEdit(this))
{
    setWindowTitle(tr("Change Status"));
    auto *form = new QFormLayout(this);
    QString prompt = tr("Comment for the journal (optional):");
    if (to == QLatin1String("rejected"))
        prompt = tr("Why is this not an incident, or out of scope? (required)");
    else if (to == QLatin1String("resolved"))
        prompt = tr("How was the incident resolved?");
    else if (isReopen(from, to))
        prompt = tr("Why is the incident reopened?");
    auto *label = new QLabel(prompt, this);
    label->setWordWrap(true);
    form->addRow(label);
    m_comment->setObjectName(QStringLiteral("transitionCommentEdit"));
    m_comment->setTabChangesFocus(true);
    form->addRow(m_comment);
    m_duplicateOf->setObjectName(QStringLiteral("duplicateOfLineEdit"));
    m_duplicateOf->setPlaceholderText(QStringLiteral("INC-2026-0001"));
    if (to == QLatin1String("duplicate"))
        form->addRow(tr("Duplicate of:"), m_duplicateOf);
    else
        m_duplicateOf->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(actionText(from, to).remove(QStringLiteral("…")));
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(460, 260);
}

std::optional<TransitionDialog::Answer> TransitionDialog::ask(const QString &from, const QString &to, QWidget *parent)
{
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return std::exchange(s_nextAnswer, std::nullopt);
    }
    TransitionDialog dialog(from, to, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Answer { dialog.m_comment->toPlainText().trimmed(), dialog.m_duplicateOf->text().trimmed() };
}

void TransitionDialog::setNextAnswer(std::optional<Answer> answer)
{
    s_hasNextAnswer = true;
    s_nextAnswer = std::move(answer);
}

} // namespace csirtkit
