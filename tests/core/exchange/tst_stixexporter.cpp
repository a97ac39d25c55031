// StixExporter: the STIX 2.1 bundle — required properties per object type, id formats, references
// that resolve, patterns for every observable type (quotes and backslashes escaped), the TLP 2.0
// marking definitions exactly as published, deterministic ids and bytes, the TLP ceiling.
#include "IncidentFixture.h"
#include "exchange/StixExporter.h"
#include "incidents/Observables.h"
#include "org/OrgProfileRepository.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace csirtkit;
using T = Observable::Type;

namespace {

const QRegularExpression &uuidPart()
{
    static const QRegularExpression re(QStringLiteral(
        "^([a-z0-9-]+)--[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return re;
}

bool isTimestamp(const QJsonValue &value)
{
    static const QRegularExpression re(QStringLiteral(R"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$)"));
    return value.isString() && re.match(value.toString()).hasMatch();
}

// A STIX pattern of one comparison with a string literal: [type:path = 'literal'].
bool isSimplePattern(const QString &pattern)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\[[a-z0-9-]+:[a-z_]+(\.([A-Za-z0-9_]+|'[^']+'))? = '(?:[^'\\]|\\['\\])*'\]$)"));
    return re.match(pattern).hasMatch();
}

QList<QJsonObject> ofType(const QJsonArray &objects, const QString &type)
{
    QList<QJsonObject> found;
    for (const QJsonValue &v : objects)
        if (v.toObject().value(QStringLiteral("type")).toString() == type)
            found << v.toObject();
    return found;
}

QStringList refsOf(const QJsonObject &object)
{
    QStringList refs;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (it.key().endsWith(QLatin1String("_ref")))
            refs << it.value().toString();
        else if (it.key().endsWith(QLatin1String("_refs")))
            for (const QJsonValue &ref : it.value().toArray())
                refs << ref.toString();
    }
    return refs;
}

} // namespace

class TestStixExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void patternsForEveryObservableType_data();
    void patternsForEveryObservableType();
    void observableIdsFollowTheSpec();
    void tlpMarkingDefinitionsAsPublished();
    void bundleHasRequiredPropertiesAndResolvableRefs();
    void exportIsDeterministic();
    void ceilingLeavesIncidentsOut();
    void sharedObservableTakesTheStricterMarking();

private:
    // Two incidents (AMBER with one observable of each type, RED with one), and the organisation.
    struct Data
    {
        fixtures::Incidents f;
        QString firstIdent;
        QString secondIdent;
    };
    static void fill(Data &d);
};

void TestStixExporter::fill(Data &d)
{
    QVERIFY(d.f.workspace);
    Workspace &ws = *d.f.workspace;
    QVERIFY(OrgProfileRepository(ws).setValue(OrgProfile::Field::Email, QStringLiteral("csirt@example.org")));
    IncidentRepository incidents(ws);
    QVERIFY(incidents.setClassification(
        d.f.first, QStringLiteral("fraud"), QStringLiteral("phishing"), QString()));
    QVERIFY(incidents.setText(
        d.f.first, IncidentRepository::TextField::Summary, QStringLiteral("Mail with a link.")));
    QVERIFY(incidents.setTlp(d.f.second, QStringLiteral("TLP:RED")));
    Observables obs(ws);
    const QList<std::pair<T, QString>> values = {
        { T::IPv4, QStringLiteral("198.51.100.3") },
        { T::IPv6, QStringLiteral("2001:db8::1") },
        { T::Cidr, QStringLiteral("192.0.2.0/24") },
        { T::Domain, QStringLiteral("evil.example") },
        { T::Url, QStringLiteral("https://evil.example/login?u='x'") },
        { T::Email, QStringLiteral("o'brien@evil.example") },
        { T::Md5, QStringLiteral("d41d8cd98f00b204e9800998ecf8427e") },
        { T::Sha1, QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709") },
        { T::Sha256, QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855") },
        { T::FileName, QStringLiteral("it's invoice.pdf.exe") },
        { T::Account, QStringLiteral("svc_backup") },
        { T::RegistryKey, QStringLiteral("HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run") },
        { T::Cve, QStringLiteral("CVE-2024-3094") },
        { T::Text, QStringLiteral("The sender signed as \"IT desk\"") },
    };
    for (const auto &[type, value] : values)
        QVERIFY(
            obs.add(d.f.first, type, value, type == T::IPv4 ? QStringLiteral("sender's relay") : QString()));
    QVERIFY(obs.add(d.f.second, T::IPv4, QStringLiteral("198.51.100.3")));
    d.firstIdent = incidents.incident(d.f.first)->ident;
    d.secondIdent = incidents.incident(d.f.second)->ident;
}

void TestStixExporter::patternsForEveryObservableType_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("pattern");
    const auto row = [](const char *name, T type, const QString &value, const QString &pattern) {
        QTest::newRow(name) << int(type) << value << pattern;
    };
    row("ipv4", T::IPv4, QStringLiteral("192.0.2.1"), QStringLiteral("[ipv4-addr:value = '192.0.2.1']"));
    row("ipv6", T::IPv6, QStringLiteral("2001:db8::1"), QStringLiteral("[ipv6-addr:value = '2001:db8::1']"));
    row("cidr4", T::Cidr, QStringLiteral("192.0.2.0/24"),
        QStringLiteral("[ipv4-addr:value = '192.0.2.0/24']"));
    row("cidr6", T::Cidr, QStringLiteral("2001:db8::/32"),
        QStringLiteral("[ipv6-addr:value = '2001:db8::/32']"));
    row("domain", T::Domain, QStringLiteral("evil.example"),
        QStringLiteral("[domain-name:value = 'evil.example']"));
    row("url", T::Url, QStringLiteral("https://evil.example/?q='1'"),
        QStringLiteral("[url:value = 'https://evil.example/?q=\\'1\\'']"));
    row("email", T::Email, QStringLiteral("o'brien@evil.example"),
        QStringLiteral("[email-addr:value = 'o\\'brien@evil.example']"));
    row("md5", T::Md5, QStringLiteral("d41d8cd98f00b204e9800998ecf8427e"),
        QStringLiteral("[file:hashes.MD5 = 'd41d8cd98f00b204e9800998ecf8427e']"));
    row("sha1", T::Sha1, QStringLiteral("da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        QStringLiteral("[file:hashes.'SHA-1' = 'da39a3ee5e6b4b0d3255bfef95601890afd80709']"));
    row("sha256", T::Sha256,
        QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
        QStringLiteral(
            "[file:hashes.'SHA-256' = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855']"));
    row("filename", T::FileName, QStringLiteral("it's.exe"), QStringLiteral("[file:name = 'it\\'s.exe']"));
    row("account", T::Account, QStringLiteral("DOMAIN\\admin"),
        QStringLiteral("[user-account:account_login = 'DOMAIN\\\\admin']"));
    row("regkey", T::RegistryKey, QStringLiteral("hkcu\\Software\\Run"),
        QStringLiteral("[windows-registry-key:key = 'HKEY_CURRENT_USER\\\\Software\\\\Run']"));
    row("cve", T::Cve, QStringLiteral("CVE-2024-3094"), QString());
    row("text", T::Text, QStringLiteral("anything"), QString());
}

void TestStixExporter::patternsForEveryObservableType()
{
    QFETCH(int, type);
    QFETCH(QString, value);
    QFETCH(QString, pattern);
    const QString made = StixExporter::pattern(T(type), value);
    QCOMPARE(made, pattern);
    if (!made.isEmpty())
        QVERIFY2(isSimplePattern(made), qPrintable(made));
}

void TestStixExporter::observableIdsFollowTheSpec()
{
    // The example in STIX 2.1, section 2.9.
    QCOMPARE(StixExporter::observableId(QStringLiteral("ipv4-addr"),
                 { { QStringLiteral("value"), QStringLiteral("198.51.100.3") } }),
        QStringLiteral("ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4"));
    // RFC 8785: members sorted, no white space, only the required escapes.
    const QJsonObject nested { { QStringLiteral("name"), QStringLiteral("a\"b\\c\n日本") },
        { QStringLiteral("hashes"),
            QJsonObject { { QStringLiteral("SHA-256"), QStringLiteral("x") },
                { QStringLiteral("MD5"), QStringLiteral("y") } } } };
    QCOMPARE(StixExporter::canonicalJson(nested),
        QStringLiteral("{\"hashes\":{\"MD5\":\"y\",\"SHA-256\":\"x\"},\"name\":\"a\\\"b\\\\c\\n日本\"}")
            .toUtf8());
    QCOMPARE(StixExporter::timestamp(QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 6), QTimeZone::UTC)),
        QStringLiteral("2026-01-02T03:04:05.006Z"));
}

void TestStixExporter::tlpMarkingDefinitionsAsPublished()
{
    const QList<std::pair<QString, QString>> published = {
        { QStringLiteral("TLP:CLEAR"),
            QStringLiteral("marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487") },
        { QStringLiteral("TLP:GREEN"),
            QStringLiteral("marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb") },
        { QStringLiteral("TLP:AMBER"),
            QStringLiteral("marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421") },
        { QStringLiteral("TLP:AMBER+STRICT"),
            QStringLiteral("marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003") },
        { QStringLiteral("TLP:RED"),
            QStringLiteral("marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1") },
    };
    for (const auto &[label, id] : published) {
        QCOMPARE(StixExporter::markingId(label), id);
        const QJsonObject md = StixExporter::markingDefinition(label);
        QCOMPARE(md.size(), 6);
        QCOMPARE(md.value(QStringLiteral("type")).toString(), QStringLiteral("marking-definition"));
        QCOMPARE(md.value(QStringLiteral("spec_version")).toString(), QStringLiteral("2.1"));
        QCOMPARE(md.value(QStringLiteral("id")).toString(), id);
        QCOMPARE(md.value(QStringLiteral("created")).toString(), QStringLiteral("2022-10-01T00:00:00.000Z"));
        QCOMPARE(md.value(QStringLiteral("name")).toString(), label);
        const QJsonObject ext
            = md.value(QStringLiteral("extensions"))
                  .toObject()
                  .value(QStringLiteral("extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d"))
                  .toObject();
        QCOMPARE(
            ext.value(QStringLiteral("extension_type")).toString(), QStringLiteral("property-extension"));
        QCOMPARE(ext.value(QStringLiteral("tlp_2_0")).toString(), label.mid(4).toLower());
    }
    QVERIFY(StixExporter::markingId(QStringLiteral("TLP:WHITE")).isEmpty());
}

void TestStixExporter::bundleHasRequiredPropertiesAndResolvableRefs()
{
    Data d;
    fill(d);
    if (QTest::currentTestFailed())
        return;
    auto made = StixExporter::bundle(*d.f.workspace, {});
    QVERIFY2(made, qPrintable(made.ok() ? QString() : made.error().message));
    const QJsonObject bundle = made->json;
    QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("bundle"));
    QVERIFY(uuidPart().match(bundle.value(QStringLiteral("id")).toString()).hasMatch());
    const QJsonArray objects = bundle.value(QStringLiteral("objects")).toArray();
    QCOMPARE(made->summary.incidents, 2);
    QVERIFY(made->summary.omitted.isEmpty());

    QSet<QString> ids;
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        const QString id = o.value(QStringLiteral("id")).toString();
        const auto m = uuidPart().match(id);
        QVERIFY2(m.hasMatch(), qPrintable(id));
        QCOMPARE(m.captured(1), o.value(QStringLiteral("type")).toString());
        QVERIFY2(!ids.contains(id), qPrintable(QStringLiteral("duplicate id ") + id));
        ids.insert(id);
        QCOMPARE(o.value(QStringLiteral("spec_version")).toString(), QStringLiteral("2.1"));
    }
    const QStringList required
        = { QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("created_by_ref") };
    const QMap<QString, QStringList> perType = {
        { QStringLiteral("identity"), { QStringLiteral("name"), QStringLiteral("identity_class") } },
        { QStringLiteral("incident"), { QStringLiteral("name"), QStringLiteral("external_references") } },
        { QStringLiteral("indicator"),
            { QStringLiteral("pattern"), QStringLiteral("pattern_type"), QStringLiteral("valid_from") } },
        { QStringLiteral("observed-data"),
            { QStringLiteral("first_observed"), QStringLiteral("last_observed"),
                QStringLiteral("number_observed"), QStringLiteral("object_refs") } },
        { QStringLiteral("relationship"),
            { QStringLiteral("relationship_type"), QStringLiteral("source_ref"),
                QStringLiteral("target_ref") } },
        { QStringLiteral("vulnerability"),
            { QStringLiteral("name"), QStringLiteral("external_references") } },
        { QStringLiteral("note"), { QStringLiteral("content"), QStringLiteral("object_refs") } },
    };
    for (const QJsonValue &v : objects) {
        const QJsonObject o = v.toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        if (type == QLatin1String("marking-definition") || type == QLatin1String("extension-definition"))
            continue; // published objects, checked on their own
        QVERIFY2(o.value(QStringLiteral("object_marking_refs")).toArray().size() == 1, qPrintable(type));
        for (const QString &ref : refsOf(o))
            QVERIFY2(ids.contains(ref), qPrintable(type + QStringLiteral(" refers to a missing ") + ref));
        if (perType.contains(type)) {
            for (const QString &key : required + perType.value(type))
                if (type != QLatin1String("identity") || key != QLatin1String("created_by_ref"))
                    QVERIFY2(o.contains(key), qPrintable(type + QStringLiteral(" lacks ") + key));
            for (const QString &key :
                { QStringLiteral("created"), QStringLiteral("modified"), QStringLiteral("valid_from"),
                    QStringLiteral("first_observed"), QStringLiteral("last_observed") })
                QVERIFY(!o.contains(key) || isTimestamp(o.value(key)));
        }
        if (type == QLatin1String("indicator"))
            QVERIFY2(isSimplePattern(o.value(QStringLiteral("pattern")).toString()),
                qPrintable(o.value(QStringLiteral("pattern")).toString()));
    }

