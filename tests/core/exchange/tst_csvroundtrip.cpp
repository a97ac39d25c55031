// The app's own CSV, exported and imported again, keeps every column it carries: statuses,
// priorities (with an override's reason), milestone times, a rejection's reason and what a
// duplicate duplicates, as labels in either language or as keys.

#include "IncidentFixture.h"

#include "common/Language.h"
#include "exchange/CsvExporter.h"
#include "exchange/CsvFormat.h"
#include "exchange/CsvImporter.h"
#include "incidents/IncidentJournal.h"
#include "workspace/SqlUtil.h"

#include <QBuffer>

using namespace csirtkit;

namespace {

const QString Author = QStringLiteral("Aiko");

QByteArray exported(Workspace &workspace, const CsvExporter::Options &options)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = CsvExporter(workspace).write(buffer, options);
    return written ? buffer.data() : QByteArray();
}

CsvExporter::Options keys()
{
    CsvExporter::Options options;
    options.header = CsvExporter::Header::Keys;
    options.values = CsvExporter::Values::Keys;
    return options;
}

} // namespace

class TestCsvRoundTrip : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fx.reset(); }
    void labelsInTheExportLanguage();
    void everyColumnSurvives_data();
    void everyColumnSurvives();
    void duplicateOfAnUnknownIncidentIsRejected();
    void unknownStatusListsTheAcceptedOnes();

private:
    std::unique_ptr<fixtures::Incidents> m_fx;
    qint64 m_closed = 0;
    qint64 m_rejected = 0;
    qint64 m_duplicate = 0;
};

void TestCsvRoundTrip::init()
{
    m_fx = std::make_unique<fixtures::Incidents>(); // two new incidents
    QVERIFY(m_fx->workspace);
    IncidentRepository repo(*m_fx->workspace);
    IncidentDraft d;
    d.title = QStringLiteral("Ransomware on the file server");
    d.summary = QStringLiteral("Shares encrypted,\nnote left in every folder.");
    d.channel = QStringLiteral("internal_user");
    d.impact = QStringLiteral("high");
    d.urgency = QStringLiteral("high");
    d.rsitClass = QStringLiteral("malicious-code");
    d.rsitType = QStringLiteral("c2-server");
    d.tlp = QStringLiteral("TLP:RED");
    d.occurredUtc = QDateTime(QDate(2026, 2, 3), QTime(4, 5), QTimeZone::UTC);
    d.detectedUtc = QDateTime(QDate(2026, 2, 3), QTime(6, 7), QTimeZone::UTC);
    d.reportedUtc = QDateTime(QDate(2026, 2, 4), QTime(8, 9), QTimeZone::UTC);
    m_closed = repo.create(d, Author).value();
    QVERIFY(repo.overridePriority(m_closed, QStringLiteral("P2"), QStringLiteral("Backups are intact")).ok());
    for (const char *to : { "triage", "response", "resolved", "closed" })
        QVERIFY(repo.transition(m_closed, QString::fromLatin1(to), Author, QString()).ok());
    QVERIFY(repo.setTime(m_closed, IncidentRepository::TimeField::Contained, QDateTime(QDate(2026, 2, 5), QTime(1, 2), QTimeZone::UTC)).ok());
    QVERIFY(repo.setText(m_closed, IncidentRepository::TextField::Lessons, QStringLiteral("Offline backups saved us.")).ok());

    d = {};
    d.title = QStringLiteral("Port scan from a research project");
    m_rejected = repo.create(d, Author).value();
    QVERIFY(repo.transition(m_rejected, QStringLiteral("rejected"), Author, QStringLiteral("Not an incident: announced research")).ok());
    d.title = QStringLiteral("Second report of the ransomware");
    m_duplicate = repo.create(d, Author).value();
    QVERIFY(repo.transition(m_duplicate, QStringLiteral("duplicate"), Author, QString(), m_closed).ok());
}

