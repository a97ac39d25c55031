#pragma once

#include <QDate>
#include <QJsonObject>
#include <QStringList>

namespace csirtkit {

// What the incident list shows: full-text terms plus field filters. Empty members filter nothing.
// Saved filters store it as JSON.
struct IncidentFilter
{
    QString text;           // full-text query, as for IncidentSearch
    QStringList statuses;   // status keys; empty: all
    QStringList priorities; // P1…P4; empty: all
    QString rsitClass;
    QString tlp;
    QString assignee; // substring, case-insensitive
    QDate loggedFrom; // inclusive, in the workspace's time zone
    QDate loggedTo;   // inclusive

    bool isEmpty() const { return *this == IncidentFilter(); }
    QJsonObject toJson() const;
    static IncidentFilter fromJson(const QJsonObject &json);
    // The statuses that count as open (not resolved, closed, rejected or duplicate).
    static QStringList openStatuses();

    friend bool operator==(const IncidentFilter &, const IncidentFilter &) = default;
};

} // namespace csirtkit
