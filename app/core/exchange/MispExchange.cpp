#include "exchange/MispExchange.h"

#include "common/TextRules.h"
#include "exchange/JsonExchange.h"
#include "exchange/JsonFormat.h"
#include "incidents/TlpCeiling.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentRepository.h"
#include "incidents/Taxonomy.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include "workspace/OutputTarget.h"
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QTimeZone>

namespace csirtkit {

namespace {

// MISP spells one RSIT type the American way; CSIRT Kit's taxonomy (ENISA's RSIT) the British way.
constexpr auto MispUseOfResources = "unauthorized-use-of-resources";
constexpr auto OwnUseOfResources = "unauthorised-use-of-resources";

QString seconds(const QDateTime &time)
{
    return QString::number((time.isValid() ? time : QDateTime::currentDateTimeUtc()).toSecsSinceEpoch());
}

QJsonObject tag(const QString &name, const QString &colour)
{
    return { { QStringLiteral("name"), name }, { QStringLiteral("colour"), colour }, { QStringLiteral("exportable"), true } };
}

struct Row
{
    qint64 id = 0;
    QString ident, title, status, priority, tlp, rsitClass, rsitType, externalId;
    QDateTime date, updated;
};

// MISP's analysis levels (0 initial, 1 ongoing, 2 complete) and threat levels (1 high … 3 low).
QString analysis(const QString &status)
{
    if (status == QLatin1String("new") || status == QLatin1String("triage"))
        return QStringLiteral("0");
    return status == QLatin1String("response") ? QStringLiteral("1") : QStringLiteral("2");
}

QString threatLevel(const QString &priority)
{
    return priority == QLatin1String("P1") ? QStringLiteral("1") : priority == QLatin1String("P2") ? QStringLiteral("2") : QStringLiteral("3");
}

// How far MISP may pass the event on, from its TLP: CLEAR all communities, GREEN this community,
// AMBER and stricter the receiving organisation only.
QString distribution(const QString &tlp)
{
    return tlp == QLatin1String("TLP:CLEAR") ? QStringLiteral("3") : tlp == QLatin1String("TLP:GREEN") ? QStringLiteral("1") : QStringLiteral("0");
}

QJsonObject event(const Row &incident, const QString &workspaceId, QSqlQuery &observables)
{
    const QUuid uuid = incident.externalId.startsWith(QLatin1String("misp:")) && !QUuid::fromString(incident.externalId.mid(5)).isNull()
        ? QUuid::fromString(incident.externalId.mid(5)) : MispExchange::eventUuid(workspaceId, incident.ident);
    QJsonArray attributes;
    observables.bindValue(0, incident.id);
    observables.exec();
    while (observables.next()) {
        const auto type = Observable::fromKey(observables.value(0).toString());
        if (!type)
            continue;
        const MispExchange::AttributeType misp = MispExchange::attributeType(*type);
        const QString value = observables.value(1).toString();
        attributes.append(QJsonObject { { QStringLiteral("uuid"), MispExchange::attributeUuid(uuid, misp.type, value).toString(QUuid::WithoutBraces) },
                                        { QStringLiteral("type"), misp.type }, { QStringLiteral("category"), misp.category },
                                        { QStringLiteral("value"), value }, { QStringLiteral("to_ids"), misp.toIds },
                                        { QStringLiteral("comment"), observables.value(2).toString() },
                                        { QStringLiteral("timestamp"), seconds(sql::fromUtcText(observables.value(3).toString())) },
                                        { QStringLiteral("distribution"), QStringLiteral("5") }, // as the event
                                        { QStringLiteral("sharing_group_id"), QStringLiteral("0") },
                                        { QStringLiteral("deleted"), false }, { QStringLiteral("disable_correlation"), false } });
    }
    QJsonArray tags { tag(MispExchange::tlpTag(incident.tlp), [&] {
        for (const TlpLabel &label : Taxonomy::instance().tlp())
            if (label.key == incident.tlp)
                return label.color;
        return QStringLiteral("#FFFFFF");
    }()) };
    if (!incident.rsitClass.isEmpty())
        tags.append(tag(MispExchange::rsitTag(incident.rsitClass, incident.rsitType), QStringLiteral("#0088CC")));
    QString info = incident.title.simplified(); // MISP: at most 256 characters, one line
    if (info.size() > 256)
        info = info.left(255) + QStringLiteral("…");
    return { { QStringLiteral("Event"),
               QJsonObject { { QStringLiteral("uuid"), uuid.toString(QUuid::WithoutBraces) }, { QStringLiteral("info"), info },
                             { QStringLiteral("date"), incident.date.date().toString(Qt::ISODate) },
                             { QStringLiteral("threat_level_id"), threatLevel(incident.priority) },
                             { QStringLiteral("analysis"), analysis(incident.status) },
                             { QStringLiteral("distribution"), distribution(incident.tlp) },
                             { QStringLiteral("sharing_group_id"), QStringLiteral("0") },
                             { QStringLiteral("published"), false }, { QStringLiteral("timestamp"), seconds(incident.updated) },
                             { QStringLiteral("publish_timestamp"), QStringLiteral("0") },
                             { QStringLiteral("attribute_count"), QString::number(attributes.size()) },
                             { QStringLiteral("extends_uuid"), QString() }, { QStringLiteral("Tag"), tags },
                             { QStringLiteral("Attribute"), attributes } } } };
}

// ---- Import

struct Plan
{
    IncidentDraft draft;
    QString uuid;
    QList<std::tuple<Observable::Type, QString, QString, QString>> observables; // type, value, note, added
    QSet<QString> keys; // type and value: the same observable twice is kept once
};

class EventReader
{
public:
    EventReader(ImportReport &report, const QSqlDatabase &db) : m_report(report), m_db(db) { }

