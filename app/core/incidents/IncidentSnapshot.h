#pragma once

#include "common/Result.h"
#include "incidents/Artefacts.h"
#include "incidents/Communications.h"
#include "incidents/EvidenceRegister.h"
#include "incidents/Incident.h"
#include "incidents/IncidentRelations.h"
#include "incidents/IncidentTasks.h"
#include "incidents/JournalChain.h"
#include "incidents/Observables.h"

#include <QHash>

namespace csirtkit {

class Workspace;

// Everything recorded about one incident, read in one go for exports and reports.
struct IncidentSnapshot
{
    Incident incident;
    QString duplicateOfIdent;
    QList<JournalRecord> journal;
    QList<IncidentTask> tasks;
    QList<Communication> communications;
    QList<ObservableRow> observables;
    QList<EvidenceItem> evidence;
    QHash<qint64, QList<CustodyTransfer>> custody; // by evidence id
    QList<Artefact> artefacts;
    QList<AffectedAsset> assets;
    QStringList linkedIdents;

    // `language` picks the texts of playbook tasks.
    static Result<IncidentSnapshot> load(Workspace &workspace, qint64 incidentId, const QString &language);
};

} // namespace csirtkit
