#pragma once

#include "team/RotaPlanner.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>
#include <QTimeZone>

namespace csirtkit {

struct ICalendarEvent
{
    QString uid;
    QDateTime startUtc;
    QDateTime endUtc;
    QString summary;
    QString description;
    int sequence = 0;
};

// Writes calendars as iCalendar (RFC 5545) for calendar programs to subscribe to or import, so that
// the on-call rota shows up where people already look.
class ICalendarWriter
{
    Q_DECLARE_TR_FUNCTIONS(ICalendarWriter)

public:
    // A complete VCALENDAR (CRLF line endings, UTF-8, content lines folded at 75 octets without
    // splitting a UTF-8 sequence, TEXT values escaping backslash, semicolon, comma and newlines as
    // \\ \; \, \n), PRODID "-//CSIRT Kit//On-call rota//EN", VERSION 2.0, CALSCALE GREGORIAN,
    // METHOD PUBLISH, X-WR-CALNAME from `name`, one VEVENT per event with UID, DTSTAMP (= stampUtc),
    // DTSTART/DTEND in UTC form (YYYYMMDDTHHMMSSZ), SUMMARY, DESCRIPTION (omitted when empty),
    // SEQUENCE, TRANSP:OPAQUE.
    static QByteArray write(const QString &name, const QList<ICalendarEvent> &events, const QDateTime &stampUtc);
    // A TEXT value: \ ; , escaped, any line break as \n, other control characters dropped.
    static QString escapeText(const QString &text);
    // One content line without CRLF → folded with CRLF + space (no CRLF after the last part).
    static QByteArray fold(const QByteArray &line);
    // A date-time in UTC form, e.g. 20250106T000000Z (converted to UTC first).
    static QByteArray utcStamp(const QDateTime &dateTime);
    // Rota events: one event per duty (primary and secondary separately), UID
    // "rota-<yyyyMMdd>-primary@<workspaceId>" (or -secondary), so re-exports update the same events.
    // Summary e.g. "On call (primary): <name>", translated via tr() in the caller's language; the
    // description names the other person on duty. `names` maps person id → name. Empty roles (0)
    // get no event.
    static QList<ICalendarEvent> rotaEvents(const RotaRules &rules, const QList<RotaShift> &shifts,
                                            const QHash<qint64, QString> &names, const QTimeZone &zone,
                                            const QString &workspaceId);
};

} // namespace csirtkit
