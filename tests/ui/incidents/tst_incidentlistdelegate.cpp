#include "common/Language.h"
#include "incidents/Badges.h"
#include "incidents/IncidentListDelegate.h"
#include "incidents/IncidentListModel.h"
#include "incidents/IncidentRepository.h"
#include "workspace/Workspace.h"

#include <QHeaderView>
#include <QImage>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <memory>

using namespace csirtkit;

namespace {
using Column = IncidentListModel::Column;
constexpr QChar Start = IncidentListQuery::SnippetStart;
constexpr QChar End = IncidentListQuery::SnippetEnd;
const QColor Mark(255, 200, 0, 90);
const QString Open = QStringLiteral("<span");
const QString Close = QStringLiteral("</span>");

// The text a highlighted() result shows, and which parts of it carry the highlight.
struct Rendered
{
    QString text;
    QString marked; // the highlighted characters, in order, '|' between runs
    QList<QColor> backgrounds;
};

Rendered render(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    Rendered r;
    r.text = doc.toPlainText();
    for (QTextBlock block = doc.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (fragment.charFormat().fontWeight() >= QFont::Bold) {
                if (!r.marked.isEmpty())
                    r.marked += QLatin1Char('|');
                r.marked += fragment.text();
                r.backgrounds << fragment.charFormat().background().color();
            }
        }
    }
    return r;
}

int countPixels(const QImage &image, const QRect &rect, const std::function<bool(QColor)> &match)
{
    int n = 0;
    const QRect area = rect & image.rect();
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (match(image.pixelColor(x, y)))
                ++n;
    return n;
}
} // namespace

class TestIncidentListDelegate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void escapesUserText();
    void escapesUserTextAroundHits();
    void marksEveryHitOfEveryTermIgnoringCase();
    void keepsTheTextAndItsCase();
    void doesNotMatchInsideEntities();
    void overlappingTermsStayBalanced();
    void snippetMarkersBecomeSpans();
    void userMarkersAreStrippedWhenSearching();
    void highlightKeepsItsTransparency();
    void paintsHitsOnTheTitle();
    void selectedRowHasNoOpaqueMark();
    void paintsBadges();

private:
    QImage grab(QTableView &table) const
    {
        QImage image(table.viewport()->size(), QImage::Format_ARGB32);
        image.fill(Qt::white);
        table.viewport()->render(&image);
        return image;
    }
    void makeList(const QString &searchText);

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<IncidentListModel> model;
    std::unique_ptr<QTableView> view;
};

void TestIncidentListDelegate::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    Language::apply(QStringLiteral("en"));
}

void TestIncidentListDelegate::cleanup()
{
    view.reset();
    model.reset();
    workspace.reset();
    dir.reset();
}

void TestIncidentListDelegate::makeList(const QString &searchText)
{
    cleanup();
    dir = std::make_unique<QTemporaryDir>();
    auto created = Workspace::create(dir->filePath(QStringLiteral("list.csirt")), QStringLiteral("Test Org"));
    QVERIFY(created.ok());
    workspace = std::move(*created);
    IncidentDraft draft;
    draft.title = QStringLiteral("Ransomware on the file server");
    draft.tlp = QStringLiteral("TLP:RED");
    draft.impact = draft.urgency = QStringLiteral("high");
    QVERIFY(IncidentRepository(*workspace).create(draft, QStringLiteral("Aiko Tanaka")));
    model = std::make_unique<IncidentListModel>();
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    IncidentFilter filter;
    filter.text = searchText;
    model->setFilter(filter);
    QCOMPARE(model->rowCount(), 1);
    view = std::make_unique<QTableView>();
    view->setItemDelegate(new IncidentListDelegate(view.get()));
    view->setModel(model.get());
    view->resize(1700, 200);
    for (int column = 0; column < model->columnCount(); ++column)
        view->setColumnWidth(column, 130);
    view->setColumnWidth(int(Column::Title), 400);
    view->show();
    QVERIFY(QTest::qWaitForWindowExposed(view.get()));
}

