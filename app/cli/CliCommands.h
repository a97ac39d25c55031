#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStringList>

class QTextStream;

namespace csirtkit {

// csirtkit-cli's exit codes (a contract: scripts rely on them). `check` and `verify` add their own.
constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

// The subcommands of csirtkit-cli. Each takes its own arguments (after the command name) and returns
// the process exit code: 0 success, 1 failure (message on stderr), 2 usage error.
class CliCommands
{
    Q_DECLARE_TR_FUNCTIONS(CliCommands)

public:
    CliCommands(QTextStream &out, QTextStream &err) : m_out(out), m_err(err) { }

    int run(const QString &command, const QStringList &arguments);
    static QString summary();
    // The parser's help with "csirtkit-cli COMMAND" in the usage line instead of the program's path.
    static QString helpText(const QCommandLineParser &parser, const QString &command = {});

    struct Command
    {
        const char *name;
        const char *synopsis; // arguments, as typed (not translated)
        const char *summary;  // translated with tr()
        const char *example;  // a complete command line
        int (*run)(QTextStream &out, QTextStream &err, const QStringList &arguments);
    };
    static const QList<Command> &commands();
    static const Command *find(const QString &name);

    // -o/--output OUT and -f/--force of every command that writes a file.
    struct OutputOptions
    {
        QCommandLineOption output;
        QCommandLineOption force;
    };
    static OutputOptions outputOptions();
    // OutputTarget's check of OUT against the workspace FILE (the first positional argument), with
    // the message printed: never a workspace, an existing file only with --force.
    static bool checkOutput(const QCommandLineParser &parser, const OutputOptions &options, QTextStream &err);
    // Parses a subcommand's arguments; prints help or the parse error itself. Returns -1 to go on,
    // otherwise the exit code.
    static int parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                     QTextStream &out, QTextStream &err, int positionalCount);

private:
    int runNew(const QStringList &arguments);
    int runCheck(const QStringList &arguments);
    int runInfo(const QStringList &arguments);
    int runVerify(const QStringList &arguments);

    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace csirtkit
