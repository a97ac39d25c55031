#include "phases/DecisionRepository.h"

#include "phases/ContentLibrary.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

namespace csirtkit {

QString DecisionRepository::statusKey(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::NotOffered: return QStringLiteral("not_offered");
    case ServiceStatus::Planned: return QStringLiteral("planned");
    case ServiceStatus::Offered: return QStringLiteral("offered");
    }
    return {};
}

std::optional<ServiceStatus> DecisionRepository::statusFromKey(const QString &key)
{
    for (auto s : { ServiceStatus::NotOffered, ServiceStatus::Planned, ServiceStatus::Offered })
        if (statusKey(s) == key)
            return s;
    return std::nullopt;
}

QString DecisionRepository::statusLabel(ServiceStatus status)
{
    switch (status) {
    case ServiceStatus::NotOffered: return tr("Not offered");
    case ServiceStatus::Planned: return tr("Planned");
    case ServiceStatus::Offered: return tr("Offered");
    }
    return {};
}

Result<QHash<QString, ServiceChoice>> DecisionRepository::serviceChoices() const
{
    QHash<QString, ServiceChoice> choices;
    for (const ContentServiceArea &area : ContentLibrary::instance().serviceAreas())
        for (const ContentService &service : area.services)
            choices.insert(service.key, ServiceChoice { service.key, ServiceStatus::NotOffered, {}, {} });
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT service_key, status, scope, hours FROM service_choice"));
    if (!q)
        return q.error();
    while (q->next()) {
        const QString key = q->value(0).toString();
        if (!choices.contains(key))
            continue; // a service no longer shipped
        choices[key] = { key, statusFromKey(q->value(1).toString()).value_or(ServiceStatus::NotOffered),
                         q->value(2).toString(), q->value(3).toString() };
    }
    return choices;
}

Result<void> DecisionRepository::setServiceChoice(const ServiceChoice &choice)
{
    if (!ContentLibrary::instance().service(choice.serviceKey))
        return makeError(ErrorCode::Invalid, tr("“%1” is not a service of the FIRST services framework.").arg(choice.serviceKey));
    if (choice.scope.size() > 2000 || choice.hours.size() > 200)
        return makeError(ErrorCode::Invalid, tr("The scope note or the hours are too long."));
    return m_workspace.write(QStringLiteral("service_choice"), choice.serviceKey, [&](QSqlDatabase &db) -> Result<void> {
        auto q = sql::exec(db,
                           QStringLiteral("INSERT INTO service_choice (service_key, status, scope, hours) VALUES (?, ?, ?, ?) "
                                          "ON CONFLICT (service_key) DO UPDATE SET status = excluded.status, "
                                          "scope = excluded.scope, hours = excluded.hours"),
                           { choice.serviceKey, statusKey(choice.status), choice.scope.trimmed(), choice.hours.trimmed() });
        if (!q)
            return q.error();
        return {};
    });
}

Result<void> DecisionRepository::restoreOrgModel(const OrgModelChoice &choice)
{
    if (!choice.modelKey.isEmpty() && !ContentLibrary::instance().orgModel(choice.modelKey))
        return makeError(ErrorCode::Invalid, tr("“%1” is not one of the organisational models.").arg(choice.modelKey));
    return m_workspace.write(QStringLiteral("org_model_choice"), QStringLiteral("model"), [&](QSqlDatabase &db) -> Result<void> {
        auto q = sql::exec(db, QStringLiteral("UPDATE org_model_choice SET model_key = ?, reason = ?, decided_utc = ? WHERE id = 1"),
                           { choice.modelKey, choice.reason,
                             choice.decidedUtc.isValid() ? QVariant(sql::toUtcText(choice.decidedUtc)) : sql::null() });
        if (!q)
            return q.error();
        return {};
    });
}

Result<OrgModelChoice> DecisionRepository::orgModel() const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT model_key, reason, decided_utc FROM org_model_choice WHERE id = 1"));
    if (!q)
        return q.error();
    OrgModelChoice choice;
    if (q->next()) {
        choice.modelKey = q->value(0).toString();
        choice.reason = q->value(1).toString();
        if (!q->value(2).isNull())
            choice.decidedUtc = sql::fromUtcText(q->value(2).toString());
    }
    return choice;
}

Result<void> DecisionRepository::setOrgModel(const QString &modelKey, const QString &reason)
{
    const QString why = reason.trimmed();
    if (!modelKey.isEmpty() && !ContentLibrary::instance().orgModel(modelKey))
        return makeError(ErrorCode::Invalid, tr("“%1” is not one of the organisational models.").arg(modelKey));
    if (!modelKey.isEmpty() && why.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Record why this model was chosen: the reason is part of the decision."));
    if (why.size() > 5000)
        return makeError(ErrorCode::Invalid, tr("The reason is too long (at most 5000 characters)."));
    return m_workspace.write(QStringLiteral("org_model_choice"), QStringLiteral("model"), [&](QSqlDatabase &db) -> Result<void> {
        auto q = sql::exec(db, QStringLiteral("UPDATE org_model_choice SET model_key = ?, reason = ?, decided_utc = ? WHERE id = 1"),
                           { modelKey, why, modelKey.isEmpty() ? sql::null() : QVariant(sql::nowUtcText()) });
        if (!q)
            return q.error();
        return {};
    });
}

} // namespace csirtkit
