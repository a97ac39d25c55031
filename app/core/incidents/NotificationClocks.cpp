#include "incidents/NotificationClocks.h"

#include "incidents/Communications.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentWorkflow.h"
#include "incidents/IncidentRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceTimeZone.h"

#include <algorithm>

namespace csirtkit {

QList<NotificationDeadline> NotificationClocks::compute(const NotificationRule &rule, qint64 incidentId,
                                                        const QDateTime &awareUtc,
                                                        const QHash<QString, QPair<QDateTime, QString>> &sent)
{
    QList<NotificationDeadline> list;
    QHash<QString, QDateTime> reference; // obligation key → when it was sent, else when it was due
    for (const NotificationObligation &o : rule.obligations) {
        NotificationDeadline d;
        d.incidentId = incidentId;
        d.ruleKey = rule.key;
        d.obligationKey = o.key;
        d.ruleTitle = rule.title;
        d.authority = rule.authority;
        d.title = o.title;
        d.hint = o.hint;
        d.awareUtc = awareUtc;
        const QDateTime from = o.after.isEmpty() ? awareUtc : reference.value(o.after, awareUtc);
        d.dueUtc = from.addSecs(qint64(o.hours) * 3600).addDays(o.days).addMonths(o.months);
        const auto s = sent.value(o.key);
        d.sentUtc = s.first;
        d.how = s.second;
        reference.insert(o.key, d.isSent() ? d.sentUtc : d.dueUtc);
        list.append(d);
    }
    return list;
}

QString NotificationClocks::countdown(const QDateTime &dueUtc, const QDateTime &nowUtc)
{
    const qint64 seconds = nowUtc.secsTo(dueUtc);
    const qint64 left = qAbs(seconds);
    const qint64 days = left / 86400, hours = (left % 86400) / 3600, minutes = (left % 3600) / 60;
    const QString span = days    ? tr("%1 d %2 h").arg(days).arg(hours)
                         : hours ? tr("%1 h %2 min").arg(hours).arg(minutes)
                                 : tr("%1 min").arg(minutes);
    return seconds >= 0 ? tr("in %1").arg(span) : tr("overdue by %1").arg(span);
}

Result<void> NotificationClocks::apply(qint64 incidentId, const QString &ruleKey, const QDateTime &awareUtc)
{
    auto rule = NotificationRules(m_workspace).rule(ruleKey);
    if (!rule)
        return rule.error();
    if (!awareUtc.isValid())
        return makeError(ErrorCode::Invalid, tr("Enter when the organisation became aware of the incident."));
    if (awareUtc > QDateTime::currentDateTimeUtc().addDays(1))
        return makeError(ErrorCode::Invalid, tr("The time of becoming aware is in the future."));
    return m_workspace.write(QStringLiteral("incident_notification"), ruleKey, [&](QSqlDatabase &db) -> Result<void> {
        if (auto exists = IncidentRepository::requireIncident(db, incidentId); !exists)
            return exists;
        return sql::ok(sql::exec(db, QStringLiteral("INSERT INTO incident_notification (incident_id, rule_key, aware_utc) "
                                                    "VALUES (?, ?, ?) ON CONFLICT (incident_id, rule_key) DO UPDATE SET "
                                                    "aware_utc = excluded.aware_utc"),
                                 { incidentId, ruleKey, sql::toUtcText(awareUtc) }));
    });
}

Result<void> NotificationClocks::remove(qint64 incidentId, const QString &ruleKey)
{
    return m_workspace.write(QStringLiteral("incident_notification"), ruleKey, [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM incident_notification WHERE incident_id = ? AND rule_key = ?"),
                                 { incidentId, ruleKey }));
    });
}

