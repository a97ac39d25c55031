#include "exchange/CsvFormat.h"

#include <QStringDecoder>
#include <QTest>

using namespace csirtkit;

using Records = QList<QStringList>;

class TestCsvFormat : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void neutralisesFormulaCells_data();
    void neutralisesFormulaCells();
    void quotesWhatNeedsQuoting();
    void quotingRoundTrip();
    void readsLineEndingsAndBlankLines();
    void detectsBomAndDelimiter_data();
    void detectsBomAndDelimiter();
    void leniencyAndErrors();
    void sizeLimits();
    void otherEncodings();
};

void TestCsvFormat::neutralisesFormulaCells_data()
{
    QTest::addColumn<QString>("cell");
    QTest::addColumn<bool>("neutralised");
    QTest::newRow("hyperlink") << QStringLiteral("=HYPERLINK(\"http://evil.example/\",\"Click\")") << true;
    QTest::newRow("plus") << QStringLiteral("+1") << true;
    QTest::newRow("minus") << QStringLiteral("-2+3") << true;
    QTest::newRow("negative number") << QStringLiteral("-5") << true;
    QTest::newRow("at") << QStringLiteral("@SUM(A1)") << true;
    QTest::newRow("tab") << QStringLiteral("\tx") << true;
    QTest::newRow("cr") << QStringLiteral("\rx") << true;
    QTest::newRow("text") << QStringLiteral("Phishing mail to finance") << false;
    QTest::newRow("formula later") << QStringLiteral("a=b+c-d@e") << false;
    QTest::newRow("japanese") << QStringLiteral("不審なメール") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("apostrophe") << QStringLiteral("'quoted") << false;
}

void TestCsvFormat::neutralisesFormulaCells()
{
    QFETCH(QString, cell);
    QFETCH(bool, neutralised);
    QCOMPARE(CsvFormat::needsNeutralising(cell.toUtf8()), neutralised);
    QCOMPARE(CsvFormat::neutralised(cell), neutralised ? QLatin1Char('\'') + cell : cell);
    // Written and read back, the cell starts with the apostrophe, so no spreadsheet runs it.
    auto records = CsvFormat::parse(QByteArrayLiteral("header\r\n") + CsvFormat::record({ cell }));
    QVERIFY2(records.ok(), qPrintable(records.ok() ? QString() : records.error().message));
    if (cell.isEmpty()) {
        QCOMPARE(records->size(), 1); // an empty line is no record
        return;
    }
    QCOMPARE(records->size(), 2);
    QCOMPARE(records->at(1), QStringList { CsvFormat::neutralised(cell) });
}

void TestCsvFormat::quotesWhatNeedsQuoting()
{
    QCOMPARE(CsvFormat::record({ QStringLiteral("plain"), QStringLiteral("a,b"), QStringLiteral("say \"hi\""),
                                 QStringLiteral("two\nlines"), QStringLiteral("crlf\r\nend"), QString() }),
             QByteArrayLiteral("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\"crlf\r\nend\",\r\n"));
    QCOMPARE(CsvFormat::record({ QStringLiteral("=1,2"), QStringLiteral("\rx") }), QByteArrayLiteral("\"'=1,2\",\"'\rx\"\r\n"));
    QCOMPARE(CsvFormat::record({ QStringLiteral("a;b"), QStringLiteral("c,d") }, ';'), QByteArrayLiteral("\"a;b\";c,d\r\n"));
    QCOMPARE(CsvFormat::record({ QStringLiteral("a\tb"), QStringLiteral("c") }, '\t'), QByteArrayLiteral("\"a\tb\"\tc\r\n"));
    QCOMPARE(CsvFormat::record({ QStringLiteral("件名"), QStringLiteral("概要") }), QStringLiteral("件名,概要\r\n").toUtf8());
}

