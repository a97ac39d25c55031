#include "exchange/ExchangeTypes.h"

#include "common/TextRules.h"

#include "workspace/OutputTarget.h"

namespace csirtkit {

QString ImportReport::text() const
{
    QStringList lines;
    for (const ImportIssue &issue : issues) {
        QString where = issue.row > 0 ? tr("Record %1").arg(issue.row) : tr("File");
        if (!issue.field.isEmpty())
            where += QStringLiteral(", ") + issue.field;
        lines << QStringLiteral("%1: %2").arg(where, TextRules::sentences({ issue.problem, issue.consequence }));
    }
    lines << (ok() ? tr("%1: %2, %3.", "records read: new incidents, already imported")
                         .arg(tr("%n record(s) read", nullptr, int(records)), tr("%n new incident(s)", nullptr, int(toCreate)),
                              tr("%n already imported (skipped)", nullptr, int(duplicates)))
                   : tr("Nothing was imported: correct the problems above and try again."));
    return lines.join(QLatin1Char('\n'));
}

Result<ExportSummary> exportToFile(const QString &path, const QString &workspacePath,
                                   const std::function<Result<ExportSummary>(QIODevice &)> &write)
{
    Result<ExportSummary> summary = ExportSummary();
    auto saved = OutputTarget::save(path, workspacePath, [&](QIODevice &file) -> Result<void> {
        summary = write(file);
        return summary ? Result<void>() : Result<void>(summary.error());
    });
    if (!saved)
        return saved.error();
    return summary;
}

} // namespace csirtkit