Result<QList<NotificationDeadline>> NotificationClocks::read(const QString &where, const QVariantList &bindings) const
{
    auto rules = NotificationRules(m_workspace).all();
    if (!rules)
        return rules.error();
    QHash<QString, NotificationRule> byKey;
    for (const NotificationRule &r : std::as_const(*rules))
        byKey.insert(r.key, r);
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT n.id, n.incident_id, n.rule_key, n.aware_utc, s.obligation_key, s.sent_utc, s.how "
                                      "FROM incident_notification n LEFT JOIN notification_sent s ON s.notification_id = n.id "
                                      "WHERE %1 ORDER BY n.id").arg(where),
                       bindings);
    if (!q)
        return q.error();
    struct Applied
    {
        qint64 incidentId;
        QString rule;
        QDateTime aware;
        QHash<QString, QPair<QDateTime, QString>> sent;
    };
    QList<qint64> order;
    QHash<qint64, Applied> applied;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (!applied.contains(id)) {
            order << id;
            applied.insert(id, { q->value(1).toLongLong(), q->value(2).toString(), sql::fromUtcText(q->value(3).toString()), {} });
        }
        if (!q->value(4).isNull())
            applied[id].sent.insert(q->value(4).toString(), { sql::fromUtcText(q->value(5).toString()), q->value(6).toString() });
    }
    QList<NotificationDeadline> list;
    for (qint64 id : std::as_const(order)) {
        const Applied &a = applied.value(id);
        if (byKey.contains(a.rule)) // a workspace rule removed by hand: nothing to show
            list += compute(byKey.value(a.rule), a.incidentId, a.aware, a.sent);
    }
    return list;
}

Result<QList<NotificationDeadline>> NotificationClocks::deadlines(qint64 incidentId) const
{
    return read(QStringLiteral("n.incident_id = ?"), { incidentId });
}

Result<QHash<qint64, NotificationDeadline>> NotificationClocks::nextDue(const QList<qint64> &incidentIds) const
{
    QHash<qint64, NotificationDeadline> next;
    if (incidentIds.isEmpty())
        return next;
    QStringList marks;
    QVariantList bindings;
    for (qint64 id : incidentIds) {
        marks << QStringLiteral("?");
        bindings << id;
    }
    auto all = read(QStringLiteral("n.incident_id IN (%1)").arg(marks.join(QLatin1Char(','))), bindings);
    if (!all)
        return all.error();
    for (const NotificationDeadline &d : std::as_const(*all)) {
        if (d.isSent())
            continue;
        auto it = next.find(d.incidentId);
        if (it == next.end() || d.dueUtc < it->dueUtc)
            next.insert(d.incidentId, d);
    }
    return next;
}

Result<QList<NotificationDeadline>> NotificationClocks::open(int limit) const
{
    auto all = read(QStringLiteral("1"), {});
    if (!all)
        return all.error();
    QList<NotificationDeadline> list;
    for (const NotificationDeadline &d : std::as_const(*all))
        if (!d.isSent())
            list << d;
    std::sort(list.begin(), list.end(), [](const auto &a, const auto &b) { return a.dueUtc < b.dueUtc; });
    return list.mid(0, limit);
}

Result<void> NotificationClocks::markSent(qint64 incidentId, const QString &ruleKey, const QString &obligationKey,
                                          const QDateTime &sentUtc, const QString &channel, const QString &recipient,
                                          const QString &author)
{
    auto list = deadlines(incidentId);
    if (!list)
        return list.error();
    const auto it = std::find_if(list->cbegin(), list->cend(), [&](const NotificationDeadline &d) {
        return d.ruleKey == ruleKey && d.obligationKey == obligationKey;
    });
    if (it == list->cend())
        return makeError(ErrorCode::NotFound, tr("That notification does not apply to this incident."));
    if (it->isSent())
        return makeError(ErrorCode::Invalid, tr("This notification was already recorded as sent."));
    const QDateTime when = sentUtc.isValid() ? sentUtc : QDateTime::currentDateTimeUtc();
    if (when > QDateTime::currentDateTimeUtc().addDays(1))
        return makeError(ErrorCode::Invalid, tr("The time it was sent is in the future."));
    auto incident = IncidentRepository(m_workspace).incident(incidentId);
    if (!incident)
        return incident.error();
    Communication c;
    c.incidentId = incidentId;
    c.atUtc = when;
    c.direction = QStringLiteral("outgoing");
    c.channel = channel;
    c.organisation = recipient.trimmed().isEmpty() ? it->authority.en : recipient.trimmed();
    c.summary = tr("%1 sent (%2).").arg(it->title.en, it->ruleTitle.en);
    c.tlp = incident->tlp;
    c.author = author;
    if (auto valid = Communications::validate(c); !valid)
        return valid;
    const NotificationDeadline d = *it;
    return m_workspace.write(QStringLiteral("notification_sent"), obligationKey, [&](QSqlDatabase &db) -> Result<void> {
        auto communication = Communications::addIn(db, c);
        if (!communication)
            return communication.error();
        auto notification = sql::scalar(db, QStringLiteral("SELECT id FROM incident_notification WHERE incident_id = ? AND "
                                                           "rule_key = ?"), { incidentId, ruleKey });
        if (!notification)
            return notification.error();
        if (auto q = sql::exec(db, QStringLiteral("INSERT INTO notification_sent (notification_id, obligation_key, sent_utc, how, "
                                                  "communication_id) VALUES (?, ?, ?, ?, ?)"),
                               { notification->toLongLong(), obligationKey, sql::toUtcText(when), channel, *communication });
            !q)
            return q.error();
        auto journal = IncidentJournal::appendIn(db, incidentId, QStringLiteral("communication"),
                                                 tr("%1 sent to %2 (%3).").arg(d.title.en, c.organisation, channel), author);
        if (!journal)
            return journal.error();
        return {};
    });
}

