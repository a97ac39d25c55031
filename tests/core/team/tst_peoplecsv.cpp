#include "team/PeopleCsv.h"

#include <QSet>
#include <QTest>

using namespace csirtkit;

class TestPeopleCsv : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAndGuessesEnglishHeaders();
    void guessesJapaneseHeaders();
    void badRowsAreReportedByRow();
    void duplicatesInFileAndRegister();
    void noNameColumnIsAProblem();
    void emptyFileIsRefused();
};

void TestPeopleCsv::readsAndGuessesEnglishHeaders()
{
    const QByteArray csv = "Name,E-mail,Department,Share,Membership,Start date\r\n"
                           "Aiko Tanaka,aiko@example.com,IT,30%,Virtual member,2026-04-01\r\n"
                           "\"Ren, Jr.\",ren@example.com,Legal,10,external,\r\n";
    auto table = PeopleCsv::read(csv);
    QVERIFY(table);
    QCOMPARE(table->rows.size(), 2);
    const auto mapping = PeopleCsv::guess(table->headers);
    QCOMPARE(mapping.value(0), QStringLiteral("name"));
    QCOMPARE(mapping.value(1), QStringLiteral("email"));
    QCOMPARE(mapping.value(3), QStringLiteral("share"));
    QCOMPARE(mapping.value(5), QStringLiteral("start_date"));
    QList<PeopleCsv::Problem> problems;
    const auto people = PeopleCsv::people(*table, mapping, {}, &problems);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
    QCOMPARE(people.size(), 2);
    QCOMPARE(people.at(0).share, 30);
    QCOMPARE(people.at(0).membership, QStringLiteral("virtual"));
    QCOMPARE(people.at(0).startDate, QDate(2026, 4, 1));
    QCOMPARE(people.at(1).name, QStringLiteral("Ren, Jr."));
    QCOMPARE(people.at(1).membership, QStringLiteral("external"));
}

void TestPeopleCsv::guessesJapaneseHeaders()
{
    const QByteArray csv = QStringLiteral("氏名,メールアドレス,部署,携帯\n佐藤 花子,hanako@example.jp,情報システム部,090-1234-5678\n").toUtf8();
    auto table = PeopleCsv::read(csv);
    QVERIFY(table);
    const auto mapping = PeopleCsv::guess(table->headers);
    QCOMPARE(mapping.value(0), QStringLiteral("name"));
    QCOMPARE(mapping.value(1), QStringLiteral("email"));
    QCOMPARE(mapping.value(2), QStringLiteral("department"));
    QCOMPARE(mapping.value(3), QStringLiteral("phone_mobile"));
}

void TestPeopleCsv::badRowsAreReportedByRow()
{
    const QByteArray csv = "name,email,pgp,share,start_date,time_zone\n"
                           "Good,good@example.com,,50,,Asia/Tokyo\n"
                           "Bad mail,bad@,,20,,\n"
                           "Bad key,key@example.com,1234,20,,\n"
                           "Bad share,share@example.com,,lots,,\n"
                           "Bad date,date@example.com,,10,2026-13-40,\n"
                           "Bad zone,zone@example.com,,10,,Tokyo\n";
    auto table = PeopleCsv::read(csv);
    QVERIFY(table);
    QList<PeopleCsv::Problem> problems;
    PeopleCsv::people(*table, PeopleCsv::guess(table->headers), {}, &problems);
    QList<int> rows;
    for (const auto &p : std::as_const(problems))
        rows << p.row;
    QCOMPARE(rows, (QList<int> { 2, 3, 4, 5, 6 }));
    QVERIFY(problems.at(0).message.contains(QStringLiteral("is not an e-mail address")));
    QVERIFY(problems.at(1).message.contains(QStringLiteral("40 hexadecimal digits")));
    QVERIFY(problems.at(2).message.contains(QStringLiteral("is not a share of working time")));
    QVERIFY(problems.at(3).message.contains(QStringLiteral("is not a date")));
    QVERIFY(problems.at(4).message.contains(QStringLiteral("not a known time zone")));
}

void TestPeopleCsv::duplicatesInFileAndRegister()
{
    const QByteArray csv = "name,email\nA,a@example.com\nB,taken@example.com\nA,other@example.com\nC,A@example.com\n";
    auto table = PeopleCsv::read(csv);
    QList<PeopleCsv::Problem> problems;
    PeopleCsv::people(*table, PeopleCsv::guess(table->headers), { QStringLiteral("taken@example.com") }, &problems);
    QCOMPARE(problems.size(), 3);
    QCOMPARE(problems.at(0).row, 2); // in the register already
    QCOMPARE(problems.at(1).row, 3); // same name twice
    QCOMPARE(problems.at(2).row, 4); // same e-mail as row 1, in other case
}

void TestPeopleCsv::noNameColumnIsAProblem()
{
    auto table = PeopleCsv::read("who,email\nA,a@example.com\n");
    QList<PeopleCsv::Problem> problems;
    PeopleCsv::people(*table, PeopleCsv::guess(table->headers), {}, &problems);
    QVERIFY(!problems.isEmpty());
    QCOMPARE(problems.first().row, 0);
    QVERIFY(problems.first().message.contains(QStringLiteral("names")));
}

void TestPeopleCsv::emptyFileIsRefused()
{
    QVERIFY(!PeopleCsv::read(QByteArray()));
    auto headerOnly = PeopleCsv::read("name,email\n");
    QVERIFY(headerOnly);
    QList<PeopleCsv::Problem> problems;
    PeopleCsv::people(*headerOnly, PeopleCsv::guess(headerOnly->headers), {}, &problems);
    QVERIFY(problems.last().message.contains(QStringLiteral("no people")));
}

QTEST_GUILESS_MAIN(TestPeopleCsv)
#include "tst_peoplecsv.moc"
