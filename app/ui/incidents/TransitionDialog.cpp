#include "incidents/TransitionDialog.h"

#include "ui_TransitionDialog.h"

#include "incidents/ResolveCheck.h"

#include <QCheckBox>
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

TransitionDialog::TransitionDialog(const QString &from, const QString &to, const std::optional<Readiness> &readiness,
                                   QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::TransitionDialog>()), m_to(to), m_readiness(readiness)
{
    m_ui->setupUi(this);
    QString prompt = tr("Comment for the journal (optional):");
    if (to == QLatin1String("rejected"))
        prompt = tr("Why is this not an incident, or out of scope? (required)");
    else if (to == QLatin1String("resolved"))
        prompt = tr("How was the incident resolved? (optional)");
    else if (isReopen(from, to))
        prompt = tr("Why is the incident reopened?");
    m_prompt = prompt;
    m_ui->formLayout->setRowVisible(m_ui->duplicateOfLineEdit, to == QLatin1String("duplicate"));
    const bool checked = readiness.has_value();
    m_ui->formLayout->setRowVisible(m_ui->lessonsLabel, checked);
    m_ui->formLayout->setRowVisible(m_ui->lessonsEdit, checked);
    if (checked)
        m_ui->lessonsEdit->setPlainText(readiness->lessons);
    m_ui->anywayCheckBox->setText(to == QLatin1String("closed") ? tr("Close anyway — say why below; it is written to the journal")
                                                                 : tr("Resolve anyway — say why below; it is written to the journal"));
    m_ui->openItemsLabel->setStyleSheet(QStringLiteral("color: #d35400;"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(actionText(from, to).remove(QStringLiteral("…")));
    connect(m_ui->lessonsEdit, &QPlainTextEdit::textChanged, this, &TransitionDialog::update);
    connect(m_ui->transitionCommentEdit, &QPlainTextEdit::textChanged, this, &TransitionDialog::update);
    connect(m_ui->anywayCheckBox, &QCheckBox::toggled, this, &TransitionDialog::update);
    update();
    resize(width(), sizeHint().height());
}

TransitionDialog::~TransitionDialog() = default;

void TransitionDialog::update()
{
    // What is still open (the lessons learned count until written here), and whether the step may be taken.
    const QStringList open = m_readiness ? ResolveCheck::stillOpen(m_readiness->openItems, m_ui->lessonsEdit->toPlainText())
                                         : QStringList();
    m_ui->formLayout->setRowVisible(m_ui->openItemsLabel, !open.isEmpty());
    m_ui->formLayout->setRowVisible(m_ui->anywayCheckBox, !open.isEmpty());
    m_ui->openItemsLabel->setText(tr("Still open:") + QStringLiteral("\n• ") + open.join(QStringLiteral("\n• ")));
    const bool reasonRequired = !open.isEmpty() && m_ui->anywayCheckBox->isChecked();
    m_ui->promptLabel->setText(reasonRequired ? tr("Why go on with these items still open? (required, written to the journal)")
                                              : m_prompt);
    const bool comment = !m_ui->transitionCommentEdit->toPlainText().trimmed().isEmpty();
    bool ok = open.isEmpty() || (m_ui->anywayCheckBox->isChecked() && comment);
    if (m_to == QLatin1String("rejected"))
        ok = ok && comment;
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(ok);
}

TransitionDialog::Answer TransitionDialog::answer() const
{
    Answer a { m_ui->transitionCommentEdit->toPlainText().trimmed(), m_ui->duplicateOfLineEdit->text().trimmed(),
               m_ui->anywayCheckBox->isChecked() && m_ui->anywayCheckBox->isVisibleTo(this), std::nullopt };
    if (m_readiness)
        a.lessons = m_ui->lessonsEdit->toPlainText();
    return a;
}

std::optional<TransitionDialog::Answer> TransitionDialog::ask(const QString &from, const QString &to,
                                                              const std::optional<Readiness> &readiness, QWidget *parent)
{
    if (s_hasNextAnswer) {
        s_hasNextAnswer = false;
        return std::exchange(s_nextAnswer, std::nullopt);
    }
    TransitionDialog dialog(from, to, readiness, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.answer();
}

void TransitionDialog::setNextAnswer(std::optional<Answer> answer)
{
    s_hasNextAnswer = true;
    s_nextAnswer = std::move(answer);
}

} // namespace csirtkit
