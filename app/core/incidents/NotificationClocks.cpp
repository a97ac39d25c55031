#include "incidents/NotificationClocks.h"

#include "common/Language.h"
#include "documents/MarkdownText.h"
#include "incidents/Communications.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentWorkflow.h"
#include "incidents/IncidentRepository.h"
#include "incidents/NotificationRules.h"
#include "incidents/Taxonomy.h"
#include "org/OrgProfileRepository.h"
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
    const auto d = std::find_if(list->cbegin(), list->cend(), [&](const NotificationDeadline &n) {
        return n.ruleKey == ruleKey && n.obligationKey == obligationKey;
    });
    if (d == list->cend())
        return makeError(ErrorCode::NotFound, tr("That notification does not apply to this incident."));
    auto rule = NotificationRules(m_workspace).rule(ruleKey);
    if (!rule)
        return rule.error();
    auto profile = OrgProfileRepository(m_workspace).load();
    if (!profile)
        return profile.error();
    const Language::Scope scope(language);
    using MarkdownText::escapeInline;
    const QTimeZone zone = WorkspaceTimeZone::read(m_workspace);
    const auto time = [&zone](const QDateTime &t) {
        return t.isValid() ? WorkspaceTimeZone::format(t, zone) + QLatin1Char(' ') + WorkspaceTimeZone::label(zone) : QStringLiteral("—");
    };
    const auto fact = [](const QString &name, const QString &value) {
        return QStringLiteral("- **%1:** %2").arg(name, value.trimmed().isEmpty() ? QStringLiteral("—") : value);
    };
    const Taxonomy &taxonomy = Taxonomy::instance();
    const Incident &i = *incident;
    QStringList md;
    md << QStringLiteral("# %1 — %2").arg(escapeInline(d->title.in(language)), i.ident) << QString();
    md << fact(tr("To"), escapeInline(d->authority.in(language))) << fact(tr("Under"), escapeInline(d->ruleTitle.in(language)))
       << fact(tr("Due"), time(d->dueUtc)) << fact(tr("TLP"), i.tlp)
       << fact(tr("From"), escapeInline(profile->value(OrgProfile::Field::Name))) << QString();
    md << QLatin1String("> ") + tr("A draft made by CSIRT Kit from the incident log. Fill in every section with what is known "
                                   "now, have it checked (legal adviser, data protection officer) and remove these notes "
                                   "before sending.")
       << QString();

    md << QStringLiteral("## ") + tr("What the incident log says") << QString();
    QString category;
    for (const RsitClass &c : taxonomy.rsit())
        if (c.term.key == i.rsitClass)
            for (const TaxonomyTerm &t : c.types)
                if (t.key == i.rsitType)
                    category = c.term.title.in(language) + QStringLiteral(" / ") + t.title.in(language);
    md << fact(tr("Title"), escapeInline(i.title)) << fact(tr("Category"), escapeInline(category))
       << fact(tr("Occurred"), time(i.occurredUtc)) << fact(tr("Detected"), time(i.detectedUtc))
       << fact(tr("Became aware"), time(d->awareUtc)) << fact(tr("Contained"), time(i.containedUtc))
       << fact(tr("Status"), IncidentWorkflow::statusName(i.status, language)) << QString();
    if (!i.summary.trimmed().isEmpty())
        md << i.summary.trimmed() << QString(); // the team's own Markdown

    // What the regulator asks to be told, in its order, as headings to fill in.
    QList<NoticeItem> items;
    for (const NotificationObligation &o : rule->obligations)
        if (o.key == obligationKey)
            items = o.items;
    if (items.isEmpty())
        items = { { { tr("Impact"), tr("Impact") }, { tr("Who and what is affected, and how badly."), QString() } },
                  { { tr("Measures taken"), tr("Measures taken") }, { tr("What was done and what is planned, to contain the "
                                                                         "incident and to prevent a recurrence."), QString() } } };
    for (const NoticeItem &item : std::as_const(items)) {
        md << QStringLiteral("## ") + escapeInline(item.title.in(language)) << QString();
        if (const QString hint = item.hint.in(language); !hint.isEmpty())
            md << QLatin1String("*") + escapeInline(hint) + QLatin1String("*") << QString();
        md << tr("(to fill in)") << QString();
    }

    md << QStringLiteral("## ") + tr("Contact") << QString();
    using F = OrgProfile::Field;
    md << fact(OrgProfile::label(F::Name), escapeInline(profile->value(F::Name)))
       << fact(OrgProfile::label(F::Email), escapeInline(profile->value(F::Email)))
       << fact(OrgProfile::label(F::Phone), escapeInline(profile->value(F::Phone)))
       << fact(OrgProfile::label(F::Address), escapeInline(profile->value(F::Address)))
       << fact(OrgProfile::label(F::PgpFingerprint), escapeInline(profile->value(F::PgpFingerprint)))
       << fact(OrgProfile::label(F::OperatingHours), escapeInline(profile->value(F::OperatingHours)));
    if (!i.assignee.trimmed().isEmpty())
        md << fact(tr("Handler"), escapeInline(i.assignee));
    if (profile->value(F::Email).trimmed().isEmpty() && profile->value(F::Phone).trimmed().isEmpty())
        md << QString() << QLatin1String("> ") + tr("The organisation profile has no e-mail address or telephone number: add them "
                                                    "there, so that every notice names how to reach the team.");
    return QString(md.join(QLatin1Char('\n')) + QLatin1Char('\n'));
}

} // namespace csirtkit
