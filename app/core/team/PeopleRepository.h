#pragma once

#include "common/Result.h"
#include "team/TeamTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace csirtkit {

class Workspace;

// The people register: people with their skills and absences. Every write validates first
// (PersonValidator) and runs in one transaction. A person whom roles or rota duties name is deleted only
// with a replacement, one named in the incident log not at all; marking them inactive keeps the records.
class PeopleRepository
{
    Q_DECLARE_TR_FUNCTIONS(PeopleRepository)

public:
    explicit PeopleRepository(Workspace &workspace) : m_workspace(workspace) { }

    Result<QList<Person>> people(bool includeInactive = true) const;
    Result<Person> person(qint64 id) const;
    // Validates and stores a new person; returns the id. A second person with the same e-mail is refused.
    Result<qint64> add(const Person &person);
    Result<void> update(const Person &person);
    Result<void> setActive(qint64 id, bool active);
    // What names this person, one sentence per kind of record; empty when nothing does.
    Result<QStringList> references(qint64 id) const;
    // Deletes a person. When roles or rota duties name them, `replacement` takes those over; without one
    // the delete is refused. A person who owns incidents or tasks is never deleted (mark them inactive).
    Result<void> remove(qint64 id, qint64 replacement = 0);
    // Adds every person or none (a bad row refuses the whole import, reported by row number from 1).
    Result<int> addAll(const QList<Person> &people);

    struct Workload
    {
        int incidents = 0; // open incidents (new, triage, response) the person owns
        int tasks = 0;     // tasks not done of open incidents
    };
    // Open incidents and tasks per name (the incident log names owners by their name).
    Result<QHash<QString, Workload>> workload() const;

    Result<QList<Absence>> absences(qint64 person = 0) const;
    Result<qint64> addAbsence(const Absence &absence);
    Result<void> removeAbsence(qint64 id);

    static Result<qint64> addIn(QSqlDatabase &db, const Person &person);
    static QString problemsText(const QList<struct FieldProblem> &problems);

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
