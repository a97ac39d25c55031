#include "CliCommands.h"

#include "PlanCliCommands.h"
#include "TeamCliCommands.h"
#include "common/Version.h"
#include "ExchangeCliCommands.h"
#include "IncidentCliCommands.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentRepository.h"
#include "InfoFacts.h"
#include "workspace/FileIdentity.h"
#include "workspace/IntegrityLedger.h"
#include "workspace/OutputTarget.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceFacts.h"

#include <QCommandLineParser>
#include <QFile>
#include <QJsonDocument>
#include <QFileInfo>
#include <QTextStream>

namespace csirtkit {

namespace {

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
        out << helpText(parser, command);
        if (const Command *known = find(command))
            out << '\n' << tr("Example:") << "\n  " << QString::fromUtf8(known->example) << '\n';
        return ExitOk;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        err << tr("Wrong number of arguments. See: csirtkit-cli %1 --help").arg(command) << '\n';
        return ExitUsage;
    }
    return -1;
}

const QList<CliCommands::Command> &CliCommands::commands()
{
    // The one list of commands: `csirtkit-cli --help`, each command's example and the dispatch in
    // run() all come from here.
    using Io = QTextStream &;
    using Args = const QStringList &;
    static const QList<Command> list = {
        { "new", "FILE --name NAME", QT_TR_NOOP("create a new workspace for the organisation NAME"),
          "csirtkit-cli new my.csirt --name \"Example Corp\"", [](Io o, Io e, Args a) { return CliCommands(o, e).runNew(a); } },
        { "check", "FILE", QT_TR_NOOP("check that FILE is a healthy workspace (exit 0), read-only here (3) or why not (1)"),
          "csirtkit-cli check my.csirt", [](Io o, Io e, Args a) { return CliCommands(o, e).runCheck(a); } },
        { "info", "FILE", QT_TR_NOOP("print the workspace's format version, dates and counts"),
          "csirtkit-cli info my.csirt", [](Io o, Io e, Args a) { return CliCommands(o, e).runInfo(a); } },
        { "demo", "FILE [--lang ja]", QT_TR_NOOP("create a workspace for a fictional organisation, to try CSIRT Kit out"),
          "csirtkit-cli demo demo.csirt --lang ja", [](Io o, Io e, Args a) { return PlanCliCommands(o, e).runDemo(a); } },
        { "export-plan", "FILE --format pdf|odt|html|md -o OUT [--lang ja]",
          QT_TR_NOOP("export the plan: phases, checklist items, decisions and worksheets"),
          "csirtkit-cli export-plan my.csirt --format pdf -o plan.pdf", [](Io o, Io e, Args a) { return PlanCliCommands(o, e).runExportPlan(a); } },
        { "team", "FILE roles|people|gaps|raci|staffing|rota|plan [--json] [--strict] [options]",
          QT_TR_NOOP("the team: roles and holders, people, coverage gaps, RACI, staffing (FTE), on-call rota (.ics), staffing plan"),
          "csirtkit-cli team my.csirt staffing --model 24x7 --seats 1 --json",
          [](Io o, Io e, Args a) { return TeamCliCommands(o, e).run(a); } },
        { "verify", "FILE [--anchor] [--against ANCHORFILE]",
          QT_TR_NOOP("check that nothing was changed outside CSIRT Kit (exit 1 naming each finding)"),
          "csirtkit-cli verify my.csirt --against anchors.txt", [](Io o, Io e, Args a) { return CliCommands(o, e).runVerify(a); } },
        { "search", "FILE QUERY", QT_TR_NOOP("print the incidents matching QUERY (full-text search)"),
          "csirtkit-cli search my.csirt \"proxy malware\"", [](Io o, Io e, Args a) { return IncidentCliCommands(o, e).runSearch(a); } },
        { "demo-incidents", "FILE --count N [--lang ja]", QT_TR_NOOP("add N made-up incidents (benchmarks, trials)"),
          "csirtkit-cli demo-incidents big.csirt --count 100000", [](Io o, Io e, Args a) { return IncidentCliCommands(o, e).runDemoIncidents(a); } },
        { "export", "FILE --format csv|json|misp|stix -o OUT [--incident ID]… [--tlp-max LABEL]",
          QT_TR_NOOP("export incidents for spreadsheets, another workspace, MISP or STIX"),
          "csirtkit-cli export my.csirt --format misp -o events.json --tlp-max TLP:AMBER", [](Io o, Io e, Args a) { return ExchangeCliCommands(o, e).runExport(a); } },
        { "import", "FILE --format csv|json|misp --input IN [--mapping MAPFILE] [--dry-run]",
          QT_TR_NOOP("import incidents; nothing is written when the file has a problem"),
          "csirtkit-cli import my.csirt --format csv --input sheet.csv --dry-run", [](Io o, Io e, Args a) { return ExchangeCliCommands(o, e).runImport(a); } },
        { "report", "FILE (--incident ID | --from DATE --to DATE) --format pdf|odt|html|md -o OUT",
          QT_TR_NOOP("write an incident report or a period report"),
          "csirtkit-cli report my.csirt --from 2026-07-01 --to 2026-09-30 --format pdf -o q3.pdf --lang ja",
          [](Io o, Io e, Args a) { return ExchangeCliCommands(o, e).runReport(a); } },
    };
    return list;
}

