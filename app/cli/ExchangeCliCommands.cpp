#include "ExchangeCliCommands.h"

#include "CliCommands.h"

#include "common/Language.h"
#include "exchange/CsvExporter.h"
#include "exchange/CsvImporter.h"
#include "reports/IncidentReport.h"
#include "exchange/JsonExchange.h"
#include "exchange/MispExchange.h"
#include "reports/PeriodReport.h"
#include "exchange/StixExporter.h"
#include "incidents/TlpCeiling.h"
#include "incidents/IncidentRepository.h"
#include "workspace/Workspace.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTextStream>

namespace csirtkit {

Result<QList<qint64>> ExchangeCliCommands::resolve(Workspace &workspace, const QStringList &idents) const
{
    QList<qint64> ids;
    IncidentRepository incidents(workspace);
    for (const QString &ident : idents) {
        auto incident = incidents.byIdent(ident.trimmed().toUpper());
        if (!incident)
            return makeError(ErrorCode::NotFound, tr("There is no incident “%1” in this workspace.").arg(ident));
        ids << incident->id;
    }
    return ids;
}

bool ExchangeCliCommands::checkTlp(const QString &label) const
{
    if (label.isEmpty() || TlpCeiling::rank(label) >= 0)
        return true;
    m_err << tr("“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.").arg(label) << '\n';
    return false;
}

std::unique_ptr<Workspace> ExchangeCliCommands::openForOutput(const QCommandLineParser &parser, const QString &tlpCeiling,
                                                              const CliCommands::OutputOptions &out, int &rc)
{
    rc = ExitUsage;
    if (!checkTlp(tlpCeiling))
        return nullptr;
    rc = ExitFailure;
    if (!CliCommands::checkOutput(parser, out, m_err))
        return nullptr;
    auto workspace = Workspace::openForReading(parser.positionalArguments().constFirst());
    if (!workspace) {
        m_err << workspace.error().message << '\n';
        return nullptr;
    }
    return std::move(*workspace);
}

int ExchangeCliCommands::runExport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export incidents as CSV (spreadsheets), JSON (CSIRT Kit's full format, for "
                                        "another workspace), MISP event JSON or a STIX 2.1 bundle. Incidents above the "
                                        "TLP ceiling are left out and counted (--verbose names them). The workspace is "
                                        "not changed."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, json, misp or stix."), tr("FORMAT"));
    const CliCommands::OutputOptions out = CliCommands::outputOptions();
    const QCommandLineOption &output = out.output;
    const QCommandLineOption verbose(QStringLiteral("verbose"), tr("Name every incident left out by the TLP ceiling."));
    const QCommandLineOption incident(QStringLiteral("incident"), tr("Export this incident only (repeatable), e.g. "
                                                                     "INC-2026-0001."), tr("ID"));
    const QCommandLineOption tlpMax(QStringLiteral("tlp-max"), tr("Leave out what is labelled above this TLP label."),
                                    tr("LABEL"));
    const QCommandLineOption bom(QStringLiteral("bom"), tr("CSV: start with a UTF-8 byte order mark (for Excel)."));
    const QCommandLineOption columns(QStringLiteral("columns"), tr("CSV: the columns, comma-separated (default all: %1).")
                                                                    .arg(CsvExporter::columnKeys().join(QLatin1Char(','))),
                                     tr("LIST"));
    const QCommandLineOption noBom(QStringLiteral("no-bom"), tr("CSV: no byte order mark, also in Japanese."));
    const QCommandLineOption lang(QStringLiteral("lang"), tr("CSV: the language of the column titles and of the labels "
                                                             "(statuses, priorities, classifications): en or ja (default en)."),
                                  tr("LANG"), QStringLiteral("en"));
    const QCommandLineOption keys(QStringLiteral("keys"), tr("CSV: column keys and stored values (\"closed\", \"P1\") "
                                                             "instead of titles and labels, for scripts."));
    parser.addOptions({ format, output, out.force, verbose, incident, tlpMax, bom, noBom, columns, lang, keys });
    if (int rc = CliCommands::parse(parser, QStringLiteral("export"), arguments, m_out, m_err, 1); rc >= 0)
        return rc;
    const QString kind = parser.value(format);
    if (!Language::available().contains(parser.value(lang))) {
        m_err << tr("Give --lang en or --lang ja.") << '\n';
        return ExitUsage;
    }
    if (!QStringList { QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("misp"), QStringLiteral("stix") }.contains(kind)
        || !parser.isSet(output)) {
        m_err << tr("Give --format csv|json|misp|stix and --output OUT.") << '\n';
        return ExitUsage;
    }
    int rc = ExitOk;
    const auto workspace = openForOutput(parser, parser.value(tlpMax), out, rc);
    if (!workspace)
        return rc;
    ExportScope scope;
    scope.tlpCeiling = parser.value(tlpMax).toUpper();
    auto ids = resolve(*workspace, parser.values(incident));
    if (!ids) {
        m_err << ids.error().message << '\n';
        return ExitFailure;
    }
    scope.incidentIds = *ids;
    const QString path = parser.value(output);
    Result<ExportSummary> summary = makeError(ErrorCode::Invalid, QString());
    if (kind == QLatin1String("csv")) {
        CsvExporter::Options options;
        options.scope = scope;
        options.language = parser.value(lang);
        // Excel reads a Japanese CSV as Shift_JIS unless it starts with a byte order mark.
        options.bom = parser.isSet(bom) || (options.language == QLatin1String("ja") && !parser.isSet(noBom));
        if (parser.isSet(keys)) {
            options.header = CsvExporter::Header::Keys;
            options.values = CsvExporter::Values::Keys;
        }
        if (parser.isSet(columns))
            options.columns = parser.value(columns).split(QLatin1Char(','), Qt::SkipEmptyParts);
        summary = CsvExporter(*workspace).exportTo(path, options);
    } else if (kind == QLatin1String("json")) {
        summary = JsonExchange(*workspace).exportTo(path, scope);
    } else if (kind == QLatin1String("misp")) {
        summary = MispExchange(*workspace).exportTo(path, scope);
    } else {
        summary = StixExporter::exportTo(*workspace, scope, path);
    }
    if (!summary) {
        m_err << summary.error().message << '\n';
        return ExitFailure;
    }
    if (parser.isSet(verbose)) {
        for (const QString &line : std::as_const(summary->omitted))
            m_err << line << '\n';
    } else if (!summary->omitted.isEmpty()) {
        m_err << tr("%n item(s) above the TLP ceiling were left out (--verbose names them).", nullptr,
                    int(summary->omitted.size()))
              << '\n';
    }
    m_out << tr("Exported %n incident(s) to %1.", nullptr, summary->incidents).arg(path) << '\n';
    return ExitOk;
}

int ExchangeCliCommands::runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Import incidents from CSV, CSIRT Kit JSON or MISP event JSON. The file is "
                                        "checked first and the report printed; on any problem nothing is written. "
                                        "Importing the same file again adds nothing."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption format(QStringLiteral("format"), tr("csv, json or misp."), tr("FORMAT"));
    const QCommandLineOption input(QStringLiteral("input"), tr("The file to read."), tr("IN"));
    const QCommandLineOption mapping(QStringLiteral("mapping"), tr("CSV: a column mapping (JSON, as saved by the import "
                                                                   "dialog); default: guessed from the header."),
                                     tr("MAPFILE"));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"), tr("Only check the file and print the report."));
    parser.addOptions({ format, input, mapping, dryRun });
    if (int rc = CliCommands::parse(parser, QStringLiteral("import"), arguments, m_out, m_err, 1); rc >= 0)
        return rc;
    const QString kind = parser.value(format);
    if (!QStringList { QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("misp") }.contains(kind)
        || !parser.isSet(input)) {
        m_err << tr("Give --format csv|json|misp and --input IN.") << '\n';
        return ExitUsage;
    }
    auto workspace = Workspace::open(parser.positionalArguments().constFirst());
    if (!workspace) {
        m_err << workspace.error().message << '\n';
        return ExitFailure;
    }
    const QString path = parser.value(input);
    const bool write = !parser.isSet(dryRun);
    Result<ImportReport> report = makeError(ErrorCode::Invalid, QString());
    if (kind == QLatin1String("csv")) {
        CsvImporter importer(**workspace);
        if (auto loaded = importer.load(path); !loaded) {
            m_err << loaded.error().message << '\n';
            return ExitFailure;
        }
        CsvMapping map = importer.guessMapping();
        if (parser.isSet(mapping)) {
            QFile file(parser.value(mapping));
            if (!file.open(QIODevice::ReadOnly)) {
                m_err << tr("“%1” cannot be read: %2").arg(file.fileName(), file.errorString()) << '\n';
                return ExitFailure;
            }
            auto read = CsvMapping::fromJson(file.readAll());
            if (!read) {
                m_err << read.error().message << '\n';
                return ExitFailure;
            }
            map = *read;
        }
        report = write ? importer.import(map, tr("csirtkit-cli import")) : importer.validate(map);
    } else if (kind == QLatin1String("json")) {
        JsonExchange exchange(**workspace);
        report = write ? exchange.importFile(path) : exchange.validateFile(path);
    } else {
        MispExchange exchange(**workspace);
        report = write ? exchange.importFile(path, tr("csirtkit-cli import")) : exchange.validateFile(path);
    }
    if (!report) {
        m_err << report.error().message << '\n';
        return ExitFailure;
    }
    m_out << report->text() << '\n';
    return report->ok() ? ExitOk : ExitFailure;
}

