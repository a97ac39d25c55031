#include "IncidentFixture.h"

#include "exchange/JsonExchange.h"
#include "incidents/Artefacts.h"
#include "incidents/Communications.h"
#include "incidents/EvidenceRegister.h"
#include "incidents/IncidentGenerator.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentRelations.h"
#include "incidents/IncidentSearch.h"
#include "incidents/IncidentTasks.h"
#include "incidents/Observables.h"
#include "workspace/SqlUtil.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace csirtkit;

namespace {

// Every table that holds incident data, and how to show each column without surrogate ids: foreign
// keys become identifiers (or a record's position in its incident), so two workspaces compare.
const QStringList IncidentTables = { QStringLiteral("incident"), QStringLiteral("incident_transition"),
                                     QStringLiteral("journal_entry"), QStringLiteral("incident_task"),
                                     QStringLiteral("communication"), QStringLiteral("observable"),
                                     QStringLiteral("evidence_item"), QStringLiteral("custody_transfer"),
                                     QStringLiteral("artefact"), QStringLiteral("affected_asset"),
                                     QStringLiteral("incident_link"), QStringLiteral("incident_notification"),
                                     QStringLiteral("notification_sent") };

QString comparable(const QString &table, const QString &column, const QString &sourceId)
{
    const QString ident = QStringLiteral("(SELECT x.ident FROM incident x WHERE x.id = t.%1)");
    if (column == QLatin1String("id"))
        return {};
    if (column == QLatin1String("incident_id") || column == QLatin1String("other_id") || column == QLatin1String("duplicate_of"))
        return ident.arg(column);
    if (column == QLatin1String("revises"))
        return QStringLiteral("(SELECT r.sequence FROM journal_entry r WHERE r.id = t.revises)");
    if (column == QLatin1String("evidence_id"))
        return QStringLiteral("(SELECT x.ident || '/' || (SELECT count(*) FROM evidence_item e2 WHERE e2.incident_id = e.incident_id "
                              "AND e2.id <= e.id) FROM evidence_item e JOIN incident x ON x.id = e.incident_id WHERE e.id = t.evidence_id)");
    if (column == QLatin1String("notification_id"))
        return QStringLiteral("(SELECT x.ident || '/' || n.rule_key FROM incident_notification n JOIN incident x ON x.id = "
                              "n.incident_id WHERE n.id = t.notification_id)");
    if (column == QLatin1String("communication_id"))
        return QStringLiteral("(SELECT (SELECT count(*) FROM communication c2 WHERE c2.incident_id = c.incident_id AND c2.id <= c.id) "
                              "FROM communication c WHERE c.id = t.communication_id)");
    if (table == QLatin1String("incident") && column == QLatin1String("external_id")) // what an import sets
        return QStringLiteral("coalesce(t.external_id, 'json:%1/' || t.ident)").arg(sourceId);
    return QStringLiteral("t.") + column;
}

// Each table as sorted lines, every column but the surrogate ids.
QMap<QString, QStringList> dump(Workspace &w, const QString &sourceId)
{
    QMap<QString, QStringList> tables;
    for (const QString &table : IncidentTables) {
        QStringList columns;
        auto info = sql::exec(w.db(), QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        while (info && info->next())
            if (const QString expr = comparable(table, info->value(0).toString(), sourceId); !expr.isEmpty())
                columns << QStringLiteral("coalesce(quote(%1), 'NULL')").arg(expr);
        auto rows = sql::exec(w.db(), QStringLiteral("SELECT %1 FROM %2 t").arg(columns.join(QStringLiteral(" || '|' || ")), table));
        QStringList lines;
        while (rows && rows->next())
            lines << rows->value(0).toString();
        lines.sort();
        tables.insert(table, lines);
    }
    auto fts = sql::exec(w.db(), QStringLiteral("SELECT ident || '|' || title || '|' || summary || '|' || body FROM incident_fts"));
    QStringList lines;
    while (fts && fts->next())
        lines << fts->value(0).toString();
    lines.sort();
    tables.insert(QStringLiteral("incident_fts"), lines);
    return tables;
}

// Rows in every table: to show that a refused import wrote nothing at all.
QMap<QString, qint64> counts(Workspace &w)
{
    QMap<QString, qint64> result;
    auto tables = sql::exec(w.db(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (tables && tables->next()) {
        const QString name = tables->value(0).toString();
        result.insert(name, sql::scalar(w.db(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name))->toLongLong());
    }
    return result;
}

QString workspaceId(Workspace &w)
{
    return JsonExchange::workspaceId(w.db()).value();
}

QByteArray exported(Workspace &w, const ExportScope &scope = {}, ExportSummary *summary = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = JsonExchange(w).write(buffer, scope);
    if (!written)
        qWarning("export failed: %s", qPrintable(written.error().message));
    else if (summary)
        *summary = *written;
    return buffer.data();
}

Result<ImportReport> importBytes(Workspace &w, const QByteArray &bytes, bool write = true,
                                 const JsonExchange::Progress &progress = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return write ? JsonExchange(w).import(buffer, progress) : JsonExchange(w).validate(buffer, progress);
}

QString issues(const ImportReport &report)
{
    return report.text();
}

} // namespace

class TestJsonExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripKeepsEverything();
    void everyIncidentTableIsCovered();
    void secondImportSkipsEverything();
    void newIdentifiersContinueAfterImported();
    void tlpCeilingLeavesOut();
    void selectionExportsOnlyThose();
    void brokenJournalChainBlocks();
    void badFilesAreRefusedAndWriteNothing_data();
    void badFilesAreRefusedAndWriteNothing();
    void identifierTakenByAnotherIncidentBlocks();
    void missingReferencesAreReported();
    void keysInAnyOrder();
    void cancelWritesNothing();
    void exportToFileIsAtomic();

private:
    std::unique_ptr<Workspace> fresh(const QString &name)
    {
        return Workspace::create(m_dir.filePath(name), QStringLiteral("Target Org")).value();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_source;
    qint64 m_ransomware = 0, m_duplicate = 0, m_spam = 0;
};

void TestJsonExchange::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_source = Workspace::create(m_dir.filePath(QStringLiteral("source.csirt")), QStringLiteral("Source Org")).value();
    Workspace &w = *m_source;
    QVERIFY(IncidentGenerator::generate(w, 40, 11));
    IncidentRepository repo(w);
    IncidentDraft d;
    d.title = QStringLiteral("Ransomware on the file server");
    d.summary = QStringLiteral("Files encrypted on FS01.\nランサムウェアの疑い。");
    d.reporter = QStringLiteral("Help desk");
    d.channel = QStringLiteral("internal_user");
    d.contact = QStringLiteral("+81 3 1234 5678");
    d.impact = QStringLiteral("high");
    d.urgency = QStringLiteral("medium");
    d.rsitClass = QStringLiteral("malicious-code");
    d.rsitType = QStringLiteral("infected-system");
    d.tlp = QStringLiteral("TLP:AMBER");
    d.occurredUtc = QDateTime(QDate(2026, 3, 1), QTime(8, 15), QTimeZone::UTC);
    d.detectedUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 0, 30, 250), QTimeZone::UTC);
    d.assignee = QStringLiteral("Aiko Tanaka");
    m_ransomware = repo.create(d, QStringLiteral("Aiko")).value();
    QVERIFY(repo.setText(m_ransomware, IncidentRepository::TextField::Lessons, QStringLiteral("Keep offline backups.")));
    QVERIFY(repo.setText(m_ransomware, IncidentRepository::TextField::Helpers, QStringLiteral("Ken, Mia")));
    QVERIFY(repo.overridePriority(m_ransomware, QStringLiteral("P1"), QStringLiteral("The whole office is down.")));
    QVERIFY(repo.setTime(m_ransomware, IncidentRepository::TimeField::Contained, d.detectedUtc.addSecs(3600)));
    QVERIFY(repo.transition(m_ransomware, QStringLiteral("triage"), QStringLiteral("Ken"), QStringLiteral("Confirmed by EDR")));
    QVERIFY(repo.transition(m_ransomware, QStringLiteral("response"), QStringLiteral("Ken"), QString()));
    IncidentJournal journal(w);
    const qint64 original = journal.append(m_ransomware, QStringLiteral("action"), QStringLiteral("Isolated FS01"), QStringLiteral("Aiko")).value();
    QVERIFY(journal.append(m_ransomware, QStringLiteral("action"), QStringLiteral("Correction: isolated FS02, not FS01"),
                           QStringLiteral("Ken"), original));
    IncidentTasks tasks(w);
    const qint64 task = tasks.add(m_ransomware, QStringLiteral("Call the backup vendor")).value();
    QVERIFY(tasks.setOwner(task, QStringLiteral("Mia")));
    QVERIFY(tasks.setDue(task, QDate(2026, 3, 5)));
    QVERIFY(tasks.setDone(task, true));
    QVERIFY(tasks.applyPlaybook(m_ransomware, QStringLiteral("ransomware")));
    Communications comms(w);
    Communication call;
    call.incidentId = m_ransomware;
    call.atUtc = d.detectedUtc.addSecs(600);
    call.channel = QStringLiteral("phone");
    call.person = QStringLiteral("Sato");
    call.organisation = QStringLiteral("Vendor KK");
    call.summary = QStringLiteral("Vendor confirms the strain");
    call.callback = QStringLiteral("03-0000-0000");
    call.reported = QStringLiteral("Encrypted shares");
    call.promised = QStringLiteral("Call back at 15:00");
    call.author = QStringLiteral("Aiko");
    const qint64 phone = comms.add(call).value();
    call.direction = QStringLiteral("outgoing");
    call.channel = QStringLiteral("pgp_email");
    call.tlp = QStringLiteral("TLP:RED");
    call.summary = QStringLiteral("Ransom note forwarded to the police");
    const qint64 mail = comms.add(call).value();
    Observables observables(w);
    for (const auto &[type, value] : { std::pair { Observable::Type::IPv4, QStringLiteral("192.0.2.66") },
                                       { Observable::Type::IPv6, QStringLiteral("2001:db8::66") },
                                       { Observable::Type::Cidr, QStringLiteral("198.51.100.0/24") },
                                       { Observable::Type::Domain, QStringLiteral("evil.example") },
                                       { Observable::Type::Url, QStringLiteral("https://evil.example/pay") },
                                       { Observable::Type::Email, QStringLiteral("ransom@evil.example") },
                                       { Observable::Type::Md5, QStringLiteral("0123456789abcdef0123456789abcdef") },
                                       { Observable::Type::Sha1, QStringLiteral("0123456789abcdef0123456789abcdef01234567") },
                                       { Observable::Type::Sha256, QString(64, QLatin1Char('a')) },
                                       { Observable::Type::FileName, QStringLiteral("READ ME.txt") },
                                       { Observable::Type::Account, QStringLiteral("CORP\\backup-svc") },
                                       { Observable::Type::Cve, QStringLiteral("CVE-2024-3094") },
                                       { Observable::Type::RegistryKey, QStringLiteral("HKLM\\Software\\Run\\x") },
                                       { Observable::Type::Text, QStringLiteral("Ransom note signed \"Team X\"") } })
        QVERIFY(observables.add(m_ransomware, type, value, QStringLiteral("seen on FS01")));
    EvidenceRegister evidence(w);
    EvidenceItem disk;
    disk.incidentId = m_ransomware;
    disk.item = QStringLiteral("FS01 disk image");
    disk.description = QStringLiteral("dd image");
    disk.storedAt = QStringLiteral("Locker 3");
    disk.collectedBy = QStringLiteral("Ken");
    disk.collectedUtc = d.detectedUtc.addSecs(7200);
    disk.filePath = QStringLiteral("/evidence/fs01.dd");
    disk.sha256 = QString(64, QLatin1Char('b'));
    disk.size = 1234567890123;
    const qint64 item = evidence.add(disk).value();
    disk.item = QStringLiteral("Ransom note printout");
    disk.sha256.clear();
    QVERIFY(evidence.add(disk));
    for (const auto &[from, to] : { std::pair { QStringLiteral("Ken"), QStringLiteral("Aiko") }, { QStringLiteral("Aiko"), QStringLiteral("Police") } })
        QVERIFY(evidence.addTransfer({ 0, item, disk.collectedUtc.addDays(1), from, to, QStringLiteral("analysis") }));
    Artefacts artefacts(w);
    QVERIFY(artefacts.add({ 0, m_ransomware, QStringLiteral("Ransom note"), QStringLiteral("Markdown"),
                            QStringLiteral("# Pay\n\nor else\t…"), QDateTime(), QStringLiteral("Aiko") }));
    IncidentRelations relations(w);
    QVERIFY(relations.addAsset({ 0, m_ransomware, QStringLiteral("FS01"), QStringLiteral("10.0.0.5"), QStringLiteral("IT"), QStringLiteral("high") }));
    QVERIFY(relations.addAsset({ 0, m_ransomware, QStringLiteral("Backup NAS"), QString(), QString(), QString() }));

