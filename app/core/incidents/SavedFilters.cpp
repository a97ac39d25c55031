#include "incidents/SavedFilters.h"

#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>

namespace csirtkit {

Result<QList<SavedFilters::Saved>> SavedFilters::list() const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT name, definition FROM saved_filter ORDER BY name COLLATE NOCASE"));
    if (!q)
        return q.error();
    QList<Saved> list;
    while (q->next())
        list.append({ q->value(0).toString(),
                      IncidentFilter::fromJson(QJsonDocument::fromJson(q->value(1).toString().toUtf8()).object()) });
    return list;
}

Result<void> SavedFilters::save(const QString &name, const IncidentFilter &filter)
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the filter a name."));
    if (trimmed.size() > MaxNameLength)
        return makeError(ErrorCode::Invalid, tr("A filter name can have at most %1 characters.").arg(MaxNameLength));
    const QString json = QString::fromUtf8(QJsonDocument(filter.toJson()).toJson(QJsonDocument::Compact));
    return m_workspace.write(QStringLiteral("saved_filter"), trimmed, [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("INSERT INTO saved_filter (name, definition) VALUES (?, ?) "
                                                    "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition"),
                                 { trimmed, json }));
    });
}

Result<void> SavedFilters::remove(const QString &name)
{
    return m_workspace.write(QStringLiteral("saved_filter"), name, [&](QSqlDatabase &db) -> Result<void> {
        auto q = sql::exec(db, QStringLiteral("DELETE FROM saved_filter WHERE name = ?"), { name });
        if (!q)
            return q.error();
        if (q->numRowsAffected() == 0)
            return makeError(ErrorCode::NotFound, tr("There is no saved filter called “%1”.").arg(name));
        return {};
    });
}

} // namespace csirtkit
