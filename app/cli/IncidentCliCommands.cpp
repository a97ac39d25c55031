#include "IncidentCliCommands.h"

#include "CliCommands.h"

#include "common/Language.h"
#include "incidents/IncidentGenerator.h"
#include "incidents/IncidentSearch.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTextStream>

namespace csirtkit {

int IncidentCliCommands::runSearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print the incidents that match QUERY (identifier and title), with the same "
                                        "full-text search of CSIRT Kit. Every word must match; use \"quotes\" for a "
                                        "phrase. Exit status 0 when something matches, 1 otherwise. The file is not "
                                        "changed."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    parser.addPositionalArgument(QStringLiteral("QUERY"), tr("What to search for."));
    if (int rc = CliCommands::parse(parser, QStringLiteral("search"), arguments, m_out, m_err, 2); rc >= 0)
        return rc;
    auto workspace = Workspace::openForReading(parser.positionalArguments().at(0));
    if (!workspace) {
        m_err << workspace.error().message << '\n';
        return ExitFailure;
    }
    if ((*workspace)->schemaVersion() < Workspace::latestSchemaVersion()) {
        m_err << tr("“%1” uses an older workspace format. Open it once in CSIRT Kit to upgrade it, then search.")
                     .arg(parser.positionalArguments().at(0))
              << '\n';
        return ExitFailure;
    }
    auto hits = IncidentSearch(**workspace).search(parser.positionalArguments().at(1));
    if (!hits) {
        m_err << hits.error().message << '\n';
        return hits.error().code == ErrorCode::Invalid ? ExitUsage : ExitFailure;
    }
    for (const auto &hit : std::as_const(*hits))
        m_out << hit.ident << '\t' << hit.title << '\n';
    if (hits->isEmpty())
        m_err << tr("No incident matches.") << '\n';
    return hits->isEmpty() ? ExitFailure : ExitOk;
}

int IncidentCliCommands::runDemoIncidents(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Add made-up incidents to a workspace (created if it does not exist) for "
                                        "benchmarks and trials. Each follows one of the shipped incident stories, so "
                                        "its title, category, status, times, tasks and journal agree; most are closed, "
                                        "the last three weeks' are still open."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption count(QStringLiteral("count"), tr("How many incidents to add (default 1000)."), tr("N"),
                                   QStringLiteral("1000"));
    const QCommandLineOption seed(QStringLiteral("seed"), tr("Random seed, for repeatable data (default 1)."), tr("S"),
                                  QStringLiteral("1"));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("The language of the incidents' texts: en or ja (default: en)."),
                                  tr("LANG"), QStringLiteral("en"));
    parser.addOption(count);
    parser.addOption(seed);
    parser.addOption(lang);
    if (int rc = CliCommands::parse(parser, QStringLiteral("demo-incidents"), arguments, m_out, m_err, 1); rc >= 0)
        return rc;
    const QString language = parser.value(lang);
    if (!Language::available().contains(language)) {
        m_err << tr("Unknown language “%1”: use en or ja.").arg(language) << '\n';
        return ExitUsage;
    }
    Language::apply(language);
    bool countOk = false, seedOk = false;
    const int n = parser.value(count).toInt(&countOk);
    const quint32 s = parser.value(seed).toUInt(&seedOk);
    if (!countOk || !seedOk || n < 1) {
        m_err << tr("--count must be a positive whole number and --seed a whole number.") << '\n';
        return ExitUsage;
    }
    const QString path = parser.positionalArguments().constFirst();
    auto workspace = QFileInfo::exists(path) ? Workspace::open(path) : Workspace::create(path, tr("Benchmark organisation"));
    if (!workspace) {
        m_err << workspace.error().message << '\n';
        return ExitFailure;
    }
    QElapsedTimer timer;
    timer.start();
    auto added = IncidentGenerator::generate(**workspace, n, s, [this](int done, int total) {
        if (done % 10000 == 0 || done == total)
            m_err << tr("%1 of %2 incidents").arg(done).arg(total) << '\n' << Qt::flush;
        return true;
    }, language);
    if (!added) {
        m_err << added.error().message << '\n';
        return ExitFailure;
    }
    m_out << tr("Added %1 incidents to %2 in %3 s.").arg(*added).arg(path).arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << '\n';
    return ExitOk;
}

} // namespace csirtkit
