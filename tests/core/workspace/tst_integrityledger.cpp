// Tamper evidence: direct edits of the file (another connection, as the sqlite3 tool would make
// them) are named by IntegrityLedger::verify; a chain rewritten by someone who recomputes every
// hash passes verify and is exposed only by an anchor taken earlier.
#include "IncidentFixture.h"

#include "incidents/Communications.h"
#include "incidents/EvidenceRegister.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentTasks.h"
#include "incidents/Observables.h"
#include "incidents/PriorityMatrix.h"
#include "workspace/IntegrityLedger.h"
#include "workspace/SqlUtil.h"

using namespace csirtkit;

class TestIntegrityLedger : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanWorkspaceVerifies();
    void everyChangeThroughTheAppIsSealed();
    void noOpWriteAddsNoEntry();
    void rolledBackWriteLeavesNoEntry();
    void directEditsAreNamed_data();
    void directEditsAreNamed();
    void rewrittenChainNeedsAnAnchor();
    void anchorsRoundTripAndRefuseGarbage();
    void upgradeSealsExistingIncidents();

private:
    // A workspace with a fully recorded incident (every record family) and a plain second one.
    struct Rich : fixtures::Incidents
    {
        Rich()
        {
            must(IncidentRepository(*workspace).transition(first, QStringLiteral("triage"), QStringLiteral("Aiko"), QStringLiteral("looks real")));
            must(IncidentTasks(*workspace).add(first, QStringLiteral("Block the sender")));
            must(Observables(*workspace).add(first, Observable::Type::IPv4, QStringLiteral("203.0.113.7")));
            Communication c;
            c.incidentId = first;
            c.atUtc = QDateTime::currentDateTimeUtc().addSecs(-60);
            c.summary = QStringLiteral("Mail from finance");
            c.person = QStringLiteral("Ken Sato");
            c.author = QStringLiteral("Aiko");
            must(Communications(*workspace).add(c));
            EvidenceItem e;
            e.incidentId = first;
            e.item = QStringLiteral("Mail headers");
            e.sha256 = QString(64, QLatin1Char('a'));
            e.size = 10;
            must(EvidenceRegister(*workspace).add(e));
            must(IncidentJournal(*workspace).append(first, QStringLiteral("note"), QStringLiteral("Called the user"), QStringLiteral("Aiko")));
        }
        template<typename R>
        static void must(const R &result)
        {
            if (!result)
                qFatal("fixture: %s", qPrintable(result.error().message));
        }
        QString file() const { return workspace->filePath(); }
        QList<IntegrityLedger::Finding> verify() const { return IntegrityLedger::verify(workspace->db()).value(); }
    };
    static QString joined(const QList<IntegrityLedger::Finding> &findings)
    {
        QStringList lines;
        for (const auto &f : findings)
            lines << f.message;
        return lines.join(QLatin1Char('\n'));
    }
};

void TestIntegrityLedger::cleanWorkspaceVerifies()
{
    Rich rich;
    QVERIFY(rich.workspace);
    const auto findings = rich.verify();
    QVERIFY2(findings.isEmpty(), qPrintable(joined(findings)));
}

void TestIntegrityLedger::everyChangeThroughTheAppIsSealed()
{
    Rich rich;
    auto before = IntegrityLedger::head(rich.workspace->db()).value();
    QVERIFY(before.count >= 8); // workspace, two incidents and every record added above
    QVERIFY(IncidentRepository(*rich.workspace).setTlp(rich.first, QStringLiteral("TLP:RED")));
    auto after = IntegrityLedger::head(rich.workspace->db()).value();
    QCOMPARE(after.count, before.count + 1);
    QVERIFY(after.hash != before.hash);
    QCOMPARE(after.workspaceId.size(), 32);
    QVERIFY(rich.verify().isEmpty());
    auto subject = sql::scalar(rich.workspace->db(), QStringLiteral("SELECT subject FROM integrity_ledger ORDER BY seq DESC LIMIT 1"));
    QCOMPARE(subject->toString(), IncidentRepository(*rich.workspace).incident(rich.first)->ident);
}