    const QJsonObject identity = ofType(objects, QStringLiteral("identity")).value(0);
    QCOMPARE(identity.value(QStringLiteral("name")).toString(), QStringLiteral("Org"));
    QCOMPARE(identity.value(QStringLiteral("contact_information")).toString(),
        QStringLiteral("csirt@example.org"));
    const QList<QJsonObject> incidents = ofType(objects, QStringLiteral("incident"));
    QCOMPARE(incidents.size(), 2);
    const QJsonObject first = incidents.first();
    QCOMPARE(first.value(QStringLiteral("name")).toString(), QStringLiteral("Phishing mail to finance"));
    QCOMPARE(first.value(QStringLiteral("description")).toString(), QStringLiteral("Mail with a link."));
    const QJsonObject reference
        = first.value(QStringLiteral("external_references")).toArray().first().toObject();
    QCOMPARE(reference.value(QStringLiteral("external_id")).toString(), d.firstIdent);
    QCOMPARE(first.value(QStringLiteral("x_csirtkit_ident")).toString(), d.firstIdent);
    QCOMPARE(first.value(QStringLiteral("x_csirtkit_rsit_class")).toString(), QStringLiteral("fraud"));
    QCOMPARE(first.value(QStringLiteral("x_csirtkit_rsit_type")).toString(), QStringLiteral("phishing"));
    QCOMPARE(first.value(QStringLiteral("x_csirtkit_jpcert_category")).toString(),
        QStringLiteral("phishing_site"));
    QCOMPARE(first.value(QStringLiteral("x_csirtkit_priority")).toString(), QStringLiteral("P3"));
    QCOMPARE(first.value(QStringLiteral("labels")).toArray().first().toString(),
        QStringLiteral("rsit:fraud=\"phishing\""));
    QCOMPARE(first.value(QStringLiteral("object_marking_refs")).toArray().first().toString(),
        StixExporter::markingId(QStringLiteral("TLP:AMBER")));

