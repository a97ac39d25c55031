#include "common/TextRules.h"

#include "common/Language.h"

#include <QTest>

using namespace csirtkit;

class TestTextRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listsFollowTheLanguage();
    void sentencesRunTogetherAsEachLanguageWrites();
    void controlCharactersAreRefused_data();
    void controlCharactersAreRefused();
    void tabsAndLineBreaksOnlyInMultiLineText_data();
    void tabsAndLineBreaksOnlyInMultiLineText();
    void problemNamesCodePointAndPosition();
    void loneSurrogatesAreRefused();
    void ordinaryTextIsAccepted();
    void bidiControlsAreShownVisibly();
    void ordinaryTextIsShownUnchanged();
};

void TestTextRules::controlCharactersAreRefused_data()
{
    QTest::addColumn<uint>("code");
    for (uint c : { 0x00u, 0x01u, 0x07u, 0x08u, 0x0Bu, 0x0Cu, 0x1Bu, 0x1Fu, 0x7Fu, 0x80u, 0x85u, 0x9Fu })
        QTest::newRow(qPrintable(TextRules::codePoint(c))) << c;
}

void TestTextRules::controlCharactersAreRefused()
{
    QFETCH(uint, code);
    const QString text = QStringLiteral("abc") + QChar(char16_t(code)) + QStringLiteral("def");
    QVERIFY(TextRules::problem(text, TextRules::Kind::Line));
    QVERIFY(TextRules::problem(text, TextRules::Kind::Lines));
    const auto refused = TextRules::check(text, TextRules::Kind::Lines);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(TextRules::codePoint(code)), qPrintable(refused.error().message));
}

void TestTextRules::tabsAndLineBreaksOnlyInMultiLineText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("line");
    QTest::addColumn<bool>("lines");
    QTest::newRow("tab") << QStringLiteral("a\tb") << false << true;
    QTest::newRow("LF") << QStringLiteral("a\nb") << false << true;
    QTest::newRow("CR LF") << QStringLiteral("a\r\nb") << false << true;
    QTest::newRow("lone CR") << QStringLiteral("a\rb") << false << false;
    QTest::newRow("CR at the end") << QStringLiteral("ab\r") << false << false;
    QTest::newRow("plain") << QStringLiteral("a b") << true << true;
    QTest::newRow("empty") << QString() << true << true;
}

void TestTextRules::tabsAndLineBreaksOnlyInMultiLineText()
{
    QFETCH(QString, text);
    QFETCH(bool, line);
    QFETCH(bool, lines);
    QCOMPARE(!TextRules::problem(text, TextRules::Kind::Line), line);
    QCOMPARE(!TextRules::problem(text, TextRules::Kind::Lines), lines);
}

void TestTextRules::problemNamesCodePointAndPosition()
{
    // Positions count characters as a person does: the emoji before the NUL is one, not two.
    const QString text = QStringLiteral("請求書😀") + QChar(0) + QStringLiteral("x");
    const auto problem = TextRules::problem(text, TextRules::Kind::Lines, QStringLiteral("The title"));
    QVERIFY(problem);
    QVERIFY2(problem->startsWith(QStringLiteral("The title ")), qPrintable(*problem));
    QVERIFY2(problem->contains(QStringLiteral("U+0000")), qPrintable(*problem));
    QVERIFY2(problem->contains(QStringLiteral("position 5")), qPrintable(*problem));
    QVERIFY(!problem->contains(QChar(0)));

    const auto newline = TextRules::problem(QStringLiteral("one\ntwo"), TextRules::Kind::Line);
    QVERIFY(newline);
    QVERIFY2(newline->contains(QStringLiteral("single line")) && newline->contains(QStringLiteral("position 4")),
             qPrintable(*newline));
    QVERIFY(TextRules::problem(QStringLiteral("x") + QChar(char16_t(0x85)), TextRules::Kind::Lines)->contains(QStringLiteral("U+0085")));
}