    Result<QList<Plan>> read(const QByteArray &bytes)
    {
        if (const auto wrong = JsonFormat::encodingProblem(bytes))
            return fileIssue(*wrong);
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
        if (error.error != QJsonParseError::NoError)
            return fileIssue(MispExchange::tr("The file is not valid JSON (%1, near byte %2).").arg(error.errorString()).arg(error.offset));
        QJsonArray events;
        if (document.isObject() && document.object().value(QLatin1String("Event")).isObject())
            events.append(document.object());
        else if (document.isObject() && document.object().value(QLatin1String("response")).isArray())
            events = document.object().value(QLatin1String("response")).toArray();
        else if (document.isArray())
            events = document.array();
        else
            return fileIssue(MispExchange::tr("This is not a MISP event file: it holds neither {\"Event\": …} nor "
                                              "{\"response\": [{\"Event\": …}, …]}."));
        QList<Plan> plans;
        QSet<QString> seen;
        for (qsizetype n = 0; n < events.size(); ++n) {
            m_row = int(n + 1);
            ++m_report.records;
            const QJsonValue e = events.at(n).toObject().value(QLatin1String("Event"));
            if (!e.isObject()) {
                block(QString(), MispExchange::tr("It is not a MISP event ({\"Event\": …})."));
                continue;
            }
            const Plan plan = eventPlan(e.toObject());
            if (plan.uuid.isEmpty())
                continue;
            auto known = sql::scalar(m_db, QStringLiteral("SELECT 1 FROM incident WHERE external_id = ?"),
                                     { QString(QStringLiteral("misp:") + plan.uuid) });
            if (!known)
                return known.error();
            if (seen.contains(plan.uuid) || known->isValid()) {
                ++m_report.duplicates;
                continue;
            }
            seen.insert(plan.uuid);
            ++m_report.toCreate;
            plans.append(plan);
        }
        return plans;
    }

private:
    Error fileIssue(const QString &problem)
    {
        m_report.issues.append({ 0, QString(), problem, MispExchange::tr("Nothing is imported."), true });
        return makeError(ErrorCode::Invalid, problem); // handled by run(): the report says it
    }
    void block(const QString &field, const QString &problem)
    {
        if (m_report.issues.size() < 500 || m_report.ok()) // a long list says no more than its start
            m_report.issues.append({ m_row, field, problem, MispExchange::tr("Nothing is imported."), true });
    }
    void skip(const QString &field, const QString &problem, const QString &consequence)
    {
        if (m_report.issues.size() < 500)
            m_report.issues.append({ m_row, field, problem, consequence, false });
    }

