#pragma once

#include "common/Result.h"
#include "team/TeamTypes.h"

#include <QCoreApplication>

namespace csirtkit {

class Workspace;
struct TeamState;

// The training plan: items (person, skill, target level, due date, status) proposed from the gaps between
// the skills a person's roles require and their levels, then kept and edited by the team.
class TrainingPlan
{
    Q_DECLARE_TR_FUNCTIONS(TrainingPlan)

public:
    explicit TrainingPlan(Workspace &workspace) : m_workspace(workspace) { }

    static QStringList statuses(); // proposed, planned, done, dropped
    static QString statusTitle(const QString &status);
    // One item per skill gap the plan does not hold yet, due `due`.
    static QList<TrainingItem> proposals(const TeamState &state, const QList<TrainingItem> &existing, QDate due);

    Result<QList<TrainingItem>> items() const;
    // Adds the proposals the plan does not hold yet; returns how many were added.
    Result<int> addProposals(const QList<TrainingItem> &proposals);
    Result<void> update(const TrainingItem &item);
    Result<void> remove(qint64 id);

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
