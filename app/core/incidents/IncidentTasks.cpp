#include "incidents/IncidentTasks.h"

#include "common/CoreResources.h"
#include "common/TextRules.h"
#include "incidents/IncidentRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace csirtkit {

namespace {

LocalText localText(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    return { o.value(QLatin1String("en")).toString(), o.value(QLatin1String("ja")).toString() };
}

} // namespace


const QList<Playbook> &IncidentTasks::playbooks()
{
    static const QList<Playbook> list = [] {
        initCoreResources();
        QList<Playbook> result;
        QFile file(QStringLiteral(":/content/playbooks.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("CSIRT Kit content file playbooks.json is missing from the build");
        for (const QJsonValue &p : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("playbooks")).toArray()) {
            const QJsonObject o = p.toObject();
            Playbook playbook { o.value(QLatin1String("key")).toString(), localText(o.value(QLatin1String("title"))), {}, {}, {} };
            const QJsonObject applies = o.value(QLatin1String("applies_to")).toObject();
            for (const QJsonValue &r : applies.value(QLatin1String("rsit")).toArray())
                playbook.rsit << r.toString();
            for (const QJsonValue &j : applies.value(QLatin1String("jpcert")).toArray())
                playbook.jpcert << j.toString();
            for (const QJsonValue &t : o.value(QLatin1String("tasks")).toArray())
                playbook.tasks.append({ t.toObject().value(QLatin1String("key")).toString(),
                                        localText(t.toObject().value(QLatin1String("text"))) });
            result.append(playbook);
        }
        return result;
    }();
    return list;
}

QStringList IncidentTasks::suggested(const QString &rsitClass, const QString &rsitType, const QString &jpcert)
{
    QStringList keys;
    const QString rsit = rsitClass + QLatin1Char('/') + rsitType;
    for (const Playbook &p : playbooks())
        if ((!rsitClass.isEmpty() && p.rsit.contains(rsit)) || (!jpcert.isEmpty() && p.jpcert.contains(jpcert)))
            keys << p.key;
    return keys;
}

Result<QList<IncidentTask>> IncidentTasks::tasks(qint64 incidentId, const QString &language) const
{
    QHash<QString, LocalText> shipped;
    for (const Playbook &p : playbooks())
        for (const auto &[key, text] : p.tasks)
            shipped.insert(key, text);
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT id, incident_id, position, coalesce(task_key, ''), text, owner, due_date, done, "
                                      "done_utc FROM incident_task WHERE incident_id = ? ORDER BY position, id"),
                       { incidentId });
    if (!q)
        return q.error();
    QList<IncidentTask> list;
    while (q->next()) {
        IncidentTask t;
        t.id = q->value(0).toLongLong();
        t.incidentId = q->value(1).toLongLong();
        t.position = q->value(2).toInt();
        t.taskKey = q->value(3).toString();
        // Playbook tasks follow the language asked for; the stored text is the one used when applied.
        t.text = shipped.contains(t.taskKey) ? shipped.value(t.taskKey).in(language) : q->value(4).toString();
        t.owner = q->value(5).toString();
        t.due = q->value(6).isNull() ? QDate() : QDate::fromString(q->value(6).toString(), Qt::ISODate);
        t.done = q->value(7).toInt() != 0;
        t.doneUtc = q->value(8).isNull() ? QDateTime() : sql::fromUtcText(q->value(8).toString());
        list.append(t);
    }
    return list;
}

Result<qint64> IncidentTasks::add(qint64 incidentId, const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A task needs a text."));
    if (t.size() > 2000)
        return makeError(ErrorCode::Invalid, tr("The task is too long (at most 2000 characters)."));
    if (auto valid = TextRules::check(t, TextRules::Kind::Line, tr("The task")); !valid)
        return valid.error();
    return m_workspace.insert(QStringLiteral("incident_task"), QStringLiteral("added"), [&](QSqlDatabase &db) -> Result<qint64> {
        if (auto exists = IncidentRepository::requireIncident(db, incidentId); !exists)
            return exists.error();
        return sql::insert(db, QStringLiteral("INSERT INTO incident_task (incident_id, position, text) VALUES (?, "
                                              "(SELECT coalesce(max(position), -1) + 1 FROM incident_task WHERE incident_id = ?), ?)"),
                           { incidentId, incidentId, t });
    });
}

Result<int> IncidentTasks::applyPlaybook(qint64 incidentId, const QString &playbookKey)
{
    const Playbook *playbook = nullptr;
    for (const Playbook &p : playbooks())
        if (p.key == playbookKey)
            playbook = &p;
    if (!playbook)
        return makeError(ErrorCode::Invalid, tr("“%1” is not a playbook.").arg(playbookKey));
    int added = 0;
    auto written = m_workspace.write(QStringLiteral("incident_task"), playbookKey, [&](QSqlDatabase &db) -> Result<void> {
        if (auto exists = IncidentRepository::requireIncident(db, incidentId); !exists)
            return exists;
        for (const auto &[key, text] : playbook->tasks) {
            auto q = sql::exec(db, QStringLiteral("INSERT INTO incident_task (incident_id, position, task_key, text) VALUES (?, "
                                                  "(SELECT coalesce(max(position), -1) + 1 FROM incident_task WHERE incident_id = ?), ?, ?) "
                                                  "ON CONFLICT (incident_id, task_key) DO NOTHING"),
                               { incidentId, incidentId, key, text.en });
            if (!q)
                return q.error();
            added += q->numRowsAffected() > 0 ? 1 : 0;
        }
        return {};
    });
    if (!written)
        return written.error();
    return added;
}

Result<void> IncidentTasks::setDone(qint64 taskId, bool done)
{
    return m_workspace.write(QStringLiteral("incident_task"), QStringLiteral("done"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE incident_task SET done = ?, done_utc = ? WHERE id = ?"),
                            { done ? 1 : 0, done ? QVariant(sql::nowUtcText()) : sql::null(), taskId }));
    });
}

Result<void> IncidentTasks::setOwner(qint64 taskId, const QString &owner)
{
    if (owner.trimmed().size() > 200)
        return makeError(ErrorCode::Invalid, tr("The owner's name is too long (at most 200 characters)."));
    if (auto valid = TextRules::check(owner.trimmed(), TextRules::Kind::Line, tr("The owner's name")); !valid)
        return valid;
    return m_workspace.write(QStringLiteral("incident_task"), QStringLiteral("owner"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE incident_task SET owner = ? WHERE id = ?"), { owner.trimmed(), taskId }));
    });
}

Result<void> IncidentTasks::setDue(qint64 taskId, const QDate &due)
{
    return m_workspace.write(QStringLiteral("incident_task"), QStringLiteral("due_date"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE incident_task SET due_date = ? WHERE id = ?"),
                            { due.isValid() ? QVariant(due.toString(Qt::ISODate)) : sql::null(), taskId }));
    });
}

Result<void> IncidentTasks::remove(qint64 taskId)
{
    return m_workspace.write(QStringLiteral("incident_task"), QStringLiteral("removed"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM incident_task WHERE id = ?"), { taskId }));
    });
}

} // namespace csirtkit
