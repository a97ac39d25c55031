// Workspace benchmarks, run by `tools/dev bench`. Prints one `name value unit` line per figure
// (medians over several runs). Never run by the normal test suite.
#include "org/OrgProfileRepository.h"
#include "workspace/Workspace.h"

#include "BenchFigures.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

using namespace csirtkit;

namespace {

using bench::medianMs;
using bench::print;

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // On real disk beside the binary: /tmp may be a tmpfs, where fsync costs nothing.
    QTemporaryDir dir(QCoreApplication::applicationDirPath() + QStringLiteral("/bench-XXXXXX"));
    const QDir d(dir.path());

    print("workspace_create", medianMs(15, [&](int i) {
              (void)Workspace::create(d.filePath(QStringLiteral("create-%1.csirt").arg(i)), QStringLiteral("Bench"));
          }), "ms");

    const QString path = d.filePath(QStringLiteral("bench.csirt"));
    (void)Workspace::create(path, QStringLiteral("Bench Org"));
    print("workspace_open", medianMs(25, [&](int) { (void)Workspace::open(path); }), "ms");
    print("workspace_check", medianMs(25, [&](int) { (void)Workspace::check(path); }), "ms");

    auto ws = Workspace::open(path);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
        return 1;
    }
    OrgProfileRepository repo(**ws);
    // One durable (fsynced) transaction per edit: the cost of "saved immediately".
    print("profile_edit_commit", medianMs(200, [&](int i) {
              (void)repo.setValue(OrgProfile::Field::Phone, QStringLiteral("+81-3-%1").arg(i));
          }), "ms");
    print("profile_load", medianMs(200, [&](int) { (void)repo.load(); }), "ms");
    print("workspace_save_copy", medianMs(15, [&](int i) {
              (void)(*ws)->saveCopy(d.filePath(QStringLiteral("copy-%1.csirt").arg(i)));
          }), "ms");
    return 0;
}
