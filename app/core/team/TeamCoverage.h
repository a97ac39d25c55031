#pragma once

#include "common/Result.h"
#include "team/StaffingCalculator.h"
#include "team/TeamTypes.h"

#include <QCoreApplication>

namespace csirtkit {

class Workspace;

// Everything the coverage rules, the CLI and the staffing plan document read about the team, loaded at once.
struct TeamState
{
    QString templateKey;
    QList<EffectiveRole> roles;
    QList<Person> people;
    QList<RoleAssignment> assignments;
    RaciTable raci;
    StaffingParameters staffing;

    static Result<TeamState> load(Workspace &workspace);
    const Person *person(qint64 id) const;
    const EffectiveRole *role(const QString &key) const;
    qint64 holder(const QString &role) const; // 0 when none
    QList<qint64> deputies(const QString &role) const;
    // The roles the team must staff: the chosen shape's (or a minimal team's) roles and the team's own, not hidden.
    QList<const EffectiveRole *> teamRoles() const;
    double fteAvailable() const; // the sum of the active people's agreed shares
};

struct TeamGap
{
    QString kind;     // see TeamCoverage::kinds()
    QString role;     // role key, empty when the gap is about a person only
    qint64 person = 0;
    QString activity; // RACI gaps: the activity key
    QString skill;    // skill gaps: the skill key
    QString message;  // what is wrong and what to do, in the current language
};

// The coverage rules: roles with no holder, no deputy, the same person as holder and deputy, an inactive
// person still assigned, a person whose roles take more time than was agreed, single points of failure,
// combinations the team shape forbids, skills below what a held role needs, and RACI rows without exactly
// one A, without an R, or given to a role nobody holds.
class TeamCoverage
{
    Q_DECLARE_TR_FUNCTIONS(TeamCoverage)

public:
    static QStringList kinds();
    static QString kindTitle(const QString &kind); // "No holder", "Skill below what the role needs", …
    static QList<TeamGap> gaps(const TeamState &state, const QString &language);
    // Each active person's load in % of their working time (holder: the role's load; deputy: the deputy share of it).
    static QHash<qint64, int> loads(const TeamState &state);
};

} // namespace csirtkit
