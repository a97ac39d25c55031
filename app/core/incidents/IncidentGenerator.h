#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <functional>

namespace csirtkit {

class Workspace;

// Fills a workspace with made-up incidents for benchmarks and trials, each told by one of the shipped
// stories (IncidentHistory) so that title, category, status, times, tasks and journal agree, in
// `language` ("en" or "ja"): detected over the last two years, most closed, the recent ones open.
// Works in committed batches of 500 (each complete, indexed for search); `progress(done, total)`
// returning false stops after the current batch. Returns how many incidents were added.
class IncidentGenerator
{
    Q_DECLARE_TR_FUNCTIONS(IncidentGenerator)

public:
    static Result<int> generate(Workspace &workspace, int count, quint32 seed = 1,
                                const std::function<bool(int, int)> &progress = {},
                                const QString &language = QStringLiteral("en"));
};

} // namespace csirtkit