    // 12 pattern-able observables in the first incident, one in the second.
    QCOMPARE(ofType(objects, QStringLiteral("indicator")).size(), 13);
    QStringList patterns;
    for (const QJsonObject &indicator : ofType(objects, QStringLiteral("indicator")))
        patterns << indicator.value(QStringLiteral("pattern")).toString();
    QVERIFY(patterns.contains(QStringLiteral("[file:name = 'it\\'s invoice.pdf.exe']")));
    QVERIFY(patterns.contains(QStringLiteral(
        "[windows-registry-key:key = "
        "'HKEY_LOCAL_MACHINE\\\\Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Run']")));
    const QJsonObject vulnerability = ofType(objects, QStringLiteral("vulnerability")).value(0);
    QCOMPARE(vulnerability.value(QStringLiteral("name")).toString(), QStringLiteral("CVE-2024-3094"));
    const QJsonObject cve
        = vulnerability.value(QStringLiteral("external_references")).toArray().first().toObject();
    QCOMPARE(cve.value(QStringLiteral("source_name")).toString(), QStringLiteral("cve"));
    QCOMPARE(cve.value(QStringLiteral("external_id")).toString(), QStringLiteral("CVE-2024-3094"));
    QCOMPARE(ofType(objects, QStringLiteral("note")).value(0).value(QStringLiteral("content")).toString(),
        QStringLiteral("The sender signed as \"IT desk\""));
    const QList<QJsonObject> observed = ofType(objects, QStringLiteral("observed-data"));
    QCOMPARE(observed.size(), 2);
    QCOMPARE(observed.first().value(QStringLiteral("object_refs")).toArray().size(), 12);
    QCOMPARE(
        ofType(objects, QStringLiteral("ipv4-addr")).size(), 2); // the address and the CIDR block, shared
    QCOMPARE(ofType(objects, QStringLiteral("file")).size(), 4);
    QVERIFY(ids.contains(QStringLiteral("ipv4-addr--28bb3599-77cd-5a82-a950-b5bc3caf07c4")));
    for (const QJsonObject &r : ofType(objects, QStringLiteral("relationship")))
        QVERIFY(QStringList({ QStringLiteral("related-to"), QStringLiteral("based-on") })
                    .contains(r.value(QStringLiteral("relationship_type")).toString()));

