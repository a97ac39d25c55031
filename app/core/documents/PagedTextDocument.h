#pragma once

#include "common/Result.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QTextDocument>

class QIODevice;
class QPaintDevice;
class QPainter;

namespace csirtkit {

// A rich-text document (HTML) cut into pages, each with a header (one text on the left, one on the
// right, above a rule) and a "Page N of M" footer. Once its page size is set, QTextDocument moves lines
// that would cross a page boundary to the next page (a long table row continues there, under a
// repeated header row); this class also keeps each heading on the page where its content starts, and
// draws each page's slice of the document between header and footer. Optionally a banner (a TLP
// label) sits in the middle of every header and footer. Needs a QGuiApplication (fonts).
class PagedTextDocument
{
    Q_DECLARE_TR_FUNCTIONS(PagedTextDocument)

public:
    PagedTextDocument(const QString &html, const QFont &font, const QString &headerLeft, const QString &headerRight);

    // A label in bold, `foreground` on `background`, in the middle of every page's header and footer
    // (TLP 2.0 asks for its label on every page). Set before layout(); empty text: no banner.
    struct Banner
    {
        QString text;
        QColor foreground;
        QColor background;
    };
    void setBanner(const Banner &banner);

    // Lays the document out for `device` (its resolution) on pages whose printable area is `pageSize`
    // in the device's pixels. Call again when either changes.
    void layout(QPaintDevice *device, const QSizeF &pageSize);
    int pageCount() const;
    const QTextDocument &document() const { return m_document; } // as laid out (for tests and previews)
    // Paints page `page` (0-based); the painter's origin is the printable area's top-left corner.
    void paintPage(QPainter &painter, int page) const;

    // A4, 15 mm margins; the PDF goes to `out`, which must be open for writing.
    Result<void> writePdf(QIODevice &out, const QString &title);
    // The document as OpenDocument text (A4) whose page style repeats the header, the banner and
    // "Page N of M" on every page; to `out`, open for writing.
    Result<void> writeOdt(QIODevice &out, const QString &title) const;

private:
    // The first heading (counted from 0 in document order), from `fromHeading` on, whose content
    // starts on a later page than the heading itself; -1 if there is none.
    int headingToMove(int fromHeading) const;
    QFont bannerFont() const;
    // Draws the banner centred in `band`; returns its box.
    QRectF paintBanner(QPainter &painter, const QRectF &band) const;
    QByteArray odtStyles() const;

    QString m_html;
    QTextDocument m_document;
    QFont m_headerFont;
    QString m_headerLeft;
    QString m_headerRight;
    Banner m_banner;
    QSizeF m_pageSize;
    qreal m_headerHeight = 0;
    qreal m_footerHeight = 0;
    qreal m_bandHeight = 0; // the header's text line, or the banner's box when that is taller
    qreal m_lineWidth = 1;
};

} // namespace csirtkit