    d.title = QStringLiteral("Encrypted files reported again");
    d.tlp = QStringLiteral("TLP:RED");
    m_duplicate = repo.create(d, QStringLiteral("Mia")).value();
    QVERIFY(repo.transition(m_duplicate, QStringLiteral("duplicate"), QStringLiteral("Mia"), QString(), m_ransomware));
    d.title = QStringLiteral("Spam wave");
    d.rsitClass = QStringLiteral("abusive-content");
    d.rsitType = QStringLiteral("spam");
    d.tlp = QStringLiteral("TLP:CLEAR");
    m_spam = repo.create(d, QStringLiteral("Mia")).value();
    QVERIFY(repo.transition(m_spam, QStringLiteral("rejected"), QStringLiteral("Mia"), QStringLiteral("Not an incident")));
    QVERIFY(relations.link(m_ransomware, m_spam));
    QVERIFY(relations.link(m_ransomware, 1));
    QVERIFY(w.write(QStringLiteral("test"), QString(), [&](QSqlDatabase &db) -> Result<void> {
        auto notification = sql::insert(db, QStringLiteral("INSERT INTO incident_notification (incident_id, rule_key, aware_utc) "
                                                           "VALUES (?, 'gdpr-33', '2026-03-01T10:00:00.000Z')"), { m_ransomware });
        if (!notification)
            return notification.error();
        for (const auto &[key, comm] : { std::pair { QStringLiteral("authority"), mail }, { QStringLiteral("subjects"), phone } })
            if (auto sent = sql::exec(db, QStringLiteral("INSERT INTO notification_sent (notification_id, obligation_key, sent_utc, how, "
                                                         "communication_id) VALUES (?, ?, '2026-03-02T08:00:00.000Z', 'portal', ?)"),
                                      { *notification, key, comm }); !sent)
                return sent.error();
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE incident SET external_id = 'misp:5f1e0a52-8c5e-4f0a-9d1b-2b6f0e7c1a10' "
                                                    "WHERE id = ?"), { m_spam }));
    }));
}

