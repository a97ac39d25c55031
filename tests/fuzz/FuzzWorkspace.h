#pragma once

// One scratch workspace per fuzz process, made on first use (with the QCoreApplication Qt needs).

#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstdlib>
#include <memory>

inline csirtkit::Workspace &fuzzWorkspace(const char *target)
{
    static int argc = 1;
    static char name[] = "fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static std::unique_ptr<csirtkit::Workspace> ws = [target] {
        auto created = csirtkit::Workspace::create(dir.filePath(QStringLiteral("fuzz.csirt")), QStringLiteral("Fuzz"));
        if (!created) {
            qCritical("%s: no workspace: %s", target, qPrintable(created.error().message));
            std::abort();
        }
        return std::move(*created);
    }();
    return *ws;
}
