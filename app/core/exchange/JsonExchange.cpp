#include "exchange/JsonExchange.h"

#include "exchange/JsonIncidentImporter.h"
#include "exchange/JsonIncidentReader.h"
#include "exchange/JsonIncidentWriter.h"
#include "incidents/TlpCeiling.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include "workspace/OutputTarget.h"
#include <QFile>

namespace csirtkit {

Result<QString> JsonExchange::workspaceId(const QSqlDatabase &db)
{
    auto id = sql::scalar(db, QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'workspace_id'"));
    if (!id)
        return id.error();
    if (id->toString().isEmpty())
        return makeError(ErrorCode::Invalid, tr("This workspace has no id yet: open it in CSIRT Kit once so it is upgraded, then try again."));
    return id->toString();
}

Result<ExportSummary> JsonExchange::write(QIODevice &device, const ExportScope &scope, const Progress &progress) const
{
    if (m_workspace.schemaVersion() < 9)
        return makeError(ErrorCode::Invalid, tr("This workspace was made by an older CSIRT Kit. Open it in CSIRT Kit once, "
                                                "so it is upgraded, then export."));
    if (!scope.tlpCeiling.isEmpty() && TlpCeiling::rank(scope.tlpCeiling) < 0)
        return makeError(ErrorCode::Invalid, tr("“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.")
                                                 .arg(scope.tlpCeiling));
    // One read transaction: every table is read from the same snapshot.
    if (auto begun = sql::exec(m_workspace.db(), QStringLiteral("SAVEPOINT json_export")); !begun)
        return begun.error();
    auto summary = JsonIncidentWriter::write(m_workspace.db(), device, scope, progress);
    (void)sql::exec(m_workspace.db(), QStringLiteral("RELEASE json_export"));
    return summary;
}

Result<ExportSummary> JsonExchange::exportTo(const QString &path, const ExportScope &scope, const Progress &progress) const
{
    return exportToFile(path, m_workspace.filePath(), [&](QIODevice &file) { return write(file, scope, progress); });
}

Result<ImportReport> JsonExchange::run(QIODevice &device, bool write, const Progress &progress) const
{
    if (!device.isReadable())
        return makeError(ErrorCode::Io, tr("The file could not be read: %1").arg(device.errorString()));
    ImportReport report;
    const auto read = [&](QSqlDatabase &db) -> Result<void> {
        JsonIncidentImporter importer(db, write, report);
        if (auto begun = importer.begin(); !begun)
            return begun;
        if (auto parsed = JsonIncidentReader::read(device, importer, progress); !parsed)
            return parsed;
        return importer.finish();
    };
    if (!write) {
        QSqlDatabase db = m_workspace.db();
        if (auto done = read(db); !done)
            return done.error();
        return report;
    }
    auto written = m_workspace.write(QStringLiteral("incident"), QStringLiteral("imported"), [&](QSqlDatabase &db) -> Result<void> {
        if (auto done = read(db); !done)
            return done;
        if (!report.ok())
            return makeError(ErrorCode::Invalid, report.text());
        return {};
    });
    if (!written)
        return written.error();
    return report;
}

Result<ImportReport> JsonExchange::validate(QIODevice &device, const Progress &progress) const
{
    return run(device, false, progress);
}

Result<ImportReport> JsonExchange::import(QIODevice &device, const Progress &progress)
{
    return run(device, true, progress);
}

Result<ImportReport> JsonExchange::validateFile(const QString &path, const Progress &progress) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("“%1” could not be opened: %2").arg(path, file.errorString()));
    return run(file, false, progress);
}

Result<ImportReport> JsonExchange::importFile(const QString &path, const Progress &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("“%1” could not be opened: %2").arg(path, file.errorString()));
    return run(file, true, progress);
}

} // namespace csirtkit