void TestJsonExchange::roundTripKeepsEverything()
{
    const QByteArray bytes = exported(*m_source);
    QVERIFY(bytes.startsWith("{\"exported_utc\""));
    auto target = fresh(QStringLiteral("round-trip.csirt"));
    auto report = importBytes(*target, bytes);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->records, 43);
    QCOMPARE(report->toCreate, 43);
    QCOMPARE(report->duplicates, 0);
    QVERIFY2(report->issues.isEmpty(), qPrintable(issues(*report)));

    const QString sourceId = workspaceId(*m_source);
    const auto before = dump(*m_source, sourceId), after = dump(*target, sourceId);
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        QVERIFY2(!it->isEmpty(), qPrintable(it.key()));
        QCOMPARE(after.value(it.key()), *it);
    }
    auto problems = IncidentJournal(*target).verifyAll();
    QVERIFY(problems);
    QVERIFY(problems->isEmpty());
    // The revision still points at the entry it corrects, and search finds imported text.
    const Incident imported = IncidentRepository(*target).byIdent(IncidentRepository(*m_source).incident(m_ransomware)->ident).value();
    const auto entries = IncidentJournal(*target).entries(imported.id).value();
    QCOMPARE(entries.last().revises, entries.at(entries.size() - 2).id);
    auto found = IncidentSearch(*target).search(QStringLiteral("FS02"));
    QVERIFY(found);
    QCOMPARE(found->size(), 1);
}

