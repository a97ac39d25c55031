#pragma once

#include "common/Result.h"
#include "org/OrgProfile.h"

namespace csirtkit {

class Workspace;

class OrgProfileRepository
{
public:
    explicit OrgProfileRepository(Workspace &workspace) : m_workspace(workspace) { }

    Result<OrgProfile> load() const;
    Result<QString> value(OrgProfile::Field field) const;
    // Validates, normalises and stores one field in one transaction; returns the value stored.
    Result<QString> setValue(OrgProfile::Field field, const QString &value);

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