void TestIntegrityLedger::noOpWriteAddsNoEntry()
{
    Rich rich;
    const qint64 before = IntegrityLedger::head(rich.workspace->db())->count;
    // Setting the TLP it already has changes nothing that is sealed.
    QVERIFY(rich.workspace->write(QString(), QString(), [&](QSqlDatabase &db) -> Result<void> {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE incident SET tlp = tlp WHERE id = ?"), { rich.first }));
    }));
    QCOMPARE(IntegrityLedger::head(rich.workspace->db())->count, before);
}

void TestIntegrityLedger::rolledBackWriteLeavesNoEntry()
{
    Rich rich;
    const auto before = IntegrityLedger::head(rich.workspace->db()).value();
    auto failed = rich.workspace->write(QStringLiteral("incident"), QStringLiteral("tlp"), [&](QSqlDatabase &db) -> Result<void> {
        (void)sql::exec(db, QStringLiteral("UPDATE incident SET tlp = 'TLP:CLEAR' WHERE id = ?"), { rich.first });
        return makeError(ErrorCode::Invalid, QStringLiteral("refused"));
    });
    QVERIFY(!failed);
    const auto after = IntegrityLedger::head(rich.workspace->db()).value();
    QCOMPARE(after.count, before.count);
    QCOMPARE(after.hash, before.hash);
    // The next real change seals only itself: the rolled-back incident is not marked changed.
    QVERIFY(IncidentRepository(*rich.workspace).setTlp(rich.second, QStringLiteral("TLP:GREEN")));
    QCOMPARE(IntegrityLedger::head(rich.workspace->db())->count, before.count + 1);
    QVERIFY(rich.verify().isEmpty());
}