void TestJsonExchange::everyIncidentTableIsCovered()
{
    // A table that refers to incident data and is not exported would be lost on the way: fail here.
    auto tables = sql::exec(m_source->db(), QStringLiteral("SELECT m.name, f.\"table\" FROM sqlite_master m, "
                                                           "pragma_foreign_key_list(m.name) f WHERE m.type = 'table'"));
    QVERIFY(tables);
    while (tables->next())
        if (IncidentTables.contains(tables->value(1).toString()))
            QVERIFY2(IncidentTables.contains(tables->value(0).toString()), qPrintable(tables->value(0).toString()));
}

void TestJsonExchange::secondImportSkipsEverything()
{
    const QByteArray bytes = exported(*m_source);
    auto target = fresh(QStringLiteral("twice.csirt"));
    QVERIFY(importBytes(*target, bytes));
    const auto rows = counts(*target);
    auto again = importBytes(*target, bytes);
    QVERIFY2(again, again ? "" : qPrintable(again.error().message));
    QCOMPARE(again->duplicates, 43);
    QCOMPARE(again->toCreate, 0);
    auto changed = counts(*target);
    changed.remove(QStringLiteral("change_log"));
    auto expected = rows;
    expected.remove(QStringLiteral("change_log"));
    QCOMPARE(changed, expected);
    // Exported from the target and imported back into the source: they are the source's own incidents.
    auto back = importBytes(*m_source, exported(*target), false);
    QVERIFY(back);
    QCOMPARE(back->duplicates, 43);
}

