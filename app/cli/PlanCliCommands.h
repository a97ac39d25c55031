#pragma once

#include <QCoreApplication>
#include <QStringList>

class QCommandLineOption;
class QCommandLineParser;
class QTextStream;

namespace csirtkit {

// The csirtkit-cli subcommands about the CSIRT plan: `demo` (a workspace for a fictional
// organisation) and `export-plan`. Exit codes as in CliCommands.
class PlanCliCommands
{
    Q_DECLARE_TR_FUNCTIONS(PlanCliCommands)

public:
    PlanCliCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    int runDemo(const QStringList &arguments);
    int runExportPlan(const QStringList &arguments);

private:
    // The --lang value, or the language already in effect; empty (after a message) if unknown.
    QString language(const QCommandLineParser &parser, const QCommandLineOption &option);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace csirtkit
