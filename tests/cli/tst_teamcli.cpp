#include "CliRun.h"
#include "Fixtures.h"

#include "team/PeopleRepository.h"
#include "team/TeamRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

using namespace csirtkit;
using fixtures::runCli;

// csirtkit-cli team: the contract of the issue (subcommands, options, --json keys, exit codes).
class TestTeamCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rolesJsonCarriesTheContractKeys();
    void peopleJson();
    void gapsExitZeroUnlessStrict();
    void raciJson();
    void staffingMatchesTheIssueExample();
    void staffingRefusesBadParameters();
    void rotaWritesICalendarAndNeverReplacesUnasked();
    void planWritesEachFormat();
    void badUsage();

private:
    QJsonArray jsonArray(const QStringList &args);
    QTemporaryDir m_dir;
    QString m_demo;
};

void TestTeamCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_demo = m_dir.filePath(QStringLiteral("demo.csirt"));
    const auto made = runCli({ QStringLiteral("demo"), m_demo });
    QVERIFY2(made.code == 0, qPrintable(made.err));
}

QJsonArray TestTeamCli::jsonArray(const QStringList &args)
{
    const auto r = runCli(QStringList { QStringLiteral("team"), m_demo } + args + QStringList { QStringLiteral("--json") });
    if (r.code != 0)
        qWarning() << r.err;
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

void TestTeamCli::rolesJsonCarriesTheContractKeys()
{
    const QJsonArray roles = jsonArray({ QStringLiteral("roles") });
    QCOMPARE(roles.size(), 18);
    for (const QJsonValue &v : roles)
        for (const char *key : { "id", "name_en", "name_ja", "group", "holder", "deputies" })
            QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
    QJsonObject handler;
    for (const QJsonValue &v : roles)
        if (v.toObject().value(QLatin1String("id")).toString() == QLatin1String("incident_handler"))
            handler = v.toObject();
    QCOMPARE(handler.value(QLatin1String("name_ja")).toString(), QStringLiteral("インシデントハンドラー"));
    QCOMPARE(handler.value(QLatin1String("holder")).toString(), QStringLiteral("Tom Okafor"));
    QCOMPARE(handler.value(QLatin1String("deputies")).toArray().first().toString(), QStringLiteral("Sam Patel"));
}

void TestTeamCli::peopleJson()
{
    const QJsonArray people = jsonArray({ QStringLiteral("people") });
    QCOMPARE(people.size(), 8);
    const QJsonObject first = people.first().toObject();
    QCOMPARE(first.value(QLatin1String("name")).toString(), QStringLiteral("Daniel Brooks"));
    QCOMPARE(first.value(QLatin1String("share")).toInt(), 40);
    QVERIFY(first.value(QLatin1String("roles")).toArray().size() >= 2);
}

void TestTeamCli::gapsExitZeroUnlessStrict()
{
    const QJsonArray gaps = jsonArray({ QStringLiteral("gaps") });
    QStringList kinds;
    for (const QJsonValue &v : gaps) {
        for (const char *key : { "kind", "role", "person", "message" })
            QVERIFY2(v.toObject().contains(QLatin1String(key)), key);
        kinds << v.toObject().value(QLatin1String("kind")).toString();
    }
    QVERIFY(kinds.contains(QStringLiteral("no_holder")));
    QVERIFY(kinds.contains(QStringLiteral("overload")));
    const auto text = runCli({ QStringLiteral("team"), m_demo, QStringLiteral("gaps") });
    QCOMPARE(text.code, 0);
    QVERIFY(text.out.contains(QStringLiteral("Curator has no holder.")));
    QCOMPARE(runCli({ QStringLiteral("team"), m_demo, QStringLiteral("gaps"), QStringLiteral("--strict") }).code, 1);
    const QString empty = m_dir.filePath(QStringLiteral("empty.csirt"));
    QCOMPARE(runCli({ QStringLiteral("new"), empty, QStringLiteral("--name"), QStringLiteral("Org") }).code, 0);
    // A new workspace has every gap of a minimal team: --strict fails there too; Japanese messages with --lang ja.
    const auto ja = runCli({ QStringLiteral("team"), empty, QStringLiteral("gaps"), QStringLiteral("--strict"), QStringLiteral("--lang"), QStringLiteral("ja") });
    QCOMPARE(ja.code, 1);
    QVERIFY2(ja.out.contains(QStringLiteral("コマンダー")), qPrintable(ja.out));
}

void TestTeamCli::raciJson()
{
    const QJsonArray raci = jsonArray({ QStringLiteral("raci") });
    QCOMPARE(raci.size(), 15);
    const QJsonObject first = raci.first().toObject();
    QCOMPARE(first.value(QLatin1String("activity")).toString(), QStringLiteral("report_intake"));
    QCOMPARE(first.value(QLatin1String("roles")).toObject().value(QLatin1String("incident_manager")).toString(), QStringLiteral("A"));
}

void TestTeamCli::staffingMatchesTheIssueExample()
{
    const auto r = runCli({ QStringLiteral("team"), m_demo, QStringLiteral("staffing"), QStringLiteral("--model"), QStringLiteral("24x7"),
                            QStringLiteral("--seats"), QStringLiteral("1"), QStringLiteral("--hours-per-week"), QStringLiteral("40"),
                            QStringLiteral("--leave-days"), QStringLiteral("20"), QStringLiteral("--holidays"), QStringLiteral("16"),
                            QStringLiteral("--training-days"), QStringLiteral("5"), QStringLiteral("--sick-days"), QStringLiteral("5"),
                            QStringLiteral("--json") });
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QCOMPARE(o.value(QLatin1String("hours_to_cover")).toDouble(), 8736.0);
    QCOMPARE(o.value(QLatin1String("productive_hours")).toDouble(), 1712.0);
    QCOMPARE(o.value(QLatin1String("fte_needed")).toDouble(), 5.1);
    QCOMPARE(o.value(QLatin1String("fte_available")).toDouble(), 2.4); // the demo's agreed shares
    QCOMPARE(o.value(QLatin1String("shortfall")).toDouble(), 2.7);
    const auto text = runCli({ QStringLiteral("team"), m_demo, QStringLiteral("staffing"), QStringLiteral("--model"),
                               QStringLiteral("business-hours"), QStringLiteral("--seats"), QStringLiteral("2") });
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(QStringLiteral("FTE needed: 1.21 FTE × 2 seats = 2.4 FTE")), qPrintable(text.out));
}