    // Markings: the definitions used are in the bundle, exactly as published.
    const QList<QJsonObject> markings = ofType(objects, QStringLiteral("marking-definition"));
    QCOMPARE(markings.size(), 3); // CLEAR (identity), AMBER, RED
    for (const QJsonObject &md : markings)
        QCOMPARE(md, StixExporter::markingDefinition(md.value(QStringLiteral("name")).toString()));
    QCOMPARE(ofType(objects, QStringLiteral("extension-definition"))
                 .value(0)
                 .value(QStringLiteral("id"))
                 .toString(),
        StixExporter::tlpExtensionId());
}

void TestStixExporter::exportIsDeterministic()
{
    Data d;
    fill(d);
    if (QTest::currentTestFailed())
        return;
    QBuffer a;
    QBuffer b;
    QVERIFY(a.open(QIODevice::WriteOnly) && b.open(QIODevice::WriteOnly));
    auto first = StixExporter::write(*d.f.workspace, {}, a);
    auto second = StixExporter::write(*d.f.workspace, {}, b);
    QVERIFY(first && second);
    QVERIFY(a.data().size() > 1000);
    QCOMPARE(a.data(), b.data());
    QVERIFY(QJsonDocument::fromJson(a.data()).isObject());
    // A change to one incident changes only what depends on it; the ids of the others stay.
    const QJsonObject before = QJsonDocument::fromJson(a.data()).object();
    QVERIFY(IncidentRepository(*d.f.workspace)
                .setText(d.f.first, IncidentRepository::TextField::Title, QStringLiteral("Renamed")));
    auto again = StixExporter::bundle(*d.f.workspace, {});
    QVERIFY(again);
    QSet<QString> idsBefore;
    QSet<QString> idsAfter;
    for (const QJsonValue &v : before.value(QStringLiteral("objects")).toArray())
        idsBefore.insert(v.toObject().value(QStringLiteral("id")).toString());
    for (const QJsonValue &v : again->json.value(QStringLiteral("objects")).toArray())
        idsAfter.insert(v.toObject().value(QStringLiteral("id")).toString());
    QCOMPARE(idsAfter, idsBefore);
}

