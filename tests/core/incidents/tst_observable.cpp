#include "incidents/Observable.h"

#include <QTest>

using namespace csirtkit;
using T = Observable::Type;

class TestObservable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysRoundTrip();
    void refang_data();
    void refang();
    void validValues_data();
    void validValues();
    void invalidValues_data();
    void invalidValues();
    void defang_data();
    void defang();
    void guessType_data();
    void guessType();
};

void TestObservable::keysRoundTrip()
{
    QCOMPARE(Observable::allTypes().size(), 14);
    for (T t : Observable::allTypes()) {
        QCOMPARE(Observable::fromKey(Observable::key(t)), std::optional<T>(t));
        QVERIFY(!Observable::label(t).isEmpty());
    }
    QVERIFY(!Observable::fromKey(QStringLiteral("nonsense")));
}

void TestObservable::refang_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::newRow("hxxp") << QStringLiteral("hxxp://evil[.]example/x") << QStringLiteral("http://evil.example/x");
    QTest::newRow("hxxps colon") << QStringLiteral("hxxps[:]//evil(.)example") << QStringLiteral("https://evil.example");
    QTest::newRow("email") << QStringLiteral("bad[@]evil[.]example") << QStringLiteral("bad@evil.example");
    QTest::newRow("dot word") << QStringLiteral("evil[dot]example") << QStringLiteral("evil.example");
    QTest::newRow("braces") << QStringLiteral("192{.}0{.}2{.}1") << QStringLiteral("192.0.2.1");
    QTest::newRow("plain") << QStringLiteral("  192.0.2.1 ") << QStringLiteral("192.0.2.1");
}

void TestObservable::refang()
{
    QFETCH(QString, input);
    QFETCH(QString, expected);
    QCOMPARE(Observable::refang(input), expected);
}

void TestObservable::validValues_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("normalised");
    QTest::newRow("ipv4") << int(T::IPv4) << QStringLiteral("192.0.2.10") << QStringLiteral("192.0.2.10");
    QTest::newRow("ipv4 defanged") << int(T::IPv4) << QStringLiteral("192[.]0[.]2[.]10") << QStringLiteral("192.0.2.10");
    QTest::newRow("ipv6") << int(T::IPv6) << QStringLiteral("2001:DB8:0:0::1") << QStringLiteral("2001:db8::1");
    QTest::newRow("cidr") << int(T::Cidr) << QStringLiteral("198.51.100.0/24") << QStringLiteral("198.51.100.0/24");
    QTest::newRow("domain") << int(T::Domain) << QStringLiteral("Mail.Example.COM.") << QStringLiteral("mail.example.com");
    QTest::newRow("idn") << int(T::Domain) << QStringLiteral("例え.jp") << QStringLiteral("xn--r8jz45g.jp");
    QTest::newRow("url") << int(T::Url) << QStringLiteral("hxxps://login.example[.]com/reset?id=1") << QStringLiteral("https://login.example.com/reset?id=1");
    QTest::newRow("email") << int(T::Email) << QStringLiteral("ceo@Example.COM") << QStringLiteral("ceo@example.com");
    QTest::newRow("md5") << int(T::Md5) << QStringLiteral("D41D8CD98F00B204E9800998ECF8427E") << QStringLiteral("d41d8cd98f00b204e9800998ecf8427e");
    QTest::newRow("sha1") << int(T::Sha1) << QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709") << QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709");
    QTest::newRow("sha256") << int(T::Sha256) << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
                            << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("cve") << int(T::Cve) << QStringLiteral("cve-2024-3094") << QStringLiteral("CVE-2024-3094");
    QTest::newRow("regkey") << int(T::RegistryKey) << QStringLiteral("HKLM\\Software\\Run") << QStringLiteral("HKLM\\Software\\Run");
    QTest::newRow("file") << int(T::FileName) << QStringLiteral(" invoice.pdf.exe ") << QStringLiteral("invoice.pdf.exe");
}

void TestObservable::validValues()
{
    QFETCH(int, type);
    QFETCH(QString, input);
    QFETCH(QString, normalised);
    auto result = Observable::validate(T(type), input);
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(*result, normalised);
}

