#include "phases/WorksheetRepository.h"

#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>

namespace csirtkit {

Result<QJsonObject> WorksheetRepository::load(const QString &kind) const
{
    if (!Worksheets::kinds().contains(kind))
        return makeError(ErrorCode::Invalid, QStringLiteral("unknown worksheet %1").arg(kind));
    auto v = sql::scalar(m_workspace.db(), QStringLiteral("SELECT fields FROM worksheet WHERE kind = ?"), { kind });
    if (!v)
        return v.error();
    return QJsonDocument::fromJson(v->toString().toUtf8()).object();
}

Result<QJsonValue> WorksheetRepository::setField(const QString &kind, const QString &key, const QJsonValue &value)
{
    auto valid = Worksheets::validate(kind, key, value);
    if (!valid)
        return valid.error();
    auto current = load(kind);
    if (!current)
        return current.error();
    QJsonObject fields = *current;
    fields.insert(key, *valid);
    const QString json = QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact));
    auto written = m_workspace.write(QStringLiteral("worksheet"), kind + QLatin1Char('.') + key, [&](QSqlDatabase &db) -> Result<void> {
        auto q = sql::exec(db,
                           QStringLiteral("INSERT INTO worksheet (kind, fields, updated_utc) VALUES (?, ?, ?) ON CONFLICT "
                                          "(kind) DO UPDATE SET fields = excluded.fields, updated_utc = excluded.updated_utc"),
                           { kind, json, sql::nowUtcText() });
        if (!q)
            return q.error();
        return {};
    });
    if (!written)
        return written.error();
    return *valid;
}

Result<bool> WorksheetRepository::charterApproved() const
{
    auto charter = load(QStringLiteral("charter"));
    if (!charter)
        return charter.error();
    return !charter->value(QLatin1String("approver")).toString().isEmpty()
        && !charter->value(QLatin1String("approved_on")).toString().isEmpty();
}

} // namespace csirtkit
