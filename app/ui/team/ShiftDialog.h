#pragma once

#include "common/Result.h"
#include "team/RotaPlanner.h"

#include <QDialog>

#include <memory>
#include <optional>

class QComboBox;

namespace Ui {
class ShiftDialog;
}

namespace csirtkit {

class WorkspaceSession;
struct Person;

// Edits one shift of the on-call rota: its primary and secondary (a hand edit, which needs who agreed
// to it) and its handover note, as one undoable edit. The people eligible for the rota come first in
// the lists, then the other active people, then "Nobody". A refusal is shown in the dialog, which stays
// open. Tests set the values with setValues() and call accept() without showing it.
class ShiftDialog : public QDialog
{
    Q_OBJECT

public:
    // `people`: everyone in the register (inactive people are offered only when the shift names them).
    ShiftDialog(WorkspaceSession *session, const RotaShift &shift, const QString &handover,
                const QList<RotaPerson> &eligible, const QList<Person> &people, QWidget *parent = nullptr);
    ~ShiftDialog() override;

    void setValues(qint64 primary, qint64 secondary, const QString &agreedBy, const QString &handover);
    RotaShift shift() const; // the shift with the chosen people
    QString agreedBy() const;
    QString handover() const;
    bool peopleChanged() const;
    QString errorText() const;

    void accept() override;

    // Stores `changed` (its people, as a hand edit with who agreed, when they differ from `current`) and
    // its handover note (when it differs from `currentHandover`) in one TeamEditCommand.
    static Result<void> write(WorkspaceSession *session, const RotaShift &current, const QString &currentHandover,
                              const RotaShift &changed, const QString &agreedBy, const QString &handover);
    // Exchanges the primaries of two shifts, stored as hand edits with who agreed, in one TeamEditCommand.
    static Result<void> swap(WorkspaceSession *session, RotaShift first, RotaShift second, const QString &agreedBy);
    // "2026-01-05 – 2026-01-11 · 1 holiday" (weekend days are named for periods shorter than a week);
    // `details`: the weekend days and each public holiday ("2026-01-12 Coming of Age Day"), one a line.
    static QString periodText(const RotaShift &shift, QString *details = nullptr);
    // Asks who agreed to a swap; nothing when cancelled.
    static std::optional<QString> askAgreedBy(QWidget *parent);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill(QComboBox *combo, const QList<RotaPerson> &eligible, const QList<RotaPerson> &others, qint64 current);
    void retranslate();
    void showError(const QString &message);

    std::unique_ptr<::Ui::ShiftDialog> m_ui;
    WorkspaceSession *m_session;
    RotaShift m_shift;
    QString m_handover;
};

} // namespace csirtkit