void TestObservable::invalidValues_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("hint");
    QTest::newRow("ipv4 range") << int(T::IPv4) << QStringLiteral("192.0.2.300") << QStringLiteral("0 to 255");
    QTest::newRow("ipv4 short") << int(T::IPv4) << QStringLiteral("10.1") << QStringLiteral("0 to 255");
    QTest::newRow("ipv6 as ipv4") << int(T::IPv6) << QStringLiteral("192.0.2.1") << QStringLiteral("2001:db8::1");
    QTest::newRow("cidr without prefix") << int(T::Cidr) << QStringLiteral("192.0.2.0") << QStringLiteral("prefix length");
    QTest::newRow("domain with scheme") << int(T::Domain) << QStringLiteral("http://example.com") << QStringLiteral("no scheme");
    QTest::newRow("url without scheme") << int(T::Url) << QStringLiteral("example.com/login") << QStringLiteral("scheme");
    QTest::newRow("email two ats") << int(T::Email) << QStringLiteral("a@b@example.com") << QStringLiteral("name@example.com");
    QTest::newRow("md5 short") << int(T::Md5) << QStringLiteral("d41d8cd98f00") << QStringLiteral("32 hexadecimal");
    QTest::newRow("sha256 not hex") << int(T::Sha256) << QString(64, QLatin1Char('z')) << QStringLiteral("64 hexadecimal");
    QTest::newRow("cve pattern") << int(T::Cve) << QStringLiteral("CVE-24-1") << QStringLiteral("CVE-2024-3094");
    QTest::newRow("regkey hive") << int(T::RegistryKey) << QStringLiteral("Software\\Run") << QStringLiteral("hive");
    QTest::newRow("empty") << int(T::Domain) << QStringLiteral("   ") << QStringLiteral("Enter a value");
}

void TestObservable::invalidValues()
{
    QFETCH(int, type);
    QFETCH(QString, input);
    QFETCH(QString, hint);
    auto result = Observable::validate(T(type), input);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QVERIFY2(result.error().message.contains(hint), qPrintable(result.error().message));
}

void TestObservable::defang_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("defanged");
    QTest::newRow("url") << int(T::Url) << QStringLiteral("https://evil.example/a.b/c") << QStringLiteral("hxxps://evil[.]example/a.b/c");
    QTest::newRow("domain") << int(T::Domain) << QStringLiteral("evil.example") << QStringLiteral("evil[.]example");
    QTest::newRow("ipv4") << int(T::IPv4) << QStringLiteral("192.0.2.1") << QStringLiteral("192[.]0[.]2[.]1");
    QTest::newRow("email") << int(T::Email) << QStringLiteral("a@evil.example") << QStringLiteral("a[@]evil[.]example");
    QTest::newRow("hash untouched") << int(T::Md5) << QStringLiteral("d41d8cd98f00b204e9800998ecf8427e") << QStringLiteral("d41d8cd98f00b204e9800998ecf8427e");
}

void TestObservable::defang()
{
    QFETCH(int, type);
    QFETCH(QString, value);
    QFETCH(QString, defanged);
    QCOMPARE(Observable::defang(T(type), value), defanged);
    // Defanged values refang back to the original.
    QCOMPARE(Observable::refang(defanged), value);
}

void TestObservable::guessType_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("type");
    QTest::newRow("url") << QStringLiteral("hxxp://evil[.]example/x") << int(T::Url);
    QTest::newRow("email") << QStringLiteral("a@example.com") << int(T::Email);
    QTest::newRow("ipv4") << QStringLiteral("203.0.113.7") << int(T::IPv4);
    QTest::newRow("ipv6") << QStringLiteral("2001:db8::7") << int(T::IPv6);
    QTest::newRow("cidr") << QStringLiteral("203.0.113.0/24") << int(T::Cidr);
    QTest::newRow("sha256") << QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") << int(T::Sha256);
    QTest::newRow("md5") << QStringLiteral("d41d8cd98f00b204e9800998ecf8427e") << int(T::Md5);
    QTest::newRow("cve") << QStringLiteral("CVE-2021-44228") << int(T::Cve);
    QTest::newRow("domain") << QStringLiteral("update.evil.example") << int(T::Domain);
    QTest::newRow("text") << QStringLiteral("the attacker called twice") << int(T::Text);
}

void TestObservable::guessType()
{
    QFETCH(QString, value);
    QFETCH(int, type);
    QCOMPARE(int(Observable::guessType(value)), type);
}

QTEST_GUILESS_MAIN(TestObservable)
#include "tst_observable.moc"
