// Fuzz target for the MISP event import: MispExchange::validate() on arbitrary bytes against a
// temporary workspace made once; whatever it accepts must then import without error.
// Run: build/dev/fuzz/fuzz_misp tests/fuzz/corpus/misp (CSIRTKIT_FUZZ_SECONDS sets the time budget).
#include "exchange/MispExchange.h"
#include "workspace/Workspace.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

using namespace csirtkit;

namespace {

constexpr size_t MaxInput = 1 << 20; // MispExchange::MaxFileSize is tested in tst_mispexchange

Workspace &workspace()
{
    static int argc = 1;
    static char name[] = "fuzz_misp";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static std::unique_ptr<Workspace> ws = [] {
        auto created = Workspace::create(dir.filePath(QStringLiteral("fuzz.csirt")), QStringLiteral("Fuzz"));
        if (!created) {
            qCritical("fuzz_misp: no workspace: %s", qPrintable(created.error().message));
            std::abort();
        }
        return std::move(*created);
    }();
    return *ws;
}

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_misp: %s: %s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > MaxInput)
        return 0;
    Workspace &ws = workspace();
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    auto report = MispExchange(ws).validate(buffer);
    if (!report)
        fail("validate() failed instead of reporting", report.error().message);
    for (const ImportIssue &issue : report->issues)
        if (issue.problem.isEmpty() || issue.consequence.isEmpty())
            fail("an issue without a sentence", report->text());
    (void)report->text();
    if (!report->ok() || report->toCreate == 0)
        return 0;
    buffer.seek(0);
    auto imported = MispExchange(ws).import(buffer, QStringLiteral("fuzz"));
    if (!imported)
        fail("validated but not imported", imported.error().message);
    if (imported->toCreate != report->toCreate)
        fail("import created another number than validate promised", imported->text());
    return 0;
}