void TestStixExporter::ceilingLeavesIncidentsOut()
{
    Data d;
    fill(d);
    if (QTest::currentTestFailed())
        return;
    auto made = StixExporter::bundle(*d.f.workspace, { {}, QStringLiteral("TLP:AMBER") });
    QVERIFY(made);
    QCOMPARE(made->summary.incidents, 1);
    QCOMPARE(made->summary.omitted,
        QStringList {
            QStringLiteral("%1 is TLP:RED, above the TLP:AMBER ceiling: left out.").arg(d.secondIdent) });
    const QByteArray json = QJsonDocument(made->json).toJson();
    QVERIFY(!json.contains(StixExporter::markingId(QStringLiteral("TLP:RED")).toLatin1()));
    QVERIFY(!json.contains(d.secondIdent.toLatin1()));
    QCOMPARE(
        ofType(made->json.value(QStringLiteral("objects")).toArray(), QStringLiteral("incident")).size(), 1);

    // Only the chosen incidents; none at all under TLP:CLEAR.
    auto chosen = StixExporter::bundle(*d.f.workspace, { { d.f.second }, QString() });
    QVERIFY(chosen);
    QCOMPARE(chosen->summary.incidents, 1);
    auto clear = StixExporter::bundle(*d.f.workspace, { {}, QStringLiteral("TLP:CLEAR") });
    QVERIFY(clear);
    QCOMPARE(clear->summary.incidents, 0);
    QCOMPARE(clear->summary.omitted.size(), 2);
    QVERIFY(!StixExporter::bundle(*d.f.workspace, { {}, QStringLiteral("TLP:WHITE") }));
    QCOMPARE(StixExporter::bundle(*d.f.workspace, { { 4242 }, QString() }).error().code, ErrorCode::NotFound);
}

void TestStixExporter::sharedObservableTakesTheStricterMarking()
{
    Data d;
    fill(d);
    if (QTest::currentTestFailed())
        return;
    auto made = StixExporter::bundle(*d.f.workspace, {});
    QVERIFY(made);
    for (const QJsonObject &address :
        ofType(made->json.value(QStringLiteral("objects")).toArray(), QStringLiteral("ipv4-addr"))) {
        const QString marking
            = address.value(QStringLiteral("object_marking_refs")).toArray().first().toString();
        const bool shared
            = address.value(QStringLiteral("value")).toString() == QLatin1String("198.51.100.3");
        QCOMPARE(marking,
            StixExporter::markingId(shared ? QStringLiteral("TLP:RED") : QStringLiteral("TLP:AMBER")));
    }
}

QTEST_GUILESS_MAIN(TestStixExporter)
#include "tst_stixexporter.moc"
