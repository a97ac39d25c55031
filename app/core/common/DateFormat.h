#pragma once

#include <QDateTime>

namespace csirtkit::DateFormat {

// One way of writing dates and times everywhere — screens, reports, CSV, the command line — in
// both languages: ISO 8601's calendar form (2026-12-03, 2026-12-03 09:30, 2026-12). It cannot be
// misread (12/03 is March in one country and December in another), sorts as text, and is what
// every date field of CSIRT Kit accepts.
inline QString date(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

inline QString dateTime(const QDateTime &time) // in the time zone `time` carries
{
    return time.isValid() ? time.toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

inline QString month(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("yyyy-MM")) : QString();
}

} // namespace csirtkit::DateFormat
