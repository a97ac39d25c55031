#include "incidents/IncidentFilter.h"

#include "incidents/IncidentWorkflow.h"

#include <QJsonArray>

namespace csirtkit {

namespace {

QStringList strings(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        if (item.isString())
            list << item.toString();
    return list;
}

} // namespace

QJsonObject IncidentFilter::toJson() const
{
    QJsonObject json;
    if (!text.isEmpty())
        json.insert(QStringLiteral("text"), text);
    if (!statuses.isEmpty())
        json.insert(QStringLiteral("statuses"), QJsonArray::fromStringList(statuses));
    if (!priorities.isEmpty())
        json.insert(QStringLiteral("priorities"), QJsonArray::fromStringList(priorities));
    if (!rsitClass.isEmpty())
        json.insert(QStringLiteral("rsit_class"), rsitClass);
    if (!tlp.isEmpty())
        json.insert(QStringLiteral("tlp"), tlp);
    if (!assignee.isEmpty())
        json.insert(QStringLiteral("assignee"), assignee);
    if (loggedFrom.isValid())
        json.insert(QStringLiteral("logged_from"), loggedFrom.toString(Qt::ISODate));
    if (loggedTo.isValid())
        json.insert(QStringLiteral("logged_to"), loggedTo.toString(Qt::ISODate));
    return json;
}

IncidentFilter IncidentFilter::fromJson(const QJsonObject &json)
{
    IncidentFilter filter;
    filter.text = json.value(QLatin1String("text")).toString();
    filter.statuses = strings(json.value(QLatin1String("statuses")));
    filter.priorities = strings(json.value(QLatin1String("priorities")));
    filter.rsitClass = json.value(QLatin1String("rsit_class")).toString();
    filter.tlp = json.value(QLatin1String("tlp")).toString();
    filter.assignee = json.value(QLatin1String("assignee")).toString();
    filter.loggedFrom = QDate::fromString(json.value(QLatin1String("logged_from")).toString(), Qt::ISODate);
    filter.loggedTo = QDate::fromString(json.value(QLatin1String("logged_to")).toString(), Qt::ISODate);
    return filter;
}

QStringList IncidentFilter::openStatuses()
{
    QStringList open;
    for (const QString &status : IncidentWorkflow::statuses())
        if (IncidentWorkflow::isOpen(status))
            open << status;
    return open;
}

} // namespace csirtkit
