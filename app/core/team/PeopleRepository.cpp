#include "team/PeopleRepository.h"

#include "team/PersonValidator.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

namespace csirtkit {

namespace {

const QString Columns = QStringLiteral("name, department, job_title, membership, share, email, phone_office, phone_mobile, "
                                       "phone_24h, pgp, languages, time_zone, start_date, notes, active");

QVariantList bindings(const Person &p)
{
    return { p.name, p.department, p.jobTitle, p.membership, p.share, p.email, p.phoneOffice, p.phoneMobile,
             p.phone24h, p.pgp, p.languages, p.timeZone,
             p.startDate.isValid() ? p.startDate.toString(Qt::ISODate) : QStringLiteral(""), p.notes,
             p.active ? 1 : 0 };
}

Person fromQuery(const QSqlQuery &q)
{
    Person p;
    p.id = q.value(0).toLongLong();
    p.name = q.value(1).toString();
    p.department = q.value(2).toString();
    p.jobTitle = q.value(3).toString();
    p.membership = q.value(4).toString();
    p.share = q.value(5).toInt();
    p.email = q.value(6).toString();
    p.phoneOffice = q.value(7).toString();
    p.phoneMobile = q.value(8).toString();
    p.phone24h = q.value(9).toString();
    p.pgp = q.value(10).toString();
    p.languages = q.value(11).toString();
    p.timeZone = q.value(12).toString();
    p.startDate = QDate::fromString(q.value(13).toString(), Qt::ISODate);
    p.notes = q.value(14).toString();
    p.active = q.value(15).toBool();
    return p;
}

Result<void> writeSkills(QSqlDatabase &db, qint64 id, const QHash<QString, int> &skills)
{
    if (auto r = sql::ok(sql::exec(db, QStringLiteral("DELETE FROM person_skill WHERE person = ?"), { id })); !r)
        return r;
    for (auto it = skills.cbegin(); it != skills.cend(); ++it)
        if (auto r = sql::ok(sql::exec(db, QStringLiteral("INSERT INTO person_skill (person, skill, level) VALUES (?, ?, ?)"),
                                       { id, it.key(), it.value() }));
            !r)
            return r;
    return {};
}

Result<void> checkEmailFree(const QSqlDatabase &db, const Person &p)
{
    if (p.email.isEmpty())
        return {};
    auto other = sql::scalar(db, QStringLiteral("SELECT name FROM person WHERE lower(email) = lower(?) AND id <> ?"),
                             { p.email, p.id });
    if (!other)
        return other.error();
    if (!other->isNull())
        return makeError(ErrorCode::Invalid, PeopleRepository::tr("%1 already uses the e-mail address %2; each person needs their own.")
                                                 .arg(other->toString(), p.email));
    return {};
}

} // namespace

QString PeopleRepository::problemsText(const QList<FieldProblem> &problems)
{
    QStringList lines;
    for (const FieldProblem &p : problems)
        lines << p.message;
    return lines.join(u'\n');
}

Result<QList<Person>> PeopleRepository::people(bool includeInactive) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT id, %1 FROM person %2 ORDER BY name COLLATE NOCASE, id")
                                             .arg(Columns, includeInactive ? QString() : QStringLiteral("WHERE active = 1")));
    if (!q)
        return q.error();
    QList<Person> list;
    QHash<qint64, qsizetype> index;
    while (q->next()) {
        index.insert(q->value(0).toLongLong(), list.size());
        list.append(fromQuery(*q));
    }
    auto skills = sql::exec(m_workspace.db(), QStringLiteral("SELECT person, skill, level FROM person_skill"));
    if (!skills)
        return skills.error();
    while (skills->next())
        if (auto it = index.constFind(skills->value(0).toLongLong()); it != index.cend())
            list[*it].skills.insert(skills->value(1).toString(), skills->value(2).toInt());
    return list;
}

Result<Person> PeopleRepository::person(qint64 id) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT id, %1 FROM person WHERE id = ?").arg(Columns), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("The person no longer exists in this workspace."));
    Person p = fromQuery(*q);
    auto skills = sql::exec(m_workspace.db(), QStringLiteral("SELECT skill, level FROM person_skill WHERE person = ?"), { id });
    if (!skills)
        return skills.error();
    while (skills->next())
        p.skills.insert(skills->value(0).toString(), skills->value(1).toInt());
    return p;
}

