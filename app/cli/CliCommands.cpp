#include "CliCommands.h"

#include "PlanCliCommands.h"
#include "common/Version.h"
#include "ExchangeCliCommands.h"
#include "IncidentCliCommands.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentRepository.h"
#include "workspace/FileIdentity.h"
#include "workspace/IntegrityLedger.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceFacts.h"

#include <QCommandLineParser>
#include <QFile>
#include <QFileInfo>
#include <QTextStream>

namespace csirtkit {

namespace {

constexpr int ExitOk = 0;
constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;
constexpr int ExitReadOnly = 3;
constexpr int LedgerVersion = 10; // the integrity ledger came with format 10

} // namespace

int CliCommands::parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
                       QTextStream &out, QTextStream &err, int positionalCount)
{
    const QCommandLineOption help({ QStringLiteral("h"), QStringLiteral("help") },
                                  tr("Show help for this command."));
    parser.addOption(help);
    if (!parser.parse(QStringList { QStringLiteral("csirtkit-cli ") + command } + arguments)) {
        err << parser.errorText() << '\n';
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        out << parser.helpText();
        return ExitOk;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        err << tr("Wrong number of arguments. See: csirtkit-cli %1 --help").arg(command) << '\n';
        return ExitUsage;
    }
    return -1;
}

QString CliCommands::summary()
{
    return tr("Commands:\n"
              "  new FILE --name NAME   create a new workspace for the organisation NAME\n"
              "  check FILE             check that FILE is a healthy workspace (exit 0) or say why not\n"
              "  info FILE              print the workspace's format version, dates and counts\n"
              "  demo FILE [--lang ja]  create a workspace for a fictional organisation, to try CSIRT Kit out\n"
              "  export-plan FILE --format pdf|odt|html|md --output OUT [--lang ja]\n"
              "                         export the plan: phases, checklist items, decisions and worksheets\n"
              "  verify FILE [--anchor] [--against ANCHORFILE]\n"
              "                         check that nothing was changed outside CSIRT Kit (exit 1 naming each finding)\n"
              "  search FILE QUERY      print the incidents matching QUERY (full-text search)\n"
              "  demo-incidents FILE --count N   add N made-up incidents (benchmarks, trials)\n"
              "  export FILE --format csv|json|misp|stix --output OUT [--incident ID]… [--tlp-max LABEL]\n"
              "  import FILE --format csv|json|misp --input IN [--mapping MAPFILE] [--dry-run]\n"
              "  report FILE (--incident ID | --from DATE --to DATE) --format pdf|odt|html|md --output OUT\n"
              "         [--lang en|ja] [--tlp-max LABEL]\n"
              "Run 'csirtkit-cli COMMAND --help' for a command's options.\n");
}

int CliCommands::run(const QString &command, const QStringList &arguments)
{
    if (command == QLatin1String("new"))
        return runNew(arguments);
    if (command == QLatin1String("check"))
        return runCheck(arguments);
    if (command == QLatin1String("info"))
        return runInfo(arguments);
    if (command == QLatin1String("verify"))
        return runVerify(arguments);
    if (command == QLatin1String("export"))
        return ExchangeCliCommands(m_out, m_err).runExport(arguments);
    if (command == QLatin1String("import"))
        return ExchangeCliCommands(m_out, m_err).runImport(arguments);
    if (command == QLatin1String("report"))
        return ExchangeCliCommands(m_out, m_err).runReport(arguments);
    if (command == QLatin1String("search"))
        return IncidentCliCommands(m_out, m_err).runSearch(arguments);
    if (command == QLatin1String("demo-incidents"))
        return IncidentCliCommands(m_out, m_err).runDemoIncidents(arguments);
    if (command == QLatin1String("demo"))
        return PlanCliCommands(m_out, m_err).runDemo(arguments);
    if (command == QLatin1String("export-plan"))
        return PlanCliCommands(m_out, m_err).runExportPlan(arguments);
    m_err << tr("Unknown command “%1”.").arg(command) << '\n' << summary();
    return ExitUsage;
}

