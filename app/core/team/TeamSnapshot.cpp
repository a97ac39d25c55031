#include "team/TeamSnapshot.h"

#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QJsonArray>
#include <QSqlRecord>

namespace csirtkit {

QStringList TeamSnapshot::tables()
{
    // In the order rows can be inserted (people before what points to them).
    return { QStringLiteral("team_settings"), QStringLiteral("team_role"), QStringLiteral("person"),
             QStringLiteral("person_skill"), QStringLiteral("role_assignment"), QStringLiteral("raci"),
             QStringLiteral("absence"), QStringLiteral("rota_shift"), QStringLiteral("training_item") };
}

Result<QJsonObject> TeamSnapshot::capture(const QSqlDatabase &db)
{
    QJsonObject snapshot;
    for (const QString &table : tables()) {
        auto q = sql::exec(db, QStringLiteral("SELECT * FROM %1").arg(table));
        if (!q)
            return q.error();
        QJsonArray rows;
        while (q->next()) {
            const QSqlRecord record = q->record();
            QJsonObject row;
            for (int i = 0; i < record.count(); ++i)
                row.insert(record.fieldName(i), QJsonValue::fromVariant(record.value(i)));
            rows.append(row);
        }
        snapshot.insert(table, rows);
    }
    return snapshot;
}

Result<void> TeamSnapshot::restore(Workspace &workspace, const QJsonObject &snapshot)
{
    return workspace.write(QStringLiteral("team"), QStringLiteral("restored"), [&](QSqlDatabase &db) -> Result<void> {
        const QStringList order = tables();
        for (auto it = order.crbegin(); it != order.crend(); ++it)
            if (auto r = sql::ok(sql::exec(db, QStringLiteral("DELETE FROM %1").arg(*it))); !r)
                return r;
        for (const QString &table : order) {
            for (const QJsonValue &v : snapshot.value(table).toArray()) {
                const QJsonObject row = v.toObject();
                QStringList columns;
                QStringList marks;
                QVariantList values;
                for (auto c = row.begin(); c != row.end(); ++c) {
                    columns << c.key();
                    marks << QStringLiteral("?");
                    // JSON numbers come back as doubles; the STRICT tables want integers where they were.
                    const QJsonValue value = c.value();
                    values << (value.isNull() ? QVariant(QMetaType::fromType<QString>())
                               : value.isDouble() && value.toDouble() == double(value.toInteger()) ? QVariant(value.toInteger())
                                                                                                  : value.toVariant());
                }
                if (auto r = sql::ok(sql::exec(db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                                                       .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                                               values));
                    !r)
                    return r;
            }
        }
        return {};
    });
}

} // namespace csirtkit
