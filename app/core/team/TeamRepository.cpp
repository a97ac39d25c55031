#include "team/TeamRepository.h"

#include "phases/DecisionRepository.h"
#include "team/RoleCatalogue.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QJsonDocument>

namespace csirtkit {

namespace {

QHash<QString, int> catalogueSkills(const TeamRole &role)
{
    QHash<QString, int> skills;
    for (const SkillNeed &need : role.skills)
        skills.insert(need.skill, need.level);
    return skills;
}

EffectiveRole fromCatalogue(const TeamRole &r)
{
    EffectiveRole e;
    e.key = r.key;
    e.number = r.number;
    e.group = r.group;
    e.title = r.title;
    e.duties = r.duties;
    e.skills = catalogueSkills(r);
    e.minimal = r.minimal;
    e.load = r.load;
    return e;
}

QString skillsJson(const QHash<QString, int> &skills)
{
    QJsonObject o;
    for (auto it = skills.cbegin(); it != skills.cend(); ++it)
        o.insert(it.key(), it.value());
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QHash<QString, int> skillsFromJson(const QString &text)
{
    QHash<QString, int> skills;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        skills.insert(it.key(), it.value().toInt());
    return skills;
}

// NULL when the value is the catalogue's, so that a later catalogue update reaches it.
QVariant unlessDefault(bool isDefault, const QVariant &value)
{
    return isDefault ? QVariant(QMetaType::fromType<QString>()) : value;
}

} // namespace

Result<QString> TeamRepository::chosenTemplateKey() const
{
    auto v = sql::scalar(m_workspace.db(), QStringLiteral("SELECT template FROM team_settings WHERE id = 1"));
    if (!v)
        return v.error();
    return v->toString();
}

Result<QString> TeamRepository::templateKey() const
{
    auto chosen = chosenTemplateKey();
    if (!chosen || !chosen->isEmpty())
        return chosen;
    // Until the team chooses, the organisational model decided in the phase guide preselects a shape.
    auto model = DecisionRepository(m_workspace).orgModel();
    if (!model)
        return model.error();
    const TeamTemplate *t = RoleCatalogue::instance().templateForOrgModel(model->modelKey);
    return t ? t->key : QString();
}

Result<void> TeamRepository::setTemplate(const QString &key)
{
    if (!key.isEmpty() && !RoleCatalogue::instance().teamTemplate(key))
        return makeError(ErrorCode::Invalid, tr("“%1” is not a team shape of the role catalogue.").arg(key));
    return m_workspace.write(QStringLiteral("team"), QStringLiteral("template"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE team_settings SET template = ? WHERE id = 1"), { key }));
    });
}

Result<QList<EffectiveRole>> TeamRepository::roles() const
{
    auto shape = templateKey();
    if (!shape)
        return shape.error();
    const RoleCatalogue &catalogue = RoleCatalogue::instance();
    const TeamTemplate *t = catalogue.teamTemplate(*shape);
    QList<EffectiveRole> list;
    for (const TeamRole &r : catalogue.roles()) {
        EffectiveRole e = fromCatalogue(r);
        e.inTeam = t ? t->roles.contains(r.key) : r.minimal;
        list.append(e);
    }
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT key, custom, hidden, group_key, name_en, name_ja, duties_en, "
                                                        "duties_ja, skills, minimal, load FROM team_role ORDER BY rowid"));
    if (!q)
        return q.error();
    int nextNumber = int(catalogue.roles().size()) + 1;
    while (q->next()) {
        const QString key = q->value(0).toString();
        EffectiveRole *e = nullptr;
        for (EffectiveRole &candidate : list)
            if (candidate.key == key)
                e = &candidate;
        if (!e) {
            if (!q->value(1).toBool())
                continue; // an override of a role a newer catalogue no longer ships
            list.append(EffectiveRole());
            e = &list.last();
            e->key = key;
            e->number = nextNumber++;
            e->custom = true;
            e->inTeam = true;
        } else {
            e->overridden = true;
        }
        e->hidden = q->value(2).toBool();
        if (!q->value(3).isNull())
            e->group = q->value(3).toString();
        if (!q->value(4).isNull())
            e->title.en = q->value(4).toString();
        if (!q->value(5).isNull())
            e->title.ja = q->value(5).toString();
        if (!q->value(6).isNull())
            e->duties.en = q->value(6).toString();
        if (!q->value(7).isNull())
            e->duties.ja = q->value(7).toString();
        if (!q->value(8).isNull())
            e->skills = skillsFromJson(q->value(8).toString());
        if (!q->value(9).isNull())
            e->minimal = q->value(9).toBool();
        if (!q->value(10).isNull())
            e->load = q->value(10).toInt();
    }
    return list;
}