void TestJsonExchange::newIdentifiersContinueAfterImported()
{
    auto target = fresh(QStringLiteral("sequence.csirt"));
    QVERIFY(importBytes(*target, exported(*m_source)));
    // Made-up incidents are numbered in the year they were logged: the new one follows this year's last.
    const QString year = QString::number(QDate::currentDate().year());
    const int last = sql::scalar(target->db(), QStringLiteral("SELECT max(CAST(substr(ident, 10) AS INTEGER)) FROM incident "
                                                              "WHERE ident LIKE 'INC-' || ? || '-%'"), { year }).value().toInt();
    QVERIFY(last > 0);
    IncidentDraft d;
    d.title = QStringLiteral("New after import");
    auto id = IncidentRepository(*target).create(d, QStringLiteral("Aiko"));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    const QString ident = IncidentRepository(*target).incident(*id)->ident;
    QCOMPARE(ident, QStringLiteral("INC-%1-%2").arg(year).arg(last + 1, 4, 10, QLatin1Char('0')));
}

void TestJsonExchange::tlpCeilingLeavesOut()
{
    ExportSummary summary;
    const QByteArray bytes = exported(*m_source, { {}, QStringLiteral("TLP:AMBER") }, &summary);
    const QJsonObject file = QJsonDocument::fromJson(bytes).object();
    QCOMPARE(file.value(QLatin1String("tlp_ceiling")).toString(), QStringLiteral("TLP:AMBER"));
    const QJsonArray incidents = file.value(QLatin1String("incidents")).toArray();
    QCOMPARE(summary.incidents, int(incidents.size()));
    int above = 0;
    auto q = sql::exec(m_source->db(), QStringLiteral("SELECT count(*) FROM incident WHERE tlp IN ('TLP:RED', 'TLP:AMBER+STRICT')"));
    QVERIFY(q && q->next());
    above = q->value(0).toInt();
    QVERIFY(above > 0);
    QCOMPARE(int(incidents.size()), 43 - above);
    const QString duplicateIdent = IncidentRepository(*m_source).incident(m_duplicate)->ident;
    QVERIFY(summary.omitted.contains(duplicateIdent + QStringLiteral(" is TLP:RED, above the TLP:AMBER ceiling: left out.")));
    QJsonObject ransomware;
    for (const QJsonValue &incident : incidents) {
        const QString tlp = incident[QLatin1String("tlp")].toString();
        QVERIFY2(tlp == QLatin1String("TLP:AMBER") || tlp == QLatin1String("TLP:GREEN") || tlp == QLatin1String("TLP:CLEAR"), qPrintable(tlp));
        if (incident[QLatin1String("title")].toString() == QLatin1String("Ransomware on the file server"))
            ransomware = incident.toObject();
    }
    const QJsonArray comms = ransomware.value(QLatin1String("communications")).toArray();
    QCOMPARE(comms.size(), 1);
    QCOMPARE(comms.at(0)[QLatin1String("tlp")].toString(), QStringLiteral("TLP:AMBER"));
    QVERIFY(summary.omitted.join(QLatin1Char('\n')).contains(QStringLiteral("1 communication")));
    // The notice sent by the left-out mail no longer points at it; the other points at the phone call.
    const QJsonArray sent = ransomware.value(QLatin1String("notifications")).toArray().at(0)[QLatin1String("sent")].toArray();
    QCOMPARE(sent.size(), 2);
    for (const QJsonValue &notice : sent)
        QCOMPARE(notice[QLatin1String("communication")], notice[QLatin1String("obligation_key")].toString() == QLatin1String("authority")
                                                             ? QJsonValue() : QJsonValue(0));
    // What was left out does not arrive either, and the rest imports cleanly.
    auto target = fresh(QStringLiteral("ceiling.csirt"));
    auto report = importBytes(*target, bytes);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(IncidentRepository(*target).count().value(), qint64(43 - above));
    QCOMPARE(sql::scalar(target->db(), QStringLiteral("SELECT count(*) FROM communication WHERE tlp = 'TLP:RED'"))->toInt(), 0);
}

void TestJsonExchange::selectionExportsOnlyThose()
{
    ExportSummary summary;
    const QJsonArray incidents = QJsonDocument::fromJson(exported(*m_source, { { m_spam, m_ransomware }, {} }, &summary))
                                     .object().value(QLatin1String("incidents")).toArray();
    QCOMPARE(incidents.size(), 2);
    QCOMPARE(incidents.at(0)[QLatin1String("title")].toString(), QStringLiteral("Ransomware on the file server"));
    QCOMPARE(incidents.at(1)[QLatin1String("external_id")].toString(), QStringLiteral("misp:5f1e0a52-8c5e-4f0a-9d1b-2b6f0e7c1a10"));
    QCOMPARE(incidents.at(0)[QLatin1String("links")].toArray().size(), 2);
}

