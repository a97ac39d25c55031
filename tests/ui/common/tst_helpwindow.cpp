// The help: F1 on every page of the real main window opens that page's help, in the UI's
// language; links and anchors between pages lead somewhere in both languages; the shortcut list
// is made from the window's actions.

#include "Fixtures.h"

#include "common/Config.h"
#include "common/HelpWindow.h"
#include "common/Language.h"
#include "common/MessageBox.h"
#include "workspace/MainWindow.h"

#include <QAction>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QToolButton>

using namespace csirtkit;

class TestHelpWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void everyTopicExistsInBothLanguages();
    void everyLinkLeadsSomewhere();
    void f1OpensTheCurrentPagesHelp();
    void anchorsWorkInJapanese();
    void backForwardAndShortcuts();
    void userFacingFieldsExplainThemselves();

private:
    QTextBrowser *browser(HelpWindow *help) const { return help->findChild<QTextBrowser *>(QStringLiteral("helpBrowser")); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelpWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    MessageBox::setCaptureForTests(true);
}

void TestHelpWindow::init()
{
    Language::apply(QStringLiteral("en"));
    m_dir = std::make_unique<QTemporaryDir>();
    m_window = std::make_unique<MainWindow>();
    QVERIFY(m_window->createWorkspace(m_dir->filePath(QStringLiteral("help.csirt")), QStringLiteral("Help Org")));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestHelpWindow::cleanup()
{
    m_window.reset();
    Language::apply(QStringLiteral("en"));
}

void TestHelpWindow::everyTopicExistsInBothLanguages()
{
    // Every page of the window has a help topic.
    for (const QString &page : m_window->pageIds())
        QVERIFY2(HelpWindow::topics().contains(page), qPrintable(page));
    for (const QString &topic : HelpWindow::topics()) {
        if (topic == QLatin1String("shortcuts"))
            continue;
        QFile en(QStringLiteral(":/help/en/%1.md").arg(topic));
        QFile ja(QStringLiteral(":/help/ja/%1.md").arg(topic));
        QVERIFY2(en.open(QIODevice::ReadOnly) && ja.open(QIODevice::ReadOnly), qPrintable(topic));
        const QString english = QString::fromUtf8(en.readAll()), japanese = QString::fromUtf8(ja.readAll());
        QVERIFY2(english.size() > 800, qPrintable(topic)); // a page, not a stub
        // The same structure: as many second-level headings (anchors rely on it).
        QCOMPARE(japanese.count(QRegularExpression(QStringLiteral("(?m)^## "))), english.count(QRegularExpression(QStringLiteral("(?m)^## "))));
        static const QRegularExpression kana(QStringLiteral("[\\x{3040}-\\x{30ff}]"));
        QVERIFY2(japanese.contains(kana), qPrintable(topic));
        QVERIFY2(!japanese.contains(QStringLiteral("。 ")), qPrintable(topic)); // no ASCII space after 。
    }
    QVERIFY(HelpWindow::markdown(QStringLiteral("nonsense"), QStringLiteral("en")).isEmpty());
}

void TestHelpWindow::everyLinkLeadsSomewhere()
{
    HelpWindow *help = m_window->showHelp(QStringLiteral("index"));
    static const QRegularExpression link(QStringLiteral("\\]\\(([a-z]+)\\.md(?:#([a-z0-9-]+))?\\)"));
    int links = 0;
    for (const QString &language : Language::available()) {
        Language::apply(language);
        for (const QString &topic : HelpWindow::topics()) {
            const QString text = HelpWindow::markdown(topic, language);
            for (auto it = link.globalMatch(text); it.hasNext();) {
                const QRegularExpressionMatch m = it.next();
                const QString target = m.captured(1), anchor = m.captured(2);
                QVERIFY2(HelpWindow::topics().contains(target), qPrintable(topic + QStringLiteral(" → ") + target));
                if (!anchor.isEmpty()) {
                    help->showTopic(target + QLatin1Char('#') + anchor);
                    QVERIFY2(!help->currentHeading().isEmpty(),
                             qPrintable(language + QLatin1Char(' ') + topic + QStringLiteral(" → ") + target + QLatin1Char('#') + anchor));
                }
                ++links;
            }
        }
    }
    QVERIFY(links > 40);
}

void TestHelpWindow::f1OpensTheCurrentPagesHelp()
{
    QAction *f1 = m_window->findChild<QAction *>(QStringLiteral("actionHelp"));
    QVERIFY(f1);
    QCOMPARE(f1->shortcut(), QKeySequence(Qt::Key_F1));
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionAbout"))->shortcut().isEmpty()); // F1 is help, not About
    for (const QString &page : m_window->pageIds()) {
        QVERIFY(m_window->showPage(page));
        f1->trigger();
        auto *help = m_window->findChild<HelpWindow *>();
        QVERIFY(help && help->isVisible());
        QCOMPARE(help->currentTopic(), page);
        const QString shown = browser(help)->toPlainText();
        const QString firstLine = HelpWindow::markdown(page, QStringLiteral("en")).section(QLatin1Char('\n'), 0, 0).mid(2);
        QVERIFY2(shown.startsWith(firstLine), qPrintable(page + QStringLiteral(": ") + shown.left(80)));
        QVERIFY(help->windowTitle().contains(firstLine));
    }
    Language::apply(QStringLiteral("ja")); // the open help follows the language
    auto *help = m_window->findChild<HelpWindow *>();
    QCoreApplication::sendPostedEvents();
    const QString japaneseTitle = HelpWindow::markdown(QStringLiteral("metrics"), QStringLiteral("ja")).section(QLatin1Char('\n'), 0, 0).mid(2);
    QVERIFY2(browser(help)->toPlainText().startsWith(japaneseTitle), qPrintable(browser(help)->toPlainText().left(80)));
}

void TestHelpWindow::anchorsWorkInJapanese()
{
    for (const QString &language : Language::available()) {
        Language::apply(language);
        HelpWindow *help = m_window->showHelp(QStringLiteral("terms#tlp"));
        help->resize(500, 300); // so that the page scrolls
        help->showTopic(QStringLiteral("terms#tlp"));
        QCOMPARE(help->currentHeading(), QStringLiteral("TLP"));
        QVERIFY(browser(help)->verticalScrollBar()->value() > 0);
        help->showTopic(QStringLiteral("terms#priority-matrix"));
        QCOMPARE(help->currentHeading(), language == QLatin1String("ja") ? QStringLiteral("優先度マトリクス") : QStringLiteral("Priority matrix"));
        if (const QString shots = qEnvironmentVariable("CSIRTKIT_SHOT_DIR"); !shots.isEmpty()) { // to look at it
            help->resize(720, 640);
            for (const QString &topic : { QStringLiteral("incidents"), QStringLiteral("terms#tlp"), QStringLiteral("shortcuts") }) {
                help->showTopic(topic);
                help->grab().save(QStringLiteral("%1/help-%2-%3.png").arg(shots, language, topic.section(QLatin1Char('#'), 0, 0)));
            }
        }
        help->showTopic(QStringLiteral("terms#no-such-heading"));
        QVERIFY(help->currentHeading().isEmpty());
        QCOMPARE(browser(help)->verticalScrollBar()->value(), 0);
    }
}

void TestHelpWindow::backForwardAndShortcuts()
{
    HelpWindow *help = m_window->showHelp(QStringLiteral("incidents"));
    auto *back = help->findChild<QToolButton *>(QStringLiteral("helpBackButton"));
    auto *forward = help->findChild<QToolButton *>(QStringLiteral("helpForwardButton"));
    QVERIFY(!back->isEnabled());
    Q_EMIT browser(help)->anchorClicked(QUrl(QStringLiteral("terms.md#rsit")));
    QCOMPARE(help->currentTopic(), QStringLiteral("terms"));
    QCOMPARE(help->currentHeading(), QStringLiteral("RSIT"));
    back->click();
    QCOMPARE(help->currentTopic(), QStringLiteral("incidents"));
    QVERIFY(forward->isEnabled());
    forward->click();
    QCOMPARE(help->currentHeading(), QStringLiteral("RSIT"));
    help->findChild<QToolButton *>(QStringLiteral("helpContentsButton"))->click();
    QCOMPARE(help->currentTopic(), QStringLiteral("index"));

    m_window->findChild<QAction *>(QStringLiteral("actionShortcuts"))->trigger();
    QCOMPARE(help->currentTopic(), QStringLiteral("shortcuts"));
    const QString list = browser(help)->toPlainText();
    QVERIFY2(list.contains(QStringLiteral("CSIRT Kit Help")) && list.contains(QStringLiteral("F1")), qPrintable(list));
    QVERIFY2(list.contains(QStringLiteral("Presentation mode")) && list.contains(QStringLiteral("F11")), qPrintable(list));
    QVERIFY(!list.contains(QLatin1Char('&'))); // mnemonics are not shown
    QVERIFY(m_window->findChild<QAction *>(QStringLiteral("actionWhatsThis")));
}

void TestHelpWindow::userFacingFieldsExplainThemselves()
{
    QVERIFY(m_window->showPage(QStringLiteral("incidents")));
    // The Details tab's fields with terms of the trade say what they mean.
    for (const char *name : { "tlpComboBox", "rsitClassComboBox", "jpcertComboBox", "impactComboBox", "priorityComboBox" }) {
        const auto all = m_window->findChildren<QWidget *>(QLatin1String(name));
        QVERIFY2(!all.isEmpty(), name);
        QVERIFY2(all.constFirst()->whatsThis().size() > 40, name);
    }
}

QTEST_MAIN(TestHelpWindow)
#include "tst_helpwindow.moc"