Result<void> TeamRepository::checkRoleTexts(const EffectiveRole &role) const
{
    if (role.title.en.trimmed().isEmpty() && role.title.ja.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A role needs a name."));
    if (role.load < 0 || role.load > 100)
        return makeError(ErrorCode::Invalid, tr("A role's load must be between 0 and 100 % of a person's time."));
    bool knownGroup = false;
    for (const RoleGroup &g : RoleCatalogue::instance().groups())
        knownGroup = knownGroup || g.key == role.group;
    if (!knownGroup)
        return makeError(ErrorCode::Invalid, tr("“%1” is not a role group.").arg(role.group));
    for (auto it = role.skills.cbegin(); it != role.skills.cend(); ++it) {
        if (!RoleCatalogue::instance().skill(it.key()))
            return makeError(ErrorCode::Invalid, tr("“%1” is not a skill of the role catalogue.").arg(it.key()));
        if (it.value() < 0 || it.value() > 3)
            return makeError(ErrorCode::Invalid, tr("Skill levels go from 0 to 3."));
    }
    return {};
}

Result<void> TeamRepository::saveRole(const EffectiveRole &role)
{
    if (auto ok = checkRoleTexts(role); !ok)
        return ok;
    const TeamRole *shipped = RoleCatalogue::instance().role(role.key);
    if (!shipped && !role.custom)
        return makeError(ErrorCode::NotFound, tr("The role “%1” does not exist.").arg(role.key));
    const EffectiveRole base = shipped ? fromCatalogue(*shipped) : EffectiveRole();
    const bool custom = !shipped;
    const QVariantList values = {
        role.key,
        custom ? 1 : 0,
        role.hidden ? 1 : 0,
        unlessDefault(!custom && role.group == base.group, role.group),
        unlessDefault(!custom && role.title.en == base.title.en, role.title.en),
        unlessDefault(!custom && role.title.ja == base.title.ja, role.title.ja),
        unlessDefault(!custom && role.duties.en == base.duties.en, role.duties.en),
        unlessDefault(!custom && role.duties.ja == base.duties.ja, role.duties.ja),
        unlessDefault(!custom && role.skills == base.skills, skillsJson(role.skills)),
        !custom && role.minimal == base.minimal ? QVariant(QMetaType::fromType<int>()) : QVariant(role.minimal ? 1 : 0),
        !custom && role.load == base.load ? QVariant(QMetaType::fromType<int>()) : QVariant(role.load),
    };
    return m_workspace.write(QStringLiteral("team_role"), role.key, [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("INSERT OR REPLACE INTO team_role (key, custom, hidden, group_key, name_en, "
                                                    "name_ja, duties_en, duties_ja, skills, minimal, load) "
                                                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                 values));
    });
}

Result<void> TeamRepository::resetRole(const QString &key)
{
    if (!RoleCatalogue::instance().role(key))
        return makeError(ErrorCode::Invalid, tr("Only a role of the catalogue can be reset to its default."));
    return m_workspace.write(QStringLiteral("team_role"), key, [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM team_role WHERE key = ? AND custom = 0"), { key }));
    });
}

Result<QString> TeamRepository::addRole(const EffectiveRole &given)
{
    EffectiveRole role = given;
    role.custom = true;
    auto n = sql::scalar(m_workspace.db(), QStringLiteral("SELECT count(*) FROM team_role WHERE custom = 1"));
    if (!n)
        return n.error();
    for (int i = n->toInt() + 1;; ++i) {
        role.key = QStringLiteral("own_%1").arg(i);
        auto taken = sql::scalar(m_workspace.db(), QStringLiteral("SELECT count(*) FROM team_role WHERE key = ?"), { role.key });
        if (!taken)
            return taken.error();
        if (taken->toInt() == 0)
            break;
    }
    if (auto saved = saveRole(role); !saved)
        return saved.error();
    return role.key;
}

