#include "documents/PagedTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocumentWriter>
#include <QTextTable>
#include <QXmlStreamWriter>

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
    m_bandHeight = metrics.height();
    if (!m_banner.text.isEmpty())
        m_bandHeight = std::max(m_bandHeight, QFontMetricsF(bannerFont(), device).height() * 1.3);
    m_headerHeight = m_bandHeight + metrics.height() * 1.4; // text, gap, rule, gap
    m_footerHeight = m_bandHeight + metrics.height();
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

    const QRectF headerBand(0, 0, width, m_bandHeight);
    const QRectF footerBand(0, m_pageSize.height() - m_bandHeight, width, m_bandHeight);
    const QString pageText = tr("Page %1 of %2").arg(page + 1).arg(pageCount());
    const qreal rightWidth = metrics.horizontalAdvance(m_headerRight);
    qreal leftWidth = std::max<qreal>(0, width - rightWidth - 2 * lineHeight);
    if (!m_banner.text.isEmpty()) {
        const QRectF box = paintBanner(painter, headerBand);
        paintBanner(painter, footerBand);
        leftWidth = std::max<qreal>(0, std::min(leftWidth, box.left() - lineHeight));
        painter.setFont(m_headerFont);
    }
    painter.setPen(HeaderColor);
    painter.drawText(headerBand, Qt::AlignRight | Qt::AlignVCenter, m_headerRight);
    painter.drawText(QRectF(0, 0, leftWidth, m_bandHeight), Qt::AlignLeft | Qt::AlignVCenter,
                     metrics.elidedText(m_headerLeft, Qt::ElideRight, leftWidth));
    painter.drawText(footerBand, (m_banner.text.isEmpty() ? Qt::AlignHCenter : Qt::AlignRight) | Qt::AlignVCenter, pageText);
    painter.setPen(QPen(RuleColor, m_lineWidth));
    const qreal ruleY = m_bandHeight + lineHeight * 0.4;
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

void PagedTextDocument::setBanner(const Banner &banner)
{
    m_banner = banner;
}

QFont PagedTextDocument::bannerFont() const
{
    QFont font = m_document.defaultFont();
    font.setPointSizeF(font.pointSizeF() * 1.1);
    font.setBold(true);
    return font;
}

QRectF PagedTextDocument::paintBanner(QPainter &painter, const QRectF &band) const
{
    const QFont font = bannerFont();
    const QFontMetricsF metrics(font, painter.device());
    const qreal width = metrics.horizontalAdvance(m_banner.text) + metrics.height();
    const QRectF box(band.center().x() - width / 2, band.top(), width, band.height());
    painter.fillRect(box, m_banner.background);
    painter.setFont(font);
    painter.setPen(m_banner.foreground);
    painter.drawText(box, Qt::AlignCenter, m_banner.text);
    return box;
}

namespace {

// A minimal ZIP writer for the OpenDocument package: Qt's ODF writer makes content.xml (and the
// pictures) but no styles.xml, which is where page headers and footers live. Its entries are copied
// as they are; styles.xml and a manifest listing it are added, stored uncompressed.
quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc ^= quint8(byte);
        for (int bit = 0; bit < 8; ++bit)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

quint32 read32(const QByteArray &data, qsizetype at)
{
    return quint8(data[at]) | quint32(quint8(data[at + 1])) << 8 | quint32(quint8(data[at + 2])) << 16
        | quint32(quint8(data[at + 3])) << 24;
}

quint16 read16(const QByteArray &data, qsizetype at)
{
    return quint16(quint8(data[at]) | quint8(data[at + 1]) << 8);
}

void put(QByteArray &out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out.append(char((value >> (8 * i)) & 0xFF));
}

struct ZipOut
{
    QByteArray data;
    QByteArray directory;
    int count = 0;

