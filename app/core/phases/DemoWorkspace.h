#pragma once

#include "common/Result.h"

#include <QCoreApplication>

#include <memory>

namespace csirtkit {

class Workspace;

// A workspace for a fictional organisation half-way through the build phase, for trying CSIRT Kit out,
// for demonstrations and screenshots. Its texts come from resources/content/demo.json in the chosen
// language ("en" or "ja"); its dates are relative to today. Every value goes through the repositories,
// so the demo is always valid data.
class DemoWorkspace
{
    Q_DECLARE_TR_FUNCTIONS(DemoWorkspace)

public:
    // Builds the demo in a temporary file and puts it at `path` only once it is complete, replacing a
    // file already there (callers decide whether that is allowed).
    static Result<std::unique_ptr<Workspace>> create(const QString &path, const QString &language);
};

} // namespace csirtkit