Result<void> TeamRepository::removeRole(const QString &key, const QString &replacement)
{
    if (RoleCatalogue::instance().role(key))
        return makeError(ErrorCode::Invalid, tr("Roles of the catalogue cannot be deleted; hide the role instead."));
    auto held = sql::scalar(m_workspace.db(), QStringLiteral("SELECT count(*) FROM role_assignment WHERE role = ?"), { key });
    if (!held)
        return held.error();
    if (held->toInt() > 0 && replacement.isEmpty())
        return makeError(ErrorCode::Invalid, tr("The role still has a holder or deputies. Choose a role to take them over first."));
    if (replacement == key)
        return makeError(ErrorCode::Invalid, tr("Choose another role to take over the holder and deputies."));
    return m_workspace.write(QStringLiteral("team_role"), key, [&](QSqlDatabase &db) -> Result<void> {
        if (!replacement.isEmpty()) {
            // The replacement keeps its own holder; the deleted role's holder becomes a deputy there.
            const QList<std::pair<QString, QVariantList>> moves = {
                { QStringLiteral("UPDATE role_assignment SET kind = 'deputy' WHERE role = ? AND kind = 'holder' AND EXISTS "
                                 "(SELECT 1 FROM role_assignment WHERE role = ? AND kind = 'holder')"),
                  { key, replacement } },
                { QStringLiteral("DELETE FROM role_assignment WHERE role = ? AND EXISTS (SELECT 1 FROM role_assignment r WHERE "
                                 "r.role = ? AND r.person = role_assignment.person AND r.kind = role_assignment.kind)"),
                  { key, replacement } },
                { QStringLiteral("UPDATE role_assignment SET role = ? WHERE role = ?"), { replacement, key } },
            };
            for (const auto &[statement, values] : moves)
                if (auto r = sql::ok(sql::exec(db, statement, values)); !r)
                    return r;
        }
        for (const QString &statement : { QStringLiteral("DELETE FROM raci WHERE role = ?"),
                                           QStringLiteral("DELETE FROM team_role WHERE key = ?") })
            if (auto r = sql::ok(sql::exec(db, statement, { key })); !r)
                return r;
        return {};
    });
}

Result<QList<RoleAssignment>> TeamRepository::assignments() const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT role, person, kind, position FROM role_assignment "
                                                        "ORDER BY role, kind DESC, position"));
    if (!q)
        return q.error();
    QList<RoleAssignment> list;
    while (q->next())
        list.append({ q->value(0).toString(), q->value(1).toLongLong(), q->value(2).toString() == QLatin1String("holder"),
                      q->value(3).toInt() });
    return list;
}

Result<void> TeamRepository::setHolder(const QString &role, qint64 person)
{
    return m_workspace.write(QStringLiteral("role_assignment"), role, [&](QSqlDatabase &db) -> Result<void> {
        if (auto r = sql::ok(sql::exec(db, QStringLiteral("DELETE FROM role_assignment WHERE role = ? AND kind = 'holder'"), { role })); !r)
            return r;
        if (person <= 0)
            return {};
        return sql::ok(sql::exec(db, QStringLiteral("INSERT INTO role_assignment (role, person, kind) VALUES (?, ?, 'holder')"),
                                 { role, person }));
    });
}

Result<void> TeamRepository::setDeputies(const QString &role, const QList<qint64> &people)
{
    return m_workspace.write(QStringLiteral("role_assignment"), role, [&](QSqlDatabase &db) -> Result<void> {
        if (auto r = sql::ok(sql::exec(db, QStringLiteral("DELETE FROM role_assignment WHERE role = ? AND kind = 'deputy'"), { role })); !r)
            return r;
        int position = 0;
        for (qint64 person : people)
            if (auto r = sql::ok(sql::exec(db, QStringLiteral("INSERT OR IGNORE INTO role_assignment (role, person, kind, position) "
                                                              "VALUES (?, ?, 'deputy', ?)"),
                                           { role, person, position++ }));
                !r)
                return r;
        return {};
    });
}