void TestTeamCli::staffingRefusesBadParameters()
{
    auto r = runCli({ QStringLiteral("team"), m_demo, QStringLiteral("staffing"), QStringLiteral("--model"), QStringLiteral("nights") });
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("Unknown model")));
    r = runCli({ QStringLiteral("team"), m_demo, QStringLiteral("staffing"), QStringLiteral("--seats"), QStringLiteral("0") });
    QCOMPARE(r.code, 2);
    r = runCli({ QStringLiteral("team"), m_demo, QStringLiteral("staffing"), QStringLiteral("--leave-days"), QStringLiteral("many") });
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains(QStringLiteral("--leave-days must be a number")));
}

void TestTeamCli::rotaWritesICalendarAndNeverReplacesUnasked()
{
    const QString ics = m_dir.filePath(QStringLiteral("rota.ics"));
    const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
    const QStringList args = { QStringLiteral("team"), m_demo, QStringLiteral("rota"), QStringLiteral("--from"), monday.toString(Qt::ISODate),
                               QStringLiteral("--to"), monday.addDays(27).toString(Qt::ISODate), QStringLiteral("--output"), ics };
    auto r = runCli(args);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(ics);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("BEGIN:VCALENDAR\r\n"));
    QCOMPARE(bytes.count("BEGIN:VEVENT"), 8); // four weeks, a primary and a secondary each
    QVERIFY(bytes.contains(QByteArray("UID:rota-" + monday.toString(QStringLiteral("yyyyMMdd")).toLatin1() + "-primary@")));
    const QByteArray before = fixtures::sha256(ics);
    r = runCli(args);
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains(QStringLiteral("already exists")));
    QCOMPARE(fixtures::sha256(ics), before);
    // The workspace itself is never a target.
    r = runCli({ QStringLiteral("team"), m_demo, QStringLiteral("rota"), QStringLiteral("--from"), monday.toString(Qt::ISODate),
                 QStringLiteral("--to"), monday.toString(Qt::ISODate), QStringLiteral("--output"), m_demo, QStringLiteral("--force") });
    QCOMPARE(r.code, 1);
    r = runCli({ QStringLiteral("team"), m_demo, QStringLiteral("rota"), QStringLiteral("--from"), QStringLiteral("2027-13-01"),
                 QStringLiteral("--to"), QStringLiteral("2027-01-01"), QStringLiteral("--output"), m_dir.filePath(QStringLiteral("x.ics")) });
    QCOMPARE(r.code, 2);
}

void TestTeamCli::planWritesEachFormat()
{
    for (const QString &format : { QStringLiteral("md"), QStringLiteral("html"), QStringLiteral("pdf"), QStringLiteral("odt") }) {
        const QString out = m_dir.filePath(QStringLiteral("plan.") + format);
        const auto r = runCli({ QStringLiteral("team"), m_demo, QStringLiteral("plan"), QStringLiteral("--format"), format,
                                QStringLiteral("--output"), out, QStringLiteral("--lang"), QStringLiteral("ja") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(out).size() > 1000);
    }
    QFile md(m_dir.filePath(QStringLiteral("plan.md")));
    QVERIFY(md.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(md.readAll());
    QVERIFY(text.contains(QStringLiteral("TLP:AMBER")));
    QVERIFY(text.contains(QStringLiteral("インシデントハンドラー")));
    QVERIFY(!text.contains(QStringLiteral("t.okafor@example.com"))); // contact details only when asked for
    const QString withContacts = m_dir.filePath(QStringLiteral("contacts.md"));
    QCOMPARE(runCli({ QStringLiteral("team"), m_demo, QStringLiteral("plan"), QStringLiteral("--format"), QStringLiteral("md"),
                      QStringLiteral("--output"), withContacts, QStringLiteral("--contacts") }).code, 0);
    QFile contacts(withContacts);
    QVERIFY(contacts.open(QIODevice::ReadOnly));
    QVERIFY(contacts.readAll().contains("t.okafor@example.com"));
}

void TestTeamCli::badUsage()
{
    QCOMPARE(runCli({ QStringLiteral("team"), m_demo, QStringLiteral("everything") }).code, 2);
    QCOMPARE(runCli({ QStringLiteral("team"), m_demo }).code, 2);
    const auto missing = runCli({ QStringLiteral("team"), m_dir.filePath(QStringLiteral("none.csirt")), QStringLiteral("roles") });
    QCOMPARE(missing.code, 1);
}

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