Result<qint64> PeopleRepository::addIn(QSqlDatabase &db, const Person &given)
{
    const Person p = PersonValidator::normalised(given);
    if (const auto problems = PersonValidator::problems(p); !problems.isEmpty())
        return makeError(ErrorCode::Invalid, problemsText(problems));
    Person unsaved = p;
    unsaved.id = 0;
    if (auto free = checkEmailFree(db, unsaved); !free)
        return free.error();
    QVariantList values = bindings(p);
    QString columns = Columns;
    QString marks = QStringLiteral("?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?");
    if (given.id > 0) { // restoring a person (undo) keeps their id
        columns.prepend(QStringLiteral("id, "));
        marks.prepend(QStringLiteral("?, "));
        values.prepend(given.id);
    }
    auto id = sql::insert(db, QStringLiteral("INSERT INTO person (%1) VALUES (%2)").arg(columns, marks), values);
    if (!id)
        return id.error();
    if (auto s = writeSkills(db, *id, p.skills); !s)
        return s.error();
    return *id;
}

Result<qint64> PeopleRepository::add(const Person &person)
{
    return m_workspace.insert(QStringLiteral("person"), QStringLiteral("added"),
                              [&](QSqlDatabase &db) { return addIn(db, person); });
}

Result<int> PeopleRepository::addAll(const QList<Person> &list)
{
    int row = 0;
    auto written = m_workspace.write(QStringLiteral("person"), QStringLiteral("imported"), [&](QSqlDatabase &db) -> Result<void> {
        for (const Person &p : list) {
            ++row;
            if (auto id = addIn(db, p); !id)
                return makeError(id.error().code, tr("Row %1 (%2): %3").arg(row).arg(p.name, id.error().message));
        }
        return {};
    });
    if (!written)
        return written.error();
    return int(list.size());
}

Result<void> PeopleRepository::update(const Person &given)
{
    const Person p = PersonValidator::normalised(given);
    if (const auto problems = PersonValidator::problems(p); !problems.isEmpty())
        return makeError(ErrorCode::Invalid, problemsText(problems));
    return m_workspace.write(QStringLiteral("person"), QStringLiteral("changed"), [&](QSqlDatabase &db) -> Result<void> {
        if (auto free = checkEmailFree(db, p); !free)
            return free;
        QStringList sets;
        for (const QString &c : Columns.split(QStringLiteral(", ")))
            sets << c + QStringLiteral(" = ?");
        QVariantList values = bindings(p);
        values << p.id;
        auto q = sql::exec(db, QStringLiteral("UPDATE person SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))), values);
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("The person no longer exists in this workspace."));
        return writeSkills(db, p.id, p.skills);
    });
}

Result<void> PeopleRepository::setActive(qint64 id, bool active)
{
    return m_workspace.write(QStringLiteral("person"), QStringLiteral("active"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE person SET active = ? WHERE id = ?"), { active ? 1 : 0, id }));
    });
}

Result<QStringList> PeopleRepository::references(qint64 id) const
{
    auto p = person(id);
    if (!p)
        return p.error();
    const QSqlDatabase db = m_workspace.db();
    auto count = [&](const QString &statement, const QVariantList &values) -> Result<int> {
        auto n = sql::scalar(db, statement, values);
        if (!n)
            return n.error();
        return n->toInt();
    };
    auto roles = count(QStringLiteral("SELECT count(*) FROM role_assignment WHERE person = ?"), { id });
    auto duties = count(QStringLiteral("SELECT count(*) FROM rota_shift WHERE primary_person = ? OR secondary_person = ?"), { id, id });
    auto incidents = count(QStringLiteral("SELECT count(*) FROM incident WHERE assignee = ?"), { p->name });
    auto tasks = count(QStringLiteral("SELECT count(*) FROM incident_task WHERE owner = ?"), { p->name });
    for (const auto *r : { &roles, &duties, &incidents, &tasks })
        if (!*r)
            return r->error();
    QStringList sentences;
    if (*roles > 0)
        sentences << tr("%1 holds or deputises for %n role(s).", nullptr, *roles).arg(p->name);
    if (*duties > 0)
        sentences << tr("%1 is on %n rota duty(s).", nullptr, *duties).arg(p->name);
    if (*incidents > 0)
        sentences << tr("%1 owns %n incident(s).", nullptr, *incidents).arg(p->name);
    if (*tasks > 0)
        sentences << tr("%1 owns %n incident task(s).", nullptr, *tasks).arg(p->name);
    return sentences;
}

Result<void> PeopleRepository::remove(qint64 id, qint64 replacement)
{
    auto p = person(id);
    if (!p)
        return p.error();
    // Incidents and their tasks change only through the incident log, which journals and seals every
    // change; a person named there stays in the register (inactive) until the log is reassigned.
    auto owned = sql::scalar(m_workspace.db(),
                             QStringLiteral("SELECT (SELECT count(*) FROM incident WHERE assignee = ?) + "
                                            "(SELECT count(*) FROM incident_task WHERE owner = ?)"),
                             { p->name, p->name });
    if (!owned)
        return owned.error();
    if (owned->toInt() > 0)
        return makeError(ErrorCode::Invalid, tr("%1 owns incidents or tasks in the incident log and cannot be deleted. Hand them to "
                                                "someone else there, or mark %1 inactive: the records keep the name.")
                                                 .arg(p->name));
    auto refs = references(id);
    if (!refs)
        return refs.error();
    if (!refs->isEmpty() && replacement <= 0)
        return makeError(ErrorCode::Invalid, tr("%1 cannot be deleted while records name them: %2 Choose a person to take over, "
                                                "or mark %1 inactive instead.")
                                                 .arg(p->name, refs->join(u' ')));
    if (replacement == id)
        return makeError(ErrorCode::Invalid, tr("Choose someone else to take over from %1.").arg(p->name));
    if (replacement > 0)
        if (auto other = person(replacement); !other)
            return other.error();
    return m_workspace.write(QStringLiteral("person"), QStringLiteral("deleted"), [&](QSqlDatabase &db) -> Result<void> {
        if (replacement > 0) {
            const QList<std::pair<QString, QVariantList>> moves = {
                // The replacement may already have the same assignment: keep theirs and drop the leaver's.
                { QStringLiteral("DELETE FROM role_assignment WHERE person = ? AND EXISTS (SELECT 1 FROM role_assignment r "
                                 "WHERE r.role = role_assignment.role AND r.kind = role_assignment.kind AND r.person = ?)"),
                  { id, replacement } },
                { QStringLiteral("UPDATE role_assignment SET person = ? WHERE person = ?"), { replacement, id } },
                { QStringLiteral("UPDATE rota_shift SET primary_person = ? WHERE primary_person = ?"), { replacement, id } },
                { QStringLiteral("UPDATE rota_shift SET secondary_person = ? WHERE secondary_person = ?"), { replacement, id } },
            };
            for (const auto &[statement, values] : moves)
                if (auto r = sql::ok(sql::exec(db, statement, values)); !r)
                    return r;
        }
        return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM person WHERE id = ?"), { id }));
    });
}

Result<QHash<QString, PeopleRepository::Workload>> PeopleRepository::workload() const
{
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT assignee, count(*), 0 FROM incident WHERE status IN ('new', 'triage', 'response') "
                                      "AND assignee <> '' GROUP BY assignee "
                                      "UNION ALL SELECT t.owner, 0, count(*) FROM incident_task t JOIN incident i ON i.id = t.incident_id "
                                      "WHERE t.done = 0 AND t.owner <> '' AND i.status IN ('new', 'triage', 'response') GROUP BY t.owner"));
    if (!q)
        return q.error();
    QHash<QString, Workload> result;
    while (q->next()) {
        Workload &w = result[q->value(0).toString()];
        w.incidents += q->value(1).toInt();
        w.tasks += q->value(2).toInt();
    }
    return result;
}

