#include "exchange/CsvMapping.h"

#include "exchange/CsvImporter.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace csirtkit {

QByteArray CsvMapping::toJson() const
{
    QJsonObject columnObject;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        columnObject.insert(it.key(), it.value());
    return QJsonDocument(QJsonObject { { QStringLiteral("version"), 1 },
                                       { QStringLiteral("columns"), columnObject },
                                       { QStringLiteral("dateFormat"), dateFormat } })
        .toJson(QJsonDocument::Indented);
}

Result<CsvMapping> CsvMapping::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    const QJsonObject root = doc.object();
    if (error.error != QJsonParseError::NoError || !root.value(QStringLiteral("columns")).isObject())
        return makeError(ErrorCode::Invalid, CsvImporter::tr("This is not a CSV column mapping: it needs a “columns” object "
                                                             "naming the incident field of each column."));
    if (root.value(QStringLiteral("version")).toInt(1) > 1)
        return makeError(ErrorCode::NewerVersion, CsvImporter::tr("This CSV column mapping was made by a newer version of "
                                                                  "CSIRT Kit. Update CSIRT Kit to use it."));
    CsvMapping mapping;
    const QJsonObject columnObject = root.value(QStringLiteral("columns")).toObject();
    for (auto it = columnObject.begin(); it != columnObject.end(); ++it)
        mapping.columns.insert(it.key(), it.value().toString());
    mapping.dateFormat = root.value(QStringLiteral("dateFormat")).toString();
    return mapping;
}

} // namespace csirtkit
