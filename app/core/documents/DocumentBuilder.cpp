#include "documents/DocumentBuilder.h"

#include "common/DateFormat.h"

#include "common/Language.h"
#include "common/TextRules.h"
#include "incidents/Taxonomy.h"
#include "documents/PagedTextDocument.h"
#include "documents/MarkdownText.h"

#include "workspace/OutputTarget.h"
#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QSaveFile>
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
    return MarkdownText::escapeInline(TextRules::visible(text));
}

QString mdBlock(const QString &text)
{
    return MarkdownText::escapeBlock(TextRules::visible(text));
}

QString mdCell(const QString &text)
{
    const QString escaped = mdInline(QString(text).replace(QLatin1Char('\n'), QStringLiteral("; ")));
    return escaped.isEmpty() ? DocumentBuilder::empty() : escaped;
}

QString htmlCell(const QString &text)
{
    return text.trimmed().isEmpty() ? DocumentBuilder::empty() : esc(text);
}

using Cell = DocumentBuilder::Cell;

QString mdCell(const Cell &cell)
{
    QString text = mdCell(cell.text);
    if (!cell.text.trimmed().isEmpty()) {
        switch (cell.style) {
        case Cell::Style::Strong:
        case Cell::Style::Alert: text = QStringLiteral("**%1**").arg(text); break;
        case Cell::Style::Struck: text = QStringLiteral("~~%1~~").arg(text); break;
        case Cell::Style::Plain:
        case Cell::Style::Muted:
        case Cell::Style::Code: break;
        }
    }
    return cell.note.trimmed().isEmpty() ? text : text + QLatin1Char(' ') + mdInline(cell.note);
}

QString htmlCell(const Cell &cell)
{
    QString text = htmlCell(cell.text);
    if (!cell.text.trimmed().isEmpty()) {
        switch (cell.style) {
        case Cell::Style::Strong: text = QStringLiteral("<b>%1</b>").arg(text); break;
        case Cell::Style::Muted: text = QStringLiteral("<span class=\"meta\">%1</span>").arg(text); break;
        case Cell::Style::Struck: text = QStringLiteral("<s>%1</s>").arg(text); break;
        case Cell::Style::Alert: text = QStringLiteral("<span class=\"alert\">%1</span>").arg(text); break;
        case Cell::Style::Code: text = QStringLiteral("<code style=\"font-size: 8pt;\">%1</code>").arg(text); break;
        case Cell::Style::Plain: break;
        }
    }
    if (!cell.note.trimmed().isEmpty())
        text += QStringLiteral("<br><span class=\"meta\">%1</span>").arg(esc(cell.note));
    return text;
}

const TlpLabel *tlpLabel(const QString &label)
{
    for (const TlpLabel &tlp : Taxonomy::instance().tlp())
        if (tlp.key == label)
            return &tlp;
    return nullptr;
}

Error cannotWrite(const QString &path, const QString &reason)
{
    return makeError(ErrorCode::Io,
        DocumentBuilder::tr("The document could not be saved as “%1” (%2). Check that the "
                           "folder is writable and the disk is not full.")
            .arg(QDir::toNativeSeparators(path), reason));
}

} // namespace

DocumentBuilder::DocumentBuilder(const QString &language, const QString &title, const QString &organisation,
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

void DocumentBuilder::tlpBanner()
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

void DocumentBuilder::meta(const QString &text)
{
    m_markdown += mdBlock(text) + QStringLiteral("\n\n");
    m_body += QStringLiteral("<p class=\"meta\">%1</p>\n").arg(esc(text));
}

void DocumentBuilder::heading(const QString &text, int level, bool newPage)
{
    m_markdown += QStringLiteral("%1 %2\n\n")
                      .arg(QString(level, QLatin1Char('#')), mdInline(text));
    m_body += QStringLiteral("<h%1%2>%3</h%1>\n")
                  .arg(level)
                  .arg(newPage ? QStringLiteral(" class=\"newpage\"") : QString(), esc(text));
}

void DocumentBuilder::paragraph(const QString &text)
{
    if (text.trimmed().isEmpty())
        return meta(empty());
    m_markdown += mdBlock(text) + QStringLiteral("\n\n");
    m_body += QStringLiteral("<p>%1</p>\n").arg(esc(text));
}

void DocumentBuilder::facts(const QList<Fact> &rows)
{
    m_body += QStringLiteral(
        "<table class=\"facts\" width=\"100%\" border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n");
    for (const Fact &fact : rows) {
        const bool code = fact.code && !fact.value.isEmpty();
        const bool block = fact.multiline && !fact.value.trimmed().isEmpty();
        m_markdown += QStringLiteral("- **%1:** %2\n")
                          .arg(mdInline(fact.label),
                              code ? QStringLiteral("`%1`").arg(TextRules::visible(fact.value))
                                   : block ? mdBlock(fact.value) : mdCell(fact.value));
        m_body
            += QStringLiteral("<tr><th width=\"26%\">%1</th><td>%2</td></tr>\n")
                   .arg(esc(fact.label),
                       code ? QStringLiteral("<code style=\"font-size: 8pt;\">%1</code>").arg(esc(fact.value))
                            : htmlCell(fact.value));
    }
    m_markdown += QLatin1Char('\n');
    m_body += QStringLiteral("</table>\n");
}

void DocumentBuilder::table(const QStringList &headers, const QList<int> &widths,
    const QList<QStringList> &rows, int codeColumn, int numbersFrom)
{
    QList<QList<Cell>> cells;
    cells.reserve(rows.size());
    for (const QStringList &row : rows) {
        QList<Cell> &line = cells.emplace_back();
        for (qsizetype column = 0; column < row.size(); ++column)
            line << Cell { row.at(column), {}, column == codeColumn ? Cell::Style::Code : Cell::Style::Plain };
    }
    table(headers, widths, cells, numbersFrom);
}

void DocumentBuilder::table(const QStringList &headers, const QList<int> &widths, const QList<QList<Cell>> &rows,
    int numbersFrom)
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
    for (const QList<Cell> &row : rows) {
        QStringList cells;
        m_body += QStringLiteral("<tr>");
        for (qsizetype column = 0; column < row.size(); ++column) {
            cells << mdCell(row.at(column));
            m_body += QStringLiteral("<td%1>%2</td>")
                          .arg(right(column) ? QStringLiteral(" class=\"number\"") : QString(), htmlCell(row.at(column)));
        }
        m_body += QStringLiteral("</tr>\n");
        m_markdown += QStringLiteral("| %1 |\n").arg(cells.join(QStringLiteral(" | ")));
    }
    m_markdown += QLatin1Char('\n');
    m_body += QStringLiteral("</table>\n");
}

