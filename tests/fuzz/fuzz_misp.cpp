// Fuzz target for the MISP event import: MispExchange::validate() on arbitrary bytes against a
// temporary workspace made once; whatever it accepts must then import without error.
// Run: build/dev/fuzz/fuzz_misp tests/fuzz/corpus/misp (CSIRTKIT_FUZZ_SECONDS sets the time budget).
#include "FuzzWorkspace.h"
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
    return fuzzWorkspace("fuzz_misp");
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
