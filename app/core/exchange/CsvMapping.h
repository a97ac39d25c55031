#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace csirtkit {

// Which CSV column fills which incident field, by column name, and how dates are written.
// Remembered per workspace by name (CsvImporter::saveMapping) or kept in a file (--mapping).
struct CsvMapping
{
    QMap<QString, QString> columns; // CSV column name → field key (CsvImporter::fieldKeys())
    QString dateFormat;             // one of CsvImporter::dateFormats(); empty: detect from the values

    QByteArray toJson() const;
    static Result<CsvMapping> fromJson(const QByteArray &json);
    bool operator==(const CsvMapping &) const = default;
};

} // namespace csirtkit
