#pragma once

#include "common/Result.h"
#include "exchange/JsonExchange.h"
#include "exchange/JsonFormat.h"

#include <QHash>
#include <QJsonObject>

#include <memory>

namespace csirtkit {

// The export side of JsonExchange: writes the incidents of a scope as "csirtkit-incidents" JSON, one
// ordered query per table merged by incident id, so the incidents never sit in memory all at once.
// Incidents and communications above the scope's TLP ceiling are left out and named in the summary.
class JsonIncidentWriter
{
public:
    static Result<ExportSummary> write(const QSqlDatabase &db, QIODevice &out, const ExportScope &scope,
                                       const JsonExchange::Progress &progress);

private:
    using Kind = JsonFormat::Kind;
    using Field = JsonFormat::Field;
    using Table = JsonFormat::Table;
    using Statement = JsonFormat::Statement;
    class Cursor;
    using Cursors = QHash<const Table *, std::shared_ptr<Cursor>>;

    // One incident's records as the format nests them; communications above the ceiling are left out.
    static Result<QJsonObject> assemble(qint64 id, QJsonObject incident, Cursors &cursors, Cursor &links,
                                        const QString &ceiling, ExportSummary &summary);
};

} // namespace csirtkit