    // A stored entry, dated 1980-01-01 so that the same document gives the same bytes.
    void addStored(const QByteArray &name, const QByteArray &bytes)
    {
        const quint32 crc = crc32(bytes);
        QByteArray header;
        put(header, 20, 2); // version needed
        put(header, 0, 2);  // flags
        put(header, 0, 2);  // stored
        put(header, 0, 2);  // time
        put(header, 0x21, 2); // date
        put(header, crc, 4);
        put(header, quint32(bytes.size()), 4);
        put(header, quint32(bytes.size()), 4);
        put(header, quint32(name.size()), 2);
        put(header, 0, 2); // extra length
        QByteArray central;
        put(central, 0x02014b50, 4);
        put(central, 20, 2); // made by
        central += header;
        put(central, 0, 2); // comment length
        put(central, 0, 2); // disk
        put(central, 0, 2); // internal attributes
        put(central, 0, 4); // external attributes
        put(central, quint32(data.size()), 4);
        directory += central + name;
        put(data, 0x04034b50, 4);
        data += header + name + bytes;
        ++count;
    }

    // An entry of another archive as it is: its local header and data, and its directory record
    // pointing at the new place.
    void addCopied(const QByteArray &local, QByteArray centralRecord)
    {
        const quint32 offset = quint32(data.size());
        for (int i = 0; i < 4; ++i)
            centralRecord[42 + i] = char((offset >> (8 * i)) & 0xFF);
        data += local;
        directory += centralRecord;
        ++count;
    }

    QByteArray finish()
    {
        QByteArray end;
        put(end, 0x06054b50, 4);
        put(end, 0, 4);
        put(end, quint32(count), 2);
        put(end, quint32(count), 2);
        put(end, quint32(directory.size()), 4);
        put(end, quint32(data.size()), 4);
        put(end, 0, 2);
        return data + directory + end;
    }
};

QString mediaType(const QByteArray &name, const QByteArray &storedBytes)
{
    if (name.endsWith(".xml"))
        return QStringLiteral("text/xml");
    if (storedBytes.startsWith("\xFF\xD8"))
        return QStringLiteral("image/jpeg");
    return QStringLiteral("image/png"); // what Qt's ODF writer turns other images into
}

// `package` with styles.xml added; empty if it is not the ZIP file Qt writes.
QByteArray withStyles(const QByteArray &package, const QByteArray &styles)
{
    const qsizetype end = package.lastIndexOf(QByteArrayView("PK\x05\x06"));
    if (end < 0 || end + 22 > package.size())
        return {};
    const int entries = read16(package, end + 10);
    const qsizetype directory = read32(package, end + 16);
    struct Entry
    {
        QByteArray name;
        QByteArray record;
        qsizetype offset;
        int method;
    };
    QList<Entry> list;
    QList<qsizetype> offsets;
    for (qsizetype at = directory; list.size() < entries; ) {
        if (at + 46 > package.size() || read32(package, at) != 0x02014b50)
            return {};
        const qsizetype length = 46 + read16(package, at + 28) + read16(package, at + 30) + read16(package, at + 32);
        list.append({ package.mid(at + 46, read16(package, at + 28)), package.mid(at, length), qsizetype(read32(package, at + 42)),
                      read16(package, at + 10) });
        offsets << list.last().offset;
        at += length;
    }
    offsets << directory;
    std::sort(offsets.begin(), offsets.end());
    ZipOut out;
    QString manifest;
    QXmlStreamWriter xml(&manifest);
    const QString ns = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:manifest:1.0");
    xml.writeNamespace(ns, QStringLiteral("manifest"));
    xml.writeStartDocument();
    xml.writeStartElement(ns, QStringLiteral("manifest"));
    xml.writeAttribute(ns, QStringLiteral("version"), QStringLiteral("1.2"));
    const auto fileEntry = [&](const QString &path, const QString &type) {
        xml.writeEmptyElement(ns, QStringLiteral("file-entry"));
        xml.writeAttribute(ns, QStringLiteral("full-path"), path);
        xml.writeAttribute(ns, QStringLiteral("media-type"), type);
    };
    fileEntry(QStringLiteral("/"), QStringLiteral("application/vnd.oasis.opendocument.text"));
    fileEntry(QStringLiteral("styles.xml"), QStringLiteral("text/xml"));
    for (const Entry &entry : std::as_const(list)) {
        if (entry.name == "META-INF/manifest.xml")
            continue;
        const auto next = std::upper_bound(offsets.cbegin(), offsets.cend(), entry.offset);
        if (next == offsets.cend())
            return {};
        const QByteArray local = package.mid(entry.offset, *next - entry.offset);
        if (local.size() < 30 || read32(local, 0) != 0x04034b50)
            return {};
        const qsizetype dataStart = 30 + read16(local, 26) + read16(local, 28);
        out.addCopied(local, entry.record);
        if (entry.name != "mimetype")
            fileEntry(QString::fromUtf8(entry.name), mediaType(entry.name, entry.method == 0 ? local.mid(dataStart, 4) : QByteArray()));
    }
    xml.writeEndDocument();
    out.addStored("styles.xml", styles);
    out.addStored("META-INF/manifest.xml", manifest.toUtf8());
    return out.finish();
}

} // namespace