RaciTable TeamRepository::templateRaci(const QString &templateKey)
{
    const TeamTemplate *t = RoleCatalogue::instance().teamTemplate(templateKey);
    return t ? t->raci : RaciTable();
}

Result<bool> TeamRepository::raciEdited() const
{
    auto v = sql::scalar(m_workspace.db(), QStringLiteral("SELECT raci_custom FROM team_settings WHERE id = 1"));
    if (!v)
        return v.error();
    return v->toBool();
}

Result<RaciTable> TeamRepository::raci() const
{
    auto edited = raciEdited();
    if (!edited)
        return edited.error();
    if (!*edited) {
        auto shape = templateKey();
        if (!shape)
            return shape.error();
        return templateRaci(*shape);
    }
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT activity, role, value FROM raci"));
    if (!q)
        return q.error();
    RaciTable table;
    while (q->next())
        table[q->value(0).toString()].insert(q->value(1).toString(), q->value(2).toString().at(0));
    return table;
}

Result<void> TeamRepository::setRaci(const RaciTable &table)
{
    for (auto row = table.cbegin(); row != table.cend(); ++row)
        for (auto cell = row->cbegin(); cell != row->cend(); ++cell)
            if (!QStringLiteral("RACI").contains(cell.value()))
                return makeError(ErrorCode::Invalid, tr("A RACI cell holds R, A, C or I."));
    return m_workspace.write(QStringLiteral("raci"), QStringLiteral("changed"), [&](QSqlDatabase &db) -> Result<void> {
        if (auto r = sql::ok(sql::exec(db, QStringLiteral("DELETE FROM raci"))); !r)
            return r;
        for (auto row = table.cbegin(); row != table.cend(); ++row)
            for (auto cell = row->cbegin(); cell != row->cend(); ++cell)
                if (auto r = sql::ok(sql::exec(db, QStringLiteral("INSERT INTO raci (activity, role, value) VALUES (?, ?, ?)"),
                                               { row.key(), cell.key(), QString(cell.value()) }));
                    !r)
                    return r;
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE team_settings SET raci_custom = 1 WHERE id = 1")));
    });
}

Result<void> TeamRepository::resetRaci()
{
    return m_workspace.write(QStringLiteral("raci"), QStringLiteral("reset"), [&](QSqlDatabase &db) -> Result<void> {
        if (auto r = sql::ok(sql::exec(db, QStringLiteral("DELETE FROM raci"))); !r)
            return r;
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE team_settings SET raci_custom = 0 WHERE id = 1")));
    });
}

Result<QJsonObject> TeamRepository::jsonColumn(const QString &column) const
{
    auto v = sql::scalar(m_workspace.db(), QStringLiteral("SELECT %1 FROM team_settings WHERE id = 1").arg(column));
    if (!v)
        return v.error();
    return QJsonDocument::fromJson(v->toString().toUtf8()).object();
}

Result<StaffingParameters> TeamRepository::staffing() const
{
    auto json = jsonColumn(QStringLiteral("staffing"));
    if (!json)
        return json.error();
    return StaffingParameters::fromJson(*json);
}

Result<void> TeamRepository::setStaffing(const StaffingParameters &parameters)
{
    if (const QString problem = parameters.problem(); !problem.isEmpty())
        return makeError(ErrorCode::Invalid, problem);
    const QString text = QString::fromUtf8(QJsonDocument(parameters.toJson()).toJson(QJsonDocument::Compact));
    return m_workspace.write(QStringLiteral("team"), QStringLiteral("staffing"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE team_settings SET staffing = ? WHERE id = 1"), { text }));
    });
}

Result<QJsonObject> TeamRepository::rotaSettings() const
{
    return jsonColumn(QStringLiteral("rota"));
}

Result<void> TeamRepository::setRotaSettings(const QJsonObject &settings)
{
    const QString text = QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
    return m_workspace.write(QStringLiteral("team"), QStringLiteral("rota"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE team_settings SET rota = ? WHERE id = 1"), { text }));
    });
}

} // namespace csirtkit
