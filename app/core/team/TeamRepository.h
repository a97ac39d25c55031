#pragma once

#include "common/Result.h"
#include "team/StaffingCalculator.h"
#include "team/TeamTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace csirtkit {

class Workspace;

// The team's roles (the catalogue with this workspace's overrides and own roles), the team shape, who
// holds and deputises for each role, the RACI table and the staffing and rota parameters. Every write is
// one transaction recorded in the change log.
class TeamRepository
{
    Q_DECLARE_TR_FUNCTIONS(TeamRepository)

public:
    explicit TeamRepository(Workspace &workspace) : m_workspace(workspace) { }

    // The team shape in effect: the one chosen, or else the one the decided organisational model suggests.
    Result<QString> templateKey() const;
    Result<QString> chosenTemplateKey() const; // '' until the team chooses
    Result<void> setTemplate(const QString &key);

    // Every role: the catalogue's in its order, then the workspace's own. Hidden roles are included.
    Result<QList<EffectiveRole>> roles() const;
    // Stores a role's texts, skills, load, group, minimal and hidden flags; values equal to the catalogue's
    // are stored as "default" so that later catalogue updates reach them.
    Result<void> saveRole(const EffectiveRole &role);
    Result<void> resetRole(const QString &key); // back to the catalogue's role (shipped roles only)
    // Adds a role of the workspace's own; returns its key.
    Result<QString> addRole(const EffectiveRole &role);
    // Deletes one of the workspace's own roles. While the role has holders or deputies, `replacement`
    // (another role) takes them over; without one the delete is refused. Shipped roles are hidden instead.
    Result<void> removeRole(const QString &key, const QString &replacement = {});

    Result<QList<RoleAssignment>> assignments() const;
    Result<void> setHolder(const QString &role, qint64 person); // 0 = no holder
    Result<void> setDeputies(const QString &role, const QList<qint64> &people);

    // The workspace's RACI table, or the chosen template's default while the team has not edited it.
    Result<RaciTable> raci() const;
    Result<bool> raciEdited() const;
    Result<void> setRaci(const RaciTable &table);
    Result<void> resetRaci(); // back to the template's default

    Result<StaffingParameters> staffing() const;
    Result<void> setStaffing(const StaffingParameters &parameters);
    Result<QJsonObject> rotaSettings() const;
    Result<void> setRotaSettings(const QJsonObject &settings);

    static RaciTable templateRaci(const QString &templateKey);

private:
    Result<QJsonObject> jsonColumn(const QString &column) const;
    Result<void> checkRoleTexts(const EffectiveRole &role) const;

    Workspace &m_workspace;
};

} // namespace csirtkit
