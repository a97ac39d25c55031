#include "common/HighlightedTextViewer.h"

#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace csirtkit;

class TestHighlightedTextViewer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void picksDefinitionFromFileName();
    void picksDefinitionFromMimeTypeAndName();
    void guessesFromContent();
    void unknownKeepsPlainText();
    void isReadOnly();
    void themeFollowsPalette();

private:
    static QColor firstFormatColor(const HighlightedTextViewer &viewer)
    {
        const auto formats = viewer.document()->firstBlock().layout()->formats();
        for (const auto &range : formats)
            if (range.format.hasProperty(QTextFormat::ForegroundBrush))
                return range.format.foreground().color();
        return {};
    }
};

void TestHighlightedTextViewer::picksDefinitionFromFileName()
{
    HighlightedTextViewer viewer;
    QVERIFY(viewer.setDefinitionForFileName(QStringLiteral("collect.py")));
    QCOMPARE(viewer.definitionName(), QStringLiteral("Python"));
    QVERIFY(viewer.setDefinitionForFileName(QStringLiteral("/etc/nginx/nginx.conf")));
    QCOMPARE(viewer.definitionName(), QStringLiteral("nginx Configuration"));
}

void TestHighlightedTextViewer::picksDefinitionFromMimeTypeAndName()
{
    HighlightedTextViewer viewer;
    QVERIFY(viewer.setDefinitionForMimeType(QStringLiteral("application/json")));
    QCOMPARE(viewer.definitionName(), QStringLiteral("JSON"));
    QVERIFY(viewer.setDefinitionByName(QStringLiteral("Markdown")));
    QCOMPARE(viewer.definitionName(), QStringLiteral("Markdown"));
}

void TestHighlightedTextViewer::guessesFromContent()
{
    HighlightedTextViewer viewer;
    viewer.setTextGuessing(QStringLiteral("#!/bin/sh\necho \"infected host\"\n"));
    QCOMPARE(viewer.definitionName(), QStringLiteral("Bash"));
    viewer.setTextGuessing(QStringLiteral("{\"a\": 1}"), QStringLiteral("ioc.json"));
    QCOMPARE(viewer.definitionName(), QStringLiteral("JSON"));
    QCOMPARE(viewer.toPlainText(), QStringLiteral("{\"a\": 1}"));
}

void TestHighlightedTextViewer::unknownKeepsPlainText()
{
    HighlightedTextViewer viewer;
    QVERIFY(!viewer.setDefinitionByName(QStringLiteral("No Such Language")));
    QVERIFY(!viewer.setDefinitionForFileName(QStringLiteral("data.zz-unknown-ext")));
    QCOMPARE(viewer.definitionName(), QString());
}

void TestHighlightedTextViewer::isReadOnly()
{
    HighlightedTextViewer viewer;
    viewer.setPlainText(QStringLiteral("log line"));
    viewer.show();
    QTest::keyClicks(&viewer, QStringLiteral("xyz"));
    QCOMPARE(viewer.toPlainText(), QStringLiteral("log line"));
}

void TestHighlightedTextViewer::themeFollowsPalette()
{
    HighlightedTextViewer viewer;
    viewer.setDefinitionByName(QStringLiteral("Python"));
    viewer.setPlainText(QStringLiteral("import os  # comment"));
    QPalette light;
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    viewer.setPalette(light);
    const QColor onLight = firstFormatColor(viewer);
    QPalette dark;
    dark.setColor(QPalette::Base, QColor(0x1e, 0x1f, 0x22));
    dark.setColor(QPalette::Text, QColor(0xe6, 0xe6, 0xe6));
    viewer.setPalette(dark);
    const QColor onDark = firstFormatColor(viewer);
    QVERIFY(onLight.isValid());
    QVERIFY(onDark.isValid());
    QVERIFY2(onLight != onDark, qPrintable(onLight.name()));
}

QTEST_MAIN(TestHighlightedTextViewer)
#include "tst_highlightedtextviewer.moc"
