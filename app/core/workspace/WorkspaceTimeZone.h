#pragma once

#include <QDateTime>
#include <QTimeZone>

namespace csirtkit {

class Workspace;

// Incident times are stored in UTC and entered and shown in the workspace's time zone (the
// organisation profile's, or this computer's when the profile names none), with the zone visible.
class WorkspaceTimeZone
{
public:
    static QTimeZone read(Workspace &workspace);
    // "2026-11-22 17:05"; empty for an invalid time.
    static QString format(const QDateTime &utc, const QTimeZone &zone);
    // "Asia/Tokyo (UTC+09:00)" — the label shown beside time fields.
    static QString label(const QTimeZone &zone);
    // A time entered as "yyyy-MM-dd HH:mm" in `zone`, as UTC; invalid when the text is not a time.
    static QDateTime parse(const QString &text, const QTimeZone &zone);
};

} // namespace csirtkit
