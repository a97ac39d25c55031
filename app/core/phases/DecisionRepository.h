#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace csirtkit {

class Workspace;

enum class ServiceStatus { NotOffered, Planned, Offered };

struct ServiceChoice
{
    QString serviceKey;
    ServiceStatus status = ServiceStatus::NotOffered;
    QString scope;
    QString hours;
};

struct OrgModelChoice
{
    QString modelKey; // empty: not chosen yet
    QString reason;
    QDateTime decidedUtc;
};

// The build-phase decisions: which FIRST services the CSIRT offers, and its organisational model.
class DecisionRepository
{
    Q_DECLARE_TR_FUNCTIONS(DecisionRepository)

public:
    explicit DecisionRepository(Workspace &workspace) : m_workspace(workspace) { }

    static QString statusKey(ServiceStatus status);
    static std::optional<ServiceStatus> statusFromKey(const QString &key);
    static QString statusLabel(ServiceStatus status);

    // One entry per shipped service (defaults for services never touched), keyed by service key.
    Result<QHash<QString, ServiceChoice>> serviceChoices() const;
    Result<void> setServiceChoice(const ServiceChoice &choice);

    Result<OrgModelChoice> orgModel() const;
    // An empty key clears the decision. A chosen model needs a reason.
    Result<void> setOrgModel(const QString &modelKey, const QString &reason);
    // Puts back an earlier decision exactly, including when it was made (for undo).
    Result<void> restoreOrgModel(const OrgModelChoice &choice);

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