void TestIntegrityLedger::directEditsAreNamed_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QStringList>("expected"); // every one must appear in the findings

    const QString first = QStringLiteral("(SELECT min(id) FROM incident)");
    auto on = [&](const char *sql) { return QString::fromLatin1(sql).replace(QStringLiteral("$FIRST"), first); };
    QTest::newRow("title") << QStringList { on("UPDATE incident SET title = 'Nothing happened' WHERE id = $FIRST") }
                           << QStringList { QStringLiteral("INC-"), QStringLiteral("“title”") };
    QTest::newRow("tlp red to clear") << QStringList { on("UPDATE incident SET tlp = 'TLP:RED' WHERE id = $FIRST") }
                                      << QStringList { QStringLiteral("“tlp”") };
    QTest::newRow("status") << QStringList { on("UPDATE incident SET status = 'closed' WHERE id = $FIRST") }
                            << QStringList { QStringLiteral("“status”") };
    QTest::newRow("priority") << QStringList { on("UPDATE incident SET priority = 'P4' WHERE id = $FIRST") }
                              << QStringList { QStringLiteral("“priority”") };
    QTest::newRow("assignee") << QStringList { on("UPDATE incident SET assignee = 'Mallory' WHERE id = $FIRST") }
                              << QStringList { QStringLiteral("“assignee”") };
    QTest::newRow("summary") << QStringList { on("UPDATE incident SET summary = 'x' WHERE id = $FIRST") }
                             << QStringList { QStringLiteral("“summary”") };
    QTest::newRow("detected time") << QStringList { on("UPDATE incident SET detected_utc = '2020-01-01T00:00:00.000Z' WHERE id = $FIRST") }
                                   << QStringList { QStringLiteral("“detected_utc”") };
    QTest::newRow("lessons") << QStringList { on("UPDATE incident SET lessons = 'none' WHERE id = $FIRST") }
                             << QStringList { QStringLiteral("“lessons”") };
    QTest::newRow("incident deleted") << QStringList { on("DELETE FROM incident WHERE id = (SELECT max(id) FROM incident)") }
                                      << QStringList { QStringLiteral("was deleted outside CSIRT Kit") };
    QTest::newRow("incident added") << QStringList { QStringLiteral(
        "INSERT INTO incident (ident, title, priority, created_utc, updated_utc) VALUES "
        "('INC-1999-0001', 'Planted', 'P3', '1999-01-01T00:00:00Z', '1999-01-01T00:00:00Z')") }
                                    << QStringList { QStringLiteral("INC-1999-0001 is not in the integrity ledger") };
    QTest::newRow("status history changed") << QStringList { on("UPDATE incident_transition SET to_status = 'rejected' WHERE incident_id = $FIRST") }
                                            << QStringList { QStringLiteral("status history") };
    QTest::newRow("status history deleted") << QStringList { on("DELETE FROM incident_transition WHERE incident_id = $FIRST") }
                                            << QStringList { QStringLiteral("status history") };
    QTest::newRow("observable changed") << QStringList { on("UPDATE observable SET value = '198.51.100.1' WHERE incident_id = $FIRST") }
                                        << QStringList { QStringLiteral("observables") };
    QTest::newRow("observable deleted") << QStringList { on("DELETE FROM observable WHERE incident_id = $FIRST") }
                                        << QStringList { QStringLiteral("observables") };
    QTest::newRow("task done") << QStringList { on("UPDATE incident_task SET done = 1 WHERE incident_id = $FIRST") }
                               << QStringList { QStringLiteral("tasks") };
    QTest::newRow("task deleted") << QStringList { on("DELETE FROM incident_task WHERE incident_id = $FIRST") }
                                  << QStringList { QStringLiteral("tasks") };
    QTest::newRow("communication") << QStringList { on("UPDATE communication SET summary = 'nothing' WHERE incident_id = $FIRST") }
                                   << QStringList { QStringLiteral("communications") };
    QTest::newRow("evidence hash") << QStringList { on("UPDATE evidence_item SET sha256 = 'bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb' WHERE incident_id = $FIRST") }
                                   << QStringList { QStringLiteral("evidence") };
    QTest::newRow("journal re-hashed") << QStringList { on("UPDATE incident SET journal_head = 'forged' WHERE id = $FIRST") }
                                       << QStringList { QStringLiteral("“journal_head”") };
    QTest::newRow("counter reset") << QStringList { QStringLiteral("UPDATE incident_sequence SET last = 0") }
                                   << QStringList { QStringLiteral("identifier counter") };
    QTest::newRow("priority matrix") << QStringList { QStringLiteral(
        "INSERT OR REPLACE INTO priority_matrix (impact, urgency, priority) VALUES ('high', 'high', 'P4')") }
                                     << QStringList { QStringLiteral("priority matrix") };
    QTest::newRow("ledger entry edited") << QStringList { QStringLiteral("UPDATE integrity_ledger SET state = x'00' WHERE seq = 2") }
                                         << QStringList { QStringLiteral("Integrity ledger entry 2") };
    QTest::newRow("ledger entry deleted") << QStringList { QStringLiteral("DELETE FROM integrity_ledger WHERE seq = 3") }
                                          << QStringList { QStringLiteral("entry 3 was deleted") };
    QTest::newRow("newest ledger entries deleted") << QStringList { QStringLiteral(
        "DELETE FROM integrity_ledger WHERE seq > (SELECT max(seq) - 2 FROM integrity_ledger)") }
                                                   << QStringList { QStringLiteral("newest 2 integrity ledger entries") };
}

void TestIntegrityLedger::directEditsAreNamed()
{
    QFETCH(QStringList, statements);
    QFETCH(QStringList, expected);
    Rich rich;
    QVERIFY(rich.verify().isEmpty());
    QVERIFY(fixtures::rawSql(rich.file(), QStringList { QStringLiteral("PRAGMA foreign_keys = ON") } + statements));
    const QString found = joined(rich.verify());
    QVERIFY2(!found.isEmpty(), "the direct edit went unseen");
    for (const QString &part : std::as_const(expected))
        QVERIFY2(found.contains(part), qPrintable(found));
}