void TestCsvFormat::quotingRoundTrip()
{
    const Records records = {
        { QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("note") },
        { QStringLiteral("Quotes \"inside\""), QStringLiteral("Line one\nLine two\r\nLine three"), QString() },
        { QStringLiteral("Comma, semicolon; tab\there"), QStringLiteral("\"\""), QStringLiteral(" spaces kept ") },
        { QStringLiteral("フィッシング"), QStringLiteral("経理部、総務部"), QStringLiteral("😀") },
    };
    for (const char delimiter : { ',', ';', '\t' }) {
        QByteArray bytes;
        for (const QStringList &r : records)
            bytes += CsvFormat::record(r, delimiter);
        auto read = CsvFormat::parse(bytes);
        QVERIFY(read.ok());
        QCOMPARE(*read, records);
    }
}

void TestCsvFormat::readsLineEndingsAndBlankLines()
{
    auto read = CsvFormat::parse("a,b\r\n1,2\n3,4\r5,6\r\n\r\n\n7,\n,8");
    QVERIFY(read.ok());
    const Records expected = { { QStringLiteral("a"), QStringLiteral("b") }, { QStringLiteral("1"), QStringLiteral("2") },
                               { QStringLiteral("3"), QStringLiteral("4") }, { QStringLiteral("5"), QStringLiteral("6") },
                               { QStringLiteral("7"), QString() },         { QString(), QStringLiteral("8") } };
    QCOMPARE(*read, expected);
    // A trailing delimiter at the very end is an empty last field.
    auto trailing = CsvFormat::parse("a,b\r\n1,");
    QVERIFY(trailing.ok());
    QCOMPARE(trailing->last(), (QStringList { QStringLiteral("1"), QString() }));
}

void TestCsvFormat::detectsBomAndDelimiter_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<char>("delimiter");
    QTest::addColumn<bool>("bom");
    QTest::addColumn<QString>("first");
    QTest::newRow("comma") << QByteArray("a,b,c\r\n1,2,3\r\n") << ',' << false << QStringLiteral("a");
    QTest::newRow("semicolon") << QByteArray("a;b;c\r\n1;2,5;3\r\n") << ';' << false << QStringLiteral("a");
    QTest::newRow("tab") << QByteArray("a\tb\r\n1\t2\r\n") << '\t' << false << QStringLiteral("a");
    QTest::newRow("comma, semicolons in text") << QByteArray("a,b\r\n\"x;y\",z;w\r\n1,2\r\n") << ',' << false << QStringLiteral("a");
    QTest::newRow("bom") << QByteArray("\xEF\xBB\xBF" "a;b\r\n1;2\r\n") << ';' << true << QStringLiteral("a");
    QTest::newRow("sep line") << QByteArray("sep=;\r\na,b;c\r\n") << ';' << false << QStringLiteral("a,b");
    QTest::newRow("one column") << QByteArray("title\r\nx\r\n") << ',' << false << QStringLiteral("title");
}

void TestCsvFormat::detectsBomAndDelimiter()
{
    QFETCH(QByteArray, bytes);
    QFETCH(char, delimiter);
    QFETCH(bool, bom);
    auto text = CsvFormat::decode(bytes);
    QVERIFY(text.ok());
    QCOMPARE(text->delimiter, delimiter);
    QCOMPARE(text->bom, bom);
    QCOMPARE(text->encoding, QStringLiteral("UTF-8"));
    QVERIFY(!text->utf8.startsWith("\xEF\xBB\xBF"));
    QVERIFY(!text->utf8.startsWith("sep="));
    auto records = CsvFormat::parse(bytes);
    QVERIFY(records.ok());
    QFETCH(QString, first);
    QCOMPARE(records->first().first(), first); // no BOM, no "sep="
}

