#include "workspace/WorkspaceTimeZone.h"

#include "org/OrgProfileRepository.h"

namespace csirtkit {

QTimeZone WorkspaceTimeZone::read(Workspace &workspace)
{
    const auto name = OrgProfileRepository(workspace).value(OrgProfile::Field::TimeZone);
    if (name && !name->isEmpty()) {
        const QTimeZone zone(name->toUtf8());
        if (zone.isValid())
            return zone;
    }
    return QTimeZone::systemTimeZone();
}

QString WorkspaceTimeZone::format(const QDateTime &utc, const QTimeZone &zone)
{
    if (!utc.isValid())
        return {};
    return utc.toTimeZone(zone).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString WorkspaceTimeZone::label(const QTimeZone &zone)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return QString::fromUtf8(zone.id()) + QStringLiteral(" (")
        + zone.displayName(now, QTimeZone::OffsetName) + QLatin1Char(')');
}

QDateTime WorkspaceTimeZone::parse(const QString &text, const QTimeZone &zone)
{
    const QString trimmed = text.trimmed();
    for (const QString &pattern : { QStringLiteral("yyyy-MM-dd HH:mm"), QStringLiteral("yyyy-MM-dd HH:mm:ss"),
                                    QStringLiteral("yyyy-MM-ddTHH:mm"), QStringLiteral("yyyy-MM-dd") }) {
        QDateTime local = QDateTime::fromString(trimmed, pattern);
        if (local.isValid()) {
            local.setTimeZone(zone);
            return local.toUTC();
        }
    }
    return {};
}

} // namespace csirtkit
