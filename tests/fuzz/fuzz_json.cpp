// Fuzz target for the JSON incident import: the streaming reader and every check of
// JsonExchange::validate() against a temporary workspace made once. Whatever validate() accepts must
// then import without error, with every journal chain intact (a gap between the two is a bug).
// Run: build/dev/fuzz/fuzz_json tests/fuzz/corpus/json (CSIRTKIT_FUZZ_SECONDS sets the time budget).
#include "FuzzWorkspace.h"
#include "exchange/JsonExchange.h"
#include "incidents/IncidentJournal.h"
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

constexpr size_t MaxInput = 1 << 20; // larger records are the reader's business, tested in tst_jsonexchange

Workspace &workspace()
{
    return fuzzWorkspace("fuzz_json");
}

[[noreturn]] void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz_json: %s: %s\n", what, qPrintable(detail));
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
    auto report = JsonExchange(ws).validate(buffer);
    if (!report)
        fail("validate() failed instead of reporting", report.error().message); // no device, database or cancel here
    for (const ImportIssue &issue : report->issues)
        if (issue.problem.isEmpty() || (issue.blocking && issue.consequence.isEmpty()))
            fail("an issue without a sentence", report->text());
    if (report->records < report->toCreate + report->duplicates)
        fail("more incidents than records", report->text());
    (void)report->text();
    if (!report->ok() || report->toCreate == 0)
        return 0;
    buffer.seek(0);
    auto imported = JsonExchange(ws).import(buffer);
    if (!imported)
        fail("validated but not imported", imported.error().message);
    if (imported->toCreate != report->toCreate)
        fail("import created another number than validate promised", imported->text());
    auto problems = IncidentJournal(ws).verifyAll();
    if (!problems || !problems->isEmpty())
        fail("imported journals do not verify", problems ? problems->first().message : problems.error().message);
    return 0;
}
