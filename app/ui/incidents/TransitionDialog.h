#pragma once

#include <QDialog>

#include <memory>
#include <optional>

namespace csirtkit {

namespace Ui {
class TransitionDialog;
}

// Asks for the comment of a status change — optional, required when rejecting — and, for a
// duplicate, the identifier of the original incident. Resolving and closing first show what is
// still open (ResolveCheck) and ask for the lessons learned; with items open the step needs "do it
// anyway" and a reason, which is journaled. Tests answer it without showing it (setNextAnswer).
class TransitionDialog : public QDialog
{
    Q_OBJECT

public:
    struct Answer
    {
        QString comment;
        QString duplicateOf; // INC-… identifier
        bool anyway = false; // taken although items are open (the comment says why)
        std::optional<QString> lessons = std::nullopt; // the lessons learned, when they were asked for
    };
    // What is still open, shown before resolving or closing; `lessons` pre-fills their editor.
    struct Readiness
    {
        QStringList openItems;
        QString lessons;
    };

    TransitionDialog(const QString &from, const QString &to, const std::optional<Readiness> &readiness = std::nullopt,
                     QWidget *parent = nullptr);
    ~TransitionDialog() override;

    // The user's answer, or nothing when cancelled.
    static std::optional<Answer> ask(const QString &from, const QString &to, const std::optional<Readiness> &readiness,
                                     QWidget *parent);
    Answer answer() const;
    static void setNextAnswer(std::optional<Answer> answer); // for tests; consumed by the next ask()
    static QString actionText(const QString &from, const QString &to); // "Start Triage", "Reject…", …
    static bool isReopen(const QString &from, const QString &to);

private:
    void update();

    std::unique_ptr<Ui::TransitionDialog> m_ui;
    QString m_to;
    QString m_prompt; // for the comment, unless a reason is required to go on with items open
    std::optional<Readiness> m_readiness;
};

} // namespace csirtkit