int ExchangeCliCommands::runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Write an incident report (--incident) or a period report (--from and --to, "
                                        "in the style of JPCERT/CC's quarterly reports) as PDF, ODT, HTML or Markdown. "
                                        "Every page carries the TLP label. The workspace is not changed."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The workspace file."));
    const QCommandLineOption incident(QStringLiteral("incident"), tr("The incident, e.g. INC-2026-0001."), tr("ID"));
    const QCommandLineOption from(QStringLiteral("from"), tr("First day of the period (yyyy-MM-dd)."), tr("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("Last day of the period (yyyy-MM-dd)."), tr("DATE"));
    const QCommandLineOption format(QStringLiteral("format"), tr("pdf, odt, html or md."), tr("FORMAT"));
    const CliCommands::OutputOptions out = CliCommands::outputOptions();
    const QCommandLineOption &output = out.output;
    const QCommandLineOption lang(QStringLiteral("lang"), tr("Report language: en or ja (default en)."), tr("LANG"),
                                  QStringLiteral("en"));
    const QCommandLineOption tlpMax(QStringLiteral("tlp-max"), tr("Leave out what is labelled above this TLP label."),
                                    tr("LABEL"));
    const QCommandLineOption leaveOut(QStringLiteral("leave-out"), tr("Incident report: sections to leave out, "
                                                                      "comma-separated (e.g. journal,evidence)."),
                                      tr("LIST"));
    parser.addOptions({ incident, from, to, format, output, out.force, lang, tlpMax, leaveOut });
    if (int rc = CliCommands::parse(parser, QStringLiteral("report"), arguments, m_out, m_err, 1); rc >= 0)
        return rc;
    static const QHash<QString, DocumentBuilder::Format> formats = {
        { QStringLiteral("pdf"), DocumentBuilder::Format::Pdf }, { QStringLiteral("odt"), DocumentBuilder::Format::Odt },
        { QStringLiteral("html"), DocumentBuilder::Format::Html }, { QStringLiteral("md"), DocumentBuilder::Format::Markdown } };
    const bool single = parser.isSet(incident), period = parser.isSet(from) || parser.isSet(to);
    if (single == period || !formats.contains(parser.value(format)) || !parser.isSet(output)
        || !QStringList { QStringLiteral("en"), QStringLiteral("ja") }.contains(parser.value(lang))) {
        m_err << tr("Give either --incident ID or --from DATE --to DATE, and --format pdf|odt|html|md, --output OUT "
                    "(and --lang en|ja).") << '\n';
        return ExitUsage;
    }
    int rc = ExitOk;
    const auto workspace = openForOutput(parser, parser.value(tlpMax), out, rc);
    if (!workspace)
        return rc;
    const auto kind = formats.value(parser.value(format));
    Result<void> written;
    if (single) {
        auto ids = resolve(*workspace, { parser.value(incident) });
        if (!ids) {
            m_err << ids.error().message << '\n';
            return ExitFailure;
        }
        IncidentReport::Options options;
        options.language = parser.value(lang);
        options.tlpCeiling = parser.value(tlpMax).toUpper();
        for (const QString &key : parser.value(leaveOut).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            auto section = IncidentReport::sectionFromKey(key.trimmed());
            if (!section) {
                m_err << tr("“%1” is not a section of the incident report.").arg(key) << '\n';
                return ExitUsage;
            }
            options.leaveOut.insert(*section);
        }
        written = IncidentReport::write(*workspace, ids->constFirst(), options, kind, parser.value(output));
    } else {
        PeriodReport::Options options;
        options.from = QDate::fromString(parser.value(from), Qt::ISODate);
        options.to = QDate::fromString(parser.value(to), Qt::ISODate);
        options.language = parser.value(lang);
        options.tlpCeiling = parser.value(tlpMax).toUpper();
        if (!options.from.isValid() || !options.to.isValid()) {
            m_err << tr("Give the period as --from yyyy-MM-dd --to yyyy-MM-dd.") << '\n';
            return ExitUsage;
        }
        written = PeriodReport::write(*workspace, options, kind, parser.value(output));
    }
    if (!written) {
        m_err << written.error().message << '\n';
        return ExitFailure;
    }
    m_out << tr("Wrote %1.").arg(parser.value(output)) << '\n';
    return ExitOk;
}

} // namespace csirtkit
