#pragma once

#include "common/Result.h"
#include "incidents/Observable.h"

#include <QCoreApplication>
#include <QDateTime>

namespace csirtkit {

class Workspace;

struct ObservableRow
{
    qint64 id = 0;
    qint64 incidentId = 0;
    Observable::Type type = Observable::Type::Text;
    QString value;
    QString note;
    QDateTime addedUtc;
};

struct IncidentRef
{
    qint64 id = 0;
    QString ident;
    QString title;
};

// Observables of incidents: validated and normalised on entry, merged when the same one is added
// twice to an incident, and looked up across incidents.
class Observables
{
    Q_DECLARE_TR_FUNCTIONS(Observables)

public:
    explicit Observables(Workspace &workspace) : m_workspace(workspace) { }

    struct Added
    {
        qint64 id = 0;
        bool merged = false; // the incident already had it; nothing new was written
    };
    Result<Added> add(qint64 incidentId, Observable::Type type, const QString &value, const QString &note = QString());
    Result<QList<ObservableRow>> list(qint64 incidentId) const;
    Result<void> remove(qint64 observableId);
    // Identifiers of the other incidents that have the same observable.
    Result<QStringList> alsoSeenIn(qint64 incidentId, Observable::Type type, const QString &value) const;
    // Incidents (identifiers) with an observable equal to `value` (refanged, any type).
    Result<QStringList> incidentsWith(const QString &value) const;
    // The same with each incident's id and title, matching each type's normalised form of `value`
    // against that type only (so the (type, value) index answers at any size).
    Result<QList<IncidentRef>> incidentRefsWith(const QString &value) const;

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