void TestJsonExchange::brokenJournalChainBlocks()
{
    QJsonObject file = QJsonDocument::fromJson(exported(*m_source, { { m_ransomware }, {} })).object();
    QJsonArray incidents = file.value(QLatin1String("incidents")).toArray();
    QJsonObject incident = incidents.at(0).toObject();
    QJsonArray journal = incident.value(QLatin1String("journal")).toArray();
    QJsonObject entry = journal.at(2).toObject();
    entry.insert(QStringLiteral("text"), QStringLiteral("Rewritten later"));
    journal.replace(2, entry);
    incident.insert(QStringLiteral("journal"), journal);
    incidents.replace(0, incident);
    file.insert(QStringLiteral("incidents"), incidents);
    const QByteArray bytes = QJsonDocument(file).toJson();

    auto target = fresh(QStringLiteral("broken-chain.csirt"));
    const auto rows = counts(*target);
    auto report = importBytes(*target, bytes, false);
    QVERIFY(report);
    QVERIFY(!report->ok());
    const QString ident = incident.value(QLatin1String("ident")).toString();
    QCOMPARE(report->issues.size(), 1);
    QCOMPARE(report->issues.first().row, 1);
    QCOMPARE(report->issues.first().field, QStringLiteral("journal[3]"));
    QVERIFY2(report->issues.first().problem.contains(ident + QStringLiteral(", journal entry 3")), qPrintable(report->issues.first().problem));
    auto refused = importBytes(*target, bytes);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QStringLiteral("journal entry 3")), qPrintable(refused.error().message));
    QCOMPARE(counts(*target), rows);
}