Result<QString> NotificationClocks::draftNotice(qint64 incidentId, const QString &ruleKey, const QString &obligationKey,
                                                const QString &language) const
{
    auto list = deadlines(incidentId);
    if (!list)
        return list.error();
    auto incident = IncidentRepository(m_workspace).incident(incidentId);
    if (!incident)
        return incident.error();
    for (const NotificationDeadline &d : std::as_const(*list)) {
        if (d.ruleKey != ruleKey || d.obligationKey != obligationKey)
            continue;
        const QTimeZone zone = WorkspaceTimeZone::read(m_workspace);
        auto time = [&zone](const QDateTime &t) {
            return t.isValid() ? WorkspaceTimeZone::format(t, zone) + QLatin1Char(' ') + WorkspaceTimeZone::label(zone)
                               : QStringLiteral("—");
        };
        const bool ja = language == QLatin1String("ja");
        QStringList md;
        md << QStringLiteral("# %1 — %2").arg(d.title.in(language), incident->ident) << QString();
        md << (ja ? QStringLiteral("**宛先:** ") : QStringLiteral("**To:** ")) + d.authority.in(language);
        md << (ja ? QStringLiteral("**根拠:** ") : QStringLiteral("**Under:** ")) + d.ruleTitle.in(language);
        md << (ja ? QStringLiteral("**期限:** ") : QStringLiteral("**Due:** ")) + time(d.dueUtc);
        md << QStringLiteral("**TLP:** ") + incident->tlp << QString();
        md << (ja ? QStringLiteral("## 事案の概要") : QStringLiteral("## What happened")) << QString();
        md << QStringLiteral("- %1 %2").arg(ja ? QStringLiteral("件名:") : QStringLiteral("Title:"), incident->title);
        md << QStringLiteral("- %1 %2").arg(ja ? QStringLiteral("発生日時:") : QStringLiteral("Occurred:"), time(incident->occurredUtc));
        md << QStringLiteral("- %1 %2").arg(ja ? QStringLiteral("検知日時:") : QStringLiteral("Detected:"), time(incident->detectedUtc));
        md << QStringLiteral("- %1 %2").arg(ja ? QStringLiteral("認知日時:") : QStringLiteral("Became aware:"), time(d.awareUtc));
        md << QStringLiteral("- %1 %2").arg(ja ? QStringLiteral("状況:") : QStringLiteral("Status:"),
                                                IncidentWorkflow::statusName(incident->status, ja ? QStringLiteral("ja") : QStringLiteral("en"))) << QString();
        md << incident->summary.trimmed() << QString();
        md << (ja ? QStringLiteral("## 影響と対応") : QStringLiteral("## Impact and measures taken")) << QString();
        md << (ja ? QStringLiteral("（影響を受けた人数・データの種類、講じた措置、再発防止策を記入してください）")
                  : QStringLiteral("(Fill in: people and kinds of data affected, measures taken, steps to prevent a recurrence.)"));
        md << QString() << (ja ? QStringLiteral("## 連絡先") : QStringLiteral("## Contact")) << QString();
        md << (incident->assignee.isEmpty() ? QStringLiteral("—") : incident->assignee);
        return QString(md.join(QLatin1Char('\n')) + QLatin1Char('\n'));
    }
    return makeError(ErrorCode::NotFound, tr("That notification does not apply to this incident."));
}

} // namespace csirtkit
