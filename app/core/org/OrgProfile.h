#pragma once

#include <QCoreApplication>
#include <QString>

#include <array>

namespace csirtkit {

// The organisation profile: who the CSIRT serves and how to reach it (feeds the RFC 2350 profile).
class OrgProfile
{
    Q_DECLARE_TR_FUNCTIONS(OrgProfile)

public:
    enum class Field {
        Name,
        ShortName,
        Constituency,
        Mission,
        TimeZone,
        OperatingHours,
        Languages,
        Email,
        Phone,
        Address,
        PgpFingerprint,
        Notes,
    };
    static constexpr int FieldCount = 12;
    static constexpr std::array<Field, FieldCount> allFields()
    {
        return { Field::Name, Field::ShortName, Field::Constituency, Field::Mission, Field::TimeZone,
                 Field::OperatingHours, Field::Languages, Field::Email, Field::Phone, Field::Address,
                 Field::PgpFingerprint, Field::Notes };
    }

    static QString column(Field field); // database column and stable key, e.g. "pgp_fingerprint"
    static QString label(Field field);  // translated label, e.g. "PGP key fingerprint"

    QString value(Field field) const { return m_values[size_t(field)]; }
    void setValue(Field field, const QString &value) { m_values[size_t(field)] = value; }
    int filledCount() const;

private:
    std::array<QString, FieldCount> m_values;
};

} // namespace csirtkit