const CliCommands::Command *CliCommands::find(const QString &name)
{
    for (const Command &command : commands())
        if (name == QLatin1String(command.name))
            return &command;
    return nullptr;
}

CliCommands::OutputOptions CliCommands::outputOptions()
{
    return { QCommandLineOption({ QStringLiteral("o"), QStringLiteral("output") }, tr("The file to write."), tr("OUT")),
             QCommandLineOption({ QStringLiteral("f"), QStringLiteral("force") }, tr("Replace OUT if it exists.")) };
}

bool CliCommands::checkOutput(const QCommandLineParser &parser, const OutputOptions &options, QTextStream &err)
{
    auto allowed = OutputTarget::check(parser.value(options.output),
                                       parser.isSet(options.force) ? OutputTarget::Existing::Replace
                                                                   : OutputTarget::Existing::Refuse,
                                       parser.positionalArguments().value(0));
    if (!allowed)
        err << allowed.error().message << '\n';
    return allowed.ok();
}

QString CliCommands::helpText(const QCommandLineParser &parser, const QString &command)
{
    // QCommandLineParser names the program by the path it was started with; the usage line should
    // show what a user types.
    QString text = parser.helpText();
    const QString started = QCoreApplication::arguments().value(0);
    const qsizetype at = started.isEmpty() ? -1 : text.indexOf(started);
    if (at >= 0 && at < text.indexOf(QLatin1Char('\n')))
        text.replace(at, started.size(), QStringLiteral("csirtkit-cli") + (command.isEmpty() ? QString() : QLatin1Char(' ') + command));
    return text;
}

QString CliCommands::summary()
{
    QString text = tr("Commands:") + QLatin1Char('\n');
    for (const Command &command : commands()) {
        text += QStringLiteral("  %1 %2\n").arg(QLatin1String(command.name), QString::fromUtf8(command.synopsis));
        text += QStringLiteral("      %1\n").arg(tr(command.summary));
    }
    return text + tr("Run 'csirtkit-cli COMMAND --help' for a command's options and an example.") + QLatin1Char('\n');
}

int CliCommands::run(const QString &command, const QStringList &arguments)
{
    if (const Command *found = find(command))
        return found->run(m_out, m_err, arguments);
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
    parser.setApplicationDescription(tr("Print facts about a workspace: format version, dates, whether it can be "
                                        "written, incidents by status, journal entries and checklist progress per "
                                        "phase. The file is not changed."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption json(QStringLiteral("json"), tr("Print one JSON object (the same keys), for scripts."));
    parser.addOption(json);
    if (int rc = parse(parser, QStringLiteral("info"), arguments, m_out, m_err, 1); rc >= 0)
        return rc;
    auto workspace = Workspace::openForReading(parser.positionalArguments().constFirst());
    if (!workspace) {
        m_err << workspace.error().message << '\n';
        return ExitFailure;
    }
    auto facts = InfoFacts::read(**workspace);
    if (!facts) {
        m_err << facts.error().message << '\n';
        return ExitFailure;
    }
    if (parser.isSet(json)) {
        m_out << QString::fromUtf8(QJsonDocument(InfoFacts::toJson(*facts)).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    for (const auto &[key, value] : std::as_const(*facts))
        m_out << key << ": " << (value.typeId() == QMetaType::Bool ? QString::fromLatin1(value.toBool() ? "yes" : "no")
                                                                   : value.toString())
              << '\n';
    return ExitOk;
}

} // namespace csirtkit