void TestTextRules::loneSurrogatesAreRefused()
{
    QString high = QStringLiteral("A");
    high.prepend(QChar(char16_t(0xD800)));
    QString low = QStringLiteral("A");
    low.append(QChar(char16_t(0xDC00)));
    for (const QString &text : { high, low }) {
        const auto problem = TextRules::problem(text, TextRules::Kind::Lines);
        QVERIFY(problem);
        QVERIFY2(problem->contains(QStringLiteral("surrogate")), qPrintable(*problem));
    }
    QVERIFY(TextRules::visible(high).startsWith(QStringLiteral("⟨U+D800⟩")));
}

void TestTextRules::ordinaryTextIsAccepted()
{
    for (const QString &text : { QStringLiteral("不審なメールの添付ファイルを開いた"), QStringLiteral("Phishing 🎣 wave 👨‍👩‍👧"),
                                 QStringLiteral("العربية עברית"), QStringLiteral("Invoice\u202Egnp.exe"),
                                 QStringLiteral("ｶﾀｶﾅ　全角スペース"), QStringLiteral("\u00A0no-break") }) {
        QVERIFY2(!TextRules::problem(text, TextRules::Kind::Line), qPrintable(text));
        QVERIFY(TextRules::check(text, TextRules::Kind::Lines));
    }
}

void TestTextRules::bidiControlsAreShownVisibly()
{
    QCOMPARE(TextRules::visible(QStringLiteral("Invoice\u202Egnp.exe")), QStringLiteral("Invoice⟨U+202E⟩gnp.exe"));
    for (uint c : { 0x061Cu, 0x200Eu, 0x200Fu, 0x202Au, 0x202Bu, 0x202Cu, 0x202Du, 0x202Eu, 0x2066u, 0x2067u, 0x2068u, 0x2069u }) {
        QVERIFY(TextRules::isBidiControl(c));
        const QString shown = TextRules::visible(QStringLiteral("a") + QChar(char16_t(c)) + QStringLiteral("b"));
        QCOMPARE(shown, QStringLiteral("a⟨%1⟩b").arg(TextRules::codePoint(c)));
        QVERIFY(!shown.contains(QChar(char16_t(c))));
    }
    QVERIFY(!TextRules::isBidiControl(0x200D)); // the zero-width joiner of emoji sequences is not one
    // Control characters are written out as well; tabs and line breaks stay.
    QCOMPARE(TextRules::visible(QStringLiteral("a") + QChar(0) + QStringLiteral("b\tc\r\nd\u0007")),
             QStringLiteral("a⟨U+0000⟩b\tc\r\nd⟨U+0007⟩"));
}

void TestTextRules::ordinaryTextIsShownUnchanged()
{
    for (const QString &text : { QStringLiteral("不審なメールの添付ファイル"), QStringLiteral("Family 👨‍👩‍👧 and flags 🇯🇵"),
                                 QStringLiteral("line one\nline two"), QStringLiteral("العربية"), QString() }) {
        const QString shown = TextRules::visible(text);
        QCOMPARE(shown, text);
        QCOMPARE(shown.constData(), text.constData()); // no copy for the common case
    }
}

void TestTextRules::sentencesRunTogetherAsEachLanguageWrites()
{
    QCOMPARE(TextRules::sentences({ QStringLiteral("The time is wrong."), QStringLiteral(" Check the format. ") }),
             QStringLiteral("The time is wrong. Check the format."));
    QCOMPARE(TextRules::sentences({ QStringLiteral("日時が正しくありません。"), QStringLiteral("形式を確認してください。") }),
             QStringLiteral("日時が正しくありません。形式を確認してください。"));
    QCOMPARE(TextRules::sentences({ QString(), QStringLiteral("Only."), QStringLiteral("  ") }), QStringLiteral("Only."));
}

void TestTextRules::listsFollowTheLanguage()
{
    const QStringList names { QStringLiteral("Aoi"), QStringLiteral("Ren") };
    Language::apply(QStringLiteral("en"));
    QCOMPARE(TextRules::list(names), QStringLiteral("Aoi, Ren"));
    Language::apply(QStringLiteral("ja"));
    QCOMPARE(TextRules::list(names), QStringLiteral("Aoi、Ren"));
    Language::apply(QStringLiteral("en"));
    QCOMPARE(TextRules::list({}), QString());
}

QTEST_GUILESS_MAIN(TestTextRules)
#include "tst_textrules.moc"
