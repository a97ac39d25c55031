#include "exchange/StixExporter.h"

#include "incidents/TlpCeiling.h"
#include "incidents/IncidentRepository.h"
#include "incidents/Observables.h"
#include "org/OrgProfileRepository.h"
#include "workspace/OutputTarget.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace csirtkit {

namespace {

// TLP 2.0 as published by OASIS (cti-stix-common-objects, extension-definition-specifications/tlp-2.0).
constexpr auto TlpExtension = "extension-definition--60a3c5c5-0d10-413e-aab3-9e08dde9e88d";
struct TlpMarking
{
    const char *label;
    const char *id;
    const char *value;
};
constexpr TlpMarking TlpMarkings[] = {
    { "TLP:CLEAR", "marking-definition--94868c89-83c2-464b-929b-a1a8aa3c8487", "clear" },
    { "TLP:GREEN", "marking-definition--bab4a63c-aed9-4cf5-a766-dfca5abac2bb", "green" },
    { "TLP:AMBER", "marking-definition--55d920b0-5e8b-4f79-9ee9-91f868d9b421", "amber" },
    { "TLP:AMBER+STRICT", "marking-definition--939a9414-2ddd-4d32-a0cd-375ea402b003", "amber+strict" },
    { "TLP:RED", "marking-definition--e828b379-4e03-4974-9ac4-e53a884c97c1", "red" },
};

QString str(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

// The extension definition the marking definitions refer to, as published.
QJsonObject tlpExtensionDefinition()
{
    return QJsonObject {
        { QStringLiteral("id"), str(TlpExtension) },
        { QStringLiteral("type"), QStringLiteral("extension-definition") },
        { QStringLiteral("spec_version"), QStringLiteral("2.1") },
        { QStringLiteral("name"), QStringLiteral("TLP 2.0") },
        { QStringLiteral("description"), QStringLiteral("This defines TLP 2.0 as a STIX extension") },
        { QStringLiteral("created"), QStringLiteral("2022-10-01T00:00:00.000Z") },
        { QStringLiteral("modified"), QStringLiteral("2022-10-01T00:00:00.000Z") },
        { QStringLiteral("created_by_ref"),
            QStringLiteral("identity--b3bca3c2-1f3d-4b54-b44f-dac42c3a8f01") },
        { QStringLiteral("schema"),
            QStringLiteral("https://github.com/oasis-open/cti-stix-common-objects/tree/master/"
                           "extension-definition-specifications/tlp-2.0") },
        { QStringLiteral("version"), QStringLiteral("1.0.0") },
        { QStringLiteral("extension_types"), QJsonArray { QStringLiteral("property-extension") } },
    };
}

// Windows registry keys start with the full hive name in STIX ("HKEY_LOCAL_MACHINE\…").
QString fullRegistryKey(const QString &key)
{
    static const QList<std::pair<QString, QString>> hives = {
        { QStringLiteral("HKLM"), QStringLiteral("HKEY_LOCAL_MACHINE") },
        { QStringLiteral("HKCU"), QStringLiteral("HKEY_CURRENT_USER") },
        { QStringLiteral("HKCR"), QStringLiteral("HKEY_CLASSES_ROOT") },
        { QStringLiteral("HKU"), QStringLiteral("HKEY_USERS") },
        { QStringLiteral("HKCC"), QStringLiteral("HKEY_CURRENT_CONFIG") },
    };
    const qsizetype slash = key.indexOf(QLatin1Char('\\'));
    QString hive = (slash < 0 ? key : key.left(slash)).toUpper();
    for (const auto &[abbreviation, full] : hives)
        if (hive == abbreviation)
            hive = full;
    return slash < 0 ? hive : hive + key.mid(slash);
}

// The cyber-observable object for an observable: type and ID-contributing properties; the pattern
// path of its value. Empty type for CVEs and free text, which are no observable objects.
struct ObservableShape
{
    QString type;
    QJsonObject properties;
    QString path;
};

ObservableShape shape(Observable::Type type, const QString &value)
{
    using T = Observable::Type;
    const auto hash = [&](const QString &algorithm, const QString &path) {
        return ObservableShape { QStringLiteral("file"),
            { { QStringLiteral("hashes"), QJsonObject { { algorithm, value } } } },
            QStringLiteral("file:hashes.") + path };
    };
    const auto valued = [&](const QString &scoType) {
        return ObservableShape { scoType, { { QStringLiteral("value"), value } },
            scoType + QStringLiteral(":value") };
    };
    switch (type) {
    case T::IPv4:
        return valued(QStringLiteral("ipv4-addr"));
    case T::IPv6:
        return valued(QStringLiteral("ipv6-addr"));
    case T::Cidr: // STIX address values may be CIDR blocks
        return valued(
            value.contains(QLatin1Char(':')) ? QStringLiteral("ipv6-addr") : QStringLiteral("ipv4-addr"));
    case T::Domain:
        return valued(QStringLiteral("domain-name"));
    case T::Url:
        return valued(QStringLiteral("url"));
    case T::Email:
        return valued(QStringLiteral("email-addr"));
    case T::Md5:
        return hash(QStringLiteral("MD5"), QStringLiteral("MD5"));
    case T::Sha1:
        return hash(QStringLiteral("SHA-1"), QStringLiteral("'SHA-1'"));
    case T::Sha256:
        return hash(QStringLiteral("SHA-256"), QStringLiteral("'SHA-256'"));
    case T::FileName:
        return { QStringLiteral("file"), { { QStringLiteral("name"), value } }, QStringLiteral("file:name") };
    case T::Account:
        return { QStringLiteral("user-account"), { { QStringLiteral("account_login"), value } },
            QStringLiteral("user-account:account_login") };
    case T::RegistryKey:
        return { QStringLiteral("windows-registry-key"),
            { { QStringLiteral("key"), fullRegistryKey(value) } },
            QStringLiteral("windows-registry-key:key") };
    case T::Cve:
    case T::Text:
        break;
    }
    return {};
}

QString jsonString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '\b':
            out += QStringLiteral("\\b");
            break;
        case '\f':
            out += QStringLiteral("\\f");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

} // namespace

QUuid StixExporter::observableNamespace()
{
    return QUuid(QStringLiteral("00abedb4-aa42-466c-9c01-fed23315a9b7"));
}

QByteArray StixExporter::canonicalJson(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        QStringList keys = object.keys();
        std::sort(keys.begin(), keys.end()); // UTF-16 code unit order, as RFC 8785 asks
        QByteArrayList members;
        for (const QString &key : std::as_const(keys))
            members << jsonString(key).toUtf8() + ':' + canonicalJson(object.value(key));
        return '{' + members.join(',') + '}';
    }
    case QJsonValue::Array: {
        QByteArrayList items;
        for (const QJsonValue &item : value.toArray())
            items << canonicalJson(item);
        return '[' + items.join(',') + ']';
    }
    case QJsonValue::String:
        return jsonString(value.toString()).toUtf8();
    case QJsonValue::Bool:
        return value.toBool() ? "true" : "false";
    case QJsonValue::Double:
        return QByteArray::number(value.toDouble(), 'g', 17);
    default:
        return "null";
    }
}