int CliCommands::runNew(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a new CSIRT Kit workspace file."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file to create (.csirt)."));
    const QCommandLineOption name({ QStringLiteral("n"), QStringLiteral("name") }, tr("The organisation's name."),
                                  tr("NAME"));
    const QCommandLineOption force({ QStringLiteral("f"), QStringLiteral("force") },
                                   tr("Replace FILE if it exists."));
    parser.addOption(name);
    parser.addOption(force);
    if (int rc = parse(parser, QStringLiteral("new"), arguments, m_out, m_err, 1); rc >= 0)
        return rc;
    const QString path = parser.positionalArguments().constFirst();
    if (!parser.isSet(name) || parser.value(name).trimmed().isEmpty()) {
        m_err << tr("Give the organisation's name with --name NAME.") << '\n';
        return ExitUsage;
    }
    if (QFileInfo::exists(path) && !parser.isSet(force)) {
        m_err << tr("“%1” already exists. Choose another name, or add --force to replace it.").arg(path) << '\n';
        return ExitFailure;
    }
    auto workspace = Workspace::create(path, parser.value(name));
    if (!workspace) {
        m_err << workspace.error().message << '\n';
        return ExitFailure;
    }
    m_out << tr("Created %1").arg((*workspace)->filePath()) << '\n';
    return ExitOk;
}

int CliCommands::runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check that a file is a healthy CSIRT Kit workspace. The file is not "
                                        "changed. Exit status: 0 healthy; 1 not usable (the reason is printed); "
                                        "2 wrong arguments; 3 healthy but read-only, so it can only be viewed."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file to check."));
    if (int rc = parse(parser, QStringLiteral("check"), arguments, m_out, m_err, 1); rc >= 0)
        return rc;
    const QString path = parser.positionalArguments().constFirst();
    auto checked = Workspace::inspect(path);
    if (!checked) {
        m_err << checked.error().message << '\n';
        return ExitFailure;
    }
    for (const QString &warning : std::as_const(checked->warnings))
        m_err << tr("warning: %1").arg(warning) << '\n';
    if (checked->access == Workspace::Access::ReadOnly) {
        m_err << tr("%1: healthy CSIRT Kit workspace, read-only here. %2").arg(path, checked->readOnlyReason) << '\n';
        return ExitReadOnly;
    }
    m_out << tr("%1: healthy CSIRT Kit workspace").arg(path) << '\n';
    return ExitOk;
}

