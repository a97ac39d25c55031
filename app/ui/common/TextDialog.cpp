#include "common/TextDialog.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace csirtkit {

namespace {

bool s_hasNext = false;
std::optional<QString> s_next;

} // namespace

QDialog *TextDialog::create(QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    auto *dialog = new QDialog(parent);
    dialog->setObjectName(QStringLiteral("textDialog"));
    dialog->setWindowTitle(title);
    auto *layout = new QVBoxLayout(dialog);
    auto *prompt = new QLabel(label, dialog);
    prompt->setTextFormat(Qt::PlainText);
    prompt->setWordWrap(true);
    auto *edit = new QPlainTextEdit(text, dialog);
    edit->setObjectName(QStringLiteral("textDialogEdit"));
    edit->setTabChangesFocus(true);
    edit->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    prompt->setBuddy(edit);
    layout->addWidget(prompt);
    layout->addWidget(edit, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    const int lineHeight = edit->fontMetrics().lineSpacing();
    dialog->resize(qMax(520, edit->fontMetrics().averageCharWidth() * 70), lineHeight * 6 + 120);
    edit->moveCursor(QTextCursor::End);
    edit->setFocus();
    return dialog;
}

QString TextDialog::answerOf(QDialog *dialog)
{
    static const QRegularExpression breaks(QStringLiteral("\\s*[\\r\\n]+\\s*"));
    const auto *edit = dialog->findChild<QPlainTextEdit *>(QStringLiteral("textDialogEdit"));
    return edit ? edit->toPlainText().replace(breaks, QStringLiteral(" ")).trimmed() : QString();
}

std::optional<QString> TextDialog::ask(QWidget *parent, const QString &title, const QString &label, const QString &text)
{
    if (s_hasNext) {
        s_hasNext = false;
        return std::exchange(s_next, std::nullopt);
    }
    std::unique_ptr<QDialog> dialog(create(parent, title, label, text));
    if (dialog->exec() != QDialog::Accepted)
        return std::nullopt;
    return answerOf(dialog.get());
}

void TextDialog::setNextAnswer(std::optional<QString> answer)
{
    s_hasNext = true;
    s_next = std::move(answer);
}

} // namespace csirtkit
