#pragma once

#include <QDateTime>
#include <QString>

namespace csirtkit {

// What a user enters to log a new incident.
struct IncidentDraft
{
    QString title;
    QString summary;
    QString reporter;
    QString channel = QStringLiteral("other");
    QString contact;
    QString impact = QStringLiteral("medium");
    QString urgency = QStringLiteral("medium");
    QString rsitClass;
    QString rsitType;
    QString jpcert; // empty: the default for the RSIT type
    QString tlp = QStringLiteral("TLP:AMBER");
    QDateTime occurredUtc;
    QDateTime detectedUtc;
    QDateTime reportedUtc;
    QString assignee;
};

struct Incident
{
    qint64 id = 0;
    QString ident; // INC-2026-0001
    QString title;
    QString summary;
    QString reporter;
    QString channel;
    QString contact;
    QString status;
    QString statusReason;
    qint64 duplicateOf = 0;
    QString impact;
    QString urgency;
    QString priority;
    QString priorityReason; // non-empty when the priority overrides the matrix
    QString rsitClass;
    QString rsitType;
    QString jpcert;
    QString tlp;
    QDateTime occurredUtc;
    QDateTime detectedUtc;
    QDateTime reportedUtc;
    QDateTime triagedUtc;
    QDateTime containedUtc;
    QDateTime resolvedUtc;
    QDateTime closedUtc;
    QString assignee;
    QString helpers;
    QString lessons;
    QDateTime createdUtc;
    QDateTime updatedUtc;
};

} // namespace csirtkit