    // The incident an event becomes; no uuid when the event is refused.
    Plan eventPlan(const QJsonObject &e)
    {
        Plan plan;
        const QUuid uuid = QUuid::fromString(e.value(QLatin1String("uuid")).toString());
        const QString info = e.value(QLatin1String("info")).toString().simplified();
        if (uuid.isNull())
            block(QStringLiteral("uuid"), MispExchange::tr("The event has no valid uuid, so it could not be recognised when imported again."));
        if (info.isEmpty())
            block(QStringLiteral("info"), MispExchange::tr("The event has no info (its title)."));
        const auto refused = TextRules::problem(info, TextRules::Kind::Line, MispExchange::tr("The info"));
        if (refused)
            block(QStringLiteral("info"), *refused);
        if (uuid.isNull() || info.isEmpty() || refused)
            return plan;
        plan.uuid = uuid.toString(QUuid::WithoutBraces);
        plan.draft.title = info.left(500);
        if (info.size() > 500) {
            plan.draft.summary = info;
            skip(QStringLiteral("info"), MispExchange::tr("The info is longer than 500 characters."),
                 MispExchange::tr("The title is shortened; the summary holds all of it."));
        }
        plan.draft.channel = QStringLiteral("external_csirt");
        const QDate date = QDate::fromString(e.value(QLatin1String("date")).toString(), Qt::ISODate);
        if (date.isValid()) // checked with the other fields below: not before 1970, not in the future
            plan.draft.occurredUtc = date.startOfDay(QTimeZone::UTC);
        tags(e.value(QLatin1String("Tag")).toArray(), plan.draft);
        attributes(e.value(QLatin1String("Attribute")).toArray(), QString(), plan);
        const QJsonArray objects = e.value(QLatin1String("Object")).toArray();
        for (qsizetype o = 0; o < objects.size(); ++o)
            attributes(objects.at(o)[QLatin1String("Attribute")].toArray(), MispExchange::tr("Object %1").arg(o + 1) + QStringLiteral(", "), plan);
        // The rules every importer shares, named by the event's keys.
        QString field;
        if (auto valid = IncidentRepository::validate(plan.draft, &field); !valid) {
            static const QHash<QString, QString> keys = {
                { QStringLiteral("title"), QStringLiteral("info") }, { QStringLiteral("summary"), QStringLiteral("info") },
                { QStringLiteral("occurred"), QStringLiteral("date") }, { QStringLiteral("tlp"), QStringLiteral("Tag") },
                { QStringLiteral("rsit_class"), QStringLiteral("Tag") }, { QStringLiteral("jpcert"), QStringLiteral("Tag") },
            };
            block(keys.value(field), valid.error().message);
            plan.uuid.clear();
        }
        return plan;
    }

    void tags(const QJsonArray &list, IncidentDraft &draft)
    {
        QString tlp;
        for (const QJsonValue &t : list) {
            const QString name = t[QLatin1String("name")].toString().trimmed();
            if (const QString label = MispExchange::tlpFromTag(name); !label.isEmpty()) {
                tlp = tlp.isEmpty() ? label : TlpCeiling::stricter(tlp, label);
            } else if (name.startsWith(QLatin1String("rsit:"), Qt::CaseInsensitive) && draft.rsitClass.isEmpty()) {
                if (const auto rsit = MispExchange::rsitFromTag(name)) {
                    draft.rsitClass = rsit->first;
                    draft.rsitType = rsit->second;
                } else {
                    skip(QStringLiteral("Tag"), MispExchange::tr("“%1” is not a class and type of the RSIT taxonomy.")
                                                    .arg(TextRules::visible(name.left(200))),
                         MispExchange::tr("The tag is ignored."));
                }
            }
        }
        draft.tlp = tlp.isEmpty() ? QStringLiteral("TLP:AMBER") : tlp;
        if (tlp.isEmpty())
            skip(QStringLiteral("Tag"), MispExchange::tr("The event has no TLP tag."), MispExchange::tr("The incident is marked TLP:AMBER."));
    }