void TestJsonExchange::badFilesAreRefusedAndWriteNothing_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("expected");
    const QByteArray head = R"({"format":"csirtkit-incidents","version":1,"workspace_id":"abc123","incidents":[)";
    const QByteArray good = R"({"ident":"INC-2026-0007","title":"Good","status":"new","impact":"low","urgency":"low","priority":"P4",)"
                            R"("report_channel":"other","tlp":"TLP:GREEN","created_utc":"2026-01-02T03:04:05.000Z","updated_utc":"2026-01-02T03:04:05Z"})";
    QTest::newRow("not json") << QByteArray("this is not json") << QStringLiteral("does not start with a JSON object");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("does not start with a JSON object");
    QTest::newRow("other format") << QByteArray(R"({"format":"stix","version":1,"workspace_id":"x","incidents":[]})")
                                  << QStringLiteral("not a CSIRT Kit incident file");
    QTest::newRow("newer version") << QByteArray(R"({"format":"csirtkit-incidents","version":2,"workspace_id":"x","incidents":[]})")
                                   << QStringLiteral("Update CSIRT Kit");
    QTest::newRow("no workspace") << QByteArray(R"({"format":"csirtkit-incidents","version":1,"incidents":[]})")
                                  << QStringLiteral("which workspace");
    QTest::newRow("no incidents") << QByteArray(R"({"format":"csirtkit-incidents","version":1,"workspace_id":"x"})")
                                  << QStringLiteral("no list of incidents");
    QTest::newRow("cut off") << QByteArray(head + good.left(60)) << QStringLiteral("ends in the middle");
    QTest::newRow("trailing") << QByteArray(head + good + "]} {") << QStringLiteral("more data after the end");
    QTest::newRow("missing title") << QByteArray(head + good + "," + QByteArray(good).replace("\"title\":\"Good\",", "").replace("0007", "0008") + "]}")
                                   << QStringLiteral("Record 2, title: The value is missing.");
    QTest::newRow("bad status") << QByteArray(head + QByteArray(good).replace("\"new\"", "\"open\"") + "]}") << QStringLiteral("“open” is not allowed");
    QTest::newRow("bad time") << QByteArray(head + QByteArray(good).replace("2026-01-02T03:04:05Z", "yesterday") + "]}")
                              << QStringLiteral("updated_utc: “yesterday” is not a date and time");
    QTest::newRow("bad rsit") << QByteArray(head + QByteArray(good).replace("\"title\"", "\"rsit_class\":\"fraud\",\"rsit_type\":\"ransom\",\"title\"") + "]}")
                              << QStringLiteral("“fraud/ransom” is not an RSIT class and type");
    QTest::newRow("twice") << QByteArray(head + good + "," + good + "]}") << QStringLiteral("INC-2026-0007 appears more than once");
    QTest::newRow("bad observable") << QByteArray(head + QByteArray(good).replace("\"title\"", R"("observables":[{"type":"ipv4","value":"999.1.1.1","added_utc":"2026-01-02T03:04:05Z"}],"title")") + "]}")
                                    << QStringLiteral("observables[1].value");
    QTest::newRow("observable twice") << QByteArray(head + QByteArray(good).replace("\"title\"", R"("observables":[{"type":"ipv4","value":"192.0.2.1","added_utc":"2026-01-02T03:04:05Z"},{"type":"ipv4","value":"192[.]0.2.1","added_utc":"2026-01-02T03:04:05Z"}],"title")") + "]}")
                                      << QStringLiteral("observables[2].value: The observable “192.0.2.1” appears more than once");
    QTest::newRow("not an object") << QByteArray(head + good + ",42]}") << QStringLiteral("Record 2: The incident is not a valid JSON object");
    QTest::newRow("rejected without reason") << QByteArray(head + QByteArray(good).replace("\"new\"", "\"rejected\"") + "]}")
                                             << QStringLiteral("needs the reason");
    // The same rules as every other importer and the repository (issue #10).
    QTest::newRow("created in 9999") << QByteArray(head + QByteArray(good).replace("2026-01-02T03:04:05.000Z", "9999-12-31T00:00:00.000Z") + "]}")
                                     << QStringLiteral("Record 1, created_utc: 9999-12-31T00:00:00.000Z is in the future");
    QTest::newRow("occurred in year 1") << QByteArray(head + QByteArray(good).replace("\"title\"", R"("occurred_utc":"0001-01-01T00:00:00Z","title")") + "]}")
                                        << QStringLiteral("Record 1, occurred_utc: 0001-01-01T00:00:00Z is before 1970");
    QTest::newRow("closed in 1969") << QByteArray(head + QByteArray(good).replace("\"title\"", R"("closed_utc":"1969-12-31T23:59:59Z","title")") + "]}")
                                    << QStringLiteral("closed_utc: 1969-12-31T23:59:59.000Z is before 1970");
    QTest::newRow("NUL in title") << QByteArray(head + QByteArray(good).replace("\"Good\"", R"("Go\u0000od")") + "]}")
                                  << QStringLiteral("Record 1, title: The text contains the control character U+0000 at position 3");
    QTest::newRow("line break in title") << QByteArray(head + QByteArray(good).replace("\"Good\"", R"("Go\nod")") + "]}")
                                         << QStringLiteral("title: The text must be a single line");
    QTest::newRow("escape in summary") << QByteArray(head + QByteArray(good).replace("\"title\"", R"("summary":"ok\nthen \u001b[31mred","title")") + "]}")
                                       << QStringLiteral("summary: The text contains the control character U+001B");
    QTest::newRow("NUL in a task") << QByteArray(head + QByteArray(good).replace("\"title\"", R"("tasks":[{"position":0,"text":"Call\u0000back"}],"title")") + "]}")
                                   << QStringLiteral("tasks[1].text: The text contains the control character U+0000");
    QTest::newRow("lone surrogate") << QByteArray(head + QByteArray(good).replace("\"Good\"", R"("\ud800A")") + "]}")
                                    << QStringLiteral("surrogate");
    QString wide = QString::fromUtf8(head + good + "]}");
    QByteArray utf16("\xFF\xFE");
    for (const QChar c : std::as_const(wide))
        utf16 += char(c.unicode() & 0xFF), utf16 += char(c.unicode() >> 8);
    QTest::newRow("UTF-16 with BOM") << utf16 << QStringLiteral("Save it again as UTF-8");
    QTest::newRow("UTF-16 without BOM") << utf16.mid(2) << QStringLiteral("Save it again as UTF-8");
}

void TestJsonExchange::badFilesAreRefusedAndWriteNothing()
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

void TestJsonExchange::identifierTakenByAnotherIncidentBlocks()
{
    fixtures::Incidents f; // INC-<year>-0001 and -0002 of its own
    const QString ident = IncidentRepository(*f.workspace).incident(f.first)->ident;
    const auto rows = counts(*f.workspace);
    auto other = fresh(QStringLiteral("taken.csirt"));
    QVERIFY(IncidentGenerator::generate(*other, 1, 3)); // one incident, logged today: INC-<year>-0001 as well
    QJsonObject file = QJsonDocument::fromJson(exported(*other, { { 1 }, {} })).object();
    QJsonArray incidents = file.value(QLatin1String("incidents")).toArray();
    QJsonObject incident = incidents.at(0).toObject();
    QCOMPARE(incident.value(QLatin1String("ident")).toString(), ident);
    auto refused = importBytes(*f.workspace, QJsonDocument(file).toJson());
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(ident + QStringLiteral(" already exists in this workspace as a different incident")),
             qPrintable(refused.error().message));
    QCOMPARE(counts(*f.workspace), rows);
}

