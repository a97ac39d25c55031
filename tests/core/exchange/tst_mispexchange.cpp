#include "IncidentFixture.h"

#include "exchange/JsonExchange.h"
#include "exchange/MispExchange.h"
#include "incidents/IncidentJournal.h"
#include "incidents/Observables.h"
#include "incidents/Taxonomy.h"
#include "workspace/SqlUtil.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace csirtkit;

namespace {

const QString SamplePath = QStringLiteral(CSIRTKIT_SOURCE_DIR "/tests/data/misp/sample-event.json");

QByteArray sample()
{
    QFile file(SamplePath);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// Which categories the MISP core format allows for each type we write (draft-dulaunoy-misp-core-format,
// "type": the list of valid category-type combinations).
const QHash<QString, QStringList> &allowedCategories()
{
    static const QHash<QString, QStringList> map = {
        { QStringLiteral("ip-dst"), { QStringLiteral("Network activity"), QStringLiteral("Payload delivery"), QStringLiteral("External analysis") } },
        { QStringLiteral("domain"), { QStringLiteral("Network activity"), QStringLiteral("Payload delivery"), QStringLiteral("External analysis") } },
        { QStringLiteral("url"), { QStringLiteral("Network activity"), QStringLiteral("Payload delivery"), QStringLiteral("External analysis") } },
        { QStringLiteral("email"), { QStringLiteral("Network activity"), QStringLiteral("Payload delivery"), QStringLiteral("Attribution"),
                                     QStringLiteral("Social network"), QStringLiteral("Person") } },
        { QStringLiteral("md5"), { QStringLiteral("Payload delivery"), QStringLiteral("Artifacts dropped"), QStringLiteral("Payload installation"),
                                   QStringLiteral("External analysis") } },
        { QStringLiteral("sha1"), { QStringLiteral("Payload delivery"), QStringLiteral("Artifacts dropped"), QStringLiteral("Payload installation"),
                                    QStringLiteral("External analysis") } },
        { QStringLiteral("sha256"), { QStringLiteral("Payload delivery"), QStringLiteral("Artifacts dropped"), QStringLiteral("Payload installation"),
                                      QStringLiteral("External analysis") } },
        { QStringLiteral("filename"), { QStringLiteral("Payload delivery"), QStringLiteral("Artifacts dropped"), QStringLiteral("Payload installation"),
                                        QStringLiteral("External analysis"), QStringLiteral("Persistence mechanism") } },
        { QStringLiteral("vulnerability"), { QStringLiteral("Payload delivery"), QStringLiteral("External analysis"), QStringLiteral("Payload installation") } },
        { QStringLiteral("regkey"), { QStringLiteral("Persistence mechanism"), QStringLiteral("Artifacts dropped"), QStringLiteral("External analysis") } },
        { QStringLiteral("target-user"), { QStringLiteral("Targeting data") } },
        { QStringLiteral("text"), { QStringLiteral("Other"), QStringLiteral("Internal reference"), QStringLiteral("Network activity"),
                                    QStringLiteral("Payload delivery"), QStringLiteral("External analysis") } },
    };
    return map;
}

const QList<std::pair<Observable::Type, QString>> &everyType()
{
    static const QList<std::pair<Observable::Type, QString>> list = {
        { Observable::Type::IPv4, QStringLiteral("192.0.2.66") }, { Observable::Type::IPv6, QStringLiteral("2001:db8::66") },
        { Observable::Type::Cidr, QStringLiteral("198.51.100.0/24") }, { Observable::Type::Domain, QStringLiteral("evil.example") },
        { Observable::Type::Url, QStringLiteral("https://evil.example/pay") }, { Observable::Type::Email, QStringLiteral("ransom@evil.example") },
        { Observable::Type::Md5, QStringLiteral("0123456789abcdef0123456789abcdef") },
        { Observable::Type::Sha1, QStringLiteral("0123456789abcdef0123456789abcdef01234567") },
        { Observable::Type::Sha256, QString(64, QLatin1Char('a')) }, { Observable::Type::FileName, QStringLiteral("READ ME.txt") },
        { Observable::Type::Account, QStringLiteral("CORP\\backup-svc") }, { Observable::Type::Cve, QStringLiteral("CVE-2024-3094") },
        { Observable::Type::RegistryKey, QStringLiteral("HKLM\\Software\\Run\\x") }, { Observable::Type::Text, QStringLiteral("Signed \"Team X\"") },
    };
    return list;
}

QMap<QString, qint64> counts(Workspace &w)
{
    QMap<QString, qint64> result;
    for (const char *table : { "incident", "observable", "journal_entry", "incident_fts", "change_log" })
        result.insert(QLatin1String(table), sql::scalar(w.db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toLongLong());
    return result;
}

QStringList observablesOf(Workspace &w, qint64 incident)
{
    QStringList list;
    for (const ObservableRow &row : Observables(w).list(incident).value())
        list << Observable::key(row.type) + QLatin1Char(' ') + row.value + QLatin1Char(' ') + row.note;
    list.sort();
    return list;
}

QString typeName(const QJsonValue &v)
{
    return v.isString() ? QStringLiteral("string") : v.isBool() ? QStringLiteral("bool") : v.isArray() ? QStringLiteral("array")
         : v.isObject() ? QStringLiteral("object") : v.isNull() ? QStringLiteral("null") : QStringLiteral("number");
}

} // namespace

class TestMispExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void mappings();
    void sampleEventImports();
    void exportFollowsTheCoreFormat();
    void observablesRoundTrip();
    void everyRsitTypeRoundTrips();
    void severalEventsUseTheResponseEnvelope();
    void tlpCeiling();
    void badFilesAreRefusedAndWriteNothing_data();
    void badFilesAreRefusedAndWriteNothing();

private:
    qint64 richIncident(Workspace &w, const QString &tlp = QStringLiteral("TLP:AMBER+STRICT"))
    {
        IncidentDraft d;
        d.title = QStringLiteral("Phishing wave against finance");
        d.rsitClass = QStringLiteral("fraud");
        d.rsitType = QStringLiteral("phishing");
        d.tlp = tlp;
        d.occurredUtc = QDateTime(QDate(2026, 2, 9), QTime(23, 30), QTimeZone::UTC);
        const qint64 id = IncidentRepository(w).create(d, QStringLiteral("Aiko")).value();
        for (const auto &[type, value] : everyType())
            Observables(w).add(id, type, value, QStringLiteral("note for ") + Observable::key(type)).value();
        return id;
    }
    static QByteArray exported(Workspace &w, const ExportScope &scope, ExportSummary *summary = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = MispExchange(w).write(buffer, scope);
        if (written && summary)
            *summary = *written;
        return written ? buffer.data() : QByteArray();
    }
    static Result<ImportReport> importBytes(Workspace &w, const QByteArray &bytes, bool write = true)
    {
        QBuffer buffer;
        buffer.setData(bytes);
        buffer.open(QIODevice::ReadOnly);
        return write ? MispExchange(w).import(buffer, QStringLiteral("Aiko")) : MispExchange(w).validate(buffer);
    }
};

void TestMispExchange::mappings()
{
    QCOMPARE(MispExchange::tlpTag(QStringLiteral("TLP:AMBER+STRICT")), QStringLiteral("tlp:amber+strict"));
    QCOMPARE(MispExchange::tlpFromTag(QStringLiteral("tlp:clear")), QStringLiteral("TLP:CLEAR"));
    QCOMPARE(MispExchange::tlpFromTag(QStringLiteral("tlp:white")), QStringLiteral("TLP:CLEAR"));
    QCOMPARE(MispExchange::tlpFromTag(QStringLiteral("TLP:RED")), QStringLiteral("TLP:RED"));
    QVERIFY(MispExchange::tlpFromTag(QStringLiteral("tlp:ex:chr")).isEmpty());
    QCOMPARE(MispExchange::rsitTag(QStringLiteral("malicious-code"), QStringLiteral("c2-server")), QStringLiteral("rsit:malicious-code=\"c2-server\""));
    // MISP's taxonomy writes "unauthorized", the RSIT reference "unauthorised": both read, MISP's written.
    QCOMPARE(MispExchange::rsitTag(QStringLiteral("fraud"), QStringLiteral("unauthorised-use-of-resources")),
             QStringLiteral("rsit:fraud=\"unauthorized-use-of-resources\""));
    for (const QString &tag : { QStringLiteral("rsit:fraud=\"unauthorized-use-of-resources\""), QStringLiteral("rsit:fraud=\"unauthorised-use-of-resources\"") })
        QCOMPARE(MispExchange::rsitFromTag(tag), std::optional(std::pair { QStringLiteral("fraud"), QStringLiteral("unauthorised-use-of-resources") }));
    QVERIFY(!MispExchange::rsitFromTag(QStringLiteral("rsit:fraud=\"ransom\"")));
    QVERIFY(!MispExchange::rsitFromTag(QStringLiteral("rsit:fraud")));
    for (const auto &[type, value] : everyType()) {
        const auto misp = MispExchange::attributeType(type);
        QVERIFY2(allowedCategories().value(misp.type).contains(misp.category), qPrintable(misp.type + QLatin1Char('/') + misp.category));
        QCOMPARE(MispExchange::observableType(misp.type, value), std::optional(type)); // the way back is the same type
    }
    QVERIFY(!MispExchange::observableType(QStringLiteral("filename|sha256"), QStringLiteral("a|b")));
    const QUuid event = MispExchange::eventUuid(QStringLiteral("00112233445566778899aabbccddeeff"), QStringLiteral("INC-2026-0001"));
    QCOMPARE(event.version(), QUuid::Sha1);
    QCOMPARE(event, MispExchange::eventUuid(QStringLiteral("00112233445566778899aabbccddeeff"), QStringLiteral("INC-2026-0001")));
    QVERIFY(event != MispExchange::eventUuid(QStringLiteral("00112233445566778899aabbccddeeff"), QStringLiteral("INC-2026-0002")));
}

void TestMispExchange::sampleEventImports()
{
    fixtures::Incidents f;
    auto report = importBytes(*f.workspace, sample(), false);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY2(report->ok(), qPrintable(report->text()));
    QCOMPARE(report->records, 1);
    QCOMPARE(report->toCreate, 1);
    // The composite type and the impossible address are left out, and said so; the revoked one silently.
    QCOMPARE(report->issues.size(), 2);
    QCOMPARE(report->issues.at(0).field, QStringLiteral("Attribute 8"));
    QVERIFY(report->issues.at(0).problem.contains(QStringLiteral("filename|sha256")));
    QCOMPARE(report->issues.at(1).field, QStringLiteral("Attribute 12"));
    QVERIFY(!report->issues.at(1).blocking);

    auto imported = importBytes(*f.workspace, sample());
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    const Incident incident = IncidentRepository(*f.workspace).incident(f.second + 1).value();
    QCOMPARE(incident.title, QStringLiteral("Phishing mails imitating the payroll portal"));
    QCOMPARE(incident.tlp, QStringLiteral("TLP:AMBER+STRICT"));
    QCOMPARE(incident.rsitClass, QStringLiteral("fraud"));
    QCOMPARE(incident.rsitType, QStringLiteral("phishing"));
    QCOMPARE(incident.channel, QStringLiteral("external_csirt"));
    QCOMPARE(incident.occurredUtc, QDateTime(QDate(2026, 2, 10), QTime(0, 0), QTimeZone::UTC));
    QCOMPARE(sql::scalar(f.workspace->db(), QStringLiteral("SELECT external_id FROM incident WHERE id = ?"), { incident.id })->toString(),
             QStringLiteral("misp:3f6e2b1c-8d4a-4c2e-9b7f-1a2b3c4d5e6f"));
    const QStringList observables = observablesOf(*f.workspace, incident.id);
    QCOMPARE(observables.size(), 13);
    for (const QString &expected : { QStringLiteral("email payroll@invoice-portal.example Sender of the mails"),
                                     QStringLiteral("cidr 198.51.100.0/24 Hosting range"), QStringLiteral("ipv6 2001:db8:12::7 Mail relay"),
                                     QStringLiteral("md5 5d41402abc4b2a76b9719d911017c592 "), QStringLiteral("filename salary-statement.pdf.exe "),
                                     QStringLiteral("account FINANCE\\k.sato "), QStringLiteral("cve CVE-2024-21413 Exploited by the attachment") })
        QVERIFY2(observables.contains(expected), qPrintable(observables.join(QLatin1Char('\n'))));
    QVERIFY(IncidentJournal(*f.workspace).entries(incident.id)->last().text.contains(QStringLiteral("3f6e2b1c")));

    // Importing it again adds nothing.
    const auto rows = counts(*f.workspace);
    auto again = importBytes(*f.workspace, sample());
    QVERIFY(again);
    QCOMPARE(again->duplicates, 1);
    QCOMPARE(again->toCreate, 0);
    auto after = counts(*f.workspace);
    after.remove(QStringLiteral("change_log"));
    auto before = rows;
    before.remove(QStringLiteral("change_log"));
    QCOMPARE(after, before);
}

void TestMispExchange::exportFollowsTheCoreFormat()
{
    fixtures::Incidents f;
    const qint64 id = richIncident(*f.workspace);
    const QByteArray bytes = exported(*f.workspace, { { id }, {} });
    QCOMPARE(bytes, exported(*f.workspace, { { id }, {} })); // deterministic
    const QJsonObject file = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(file.keys(), QStringList { QStringLiteral("Event") });
    const QJsonObject event = file.value(QLatin1String("Event")).toObject();
    const QJsonObject reference = QJsonDocument::fromJson(sample()).object().value(QLatin1String("Event")).toObject();
    QVERIFY(!reference.isEmpty());
    // Every key is one the format defines (the sample uses the same keys), with the same JSON type.
    const auto sameShape = [](const QJsonObject &ours, const QJsonObject &theirs, const QString &what) {
        for (auto it = ours.begin(); it != ours.end(); ++it) {
            QVERIFY2(theirs.contains(it.key()), qPrintable(what + QLatin1Char('.') + it.key()));
            QCOMPARE(typeName(*it), typeName(theirs.value(it.key())));
        }
    };
    sameShape(event, reference, QStringLiteral("Event"));
    for (const char *required : { "uuid", "info", "date", "threat_level_id", "analysis", "distribution", "timestamp", "published",
                                  "publish_timestamp", "Attribute", "Tag" })
        QVERIFY2(event.contains(QLatin1String(required)), required);
    const QRegularExpression uuid(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    const QString ident = IncidentRepository(*f.workspace).incident(id)->ident;
    QCOMPARE(event.value(QLatin1String("uuid")).toString(),
             MispExchange::eventUuid(JsonExchange::workspaceId(f.workspace->db()).value(), ident).toString(QUuid::WithoutBraces));
    QVERIFY(uuid.match(event.value(QLatin1String("uuid")).toString()).hasMatch());
    QCOMPARE(event.value(QLatin1String("info")).toString(), QStringLiteral("Phishing wave against finance"));
    QCOMPARE(event.value(QLatin1String("date")).toString(), QStringLiteral("2026-02-09"));
    QVERIFY(QStringList({ QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4") }).contains(event.value(QLatin1String("threat_level_id")).toString()));
    QCOMPARE(event.value(QLatin1String("analysis")).toString(), QStringLiteral("0")); // new: initial
    QCOMPARE(event.value(QLatin1String("distribution")).toString(), QStringLiteral("0")); // AMBER+STRICT: own organisation
    QVERIFY(digits.match(event.value(QLatin1String("timestamp")).toString()).hasMatch());
    QStringList tags;
    for (const QJsonValue &tag : event.value(QLatin1String("Tag")).toArray()) {
        sameShape(tag.toObject(), reference.value(QLatin1String("Tag")).toArray().at(0).toObject(), QStringLiteral("Tag"));
        tags << tag[QLatin1String("name")].toString();
    }
    QCOMPARE(tags, QStringList({ QStringLiteral("tlp:amber+strict"), QStringLiteral("rsit:fraud=\"phishing\"") }));
    const QJsonArray attributes = event.value(QLatin1String("Attribute")).toArray();
    QCOMPARE(attributes.size(), everyType().size());
    QCOMPARE(event.value(QLatin1String("attribute_count")).toString(), QString::number(attributes.size()));
    const QJsonObject referenceAttribute = reference.value(QLatin1String("Attribute")).toArray().at(0).toObject();
    QSet<QString> uuids;
    for (const QJsonValue &a : attributes) {
        sameShape(a.toObject(), referenceAttribute, QStringLiteral("Attribute"));
        for (const char *required : { "uuid", "type", "category", "value", "to_ids", "timestamp" })
            QVERIFY2(a.toObject().contains(QLatin1String(required)), required);
        const QString type = a[QLatin1String("type")].toString();
        QVERIFY2(allowedCategories().value(type).contains(a[QLatin1String("category")].toString()), qPrintable(type));
        QVERIFY(uuid.match(a[QLatin1String("uuid")].toString()).hasMatch());
        QVERIFY(digits.match(a[QLatin1String("timestamp")].toString()).hasMatch());
        uuids.insert(a[QLatin1String("uuid")].toString());
    }
    QCOMPARE(uuids.size(), attributes.size());
    QCOMPARE(attributes.at(0)[QLatin1String("type")].toString(), QStringLiteral("ip-dst"));
    QCOMPARE(attributes.at(0)[QLatin1String("category")].toString(), QStringLiteral("Network activity"));
    QCOMPARE(attributes.at(0)[QLatin1String("to_ids")].toBool(), true);
    QCOMPARE(attributes.at(2)[QLatin1String("value")].toString(), QStringLiteral("198.51.100.0/24"));
    QCOMPARE(attributes.at(10)[QLatin1String("type")].toString(), QStringLiteral("target-user"));
    QCOMPARE(attributes.at(11)[QLatin1String("type")].toString(), QStringLiteral("vulnerability"));
}

void TestMispExchange::observablesRoundTrip()
{
    fixtures::Incidents source;
    const qint64 id = richIncident(*source.workspace);
    const QByteArray bytes = exported(*source.workspace, { { id }, {} });
    fixtures::Incidents target;
    auto report = importBytes(*target.workspace, bytes);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY2(report->issues.isEmpty(), qPrintable(report->text()));
    const Incident imported = IncidentRepository(*target.workspace).incident(target.second + 1).value();
    QCOMPARE(observablesOf(*target.workspace, imported.id), observablesOf(*source.workspace, id));
    QCOMPARE(imported.tlp, QStringLiteral("TLP:AMBER+STRICT"));
    QCOMPARE(imported.rsitType, QStringLiteral("phishing"));
    // The event keeps its uuid on the way back out, as the format requires.
    const QJsonObject again = QJsonDocument::fromJson(exported(*target.workspace, { { imported.id }, {} })).object();
    QCOMPARE(again[QLatin1String("Event")][QLatin1String("uuid")], QJsonDocument::fromJson(bytes).object()[QLatin1String("Event")][QLatin1String("uuid")]);
}

// Every class and type of the taxonomy leaves as a MISP tag and comes back as itself, digits
// ("c2-server") included.
void TestMispExchange::everyRsitTypeRoundTrips()
{
    fixtures::Incidents source;
    QList<qint64> ids;
    QList<std::pair<QString, QString>> expected;
    for (const RsitClass &rsit : Taxonomy::instance().rsit())
        for (const TaxonomyTerm &type : rsit.types) {
            QCOMPARE(MispExchange::rsitFromTag(MispExchange::rsitTag(rsit.term.key, type.key)),
                     std::optional(std::pair { rsit.term.key, type.key }));
            IncidentDraft d;
            d.title = rsit.term.key + QLatin1Char('/') + type.key;
            d.rsitClass = rsit.term.key;
            d.rsitType = type.key;
            ids << IncidentRepository(*source.workspace).create(d, QStringLiteral("Aiko")).value();
            expected.append({ rsit.term.key, type.key });
        }
    QVERIFY(expected.contains(std::pair { QStringLiteral("malicious-code"), QStringLiteral("c2-server") }));
    const QByteArray bytes = exported(*source.workspace, { ids, {} });
    fixtures::Incidents target;
    auto report = importBytes(*target.workspace, bytes);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY2(report->issues.isEmpty(), qPrintable(report->text()));
    for (qsizetype i = 0; i < expected.size(); ++i) {
        const Incident imported = IncidentRepository(*target.workspace).incident(target.second + 1 + i).value();
        QCOMPARE(std::pair(imported.rsitClass, imported.rsitType), expected.at(i));
    }
}

void TestMispExchange::severalEventsUseTheResponseEnvelope()
{
    fixtures::Incidents f;
    ExportSummary summary;
    const QJsonObject file = QJsonDocument::fromJson(exported(*f.workspace, {}, &summary)).object();
    QCOMPARE(summary.incidents, 2);
    const QJsonArray response = file.value(QLatin1String("response")).toArray();
    QCOMPARE(response.size(), 2);
    for (const QJsonValue &e : response)
        QVERIFY(e[QLatin1String("Event")][QLatin1String("info")].isString());
    // Both come in as new incidents elsewhere; the same event twice in a file counts once.
    QJsonArray doubled = response;
    doubled.append(response.at(0));
    fixtures::Incidents target;
    auto report = importBytes(*target.workspace, QJsonDocument(QJsonObject { { QStringLiteral("response"), doubled } }).toJson());
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->records, 3);
    QCOMPARE(report->toCreate, 2);
    QCOMPARE(report->duplicates, 1);
    QCOMPARE(IncidentRepository(*target.workspace).count().value(), qint64(4));
}

void TestMispExchange::tlpCeiling()
{
    fixtures::Incidents f;
    const qint64 red = richIncident(*f.workspace, QStringLiteral("TLP:RED"));
    ExportSummary summary;
    const QJsonObject file = QJsonDocument::fromJson(exported(*f.workspace, { { f.first, red }, QStringLiteral("TLP:AMBER") }, &summary)).object();
    QCOMPARE(summary.incidents, 1);
    QCOMPARE(summary.omitted.size(), 1);
    QVERIFY(summary.omitted.first().contains(QStringLiteral("TLP:RED, above the TLP:AMBER ceiling")));
    QCOMPARE(file[QLatin1String("Event")][QLatin1String("info")].toString(), QStringLiteral("Phishing mail to finance"));
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto refused = MispExchange(*f.workspace).write(buffer, { { red }, QStringLiteral("TLP:GREEN") });
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Nothing to export")), qPrintable(refused.error().message));
    QVERIFY(buffer.data().isEmpty());
}

void TestMispExchange::badFilesAreRefusedAndWriteNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    QByteArray noUuid = sample();
    noUuid.replace("\"uuid\": \"3f6e2b1c-8d4a-4c2e-9b7f-1a2b3c4d5e6f\"", "\"uuid\": \"not-a-uuid\"");
    QByteArray noInfo = sample();
    noInfo.replace("\"info\": \"Phishing mails imitating the payroll portal\"", "\"info\": \"  \"");
    QTest::newRow("not json") << QByteArray("<xml/>") << QStringLiteral("not valid JSON");
    QTest::newRow("cut off") << sample().left(900) << QStringLiteral("not valid JSON");
    QTest::newRow("other json") << QByteArray(R"({"type": "bundle", "objects": []})") << QStringLiteral("not a MISP event file");
    QTest::newRow("no uuid") << noUuid << QStringLiteral("no valid uuid");
    QTest::newRow("no info") << noInfo << QStringLiteral("no info");
    QTest::newRow("not an event") << QByteArray(R"({"response": [{"Event": {}}, {"Attribute": []}]})") << QStringLiteral("Record 2: It is not a MISP event");
    // Control characters are refused, with the record and the field (issue #10).
    QByteArray nulInfo = sample();
    nulInfo.replace("\"info\": \"Phishing mails", "\"info\": \"Phishing\\u0000 mails");
    QTest::newRow("NUL in info") << nulInfo << QStringLiteral("Record 1, info: The info contains the control character U+0000");
    QByteArray nulValue = sample();
    nulValue.replace("\"value\": \"invoice-portal.example\"", "\"value\": \"invoice-portal.example\\u0000.evil\"");
    QTest::newRow("NUL in an attribute") << nulValue << QStringLiteral("Record 1, Attribute 2: The value contains the control character U+0000");
    QByteArray escComment = sample();
    escComment.replace("\"comment\": \"Mail relay\"", "\"comment\": \"Mail\\u001b[2J relay\"");
    QTest::newRow("escape in a comment") << escComment << QStringLiteral("The comment contains the control character U+001B");
    QByteArray ancient = sample();
    ancient.replace("\"date\": \"2026-02-10\"", "\"date\": \"0001-01-01\"");
    QTest::newRow("date in year 1") << ancient << QStringLiteral("Record 1, date: 0001-01-01T00:00:00Z is before 1970");
    QString wide = QString::fromUtf8(sample());
    QByteArray utf16("\xFF\xFE");
    for (const QChar c : std::as_const(wide))
        utf16 += char(c.unicode() & 0xFF), utf16 += char(c.unicode() >> 8);
    QTest::newRow("UTF-16") << utf16 << QStringLiteral("Save it again as UTF-8");
}

void TestMispExchange::badFilesAreRefusedAndWriteNothing()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, expected);
    fixtures::Incidents f;
    const auto rows = counts(*f.workspace);
    auto report = importBytes(*f.workspace, bytes, false);
    QVERIFY(report);
    QVERIFY(!report->ok());
    QVERIFY2(report->text().contains(expected), qPrintable(report->text()));
    auto refused = importBytes(*f.workspace, bytes);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(expected), qPrintable(refused.error().message));
    QCOMPARE(counts(*f.workspace), rows);
}

QTEST_GUILESS_MAIN(TestMispExchange)
#include "tst_mispexchange.moc"
