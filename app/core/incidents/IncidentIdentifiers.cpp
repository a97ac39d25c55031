#include "incidents/IncidentIdentifiers.h"

#include "workspace/SqlUtil.h"

namespace csirtkit {

QString IncidentIdentifiers::format(int year, qint64 number)
{
    return QStringLiteral("INC-%1-%2").arg(year).arg(number, 4, 10, QLatin1Char('0'));
}

Result<QString> IncidentIdentifiers::next(const QSqlDatabase &db, int year)
{
    if (auto bumped = sql::exec(db, QStringLiteral("INSERT INTO incident_sequence (year, last) VALUES (?, 1) "
                                                   "ON CONFLICT (year) DO UPDATE SET last = last + 1"), { year }); !bumped)
        return bumped.error();
    auto number = sql::scalar(db, QStringLiteral("SELECT last FROM incident_sequence WHERE year = ?"), { year });
    if (!number)
        return number.error();
    QString ident = format(year, number->toLongLong());
    auto taken = sql::scalar(db, QStringLiteral("SELECT count(*) FROM incident WHERE ident = ?"), { ident });
    if (!taken)
        return taken.error();
    if (taken->toInt() == 0)
        return ident;
    auto highest = sql::scalar(db, QStringLiteral("SELECT max(CAST(substr(ident, 10) AS INTEGER)) FROM incident "
                                                  "WHERE ident GLOB ?"),
                               { QStringLiteral("INC-%1-[0-9]*").arg(year) });
    if (!highest)
        return highest.error();
    const qint64 recovered = highest->toLongLong() + 1;
    if (auto set = sql::exec(db, QStringLiteral("UPDATE incident_sequence SET last = ? WHERE year = ?"), { recovered, year });
        !set)
        return set.error();
    return format(year, recovered);
}

} // namespace csirtkit