void TestIntegrityLedger::rewrittenChainNeedsAnAnchor()
{
    Rich rich;
    const auto anchor = IntegrityLedger::head(rich.workspace->db()).value();
    // Someone with the file and this source code: change the TLP, then rebuild the whole ledger.
    QVERIFY(fixtures::rawSql(rich.file(), { QStringLiteral("UPDATE incident SET tlp = 'TLP:CLEAR'") }));
    QVERIFY(fixtures::forgeLedger(rich.file()));
    // Without an anchor the forgery is consistent: this is the documented limit.
    QVERIFY(rich.verify().isEmpty());
    // With the anchor taken before, the rewrite shows.
    const auto checked = IntegrityLedger::checkAnchors(rich.workspace->db(), { anchor }).value();
    QCOMPARE(checked.size(), 1);
    QVERIFY2(checked.first().message.contains(QStringLiteral("rewritten")) || checked.first().message.contains(QStringLiteral("no longer")),
             qPrintable(checked.first().message));
}

void TestIntegrityLedger::anchorsRoundTripAndRefuseGarbage()
{
    Rich rich;
    const auto anchor = IntegrityLedger::head(rich.workspace->db()).value();
    const QString text = IntegrityLedger::anchorText(anchor, QStringLiteral("Org"));
    QVERIFY(text.contains(QStringLiteral("ledger: %1 %2").arg(anchor.count).arg(anchor.hash)));
    // Two anchors in one file, the second taken after a legitimate change: both still match.
    QVERIFY(IncidentRepository(*rich.workspace).setTlp(rich.first, QStringLiteral("TLP:GREEN")));
    const QString later = IntegrityLedger::anchorText(IntegrityLedger::head(rich.workspace->db()).value(), QStringLiteral("Org"));
    auto parsed = IntegrityLedger::parseAnchors((text + QLatin1Char('\n') + later).toUtf8());
    QVERIFY(parsed);
    QCOMPARE(parsed->size(), 2);
    QCOMPARE(parsed->first().hash, anchor.hash);
    QVERIFY(IntegrityLedger::checkAnchors(rich.workspace->db(), *parsed)->isEmpty());

    QVERIFY(!IntegrityLedger::parseAnchors("hello"));
    QVERIFY(!IntegrityLedger::parseAnchors("CSIRT Kit integrity anchor\nledger: 12 short\n"));
    auto other = anchor;
    other.workspaceId = QStringLiteral("0123456789abcdef0123456789abcdef");
    const auto foreign = IntegrityLedger::checkAnchors(rich.workspace->db(), { other }).value();
    QCOMPARE(foreign.size(), 1);
    QVERIFY(foreign.first().message.contains(QStringLiteral("another workspace")));
    auto future = anchor;
    future.count += 1000;
    QVERIFY(IntegrityLedger::checkAnchors(rich.workspace->db(), { future })->first().message.contains(QStringLiteral("no longer has entry")));
}

void TestIntegrityLedger::upgradeSealsExistingIncidents()
{
    // A format-9 workspace with incidents (as an older CSIRT Kit left it): the upgrade seals them.
    Rich rich;
    const QString path = rich.file();
    rich.workspace.reset();
    QVERIFY(fixtures::rawSql(path, fixtures::withoutTeamSchema({ QStringLiteral("DROP TABLE integrity_ledger"), QStringLiteral("DROP INDEX incident_link_other"),
                                     QStringLiteral("DELETE FROM workspace_meta WHERE key IN ('ledger_count', 'ledger_head')"),
                                     QStringLiteral("PRAGMA user_version = 9") })));
    auto reopened = Workspace::open(path);
    QVERIFY2(reopened, reopened ? "" : qPrintable(reopened.error().message));
    QCOMPARE((*reopened)->schemaVersion(), Workspace::latestSchemaVersion());
    auto findings = IntegrityLedger::verify((*reopened)->db());
    QVERIFY(findings);
    QVERIFY2(findings->isEmpty(), qPrintable(joined(*findings)));
    QCOMPARE(sql::scalar((*reopened)->db(), QStringLiteral("SELECT count(*) FROM integrity_ledger"))->toInt(), 3);
}

QTEST_GUILESS_MAIN(TestIntegrityLedger)
#include "tst_integrityledger.moc"
