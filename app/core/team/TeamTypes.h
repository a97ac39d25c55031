#pragma once

#include "phases/ContentLibrary.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace csirtkit {

// A member of the people register.
struct Person
{
    qint64 id = 0;
    QString name;
    QString department;
    QString jobTitle;
    QString membership = QStringLiteral("internal"); // internal, external (outsourced, vendor) or virtual
    int share = 100;                                  // % of working time agreed for CSIRT work
    QString email;
    QString phoneOffice;
    QString phoneMobile;
    QString phone24h;
    QString pgp; // 40 hex digits, upper case, no spaces
    QString languages;
    QString timeZone; // IANA name
    QDate startDate;
    QString notes;
    bool active = true;
    QHash<QString, int> skills; // skill key → level 0–3
};

// A role as this workspace sees it: the catalogue's role with the workspace's overrides, or a role the
// workspace added.
struct EffectiveRole
{
    QString key;
    int number = 0;
    QString group;
    LocalText title;
    LocalText duties;
    QHash<QString, int> skills; // skill key → required level
    bool minimal = false;
    int load = 0;
    bool hidden = false;
    bool custom = false;
    bool overridden = false; // differs from the catalogue (a "reset to default" is offered)
    bool inTeam = true;      // in the chosen team shape (without one: the roles a minimal team needs); own roles always
};

struct RoleAssignment
{
    QString role;
    qint64 person = 0;
    bool holder = false; // otherwise a deputy
    int position = 0;
};

struct Absence
{
    qint64 id = 0;
    qint64 person = 0;
    QDate from;
    QDate to;
    QString reason;
};

struct TrainingItem
{
    qint64 id = 0;
    qint64 person = 0;
    QString skill;
    int targetLevel = 1;
    QDate due;
    QString status = QStringLiteral("proposed"); // proposed, planned, done or dropped
    QString note;
};

// activity → role → 'R', 'A', 'C' or 'I'
using RaciTable = QHash<QString, QHash<QString, QChar>>;

} // namespace csirtkit
