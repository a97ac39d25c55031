#include "team/PersonValidator.h"

#include <QTest>

using namespace csirtkit;

class TestPersonValidator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void goodPersonHasNoProblem();
    void badField_data();
    void badField();
    void fingerprintIsNormalisedAndFormatted();
};

namespace {

Person good()
{
    Person p;
    p.name = QStringLiteral("佐藤 花子");
    p.email = QStringLiteral("hanako.sato@example.co.jp");
    p.phoneOffice = QStringLiteral("+81 3-1234-5678");
    p.phoneMobile = QStringLiteral("090-1234-5678");
    p.phone24h = QStringLiteral("03-1234-5678 内線 123");
    p.pgp = QStringLiteral("8F3A 1B2C 3D4E 5F60 7182  93A4 B5C6 D7E8 F90A 1B2C");
    p.timeZone = QStringLiteral("Asia/Tokyo");
    p.startDate = QDate(2024, 4, 1);
    p.share = 30;
    p.skills.insert(QStringLiteral("incident_handling"), 2);
    return PersonValidator::normalised(p);
}

} // namespace

void TestPersonValidator::goodPersonHasNoProblem()
{
    const auto problems = PersonValidator::problems(good());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
}

void TestPersonValidator::badField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("empty name") << "name" << "  " << "Enter the person's name.";
    QTest::newRow("name with a line break") << "name" << "A\nB" << "line break";
    QTest::newRow("e-mail without domain") << "email" << "hanako@" << "is not an e-mail address";
    QTest::newRow("e-mail with a space") << "email" << "hanako sato@example.org" << "is not an e-mail address";
    QTest::newRow("phone with letters") << "phone_mobile" << "call me" << "is not a phone number";
    QTest::newRow("phone too short") << "phone_office" << "12" << "is not a phone number";
    QTest::newRow("fingerprint too short") << "pgp" << "8F3A1B2C" << "this one has 8";
    QTest::newRow("fingerprint not hex") << "pgp" << QString(40, u'Z') << "exactly 40 hexadecimal digits";
    QTest::newRow("time zone") << "time_zone" << "Tokyo/Japan" << "is not a known time zone";
    QTest::newRow("share over 100") << "share" << "101" << "between 0 and 100 %";
    QTest::newRow("unknown skill") << "skills" << "juggling" << "is not a skill of the role catalogue";
    QTest::newRow("skill level 4") << "skills" << "forensics=4" << "Skill levels go from 0 to 3.";
    QTest::newRow("membership") << "membership" << "contractor" << "internal, external or virtual";
}

void TestPersonValidator::badField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    QFETCH(QString, expected);
    Person p = good();
    if (field == QLatin1String("name"))
        p.name = value;
    else if (field == QLatin1String("email"))
        p.email = value;
    else if (field == QLatin1String("phone_mobile"))
        p.phoneMobile = value;
    else if (field == QLatin1String("phone_office"))
        p.phoneOffice = value;
    else if (field == QLatin1String("pgp"))
        p.pgp = value;
    else if (field == QLatin1String("time_zone"))
        p.timeZone = value;
    else if (field == QLatin1String("share"))
        p.share = value.toInt();
    else if (field == QLatin1String("membership"))
        p.membership = value;
    else if (field == QLatin1String("skills"))
        p.skills.insert(value.section(u'=', 0, 0), value.contains(u'=') ? value.section(u'=', 1).toInt() : 1);
    const auto problems = PersonValidator::problems(p);
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().field, field);
    QVERIFY2(problems.first().message.contains(expected), qPrintable(problems.first().message));
}

void TestPersonValidator::fingerprintIsNormalisedAndFormatted()
{
    Person p;
    p.pgp = QStringLiteral("0x8f3a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c");
    p = PersonValidator::normalised(p);
    QCOMPARE(p.pgp, QStringLiteral("8F3A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C"));
    QVERIFY(PersonValidator::isFingerprint(p.pgp));
    QCOMPARE(PersonValidator::formatFingerprint(p.pgp), QStringLiteral("8F3A 1B2C 3D4E 5F60 7182  93A4 B5C6 D7E8 F90A 1B2C"));
    QCOMPARE(good().pgp, p.pgp);
}

QTEST_GUILESS_MAIN(TestPersonValidator)
#include "tst_personvalidator.moc"
