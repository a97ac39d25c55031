#include "incidents/IncidentSnapshot.h"

#include "incidents/IncidentJournal.h"
#include "incidents/IncidentRepository.h"
#include "workspace/Workspace.h"

namespace csirtkit {

namespace {

template<typename T>
bool take(Result<T> &&result, T &into, Error &error)
{
    if (!result) {
        error = result.error();
        return false;
    }
    into = std::move(result).value();
    return true;
}

} // namespace

Result<IncidentSnapshot> IncidentSnapshot::load(Workspace &workspace, qint64 incidentId, const QString &language)
{
    IncidentSnapshot s;
    Error error;
    IncidentRepository incidents(workspace);
    if (!take(incidents.incident(incidentId), s.incident, error))
        return error;
    if (s.incident.duplicateOf) {
        if (auto original = incidents.incident(s.incident.duplicateOf))
            s.duplicateOfIdent = original->ident;
    }
    EvidenceRegister evidence(workspace);
    IncidentRelations relations(workspace);
    QList<qint64> linked;
    if (!take(IncidentJournal(workspace).entries(incidentId), s.journal, error)
        || !take(IncidentTasks(workspace).tasks(incidentId, language), s.tasks, error)
        || !take(Communications(workspace).list(incidentId), s.communications, error)
        || !take(Observables(workspace).list(incidentId), s.observables, error)
        || !take(evidence.list(incidentId), s.evidence, error) || !take(Artefacts(workspace).list(incidentId), s.artefacts, error)
        || !take(relations.assets(incidentId), s.assets, error) || !take(relations.linked(incidentId), linked, error))
        return error;
    for (const EvidenceItem &item : std::as_const(s.evidence)) {
        QList<CustodyTransfer> transfers;
        if (!take(evidence.transfers(item.id), transfers, error))
            return error;
        s.custody.insert(item.id, transfers);
    }
    for (qint64 id : std::as_const(linked)) {
        if (auto other = incidents.incident(id))
            s.linkedIdents << other->ident;
    }
    return s;
}

} // namespace csirtkit
