// How spreadsheet text reads as incident fields: column names, TLP spellings, dates, neutralised cells.
#include "exchange/CsvValues.h"

#include <QTest>

using namespace csirtkit;

class TestCsvValues : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void columnNamesInEitherLanguage();
    void tlpSpellings();
    void datesInEveryFormat_data();
    void datesInEveryFormat();
    void cellsLoseTheNeutralisingApostrophe();
    void vocabularyKnowsBothLanguages();
};

void TestCsvValues::columnNamesInEitherLanguage()
{
    QCOMPARE(CsvValues::headerKey(QStringLiteral("Occurred (UTC)")), QStringLiteral("occurred"));
    QCOMPARE(CsvValues::synonyms().value(CsvValues::headerKey(QStringLiteral("件名"))), QStringLiteral("title"));
    QCOMPARE(CsvValues::synonyms().value(CsvValues::headerKey(QStringLiteral(" Reported By "))), QStringLiteral("reporter"));
    QCOMPARE(CsvValues::synonyms().value(CsvValues::headerKey(QStringLiteral("JPCERT/CC分類"))), QStringLiteral("jpcert"));
    QVERIFY(CsvValues::synonyms().value(CsvValues::headerKey(QStringLiteral("Favourite colour"))).isEmpty());
    QCOMPARE(CsvValues::folded(QStringLiteral("ＨＩＧＨ ")), QStringLiteral("high"));
}

void TestCsvValues::tlpSpellings()
{
    QCOMPARE(CsvValues::tlpLabel(QStringLiteral("tlp:amber")), QStringLiteral("TLP:AMBER"));
    QCOMPARE(CsvValues::tlpLabel(QStringLiteral("AMBER+STRICT")), QStringLiteral("TLP:AMBER+STRICT"));
    QCOMPARE(CsvValues::tlpLabel(QStringLiteral("TLP-WHITE")), QStringLiteral("TLP:CLEAR"));
    QCOMPARE(CsvValues::tlpLabel(QStringLiteral("purple")), QString());
    QCOMPARE(CsvValues::tlpLabel(QString()), QString());
}

void TestCsvValues::datesInEveryFormat_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("utc"); // empty: not a date
    QTest::newRow("iso with zone") << QStringLiteral("2026-02-04T08:09:00Z") << QStringLiteral("dd/MM/yyyy") << QStringLiteral("2026-02-04T08:09:00Z");
    QTest::newRow("iso date in Tokyo") << QStringLiteral("2026-02-04") << QStringLiteral("iso8601") << QStringLiteral("2026-02-03T15:00:00Z");
    QTest::newRow("slashes") << QStringLiteral("2026/2/4 8:09") << QStringLiteral("yyyy/MM/dd") << QStringLiteral("2026-02-03T23:09:00Z");
    QTest::newRow("kanji") << QStringLiteral("2026年2月4日") << QStringLiteral("yyyy年MM月dd日") << QStringLiteral("2026-02-03T15:00:00Z");
    QTest::newRow("full-width") << QStringLiteral("２０２６/０２/０４") << QStringLiteral("yyyy/MM/dd") << QStringLiteral("2026-02-03T15:00:00Z");
    QTest::newRow("month first pm") << QStringLiteral("02/04/2026 1:30 PM") << QStringLiteral("MM/dd/yyyy") << QStringLiteral("2026-02-04T04:30:00Z");
    QTest::newRow("day first") << QStringLiteral("04/02/2026") << QStringLiteral("dd/MM/yyyy") << QStringLiteral("2026-02-03T15:00:00Z");
    QTest::newRow("dotted") << QStringLiteral("04.02.2026") << QStringLiteral("dd.MM.yyyy") << QStringLiteral("2026-02-03T15:00:00Z");
    QTest::newRow("no 13 pm") << QStringLiteral("02/04/2026 13:00 PM") << QStringLiteral("MM/dd/yyyy") << QString();
    QTest::newRow("no 31 February") << QStringLiteral("2026/02/31") << QStringLiteral("yyyy/MM/dd") << QString();
    QTest::newRow("wrong format") << QStringLiteral("04.02.2026") << QStringLiteral("yyyy/MM/dd") << QString();
    QTest::newRow("text") << QStringLiteral("yesterday") << QStringLiteral("iso8601") << QString();
}

void TestCsvValues::datesInEveryFormat()
{
    QFETCH(QString, value);
    QFETCH(QString, format);
    QFETCH(QString, utc);
    const QDateTime read = CsvValues::parseDate(value, format, QTimeZone("Asia/Tokyo"));
    if (utc.isEmpty())
        QVERIFY2(!read.isValid(), qPrintable(read.toString(Qt::ISODate)));
    else
        QCOMPARE(read.toUTC().toString(Qt::ISODate), utc);
}

void TestCsvValues::cellsLoseTheNeutralisingApostrophe()
{
    const QStringList fields = { QStringLiteral("'=SUM(A1)"), QStringLiteral(" plain "), QStringLiteral("'quoted"), QStringLiteral("'+1") };
    QCOMPARE(CsvValues::cell(fields, 0), QStringLiteral("=SUM(A1)"));
    QCOMPARE(CsvValues::cell(fields, 1), QStringLiteral("plain"));
    QCOMPARE(CsvValues::cell(fields, 2), QStringLiteral("'quoted")); // an apostrophe of the text itself stays
    QCOMPARE(CsvValues::cell(fields, 3), QStringLiteral("+1"));
    QCOMPARE(CsvValues::cell(fields, 4), QString());
    QCOMPARE(CsvValues::cell(fields, -1), QString());
}

void TestCsvValues::vocabularyKnowsBothLanguages()
{
    const auto &v = CsvValues::Vocabulary::instance();
    QCOMPARE(v.levels.value(CsvValues::folded(QStringLiteral("High"))), QStringLiteral("high"));
    QVERIFY(!v.channels.isEmpty());
    QVERIFY(!v.classes.isEmpty());
    for (auto it = v.classOfType.cbegin(); it != v.classOfType.cend(); ++it)
        QVERIFY(v.types.value(it.value()).values().contains(it.key()));
}

QTEST_GUILESS_MAIN(TestCsvValues)
#include "tst_csvvalues.moc"