void TestCsvFormat::leniencyAndErrors()
{
    // A quotation mark inside an unquoted field, and text after a closing quote, are kept.
    auto lenient = CsvFormat::parse("a,b\r\nsay \"hi\",\"quoted\" tail\r\n");
    QVERIFY(lenient.ok());
    QCOMPARE(lenient->at(1), (QStringList { QStringLiteral("say \"hi\""), QStringLiteral("quoted tail") }));

    auto unclosed = CsvFormat::parse("a,b\r\n1,2\r\n3,\"never closed\r\n4,5\r\n");
    QVERIFY(!unclosed.ok());
    QCOMPARE(unclosed.error().code, ErrorCode::Invalid);
    QVERIFY2(unclosed.error().message.contains(QStringLiteral("Row 3 (line 3)")), qPrintable(unclosed.error().message));
    QVERIFY(unclosed.error().message.contains(QStringLiteral("quotation mark")));

    // The reader stops at the error and reports the record it was reading.
    const QByteArray text = "a\r\n\"x\r\ny\"\r\n\"open";
    CsvFormat::Reader reader(text, ',');
    QStringList fields;
    QVERIFY(reader.next(fields));
    QVERIFY(reader.next(fields));
    QCOMPARE(fields, QStringList { QStringLiteral("x\r\ny") });
    QVERIFY(!reader.next(fields));
    QVERIFY(reader.failed());
    QCOMPARE(reader.record(), 3);
    QVERIFY(reader.error().message.contains(QStringLiteral("line 4")));
    QVERIFY(!reader.next(fields));
}

void TestCsvFormat::sizeLimits()
{
    QByteArray longField = "a\r\n" + QByteArray(CsvFormat::MaxFieldBytes + 1, 'x') + "\r\n";
    auto tooLong = CsvFormat::parse(longField);
    QVERIFY(!tooLong.ok());
    QVERIFY2(tooLong.error().message.contains(QStringLiteral("longer than 1024 KiB")), qPrintable(tooLong.error().message));
    QVERIFY(CsvFormat::parse("a\r\n" + QByteArray(CsvFormat::MaxFieldBytes, 'x')).ok());

    QByteArray wide = QByteArray(CsvFormat::MaxColumns, ',');
    auto tooWide = CsvFormat::parse(wide);
    QVERIFY(!tooWide.ok());
    QVERIFY(tooWide.error().message.contains(QStringLiteral("more than 10000 columns")));
    QVERIFY(CsvFormat::parse(QByteArray(CsvFormat::MaxColumns - 1, ',')).ok());

    QByteArray huge(CsvFormat::MaxInputBytes + 1, 'a');
    auto tooBig = CsvFormat::decode(huge);
    QVERIFY(!tooBig.ok());
    QVERIFY(tooBig.error().message.contains(QStringLiteral("larger than 50 MiB")));
}

void TestCsvFormat::otherEncodings()
{
    // UTF-16 little endian with BOM, as Excel's "Unicode text" saves it (tab-separated).
    const QString utf16Text = QStringLiteral("件名\t概要\r\nテスト\t本文\r\n");
    QByteArray utf16 = QByteArrayLiteral("\xFF\xFE");
    for (const QChar c : utf16Text) {
        utf16 += char(c.unicode() & 0xff);
        utf16 += char(c.unicode() >> 8);
    }
    auto fromUtf16 = CsvFormat::decode(utf16);
    QVERIFY(fromUtf16.ok());
    QCOMPARE(fromUtf16->encoding, QStringLiteral("UTF-16"));
    QCOMPARE(fromUtf16->delimiter, '\t');
    QCOMPARE(CsvFormat::parse(utf16).value(), (Records { { QStringLiteral("件名"), QStringLiteral("概要") },
                                                  { QStringLiteral("テスト"), QStringLiteral("本文") } }));

    // Shift_JIS (code page 932), as Excel on Japanese Windows saves "CSV (comma delimited)".
    if (!QStringDecoder("windows-31j").isValid() && !QStringDecoder("Shift_JIS").isValid())
        QSKIP("This Qt has no Shift_JIS decoder (built without ICU).");
    const QByteArray sjis = "\x8c\x8f\x96\xbc,\x96{\x95\xb6\r\n\x83" "e\x83X\x83g,\x82\xa0\x82\xa2\x82\xa4\r\n";
    auto fromSjis = CsvFormat::decode(sjis);
    QVERIFY(fromSjis.ok());
    QCOMPARE(fromSjis->encoding, QStringLiteral("Shift_JIS"));
    QCOMPARE(CsvFormat::parse(sjis).value(), (Records { { QStringLiteral("件名"), QStringLiteral("本文") },
                                                 { QStringLiteral("テスト"), QStringLiteral("あいう") } }));
}

QTEST_GUILESS_MAIN(TestCsvFormat)
#include "tst_csvformat.moc"
