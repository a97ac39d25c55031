#include "team/RoleCatalogue.h"

#include "common/CoreResources.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace csirtkit {

namespace {

LocalText text(const QJsonValue &v)
{
    return LocalText::fromJson(v);
}

QStringList strings(const QJsonValue &v)
{
    QStringList list;
    for (const QJsonValue &s : v.toArray())
        list << s.toString();
    return list;
}

QList<RoleCombination> combinations(const QJsonValue &v, const char *textKey)
{
    QList<RoleCombination> list;
    for (const QJsonValue &c : v.toArray())
        list.append({ strings(c.toObject().value(QLatin1String("roles"))), text(c.toObject().value(QLatin1String(textKey))) });
    return list;
}

template<typename T>
const T *byKey(const QList<T> &list, const QString &key)
{
    for (const T &item : list)
        if (item.key == key)
            return &item;
    return nullptr;
}

} // namespace

const RoleCatalogue &RoleCatalogue::instance()
{
    static const RoleCatalogue catalogue = [] {
        initCoreResources();
        QFile file(QStringLiteral(":/content/roles.json"));
        if (!file.open(QIODevice::ReadOnly))
            qFatal("CSIRT Kit content file roles.json is missing from the build");
        auto parsed = parse(file.readAll());
        if (!parsed)
            qFatal("CSIRT Kit content file roles.json is invalid: %s", qPrintable(parsed.error().message));
        return *parsed;
    }();
    return catalogue;
}

Result<RoleCatalogue> RoleCatalogue::parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonObject root = QJsonDocument::fromJson(json, &error).object();
    if (error.error != QJsonParseError::NoError)
        return makeError(ErrorCode::Invalid, tr("The role catalogue is not valid JSON: %1").arg(error.errorString()));
    RoleCatalogue c;
    for (const QJsonValue &v : root.value(QLatin1String("skills")).toArray()) {
        const QJsonObject o = v.toObject();
        c.m_skills.append({ o.value(QLatin1String("key")).toString(), o.value(QLatin1String("kind")).toString(),
                            text(o.value(QLatin1String("title"))), text(o.value(QLatin1String("description"))) });
    }
    for (const QJsonValue &v : root.value(QLatin1String("groups")).toArray())
        c.m_groups.append({ v.toObject().value(QLatin1String("key")).toString(), text(v.toObject().value(QLatin1String("title"))) });
    for (const QJsonValue &v : root.value(QLatin1String("roles")).toArray()) {
        const QJsonObject o = v.toObject();
        TeamRole r;
        r.key = o.value(QLatin1String("key")).toString();
        r.number = o.value(QLatin1String("number")).toVariant().toInt();
        r.group = o.value(QLatin1String("group")).toString();
        r.title = text(o.value(QLatin1String("title")));
        r.duties = text(o.value(QLatin1String("duties")));
        r.minimalHint = text(o.value(QLatin1String("minimal_hint")));
        for (const QJsonValue &s : o.value(QLatin1String("skills")).toArray())
            r.skills.append({ s.toObject().value(QLatin1String("skill")).toString(), s.toObject().value(QLatin1String("level")).toInt(-1) });
        r.services = strings(o.value(QLatin1String("services")));
        r.minimal = o.value(QLatin1String("minimal")).toBool();
        r.load = o.value(QLatin1String("load")).toInt();
        r.addedLater = o.value(QLatin1String("added_later")).toBool();
        c.m_roles.append(r);
    }
    for (const QJsonValue &v : root.value(QLatin1String("activities")).toArray())
        c.m_activities.append({ v.toObject().value(QLatin1String("key")).toString(), text(v.toObject().value(QLatin1String("title"))) });
    for (const QJsonValue &v : root.value(QLatin1String("templates")).toArray()) {
        const QJsonObject o = v.toObject();
        TeamTemplate t;
        t.key = o.value(QLatin1String("key")).toString();
        t.title = text(o.value(QLatin1String("title")));
        t.description = text(o.value(QLatin1String("description")));
        t.orgModels = strings(o.value(QLatin1String("org_models")));
        t.roles = strings(o.value(QLatin1String("roles")));
        t.outsourced = strings(o.value(QLatin1String("outsourced")));
        t.combinations = combinations(o.value(QLatin1String("combinations")), "advice");
        t.never = combinations(o.value(QLatin1String("never")), "why");
        t.minPeople = o.value(QLatin1String("people")).toObject().value(QLatin1String("min")).toInt();
        t.maxPeople = o.value(QLatin1String("people")).toObject().value(QLatin1String("max")).toInt();
        const QJsonObject raci = o.value(QLatin1String("raci")).toObject();
        for (auto a = raci.constBegin(); a != raci.constEnd(); ++a) {
            const QJsonObject cells = a.value().toObject();
            for (auto cell = cells.constBegin(); cell != cells.constEnd(); ++cell)
                t.raci[a.key()].insert(cell.key(), cell.value().toString().size() == 1 ? cell.value().toString().at(0) : QChar());
        }
        c.m_templates.append(t);
    }
    if (auto valid = c.check(); !valid)
        return valid.error();
    return c;
}

