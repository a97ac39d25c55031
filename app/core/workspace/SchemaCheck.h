#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QStringList>

namespace csirtkit {

// Compares a workspace's schema with what its recorded format version must contain: every table
// (with its columns and constraints), index, trigger and full-text table, nothing more. The
// reference is made by running the shipped migrations up to that version on an in-memory database,
// so it cannot drift from the migrations. Reads only.
class SchemaCheck
{
    Q_DECLARE_TR_FUNCTIONS(SchemaCheck)

public:
    // One sentence per difference ("the table “incident” is missing"); empty when the schema matches.
    static Result<QStringList> differences(const QSqlDatabase &db, int version);
};

} // namespace csirtkit
