#include "PlanCliCommands.h"

#include "CliCommands.h"
#include "common/Language.h"
#include "phases/DemoWorkspace.h"
#include "incidents/TlpCeiling.h"
#include "phases/PlanExporter.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTextStream>

namespace csirtkit {

namespace {


QCommandLineOption languageOption(const QString &description)
{
    return QCommandLineOption(QStringLiteral("lang"), description, PlanCliCommands::tr("LANG"));
}

} // namespace

QString PlanCliCommands::language(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return Language::current();
    const QString value = parser.value(option);
    if (Language::available().contains(value))
        return value;
    m_err << tr("Unknown language “%1”: use en or ja.").arg(value) << '\n';
    return {};
}

int PlanCliCommands::runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Create a workspace for a fictional organisation half-way through the "
                                        "build phase, to try CSIRT Kit out. Its dates are relative to today."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file to create (.csirt)."));
    const QCommandLineOption lang = languageOption(tr("The language of the demo texts: en or ja (default: en)."));
    const QCommandLineOption force({ QStringLiteral("f"), QStringLiteral("force") }, tr("Replace FILE if it exists."));
    parser.addOption(lang);
    parser.addOption(force);
    if (int rc = CliCommands::parse(parser, QStringLiteral("demo"), arguments, m_out, m_err, 1); rc >= 0)
        return rc;
    const QString language = this->language(parser, lang);
    if (language.isEmpty())
        return ExitUsage;
    Language::apply(language);
    const QString path = parser.positionalArguments().constFirst();
    if (QFileInfo::exists(path) && !parser.isSet(force)) {
        m_err << tr("“%1” already exists. Choose another name, or add --force to replace it.").arg(path) << '\n';
        return ExitFailure;
    }
    auto workspace = DemoWorkspace::create(path, language);
    if (!workspace) {
        m_err << workspace.error().message << '\n';
        return ExitFailure;
    }
    m_out << tr("Created the demo workspace %1").arg(QDir::toNativeSeparators((*workspace)->filePath())) << '\n';
    return ExitOk;
}

int PlanCliCommands::runExportPlan(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the plan of a workspace — the phases with every checklist item, "
                                        "the decisions and the worksheets — as PDF, OpenDocument text, HTML or "
                                        "Markdown. The workspace is not changed."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption format(QStringLiteral("format"), tr("The file format: pdf, odt, html or md."), tr("FORMAT"));
    const CliCommands::OutputOptions out = CliCommands::outputOptions();
    const QCommandLineOption &output = out.output;
    const QCommandLineOption lang = languageOption(tr("The language of the plan: en or ja (default: en)."));
    parser.addOption(format);
    parser.addOption(output);
    parser.addOption(out.force);
    parser.addOption(lang);
    const QCommandLineOption tlp(QStringLiteral("tlp"),
                                 tr("The TLP label the plan carries on every page (default: %1).").arg(PlanExporter::defaultTlp()),
                                 tr("LABEL"), PlanExporter::defaultTlp());
    parser.addOption(tlp);
    if (int rc = CliCommands::parse(parser, QStringLiteral("export-plan"), arguments, m_out, m_err, 1); rc >= 0)
        return rc;
    const auto chosen = DocumentFormats::fromName(parser.value(format));
    if (!chosen) {
        const QString names = DocumentFormats::names().join(QStringLiteral(", "));
        m_err << (parser.isSet(format) ? tr("The plan cannot be exported as “%1”. Use --format with one of: %2.")
                                             .arg(parser.value(format), names)
                                       : tr("Give the file format with --format pdf|odt|html|md."))
              << '\n';
        return ExitUsage;
    }
    if (parser.value(output).trimmed().isEmpty()) {
        m_err << tr("Give the file to write with --output OUT.") << '\n';
        return ExitUsage;
    }
    const QString label = parser.value(tlp).trimmed().toUpper();
    if (TlpCeiling::rank(label) < 0) {
        m_err << tr("“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.")
                     .arg(parser.value(tlp))
              << '\n';
        return ExitUsage;
    }
    const QString language = this->language(parser, lang);
    if (language.isEmpty())
        return ExitUsage;
    Language::apply(language); // this command's own messages; the plan sets its language itself
    if (!CliCommands::checkOutput(parser, out, m_err))
        return ExitFailure;
    auto workspace = Workspace::openForReading(parser.positionalArguments().constFirst());
    if (!workspace) {
        m_err << workspace.error().message << '\n';
        return ExitFailure;
    }
    if ((*workspace)->schemaVersion() < Workspace::latestSchemaVersion()) {
        m_err << tr("“%1” uses an older workspace format. Open it once in CSIRT Kit to upgrade it, then export.")
                     .arg(parser.positionalArguments().constFirst())
              << '\n';
        return ExitFailure;
    }
    const QString target = parser.value(output);

    if (auto written = PlanExporter::write(**workspace, language, *chosen, target, label); !written) {
        m_err << written.error().message << '\n';
        return ExitFailure;
    }
    m_out << tr("Wrote the plan to %1").arg(QDir::toNativeSeparators(QFileInfo(target).absoluteFilePath())) << '\n';
    return ExitOk;
}

} // namespace csirtkit
