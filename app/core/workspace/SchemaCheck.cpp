#include "workspace/SchemaCheck.h"

#include "workspace/Migrator.h"
#include "workspace/SqlUtil.h"

#include <QHash>
#include <QMap>
#include <QMutex>

namespace csirtkit {

namespace {

struct SchemaObject
{
    QString type;
    QString sql;
};
using Schema = QMap<QString, SchemaObject>; // by name, sorted so that messages come in a stable order

Result<Schema> describe(const QSqlDatabase &db)
{
    auto rows = sql::exec(db, QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_master "
                                             "WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (!rows)
        return rows.error();
    Schema schema;
    while (rows->next())
        schema.insert(rows->value(1).toString(), { rows->value(0).toString(), rows->value(2).toString().simplified() });
    return schema;
}

Result<Schema> reference(int version)
{
    static QMutex mutex;
    static QHash<int, Schema> cache;
    const QMutexLocker locker(&mutex);
    if (auto found = cache.constFind(version); found != cache.constEnd())
        return *found;
    static int counter = 0;
    const QString connection = QStringLiteral("csirtkit-schema-reference-%1").arg(++counter);
    Result<Schema> described = Schema();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open())
            described = sql::toError(db.lastError(), QStringLiteral("schema reference"));
        else if (auto migrated = Migrator::migrate(db, version); !migrated)
            described = migrated.error();
        else
            described = describe(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (described)
        cache.insert(version, *described);
    return described;
}

QString kindName(const QString &type)
{
    if (type == QLatin1String("table"))
        return SchemaCheck::tr("table");
    if (type == QLatin1String("index"))
        return SchemaCheck::tr("index");
    if (type == QLatin1String("trigger"))
        return SchemaCheck::tr("trigger");
    return SchemaCheck::tr("view");
}

} // namespace

Result<QStringList> SchemaCheck::differences(const QSqlDatabase &db, int version)
{
    auto expected = reference(version);
    if (!expected)
        return expected.error();
    auto actual = describe(db);
    if (!actual)
        return actual.error();
    QStringList found;
    for (auto it = expected->cbegin(); it != expected->cend(); ++it) {
        const auto there = actual->constFind(it.key());
        if (there == actual->cend())
            found << tr("the %1 “%2” is missing").arg(kindName(it->type), it.key());
        else if (there->type != it->type || there->sql != it->sql)
            found << tr("the %1 “%2” is not as this format defines it").arg(kindName(it->type), it.key());
    }
    for (auto it = actual->cbegin(); it != actual->cend(); ++it) {
        if (!expected->contains(it.key()))
            found << tr("there is an unexpected %1 “%2”").arg(kindName(it->type), it.key());
    }
    return found;
}

} // namespace csirtkit
