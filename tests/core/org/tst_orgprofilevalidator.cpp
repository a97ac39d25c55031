#include "org/OrgProfileValidator.h"

#include <QTest>

using namespace csirtkit;
using F = OrgProfile::Field;

class TestOrgProfileValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void nameIsRequiredAndTrimmed();
    void email_data();
    void email();
    void fingerprintIsNormalised();
    void fingerprintRejectsBadInput_data();
    void fingerprintRejectsBadInput();
    void timeZoneMustBeKnown();
    void overlongTextIsRefused();
    void notesKeepTheirWhitespace();
};

void TestOrgProfileValidator::nameIsRequiredAndTrimmed()
{
    QCOMPARE(OrgProfileValidator::validate(F::Name, QStringLiteral("  ACME CSIRT \n")).value(), QStringLiteral("ACME CSIRT"));
    auto empty = OrgProfileValidator::validate(F::Name, QStringLiteral("   "));
    QVERIFY(!empty);
    QVERIFY(empty.error().message.contains(QStringLiteral("cannot be empty")));
}

void TestOrgProfileValidator::email_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << QStringLiteral("csirt@example.org") << true;
    QTest::newRow("subdomain") << QStringLiteral("pgp-team@csirt.example.co.jp") << true;
    QTest::newRow("empty allowed") << QString() << true;
    QTest::newRow("no at") << QStringLiteral("csirt.example.org") << false;
    QTest::newRow("no dot in domain") << QStringLiteral("csirt@localhost") << false;
    QTest::newRow("space") << QStringLiteral("cs irt@example.org") << false;
    QTest::newRow("two ats") << QStringLiteral("a@b@example.org") << false;
}

void TestOrgProfileValidator::email()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    auto result = OrgProfileValidator::validate(F::Email, input);
    QCOMPARE(result.ok(), valid);
    if (!valid)
        QVERIFY(result.error().message.contains(QStringLiteral("name@example.org")));
}

void TestOrgProfileValidator::fingerprintIsNormalised()
{
    const QString v4 = QStringLiteral("0x8f3a 1b2c3d4e5f60718293a4b5c6:d7e8f90a1b2c");
    QCOMPARE(OrgProfileValidator::validate(F::PgpFingerprint, v4).value(),
             QStringLiteral("8F3A 1B2C 3D4E 5F60 7182 93A4 B5C6 D7E8 F90A 1B2C"));
    const QString v5 = QString(QStringLiteral("ab")).repeated(32);
    auto r5 = OrgProfileValidator::validate(F::PgpFingerprint, v5);
    QVERIFY(r5);
    QCOMPARE(r5->size(), 64 + 15);
    QCOMPARE(OrgProfileValidator::validate(F::PgpFingerprint, QStringLiteral("  ")).value(), QString());
}

void TestOrgProfileValidator::fingerprintRejectsBadInput_data()
{
    QTest::addColumn<QString>("input");
    QTest::newRow("short id") << QStringLiteral("1B2C3D4E");
    QTest::newRow("not hex") << QStringLiteral("ZZ3A 1B2C 3D4E 5F60 7182 93A4 B5C6 D7E8 F90A 1B2C");
    QTest::newRow("41 digits") << QStringLiteral("8F3A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C1");
}

void TestOrgProfileValidator::fingerprintRejectsBadInput()
{
    QFETCH(QString, input);
    auto result = OrgProfileValidator::validate(F::PgpFingerprint, input);
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Invalid);
    QVERIFY(result.error().message.contains(QStringLiteral("40 hexadecimal digits")));
}

void TestOrgProfileValidator::timeZoneMustBeKnown()
{
    QCOMPARE(OrgProfileValidator::validate(F::TimeZone, QStringLiteral("Asia/Tokyo")).value(), QStringLiteral("Asia/Tokyo"));
    auto bad = OrgProfileValidator::validate(F::TimeZone, QStringLiteral("Mars/Olympus_Mons"));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("Mars/Olympus_Mons")));
}

void TestOrgProfileValidator::overlongTextIsRefused()
{
    auto result = OrgProfileValidator::validate(F::Mission, QString(OrgProfileValidator::MaxLength + 1, QLatin1Char('x')));
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QStringLiteral("too long")));
}

void TestOrgProfileValidator::notesKeepTheirWhitespace()
{
    const QString notes = QStringLiteral("# Notes\n\n    code block\n");
    QCOMPARE(OrgProfileValidator::validate(F::Notes, notes).value(), notes);
}

QTEST_GUILESS_MAIN(TestOrgProfileValidator)
#include "tst_orgprofilevalidator.moc"
