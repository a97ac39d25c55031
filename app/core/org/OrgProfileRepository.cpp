#include "org/OrgProfileRepository.h"

#include "org/OrgProfileValidator.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

namespace csirtkit {

Result<OrgProfile> OrgProfileRepository::load() const
{
    QStringList columns;
    for (auto field : OrgProfile::allFields())
        columns << OrgProfile::column(field);
    auto query = sql::exec(m_workspace.db(),
                           QStringLiteral("SELECT %1 FROM org_profile WHERE id = 1").arg(columns.join(u", ")));
    if (!query)
        return query.error();
    OrgProfile profile;
    if (query->next()) {
        int i = 0;
        for (auto field : OrgProfile::allFields())
            profile.setValue(field, query->value(i++).toString());
    }
    return profile;
}

Result<QString> OrgProfileRepository::value(OrgProfile::Field field) const
{
    auto v = sql::scalar(m_workspace.db(),
                         QStringLiteral("SELECT %1 FROM org_profile WHERE id = 1").arg(OrgProfile::column(field)));
    if (!v)
        return v.error();
    return v->toString();
}

Result<QString> OrgProfileRepository::setValue(OrgProfile::Field field, const QString &value)
{
    auto valid = OrgProfileValidator::validate(field, value);
    if (!valid)
        return valid.error();
    const QString column = OrgProfile::column(field);
    const QString stored = valid->isNull() ? QStringLiteral("") : *valid; // callers get "" rather than null
    auto written = m_workspace.write(QStringLiteral("org_profile"), column, [&](QSqlDatabase &db) -> Result<void> {
        auto updated = sql::exec(db, QStringLiteral("UPDATE org_profile SET %1 = ? WHERE id = 1").arg(column),
                                 { stored });
        if (!updated)
            return updated.error();
        return {};
    });
    if (!written)
        return written.error();
    return stored;
}

} // namespace csirtkit
