#include "incidents/NotificationRules.h"

#include "common/CoreResources.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace csirtkit {

namespace {

LocalText text(const QJsonValue &v)
{
    return LocalText::fromJson(v);
}

QJsonObject json(const LocalText &t)
{
    return { { QStringLiteral("en"), t.en }, { QStringLiteral("ja"), t.ja } };
}

} // namespace

QJsonObject NotificationRule::toJson() const
{
    QJsonArray list;
    for (const NotificationObligation &o : obligations) {
        QJsonObject item { { QStringLiteral("key"), o.key }, { QStringLiteral("title"), json(o.title) },
                           { QStringLiteral("hint"), json(o.hint) } };
        if (o.hours)
            item.insert(QStringLiteral("hours"), o.hours);
        if (o.days)
            item.insert(QStringLiteral("days"), o.days);
        if (o.months)
            item.insert(QStringLiteral("months"), o.months);
        if (!o.after.isEmpty())
            item.insert(QStringLiteral("after"), o.after);
        if (!o.items.isEmpty()) {
            QJsonArray items;
            for (const NoticeItem &i : o.items)
                items.append(QJsonObject { { QStringLiteral("title"), json(i.title) }, { QStringLiteral("hint"), json(i.hint) } });
            item.insert(QStringLiteral("items"), items);
        }
        list.append(item);
    }
    return { { QStringLiteral("key"), key },
             { QStringLiteral("title"), json(title) },
             { QStringLiteral("authority"), json(authority) },
             { QStringLiteral("description"), json(description) },
             { QStringLiteral("obligations"), list } };
}

Result<NotificationRule> NotificationRule::fromJson(const QJsonObject &o)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z0-9_]{1,40}$"));
    NotificationRule rule;
    rule.key = o.value(QLatin1String("key")).toString();
    rule.title = text(o.value(QLatin1String("title")));
    rule.authority = text(o.value(QLatin1String("authority")));
    rule.description = text(o.value(QLatin1String("description")));
    if (!keyPattern.match(rule.key).hasMatch())
        return makeError(ErrorCode::Invalid, NotificationRules::tr("A rule needs a key of lower-case letters, digits and "
                                                                   "underscores (at most 40)."));
    if (rule.title.en.trimmed().isEmpty() && rule.title.ja.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, NotificationRules::tr("Give the rule a title."));
    QStringList seen;
    for (const QJsonValue &v : o.value(QLatin1String("obligations")).toArray()) {
        const QJsonObject item = v.toObject();
        NotificationObligation ob;
        ob.key = item.value(QLatin1String("key")).toString();
        ob.title = text(item.value(QLatin1String("title")));
        ob.hint = text(item.value(QLatin1String("hint")));
        ob.hours = item.value(QLatin1String("hours")).toInt();
        ob.days = item.value(QLatin1String("days")).toInt();
        ob.months = item.value(QLatin1String("months")).toInt();
        ob.after = item.value(QLatin1String("after")).toString();
        for (const QJsonValue &i : item.value(QLatin1String("items")).toArray()) {
            const NoticeItem notice { text(i.toObject().value(QLatin1String("title"))), text(i.toObject().value(QLatin1String("hint"))) };
            if (notice.title.en.trimmed().isEmpty() && notice.title.ja.trimmed().isEmpty())
                return makeError(ErrorCode::Invalid, NotificationRules::tr("Every item of the notice for “%1” needs a heading.").arg(ob.key));
            ob.items.append(notice);
        }
        if (!keyPattern.match(ob.key).hasMatch() || seen.contains(ob.key))
            return makeError(ErrorCode::Invalid, NotificationRules::tr("Each obligation of “%1” needs its own key.").arg(rule.key));
        if (ob.hours < 0 || ob.days < 0 || ob.months < 0 || ob.hours + ob.days + ob.months == 0 || ob.hours > 24 * 366
            || ob.days > 3660 || ob.months > 120)
            return makeError(ErrorCode::Invalid, NotificationRules::tr("Obligation “%1” of “%2” needs a deadline: hours, days "
                                                                       "or months after becoming aware.").arg(ob.key, rule.key));
        if (!ob.after.isEmpty() && !seen.contains(ob.after))
            return makeError(ErrorCode::Invalid, NotificationRules::tr("Obligation “%1” counts from “%2”, which is not an "
                                                                       "earlier obligation of the rule.").arg(ob.key, ob.after));
        seen << ob.key;
        rule.obligations.append(ob);
    }
    if (rule.obligations.isEmpty())
        return makeError(ErrorCode::Invalid, NotificationRules::tr("Rule “%1” has no obligations.").arg(rule.key));
    return rule;
}

