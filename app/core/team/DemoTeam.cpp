#include "team/DemoTeam.h"

#include "phases/ContentLibrary.h"
#include "team/PeopleRepository.h"
#include "team/RoleCatalogue.h"
#include "team/RotaRepository.h"
#include "team/TeamCoverage.h"
#include "team/TeamRepository.h"
#include "team/TrainingPlan.h"

#include <QJsonArray>

namespace csirtkit {

namespace {

QString text(const QJsonValue &value, const QString &language)
{
    return value.isString() ? value.toString() : LocalText::fromJson(value).in(language);
}

// Each person gets the skills their roles need, except the ones the demo lists as below that.
QHash<QString, int> skillsFor(const QString &key, const QJsonArray &assignments, const QJsonObject &below)
{
    QHash<QString, int> skills;
    for (const QJsonValue &v : assignments) {
        const QJsonObject a = v.toObject();
        QStringList people = { a.value(QLatin1String("holder")).toString() };
        for (const QJsonValue &d : a.value(QLatin1String("deputies")).toArray())
            people << d.toString();
        if (!people.contains(key))
            continue;
        if (const TeamRole *role = RoleCatalogue::instance().role(a.value(QLatin1String("role")).toString()))
            for (const SkillNeed &need : role->skills)
                skills[need.skill] = std::max(skills.value(need.skill), need.level);
    }
    for (auto it = below.begin(); it != below.end(); ++it)
        skills[it.key()] = it.value().toInt();
    return skills;
}

} // namespace

Result<void> DemoTeam::fill(Workspace &workspace, const QJsonObject &demo, const QString &language, QDate today)
{
    const QJsonObject team = demo.value(QLatin1String("team")).toObject();
    const QJsonObject names = demo.value(QLatin1String("people")).toObject();
    const QJsonArray assignments = team.value(QLatin1String("assignments")).toArray();
    TeamRepository repo(workspace);
    PeopleRepository people(workspace);
    if (auto r = repo.setTemplate(team.value(QLatin1String("template")).toString()); !r)
        return r;

    QHash<QString, qint64> ids;
    for (const QJsonValue &v : team.value(QLatin1String("people")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(QLatin1String("key")).toString();
        Person p;
        p.name = text(names.value(key), language);
        p.department = text(o.value(QLatin1String("department")), language);
        p.jobTitle = text(o.value(QLatin1String("job_title")), language);
        p.membership = o.value(QLatin1String("membership")).toString();
        p.share = o.value(QLatin1String("share")).toInt();
        p.email = o.value(QLatin1String("email")).toString();
        p.phoneOffice = o.value(QLatin1String("phone_office")).toString();
        p.phoneMobile = o.value(QLatin1String("phone_mobile")).toString();
        p.phone24h = o.value(QLatin1String("phone_24h")).toString();
        p.pgp = o.value(QLatin1String("pgp")).toString();
        p.languages = text(o.value(QLatin1String("languages")), language);
        p.timeZone = language == QLatin1String("ja") ? QStringLiteral("Asia/Tokyo") : QStringLiteral("Europe/London");
        p.startDate = today.addMonths(-14);
        p.skills = skillsFor(key, assignments, o.value(QLatin1String("skills_below")).toObject());
        auto id = people.add(p);
        if (!id)
            return id.error();
        ids.insert(key, *id);
    }
    for (const QJsonValue &v : assignments) {
        const QJsonObject a = v.toObject();
        const QString role = a.value(QLatin1String("role")).toString();
        QList<qint64> deputies;
        for (const QJsonValue &d : a.value(QLatin1String("deputies")).toArray())
            deputies << ids.value(d.toString());
        if (auto r = repo.setHolder(role, ids.value(a.value(QLatin1String("holder")).toString())); !r)
            return r;
        if (auto r = repo.setDeputies(role, deputies); !r)
            return r;
    }
    if (auto r = repo.setStaffing(StaffingParameters::fromJson(team.value(QLatin1String("staffing")).toObject())); !r)
        return r;

    const QJsonObject rotaJson = team.value(QLatin1String("rota")).toObject();
    RotaSettings settings = RotaSettings::fromJson(rotaJson);
    settings.people.clear(); // the content names people by key; the ids come now
    for (const QJsonValue &v : rotaJson.value(QLatin1String("people")).toArray())
        settings.people << ids.value(v.toString());
    RotaRepository rota(workspace);
    if (auto r = rota.setSettings(settings); !r)
        return r;
    for (const QJsonValue &v : team.value(QLatin1String("absences")).toArray()) {
        const QJsonObject o = v.toObject();
        if (auto r = people.addAbsence({ 0, ids.value(o.value(QLatin1String("person")).toString()),
                                         today.addDays(o.value(QLatin1String("from")).toInt()),
                                         today.addDays(o.value(QLatin1String("to")).toInt()),
                                         text(o.value(QLatin1String("reason")), language) });
            !r)
            return r.error();
    }
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    auto plan = rota.plan(monday, monday.addDays(rotaJson.value(QLatin1String("weeks")).toInt(8) * 7 - 1));
    if (!plan)
        return plan.error();
    if (auto r = rota.save(plan->shifts); !r)
        return r;
    // A swap two people agreed: the primary and the secondary of one week change places.
    const QJsonObject swap = team.value(QLatin1String("swap")).toObject();
    const int week = swap.value(QLatin1String("week")).toInt();
    if (week < plan->shifts.size()) {
        RotaShift shift = plan->shifts.at(week);
        std::swap(shift.primary, shift.secondary);
        if (auto r = rota.setShifts({ shift }, text(names.value(swap.value(QLatin1String("agreed_by")).toString()), language)); !r)
            return r;
    }
    if (!plan->shifts.isEmpty())
        if (auto r = rota.setHandover(plan->shifts.first().start, text(team.value(QLatin1String("handover")), language)); !r)
            return r;

    auto state = TeamState::load(workspace);
    if (!state)
        return state.error();
    TrainingPlan training(workspace);
    if (auto r = training.addProposals(TrainingPlan::proposals(*state, {}, today.addDays(90))); !r)
        return r.error();
    auto items = training.items();
    if (!items)
        return items.error();
    for (const QJsonValue &v : team.value(QLatin1String("training")).toArray()) {
        const QJsonObject o = v.toObject();
        for (TrainingItem item : std::as_const(*items)) {
            if (item.person != ids.value(o.value(QLatin1String("person")).toString())
                || item.skill != o.value(QLatin1String("skill")).toString())
                continue;
            item.status = o.value(QLatin1String("status")).toString();
            item.due = today.addDays(o.value(QLatin1String("due")).toInt());
            item.note = text(o.value(QLatin1String("note")), language);
            if (auto r = training.update(item); !r)
                return r;
        }
    }
    return {};
}

} // namespace csirtkit