QByteArray PagedTextDocument::odtStyles() const
{
    const QString office = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:office:1.0");
    const QString style = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:style:1.0");
    const QString text = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:text:1.0");
    const QString fo = QStringLiteral("urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0");
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeNamespace(office, QStringLiteral("office"));
    xml.writeNamespace(style, QStringLiteral("style"));
    xml.writeNamespace(text, QStringLiteral("text"));
    xml.writeNamespace(fo, QStringLiteral("fo"));
    xml.writeStartDocument();
    xml.writeStartElement(office, QStringLiteral("document-styles"));
    xml.writeAttribute(office, QStringLiteral("version"), QStringLiteral("1.2"));
    const auto properties = [&](const QString &ns, const QString &element, const QList<std::pair<QString, QString>> &values) {
        xml.writeEmptyElement(ns, element);
        for (const auto &[name, value] : values)
            xml.writeAttribute(fo, name, value);
    };
    const auto paragraphStyle = [&](const QString &name, const QString &align) {
        xml.writeStartElement(style, QStringLiteral("style"));
        xml.writeAttribute(style, QStringLiteral("name"), name);
        xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("paragraph"));
        properties(style, QStringLiteral("paragraph-properties"), { { QStringLiteral("text-align"), align } });
        properties(style, QStringLiteral("text-properties"), { { QStringLiteral("font-size"), QStringLiteral("8.5pt") },
                                                               { QStringLiteral("color"), HeaderColor.name() } });
        xml.writeEndElement();
    };
    xml.writeStartElement(office, QStringLiteral("automatic-styles"));
    xml.writeStartElement(style, QStringLiteral("page-layout"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("CsirtKitPage"));
    properties(style, QStringLiteral("page-layout-properties"),
               { { QStringLiteral("page-width"), QStringLiteral("210mm") }, { QStringLiteral("page-height"), QStringLiteral("297mm") },
                 { QStringLiteral("margin-top"), QStringLiteral("10mm") }, { QStringLiteral("margin-bottom"), QStringLiteral("10mm") },
                 { QStringLiteral("margin-left"), QStringLiteral("15mm") }, { QStringLiteral("margin-right"), QStringLiteral("15mm") } });
    for (const char *part : { "header-style", "footer-style" }) {
        xml.writeStartElement(style, QLatin1String(part));
        properties(style, QStringLiteral("header-footer-properties"),
                   { { QStringLiteral("min-height"), QStringLiteral("0mm") },
                     { QLatin1String(part[0] == 'h' ? "margin-bottom" : "margin-top"), QStringLiteral("4mm") } });
        xml.writeEndElement();
    }
    xml.writeEndElement(); // page-layout
    paragraphStyle(QStringLiteral("CsirtKitHeader"), QStringLiteral("center"));
    xml.writeStartElement(style, QStringLiteral("style"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("CsirtKitBanner"));
    xml.writeAttribute(style, QStringLiteral("family"), QStringLiteral("text"));
    properties(style, QStringLiteral("text-properties"),
               { { QStringLiteral("color"), m_banner.foreground.name() }, { QStringLiteral("background-color"), m_banner.background.name() },
                 { QStringLiteral("font-weight"), QStringLiteral("bold") }, { QStringLiteral("font-size"), QStringLiteral("11pt") } });
    xml.writeEndElement();
    xml.writeEndElement(); // automatic-styles

    const auto spaces = [&](int count) { // ODF collapses runs of plain spaces
        xml.writeEmptyElement(text, QStringLiteral("s"));
        xml.writeAttribute(text, QStringLiteral("c"), QString::number(count));
    };
    const auto banner = [&] {
        if (m_banner.text.isEmpty())
            return;
        xml.writeStartElement(text, QStringLiteral("span"));
        xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("CsirtKitBanner"));
        spaces(1);
        xml.writeCharacters(m_banner.text);
        spaces(1);
        xml.writeEndElement();
        spaces(4);
    };
    xml.writeStartElement(office, QStringLiteral("master-styles"));
    xml.writeStartElement(style, QStringLiteral("master-page"));
    xml.writeAttribute(style, QStringLiteral("name"), QStringLiteral("Standard"));
    xml.writeAttribute(style, QStringLiteral("page-layout-name"), QStringLiteral("CsirtKitPage"));
    xml.writeStartElement(style, QStringLiteral("header"));
    xml.writeStartElement(text, QStringLiteral("p"));
    xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("CsirtKitHeader"));
    xml.writeCharacters(m_headerLeft);
    spaces(4);
    banner();
    xml.writeCharacters(m_headerRight);
    xml.writeEndElement(); // p
    xml.writeEndElement(); // header
    xml.writeStartElement(style, QStringLiteral("footer"));
    xml.writeStartElement(text, QStringLiteral("p"));
    xml.writeAttribute(text, QStringLiteral("style-name"), QStringLiteral("CsirtKitHeader"));
    banner();
    // "Page %1 of %2" with the page number and count as fields, in the translation's word order.
    const QString pageText = tr("Page %1 of %2");
    static const QRegularExpression placeholder(QStringLiteral("%([12])"));
    qsizetype from = 0;
    for (auto it = placeholder.globalMatch(pageText); it.hasNext();) {
        const auto match = it.next();
        xml.writeCharacters(pageText.mid(from, match.capturedStart() - from));
        xml.writeEmptyElement(text, match.captured(1) == QLatin1String("1") ? QStringLiteral("page-number") : QStringLiteral("page-count"));
        from = match.capturedEnd();
    }
    xml.writeCharacters(pageText.mid(from));
    xml.writeEndDocument();
    return bytes;
}

Result<void> PagedTextDocument::writeOdt(QIODevice &out, const QString &title) const
{
    QTextDocument document;
    document.setDefaultFont(m_document.defaultFont());
    document.setHtml(m_html);
    document.setMetaInformation(QTextDocument::DocumentTitle, title);
    // The ODF writer closes its device when done, which a QSaveFile must not be: write to memory first.
    QBuffer buffer;
    QTextDocumentWriter writer(&buffer, "odf");
    const QByteArray package = writer.write(&document) ? withStyles(buffer.data(), odtStyles()) : QByteArray();
    if (package.isEmpty())
        return makeError(ErrorCode::Io, tr("The OpenDocument file could not be made. Save the document as PDF or "
                                           "HTML instead."));
    if (out.write(package) != package.size())
        return makeError(ErrorCode::Io, tr("The OpenDocument file could not be written (%1). Check that there is "
                                           "space on the disk and try again.")
                                            .arg(out.errorString()));
    return {};
}

} // namespace csirtkit