    void attributes(const QJsonArray &list, const QString &where, Plan &plan)
    {
        for (qsizetype n = 0; n < list.size(); ++n) {
            const QJsonObject a = list.at(n).toObject();
            const QString field = where + MispExchange::tr("Attribute %1").arg(n + 1);
            const QString type = a.value(QLatin1String("type")).toString(), value = a.value(QLatin1String("value")).toString();
            if (a.value(QLatin1String("deleted")).toBool())
                continue; // revoked in MISP
            const QString comment = a.value(QLatin1String("comment")).toString();
            const auto refused = TextRules::problem(value, TextRules::Kind::Line, MispExchange::tr("The value"));
            const auto refusedComment = TextRules::problem(comment, TextRules::Kind::Lines, MispExchange::tr("The comment"));
            if (refused || refusedComment) { // a broken or hostile file: never stored, never skipped quietly
                block(field, refused ? *refused : *refusedComment);
                continue;
            }
            const auto kind = MispExchange::observableType(type, value);
            if (!kind) {
                skip(field, MispExchange::tr("CSIRT Kit has no observable for the MISP type “%1”.").arg(TextRules::visible(type.left(100))),
                     MispExchange::tr("The attribute is left out."));
                continue;
            }
            const auto valid = Observable::validate(*kind, value);
            if (!valid) {
                skip(field, valid.error().message, MispExchange::tr("The attribute is left out."));
                continue;
            }
            const QString key = Observable::key(*kind) + QLatin1Char(' ') + valid.value();
            const bool merged = plan.keys.contains(key);
            plan.keys.insert(key);
            const QString stamp = a.value(QLatin1String("timestamp")).toString();
            const QDateTime added = stamp.toLongLong() > 0 ? QDateTime::fromSecsSinceEpoch(stamp.toLongLong(), QTimeZone::UTC)
                                                           : QDateTime::currentDateTimeUtc();
            if (!merged)
                plan.observables.append({ *kind, valid.value(), comment.left(4096), sql::toUtcText(added) });
        }
    }

