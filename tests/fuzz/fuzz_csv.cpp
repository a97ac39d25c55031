// Fuzz target for the CSV import: the RFC 4180 reader, then the importer's header, preview,
// mapping guess, date detection and validation against a temporary workspace (nothing is written).
// Run: build/dev/fuzz/fuzz_csv tests/fuzz/corpus/csv (CSIRTKIT_FUZZ_SECONDS sets the time budget).
#include "FuzzWorkspace.h"
#include "exchange/CsvFormat.h"
#include "exchange/CsvImporter.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace csirtkit;

namespace {

Workspace &workspace()
{
    return fuzzWorkspace("fuzz_csv");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Workspace &ws = workspace();
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));

    if (auto records = CsvFormat::parse(bytes)) {
        for (const QStringList &record : *records)
            if (record.isEmpty() || record.size() > CsvFormat::MaxColumns)
                std::abort(); // the reader never returns an empty or over-wide record
    } else if (records.error().message.isEmpty()) {
        std::abort(); // every refusal says why
    }

    CsvImporter importer(ws);
    if (!importer.loadData(bytes))
        return 0;
    const QList<QStringList> preview = importer.preview(20);
    for (const QStringList &row : preview)
        if (row.size() != importer.header().size())
            std::abort();
    const CsvMapping guessed = importer.guessMapping();
    (void)importer.detectDateFormat(guessed);
    auto report = importer.validate(guessed);
    if (report)
        (void)report->text();

    // Every column mapped to some field (round robin), so the value parsers see every cell.
    CsvMapping all;
    const QStringList fields = CsvImporter::fieldKeys();
    const QStringList formats = CsvImporter::dateFormats();
    for (qsizetype c = 0; c < importer.header().size() && c < 64; ++c)
        all.columns.insert(importer.header().at(c), fields.at((c + qsizetype(size)) % fields.size()));
    all.dateFormat = formats.at(qsizetype(size) % formats.size());
    if (auto checked = importer.validate(all))
        (void)checked->text();

    (void)CsvMapping::fromJson(bytes);
    return 0;
}
