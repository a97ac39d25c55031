#include "incidents/TransitionDialog.h"

#include "ui_TransitionDialog.h"

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
    : QDialog(parent), m_ui(std::make_unique<Ui::TransitionDialog>())
{
    m_ui->setupUi(this);
    QString prompt = tr("Comment for the journal (optional):");
    if (to == QLatin1String("rejected"))
        prompt = tr("Why is this not an incident, or out of scope? (required)");
    else if (to == QLatin1String("resolved"))
        prompt = tr("How was the incident resolved?");
    else if (isReopen(from, to))
        prompt = tr("Why is the incident reopened?");
    m_ui->promptLabel->setText(prompt);
    m_ui->formLayout->setRowVisible(m_ui->duplicateOfLineEdit, to == QLatin1String("duplicate"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(actionText(from, to).remove(QStringLiteral("…")));
}

TransitionDialog::~TransitionDialog() = default;

std::optional<TransitionDialog::Answer> TransitionDialog::ask(const QString &from, const QString &to, QWidget *parent)
{
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return std::exchange(s_nextAnswer, std::nullopt);
    }
    TransitionDialog dialog(from, to, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return Answer { dialog.m_ui->transitionCommentEdit->toPlainText().trimmed(),
                    dialog.m_ui->duplicateOfLineEdit->text().trimmed() };
}

void TransitionDialog::setNextAnswer(std::optional<Answer> answer)
{
    s_hasNextAnswer = true;
    s_nextAnswer = std::move(answer);
}

} // namespace csirtkit