Result<void> RoleCatalogue::check() const
{
    const auto fail = [](const QString &message) { return makeError(ErrorCode::Invalid, message); };
    if (m_roles.isEmpty() || m_skills.isEmpty() || m_activities.isEmpty() || m_templates.isEmpty())
        return fail(tr("The role catalogue needs skills, roles, activities and team templates."));
    QSet<QString> services;
    for (const ContentServiceArea &area : ContentLibrary::instance().serviceAreas())
        for (const ContentService &s : area.services)
            services.insert(s.key);
    QSet<QString> seen;
    for (const TeamRole &r : m_roles) {
        if (r.key.isEmpty() || seen.contains(r.key))
            return fail(tr("Every role needs a key of its own (“%1”).").arg(r.key));
        seen.insert(r.key);
        if (r.title.en.isEmpty() || r.title.ja.isEmpty() || r.duties.en.isEmpty() || r.duties.ja.isEmpty())
            return fail(tr("Role “%1” needs its title and duties in English and Japanese.").arg(r.key));
        if (!byKey(m_groups, r.group))
            return fail(tr("Role “%1” names the group “%2”, which the catalogue does not have.").arg(r.key, r.group));
        for (const SkillNeed &need : r.skills)
            if (!skill(need.skill) || need.level < 0 || need.level > 3)
                return fail(tr("Role “%1” needs the skill “%2” at level %3: an unknown skill or a level outside 0–3.")
                                .arg(r.key, need.skill).arg(need.level));
        for (const QString &service : r.services)
            if (!services.contains(service))
                return fail(tr("Role “%1” names the service “%2”, which is not in the service catalogue.").arg(r.key, service));
    }
    for (const TeamTemplate &t : m_templates) {
        for (const QString &key : t.roles + t.outsourced)
            if (!role(key))
                return fail(tr("Team template “%1” names the role “%2”, which the catalogue does not have.").arg(t.key, key));
        for (const QString &model : t.orgModels)
            if (!ContentLibrary::instance().orgModel(model))
                return fail(tr("Team template “%1” names the organisational model “%2”, which does not exist.").arg(t.key, model));
        for (const RoleCombination &c : t.combinations + t.never)
            for (const QString &key : c.roles)
                if (!t.roles.contains(key))
                    return fail(tr("A combination in team template “%1” names “%2”, which is not one of its roles.").arg(t.key, key));
        for (const TeamActivity &a : m_activities) {
            const QHash<QString, QChar> row = t.raci.value(a.key);
            int accountable = 0, responsible = 0;
            for (auto cell = row.constBegin(); cell != row.constEnd(); ++cell) {
                if (!t.roles.contains(cell.key()))
                    return fail(tr("The RACI of “%1” gives “%2” to “%3”, which is not one of its roles.").arg(t.key, a.key, cell.key()));
                if (!QStringView(u"RACI").contains(cell.value()))
                    return fail(tr("The RACI of “%1” for “%2” must use R, A, C or I.").arg(t.key, a.key));
                accountable += cell.value() == QLatin1Char('A') ? 1 : 0;
                responsible += cell.value() == QLatin1Char('R') ? 1 : 0;
            }
            if (accountable != 1 || responsible < 1)
                return fail(tr("The RACI of “%1” for “%2” needs exactly one A and at least one R.").arg(t.key, a.key));
        }
    }
    return {};
}

const TeamRole *RoleCatalogue::role(const QString &key) const
{
    return byKey(m_roles, key);
}

const TeamSkill *RoleCatalogue::skill(const QString &key) const
{
    return byKey(m_skills, key);
}

const TeamTemplate *RoleCatalogue::teamTemplate(const QString &key) const
{
    return byKey(m_templates, key);
}

const TeamTemplate *RoleCatalogue::templateForOrgModel(const QString &orgModelKey) const
{
    for (const TeamTemplate &t : m_templates)
        if (t.orgModels.contains(orgModelKey))
            return &t;
    return nullptr;
}

} // namespace csirtkit