void TestCsvRoundTrip::labelsInTheExportLanguage()
{
    CsvExporter::Options options;
    options.scope.incidentIds = { m_closed };
    options.columns = { QStringLiteral("status"), QStringLiteral("priority"), QStringLiteral("impact"), QStringLiteral("rsit_type"),
                        QStringLiteral("channel") };
    options.language = QStringLiteral("ja");
    auto records = CsvFormat::parse(exported(*m_fx->workspace, options)).value();
    QCOMPARE(records.at(0), (QStringList { QStringLiteral("TLP"), QStringLiteral("状態"), QStringLiteral("優先度"),
                                           QStringLiteral("影響度"), QStringLiteral("RSIT 種別"), QStringLiteral("報告経路") }));
    QCOMPARE(records.at(1).mid(0, 4), (QStringList { QStringLiteral("TLP:RED"), QStringLiteral("クローズ"), QStringLiteral("P2 – 高"),
                                                     QStringLiteral("高") }));
    QVERIFY2(records.at(1).at(4).contains(QStringLiteral("C2")), qPrintable(records.at(1).at(4)));
    options.language = QStringLiteral("en");
    records = CsvFormat::parse(exported(*m_fx->workspace, options)).value();
    QCOMPARE(records.at(0).at(1), QStringLiteral("Status"));
    QCOMPARE(records.at(1).mid(0, 4), (QStringList { QStringLiteral("TLP:RED"), QStringLiteral("Closed"), QStringLiteral("P2 – High"),
                                                     QStringLiteral("High") }));
    options.header = CsvExporter::Header::Keys;
    options.values = CsvExporter::Values::Keys;
    records = CsvFormat::parse(exported(*m_fx->workspace, options)).value();
    QCOMPARE(records.at(1), (QStringList { QStringLiteral("TLP:RED"), QStringLiteral("closed"), QStringLiteral("P2"), QStringLiteral("high"),
                                           QStringLiteral("c2-server"), QStringLiteral("internal_user") }));
}

void TestCsvRoundTrip::everyColumnSurvives_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("asKeys");
    QTest::newRow("English labels") << QStringLiteral("en") << false;
    QTest::newRow("Japanese labels") << QStringLiteral("ja") << false;
    QTest::newRow("keys") << QStringLiteral("en") << true;
}

void TestCsvRoundTrip::everyColumnSurvives()
{
    QFETCH(QString, language);
    QFETCH(bool, asKeys);
    CsvExporter::Options options = asKeys ? keys() : CsvExporter::Options();
    options.language = language;
    options.bom = true;
    const QByteArray file = exported(*m_fx->workspace, options);
    QVERIFY(!file.isEmpty());

    fixtures::Incidents target;
    CsvImporter importer(*target.workspace);
    QVERIFY(importer.loadData(file).ok());
    const CsvMapping mapping = importer.guessMapping();
    QCOMPARE(mapping.columns.size(), CsvExporter::columnKeys().size()); // every column is recognised
    auto report = importer.import(mapping, Author);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->toCreate, 5);
    QVERIFY2(report->issues.isEmpty(), qPrintable(report->text()));

    // Both workspaces as keys: the imported rows carry the source's values in every column; the ID
    // is kept as the external id, and "duplicate of" names the copy of the original.
    const auto before = CsvFormat::parse(exported(*m_fx->workspace, keys())).value();
    const auto after = CsvFormat::parse(exported(*target.workspace, keys())).value();
    const QStringList header = before.at(0);
    QCOMPARE(after.at(0), header);
    const qsizetype ident = header.indexOf(QStringLiteral("ident"));
    const qsizetype duplicateOf = header.indexOf(QStringLiteral("duplicate_of"));
    QHash<QString, QString> sourceIdent; // target ident → source ident
    auto q = sql::exec(target.workspace->db(), QStringLiteral("SELECT ident, substr(external_id, 5) FROM incident WHERE external_id IS NOT NULL"));
    QVERIFY(q.ok());
    while (q->next())
        sourceIdent.insert(q->value(0).toString(), q->value(1).toString());
    QCOMPARE(sourceIdent.size(), 5);
    int compared = 0;
    for (qsizetype r = 1; r < after.size(); ++r) {
        QStringList copy = after.at(r);
        if (!sourceIdent.contains(copy.at(ident)))
            continue; // the target's own incidents
        copy[ident] = sourceIdent.value(copy.at(ident));
        if (!copy.at(duplicateOf).isEmpty())
            copy[duplicateOf] = sourceIdent.value(copy.at(duplicateOf));
        const auto original = std::find_if(before.cbegin() + 1, before.cend(), [&](const QStringList &row) { return row.at(ident) == copy.at(ident); });
        QVERIFY(original != before.cend());
        for (qsizetype c = 0; c < header.size(); ++c)
            QVERIFY2(copy.at(c) == original->at(c), qPrintable(QStringLiteral("%1 %2: “%3” became “%4”")
                                                                 .arg(copy.at(ident), header.at(c), original->at(c), copy.at(c))));
        ++compared;
    }
    QCOMPARE(compared, 5);

    // The status was reached by a journaled transition from New, shown in the reader's language.
    auto closed = sql::scalar(target.workspace->db(), QStringLiteral("SELECT id FROM incident WHERE title = 'Ransomware on the file server'"));
    auto journal = IncidentJournal(*target.workspace).entries(closed->toLongLong());
    QVERIFY(journal.ok());
    QVERIFY(std::any_of(journal->cbegin(), journal->cend(), [](const JournalRecord &e) {
        return IncidentJournal::shownText(e, QStringLiteral("ja")).startsWith(QStringLiteral("受付 → クローズ"));
    }));
    auto transitions = sql::scalar(target.workspace->db(), QStringLiteral("SELECT count(*) FROM incident_transition WHERE to_status = 'closed'"));
    QCOMPARE(transitions->toInt(), 1);
}

