#pragma once

#include "team/TeamTypes.h"

#include <QCoreApplication>

namespace csirtkit {

struct FieldProblem
{
    QString field; // the column name of the person table ("email", "pgp", …)
    QString message;
};

// Checks and normalises a person before it is stored: a name, a plausible e-mail address, phone numbers
// made of digits and the usual separators, an OpenPGP fingerprint of 40 hex digits, a known IANA time
// zone, a share of 0–100 %, skill levels 0–3 against skills the catalogue knows.
class PersonValidator
{
    Q_DECLARE_TR_FUNCTIONS(PersonValidator)

public:
    // Trims texts, upper-cases the fingerprint and removes its spaces.
    static Person normalised(Person person);
    static QList<FieldProblem> problems(const Person &person);
    static bool isPhone(const QString &text);
    static bool isFingerprint(const QString &normalisedText);
    // "0123 4567 … " in ten groups of four, as OpenPGP tools show it.
    static QString formatFingerprint(const QString &fingerprint);
    static QString membershipTitle(const QString &key);
    static QStringList memberships();
};

} // namespace csirtkit
