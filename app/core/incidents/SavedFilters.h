#pragma once

#include "common/Result.h"
#include "incidents/IncidentFilter.h"

#include <QCoreApplication>

namespace csirtkit {

class Workspace;

// Named incident-list filters kept in the workspace, so the whole team sees the same views.
class SavedFilters
{
    Q_DECLARE_TR_FUNCTIONS(SavedFilters)

public:
    explicit SavedFilters(Workspace &workspace) : m_workspace(workspace) { }

    struct Saved
    {
        QString name;
        IncidentFilter filter;
    };
    Result<QList<Saved>> list() const; // by name
    // Saving under an existing name replaces that filter.
    Result<void> save(const QString &name, const IncidentFilter &filter);
    Result<void> remove(const QString &name);

    static constexpr int MaxNameLength = 80;

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