    ImportReport &m_report;
    QSqlDatabase m_db;
    int m_row = 0;
};

} // namespace

MispExchange::AttributeType MispExchange::attributeType(Observable::Type type)
{
    using T = Observable::Type;
    const QString network = QStringLiteral("Network activity"), payload = QStringLiteral("Payload delivery");
    switch (type) { // types, categories and to_ids as MISP's own defaults
    case T::IPv4:
    case T::IPv6:
    case T::Cidr: return { QStringLiteral("ip-dst"), network, true };
    case T::Domain: return { QStringLiteral("domain"), network, true };
    case T::Url: return { QStringLiteral("url"), network, true };
    case T::Email: return { QStringLiteral("email"), payload, true };
    case T::Md5: return { QStringLiteral("md5"), payload, true };
    case T::Sha1: return { QStringLiteral("sha1"), payload, true };
    case T::Sha256: return { QStringLiteral("sha256"), payload, true };
    case T::FileName: return { QStringLiteral("filename"), payload, true };
    case T::Account: return { QStringLiteral("target-user"), QStringLiteral("Targeting data"), false };
    case T::Cve: return { QStringLiteral("vulnerability"), QStringLiteral("External analysis"), false };
    case T::RegistryKey: return { QStringLiteral("regkey"), QStringLiteral("Persistence mechanism"), true };
    case T::Text: break;
    }
    return { QStringLiteral("text"), QStringLiteral("Other"), false };
}

std::optional<Observable::Type> MispExchange::observableType(const QString &mispType, const QString &value)
{
    using T = Observable::Type;
    static const QHash<QString, T> types = {
        { QStringLiteral("domain"), T::Domain }, { QStringLiteral("hostname"), T::Domain }, { QStringLiteral("url"), T::Url },
        { QStringLiteral("email"), T::Email }, { QStringLiteral("email-src"), T::Email }, { QStringLiteral("email-dst"), T::Email },
        { QStringLiteral("email-reply-to"), T::Email }, { QStringLiteral("target-email"), T::Email },
        { QStringLiteral("whois-registrant-email"), T::Email }, { QStringLiteral("md5"), T::Md5 }, { QStringLiteral("sha1"), T::Sha1 },
        { QStringLiteral("sha256"), T::Sha256 }, { QStringLiteral("filename"), T::FileName },
        { QStringLiteral("vulnerability"), T::Cve }, { QStringLiteral("regkey"), T::RegistryKey },
        { QStringLiteral("target-user"), T::Account }, { QStringLiteral("text"), T::Text }, { QStringLiteral("comment"), T::Text },
        { QStringLiteral("other"), T::Text },
    };
    if (mispType == QLatin1String("ip-dst") || mispType == QLatin1String("ip-src"))
        return value.contains(QLatin1Char('/')) ? T::Cidr : value.contains(QLatin1Char(':')) ? T::IPv6 : T::IPv4;
    const auto it = types.constFind(mispType);
    return it == types.constEnd() ? std::nullopt : std::optional<T>(*it);
}

QString MispExchange::tlpTag(const QString &tlp)
{
    return tlp.toLower(); // the TLP 2.0 taxonomy: tlp:clear, tlp:green, tlp:amber, tlp:amber+strict, tlp:red
}

QString MispExchange::tlpFromTag(const QString &tag)
{
    const QString label = tag.trimmed().toUpper();
    if (label == QLatin1String("TLP:WHITE")) // TLP 1.0, CLEAR's old name
        return QStringLiteral("TLP:CLEAR");
    return Taxonomy::instance().isTlp(label) ? label : QString();
}

QString MispExchange::rsitTag(const QString &rsitClass, const QString &rsitType)
{
    const QString type = rsitType == QLatin1String(OwnUseOfResources) ? QLatin1String(MispUseOfResources) : rsitType;
    return QStringLiteral("rsit:%1=\"%2\"").arg(rsitClass, type);
}

std::optional<std::pair<QString, QString>> MispExchange::rsitFromTag(const QString &tag)
{
    static const QRegularExpression machineTag(QStringLiteral(R"re(^rsit:([a-z0-9-]+)="([a-z0-9-]+)"$)re"), QRegularExpression::CaseInsensitiveOption);
    const auto match = machineTag.match(tag.trimmed());
    const QString rsitClass = match.captured(1).toLower();
    QString type = match.captured(2).toLower();
    if (type == QLatin1String(MispUseOfResources))
        type = QLatin1String(OwnUseOfResources);
    if (!match.hasMatch() || !Taxonomy::instance().isRsit(rsitClass, type))
        return std::nullopt;
    return std::pair { rsitClass, type };
}

QUuid MispExchange::eventUuid(const QString &workspaceId, const QString &ident)
{
    // The workspace id (128 random bits, hex) is the namespace, as for the STIX ids.
    const QByteArray bytes = QByteArray::fromHex(workspaceId.toLatin1());
    const QUuid ns = bytes.size() == 16 ? QUuid::fromRfc4122(bytes)
                                        : QUuid::createUuidV5(QUuid(), QStringLiteral("csirtkit-workspace/") + workspaceId);
    return QUuid::createUuidV5(ns, QStringLiteral("misp-event/") + ident);
}

QUuid MispExchange::attributeUuid(const QUuid &event, const QString &type, const QString &value)
{
    return QUuid::createUuidV5(event, type + QLatin1Char('|') + value);
}

Result<ExportSummary> MispExchange::write(QIODevice &device, const ExportScope &scope, const Progress &progress) const
{
    if (!scope.tlpCeiling.isEmpty() && TlpCeiling::rank(scope.tlpCeiling) < 0)
        return makeError(ErrorCode::Invalid, tr("“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, TLP:AMBER+STRICT or TLP:RED.")
                                                 .arg(scope.tlpCeiling));
    const QSqlDatabase db = m_workspace.db();
    auto workspaceId = JsonExchange::workspaceId(db);
    if (!workspaceId)
        return workspaceId.error();
    QStringList ids;
    for (qint64 id : scope.incidentIds)
        ids << QString::number(id);
    QSqlQuery incidents(db), observables(db);
    incidents.setForwardOnly(true);
    if (!incidents.exec(QStringLiteral("SELECT id, ident, title, status, priority, tlp, rsit_class, rsit_type, coalesce(external_id, ''), "
                                       "coalesce(occurred_utc, detected_utc, reported_utc, created_utc), updated_utc FROM incident %1 ORDER BY id")
                            .arg(ids.isEmpty() ? QString() : QStringLiteral("WHERE id IN (%1)").arg(ids.join(QLatin1Char(','))))))
        return sql::toError(incidents.lastError(), tr("Exporting MISP events"));
    observables.prepare(QStringLiteral("SELECT type, value, note, added_utc FROM observable WHERE incident_id = ? ORDER BY id"));
    const qint64 total = ids.isEmpty() ? sql::scalar(db, QStringLiteral("SELECT count(*) FROM incident")).value().toLongLong() : ids.size();
    ExportSummary summary;
    QByteArray first; // held back: one event alone is written without the envelope
    qint64 done = 0;
    const auto put = [&device](const QByteArray &bytes) { return device.write(bytes) == bytes.size(); };
    while (incidents.next()) {
        const Row row { incidents.value(0).toLongLong(), incidents.value(1).toString(), incidents.value(2).toString(),
                        incidents.value(3).toString(), incidents.value(4).toString(), incidents.value(5).toString(),
                        incidents.value(6).toString(), incidents.value(7).toString(), incidents.value(8).toString(),
                        sql::fromUtcText(incidents.value(9).toString()), sql::fromUtcText(incidents.value(10).toString()) };
        if (progress && !progress(done++, total))
            return makeError(ErrorCode::Invalid, tr("The export was cancelled."));
        if (!TlpCeiling::allows(scope.tlpCeiling, row.tlp)) {
            summary.omitted << tr("%1 is %2, above the %3 ceiling: left out.").arg(row.ident, row.tlp, scope.tlpCeiling);
            continue;
        }
        const QByteArray bytes = QJsonDocument(event(row, *workspaceId, observables)).toJson(QJsonDocument::Indented).trimmed();
        if (++summary.incidents == 1)
            first = bytes;
        else if (!((summary.incidents == 2 ? put("{\"response\": [\n" + first) : true) && put(",\n" + bytes)))
            return makeError(ErrorCode::Io, tr("The file could not be written: %1").arg(device.errorString()));
    }
    if (summary.incidents == 0)
        return makeError(ErrorCode::Invalid, tr("Nothing to export: every incident chosen is above the %1 ceiling.").arg(scope.tlpCeiling));
    if (!put(summary.incidents == 1 ? first + '\n' : QByteArray("\n]}\n")))
        return makeError(ErrorCode::Io, tr("The file could not be written: %1").arg(device.errorString()));
    return summary;
}

Result<ExportSummary> MispExchange::exportTo(const QString &path, const ExportScope &scope, const Progress &progress) const
{
    return exportToFile(path, m_workspace.filePath(), [&](QIODevice &file) { return write(file, scope, progress); });
}

Result<ImportReport> MispExchange::run(QIODevice &device, const QString *author) const
{
    if (!device.isReadable())
        return makeError(ErrorCode::Io, tr("The file could not be read: %1").arg(device.errorString()));
    ImportReport report;
    const QByteArray bytes = device.read(MaxFileSize + 1);
    if (bytes.size() > MaxFileSize) {
        report.issues.append({ 0, QString(), tr("The file is larger than %1 MiB, more than a MISP event file holds.").arg(MaxFileSize >> 20),
                               tr("Nothing is imported."), true });
        return author ? Result<ImportReport>(makeError(ErrorCode::Invalid, report.text())) : Result<ImportReport>(report);
    }
    auto plans = EventReader(report, m_workspace.db()).read(bytes);
    if (!plans && plans.error().code != ErrorCode::Invalid)
        return plans.error();
    if (!author)
        return report;
    if (!report.ok())
        return makeError(ErrorCode::Invalid, report.text());
    auto written = m_workspace.write(QStringLiteral("incident"), QStringLiteral("imported"), [&](QSqlDatabase &db) -> Result<void> {
        for (const Plan &plan : std::as_const(*plans)) {
            auto id = IncidentRepository::createIn(db, plan.draft, *author, QStringLiteral("misp:") + plan.uuid);
            if (!id)
                return id.error();
            for (const auto &[type, value, note, added] : plan.observables)
                if (auto added_ = sql::exec(db, QStringLiteral("INSERT INTO observable (incident_id, type, value, note, added_utc) VALUES (?, ?, ?, ?, ?)"),
                                            { *id, Observable::key(type), value, note, added }); !added_)
                    return added_.error();
            if (auto logged = IncidentJournal::appendIn(db, *id, QStringLiteral("note"), tr("Imported from MISP event %1 with %n observable(s).", nullptr,
                                                                                            int(plan.observables.size())).arg(plan.uuid), *author); !logged)
                return logged.error();
        }
        return {};
    });
    if (!written)
        return written.error();
    return report;
}

Result<ImportReport> MispExchange::validate(QIODevice &device) const
{
    return run(device, nullptr);
}

Result<ImportReport> MispExchange::import(QIODevice &device, const QString &author)
{
    return run(device, &author);
}

Result<ImportReport> MispExchange::validateFile(const QString &path) const
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("“%1” could not be opened: %2").arg(path, file.errorString()));
    return validate(file);
}

Result<ImportReport> MispExchange::importFile(const QString &path, const QString &author)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("“%1” could not be opened: %2").arg(path, file.errorString()));
    return import(file, author);
}

} // namespace csirtkit
