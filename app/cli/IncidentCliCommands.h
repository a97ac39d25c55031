#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace csirtkit {

// The csirtkit-cli subcommands about the incident log: `search` and `demo-incidents`.
// Exit codes as in CliCommands.
class IncidentCliCommands
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCliCommands)

public:
    IncidentCliCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    int runSearch(const QStringList &arguments);
    int runDemoIncidents(const QStringList &arguments);

private:
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace csirtkit
