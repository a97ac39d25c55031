#include "common/MarkdownEditor.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>

using namespace csirtkit;

class TestMarkdownEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void setTextDoesNotCommit();
    void typingCommitsOnceAfterPause();
    void focusLossCommitsAtOnce();
    void previewRendersMarkdown();
    void previewNeverRendersHtml();
    void readOnlyBlocksTyping();
};

static QPlainTextEdit *textEdit(MarkdownEditor &editor)
{
    return editor.findChild<QPlainTextEdit *>(QStringLiteral("markdownTextEdit"));
}

void TestMarkdownEditor::setTextDoesNotCommit()
{
    MarkdownEditor editor;
    QSignalSpy spy(&editor, &MarkdownEditor::textCommitted);
    editor.setText(QStringLiteral("loaded"));
    QTest::qWait(1000);
    QCOMPARE(spy.count(), 0);
    QCOMPARE(editor.text(), QStringLiteral("loaded"));
}

void TestMarkdownEditor::typingCommitsOnceAfterPause()
{
    MarkdownEditor editor;
    editor.show();
    QSignalSpy spy(&editor, &MarkdownEditor::textCommitted);
    textEdit(editor)->setFocus();
    QTest::keyClicks(textEdit(editor), QStringLiteral("abc"));
    QCOMPARE(spy.count(), 0);
    QVERIFY(spy.wait(3000));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("abc"));
}

void TestMarkdownEditor::focusLossCommitsAtOnce()
{
    MarkdownEditor editor;
    QSignalSpy spy(&editor, &MarkdownEditor::textCommitted);
    textEdit(editor)->setPlainText(QStringLiteral("typed"));
    QFocusEvent out(QEvent::FocusOut);
    QCoreApplication::sendEvent(textEdit(editor), &out);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("typed"));
    QCoreApplication::sendEvent(textEdit(editor), &out); // nothing new: no second commit
    QCOMPARE(spy.count(), 1);
}

void TestMarkdownEditor::previewRendersMarkdown()
{
    MarkdownEditor editor;
    editor.setText(QStringLiteral("# Title\n\nSome **bold** text and a [link](https://example.org)."));
    editor.showPreview(true);
    auto *preview = editor.findChild<QTextBrowser *>(QStringLiteral("markdownPreviewBrowser"));
    QTextDocument *doc = preview->document();
    QCOMPARE(doc->firstBlock().text(), QStringLiteral("Title"));
    QVERIFY(doc->firstBlock().blockFormat().headingLevel() == 1);
    QVERIFY(editor.previewHtml().contains(QStringLiteral("https://example.org")));
    QVERIFY(doc->toPlainText().contains(QStringLiteral("Some bold text")));
}

void TestMarkdownEditor::previewNeverRendersHtml()
{
    MarkdownEditor editor;
    editor.setText(QStringLiteral("<img src=x onerror=alert(1)>\n\n<a href=\"file:///etc/passwd\">secret</a>"));
    editor.showPreview(true);
    auto *preview = editor.findChild<QTextBrowser *>(QStringLiteral("markdownPreviewBrowser"));
    const QString plain = preview->document()->toPlainText();
    QVERIFY2(plain.contains(QStringLiteral("<img src=x onerror=alert(1)>")), qPrintable(plain));
    QVERIFY(plain.contains(QStringLiteral("<a href=")));
    for (QTextBlock block = preview->document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            QVERIFY(!format.isImageFormat());
            QVERIFY(!format.anchorHref().startsWith(QStringLiteral("file:")));
        }
    }
}

void TestMarkdownEditor::readOnlyBlocksTyping()
{
    MarkdownEditor editor;
    editor.setReadOnly(true);
    editor.show();
    QTest::keyClicks(textEdit(editor), QStringLiteral("xyz"));
    QCOMPARE(editor.text(), QString());
}

QTEST_MAIN(TestMarkdownEditor)
#include "tst_markdowneditor.moc"