Result<QList<Absence>> PeopleRepository::absences(qint64 personId) const
{
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT id, person, from_date, to_date, reason FROM absence %1 ORDER BY from_date, id")
                           .arg(personId > 0 ? QStringLiteral("WHERE person = ?") : QString()),
                       personId > 0 ? QVariantList { personId } : QVariantList {});
    if (!q)
        return q.error();
    QList<Absence> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), QDate::fromString(q->value(2).toString(), Qt::ISODate),
                      QDate::fromString(q->value(3).toString(), Qt::ISODate), q->value(4).toString() });
    return list;
}

Result<qint64> PeopleRepository::addAbsence(const Absence &a)
{
    if (!a.from.isValid() || !a.to.isValid())
        return makeError(ErrorCode::Invalid, tr("Enter the first and the last day of the absence."));
    if (a.to < a.from)
        return makeError(ErrorCode::Invalid, tr("The absence ends (%1) before it starts (%2).")
                                                 .arg(a.to.toString(Qt::ISODate), a.from.toString(Qt::ISODate)));
    return m_workspace.insert(QStringLiteral("absence"), QStringLiteral("added"), [&](QSqlDatabase &db) {
        return sql::insert(db, QStringLiteral("INSERT INTO absence (person, from_date, to_date, reason) VALUES (?, ?, ?, ?)"),
                           { a.person, a.from.toString(Qt::ISODate), a.to.toString(Qt::ISODate), a.reason.trimmed() });
    });
}

Result<void> PeopleRepository::removeAbsence(qint64 id)
{
    return m_workspace.write(QStringLiteral("absence"), QStringLiteral("deleted"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM absence WHERE id = ?"), { id }));
    });
}

} // namespace csirtkit
