#pragma once

#include "team/TeamTypes.h"

#include <QDialog>

#include <memory>

namespace Ui {
class PersonDialog;
}

namespace csirtkit {

class WorkspaceSession;

// Adds or edits one person of the register: details, skills against the catalogue and absences. A bad
// field gets its message beside it and nothing is saved; OK saves everything as one undoable edit.
class PersonDialog : public QDialog
{
    Q_OBJECT

public:
    PersonDialog(WorkspaceSession *session, const Person &person, QWidget *parent = nullptr);
    ~PersonDialog() override;

    Person person() const; // as the fields say now
    void setField(const QString &field, const QString &value); // tests and imports: by column name
    void setSkill(const QString &skill, int level);
    void addAbsence(QDate from, QDate to, const QString &reason);
    // Validates and saves; false (with the messages shown) when something is wrong.
    bool save();
    QString errorText() const;
    qint64 savedId() const { return m_id; }

    void accept() override;

private:
    void fill(const Person &person);
    void fillAbsences();
    bool showProblems(const QString &startDateProblem);

    std::unique_ptr<::Ui::PersonDialog> m_ui;
    WorkspaceSession *m_session;
    qint64 m_id = 0;
    bool m_active = true;
    QList<Absence> m_absences;   // shown; id 0 = added in this dialog
    QList<qint64> m_removedAbsences;
};

} // namespace csirtkit
