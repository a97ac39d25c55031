#pragma once

// Runs a program (by default the real csirtkit-cli) and keeps its exit code and output, for the
// command-line tests.

#include <QProcess>
#include <QString>
#include <QStringList>

namespace fixtures {

struct CliRun
{
    int code = -1; // -1 when the program crashed or did not finish in time
    QString out;
    QString err;
};

inline CliRun runProgram(const QString &program, const QStringList &args, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(timeoutMs);
    return { p.exitStatus() == QProcess::NormalExit && p.state() == QProcess::NotRunning ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

inline QString cliPath()
{
    return QStringLiteral(CSIRTKIT_BINARY_DIR "/bin/csirtkit-cli");
}

inline CliRun runCli(const QStringList &args)
{
    return runProgram(cliPath(), args);
}

} // namespace fixtures
