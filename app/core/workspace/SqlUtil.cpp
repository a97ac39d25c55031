#include "workspace/SqlUtil.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QTimeZone>

#include <sqlite3.h>

namespace csirtkit::sql {

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Error fromCode(int code, const QString &what, const QString &detail)
{
    const int primary = code & 0xff;
    if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED)
        return makeError(ErrorCode::Locked,
                         QCoreApplication::translate("csirtkit::sql",
                                                     "%1 failed because another program is using the "
                                                     "workspace. Close it and try again.")
                             .arg(what));
    if (primary == SQLITE_CORRUPT || primary == SQLITE_NOTADB)
        return makeError(ErrorCode::Corrupt,
                         QCoreApplication::translate("csirtkit::sql",
                                                     "%1 failed because the workspace file is damaged. "
                                                     "Restore it from a backup.")
                             .arg(what));
    if (primary == SQLITE_READONLY)
        return makeError(ErrorCode::ReadOnly,
                         QCoreApplication::translate("csirtkit::sql",
                                                     "%1 failed because the workspace cannot be written here. Nothing "
                                                     "was changed; work on a writable copy of it.")
                             .arg(what));
    if (primary == SQLITE_FULL)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("csirtkit::sql",
                                                     "%1 failed because the disk is full. Nothing was changed; free "
                                                     "some space and try again.")
                             .arg(what));
    if (primary == SQLITE_IOERR || primary == SQLITE_CANTOPEN)
        return makeError(ErrorCode::Io,
                         QCoreApplication::translate("csirtkit::sql",
                                                     "%1 failed because the file could not be written "
                                                     "(disk full or removed?). Nothing was changed.")
                             .arg(what));
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("csirtkit::sql", "%1 failed: %2").arg(what, detail));
}

Error toError(const QSqlError &error, const QString &what)
{
    return fromCode(error.nativeErrorCode().toInt(), what, error.text());
}

Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        return toError(query.lastError(), QCoreApplication::translate("csirtkit::sql", "Accessing the workspace"));
    for (const QVariant &value : bindings) {
        // A null QString means "no text" here: bind ''. SQL NULL is asked for with sql::null().
        if (value.typeId() == QMetaType::QString && !value.isNull() && value.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(value);
    }
    if (!query.exec())
        return toError(query.lastError(), QCoreApplication::translate("csirtkit::sql", "Accessing the workspace"));
    return query;
}

Result<qint64> insert(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings)
{
    auto query = exec(db, statement, bindings);
    if (!query)
        return query.error();
    return query->lastInsertId().toLongLong();
}

Result<void> ok(const Result<QSqlQuery> &query)
{
    if (!query)
        return query.error();
    return {};
}

Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings)
{
    auto query = exec(db, statement, bindings);
    if (!query)
        return query.error();
    if (!query->next())
        return QVariant();
    return query->value(0);
}

Result<void> execScript(const QSqlDatabase &db, const QByteArray &script)
{
    sqlite3 *h = handle(db);
    if (!h)
        return makeError(ErrorCode::Database, QStringLiteral("no SQLite handle"));
    char *message = nullptr;
    const int rc = sqlite3_exec(h, script.constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        const int primary = rc & 0xff;
        if (primary == SQLITE_ERROR || primary == SQLITE_CONSTRAINT)
            return makeError(ErrorCode::Database, text); // a statement's own failure: its message says which
        return fromCode(rc, QCoreApplication::translate("csirtkit::sql", "Writing the workspace"), text);
    }
    return {};
}

QVariant null()
{
    return QVariant(QMetaType(QMetaType::QString));
}

QString toUtcText(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QString nowUtcText()
{
    return toUtcText(QDateTime::currentDateTimeUtc());
}

QDateTime fromUtcText(const QString &text)
{
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!t.isValid())
        t = QDateTime::fromString(text, Qt::ISODate);
    t.setTimeZone(QTimeZone::UTC);
    return t;
}

} // namespace csirtkit::sql