void DocumentBuilder::image(const QImage &image, const QString &fileName, const QString &alt, int width)
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

QString DocumentBuilder::html(bool forFile) const
{
    // QTextDocument understands this subset of CSS too; its font family is set by the PDF/ODT writer.
    const QString bodyFont = forFile ? QStringLiteral("font-family: sans-serif; ") : QString();
    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
               "<style>\n"
               "body { %3font-size: 10pt; }\n"
               "h1 { font-size: 17pt; margin-bottom: 4px; }\n"
               "h2 { font-size: 13pt; margin-top: 16px; margin-bottom: 4px; }\n"
               "h3 { font-size: 11pt; margin-top: 12px; margin-bottom: 4px; }\n"
               "h4 { font-size: 10pt; margin-top: 8px; margin-bottom: 2px; }\n"
               "table { border-collapse: collapse; margin-top: 4px; margin-bottom: 6px; }\n"
               "th, td { border: 1px solid #a0a0a0; padding: 4px; vertical-align: top; }\n"
               "th { background-color: #ececec; text-align: left; }\n"
               "th.number, td.number { text-align: right; }\n"
               "p.tlp { margin-top: 2px; margin-bottom: 6px; }\n"
               ".meta { color: #555555; }\n"
               ".alert { color: #b00020; font-weight: bold; }\n"
               ".newpage { page-break-before: always; }\n"
               "</style>\n</head>\n<body>\n")
               .arg(m_language, esc(m_title), bodyFont)
        + m_body + QStringLiteral("</body>\n</html>\n");
}

QString DocumentBuilder::dateIn(const QString &language, const QDate &date)
{
    Q_UNUSED(language); // one form in both languages (DateFormat)
    return DateFormat::date(date);
}

QString DocumentBuilder::dateTime(const QDateTime &utc, const QTimeZone &zone) const
{
    return utc.isValid() ? DateFormat::dateTime(utc.toTimeZone(zone)) : QString();
}

QString DocumentBuilder::number(double value, int decimals) const
{
    return m_locale.toString(value, 'f', decimals);
}

QString DocumentBuilder::month(const QDate &date) const
{
    return DateFormat::month(date);
}

QFont DocumentBuilder::font() const
{
    QFont font = QFontDatabase::systemFont(QFontDatabase::GeneralFont);
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(10);
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

Result<void> DocumentBuilder::write(Format format, const QString &path, const QString &workspacePath) const
{
    const QFileInfo target(path);
    if (!target.absoluteDir().exists())
        return makeError(ErrorCode::NotFound,
            tr("The folder “%1” does not exist. Choose an existing folder for the "
               "document.")
                .arg(QDir::toNativeSeparators(target.absolutePath())));
    if (target.isDir())
        return makeError(ErrorCode::Invalid,
            tr("“%1” is a folder. Give a file name for the document.")
                .arg(QDir::toNativeSeparators(target.absoluteFilePath())));
    if (auto allowed = OutputTarget::check(path, OutputTarget::Existing::Replace, workspacePath); !allowed)
        return allowed.error();
    const bool laysOutText = format == Format::Pdf || format == Format::Odt;
    if (laysOutText && !qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return makeError(ErrorCode::Invalid,
            tr("PDF and OpenDocument documents need fonts, which are only available in "
               "the graphical application. Save it as HTML or Markdown instead."));
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
