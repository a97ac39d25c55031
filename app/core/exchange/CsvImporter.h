#pragma once

#include "common/Result.h"
#include "exchange/CsvFormat.h"
#include "exchange/CsvMapping.h"
#include "exchange/ExchangeTypes.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QTimeZone>

#include <functional>

namespace csirtkit {

class Workspace;

// Imports incidents from a spreadsheet's CSV: load() reads and decodes the file, header() and
// preview() show it, guessMapping() proposes a mapping from the column names (English or Japanese),
// validate() lists every problem by row and field without writing, and import() — only when the
// report has no blocking problem — creates every incident in one transaction: a broken row, a
// failure or a cancel leaves the workspace as it was.
//
// Each row gets a stable external id: "csv:" + the ID column's value when one is mapped, otherwise
// "csv:" + the SHA-256 of the row's normalised values; a row whose id is already in the workspace
// (or earlier in the file) is counted as a duplicate and skipped, so importing a file twice adds
// nothing. Date-times without a time zone are read in the workspace's time zone. A leading apostrophe
// that a CSV export added to neutralise a formula is removed again.
class CsvImporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvImporter)

public:
    // `progress(done, total)` every few hundred rows, in bytes of the file (import() reads it twice —
    // check, then write — so its total is twice the size); returning false cancels.
    using Progress = std::function<bool(qint64, qint64)>;

    explicit CsvImporter(Workspace &workspace);

    Result<void> load(const QString &path);
    Result<void> loadData(const QByteArray &bytes);

    // Column names from the first row: unique and never empty ("Column 4" for a blank one).
    const QStringList &header() const { return m_header; }
    // The first `rows` rows below the header, each exactly as wide as the header; `rowNumbers` gets
    // their numbers as a spreadsheet counts them (the header is row 1), as the import report uses them.
    QList<QStringList> preview(int rows = 20, QList<int> *rowNumbers = nullptr) const;
    char delimiter() const { return m_text.delimiter; }
    QString encoding() const { return m_text.encoding; }

    // The fields a column can fill: ident (the source's id, kept as the external id), title,
    // summary, reporter, channel, contact, impact, urgency, rsit_class, rsit_type, jpcert, tlp,
    // occurred, detected, reported, assignee, helpers, lessons, status, priority, triaged,
    // contained, resolved, closed, created, updated, status_reason, priority_reason, duplicate_of.
    // Labels are read in either language or as keys; a status other than New is journaled as a
    // transition from New, a priority other than the matrix's keeps the file's reason, and a
    // duplicate names the incident it duplicates by its ID in the file or in the workspace.
    static QStringList fieldKeys();
    static QString fieldTitle(const QString &key);
    // "iso8601", "yyyy/MM/dd", "yyyy年MM月dd日", "dd.MM.yyyy", "MM/dd/yyyy", "dd/MM/yyyy"; each
    // with an optional time (HH:mm or HH:mm:ss); ISO 8601 values are read whichever is chosen.
    static QStringList dateFormats();

    // A mapping from the column names ("件名", "Title", "title" … → title), dates detected.
    CsvMapping guessMapping() const;
    // The date format that reads the most values of the mapped date columns. `ambiguous` is set
    // when day/month and month/day read them all equally well (then month/day is chosen).
    QString detectDateFormat(const CsvMapping &mapping, bool *ambiguous = nullptr) const;

    Result<QStringList> mappingNames() const;
    Result<CsvMapping> mapping(const QString &name) const;
    Result<void> saveMapping(const QString &name, const CsvMapping &mapping);
    Result<void> removeMapping(const QString &name);

    // Every problem with every row, and what will happen; writes nothing.
    Result<ImportReport> validate(const CsvMapping &mapping, const Progress &progress = {}) const;
    // Validates, then creates the incidents in one transaction. An Error means nothing was written
    // (blocking problems — the message holds the report —, cancel, or a database failure).
    Result<ImportReport> import(const CsvMapping &mapping, const QString &author, const Progress &progress = {});

private:
    struct Row;
    // Writes a row and returns the incident's id.
    using Sink = std::function<Result<qint64>(const Row &)>;
    // Marks the incident `id` of `row` as a duplicate of `original`, or, when that is 0 (not in the
    // file nor in the workspace), as rejected with `reason`.
    using DuplicateSink = std::function<Result<void>(const Row &row, qint64 id, qint64 original, const QString &reason)>;
    Result<ImportReport> run(const CsvMapping &mapping, const QSqlDatabase &db, const Progress &progress,
                             qint64 progressOffset, qint64 progressTotal, const Sink &sink,
                             const DuplicateSink &duplicateSink = {}) const;
    static Result<void> writeStatus(QSqlDatabase &db, const Row &row, qint64 id, const QString &status, const QString &reason,
                                    qint64 original, const QString &author);

    Workspace &m_workspace;
    QTimeZone m_zone;
    CsvFormat::Text m_text;
    QStringList m_header;
    QHash<QString, int> m_columnOf; // header name → column
};

} // namespace csirtkit
