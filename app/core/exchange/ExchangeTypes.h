#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

#include <functional>

class QIODevice;

namespace csirtkit {

// What an export covers: some incidents (or all) up to a TLP ceiling (empty: no ceiling).
struct ExportScope
{
    QList<qint64> incidentIds; // empty: every incident
    QString tlpCeiling;        // e.g. "TLP:AMBER"; records labelled above it are left out
};

// What an export wrote and what it left out, as sentences for the export dialog and the CLI.
struct ExportSummary
{
    int incidents = 0;
    QStringList omitted; // "INC-2026-0004 is TLP:RED, above the TLP:AMBER ceiling: left out."
};

// Writes an export to `path` through OutputTarget::save() (checked, complete or not at all): `write`
// streams it into the file and says what it wrote.
Result<ExportSummary> exportToFile(const QString &path, const QString &workspacePath,
                                   const std::function<Result<ExportSummary>(QIODevice &)> &write);

// One finding of an import's validation, shown before anything is written.
struct ImportIssue
{
    int row = 0;         // 1-based record (CSV row, JSON incident, MISP attribute); 0: the whole file
    QString field;       // column or field name; empty when the whole record is meant
    QString problem;     // what is wrong, a sentence
    QString consequence; // what will happen, a sentence ("The import stops.", "The value is left empty.")
    bool blocking = true;
};

// The validation report of an import. Nothing is written unless ok().
struct ImportReport
{
    Q_DECLARE_TR_FUNCTIONS(ImportReport)

public:
    int records = 0;    // records read from the file
    int toCreate = 0;   // new incidents
    int duplicates = 0; // already imported before (same external id): skipped
    QList<ImportIssue> issues;

    bool ok() const
    {
        for (const ImportIssue &issue : issues)
            if (issue.blocking)
                return false;
        return true;
    }
    // A readable multi-line report (one line per issue, then a summary line).
    QString text() const;
};

} // namespace csirtkit