int CliCommands::runVerify(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check that nothing in the workspace was changed, added or deleted outside CSIRT "
                                        "Kit: every incident's fields and records, its journal chain, the identifier "
                                        "counter and the workspace's rules. The file is not changed. Exit status 0 "
                                        "when everything is intact, 1 otherwise (each finding is named). Someone who "
                                        "can write the file could recompute every hash; an anchor kept elsewhere "
                                        "(--anchor, then --against) exposes that too."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption anchor(QStringLiteral("anchor"),
                                    tr("Print the ledger's head as an anchor, to print, mail or keep elsewhere."));
    const QCommandLineOption against(QStringLiteral("against"),
                                     tr("Also compare with anchors printed earlier by --anchor (kept in ANCHORFILE)."),
                                     tr("ANCHORFILE"));
    parser.addOption(anchor);
    parser.addOption(against);
    if (int rc = parse(parser, QStringLiteral("verify"), arguments, m_out, m_err, 1); rc >= 0)
        return rc;
    QList<IntegrityLedger::Anchor> anchors;
    if (parser.isSet(against)) {
        QFile file(parser.value(against));
        if (!file.open(QIODevice::ReadOnly)) {
            m_err << tr("“%1” cannot be read: %2").arg(file.fileName(), file.errorString()) << '\n';
            return ExitFailure;
        }
        auto parsed = IntegrityLedger::parseAnchors(file.read(1 << 20));
        if (!parsed) {
            m_err << parsed.error().message << '\n';
            return ExitUsage;
        }
        anchors = *parsed;
    }
    auto workspace = Workspace::openForReading(parser.positionalArguments().constFirst());
    if (!workspace) {
        m_err << workspace.error().message << '\n';
        return ExitFailure;
    }
    const int version = (*workspace)->schemaVersion();
    if (version < 4) {
        m_out << tr("This workspace has no incident log yet.") << '\n';
        return ExitOk;
    }
    const bool ledger = version >= LedgerVersion;
    if (!ledger) {
        m_err << tr("This workspace uses an older format without the integrity ledger: only the journal chains are "
                    "checked. Open it once in CSIRT Kit to upgrade it.") << '\n';
        if (!anchors.isEmpty() || parser.isSet(anchor))
            return ExitFailure;
    }
    using Findings = Result<QList<IntegrityLedger::Finding>>;
    const QSqlDatabase db = (*workspace)->db();
    auto problems = IncidentJournal(**workspace).verifyAll();
    auto findings = ledger ? IntegrityLedger::verify(db) : Findings(QList<IntegrityLedger::Finding>());
    auto anchored = ledger ? IntegrityLedger::checkAnchors(db, anchors) : Findings(QList<IntegrityLedger::Finding>());
    for (const Error *error : { problems ? nullptr : &problems.error(), findings ? nullptr : &findings.error(),
                                anchored ? nullptr : &anchored.error() }) {
        if (error) {
            m_err << error->message << '\n';
            return ExitFailure;
        }
    }
    for (const auto &problem : std::as_const(*problems))
        m_err << problem.message << '\n';
    for (const auto &finding : std::as_const(*findings))
        m_err << finding.message << '\n';
    for (const auto &finding : std::as_const(*anchored))
        m_err << finding.message << '\n';
    if (parser.isSet(anchor)) {
        auto head = IntegrityLedger::head(db);
        auto facts = WorkspaceFacts::read(**workspace);
        if (head)
            m_out << IntegrityLedger::anchorText(*head, facts ? facts->organisationName : QString());
    }
    if (!problems->isEmpty() || !findings->isEmpty() || !anchored->isEmpty())
        return ExitFailure;
    auto incidents = IncidentRepository(**workspace).count();
    if (!parser.isSet(anchor)) {
        m_out << tr("All %1 incidents, their journals and the workspace's rules are as CSIRT Kit recorded them.")
                     .arg(incidents ? *incidents : 0)
              << '\n';
        if (!anchors.isEmpty())
            m_out << tr("%n anchor(s) match.", nullptr, int(anchors.size())) << '\n';
    }
    return ExitOk;
}

int CliCommands::runInfo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print facts about a workspace: format version, dates and counts."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    if (int rc = parse(parser, QStringLiteral("info"), arguments, m_out, m_err, 1); rc >= 0)
        return rc;
    auto workspace = Workspace::openForReading(parser.positionalArguments().constFirst());
    if (!workspace) {
        m_err << workspace.error().message << '\n';
        return ExitFailure;
    }
    auto facts = WorkspaceFacts::read(**workspace);
    if (!facts) {
        m_err << facts.error().message << '\n';
        return ExitFailure;
    }
    const bool writable = files::writeBlock((*workspace)->filePath()) == files::WriteBlock::None;
    m_out << "file: " << facts->filePath << '\n'
          << "organisation: " << facts->organisationName << '\n'
          << "schema_version: " << facts->schemaVersion << '\n'
          << "latest_schema_version: " << Workspace::latestSchemaVersion() << '\n'
          << "created_utc: " << facts->createdUtc.toString(Qt::ISODate) << '\n'
          << "last_changed_utc: " << facts->lastChangedUtc.toString(Qt::ISODate) << '\n'
          // Whether CSIRT Kit can write the file, not the mode `info` itself opened it in.
          << "read_only: " << (writable ? "no" : "yes") << '\n'
          << "writable: " << (writable ? "yes" : "no") << '\n'
          << "file_size: " << facts->fileSize << '\n';
    for (const auto &count : std::as_const(facts->counts))
        m_out << count.key << ": " << count.value << '\n';
    return ExitOk;
}

} // namespace csirtkit
