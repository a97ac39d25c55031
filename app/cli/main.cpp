#include "CliCommands.h"

#include "common/Language.h"
#include "common/Version.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>
#include <memory>

using namespace csirtkit;

namespace {

// Exporting the plan lays out text, which needs fonts and so a QGuiApplication. The other commands
// stay free of any display or font set-up.
bool needsFonts(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i)
        if (qstrcmp(argv[i], "export-plan") == 0 || qstrcmp(argv[i], "report") == 0)
            return true;
    // `team FILE plan` writes the staffing plan.
    if (argc > 3 && qstrcmp(argv[1], "team") == 0 && qstrcmp(argv[3], "plan") == 0)
        return true;
    return false;
}

std::unique_ptr<QCoreApplication> makeApplication(int &argc, char *argv[])
{
    if (!needsFonts(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    // A command line tool must work without a display (over SSH, in CI).
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = makeApplication(argc, argv);
    QCoreApplication::setOrganizationName(QString());
    QCoreApplication::setApplicationName(QStringLiteral("csirtkit"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CSIRTKIT_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);

    // The language comes first, so that every text below (the help too) is in it.
    QStringList arguments = QCoreApplication::arguments();
    if (!arguments.isEmpty())
        arguments[0] = QStringLiteral("csirtkit-cli"); // the usage line shows the command, not the build path
    QString language = QStringLiteral("en");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--lang") && i + 1 < arguments.size())
            language = arguments.at(++i);
        else if (arguments.at(i).startsWith(QLatin1String("--lang=")))
            language = arguments.at(i).mid(7);
        else if (!arguments.at(i).startsWith(QLatin1Char('-')))
            break; // the command: options after it are its own
    }
    if (!Language::available().contains(language)) {
        err << QStringLiteral("Unknown language “%1”: use en or ja.").arg(language) << '\n';
        return 2;
    }
    Language::apply(language);

    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    const QCommandLineOption lang(QStringLiteral("lang"),
                                  QCoreApplication::translate("main", "Message language: en or ja."),
                                  QStringLiteral("LANG"), QStringLiteral("en"));
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  QCoreApplication::translate("main", "Show this help."));
    const QCommandLineOption version({ QStringLiteral("v"), QStringLiteral("version") },
                                     QCoreApplication::translate("main", "Show the version."));
    parser.addOption(lang);
    parser.addOption(help);
    parser.addOption(version);
    parser.addPositionalArgument(QStringLiteral("COMMAND"),
                                 QCoreApplication::translate("main", "One of the commands below."),
                                 QStringLiteral("COMMAND [ARGS]"));
    if (!parser.parse(arguments)) {
        err << parser.errorText() << '\n';
        return 2;
    }
    parser.setApplicationDescription(QCoreApplication::translate("main", "CSIRT Kit command line: workspace jobs "
                                                                         "without the window."));

    if (parser.isSet(version)) {
        out << "csirtkit-cli " << CSIRTKIT_VERSION << '\n';
        return 0;
    }
    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        (parser.isSet(help) ? out : err) << CliCommands::helpText(parser) << '\n' << CliCommands::summary();
        return parser.isSet(help) ? 0 : 2;
    }
    const QString command = positional.takeFirst();
    return CliCommands(out, err).run(command, positional);
}
