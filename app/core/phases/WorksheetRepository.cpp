#include "phases/WorksheetRepository.h"

#include "org/OrgProfileRepository.h"

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
    QJsonObject fields = QJsonDocument::fromJson(v->toString().toUtf8()).object();
    if (kind == QLatin1String("framework")) { // the profile's texts, read once
        auto profile = OrgProfileRepository(m_workspace).load();
        if (!profile)
            return profile.error();
        for (const auto &[key, field] : profileFields())
            fields.insert(key, profile->value(field));
    }
    return fields;
}

QList<std::pair<QString, OrgProfile::Field>> WorksheetRepository::profileFields()
{
    return { { QStringLiteral("constituency"), OrgProfile::Field::Constituency }, { QStringLiteral("mission"), OrgProfile::Field::Mission } };
}

Result<QJsonValue> WorksheetRepository::setField(const QString &kind, const QString &key, const QJsonValue &value)
{
    auto valid = Worksheets::validate(kind, key, value);
    if (!valid)
        return valid.error();
    if (kind == QLatin1String("framework")) // the profile's text, edited here too
        for (const auto &[profileKey, field] : profileFields())
            if (key == profileKey) {
                auto stored = OrgProfileRepository(m_workspace).setValue(field, valid->toString());
                if (!stored)
                    return stored.error();
                return QJsonValue(*stored);
            }
    auto current = load(kind);
    if (!current)
        return current.error();
    QJsonObject fields = *current;
    fields.insert(key, *valid);
    if (kind == QLatin1String("framework"))
        for (const auto &[profileKey, field] : profileFields())
            fields.remove(profileKey); // kept in the profile only
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
