#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

struct sqlite3;

namespace csirtkit::sql {

// The raw handle behind a QSQLITE connection (for the backup API and multi-statement scripts).
sqlite3 *handle(const QSqlDatabase &db);

// Turns a failed statement into an Error with a sentence the user can act on.
Error toError(const QSqlError &error, const QString &what);
// The same from SQLite's result code (`detail`: SQLite's own message, used when nothing better fits).
Error fromCode(int code, const QString &what, const QString &detail);

// Prepares and runs `statement` with positional bindings; returns the active query or an Error.
Result<QSqlQuery> exec(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings = {});

// Runs an INSERT and returns the new row's id.
Result<qint64> insert(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings = {});

// A statement's success without its query (for writes).
Result<void> ok(const Result<QSqlQuery> &query);

// A single scalar value (first column of the first row), or an Error.
Result<QVariant> scalar(const QSqlDatabase &db, const QString &statement, const QVariantList &bindings = {});

// Runs a script of several statements (migrations) through sqlite3_exec.
Result<void> execScript(const QSqlDatabase &db, const QByteArray &script);

// SQL NULL for a TEXT column (a null QString binds as '').
QVariant null();

QString nowUtcText();
QString toUtcText(const QDateTime &time);
QDateTime fromUtcText(const QString &text);

} // namespace csirtkit::sql
