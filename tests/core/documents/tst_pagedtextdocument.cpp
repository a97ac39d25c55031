// PagedTextDocument: pages with header and footer, and headings kept on the page of their content.
#include "documents/PagedTextDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QImage>
#include <QPainter>
#include <QTest>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextTable>

using namespace csirtkit;

namespace {

QImage device96(const QSize &size)
{
    QImage image(size, QImage::Format_RGB32);
    image.setDotsPerMeterX(3780); // 96 dpi
    image.setDotsPerMeterY(3780);
    image.fill(Qt::white);
    return image;
}

bool hasInk(const QImage &image, int top, int bottom)
{
    for (int y = std::max(0, top); y < std::min(bottom, image.height()); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qGray(image.pixel(x, y)) < 160)
                return true;
    return false;
}

// Sections of a heading, a short paragraph and a table of varying length: some headings are bound
// to fall at the foot of a page.
QString sections(int count)
{
    QString html;
    for (int i = 0; i < count; ++i) {
        html += QStringLiteral("<h3>Section %1</h3><p>Introduction %1</p><table border=\"1\"><thead><tr><th>Item</th>"
                               "</tr></thead>")
                    .arg(i);
        for (int row = 0; row <= i % 5; ++row)
            html += QStringLiteral("<tr><td>Row %1</td></tr>").arg(row);
        html += QStringLiteral("</table>");
    }
    return html;
}

} // namespace

class TestPagedTextDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headingsStayWithTheirContent();
    void pagesHaveHeaderAndFooter();
};

void TestPagedTextDocument::headingsStayWithTheirContent()
{
    PagedTextDocument paged(sections(40), QFont(), QStringLiteral("Left"), QStringLiteral("Right"));
    QImage device = device96(QSize(10, 10));
    paged.layout(&device, QSizeF(420, 320));
    QVERIFY(paged.pageCount() > 5);
    const QTextDocument &document = paged.document();
    const qreal pageHeight = document.pageSize().height();
    int headings = 0;
    int moved = 0;
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() == 0)
            continue;
        ++headings;
        moved += block.blockFormat().pageBreakPolicy() & QTextFormat::PageBreak_AlwaysBefore ? 1 : 0;
        QTextBlock next = block.next().next(); // past the introduction, into the table
        const QTextTable *table = QTextCursor(next).currentTable();
        QVERIFY(table);
        const QTextBlock firstRow = table->cellAt(1, 0).firstCursorPosition().block();
        const int headingPage = int(document.documentLayout()->blockBoundingRect(block).top() / pageHeight);
        const int rowPage = int(document.documentLayout()->blockBoundingRect(firstRow).bottom() / pageHeight);
        QVERIFY2(headingPage == rowPage, qPrintable(block.text()));
    }
    QCOMPARE(headings, 40);
    QVERIFY2(moved > 0, "the test should make some headings move to the next page");
}

void TestPagedTextDocument::pagesHaveHeaderAndFooter()
{
    PagedTextDocument paged(sections(12), QFont(), QStringLiteral("Example Org"), QStringLiteral("2026-03-01"));
    QImage page = device96(QSize(420, 320));
    paged.layout(&page, page.size());
    QVERIFY(paged.pageCount() > 1);
    const QImage blank = page.copy();
    QPainter painter(&page);
    paged.paintPage(painter, 1);
    painter.end();
    QVERIFY(page != blank);
    QVERIFY(hasInk(page, 0, 14));                          // header text
    QVERIFY(hasInk(page, page.height() - 14, page.height())); // "Page 2 of N"
    QVERIFY(hasInk(page, 40, page.height() - 40));          // the body
}

QTEST_MAIN(TestPagedTextDocument)
#include "tst_pagedtextdocument.moc"
