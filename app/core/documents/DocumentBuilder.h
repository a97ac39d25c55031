#pragma once

#include "common/Language.h"
#include "common/Result.h"
#include "documents/DocumentFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QFont>
#include <QImage>
#include <QLocale>
#include <QTimeZone>
#include <memory>
#include <optional>

namespace csirtkit {

// A printable document as it is built: headings, paragraphs, tables and images, kept as Markdown and
// as HTML at once so both say the same; then written as Markdown, HTML, PDF or ODT (the paged forms
// from the HTML, with organisation, date and TLP label in every page's header and footer). All text
// given to it is plain text and escaped here. Dates and numbers follow the document's language. Every
// document the app prints is made here: the plan, the incident and period reports.
class DocumentBuilder
{
    Q_DECLARE_TR_FUNCTIONS(DocumentBuilder)

public:
    using Format = DocumentFormat;

    // `date`: the report date shown on every page; `tlp`: the label the whole document carries.
    DocumentBuilder(const QString &language, const QString &title, const QString &organisation,
        const QDate &date, const QString &tlp);

    struct Fact
    {
        QString label;
        QString value;
        bool code = false; // a hash or other value to copy exactly: monospace, smaller
        bool multiline = false; // keeps its line breaks (in Markdown as hard breaks)
    };
    // A table cell: its text, how it is set off, and an optional note on a second, grey line.
    struct Cell
    {
        enum class Style { Plain, Strong, Muted, Struck, Alert, Code };
        Cell(QString cellText = {}, QString cellNote = {}, Style cellStyle = Style::Plain) // NOLINT: a plain text is a cell
            : text(std::move(cellText)), note(std::move(cellNote)), style(cellStyle)
        { }
        QString text;
        QString note;
        Style style = Style::Plain;
    };

    void tlpBanner(); // the label, coloured as TLP 2.0 asks, and what it allows
    void meta(const QString &text); // a grey line
    void heading(const QString &text, int level = 2, bool newPage = false); // newPage: PDF/ODT start a page
    void paragraph(const QString &text);
    void facts(const QList<Fact> &rows); // label | value
    // `widths` in percent; cells of `codeColumn` (values to copy exactly) in a smaller monospace font;
    // columns from `numbersFrom` on right-aligned.
    void table(const QStringList &headers, const QList<int> &widths, const QList<QStringList> &rows,
        int codeColumn = -1, int numbersFrom = -1);
    void table(const QStringList &headers, const QList<int> &widths, const QList<QList<Cell>> &rows, int numbersFrom = -1);
    // An image: embedded in HTML, PDF and ODT; in Markdown a link to `fileName` beside the document.
    void image(const QImage &image, const QString &fileName, const QString &alt, int width);

    QString markdown() const { return m_markdown; }
    QString html(bool forFile) const;
    Result<void> write(Format format, const QString &path, const QString &workspacePath) const;

    QString language() const { return m_language; }
    QString tlp() const { return m_tlp; }
    QString date(const QDate &date) const { return dateIn(m_language, date); } // 2026-03-01 (DateFormat)
    static QString dateIn(const QString &language, const QDate &date); // the same without a document
    QString dateTime(
        const QDateTime &utc, const QTimeZone &zone) const; // 1 Mar 2026 09:05 / 2026/03/01 09:05
    QString number(double value, int decimals = 0) const;
    QString month(const QDate &date) const; // 2026-03
    static QString empty() { return QStringLiteral("—"); }
    // The font of the paged forms and charts: the system's general font as a sans serif (so that
    // fontconfig can fall back to a CJK font); for Japanese a Japanese one.
    QFont font() const;

    // The translations of a document's language for as long as it lives (see Language::Scope).
    using LanguageScope = Language::Scope;

private:
    QString m_language;
    QLocale m_locale;
    QString m_title;
    QString m_organisation;
    QDate m_date;
    QString m_tlp;
    QString m_markdown;
    QString m_body;
    QList<std::pair<QString, QImage>> m_images; // Markdown file name → image
};

} // namespace csirtkit
