#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <functional>

namespace csirtkit {

class Workspace;

// Fills a workspace with realistic made-up incidents for benchmarks and trials: mixed RSIT
// classes, 5–30 hash-chained journal entries, observables and playbook tasks each. Works in
// committed batches of 500 (each complete, indexed for search); `progress(done, total)` returning
// false stops after the current batch. Returns how many incidents were added.
class IncidentGenerator
{
    Q_DECLARE_TR_FUNCTIONS(IncidentGenerator)

public:
    static Result<int> generate(Workspace &workspace, int count, quint32 seed = 1,
                                const std::function<bool(int, int)> &progress = {});
};

} // namespace csirtkit