void TestIncidentListDelegate::escapesUserText()
{
    const QString html = IncidentListDelegate::highlighted(
        QStringLiteral("<img src=x onerror=alert(1)> & <a href=\"file:///etc/passwd\">x</a>"), {}, Mark);
    QVERIFY2(html.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")), qPrintable(html));
    QVERIFY(html.contains(QStringLiteral("&lt;a href=&quot;file:///etc/passwd&quot;&gt;")));
    QVERIFY(html.contains(QStringLiteral(" &amp; ")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("<a ")));
    QVERIFY(!html.contains(Open)); // nothing to mark
    // Rendered, it reads exactly as typed.
    QCOMPARE(render(html).text,
        QStringLiteral("<img src=x onerror=alert(1)> & <a href=\"file:///etc/passwd\">x</a>"));
}

void TestIncidentListDelegate::escapesUserTextAroundHits()
{
    const QString text = QStringLiteral("<img src=x onerror=alert(1)> phishing");
    const QString html = IncidentListDelegate::highlighted(text, { QStringLiteral("img") }, Mark);
    QVERIFY2(html.startsWith(QStringLiteral("&lt;<span")), qPrintable(html));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QCOMPARE(render(html).text, text);
    QCOMPARE(render(html).marked, QStringLiteral("img"));
    // A term that is itself markup is found as text and stays text.
    const QString tagged
        = IncidentListDelegate::highlighted(QStringLiteral("a <b> c"), { QStringLiteral("<b>") }, Mark);
    QVERIFY2(tagged.contains(QStringLiteral(">&lt;b&gt;</span>")), qPrintable(tagged));
    QCOMPARE(render(tagged).marked, QStringLiteral("<b>"));
}

void TestIncidentListDelegate::marksEveryHitOfEveryTermIgnoringCase()
{
    const QString html
        = IncidentListDelegate::highlighted(QStringLiteral("Phishing mail: PHISHING kit, mail server"),
            { QStringLiteral("phishing"), QStringLiteral("Mail") }, Mark);
    QCOMPARE(html.count(Open), 4);
    QCOMPARE(html.count(Close), 4);
    const Rendered r = render(html);
    QCOMPARE(r.text, QStringLiteral("Phishing mail: PHISHING kit, mail server"));
    QCOMPARE(r.marked, QStringLiteral("Phishing|mail|PHISHING|mail"));
}

void TestIncidentListDelegate::keepsTheTextAndItsCase()
{
    const QString html = IncidentListDelegate::highlighted(QStringLiteral("不正アクセス（VPN）の疑い"),
        { QStringLiteral("vpn"), QStringLiteral("アクセス") }, Mark);
    const Rendered r = render(html);
    QCOMPARE(r.text, QStringLiteral("不正アクセス（VPN）の疑い"));
    QCOMPARE(r.marked, QStringLiteral("アクセス|VPN"));
    // No terms, no markers: the text unchanged, nothing marked.
    QCOMPARE(IncidentListDelegate::highlighted(QStringLiteral("plain title"), {}, Mark),
        QStringLiteral("plain title"));
    // Empty terms are ignored rather than matching everywhere.
    QCOMPARE(IncidentListDelegate::highlighted(QStringLiteral("plain title"), { QString() }, Mark),
        QStringLiteral("plain title"));
}

void TestIncidentListDelegate::doesNotMatchInsideEntities()
{
    // Marks go on the text before escaping, so "amp" or "lt" never hit the entities escaping makes.
    const QString html = IncidentListDelegate::highlighted(
        QStringLiteral("Tom & Jerry < x"), { QStringLiteral("amp"), QStringLiteral("lt") }, Mark);
    QCOMPARE(html, QStringLiteral("Tom &amp; Jerry &lt; x"));
}

void TestIncidentListDelegate::overlappingTermsStayBalanced()
{
    const QString html = IncidentListDelegate::highlighted(QStringLiteral("phishing site"),
        { QStringLiteral("phishing"), QStringLiteral("phish"), QStringLiteral("ing si") }, Mark);
    QCOMPARE(html.count(Open), html.count(Close));
    const Rendered r = render(html);
    QCOMPARE(r.text, QStringLiteral("phishing site"));
    QVERIFY2(r.marked.startsWith(QStringLiteral("phish")), qPrintable(r.marked));
    QVERIFY(!r.marked.contains(
        QStringLiteral(" site"))); // "ing si" spans a mark already placed: not marked across it
}

void TestIncidentListDelegate::snippetMarkersBecomeSpans()
{
    const QString snippet = QStringLiteral("…a ") + Start + QStringLiteral("ransom") + End
        + QStringLiteral(" note <script> and ") + Start + QStringLiteral("RANSOM") + End
        + QStringLiteral(" demand…");
    const QString html = IncidentListDelegate::highlighted(snippet, {}, Mark);
    QVERIFY(!html.contains(Start) && !html.contains(End));
    QVERIFY(html.contains(QStringLiteral("&lt;script&gt;")));
    QCOMPARE(html.count(Open), 2);
    const Rendered r = render(html);
    QCOMPARE(r.text, QStringLiteral("…a ransom note <script> and RANSOM demand…"));
    QCOMPARE(r.marked, QStringLiteral("ransom|RANSOM"));
}

void TestIncidentListDelegate::userMarkersAreStrippedWhenSearching()
{
    // Control characters typed into a title are no marks: with terms, only the terms are marked.
    const QString title = QStringLiteral("evil") + Start + QStringLiteral("title") + End
        + QStringLiteral(" with ") + End + QStringLiteral("vpn");
    const QString html = IncidentListDelegate::highlighted(title, { QStringLiteral("vpn") }, Mark);
    QCOMPARE(html.count(Open), 1);
    QCOMPARE(html.count(Close), 1);
    QVERIFY(!html.contains(Start) && !html.contains(End));
    const Rendered r = render(html);
    QCOMPARE(r.text, QStringLiteral("eviltitle with vpn"));
    QCOMPARE(r.marked, QStringLiteral("vpn"));
}

void TestIncidentListDelegate::highlightKeepsItsTransparency()
{
    // The painter blends the mark over the row, so a translucent colour must stay translucent — and a
    // fully transparent one (selected rows) must not become black.
    Rendered r
        = render(IncidentListDelegate::highlighted(QStringLiteral("a hit"), { QStringLiteral("hit") }, Mark));
    QCOMPARE(r.backgrounds.size(), 1);
    QCOMPARE(r.backgrounds.first().alpha(), Mark.alpha());
    QCOMPARE(r.backgrounds.first().rgb(), Mark.rgb());
    r = render(IncidentListDelegate::highlighted(
        QStringLiteral("a hit"), { QStringLiteral("hit") }, QColor(Qt::transparent)));
    QCOMPARE(r.marked, QStringLiteral("hit")); // still bold
    QCOMPARE(r.backgrounds.size(), 1);
    QCOMPARE(r.backgrounds.first().alpha(), 0);
}

void TestIncidentListDelegate::paintsHitsOnTheTitle()
{
    const QColor highlight = QApplication::palette().color(QPalette::Highlight);
    auto tinted = [&highlight](QColor c) {
        // The mark: the highlight blended over the white row, clearly bluish (not text antialiasing).
        return c.blue() > c.red() + 40 && qAbs(c.hue() - highlight.hue()) < 25 && c.saturation() > 30;
    };
    makeList(QString());
    const QRect title = view->visualRect(model->index(0, int(Column::Title)));
    const int unmarked = countPixels(grab(*view), title, tinted);
    makeList(QStringLiteral("file server"));
    const QRect titleSearched = view->visualRect(model->index(0, int(Column::Title)));
    const QImage image = grab(*view);
    const int marked = countPixels(image, titleSearched, tinted);
    QVERIFY2(marked > 100 && marked > 10 * (unmarked + 1),
        qPrintable(QStringLiteral("%1 vs %2").arg(marked).arg(unmarked)));
    // The mark is translucent: no pixel carries the full highlight colour.
    QCOMPARE(
        countPixels(image, titleSearched, [&highlight](QColor c) { return c.rgb() == highlight.rgb(); }), 0);
    // The Match column shows the snippet with its hit marked, as text.
    const QRect match = view->visualRect(model->index(0, int(Column::Match)));
    QVERIFY(image.rect().contains(match));
    QVERIFY(countPixels(image, match, tinted) > 50);
}

void TestIncidentListDelegate::selectedRowHasNoOpaqueMark()
{
    makeList(QStringLiteral("file server"));
    view->selectRow(0);
    const QRect title = view->visualRect(model->index(0, int(Column::Title)));
    const QImage image = grab(*view);
    // Selected: white text on the selection colour; a black box behind the hit would be a bug.
    QCOMPARE(countPixels(image, title, [](QColor c) { return c.value() < 40; }), 0);
}

void TestIncidentListDelegate::paintsBadges()
{
    makeList(QString());
    const QImage image = grab(*view);
    const Badges::Colors red = Badges::colors(QStringLiteral("TLP:RED"));
    const Badges::Colors p1 = Badges::colors(QStringLiteral("P1"));
    QVERIFY(red.background.isValid() && p1.background.isValid());
    auto is = [](const QColor &colour) { return [colour](QColor c) { return c.rgb() == colour.rgb(); }; };
    const QRect tlp = view->visualRect(model->index(0, int(Column::Tlp)));
    QVERIFY(countPixels(image, tlp, is(red.background)) > 50);
    QVERIFY(countPixels(image, tlp, is(red.foreground)) > 0); // the label, in TLP red
    const QRect priority = view->visualRect(model->index(0, int(Column::Priority)));
    QVERIFY(countPixels(image, priority, is(p1.background)) > 50);
    // Plain columns stay plain.
    const QRect ident = view->visualRect(model->index(0, int(Column::Ident)));
    QCOMPARE(countPixels(image, ident, is(p1.background)), 0);
    QCOMPARE(countPixels(image, ident, is(red.foreground)), 0);
}

QTEST_MAIN(TestIncidentListDelegate)
#include "tst_incidentlistdelegate.moc"
