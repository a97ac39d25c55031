#include "tst_jsonexchange.h"

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

QTEST_GUILESS_MAIN(TestJsonExchange)
