#pragma once

#include <QDateTime>
#include <QLocale>

namespace csirtkit::DateText {

// The locale's short date (and time) format, always with a four-digit year: "12/17/26" is ambiguous.
inline QString fullYear(QString format)
{
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

inline QString shortDate(const QDate &date)
{
    const QLocale locale;
    return locale.toString(date, fullYear(locale.dateFormat(QLocale::ShortFormat)));
}

inline QString shortDateTime(const QDateTime &time)
{
    const QLocale locale;
    return locale.toString(time, fullYear(locale.dateTimeFormat(QLocale::ShortFormat)));
}

} // namespace csirtkit::DateText
