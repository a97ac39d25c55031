#include "team/TrainingPlan.h"

#include "common/TextRules.h"
#include "team/TeamCoverage.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QSet>

namespace csirtkit {

QStringList TrainingPlan::statuses()
{
    return { QStringLiteral("proposed"), QStringLiteral("planned"), QStringLiteral("done"), QStringLiteral("dropped") };
}

QString TrainingPlan::statusTitle(const QString &status)
{
    if (status == QLatin1String("proposed"))
        return tr("Proposed");
    if (status == QLatin1String("planned"))
        return tr("Planned");
    if (status == QLatin1String("done"))
        return tr("Done");
    if (status == QLatin1String("dropped"))
        return tr("Dropped");
    return status;
}

QList<TrainingItem> TrainingPlan::proposals(const TeamState &state, const QList<TrainingItem> &existing, QDate due)
{
    QSet<std::pair<qint64, QString>> held;
    for (const TrainingItem &item : existing)
        held.insert({ item.person, item.skill });
    QList<TrainingItem> list;
    for (const TeamGap &gap : TeamCoverage::gaps(state, QStringLiteral("en"))) {
        if (gap.kind != QLatin1String("skill_gap") || held.contains({ gap.person, gap.skill }))
            continue;
        const EffectiveRole *role = state.role(gap.role);
        TrainingItem item;
        item.person = gap.person;
        item.skill = gap.skill;
        item.targetLevel = role ? role->skills.value(gap.skill, 1) : 1;
        item.due = due;
        list << item;
        held.insert({ gap.person, gap.skill });
    }
    return list;
}

Result<QList<TrainingItem>> TrainingPlan::items() const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT t.id, t.person, t.skill, t.target_level, t.due_date, t.status, t.note "
                                                        "FROM training_item t JOIN person p ON p.id = t.person "
                                                        "ORDER BY t.due_date = '', t.due_date, p.name COLLATE NOCASE, t.skill"));
    if (!q)
        return q.error();
    QList<TrainingItem> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toInt(),
                      QDate::fromString(q->value(4).toString(), Qt::ISODate), q->value(5).toString(), q->value(6).toString() });
    return list;
}

Result<int> TrainingPlan::addProposals(const QList<TrainingItem> &proposals)
{
    int added = 0;
    auto written = m_workspace.write(QStringLiteral("training"), QStringLiteral("proposed"), [&](QSqlDatabase &db) -> Result<void> {
        for (const TrainingItem &item : proposals) {
            auto q = sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO training_item (person, skill, target_level, due_date, status) "
                                                  "VALUES (?, ?, ?, ?, 'proposed')"),
                               { item.person, item.skill, std::clamp(item.targetLevel, 1, 3),
                                 item.due.isValid() ? item.due.toString(Qt::ISODate) : QStringLiteral("") });
            if (!q)
                return q.error();
            added += q->numRowsAffected();
        }
        return {};
    });
    if (!written)
        return written.error();
    return added;
}

Result<void> TrainingPlan::update(const TrainingItem &item)
{
    if (!statuses().contains(item.status))
        return makeError(ErrorCode::Invalid, tr("A training item is proposed, planned, done or dropped."));
    if (item.targetLevel < 1 || item.targetLevel > 3)
        return makeError(ErrorCode::Invalid, tr("The target level goes from 1 to 3."));
    if (auto problem = TextRules::problem(item.note, TextRules::Kind::Lines))
        return makeError(ErrorCode::Invalid, *problem);
    return m_workspace.write(QStringLiteral("training"), QStringLiteral("changed"), [&](QSqlDatabase &db) -> Result<void> {
        auto q = sql::exec(db, QStringLiteral("UPDATE training_item SET target_level = ?, due_date = ?, status = ?, note = ? WHERE id = ?"),
                           { item.targetLevel, item.due.isValid() ? item.due.toString(Qt::ISODate) : QStringLiteral(""), item.status,
                             item.note, item.id });
        if (!q)
            return q.error();
        if (q->numRowsAffected() != 1)
            return makeError(ErrorCode::NotFound, tr("The training item no longer exists."));
        return {};
    });
}

Result<void> TrainingPlan::remove(qint64 id)
{
    return m_workspace.write(QStringLiteral("training"), QStringLiteral("deleted"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM training_item WHERE id = ?"), { id }));
    });
}

} // namespace csirtkit
