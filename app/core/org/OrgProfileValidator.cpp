#include "org/OrgProfileValidator.h"

#include "common/TextRules.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace csirtkit {

Result<QString> OrgProfileValidator::validate(OrgProfile::Field field, const QString &value)
{
    using F = OrgProfile::Field;
    const QString trimmed = field == F::Notes ? value : value.trimmed();
    if (trimmed.size() > MaxLength)
        return makeError(ErrorCode::Invalid, tr("%1 is too long (at most %2 characters).")
                                                 .arg(OrgProfile::label(field))
                                                 .arg(MaxLength));
    switch (field) {
    case F::Name:
        if (trimmed.isEmpty())
            return makeError(ErrorCode::Invalid, tr("The organisation name cannot be empty."));
        return trimmed;
    case F::Email:
        if (!trimmed.isEmpty() && !TextRules::isEmail(trimmed))
            return makeError(ErrorCode::Invalid, tr("“%1” is not an e-mail address. Enter it as name@example.org.")
                                                     .arg(trimmed));
        return trimmed;
    case F::TimeZone:
        if (!trimmed.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(trimmed.toUtf8()))
            return makeError(ErrorCode::Invalid,
                             tr("“%1” is not a known time zone. Choose one from the list, e.g. Asia/Tokyo.")
                                 .arg(trimmed));
        return trimmed;
    case F::PgpFingerprint: {
        QString hex = trimmed;
        hex.remove(QRegularExpression(QStringLiteral("[\\s:]")));
        if (hex.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
            hex = hex.mid(2);
        if (hex.isEmpty())
            return QString();
        static const QRegularExpression isHex(QStringLiteral("^[0-9A-Fa-f]+$"));
        if (!isHex.match(hex).hasMatch() || (hex.size() != 40 && hex.size() != 64))
            return makeError(ErrorCode::Invalid,
                             tr("A PGP key fingerprint is 40 hexadecimal digits (OpenPGP v4) or 64 (v5/v6), "
                                "spaces allowed. “%1” is not one.")
                                 .arg(trimmed));
        hex = hex.toUpper();
        QStringList groups;
        for (qsizetype i = 0; i < hex.size(); i += 4)
            groups << hex.mid(i, 4);
        return groups.join(QLatin1Char(' '));
    }
    default:
        return trimmed;
    }
}

} // namespace csirtkit
