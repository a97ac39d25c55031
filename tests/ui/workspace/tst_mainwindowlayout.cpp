// The main window on a trainer's projector: every page of the demo workspace, in English and
// Japanese, fits a 1024×768 screen, also in presentation mode.

#include "Fixtures.h"

#include "common/Config.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "workspace/MainWindow.h"

#include "incidents/IncidentListModel.h"

#include <QHeaderView>
#include <QLayout>
#include <QTableView>
#include <QStandardPaths>

using namespace csirtkit;

namespace {

// The widgets that ask for the most width, to say what to fix when the window does not fit.
QStringList widest(QWidget *root, int limit)
{
    QStringList found;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(root) || w->minimumSizeHint().width() <= limit)
            continue;
        bool childToo = false;
        for (QWidget *c : w->findChildren<QWidget *>())
            childToo = childToo || (c->isVisibleTo(root) && c->minimumSizeHint().width() > limit);
        if (!childToo)
            found << QStringLiteral("%1 (%2) %3").arg(w->objectName(), QLatin1String(w->metaObject()->className()))
                         .arg(w->minimumSizeHint().width());
    }
    return found;
}

// Each page's own minimum width (the stacked pages ask for the widest of them).
QString pageWidths(QWidget *window)
{
    QStringList list;
    for (QWidget *w : window->findChildren<QWidget *>())
        if (w->inherits("csirtkit::Page") || w->objectName() == QLatin1String("navigationListWidget")
            || w->objectName() == QLatin1String("statusBar") || w->inherits("QToolBar"))
            list << QStringLiteral("%1=%2").arg(QString::fromLatin1(w->metaObject()->className()).section(QLatin1Char(':'), -1))
                        .arg(w->minimumSizeHint().width());
    return list.join(QLatin1Char(' '));
}

} // namespace

class TestMainWindowLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { Language::apply(QStringLiteral("en")); }
    void everyPageFits1024x768_data();
    void everyPageFits1024x768();
    void incidentListShowsEveryColumn();

private:
    QTemporaryDir m_dir;
};

void TestMainWindowLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setCaptureForTests(true);
    QFile::remove(Config::fileName()); // the defaults, not what an earlier run left
}

void TestMainWindowLayout::everyPageFits1024x768_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ja") << QStringLiteral("ja");
}

void TestMainWindowLayout::everyPageFits1024x768()
{
    QFETCH(QString, language);
    Language::apply(language);
    MainWindow window;
    QVERIFY(window.createDemoWorkspace(m_dir.filePath(QStringLiteral("demo-%1.csirt").arg(language))));
    window.resize(1024, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QSize screen(1024, 768 - 40); // less a taskbar or the projector's own bar
    if (qEnvironmentVariableIsSet("CSIRTKIT_LAYOUT_DEBUG")) // which widgets ask for the width
        for (QWidget *w : window.findChildren<QWidget *>())
            if (w->minimumSizeHint().width() > qEnvironmentVariableIntValue("CSIRTKIT_LAYOUT_DEBUG"))
                qDebug() << w->metaObject()->className() << w->objectName() << w->minimumSizeHint().width()
                         << (w->parentWidget() ? w->parentWidget()->objectName() : QString());
    for (const QString &page : window.pageIds()) {
        QVERIFY(window.showPage(page));
        QCoreApplication::processEvents();
        const QSize needed = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(needed.width() <= screen.width() && needed.height() <= screen.height(),
                 qPrintable(QStringLiteral("%1: needs %2×%3; widest: %4").arg(page).arg(needed.width()).arg(needed.height())
                                .arg(widest(&window, 300).join(QStringLiteral(", ")) + QStringLiteral("; pages: ") + pageWidths(&window))));
        QVERIFY2(window.width() <= 1024, qPrintable(page));
    }
    window.setPresentationMode(true);
    QCoreApplication::processEvents();
    const QSize presenting = window.minimumSizeHint();
    QVERIFY2(presenting.width() <= 1024 && presenting.height() <= 768, qPrintable(QStringLiteral("%1×%2").arg(presenting.width()).arg(presenting.height())));
}

void TestMainWindowLayout::incidentListShowsEveryColumn()
{
    // At 1200 pixels every column fits beside the sidebar, the title giving way; at 1024 the title
    // stays readable and the list scrolls sideways.
    MainWindow window;
    QVERIFY(window.createDemoWorkspace(m_dir.filePath(QStringLiteral("demo-list.csirt"))));
    window.show();
    QVERIFY(window.showPage(QStringLiteral("incidents")));
    auto *view = window.findChild<QTableView *>(QStringLiteral("incidentTableView"));
    QVERIFY(view);
    for (const int width : { 1200, 1024 }) {
        window.resize(width, 768);
        QVERIFY(QTest::qWaitFor([&] { return window.width() == width; }));
        QCoreApplication::processEvents();
        QHeaderView *header = view->horizontalHeader();
        QStringList sizes;
        for (int i = 0; i < header->count(); ++i)
            sizes << QString::number(header->isSectionHidden(i) ? 0 : header->sectionSize(i));
        const QString shown = QStringLiteral("%1 px: columns %2 in %3 (%4)").arg(width).arg(header->length())
                                  .arg(view->viewport()->width()).arg(sizes.join(QLatin1Char(' ')));
        using C = IncidentListModel::Column;
        if (width == 1200)
            QVERIFY2(header->length() <= view->viewport()->width(), qPrintable(shown));
        QVERIFY2(header->sectionSize(int(C::Title)) >= 200, qPrintable(shown));
        const QFontMetrics metrics = view->fontMetrics();
        QVERIFY(header->sectionSize(int(C::Ident)) > metrics.horizontalAdvance(QStringLiteral("INC-2026-0001")));
        QVERIFY(header->sectionSize(int(C::Deadline)) > metrics.horizontalAdvance(QStringLiteral("2026-12-31 23:59")));
        for (const C column : { C::Assignee, C::Logged, C::Deadline })
            QVERIFY(!header->isSectionHidden(int(column)));
    }
}

QTEST_MAIN(TestMainWindowLayout)
#include "tst_mainwindowlayout.moc"
