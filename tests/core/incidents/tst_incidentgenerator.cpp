#include "IncidentFixture.h"

#include "incidents/IncidentGenerator.h"
#include "incidents/IncidentHistory.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentSearch.h"
#include "workspace/SqlUtil.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace csirtkit;

class TestIncidentGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void generatesCompleteSearchableIncidents();
    void stoppingKeepsWholeBatches();
    void recordsAgreeAndFollowTheLanguage();
};

void TestIncidentGenerator::generatesCompleteSearchableIncidents()
{
    fixtures::Incidents f; // two incidents already there
    Workspace &ws = *f.workspace;
    QCOMPARE(IncidentGenerator::generate(ws, 1200, 7).value(), 1200);
    QCOMPARE(IncidentRepository(ws).count().value(), 1202);
    const auto entries = sql::scalar(ws.db(), QStringLiteral("SELECT min(n), max(n) FROM (SELECT count(*) n FROM journal_entry "
                                                             "WHERE incident_id > 2 GROUP BY incident_id)"));
    QVERIFY(entries);
    QVERIFY(IncidentJournal(ws).verifyAll()->isEmpty()); // every generated chain is valid
    QCOMPARE(sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM incident_fts"))->toInt(), 1202);
    QVERIFY(sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM workspace_meta WHERE key = 'fts_bulk'"))->toInt() == 0);
    QVERIFY(!IncidentSearch(ws).search(QStringLiteral("phishing"))->isEmpty());
    QVERIFY(sql::scalar(ws.db(), QStringLiteral("SELECT count(DISTINCT rsit_class) FROM incident"))->toInt() >= 8);
    QVERIFY(sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM observable"))->toInt() >= 1200);
    QCOMPARE(IncidentGenerator::generate(ws, 0).error().code, ErrorCode::Invalid);
}

void TestIncidentGenerator::stoppingKeepsWholeBatches()
{
    fixtures::Incidents f;
    const auto added = IncidentGenerator::generate(*f.workspace, 2000, 3, [](int done, int) { return done < 500; });
    QCOMPARE(added.value(), 500);
    QCOMPARE(IncidentRepository(*f.workspace).count().value(), 502);
}

void TestIncidentGenerator::recordsAgreeAndFollowTheLanguage()
{
    for (const QString &language : { QStringLiteral("en"), QStringLiteral("ja") }) {
        fixtures::Incidents f;
        Workspace &ws = *f.workspace;
        QCOMPARE(IncidentGenerator::generate(ws, 400, 11, {}, language).value(), 400);
        // Titles belong to their category: each is the title of a story of the same RSIT class and type.
        QHash<QString, QSet<QString>> titles;
        for (const IncidentStory &s : IncidentHistory::stories())
            titles[s.rsitClass + QLatin1Char('/') + s.rsitType].insert(s.title.in(language));
        QSqlQuery q(ws.db());
        QVERIFY(q.exec(QStringLiteral("SELECT id, title, rsit_class, rsit_type, status, triaged_utc, resolved_utc, closed_utc, "
                                      "(SELECT count(*) FROM incident_transition t WHERE t.incident_id = i.id), "
                                      "(SELECT count(*) FROM incident_task k WHERE k.incident_id = i.id), "
                                      "(SELECT count(*) FROM incident_task k WHERE k.incident_id = i.id AND k.done = 1), "
                                      "(SELECT max(at_utc) FROM journal_entry j WHERE j.incident_id = i.id), ident, detected_utc "
                                      "FROM incident i WHERE id > 2 ORDER BY id")));
        const QStringList stages = { QStringLiteral("new"), QStringLiteral("triage"), QStringLiteral("response"),
                                     QStringLiteral("resolved"), QStringLiteral("closed") };
        const QString now = sql::nowUtcText();
        QString previousDetected;
        QSet<QString> seenStatuses;
        while (q.next()) {
            const QString what = q.value(12).toString() + QStringLiteral(" ") + q.value(1).toString();
            QVERIFY2(titles.value(q.value(2).toString() + QLatin1Char('/') + q.value(3).toString()).contains(q.value(1).toString()),
                     qPrintable(what));
            QCOMPARE(q.value(1).toString().contains(QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30ff}\\x{4e00}-\\x{9fff}]"))),
                     language == QLatin1String("ja"));
            const int stage = int(stages.indexOf(q.value(4).toString()));
            QVERIFY2(stage >= 0, qPrintable(what));
            seenStatuses.insert(q.value(4).toString());
            QCOMPARE(!q.value(5).isNull(), stage >= 2);
            QCOMPARE(!q.value(6).isNull(), stage >= 3);
            QCOMPARE(!q.value(7).isNull(), stage >= 4);
            QCOMPARE(q.value(8).toInt(), stage);
            if (stage == 0)
                QCOMPARE(q.value(10).toInt(), 0);
            if (stage >= 3)
                QCOMPARE(q.value(10).toInt(), q.value(9).toInt());
            QVERIFY2(q.value(11).toString() <= now, qPrintable(what));
            QVERIFY(q.value(13).toString() >= previousDetected); // identifiers count up with time
            previousDetected = q.value(13).toString();
        }
        QCOMPARE(seenStatuses.size(), qsizetype(5));
        QVERIFY(IncidentJournal(ws).verifyAll()->isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestIncidentGenerator)
#include "tst_incidentgenerator.moc"
