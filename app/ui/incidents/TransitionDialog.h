#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace csirtkit {

namespace Ui {
class TransitionDialog;
}

// Asks for the comment of a status change — required when rejecting — and, for a duplicate, the
// identifier of the original incident. Tests answer it without showing it (setNextAnswer).
class TransitionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer
    {
        QString comment;
        QString duplicateOf; // INC-… identifier
    };

    TransitionDialog(const QString &from, const QString &to, QWidget *parent = nullptr);
    ~TransitionDialog() override;

    // The user's answer, or nothing when cancelled.
    static std::optional<Answer> ask(const QString &from, const QString &to, QWidget *parent);
    static void setNextAnswer(std::optional<Answer> answer); // for tests; consumed by the next ask()
    static QString actionText(const QString &from, const QString &to); // "Start Triage", "Reject…", …
    static bool isReopen(const QString &from, const QString &to);
    // Moving forward into triage or response is one click; everything else asks for a comment.
    static bool asks(const QString &from, const QString &to);

private:
    std::unique_ptr<Ui::TransitionDialog> m_ui;
};

} // namespace csirtkit
