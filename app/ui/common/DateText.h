#pragma once

#include "common/DateFormat.h"

#include <QDateTime>

namespace csirtkit::DateText {

// Dates on screen: the one form used everywhere (DateFormat), never the locale's two-digit years.
inline QString shortDate(const QDate &date)
{
    return DateFormat::date(date);
}

inline QString shortDateTime(const QDateTime &time)
{
    return DateFormat::dateTime(time);
}

} // namespace csirtkit::DateText
