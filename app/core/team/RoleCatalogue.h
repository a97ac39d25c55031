#pragma once

#include "common/Result.h"
#include "phases/ContentLibrary.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace csirtkit {

struct TeamSkill
{
    QString key;
    QString kind; // "personal" or "technical"
    LocalText title;
    LocalText description;
};

struct RoleGroup
{
    QString key;
    LocalText title;
};

struct SkillNeed
{
    QString skill;
    int level = 0; // 0 not needed … 3 expert
};

struct TeamRole
{
    QString key;
    int number = 0; // the order of the NCA definitions
    QString group;
    LocalText title;
    LocalText duties;
    LocalText minimalHint;
    QList<SkillNeed> skills;
    QStringList services; // FIRST services (services.json) the role supports
    bool minimal = false; // a minimal team needs it
    int load = 0;         // share of one person's working time (%) the role takes as its holder
    bool addedLater = false; // not in the first edition of the definitions
};

struct TeamActivity
{
    QString key;
    LocalText title;
};

struct RoleCombination
{
    QStringList roles;
    LocalText text; // advice for a combination one person may hold, or why never
};

struct TeamTemplate
{
    QString key;
    LocalText title;
    LocalText description;
    QStringList orgModels; // organisational models (org_models.json) that preselect it
    QStringList roles;
    QStringList outsourced;
    QList<RoleCombination> combinations;
    QList<RoleCombination> never;
    int minPeople = 0;
    int maxPeople = 0;
    QHash<QString, QHash<QString, QChar>> raci; // activity → role → R, A, C or I
};

// The shipped role catalogue (resources/content/roles.json): the roles of the Nippon CSIRT
// Association's role definitions with their duties, skills and FIRST services, the skills, the RACI
// activities and four team shapes with their roles, combinations and default RACI. parse() checks
// that every reference resolves and that each RACI row has exactly one A and at least one R.
class RoleCatalogue
{
    Q_DECLARE_TR_FUNCTIONS(RoleCatalogue)

public:
    static const RoleCatalogue &instance();
    static Result<RoleCatalogue> parse(const QByteArray &json);

    const QList<TeamSkill> &skills() const { return m_skills; }
    const QList<RoleGroup> &groups() const { return m_groups; }
    const QList<TeamRole> &roles() const { return m_roles; }
    const QList<TeamActivity> &activities() const { return m_activities; }
    const QList<TeamTemplate> &templates() const { return m_templates; }
    const TeamRole *role(const QString &key) const;
    const TeamSkill *skill(const QString &key) const;
    const TeamTemplate *teamTemplate(const QString &key) const;
    // The template an organisational model preselects; null when none names it.
    const TeamTemplate *templateForOrgModel(const QString &orgModelKey) const;

private:
    Result<void> check() const;

    QList<TeamSkill> m_skills;
    QList<RoleGroup> m_groups;
    QList<TeamRole> m_roles;
    QList<TeamActivity> m_activities;
    QList<TeamTemplate> m_templates;
};

} // namespace csirtkit
