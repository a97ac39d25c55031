#include "org/OrgProfile.h"

namespace csirtkit {

QString OrgProfile::column(Field field)
{
    switch (field) {
    case Field::Name: return QStringLiteral("name");
    case Field::ShortName: return QStringLiteral("short_name");
    case Field::Constituency: return QStringLiteral("constituency");
    case Field::Mission: return QStringLiteral("mission");
    case Field::TimeZone: return QStringLiteral("time_zone");
    case Field::OperatingHours: return QStringLiteral("operating_hours");
    case Field::Languages: return QStringLiteral("languages");
    case Field::Email: return QStringLiteral("email");
    case Field::Phone: return QStringLiteral("phone");
    case Field::Address: return QStringLiteral("address");
    case Field::PgpFingerprint: return QStringLiteral("pgp_fingerprint");
    case Field::Notes: return QStringLiteral("notes");
    }
    return {};
}

QString OrgProfile::label(Field field)
{
    switch (field) {
    case Field::Name: return tr("Organisation name");
    case Field::ShortName: return tr("Short name");
    case Field::Constituency: return tr("Constituency");
    case Field::Mission: return tr("Mission statement");
    case Field::TimeZone: return tr("Time zone");
    case Field::OperatingHours: return tr("Operating hours");
    case Field::Languages: return tr("Languages");
    case Field::Email: return tr("E-mail");
    case Field::Phone: return tr("Telephone");
    case Field::Address: return tr("Address");
    case Field::PgpFingerprint: return tr("PGP key fingerprint");
    case Field::Notes: return tr("Notes");
    }
    return {};
}

int OrgProfile::filledCount() const
{
    int count = 0;
    for (const QString &v : m_values)
        count += v.trimmed().isEmpty() ? 0 : 1;
    return count;
}

} // namespace csirtkit
