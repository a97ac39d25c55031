#include "exchange/ReportDocument.h"

#include "common/Language.h"
#include "common/TextRules.h"
#include "incidents/Taxonomy.h"
#include "phases/PagedTextDocument.h"
#include "phases/PlanMarkdown.h"

#include "workspace/OutputTarget.h"
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QSaveFile>
#include <QTranslator>
#include <QUrl>

namespace csirtkit {

namespace {

// Every text that reaches the HTML passes through here; line breaks survive as <br>. Bidirectional
// and other control characters are written out (TextRules::visible): "Invoice\u202Egnp.exe" must not
// read as "Invoiceexe.png" in a report.
QString esc(const QString &text)
{
    return TextRules::visible(text.trimmed()).toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
}

QString mdInline(const QString &text)
{
    return PlanMarkdown::escapeInline(TextRules::visible(text));
}

QString mdBlock(const QString &text)
{
    return PlanMarkdown::escapeBlock(TextRules::visible(text));
}

QString mdCell(const QString &text)
{
    const QString escaped = mdInline(QString(text).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    return escaped.isEmpty() ? ReportDocument::empty() : escaped;
}

QString htmlCell(const QString &text)
{
    return text.trimmed().isEmpty() ? ReportDocument::empty() : esc(text);
}

const TlpLabel *tlpLabel(const QString &label)
{
    for (const TlpLabel &tlp : Taxonomy::instance().tlp())
        if (tlp.key == label)
            return &tlp;
    return nullptr;
}

// English falls back to the source text so that a Japanese UI's translations never answer for it.
class ReportTranslator : public QTranslator
{
public:
    explicit ReportTranslator(bool sourceIsTarget)
        : m_sourceIsTarget(sourceIsTarget)
    { }
    QString translate(
        const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        const QString translated = QTranslator::translate(context, sourceText, disambiguation, n);
        return translated.isEmpty() && m_sourceIsTarget ? QString::fromUtf8(sourceText) : translated;
    }
    bool isEmpty() const override { return false; }

private:
    bool m_sourceIsTarget;
};

Error cannotWrite(const QString &path, const QString &reason)
{
    return makeError(ErrorCode::Io,
        ReportDocument::tr("The report could not be saved as “%1” (%2). Check that the "
                           "folder is writable and the disk is not full.")
            .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

ReportDocument::LanguageScope::LanguageScope(const QString &language)
{
    if (language == Language::current())
        return; // the UI's translation is the report's
    m_translator = std::make_unique<ReportTranslator>(language != QLatin1String("ja"));
    if (!m_translator->load(QStringLiteral(":/i18n/csirtkit_%1.qm").arg(language))
        && language == QLatin1String("ja")) {
        m_translator.reset();
        return;
    }
    QCoreApplication::installTranslator(m_translator.get());
}

ReportDocument::LanguageScope::~LanguageScope()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

ReportDocument::ReportDocument(const QString &language, const QString &title, const QString &organisation,
    const QDate &date, const QString &tlp)
    : m_language(language == QLatin1String("ja") ? language : QStringLiteral("en"))
    , m_locale(m_language == QLatin1String("ja") ? QLocale(QLocale::Japanese, QLocale::Japan)
                                                 : QLocale(QLocale::English, QLocale::UnitedStates))
    , m_title(TextRules::visible(title))
    , m_organisation(TextRules::visible(organisation))
    , m_date(date)
    , m_tlp(tlp)
{
    m_markdown = QStringLiteral("# %1\n\n").arg(mdInline(title));
    m_body = QStringLiteral("<h1>%1</h1>\n").arg(esc(title));
}

std::optional<ReportDocument::Format> ReportDocument::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("htm"))
        return Format::Html;
    if (suffix == QLatin1String("markdown"))
        return Format::Markdown;
    return PlanExporter::formatFromName(suffix);
}

void ReportDocument::tlpBanner()
{
    const TlpLabel *label = tlpLabel(m_tlp);
    const QString description = label ? label->description.in(m_language) : QString();
    m_markdown += QStringLiteral("**%1** — %2\n\n").arg(m_tlp, mdInline(description));
    m_body += QStringLiteral(
        "<p class=\"tlp\"><span style=\"color: %1; background-color: %2; font-weight: bold; "
        "font-size: 12pt;\">&nbsp;%3&nbsp;</span>&nbsp; %4</p>\n")
                  .arg(label ? label->textColor : QStringLiteral("#FFFFFF"),
                      label ? label->background : QStringLiteral("#000000"), esc(m_tlp), esc(description));
}

void ReportDocument::meta(const QString &text)
{
    m_markdown += mdBlock(text) + QStringLiteral("\n\n");
    m_body += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(text));
}

void ReportDocument::heading(const QString &text, int level)
{
    m_markdown += QStringLiteral("%1 %2\n\n")
                      .arg(QString(level, QLatin1Char('#')), mdInline(text));
    m_body += QStringLiteral("<h%1>%2</h%1>\n").arg(level).arg(esc(text));
}

void ReportDocument::paragraph(const QString &text)
{
    if (text.trimmed().isEmpty())
        return meta(empty());
    m_markdown += mdBlock(text) + QStringLiteral("\n\n");
    m_body += QStringLiteral("<p>%1</p>\n").arg(esc(text));
}

void ReportDocument::facts(const QList<Fact> &rows)
{
    m_body += QStringLiteral(
        "<table class=\"facts\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
    for (const Fact &fact : rows) {
        const bool code = fact.code && !fact.value.isEmpty();
        m_markdown += QStringLiteral("- **%1:** %2\n")
                          .arg(mdInline(fact.label),
                              code ? QStringLiteral("`%1`").arg(TextRules::visible(fact.value)) : mdCell(fact.value));
        m_body
            += QStringLiteral("<tr><th width=\"26%\">%1</th><td>%2</td></tr>\n")
                   .arg(esc(fact.label),
                       code ? QStringLiteral("<code style=\"font-size: 8pt;\">%1</code>").arg(esc(fact.value))
                            : htmlCell(fact.value));
    }
    m_markdown += QLatin1Char('\n');
    m_body += QStringLiteral("</table>\n");
}

void ReportDocument::table(const QStringList &headers, const QList<int> &widths,
    const QList<QStringList> &rows, int codeColumn, int numbersFrom)
{
    const auto right = [&](qsizetype column) { return numbersFrom >= 0 && column >= numbersFrom; };
    QStringList md;
    QStringList rule;
    m_body += QStringLiteral(
        "<table width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<thead><tr>");
    for (qsizetype i = 0; i < headers.size(); ++i) {
        md << mdInline(headers.at(i));
        rule << (right(i) ? QStringLiteral("---:") : QStringLiteral("---"));
        m_body += QStringLiteral("<th width=\"%1%\"%2>%3</th>")
                      .arg(widths.value(i))
                      .arg(right(i) ? QStringLiteral(" class=\"number\"") : QString(), esc(headers.at(i)));
    }
    m_body += QStringLiteral("</tr></thead>\n");
    m_markdown += QStringLiteral("| %1 |\n| %2 |\n")
                      .arg(md.join(QStringLiteral(" | ")), rule.join(QStringLiteral(" | ")));
    for (const QStringList &row : rows) {
        QStringList cells;
        m_body += QStringLiteral("<tr>");
        for (qsizetype column = 0; column < row.size(); ++column) {
            const QString &cell = row.at(column);
            cells << mdCell(cell);
            const QString align = right(column) ? QStringLiteral(" class=\"number\"") : QString();
            m_body += column == codeColumn && !cell.isEmpty()
                ? QStringLiteral("<td%1><code style=\"font-size: 8pt;\">%2</code></td>").arg(align, esc(cell))
                : QStringLiteral("<td%1>%2</td>").arg(align, htmlCell(cell));
        }
        m_body += QStringLiteral("</tr>\n");
        m_markdown += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
    }
    m_markdown += QLatin1Char('\n');
    m_body += QStringLiteral("</table>\n");
}

void ReportDocument::image(const QImage &image, const QString &fileName, const QString &alt, int width)
{
    QBuffer png;
    png.open(QIODevice::WriteOnly);
    image.save(&png, "PNG");
    m_images.append({ fileName, image });
    m_markdown
        += QStringLiteral("![%1](%2)\n\n")
               .arg(mdInline(alt), QString::fromUtf8(QUrl::toPercentEncoding(fileName)));
    m_body += QStringLiteral("<p><img src=\"data:image/png;base64,%1\" width=\"%2\" alt=\"%3\"></p>\n")
                  .arg(QString::fromLatin1(png.data().toBase64()))
                  .arg(width)
                  .arg(esc(alt));
}

QString ReportDocument::html(bool forFile) const
{
    // QTextDocument understands this subset of CSS too; its font family is set by the PDF/ODT writer.
    const QString bodyFont = forFile ? QStringLiteral("font-family: sans-serif; ") : QString();
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
               "<style>\n"
               "body { %3font-size: 10pt; }\n"
               "h1 { font-size: 17pt; margin-bottom: 4px; }\n"
               "h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 4px; }\n"
               "table { border-collapse: collapse; margin-top: 4px; margin-bottom: 6px; }\n"
               "th, td { border: 1px solid #a0a0a0; padding: 4px; vertical-align: top; }\n"
               "th { background-color: #ececec; text-align: left; }\n"
               "th.number, td.number { text-align: right; }\n"
               "p.tlp { margin-top: 2px; margin-bottom: 6px; }\n"
               ".meta { color: #555555; }\n"
               "</style>\n</head>\n<body>\n")
               .arg(m_language, esc(m_title), bodyFont)
        + m_body + QStringLiteral("</body>\n</html>\n");
}

QString ReportDocument::date(const QDate &date) const
{
    return m_locale.toString(date,
        m_language == QLatin1String("ja") ? QStringLiteral("yyyy年M月d日") : QStringLiteral("d MMM yyyy"));
}

QString ReportDocument::dateTime(const QDateTime &utc, const QTimeZone &zone) const
{
    if (!utc.isValid())
        return {};
    return m_locale.toString(utc.toTimeZone(zone),
        m_language == QLatin1String("ja") ? QStringLiteral("yyyy/MM/dd HH:mm")
                                          : QStringLiteral("d MMM yyyy HH:mm"));
}

QString ReportDocument::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString ReportDocument::month(const QDate &date) const
{
    return m_locale.toString(
        date, m_language == QLatin1String("ja") ? QStringLiteral("yyyy年M月") : QStringLiteral("MMM yyyy"));
}

QFont ReportDocument::font() const
{
    QFont font = PlanExporter::documentFont();
    if (m_language != QLatin1String("ja"))
        return font;
    // A Japanese font for all the text, Latin included: with the CJK glyphs borrowed by fallback
    // instead, a table row's cells get lines of different heights and may break onto different pages.
    const QStringList families = QFontDatabase::families(QFontDatabase::Japanese);
    for (const QString &preferred : { QStringLiteral("Noto Sans CJK JP"), QStringLiteral("IPAexGothic"),
             QStringLiteral("IPAGothic"), QStringLiteral("Source Han Sans JP") })
        if (families.contains(preferred)) {
            font.setFamilies({ preferred });
            return font;
        }
    for (const QString &family : families)
        if (!QFontDatabase::isFixedPitch(family)
            && !family.contains(QLatin1String("Mincho"), Qt::CaseInsensitive)
            && !family.contains(QLatin1String("Serif"), Qt::CaseInsensitive)) {
            font.setFamilies({ family });
            break;
        }
    return font;
}

Result<void> ReportDocument::write(Format format, const QString &path, const QString &workspacePath) const
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::NotFound,
            tr("The folder “%1” does not exist. Choose an existing folder for the "
               "report.")
                .arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return makeError(ErrorCode::Invalid,
            tr("“%1” is a folder. Give a file name for the report.")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    if (auto allowed = OutputTarget::check(path, OutputTarget::Existing::Replace, workspacePath); !allowed)
        return allowed.error();
    const bool laysOutText = format == Format::Pdf || format == Format::Odt;
    if (laysOutText && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Invalid,
            tr("PDF and OpenDocument reports need fonts, which are only available in "
               "the graphical application. Save the report as HTML or Markdown instead."));
    QSaveFile file(target.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(target.absoluteFilePath(), file.errorString());
    Result<void> written;
    const auto paged = [&] {
        auto document
            = std::make_unique<PagedTextDocument>(html(false), font(), m_organisation, date(m_date));
        const TlpLabel *label = tlpLabel(m_tlp);
        document->setBanner({ m_tlp, QColor(label ? label->textColor : QStringLiteral("#FFFFFF")),
            QColor(label ? label->background : QStringLiteral("#000000")) });
        return document;
    };
    switch (format) {
    case Format::Markdown:
        // Images go beside the Markdown file, each written completely before the document appears.
        for (const auto &[name, image] : m_images) {
            if (auto allowed = OutputTarget::check(target.absoluteDir().filePath(name), OutputTarget::Existing::Replace,
                                                   workspacePath); !allowed)
                return allowed.error();
            QSaveFile png(target.absoluteDir().filePath(name));
            if (!png.open(QIODevice::WriteOnly) || !image.save(&png, "PNG") || !png.commit())
                return cannotWrite(png.fileName(), png.errorString());
        }
        file.write(m_markdown.toUtf8());
        break;
    case Format::Html:
        file.write(html(true).toUtf8());
        break;
    case Format::Pdf:
        written = paged()->writePdf(file, m_title);
        break;
    case Format::Odt:
        written = paged()->writeOdt(file, m_title);
        break;
    }
    if (!written) {
        file.cancelWriting();
        return written.error();
    }
    if (!file.commit())
        return cannotWrite(target.absoluteFilePath(), file.errorString());
    return {};
}

} // namespace csirtkit
