#include "phases/PagedTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

namespace csirtkit {

namespace {

// 96 dots per inch: one CSS pixel, so the HTML's borders and padding keep their usual size.
constexpr int PdfResolution = 96;
const QColor HeaderColor(0x55, 0x55, 0x55);
const QColor RuleColor(0xa0, 0xa0, 0xa0);

bool isHeading(const QTextBlock &block)
{
    return block.blockFormat().headingLevel() > 0;
}

// The block a heading must share its page with: the first line of what it introduces, looking past
// further headings and introductory paragraphs to the first data row of a table that follows.
QTextBlock contentAfter(const QTextBlock &heading)
{
    QTextBlock block = heading.next();
    while (block.isValid()) {
        if (const QTextTable *table = QTextCursor(block).currentTable()) {
            const int row = std::min(table->format().headerRowCount(), table->rows() - 1);
            return table->cellAt(row, 0).firstCursorPosition().block();
        }
        const QTextBlock next = block.next();
        const bool introduces = next.isValid() && (isHeading(next) || QTextCursor(next).currentTable());
        if (!isHeading(block) && !introduces)
            return block;
        block = next;
    }
    return block;
}

} // namespace

PagedTextDocument::PagedTextDocument(const QString &html, const QFont &font, const QString &headerLeft,
                                     const QString &headerRight)
    : m_html(html), m_headerFont(font), m_headerLeft(headerLeft), m_headerRight(headerRight)
{
    m_headerFont.setPointSizeF(font.pointSizeF() * 0.85);
    m_document.setDefaultFont(font);
    m_document.setDocumentMargin(0);
    // Unhinted metrics: the layout must not depend on the resolution it happens to be made at.
    m_document.setUseDesignMetrics(true);
}

void PagedTextDocument::layout(QPaintDevice *device, const QSizeF &pageSize)
{
    m_pageSize = pageSize;
    const QFontMetricsF metrics(m_headerFont, device);
    m_headerHeight = metrics.height() * 2.4; // text, gap, rule, gap
    m_footerHeight = metrics.height() * 2;
    m_lineWidth = device->logicalDpiY() / 144.0; // half a point
    const QSizeF body(pageSize.width(), pageSize.height() - m_headerHeight - m_footerHeight);

    // QTextDocument has no "keep with next": a heading whose content would start on a later page gets
    // a page break before it. Each break moves what follows, so the document is laid out afresh after
    // each one. The breaks go into the HTML: changing block formats of a laid-out QTextDocument can
    // leave later blocks unpainted.
    static const QRegularExpression headingTag(QStringLiteral("<h[1-6](?=[\\s>])"));
    QString html = m_html;
    for (int from = 0;;) {
        m_document.setHtml(html);
        m_document.documentLayout()->setPaintDevice(device);
        m_document.setPageSize(body);
        const int heading = headingToMove(from);
        if (heading < 0)
            break;
        auto match = headingTag.globalMatch(html);
        for (int i = 0; i < heading && match.hasNext(); ++i)
            match.next();
        if (!match.hasNext())
            break;
        html.insert(match.next().capturedEnd(), QStringLiteral(" style=\"page-break-before: always\""));
        from = heading + 1;
    }
}

int PagedTextDocument::headingToMove(int fromHeading) const
{
    const qreal pageHeight = m_document.pageSize().height();
    QAbstractTextDocumentLayout *layout = m_document.documentLayout();
    const auto pageOf = [&](qreal y) { return int(y / pageHeight); };
    int heading = -1;
    for (QTextBlock block = m_document.begin(); block.isValid(); block = block.next()) {
        if (!isHeading(block))
            continue;
        if (++heading < fromHeading || isHeading(block.previous()))
            continue;
        const QTextBlock content = contentAfter(block);
        if (!content.isValid() || !content.layout() || content.layout()->lineCount() == 0)
            continue;
        const qreal top = layout->blockBoundingRect(block).top();
        const qreal contentStart = layout->blockBoundingRect(content).top() + content.layout()->lineAt(0).rect().bottom();
        const bool atPageTop = top - pageOf(top) * pageHeight < 1;
        if (pageOf(contentStart) != pageOf(top) && !atPageTop)
            return heading;
    }
    return -1;
}

int PagedTextDocument::pageCount() const
{
    return m_document.pageCount();
}

void PagedTextDocument::paintPage(QPainter &painter, int page) const
{
    const qreal width = m_pageSize.width();
    const qreal bodyHeight = m_document.pageSize().height();
    painter.save();
    painter.setFont(m_headerFont);
    const QFontMetricsF metrics(m_headerFont, painter.device());
    const qreal lineHeight = metrics.height();

    painter.setPen(HeaderColor);
    const qreal rightWidth = metrics.horizontalAdvance(m_headerRight);
    const qreal leftWidth = std::max<qreal>(0, width - rightWidth - 2 * lineHeight);
    painter.drawText(QRectF(0, 0, width, lineHeight), Qt::AlignRight | Qt::AlignVCenter, m_headerRight);
    painter.drawText(QRectF(0, 0, leftWidth, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(m_headerLeft, Qt::ElideRight, leftWidth));
    painter.drawText(QRectF(0, m_pageSize.height() - lineHeight, width, lineHeight), Qt::AlignHCenter | Qt::AlignVCenter,
                     tr("Page %1 of %2").arg(page + 1).arg(pageCount()));
    painter.setPen(QPen(RuleColor, m_lineWidth));
    const qreal ruleY = lineHeight * 1.4;
    painter.drawLine(QPointF(0, ruleY), QPointF(width, ruleY));

    // The body: this page's slice of the one long document, moved up into place and clipped.
    const QRectF slice(0, page * bodyHeight, width, bodyHeight);
    painter.translate(0, m_headerHeight - slice.top());
    painter.setClipRect(slice);
    QAbstractTextDocumentLayout::PaintContext context;
    context.clip = slice;
    context.palette.setColor(QPalette::Text, Qt::black);
    m_document.documentLayout()->draw(&painter, context);
    painter.restore();
}

Result<void> PagedTextDocument::writePdf(QIODevice &out, const QString &title)
{
    QPdfWriter writer(&out);
    writer.setResolution(PdfResolution);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("CSIRT Kit"));
    layout(&writer, writer.pageLayout().paintRectPixels(writer.resolution()).size());
    QPainter painter;
    if (!painter.begin(&writer))
        return makeError(ErrorCode::Io, tr("The PDF could not be started. Check that there is space on the disk and "
                                           "try again."));
    for (int page = 0; page < pageCount(); ++page) {
        if (page > 0)
            writer.newPage();
        paintPage(painter, page);
    }
    if (!painter.end())
        return makeError(ErrorCode::Io, tr("The PDF could not be finished. Check that there is space on the disk and "
                                           "try again."));
    return {};
}

} // namespace csirtkit