void TestCsvRoundTrip::duplicateOfAnUnknownIncidentIsRejected()
{
    const QByteArray file = "ID,Title,Status,Duplicate of,TLP\r\nX-1,Repeat report,Duplicate,X-99,GREEN\r\nX-2,Another,重複,,GREEN\r\n";
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData(file).ok());
    auto report = importer.import(importer.guessMapping(), Author);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->toCreate, 2);
    QCOMPARE(report->issues.size(), 2);
    QCOMPARE(report->issues.at(0).row, 3);
    QVERIFY(report->issues.at(0).problem.contains(QStringLiteral("does not say of which incident")));
    QCOMPARE(report->issues.at(1).row, 2);
    QCOMPARE(report->issues.at(1).field, QStringLiteral("Duplicate of"));
    QVERIFY2(report->issues.at(1).problem.contains(QStringLiteral("“X-99”")), qPrintable(report->issues.at(1).problem));
    QVERIFY(!report->issues.at(1).blocking);
    auto q = sql::exec(m_fx->workspace->db(), QStringLiteral("SELECT status, status_reason FROM incident WHERE external_id IN ('csv:X-1', 'csv:X-2') ORDER BY id"));
    QVERIFY(q.ok());
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("rejected"));
    QVERIFY(q->value(1).toString().contains(QStringLiteral("X-99")));
    QVERIFY(q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("rejected"));
}

void TestCsvRoundTrip::unknownStatusListsTheAcceptedOnes()
{
    const QByteArray file = "Title,Status,Priority,TLP\r\nA,Finished,Urgent,GREEN\r\n";
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData(file).ok());
    auto report = importer.validate(importer.guessMapping());
    QVERIFY(report.ok());
    QVERIFY(report->ok()); // a note, not a refusal
    QCOMPARE(report->issues.size(), 2);
    QVERIFY2(report->issues.at(0).problem.contains(QStringLiteral("Closed")) && report->issues.at(0).problem.contains(QStringLiteral("Triage")),
             qPrintable(report->issues.at(0).problem));
    QVERIFY2(report->issues.at(1).problem.contains(QStringLiteral("P1 – Critical")), qPrintable(report->issues.at(1).problem));
    QCOMPARE(report->issues.at(0).row, 2);

    // A class that exists with a type it does not have: the class's types are listed; no class: the classes.
    CsvImporter rsit(*m_fx->workspace);
    QVERIFY(rsit.loadData("Title,RSIT class,RSIT type,TLP\r\nA,Fraud,Ransom,GREEN\r\nB,Sorcery,Spell,GREEN\r\n").ok());
    auto classified = rsit.validate(rsit.guessMapping());
    QVERIFY(classified.ok());
    QCOMPARE(classified->issues.size(), 2);
    QVERIFY2(classified->issues.at(0).problem.contains(QStringLiteral("Phishing")), qPrintable(classified->issues.at(0).problem));
    QVERIFY2(classified->issues.at(1).problem.contains(QStringLiteral("Malicious code")), qPrintable(classified->issues.at(1).problem));
}

QTEST_GUILESS_MAIN(TestCsvRoundTrip)
#include "tst_csvroundtrip.moc"
