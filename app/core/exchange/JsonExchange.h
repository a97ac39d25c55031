#pragma once

#include "common/Result.h"
#include "exchange/ExchangeTypes.h"

#include <QCoreApplication>

#include <functional>

class QIODevice;
class QSqlDatabase;

namespace csirtkit {

class Workspace;

// The complete incident data of a workspace as versioned JSON ("csirtkit-incidents", version 1;
// docs/exchange-json.md): every incident column, status transitions, the hash-chained journal exactly
// as stored, tasks, communications, observables, evidence with custody, artefacts, assets,
// notification clocks and links (by identifier). For moving incidents to another workspace or machine.
//
// Export streams: one query per table, merged by incident id, so 100 000 incidents never sit in memory.
// Incidents above the scope's TLP ceiling are left out, and so are communications above it; both are
// named in ExportSummary::omitted.
//
// Import streams as well and is all or nothing: validate() checks the whole file (structure, version,
// required fields, values against the schema and the taxonomy, every journal chain) without writing;
// import() does the same checks while writing in one transaction, which it rolls back on any blocking
// problem, failure or cancel. Identifiers, statuses, times and journal hashes are kept; an incident
// already imported (same external id) is skipped, an identifier that exists for a different incident
// blocks the import.
class JsonExchange
{
    Q_DECLARE_TR_FUNCTIONS(JsonExchange)

public:
    static constexpr auto FormatName = "csirtkit-incidents";
    static constexpr int FormatVersion = 1;
    // `progress(done, total)`: incidents when exporting, bytes read when importing (total 0 when the
    // device cannot tell its size). Returning false cancels.
    using Progress = std::function<bool(qint64, qint64)>;

    explicit JsonExchange(Workspace &workspace) : m_workspace(workspace) { }

    // Writes to `device` as it goes; on cancel or failure it may hold part of the file (use exportTo).
    Result<ExportSummary> write(QIODevice &device, const ExportScope &scope, const Progress &progress = {}) const;
    // Writes `path` atomically (QSaveFile): on cancel or failure no file is created or changed.
    Result<ExportSummary> exportTo(const QString &path, const ExportScope &scope, const Progress &progress = {}) const;

    // Every problem in the file and what will happen; writes nothing. An Error only for what stops
    // the reading itself (the device, the database, cancel).
    Result<ImportReport> validate(QIODevice &device, const Progress &progress = {}) const;
    // Imports in one transaction. An Error means nothing was written: blocking problems (the message
    // holds the report), cancel, or a database failure.
    Result<ImportReport> import(QIODevice &device, const Progress &progress = {});
    Result<ImportReport> validateFile(const QString &path, const Progress &progress = {}) const;
    Result<ImportReport> importFile(const QString &path, const Progress &progress = {});

    // This workspace's id (workspace_meta), the provenance written into exports.
    static Result<QString> workspaceId(const QSqlDatabase &db);

private:
    Result<ImportReport> run(QIODevice &device, bool write, const Progress &progress) const;

    Workspace &m_workspace;
};

} // namespace csirtkit
