#pragma once

// What CsvImporter's check (CsvImportCheck.cpp) reads from one row, and the field lists both of its
// halves share. Internal to the CSV import.

#include "exchange/CsvImporter.h"
#include "incidents/Incident.h"

#include <QDateTime>
#include <QStringList>

namespace csirtkit::CsvImportFields {

inline const QStringList &dates()
{
    static const QStringList fields = { QStringLiteral("occurred"), QStringLiteral("detected"), QStringLiteral("reported") };
    return fields;
}

// Times the workflow sets, and the record's own: kept as the file gives them.
inline const QStringList &milestones()
{
    static const QStringList fields = { QStringLiteral("triaged"), QStringLiteral("contained"), QStringLiteral("resolved"),
                                        QStringLiteral("closed"), QStringLiteral("created"), QStringLiteral("updated") };
    return fields;
}

} // namespace csirtkit::CsvImportFields

namespace csirtkit {

struct CsvImporter::Row
{
    int number = 0; // the spreadsheet row (the header is row 1)
    IncidentDraft draft;
    QString helpers;
    QString lessons;
    QString externalId;
    QString ident;          // the ID column's value
    QString status;         // empty: new
    QString statusReason;
    QString duplicateOf;    // the ID of the incident this one duplicates
    QString priority;       // empty: the matrix's
    QString priorityReason;
    QList<QDateTime> milestones; // as CsvImportFields::milestones(); invalid when not given
};

} // namespace csirtkit
