#pragma once

// A workspace with two incidents, for the incident tests.

#include "Fixtures.h"

#include <QTimeZone>

#include "incidents/IncidentRepository.h"

#include <QStandardPaths>

namespace fixtures {

struct Incidents
{
    std::unique_ptr<QTemporaryDir> dir = std::make_unique<QTemporaryDir>();
    std::unique_ptr<csirtkit::Workspace> workspace;
    qint64 first = 0;
    qint64 second = 0;

    Incidents()
    {
        auto ws = csirtkit::Workspace::create(dir->filePath(QStringLiteral("incidents.csirt")), QStringLiteral("Org"));
        if (!ws)
            return;
        workspace = std::move(*ws);
        csirtkit::IncidentDraft draft;
        draft.title = QStringLiteral("Phishing mail to finance");
        first = csirtkit::IncidentRepository(*workspace).create(draft, QStringLiteral("Aiko")).value();
        draft.title = QStringLiteral("Defaced campaign site");
        second = csirtkit::IncidentRepository(*workspace).create(draft, QStringLiteral("Aiko")).value();
    }
};

} // namespace fixtures