QString StixExporter::observableId(const QString &type, const QJsonObject &properties)
{
    return type + QStringLiteral("--")
        + QUuid::createUuidV5(observableNamespace(), canonicalJson(properties))
              .toString(QUuid::WithoutBraces);
}

QString StixExporter::patternString(const QString &value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

QString StixExporter::pattern(Observable::Type type, const QString &value)
{
    const ObservableShape s = shape(type, value);
    if (s.type.isEmpty())
        return {};
    const QString v = type == Observable::Type::RegistryKey ? fullRegistryKey(value) : value;
    return QStringLiteral("[%1 = %2]").arg(s.path, patternString(v));
}

QString StixExporter::tlpExtensionId()
{
    return str(TlpExtension);
}

QString StixExporter::markingId(const QString &tlp)
{
    for (const TlpMarking &m : TlpMarkings)
        if (tlp.trimmed().toUpper() == QLatin1String(m.label))
            return str(m.id);
    return {};
}

QJsonObject StixExporter::markingDefinition(const QString &tlp)
{
    for (const TlpMarking &m : TlpMarkings) {
        if (tlp.trimmed().toUpper() != QLatin1String(m.label))
            continue;
        return QJsonObject {
            { QStringLiteral("type"), QStringLiteral("marking-definition") },
            { QStringLiteral("spec_version"), QStringLiteral("2.1") },
            { QStringLiteral("id"), str(m.id) },
            { QStringLiteral("created"), QStringLiteral("2022-10-01T00:00:00.000Z") },
            { QStringLiteral("name"), str(m.label) },
            { QStringLiteral("extensions"),
                QJsonObject { { str(TlpExtension),
                    QJsonObject { { QStringLiteral("extension_type"), QStringLiteral("property-extension") },
                        { QStringLiteral("tlp_2_0"), str(m.value) } } } } },
        };
    }
    return {};
}

QString StixExporter::timestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

namespace {

// Builds the bundle's objects in a stable order, merging objects that several incidents share.
class BundleBuilder
{
public:
    BundleBuilder(const QUuid &ns, QString identityId)
        : m_ns(ns)
        , m_identity(std::move(identityId))
    { }

    QString id(const QString &type, const QString &name) const
    {
        return type + QStringLiteral("--") + QUuid::createUuidV5(m_ns, name).toString(QUuid::WithoutBraces);
    }

    // A domain object (or relationship) with the common properties; `time` is created and modified.
    QJsonObject domainObject(
        const QString &type, const QString &id, const QDateTime &time, const QString &tlp) const
    {
        return {
            { QStringLiteral("type"), type },
            { QStringLiteral("spec_version"), QStringLiteral("2.1") },
            { QStringLiteral("id"), id },
            { QStringLiteral("created"), StixExporter::timestamp(time) },
            { QStringLiteral("modified"), StixExporter::timestamp(time) },
            { QStringLiteral("created_by_ref"), m_identity },
            { QStringLiteral("object_marking_refs"), QJsonArray { StixExporter::markingId(tlp) } },
        };
    }

    // Adds `object`, or, when an object with its id is there already (an observable or a CVE seen in
    // several incidents), keeps the first one marked with the stricter of the two TLPs.
    void add(const QJsonObject &object, const QString &tlp)
    {
        m_tlpUsed.insert(TlpCeiling::rank(tlp));
        const QString id = object.value(QStringLiteral("id")).toString();
        const auto found = m_index.constFind(id);
        if (found == m_index.cend()) {
            m_index.insert(id, m_objects.size());
            m_objects.append({ object, tlp });
            return;
        }
        auto &[existing, existingTlp] = m_objects[*found];
        existingTlp = TlpCeiling::stricter(existingTlp, tlp);
        existing.insert(
            QStringLiteral("object_marking_refs"), QJsonArray { StixExporter::markingId(existingTlp) });
    }

    void relate(const QString &source, const QString &type, const QString &target, const QDateTime &time,
        const QString &tlp)
    {
        QJsonObject r = domainObject(QStringLiteral("relationship"),
            id(QStringLiteral("relationship"), source + QLatin1Char('/') + type + QLatin1Char('/') + target),
            time, tlp);
        r.insert(QStringLiteral("relationship_type"), type);
        r.insert(QStringLiteral("source_ref"), source);
        r.insert(QStringLiteral("target_ref"), target);
        add(r, tlp);
    }

    // Marking definitions (and their extension) first, then everything in the order it was added.
    QJsonArray objects(const QJsonObject &identity) const
    {
        QJsonArray out { identity, tlpExtensionDefinition() };
        QList<int> ranks(m_tlpUsed.cbegin(), m_tlpUsed.cend());
        ranks << TlpCeiling::rank(QStringLiteral("TLP:CLEAR")); // the identity's
        std::sort(ranks.begin(), ranks.end());
        ranks.erase(std::unique(ranks.begin(), ranks.end()), ranks.end());
        for (int rank : std::as_const(ranks))
            if (rank >= 0)
                out.append(StixExporter::markingDefinition(str(TlpMarkings[rank].label)));
        for (const auto &[object, tlp] : m_objects)
            out.append(object);
        return out;
    }

private:
    QUuid m_ns;
    QString m_identity;
    QList<std::pair<QJsonObject, QString>> m_objects;
    QHash<QString, qsizetype> m_index;
    QSet<int> m_tlpUsed;
};

void setIfNotEmpty(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void addIncident(BundleBuilder &b, const Incident &incident, const QList<ObservableRow> &observables)
{
    const QString tlp = incident.tlp;
    const QString incidentId = b.id(QStringLiteral("incident"), QStringLiteral("incident/") + incident.ident);
    QJsonObject sdo = b.domainObject(QStringLiteral("incident"), incidentId, incident.createdUtc, tlp);
    sdo.insert(QStringLiteral("modified"),
        StixExporter::timestamp(std::max(incident.createdUtc, incident.updatedUtc)));
    sdo.insert(QStringLiteral("name"), incident.title);
    setIfNotEmpty(sdo, QStringLiteral("description"), incident.summary);
    sdo.insert(QStringLiteral("external_references"),
        QJsonArray { QJsonObject { { QStringLiteral("source_name"), QStringLiteral("csirtkit") },
            { QStringLiteral("external_id"), incident.ident } } });
    if (!incident.rsitClass.isEmpty())
        sdo.insert(QStringLiteral("labels"),
            QJsonArray { incident.rsitType.isEmpty()
                    ? QStringLiteral("rsit:%1").arg(incident.rsitClass)
                    : QStringLiteral("rsit:%1=\"%2\"").arg(incident.rsitClass, incident.rsitType) });
    const QList<std::pair<const char *, QString>> fields = {
        { "x_csirtkit_ident", incident.ident },
        { "x_csirtkit_status", incident.status },
        { "x_csirtkit_priority", incident.priority },
        { "x_csirtkit_impact", incident.impact },
        { "x_csirtkit_urgency", incident.urgency },
        { "x_csirtkit_rsit_class", incident.rsitClass },
        { "x_csirtkit_rsit_type", incident.rsitType },
        { "x_csirtkit_jpcert_category", incident.jpcert },
        { "x_csirtkit_tlp", incident.tlp },
    };
    for (const auto &[key, value] : fields)
        setIfNotEmpty(sdo, str(key), value);
    const QList<std::pair<const char *, QDateTime>> times = {
        { "x_csirtkit_occurred", incident.occurredUtc },
        { "x_csirtkit_detected", incident.detectedUtc },
        { "x_csirtkit_reported", incident.reportedUtc },
        { "x_csirtkit_triaged", incident.triagedUtc },
        { "x_csirtkit_contained", incident.containedUtc },
        { "x_csirtkit_resolved", incident.resolvedUtc },
        { "x_csirtkit_closed", incident.closedUtc },
    };
    for (const auto &[key, time] : times)
        if (time.isValid())
            sdo.insert(str(key), StixExporter::timestamp(time));
    b.add(sdo, tlp);

    // Observable objects, gathered in one observed-data; indicators based on it.
    QJsonArray refs;
    QDateTime first;
    QDateTime last;
    for (const ObservableRow &row : observables) {
        const ObservableShape s = shape(row.type, row.value);
        if (s.type.isEmpty())
            continue;
        const QString scoId = StixExporter::observableId(s.type, s.properties);
        QJsonObject sco = s.properties;
        sco.insert(QStringLiteral("type"), s.type);
        sco.insert(QStringLiteral("spec_version"), QStringLiteral("2.1"));
        sco.insert(QStringLiteral("id"), scoId);
        sco.insert(QStringLiteral("object_marking_refs"), QJsonArray { StixExporter::markingId(tlp) });
        b.add(sco, tlp);
        if (!refs.contains(scoId))
            refs.append(scoId);
        first = first.isValid() ? std::min(first, row.addedUtc) : row.addedUtc;
        last = last.isValid() ? std::max(last, row.addedUtc) : row.addedUtc;
    }
    QString observedId;
    if (!refs.isEmpty()) {
        observedId = b.id(QStringLiteral("observed-data"), QStringLiteral("observed-data/") + incident.ident);
        QJsonObject observed = b.domainObject(QStringLiteral("observed-data"), observedId, first, tlp);
        observed.insert(QStringLiteral("modified"), StixExporter::timestamp(last));
        observed.insert(QStringLiteral("first_observed"), StixExporter::timestamp(first));
        observed.insert(QStringLiteral("last_observed"), StixExporter::timestamp(last));
        observed.insert(QStringLiteral("number_observed"), 1);
        observed.insert(QStringLiteral("object_refs"), refs);
        b.add(observed, tlp);
        b.relate(observedId, QStringLiteral("related-to"), incidentId, last, tlp);
    }

    for (const ObservableRow &row : observables) {
        const QString name
            = QStringLiteral("%1/%2/%3").arg(incident.ident, Observable::key(row.type), row.value);
        if (row.type == Observable::Type::Cve) {
            QJsonObject vulnerability = b.domainObject(QStringLiteral("vulnerability"),
                b.id(QStringLiteral("vulnerability"), QStringLiteral("vulnerability/") + row.value),
                row.addedUtc, tlp);
            vulnerability.insert(QStringLiteral("name"), row.value);
            vulnerability.insert(QStringLiteral("external_references"),
                QJsonArray { QJsonObject { { QStringLiteral("source_name"), QStringLiteral("cve") },
                    { QStringLiteral("external_id"), row.value } } });
            b.add(vulnerability, tlp);
            b.relate(incidentId, QStringLiteral("related-to"),
                vulnerability.value(QStringLiteral("id")).toString(), row.addedUtc, tlp);
        } else if (row.type == Observable::Type::Text) {
            QJsonObject note = b.domainObject(
                QStringLiteral("note"), b.id(QStringLiteral("note"), name), row.addedUtc, tlp);
            setIfNotEmpty(note, QStringLiteral("abstract"), row.note);
            note.insert(QStringLiteral("content"), row.value);
            note.insert(QStringLiteral("object_refs"), QJsonArray { incidentId });
            b.add(note, tlp);
        } else {
            const QString indicatorId = b.id(QStringLiteral("indicator"), name);
            QJsonObject indicator
                = b.domainObject(QStringLiteral("indicator"), indicatorId, row.addedUtc, tlp);
            indicator.insert(QStringLiteral("name"), row.value);
            setIfNotEmpty(indicator, QStringLiteral("description"), row.note);
            indicator.insert(QStringLiteral("pattern"), StixExporter::pattern(row.type, row.value));
            indicator.insert(QStringLiteral("pattern_type"), QStringLiteral("stix"));
            indicator.insert(QStringLiteral("pattern_version"), QStringLiteral("2.1"));
            indicator.insert(QStringLiteral("valid_from"), StixExporter::timestamp(row.addedUtc));
            b.add(indicator, tlp);
            b.relate(indicatorId, QStringLiteral("related-to"), incidentId, row.addedUtc, tlp);
            b.relate(indicatorId, QStringLiteral("based-on"), observedId, row.addedUtc, tlp);
        }
    }
}

// The workspace id (schema 9) as UUIDv5 namespace; older workspaces opened for reading have none,
// and get one derived from their creation time.
QUuid workspaceNamespace(Workspace &workspace)
{
    auto id = sql::scalar(
        workspace.db(), QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'workspace_id'"));
    const QByteArray bytes = id ? QByteArray::fromHex(id->toString().toLatin1()) : QByteArray();
    if (bytes.size() == 16)
        return QUuid::fromRfc4122(bytes);
    return QUuid::createUuidV5(StixExporter::observableNamespace(),
        QStringLiteral("csirtkit-workspace/") + StixExporter::timestamp(workspace.createdUtc()));
}

} // namespace

Result<StixExporter::Bundle> StixExporter::bundle(Workspace &workspace, const ExportScope &scope)
{
    if (!scope.tlpCeiling.isEmpty() && TlpCeiling::rank(scope.tlpCeiling) < 0)
        return makeError(ErrorCode::Invalid,
            tr("“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, "
               "TLP:AMBER+STRICT or TLP:RED.")
                .arg(scope.tlpCeiling));
    QList<qint64> ids = scope.incidentIds;
    if (ids.isEmpty()) {
        auto all = sql::exec(workspace.db(), QStringLiteral("SELECT id FROM incident ORDER BY id"));
        if (!all)
            return all.error();
        while (all->next())
            ids << all->value(0).toLongLong();
    }
    auto profile = OrgProfileRepository(workspace).load();
    if (!profile)
        return profile.error();
    const QUuid ns = workspaceNamespace(workspace);
    const QString identityId = QStringLiteral("identity--")
        + QUuid::createUuidV5(ns, QStringLiteral("identity/organisation")).toString(QUuid::WithoutBraces);
    BundleBuilder builder(ns, identityId);
    QJsonObject identity = builder.domainObject(
        QStringLiteral("identity"), identityId, workspace.createdUtc(), QStringLiteral("TLP:CLEAR"));
    identity.remove(QStringLiteral("created_by_ref"));
    const QString name = profile->value(OrgProfile::Field::Name).trimmed();
    identity.insert(QStringLiteral("name"), name.isEmpty() ? QStringLiteral("CSIRT") : name);
    identity.insert(QStringLiteral("identity_class"), QStringLiteral("organization"));
    QStringList contact;
    for (auto field : { OrgProfile::Field::Email, OrgProfile::Field::Phone, OrgProfile::Field::Address })
        if (!profile->value(field).trimmed().isEmpty())
            contact << profile->value(field).trimmed();
    setIfNotEmpty(identity, QStringLiteral("contact_information"), contact.join(QStringLiteral("; ")));

    Bundle result;
    IncidentRepository incidents(workspace);
    Observables observables(workspace);
    for (qint64 id : std::as_const(ids)) {
        auto incident = incidents.incident(id);
        if (!incident)
            return incident.error();
        if (!TlpCeiling::allows(scope.tlpCeiling, incident->tlp)) {
            result.summary.omitted << tr("%1 is %2, above the %3 ceiling: left out.")
                                          .arg(incident->ident, incident->tlp, scope.tlpCeiling.toUpper());
            continue;
        }
        auto rows = observables.list(id);
        if (!rows)
            return rows.error();
        addIncident(builder, *incident, *rows);
        ++result.summary.incidents;
    }
    const QJsonArray objects = builder.objects(identity);
    QStringList objectIds;
    for (const QJsonValue &object : objects)
        objectIds << object.toObject().value(QStringLiteral("id")).toString();
    result.json = QJsonObject {
        { QStringLiteral("type"), QStringLiteral("bundle") },
        { QStringLiteral("id"), builder.id(QStringLiteral("bundle"), objectIds.join(QLatin1Char(' '))) },
        { QStringLiteral("objects"), objects },
    };
    return result;
}

Result<ExportSummary> StixExporter::write(Workspace &workspace, const ExportScope &scope, QIODevice &out)
{
    auto made = bundle(workspace, scope);
    if (!made)
        return made.error();
    const QByteArray bytes = QJsonDocument(made->json).toJson(QJsonDocument::Indented);
    if (out.write(bytes) != bytes.size())
        return makeError(ErrorCode::Io,
            tr("The STIX bundle could not be written (%1). Check that the disk is not "
               "full and try again.")
                .arg(out.errorString()));
    return made->summary;
}

Result<ExportSummary> StixExporter::exportTo(Workspace &workspace, const ExportScope &scope, const QString &path)
{
    Result<ExportSummary> summary = ExportSummary();
    auto saved = OutputTarget::save(path, workspace.filePath(), [&](QIODevice &file) -> Result<void> {
        summary = write(workspace, scope, file);
        return summary ? Result<void>() : Result<void>(summary.error());
    });
    if (!saved)
        return saved.error();
    return summary;
}

} // namespace csirtkit
