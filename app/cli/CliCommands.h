#pragma once

#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace csirtkit {

// The subcommands of csirtkit-cli. Each takes its own arguments (after the command name) and returns
// the process exit code: 0 success, 1 failure (message on stderr), 2 usage error.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    int run(const QString &command, const QStringList &arguments);
    static QString summary();

private:
    int runNew(const QStringList &arguments);
    int runCheck(const QStringList &arguments);
    int runInfo(const QStringList &arguments);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace csirtkit
