#pragma once

#include <QString>
#include <QWidget>

#include <optional>

namespace csirtkit {

// Asks for one text that may be long (a checklist item): a wrapping editor wide enough to read it
// whole, instead of a one-line field that cuts it off. Line breaks become spaces. Tests answer it
// without showing it (setNextAnswer).
class TextDialog
{
public:
    static std::optional<QString> ask(QWidget *parent, const QString &title, const QString &label, const QString &text = QString());
    static void setNextAnswer(std::optional<QString> answer);
    // The dialog itself, for tests and screenshots; ask() runs it.
    static QDialog *create(QWidget *parent, const QString &title, const QString &label, const QString &text);
    static QString answerOf(QDialog *dialog);
};

} // namespace csirtkit
