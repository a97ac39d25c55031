#pragma once

#include "common/Result.h"

#include <QSqlDatabase>
#include <QString>

namespace csirtkit {

// Hands out INC-YYYY-NNNN identifiers, never twice. The counter per year only grows; when it was set
// back outside CSIRT Kit (it then points at an identifier that exists), numbering continues after
// the highest identifier of the year instead of failing on the unique constraint. `check` and
// `verify` report such a counter (IntegrityLedger::counterFindings).
class IncidentIdentifiers
{
public:
    // Inside the caller's transaction.
    static Result<QString> next(const QSqlDatabase &db, int year);
    static QString format(int year, qint64 number);
};

} // namespace csirtkit
