#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace csirtkit {

class Workspace;

struct Artefact
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString title;
    QString syntax; // KSyntaxHighlighting definition name chosen in the UI, '' for plain text
    QString content;
    QDateTime addedUtc;
    QString author;
};

// Pasted log excerpts, mail headers, scripts and configurations kept as text with an incident.
class Artefacts
{
    Q_DECLARE_TR_FUNCTIONS(Artefacts)

public:
    explicit Artefacts(Workspace &workspace) : m_workspace(workspace) { }

    static constexpr int MaxContentLength = 5 * 1024 * 1024;

    Result<qint64> add(const Artefact &artefact);
    Result<QList<Artefact>> list(qint64 incidentId) const;
    Result<void> remove(qint64 artefactId);

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
