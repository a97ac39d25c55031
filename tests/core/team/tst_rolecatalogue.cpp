// The shipped role catalogue: the NCA roles in both languages, with skills and services that
// exist, and team templates whose RACI has one A and at least one R per activity; a catalogue
// that breaks these rules is refused with a sentence naming what is wrong.

#include "team/RoleCatalogue.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace csirtkit;

class TestRoleCatalogue : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shippedRolesAreTheNcaEighteen();
    void templatesHaveAValidRaci();
    void brokenCataloguesAreRefused_data();
    void brokenCataloguesAreRefused();

private:
    static QJsonObject shipped()
    {
        QFile file(QStringLiteral(":/content/roles.json"));
        RoleCatalogue::instance(); // registers the resources
        return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
    }
};

void TestRoleCatalogue::shippedRolesAreTheNcaEighteen()
{
    const RoleCatalogue &c = RoleCatalogue::instance();
    QCOMPARE(c.roles().size(), 18);
    QCOMPARE(std::count_if(c.roles().cbegin(), c.roles().cend(), [](const TeamRole &r) { return r.addedLater; }), 3);
    QVERIFY(c.role(QStringLiteral("poc")));
    QCOMPARE(c.role(QStringLiteral("poc"))->title.ja, QStringLiteral("社外PoC / 社内PoC"));
    QVERIFY(c.role(QStringLiteral("incident_handler")) && c.role(QStringLiteral("incident_handler"))->minimal);
    int minimal = 0;
    for (const TeamRole &r : c.roles()) {
        QVERIFY2(!r.title.en.isEmpty() && !r.title.ja.isEmpty() && !r.duties.ja.isEmpty(), qPrintable(r.key));
        QVERIFY2(r.skills.size() >= 3, qPrintable(r.key));
        QVERIFY2(!r.services.isEmpty(), qPrintable(r.key));
        minimal += r.minimal ? 1 : 0;
    }
    QVERIFY(minimal >= 5 && minimal < 18);
    QCOMPARE(c.groups().size(), 5);
    QVERIFY(c.skills().size() >= 15);
    for (const TeamSkill &s : c.skills())
        QVERIFY2(s.kind == QLatin1String("personal") || s.kind == QLatin1String("technical"), qPrintable(s.key));
}

void TestRoleCatalogue::templatesHaveAValidRaci()
{
    const RoleCatalogue &c = RoleCatalogue::instance();
    QCOMPARE(c.templates().size(), 4);
    for (const char *key : { "virtual_3_5", "small_dedicated", "medium_24x7", "group_csirt" })
        QVERIFY2(c.teamTemplate(QLatin1String(key)), key);
    QCOMPARE(c.activities().size(), 15);
    for (const TeamTemplate &t : c.templates()) {
        QVERIFY(t.minPeople > 0 && t.minPeople <= t.maxPeople);
        for (const TeamActivity &a : c.activities())
            QCOMPARE(t.raci.value(a.key).values().count(QLatin1Char('A')), 1);
    }
    // The organisational model chosen in the phase guide preselects a team shape.
    QCOMPARE(c.templateForOrgModel(QStringLiteral("jpcert_cross_department"))->key, QStringLiteral("virtual_3_5"));
    QVERIFY(!c.templateForOrgModel(QStringLiteral("no_such_model")));
}

void TestRoleCatalogue::brokenCataloguesAreRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("expected");
    QTest::newRow("unknown skill") << QStringLiteral("skill") << QStringLiteral("unknown skill");
    QTest::newRow("unknown service") << QStringLiteral("service") << QStringLiteral("not in the service catalogue");
    QTest::newRow("two accountable") << QStringLiteral("twoA") << QStringLiteral("exactly one A");
    QTest::newRow("nobody responsible") << QStringLiteral("noR") << QStringLiteral("at least one R");
    QTest::newRow("role outside the template") << QStringLiteral("stranger") << QStringLiteral("not one of its roles");
    QTest::newRow("no Japanese title") << QStringLiteral("noJa") << QStringLiteral("English and Japanese");
    QTest::newRow("not JSON") << QStringLiteral("json") << QStringLiteral("not valid JSON");
}

void TestRoleCatalogue::brokenCataloguesAreRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, expected);
    QJsonObject root = shipped();
    QVERIFY(RoleCatalogue::parse(QJsonDocument(root).toJson()).ok()); // the shipped file as it is
    QJsonArray roles = root.value(QLatin1String("roles")).toArray();
    QJsonObject first = roles.at(0).toObject();
    QJsonArray templates = root.value(QLatin1String("templates")).toArray();
    QJsonObject shape = templates.at(0).toObject();
    QJsonObject raci = shape.value(QLatin1String("raci")).toObject();
    QJsonObject row = raci.value(QLatin1String("triage")).toObject();
    const QString someRole = shape.value(QLatin1String("roles")).toArray().at(0).toString();
    if (change == QLatin1String("skill"))
        first.insert(QStringLiteral("skills"), QJsonArray { QJsonObject { { QStringLiteral("skill"), QStringLiteral("juggling") },
                                                                          { QStringLiteral("level"), 2 } } });
    else if (change == QLatin1String("service"))
        first.insert(QStringLiteral("services"), QJsonArray { QStringLiteral("no_area.no_service") });
    else if (change == QLatin1String("noJa"))
        first.insert(QStringLiteral("title"), QJsonObject { { QStringLiteral("en"), QStringLiteral("PoC") } });
    else if (change == QLatin1String("twoA") || change == QLatin1String("noR")) {
        for (const QString &key : row.keys())
            row.insert(key, change == QLatin1String("twoA") ? QStringLiteral("A") : QStringLiteral("I"));
        if (change == QLatin1String("noR"))
            row.insert(someRole, QStringLiteral("A"));
    } else if (change == QLatin1String("stranger")) {
        row.insert(QStringLiteral("nobody_here"), QStringLiteral("C"));
    }
    roles.replace(0, first);
    raci.insert(QStringLiteral("triage"), row);
    shape.insert(QStringLiteral("raci"), raci);
    templates.replace(0, shape);
    root.insert(QStringLiteral("roles"), roles);
    root.insert(QStringLiteral("templates"), templates);
    const QByteArray json = change == QLatin1String("json") ? QByteArray("{ \"roles\": [") : QJsonDocument(root).toJson();
    auto parsed = RoleCatalogue::parse(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().message.contains(expected), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestRoleCatalogue)
#include "tst_rolecatalogue.moc"
