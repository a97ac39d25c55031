#include "team/TeamCoverage.h"

#include "common/TextRules.h"
#include "team/PeopleRepository.h"
#include "team/RoleCatalogue.h"
#include "team/TeamRepository.h"

#include <QSet>

namespace csirtkit {

Result<TeamState> TeamState::load(Workspace &workspace)
{
    TeamRepository team(workspace);
    TeamState s;
    auto shape = team.templateKey();
    auto roles = team.roles();
    auto people = PeopleRepository(workspace).people();
    auto assignments = team.assignments();
    auto raci = team.raci();
    auto staffing = team.staffing();
    if (!shape)
        return shape.error();
    if (!roles)
        return roles.error();
    if (!people)
        return people.error();
    if (!assignments)
        return assignments.error();
    if (!raci)
        return raci.error();
    if (!staffing)
        return staffing.error();
    s.templateKey = *shape;
    s.roles = *roles;
    s.people = *people;
    s.assignments = *assignments;
    s.raci = *raci;
    s.staffing = *staffing;
    return s;
}

const Person *TeamState::person(qint64 id) const
{
    for (const Person &p : people)
        if (p.id == id)
            return &p;
    return nullptr;
}

const EffectiveRole *TeamState::role(const QString &key) const
{
    for (const EffectiveRole &r : roles)
        if (r.key == key)
            return &r;
    return nullptr;
}

qint64 TeamState::holder(const QString &role) const
{
    for (const RoleAssignment &a : assignments)
        if (a.holder && a.role == role)
            return a.person;
    return 0;
}

QList<qint64> TeamState::deputies(const QString &role) const
{
    QList<qint64> list;
    for (const RoleAssignment &a : assignments)
        if (!a.holder && a.role == role)
            list << a.person;
    return list;
}

QList<const EffectiveRole *> TeamState::teamRoles() const
{
    QList<const EffectiveRole *> list;
    for (const EffectiveRole &r : roles)
        if (r.inTeam && !r.hidden)
            list << &r;
    return list;
}

double TeamState::fteAvailable() const
{
    double fte = 0;
    for (const Person &p : people)
        if (p.active)
            fte += p.share / 100.0;
    return fte;
}

QStringList TeamCoverage::kinds()
{
    return { QStringLiteral("no_holder"),        QStringLiteral("no_deputy"),
             QStringLiteral("same_person"),      QStringLiteral("inactive_person"),
             QStringLiteral("overload"),         QStringLiteral("single_point_of_failure"),
             QStringLiteral("forbidden_combination"), QStringLiteral("skill_gap"),
             QStringLiteral("raci_accountable"), QStringLiteral("raci_responsible"),
             QStringLiteral("raci_unheld_role") };
}

QString TeamCoverage::kindTitle(const QString &kind)
{
    static const QHash<QString, const char *> titles = {
        { QStringLiteral("no_holder"), QT_TR_NOOP("No holder") },
        { QStringLiteral("no_deputy"), QT_TR_NOOP("No deputy") },
        { QStringLiteral("same_person"), QT_TR_NOOP("Holder is own deputy") },
        { QStringLiteral("inactive_person"), QT_TR_NOOP("Inactive person assigned") },
        { QStringLiteral("overload"), QT_TR_NOOP("More load than agreed") },
        { QStringLiteral("single_point_of_failure"), QT_TR_NOOP("Single point of failure") },
        { QStringLiteral("forbidden_combination"), QT_TR_NOOP("Combination to avoid") },
        { QStringLiteral("skill_gap"), QT_TR_NOOP("Skill below what the role needs") },
        { QStringLiteral("raci_accountable"), QT_TR_NOOP("RACI: not exactly one A") },
        { QStringLiteral("raci_responsible"), QT_TR_NOOP("RACI: no R") },
        { QStringLiteral("raci_unheld_role"), QT_TR_NOOP("RACI: role without holder") },
    };
    const char *title = titles.value(kind);
    return title ? tr(title) : kind;
}

QHash<qint64, int> TeamCoverage::loads(const TeamState &state)
{
    QHash<qint64, double> exact;
    for (const RoleAssignment &a : state.assignments) {
        const EffectiveRole *r = state.role(a.role);
        if (!r || r->hidden)
            continue;
        exact[a.person] += a.holder ? r->load : r->load * state.staffing.deputyShare / 100.0;
    }
    QHash<qint64, int> result;
    for (auto it = exact.cbegin(); it != exact.cend(); ++it)
        result.insert(it.key(), int(it.value() + 0.5));
    return result;
}

QList<TeamGap> TeamCoverage::gaps(const TeamState &state, const QString &language)
{
    QList<TeamGap> gaps;
    const RoleCatalogue &catalogue = RoleCatalogue::instance();
    QHash<qint64, const Person *> people;
    for (const Person &p : state.people)
        people.insert(p.id, &p);
    auto name = [&](qint64 id) { const Person *p = people.value(id); return p ? p->name : QString(); };
    auto roleName = [&](const EffectiveRole *r) { return r->title.in(language); };
    QHash<QString, qint64> holders;
    QHash<QString, QList<qint64>> deputies;
    for (const RoleAssignment &a : state.assignments) {
        if (a.holder)
            holders.insert(a.role, a.person);
        else
            deputies[a.role] << a.person;
    }
    const QList<const EffectiveRole *> teamRoles = state.teamRoles();
    const TeamTemplate *shape = catalogue.teamTemplate(state.templateKey);

    for (const EffectiveRole *r : teamRoles) {
        const qint64 h = holders.value(r->key);
        const QList<qint64> d = deputies.value(r->key);
        if (h == 0) {
            const bool outsourced = shape && shape->outsourced.contains(r->key);
            gaps.append({ QStringLiteral("no_holder"), r->key, 0, {}, {},
                          outsourced ? tr("%1 has no holder. The team shape buys this role in: add the provider's contact as an "
                                          "external member and make them the holder.").arg(roleName(r))
                                     : tr("%1 has no holder. Choose a person to hold the role.").arg(roleName(r)) });
        }
        bool otherDeputy = false;
        for (qint64 p : d)
            otherDeputy = otherDeputy || (p != h && people.value(p) && people.value(p)->active);
        if (h != 0 && !otherDeputy)
            gaps.append({ QStringLiteral("no_deputy"), r->key, 0, {}, {},
                          tr("%1 has no deputy. Name a second person who can step in when %2 is away.").arg(roleName(r), name(h)) });
        if (h != 0 && d.contains(h))
            gaps.append({ QStringLiteral("same_person"), r->key, h, {}, {},
                          tr("%1 is both holder and deputy of %2. A deputy must be someone else.").arg(name(h), roleName(r)) });
        QList<qint64> assigned = d;
        assigned << h;
        for (qint64 p : assigned)
            if (p != 0 && people.value(p) && !people.value(p)->active)
                gaps.append({ QStringLiteral("inactive_person"), r->key, p, {}, {},
                              tr("%1 is no longer active but still assigned to %2. Assign someone else.").arg(name(p), roleName(r)) });
    }

    // Load, single points of failure, forbidden combinations and skills: per person.
    const QHash<qint64, int> load = loads(state);
    QHash<qint64, QList<const EffectiveRole *>> held;
    QHash<qint64, QList<const EffectiveRole *>> covered; // held or deputised
    for (const EffectiveRole *r : teamRoles) {
        if (qint64 h = holders.value(r->key))
            held[h] << r;
        QList<qint64> assigned = deputies.value(r->key);
        assigned << holders.value(r->key);
        for (qint64 p : assigned)
            if (p != 0 && !covered[p].contains(r))
                covered[p] << r;
    }
    for (const Person &p : state.people) {
        if (!p.active)
            continue;
        if (load.value(p.id) > p.share)
            gaps.append({ QStringLiteral("overload"), {}, p.id, {}, {},
                          tr("%1's roles take about %2 % of their working time, but %3 % is agreed for CSIRT work. "
                             "Hand a role to someone else or agree a larger share with their manager.")
                              .arg(p.name).arg(load.value(p.id)).arg(p.share) });
        QStringList minimal;
        QStringList uncovered;
        for (const EffectiveRole *r : held.value(p.id)) {
            if (!r->minimal)
                continue;
            minimal << roleName(r);
            bool backup = false;
            for (qint64 d : deputies.value(r->key))
                backup = backup || (d != p.id && people.value(d) && people.value(d)->active);
            if (!backup)
                uncovered << roleName(r);
        }
        if (minimal.size() >= 2 && !uncovered.isEmpty())
            gaps.append({ QStringLiteral("single_point_of_failure"), {}, p.id, {}, {},
                          tr("%1 holds %2, which a minimal team needs. If %1 is away, %3 stop. Name deputies for them.")
                              .arg(p.name, TextRules::list(minimal), TextRules::list(uncovered)) });
        if (shape) {
            QSet<QString> keys;
            for (const EffectiveRole *r : held.value(p.id))
                keys.insert(r->key);
            for (const RoleCombination &never : shape->never) {
                bool all = !never.roles.isEmpty();
                for (const QString &k : never.roles)
                    all = all && keys.contains(k);
                if (all)
                    gaps.append({ QStringLiteral("forbidden_combination"), never.roles.value(0), p.id, {}, {},
                                  tr("%1 holds a combination of roles this team shape advises against: %2")
                                      .arg(p.name, never.text.in(language)) });
            }
        }
        QHash<QString, std::pair<int, const EffectiveRole *>> needs; // skill → highest level any covered role needs
        for (const EffectiveRole *r : covered.value(p.id))
            for (auto it = r->skills.cbegin(); it != r->skills.cend(); ++it)
                if (it.value() > needs.value(it.key()).first)
                    needs.insert(it.key(), { it.value(), r });
        QStringList skillKeys = needs.keys();
        skillKeys.sort();
        for (const QString &skill : skillKeys) {
            const auto [level, role] = needs.value(skill);
            const int has = p.skills.value(skill);
            if (has >= level)
                continue;
            const TeamSkill *s = catalogue.skill(skill);
            gaps.append({ QStringLiteral("skill_gap"), role->key, p.id, {}, skill,
                          tr("%1 has %2 at level %3; %4 needs level %5. Plan training, or give the role to someone with the skill.")
                              .arg(p.name, s ? s->title.in(language) : skill)
                              .arg(has)
                              .arg(roleName(role))
                              .arg(level) });
        }
    }

    for (const TeamActivity &activity : catalogue.activities()) {
        const QHash<QString, QChar> row = state.raci.value(activity.key);
        int accountable = 0;
        int responsible = 0;
        QStringList keys = row.keys();
        keys.sort();
        for (const QString &roleKey : keys) {
            const QChar v = row.value(roleKey);
            accountable += v == u'A' ? 1 : 0;
            responsible += v == u'R' ? 1 : 0;
            const EffectiveRole *r = state.role(roleKey);
            if ((v == u'A' || v == u'R') && (!r || !holders.value(roleKey)))
                gaps.append({ QStringLiteral("raci_unheld_role"), roleKey, 0, activity.key, {},
                              tr("“%1” is left to %2, which nobody holds. Assign a holder or give the activity to another role.")
                                  .arg(activity.title.in(language), r ? roleName(r) : roleKey) });
        }
        if (accountable != 1)
            gaps.append({ QStringLiteral("raci_accountable"), {}, 0, activity.key, {},
                          accountable == 0 ? tr("“%1” has no accountable role (A). Exactly one role must be accountable.")
                                                 .arg(activity.title.in(language))
                                           : tr("“%1” has %2 accountable roles (A). Exactly one role must be accountable.")
                                                 .arg(activity.title.in(language))
                                                 .arg(accountable) });
        if (responsible == 0)
            gaps.append({ QStringLiteral("raci_responsible"), {}, 0, activity.key, {},
                          tr("Nobody does “%1”: no role is responsible (R). Mark at least one.").arg(activity.title.in(language)) });
    }
    return gaps;
}

} // namespace csirtkit