QString NotificationRules::keyFor(const QString &title, const QStringList &taken)
{
    static const QRegularExpression other(QStringLiteral("[^a-z0-9]+"));
    QString base = title.normalized(QString::NormalizationForm_KD).toLower().replace(other, QStringLiteral("_"));
    base = base.left(32);
    while (base.startsWith(QLatin1Char('_')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('_')))
        base.chop(1);
    const bool numbered = base.isEmpty();
    if (numbered)
        base = QStringLiteral("rule");
    QString key = numbered ? QStringLiteral("rule_1") : base;
    for (int n = 2; taken.contains(key); ++n)
        key = QStringLiteral("%1_%2").arg(base).arg(n);
    return key;
}

const QList<NotificationRule> &NotificationRules::shipped()
{
    static const QList<NotificationRule> rules = [] {
        initCoreResources();
        QList<NotificationRule> list;
        QFile file(QStringLiteral(":/content/notification_rules.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("CSIRT Kit content file notification_rules.json is missing from the build");
        for (const QJsonValue &v : QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("rules")).toArray()) {
            auto rule = NotificationRule::fromJson(v.toObject());
            if (!rule)
                qFatal("notification_rules.json: %s", qPrintable(rule.error().message));
            list.append(*rule);
        }
        return list;
    }();
    return rules;
}

Result<QList<NotificationRule>> NotificationRules::all() const
{
    QList<NotificationRule> list = shipped();
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT definition FROM notification_rule ORDER BY key"));
    if (!q)
        return q.error();
    while (q->next()) {
        auto rule = NotificationRule::fromJson(QJsonDocument::fromJson(q->value(0).toString().toUtf8()).object());
        if (!rule)
            continue; // written by save(), which checks: only a hand-edited file gets here
        rule->shipped = false;
        list.append(*rule);
    }
    return list;
}

Result<NotificationRule> NotificationRules::rule(const QString &key) const
{
    auto list = all();
    if (!list)
        return list.error();
    for (const NotificationRule &r : std::as_const(*list))
        if (r.key == key)
            return r;
    return makeError(ErrorCode::NotFound, tr("There is no notification rule “%1”.").arg(key));
}

Result<void> NotificationRules::save(const NotificationRule &rule)
{
    auto checked = NotificationRule::fromJson(rule.toJson());
    if (!checked)
        return checked.error();
    for (const NotificationRule &s : shipped())
        if (s.key == rule.key)
            return makeError(ErrorCode::Invalid, tr("“%1” is a shipped rule; give your rule another key.").arg(rule.key));
    const QString definition = QString::fromUtf8(QJsonDocument(rule.toJson()).toJson(QJsonDocument::Compact));
    return m_workspace.write(QStringLiteral("notification_rule"), rule.key, [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("INSERT INTO notification_rule (key, definition) VALUES (?, ?) "
                                                    "ON CONFLICT (key) DO UPDATE SET definition = excluded.definition"),
                                 { rule.key, definition }));
    });
}

Result<void> NotificationRules::remove(const QString &key)
{
    return m_workspace.write(QStringLiteral("notification_rule"), key, [&](QSqlDatabase &db) -> Result<void> {
        auto used = sql::scalar(db, QStringLiteral("SELECT count(*) FROM incident_notification WHERE rule_key = ?"), { key });
        if (!used)
            return used.error();
        if (used->toInt() > 0)
            return makeError(ErrorCode::Invalid, tr("Rule “%1” applies to %n incident(s); remove it from them first.", nullptr,
                                                        used->toInt()).arg(key));
        auto q = sql::exec(db, QStringLiteral("DELETE FROM notification_rule WHERE key = ?"), { key });
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, tr("There is no workspace rule “%1”.").arg(key));
        return {};
    });
}

} // namespace csirtkit