void TestJsonExchange::missingReferencesAreReported()
{
    // Only the duplicate and the ransomware's links, without the incidents they point at.
    const QByteArray bytes = exported(*m_source, { { m_duplicate, m_ransomware }, {} });
    QJsonObject file = QJsonDocument::fromJson(bytes).object();
    QJsonArray incidents = file.value(QLatin1String("incidents")).toArray();
    incidents.removeAt(0); // the ransomware itself
    file.insert(QStringLiteral("incidents"), incidents);
    auto target = fresh(QStringLiteral("references.csirt"));
    auto report = importBytes(*target, QJsonDocument(file).toJson());
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QVERIFY(report->ok());
    QCOMPARE(report->issues.size(), 1);
    QVERIFY(!report->issues.first().blocking);
    QVERIFY2(report->issues.first().consequence.contains(QStringLiteral("rejected")), qPrintable(report->text()));
    const Incident imported = IncidentRepository(*target).incident(1).value();
    QCOMPARE(imported.status, QStringLiteral("rejected"));
    QVERIFY(imported.statusReason.startsWith(QStringLiteral("Duplicate of ")));
    QVERIFY(IncidentJournal(*target).verifyAll()->isEmpty());
}

void TestJsonExchange::keysInAnyOrder()
{
    // QJsonDocument sorts keys, so the list comes before "version" and "workspace_id": read in two passes.
    const QByteArray sorted = QJsonDocument::fromJson(exported(*m_source, { { m_ransomware, m_spam }, {} })).toJson();
    QVERIFY(sorted.indexOf("\"incidents\"") < sorted.indexOf("\"version\""));
    auto target = fresh(QStringLiteral("sorted.csirt"));
    auto report = importBytes(*target, sorted);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->toCreate, 2);
    // A stream cannot go back: it says so.
    struct Stream : QBuffer
    {
        bool isSequential() const override { return true; }
    } stream;
    stream.setData(sorted);
    stream.open(QIODevice::ReadOnly);
    auto streamed = JsonExchange(*target).validate(stream);
    QVERIFY(streamed);
    QVERIFY2(streamed->text().contains(QStringLiteral("a stream cannot go back to")), qPrintable(streamed->text()));
}

void TestJsonExchange::cancelWritesNothing()
{
    const QByteArray bytes = exported(*m_source);
    auto target = fresh(QStringLiteral("cancel.csirt"));
    const auto rows = counts(*target);
    int calls = 0;
    bool sane = true;
    auto cancelled = importBytes(*target, bytes, true, [&](qint64 done, qint64 total) {
        sane = sane && done <= total;
        return ++calls < 1; // stops at the first report: here, at the end, with everything inserted
    });
    QVERIFY(sane);
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().message.contains(QStringLiteral("cancelled")), qPrintable(cancelled.error().message));
    QCOMPARE(counts(*target), rows);
    // An export can be cancelled too.
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto stopped = JsonExchange(*m_source).write(buffer, {}, [](qint64, qint64) { return false; });
    QVERIFY(!stopped);
}

void TestJsonExchange::exportToFileIsAtomic()
{
    const QString path = m_dir.filePath(QStringLiteral("export.json"));
    auto summary = JsonExchange(*m_source).exportTo(path, {});
    QVERIFY(summary);
    QCOMPARE(summary->incidents, 43);
    const QByteArray written = [&] { QFile f(path); f.open(QIODevice::ReadOnly); return f.readAll(); }();
    QVERIFY(QJsonDocument::fromJson(written).isObject());
    auto cancelled = JsonExchange(*m_source).exportTo(path, {}, [](qint64, qint64) { return false; });
    QVERIFY(!cancelled);
    QFile again(path);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll().size(), written.size()); // the earlier file is untouched
    auto target = fresh(QStringLiteral("from-file.csirt"));
    auto report = JsonExchange(*target).importFile(path);
    QVERIFY2(report, report ? "" : qPrintable(report.error().message));
    QCOMPARE(report->toCreate, 43);
    QVERIFY(!JsonExchange(*target).validateFile(m_dir.filePath(QStringLiteral("missing.json"))));
}

QTEST_GUILESS_MAIN(TestJsonExchange)
#include "tst_jsonexchange.moc"
