#pragma once

#include "CliCommands.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>

class QTextStream;

namespace csirtkit {

class Workspace;

// The csirtkit-cli subcommands that move incidents in and out: `export`, `import` and `report`.
// Exit codes as in CliCommands: 0 done, 1 failed (nothing written), 2 usage.
class ExchangeCliCommands
{
    Q_DECLARE_TR_FUNCTIONS(ExchangeCliCommands)

public:
    ExchangeCliCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    int runExport(const QStringList &arguments);
    int runImport(const QStringList &arguments);
    int runReport(const QStringList &arguments);

private:
    // Incident ids for identifiers like INC-2026-0001; an unknown one is an error naming it.
    Result<QList<qint64>> resolve(Workspace &workspace, const QStringList &idents) const;
    bool checkTlp(const QString &label) const;
    // What export and report check before they write: the TLP ceiling, OUT, then the workspace opened
    // for reading. Null on failure, with the message printed and `rc` the exit code.
    std::unique_ptr<Workspace> openForOutput(const QCommandLineParser &parser, const QString &tlpCeiling,
                                             const CliCommands::OutputOptions &out, int &rc);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace csirtkit
