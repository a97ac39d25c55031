#include "IncidentFixture.h"

#include "exchange/CsvExporter.h"
#include "exchange/CsvImporter.h"
#include "incidents/Taxonomy.h"
#include "org/OrgProfileRepository.h"
#include "workspace/SqlUtil.h"

#include <QBuffer>
#include <QSqlQuery>

using namespace csirtkit;

namespace {

const QString Author = QStringLiteral("Aiko");

QByteArray csv(const QList<QStringList> &records)
{
    QByteArray bytes;
    for (const QStringList &r : records)
        bytes += CsvFormat::record(r);
    return bytes;
}

} // namespace

class TestCsvImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fx.reset(); }
    void exportImportRoundTrip();
    void japaneseHeadersAndText();
    void unknownChannelListsTheAcceptedOnes();
    void guessesMappingFromNames();
    void previewAndHeaderNames();
    void detectsDateFormats_data();
    void detectsDateFormats();
    void reportsProblemsWithoutWriting();
    void brokenRowInTheMiddleWritesNothing();
    void failureDuringWriteRollsBack();
    void cancelWritesNothing();
    void sameFileTwiceAddsNothing();
    void rememberedMappings();
    void refusesUnreadableFiles();
    void refusesControlCharacters();
    void refusesLoneSurrogateInUtf16();
    void refusesTimesOutOfRange();

private:
    qint64 count() const { return IncidentRepository(*m_fx->workspace).count().value(); }
    Incident last() const
    {
        auto id = sql::scalar(m_fx->workspace->db(), QStringLiteral("SELECT max(id) FROM incident"));
        return IncidentRepository(*m_fx->workspace).incident(id->toLongLong()).value();
    }
    QString externalId(qint64 id) const
    {
        return sql::scalar(m_fx->workspace->db(), QStringLiteral("SELECT external_id FROM incident WHERE id = ?"), { id })->toString();
    }

    std::unique_ptr<fixtures::Incidents> m_fx;
    QTimeZone m_tokyo { "Asia/Tokyo" };
};

void TestCsvImporter::init()
{
    m_fx = std::make_unique<fixtures::Incidents>();
    QVERIFY(m_fx->workspace);
    QVERIFY(OrgProfileRepository(*m_fx->workspace).setValue(OrgProfile::Field::TimeZone, QStringLiteral("Asia/Tokyo")).ok());
}

void TestCsvImporter::exportImportRoundTrip()
{
    IncidentRepository source(*m_fx->workspace);
    IncidentDraft d;
    d.title = QStringLiteral("=HYPERLINK(\"http://evil.example/\")");
    d.summary = QStringLiteral("Mail with a \"link\",\nsent to 12 people; 経理部");
    d.reporter = QStringLiteral("Service desk");
    d.channel = QStringLiteral("internal_user");
    d.contact = QStringLiteral("+81 3 1234 5678");
    d.impact = QStringLiteral("high");
    d.urgency = QStringLiteral("low");
    d.rsitClass = QStringLiteral("malicious-code");
    d.rsitType = QStringLiteral("infected-system");
    d.jpcert = QStringLiteral("targeted_attack");
    d.tlp = QStringLiteral("TLP:RED");
    d.occurredUtc = QDateTime(QDate(2026, 2, 3), QTime(4, 5), QTimeZone::UTC);
    d.detectedUtc = QDateTime(QDate(2026, 2, 3), QTime(6, 7), QTimeZone::UTC);
    d.reportedUtc = QDateTime(QDate(2026, 2, 4), QTime(8, 9), QTimeZone::UTC);
    d.assignee = QStringLiteral("Ken Sato");
    const qint64 id = source.create(d, Author).value();
    QVERIFY(source.setText(id, IncidentRepository::TextField::Helpers, QStringLiteral("Mei, Jun")).ok());
    QVERIFY(source.setText(id, IncidentRepository::TextField::Lessons, QStringLiteral("-Block macros\n-Train staff")).ok());
    const Incident original = source.incident(id).value();

    for (const auto header : { CsvExporter::Header::Titles, CsvExporter::Header::Keys }) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        CsvExporter::Options options;
        options.header = header;
        options.bom = true;
        QVERIFY(CsvExporter(*m_fx->workspace).write(buffer, options).ok());

        fixtures::Incidents target;
        CsvImporter importer(*target.workspace);
        QVERIFY(importer.loadData(buffer.data()).ok());
        const CsvMapping mapping = importer.guessMapping();
        for (const QString &field : CsvImporter::fieldKeys())
            QVERIFY2(mapping.columns.values().contains(field), qPrintable(field));
        auto report = importer.import(mapping, Author);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QCOMPARE(report->records, 3);
        QCOMPARE(report->toCreate, 3);
        QVERIFY(report->ok());

        auto idOf = sql::scalar(target.workspace->db(), QStringLiteral("SELECT id FROM incident WHERE external_id = ?"),
                                { QString(QStringLiteral("csv:") + original.ident) });
        QVERIFY(idOf.ok() && !idOf->isNull());
        const Incident copy = IncidentRepository(*target.workspace).incident(idOf->toLongLong()).value();
        QCOMPARE(copy.title, original.title); // the apostrophe the export added is gone again
        QCOMPARE(copy.summary, original.summary);
        QCOMPARE(copy.reporter, original.reporter);
        QCOMPARE(copy.channel, original.channel);
        QCOMPARE(copy.contact, original.contact);
        QCOMPARE(copy.impact, original.impact);
        QCOMPARE(copy.urgency, original.urgency);
        QCOMPARE(copy.priority, original.priority);
        QCOMPARE(copy.rsitClass, original.rsitClass);
        QCOMPARE(copy.rsitType, original.rsitType);
        QCOMPARE(copy.jpcert, original.jpcert);
        QCOMPARE(copy.tlp, original.tlp);
        QCOMPARE(copy.occurredUtc, original.occurredUtc);
        QCOMPARE(copy.detectedUtc, original.detectedUtc);
        QCOMPARE(copy.reportedUtc, original.reportedUtc);
        QCOMPARE(copy.assignee, original.assignee);
        QCOMPARE(copy.helpers, original.helpers);
        QCOMPARE(copy.lessons, original.lessons);
    }
}

void TestCsvImporter::japaneseHeadersAndText()
{
    const QByteArray bytes = QByteArrayLiteral("\xEF\xBB\xBF") + QStringLiteral(
        "管理番号,件名,概要,報告者,受付経路,影響度,緊急度,発生日時,TLP,担当者\r\n"
        "A-001,経理部への不審なメール,\"添付ファイル付きのメールが\n5名に届いた\",山田 太郎,社内の利用者からの報告,高,中,2026/3/1 9:30,TLP:GREEN,佐藤\r\n"
        "A-002,ウェブサイト改ざん,トップページが書き換えられた,外部の方,顧客・取引先,中,高,2026/03/02 14:05,amber,鈴木\r\n").toUtf8();
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData(bytes).ok());
    const CsvMapping mapping = importer.guessMapping();
    QCOMPARE(mapping.columns.value(QStringLiteral("管理番号")), QStringLiteral("ident"));
    QCOMPARE(mapping.columns.value(QStringLiteral("件名")), QStringLiteral("title"));
    QCOMPARE(mapping.columns.value(QStringLiteral("受付経路")), QStringLiteral("channel"));
    QCOMPARE(mapping.columns.value(QStringLiteral("発生日時")), QStringLiteral("occurred"));
    QCOMPARE(mapping.columns.size(), 10);
    QCOMPARE(importer.detectDateFormat(mapping), QStringLiteral("yyyy/MM/dd"));
    auto report = importer.import(mapping, Author);
    QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
    QCOMPARE(report->toCreate, 2);
    QCOMPARE(count(), 4);
    const Incident second = last();
    QCOMPARE(second.title, QStringLiteral("ウェブサイト改ざん"));
    QCOMPARE(second.channel, QStringLiteral("customer"));
    QCOMPARE(second.impact, QStringLiteral("medium"));
    QCOMPARE(second.urgency, QStringLiteral("high"));
    QCOMPARE(second.tlp, QStringLiteral("TLP:AMBER"));
    QCOMPARE(second.assignee, QStringLiteral("鈴木"));
    QCOMPARE(second.occurredUtc, QDateTime(QDate(2026, 3, 2), QTime(14, 5), m_tokyo).toUTC());
    QCOMPARE(externalId(second.id), QStringLiteral("csv:A-002"));
    const Incident first = IncidentRepository(*m_fx->workspace).incident(second.id - 1).value();
    QCOMPARE(first.summary, QStringLiteral("添付ファイル付きのメールが\n5名に届いた"));
    QCOMPARE(first.reporter, QStringLiteral("山田 太郎"));
    QCOMPARE(first.channel, QStringLiteral("internal_user"));
    QCOMPARE(first.impact, QStringLiteral("high"));
    QCOMPARE(first.tlp, QStringLiteral("TLP:GREEN"));
    QCOMPARE(first.occurredUtc, QDateTime(QDate(2026, 3, 1), QTime(0, 30), QTimeZone::UTC));
}

void TestCsvImporter::guessesMappingFromNames()
{
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData("Subject;Description;TLP;Occurred (UTC);Severity;RSIT type;タイトル;Notes\r\nx;y;z;w;v;u;t;s\r\n").ok());
    QCOMPARE(importer.delimiter(), ';');
    const CsvMapping mapping = importer.guessMapping();
    const QMap<QString, QString> expected = { { QStringLiteral("Subject"), QStringLiteral("title") },
                                              { QStringLiteral("Description"), QStringLiteral("summary") },
                                              { QStringLiteral("TLP"), QStringLiteral("tlp") },
                                              { QStringLiteral("Occurred (UTC)"), QStringLiteral("occurred") },
                                              { QStringLiteral("Severity"), QStringLiteral("impact") },
                                              { QStringLiteral("RSIT type"), QStringLiteral("rsit_type") } };
    QCOMPARE(mapping.columns, expected); // the second title column and unknown names stay unmapped
    QVERIFY(mapping.dateFormat.isEmpty());
}

void TestCsvImporter::previewAndHeaderNames()
{
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData("title,,title\r\na,b\r\nc,d,e,f\r\n\r\ng,h,i\r\n").ok());
    QCOMPARE(importer.header(), (QStringList { QStringLiteral("title"), QStringLiteral("Column 2"), QStringLiteral("title (2)") }));
    QCOMPARE(importer.encoding(), QStringLiteral("UTF-8"));
    const QList<QStringList> preview = importer.preview(2);
    QCOMPARE(preview, (QList<QStringList> { { QStringLiteral("a"), QStringLiteral("b"), QString() },
                                            { QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e") } }));
    QCOMPARE(importer.preview().size(), 3);
}

void TestCsvImporter::detectsDateFormats_data()
{
    QTest::addColumn<QStringList>("values");
    QTest::addColumn<QString>("format");
    QTest::addColumn<bool>("ambiguous");
    QTest::addColumn<QDateTime>("firstLocal");
    const auto at = [](int y, int mo, int d, int h = 0, int mi = 0) { return QDateTime(QDate(y, mo, d), QTime(h, mi)); };
    QTest::newRow("iso") << QStringList { QStringLiteral("2026-03-01T09:30:00+09:00"), QStringLiteral("2026-03-02") }
                         << QStringLiteral("iso8601") << false << at(2026, 3, 1, 9, 30);
    QTest::newRow("iso space") << QStringList { QStringLiteral("2026-03-01 09:30") } << QStringLiteral("iso8601") << false
                               << at(2026, 3, 1, 9, 30);
    QTest::newRow("japanese slashes") << QStringList { QStringLiteral("2026/3/1 9:05"), QStringLiteral("2026/03/15 18:00:30") }
                                      << QStringLiteral("yyyy/MM/dd") << false << at(2026, 3, 1, 9, 5);
    QTest::newRow("kanji") << QStringList { QStringLiteral("2026年3月1日 10:00"), QStringLiteral("２０２６年３月２日") }
                           << QStringLiteral("yyyy年MM月dd日") << false << at(2026, 3, 1, 10, 0);
    QTest::newRow("german") << QStringList { QStringLiteral("01.03.2026 08:15"), QStringLiteral("15.03.2026") }
                            << QStringLiteral("dd.MM.yyyy") << false << at(2026, 3, 1, 8, 15);
    QTest::newRow("month first") << QStringList { QStringLiteral("03/01/2026"), QStringLiteral("03/15/2026 2:30 PM") }
                                 << QStringLiteral("MM/dd/yyyy") << false << at(2026, 3, 1);
    QTest::newRow("day first") << QStringList { QStringLiteral("01/03/2026"), QStringLiteral("15/03/2026"), QStringLiteral("") }
                               << QStringLiteral("dd/MM/yyyy") << false << at(2026, 3, 1);
    QTest::newRow("day first found late") << QStringList { QStringLiteral("01/02/2026"), QStringLiteral("02/03/2026"),
                                                           QStringLiteral("28/02/2026") }
                                          << QStringLiteral("dd/MM/yyyy") << false << at(2026, 2, 1);
    QTest::newRow("ambiguous") << QStringList { QStringLiteral("01/03/2026"), QStringLiteral("02/03/2026") }
                               << QStringLiteral("MM/dd/yyyy") << true << at(2026, 1, 3);
    QTest::newRow("mixed with iso") << QStringList { QStringLiteral("2026-01-05T00:00:00Z"), QStringLiteral("13.01.2026") }
                                    << QStringLiteral("dd.MM.yyyy") << false << at(2026, 1, 5, 9, 0);
}

void TestCsvImporter::detectsDateFormats()
{
    QFETCH(QStringList, values);
    QFETCH(QString, format);
    QFETCH(bool, ambiguous);
    QFETCH(QDateTime, firstLocal);
    QList<QStringList> records = { { QStringLiteral("Title"), QStringLiteral("Detected") } };
    for (const QString &v : values)
        records << QStringList { QStringLiteral("Incident %1").arg(records.size()), v };
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData(csv(records)).ok());
    const CsvMapping mapping = importer.guessMapping();
    bool wasAmbiguous = !ambiguous;
    QCOMPARE(importer.detectDateFormat(mapping, &wasAmbiguous), format);
    QCOMPARE(wasAmbiguous, ambiguous);
    auto report = importer.validate(mapping);
    QVERIFY(report.ok() && report->ok());
    bool noted = false;
    for (const ImportIssue &issue : report->issues)
        noted = noted || issue.problem.contains(QStringLiteral("month/day"));
    QCOMPARE(noted, ambiguous);
    QVERIFY(importer.import(mapping, Author).ok());
    QCOMPARE(IncidentRepository(*m_fx->workspace).byIdent(last().ident)->title, QStringLiteral("Incident %1").arg(values.size()));
    const Incident first = IncidentRepository(*m_fx->workspace).incident(last().id - values.size() + 1).value();
    QCOMPARE(first.detectedUtc, QDateTime(firstLocal.date(), firstLocal.time(), m_tokyo).toUTC());
}

void TestCsvImporter::reportsProblemsWithoutWriting()
{
    const QByteArray bytes = csv({ { QStringLiteral("Title"), QStringLiteral("Channel"), QStringLiteral("Impact"),
                                     QStringLiteral("TLP"), QStringLiteral("Detected"), QStringLiteral("RSIT class"),
                                     QStringLiteral("RSIT type"), QStringLiteral("Remarks") },
                                   { QStringLiteral("Fax spam"), QStringLiteral("fax"), QStringLiteral("huge"), QStringLiteral("white"),
                                     QStringLiteral("yesterday"), QStringLiteral("abusive-content"), QStringLiteral("spam"), QStringLiteral("new") },
                                   { QStringLiteral("Secret"), QString(), QString(), QStringLiteral("TLP:BLACK"), QStringLiteral("2099-01-01"),
                                     QString(), QStringLiteral("brute-force"), QString() } });
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData(bytes).ok());
    auto report = importer.validate(importer.guessMapping());
    QVERIFY(report.ok());
    QVERIFY(!report->ok());
    QCOMPARE(report->records, 2);
    QCOMPARE(report->toCreate, 1);
    auto find = [&](int row, const QString &field) -> ImportIssue {
        for (const ImportIssue &issue : report->issues)
            if (issue.row == row && issue.field == field)
                return issue;
        return {};
    };
    QVERIFY(find(0, {}).problem.contains(QStringLiteral("Remarks"))); // not imported
    QCOMPARE(find(2, QStringLiteral("Channel")).consequence, QStringLiteral("The channel is set to “other”."));
    QVERIFY(!find(2, QStringLiteral("Channel")).blocking);
    QVERIFY(!find(2, QStringLiteral("Impact")).blocking);
    QVERIFY(find(2, QStringLiteral("Detected")).consequence.contains(QStringLiteral("left empty")));
    QVERIFY(find(2, QStringLiteral("TLP")).problem.isEmpty()); // "white" is TLP:CLEAR
    QVERIFY(find(3, QStringLiteral("TLP")).blocking);
    QVERIFY(find(3, QStringLiteral("TLP")).problem.contains(QStringLiteral("TLP:BLACK")));
    QVERIFY(find(3, QStringLiteral("Detected")).blocking); // in the future
    QVERIFY(report->text().contains(QStringLiteral("Record 3, TLP:")));
    QCOMPARE(count(), 2);
    auto refused = importer.import(importer.guessMapping(), Author);
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().message.contains(QStringLiteral("Nothing was imported")));
    QCOMPARE(count(), 2);

    // Without the bad row the rest imports, with the fall-backs the report announced.
    CsvImporter good(*m_fx->workspace);
    QVERIFY(good.loadData(bytes.left(bytes.lastIndexOf("Secret"))).ok());
    QVERIFY(good.import(good.guessMapping(), Author).ok());
    const Incident spam = last();
    QCOMPARE(spam.channel, QStringLiteral("other"));
    QCOMPARE(spam.impact, QStringLiteral("medium"));
    QCOMPARE(spam.tlp, QStringLiteral("TLP:CLEAR"));
    QVERIFY(!spam.detectedUtc.isValid());
    QCOMPARE(spam.rsitType, QStringLiteral("spam"));
}

void TestCsvImporter::brokenRowInTheMiddleWritesNothing()
{
    QList<QStringList> records = { { QStringLiteral("title"), QStringLiteral("summary") } };
    for (int i = 1; i <= 600; ++i)
        records << QStringList { i == 300 ? QString() : QStringLiteral("Row %1").arg(i), QStringLiteral("text") };
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData(csv(records)).ok());
    auto report = importer.validate(importer.guessMapping());
    QVERIFY(report.ok());
    QVERIFY(!report->ok());
    QCOMPARE(report->records, 600);
    QList<ImportIssue> blocking;
    for (const ImportIssue &issue : report->issues)
        if (issue.blocking)
            blocking << issue;
    QCOMPARE(blocking.size(), 1);
    QCOMPARE(blocking.first().row, 301); // spreadsheet row: the header is row 1
    QCOMPARE(blocking.first().field, QStringLiteral("title"));
    QCOMPARE(report->toCreate, 599);
    QVERIFY(!importer.import(importer.guessMapping(), Author).ok());
    QCOMPARE(count(), 2);

    // A quoted field left open in the middle stops the import as well.
    CsvImporter unclosed(*m_fx->workspace);
    QVERIFY(unclosed.loadData("title\r\nfirst\r\n\"second\r\nthird\r\n").ok());
    auto broken = unclosed.validate(unclosed.guessMapping());
    QVERIFY(broken.ok() && !broken->ok());
    QCOMPARE(broken->issues.last().row, 3);
    QVERIFY(!unclosed.import(unclosed.guessMapping(), Author).ok());
    QCOMPARE(count(), 2);
}

void TestCsvImporter::failureDuringWriteRollsBack()
{
    // The database refuses the third row while the first two are already written in the transaction.
    QSqlQuery trigger(m_fx->workspace->db());
    QVERIFY(trigger.exec(QStringLiteral("CREATE TEMP TRIGGER refuse BEFORE INSERT ON main.incident WHEN NEW.title = 'Boom' "
                                        "BEGIN SELECT RAISE(ABORT, 'refused by the test'); END")));
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData("title\r\nOne\r\nTwo\r\nBoom\r\nFour\r\n").ok());
    auto report = importer.validate(importer.guessMapping());
    QVERIFY(report.ok() && report->ok());
    auto imported = importer.import(importer.guessMapping(), Author);
    QVERIFY(!imported.ok());
    QVERIFY2(imported.error().message.contains(QStringLiteral("Row 4 could not be imported")), qPrintable(imported.error().message));
    QCOMPARE(count(), 2);
    QCOMPARE(sql::scalar(m_fx->workspace->db(), QStringLiteral("SELECT count(*) FROM incident WHERE title IN ('One', 'Two')"))->toInt(), 0);
}

void TestCsvImporter::cancelWritesNothing()
{
    QList<QStringList> records = { { QStringLiteral("title") } };
    for (int i = 1; i <= 1000; ++i)
        records << QStringList { QStringLiteral("Row %1").arg(i) };
    CsvImporter importer(*m_fx->workspace);
    const QByteArray bytes = csv(records);
    QVERIFY(importer.loadData(bytes).ok());
    const qint64 size = bytes.size();
    qint64 lastDone = 0;
    // Cancel in the writing pass, after 512 rows were written inside the transaction.
    auto cancelled = importer.import(importer.guessMapping(), Author, [&](qint64 done, qint64 total) {
        lastDone = done;
        return total == 2 * size && done < size + size / 3;
    });
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.error().message.contains(QStringLiteral("cancelled")));
    QVERIFY(lastDone > size);
    QCOMPARE(count(), 2);
    auto checkCancelled = importer.validate(importer.guessMapping(), [](qint64, qint64) { return false; });
    QVERIFY(!checkCancelled.ok());
    auto done = importer.import(importer.guessMapping(), Author, [](qint64, qint64) { return true; });
    QVERIFY(done.ok());
    QCOMPARE(count(), 1002);
}

void TestCsvImporter::sameFileTwiceAddsNothing()
{
    const QByteArray withoutIds = "title,reporter\r\nLost laptop,Front desk\r\nOdd login,SOC\r\nLost laptop,Front desk\r\n";
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData(withoutIds).ok());
    auto first = importer.import(importer.guessMapping(), Author);
    QVERIFY(first.ok());
    QCOMPARE(first->records, 3);
    QCOMPARE(first->toCreate, 2);
    QCOMPARE(first->duplicates, 1); // the third row repeats the first
    QCOMPARE(count(), 4);
    QVERIFY(externalId(last().id).startsWith(QStringLiteral("csv:")));
    QCOMPARE(externalId(last().id).size(), 4 + 64);
    auto again = importer.import(importer.guessMapping(), Author);
    QVERIFY(again.ok());
    QCOMPARE(again->toCreate, 0);
    QCOMPARE(again->duplicates, 3);
    QCOMPARE(count(), 4);
    // Extra spaces and another column order are the same rows.
    CsvImporter reordered(*m_fx->workspace);
    QVERIFY(reordered.loadData("reporter,title\r\n Front desk ,Lost laptop\r\n").ok());
    QCOMPARE(reordered.validate(reordered.guessMapping())->duplicates, 1);

    // With an ID column the id decides, even when the text changed.
    CsvImporter withIds(*m_fx->workspace);
    QVERIFY(withIds.loadData("ID,Title\r\nT-1,Printer on fire\r\n").ok());
    QCOMPARE(withIds.import(withIds.guessMapping(), Author)->toCreate, 1);
    QCOMPARE(externalId(last().id), QStringLiteral("csv:T-1"));
    QVERIFY(withIds.loadData("ID,Title\r\nT-1,Printer on fire (updated)\r\nT-2,Another\r\n").ok());
    auto third = withIds.import(withIds.guessMapping(), Author);
    QCOMPARE(third->toCreate, 1);
    QCOMPARE(third->duplicates, 1);
    QCOMPARE(count(), 6);
}

void TestCsvImporter::rememberedMappings()
{
    CsvImporter importer(*m_fx->workspace);
    CsvMapping mapping;
    mapping.columns = { { QStringLiteral("件名"), QStringLiteral("title") }, { QStringLiteral("日付"), QStringLiteral("occurred") } };
    mapping.dateFormat = QStringLiteral("dd.MM.yyyy");
    QVERIFY(importer.saveMapping(QStringLiteral("Helpdesk export"), mapping).ok());
    QVERIFY(importer.saveMapping(QStringLiteral("Another"), {}).ok());
    QCOMPARE(importer.mappingNames().value(), (QStringList { QStringLiteral("Another"), QStringLiteral("Helpdesk export") }));
    QCOMPARE(importer.mapping(QStringLiteral("Helpdesk export")).value(), mapping);
    mapping.dateFormat = QStringLiteral("MM/dd/yyyy");
    QVERIFY(importer.saveMapping(QStringLiteral("Helpdesk export"), mapping).ok()); // replaces
    QCOMPARE(importer.mapping(QStringLiteral("Helpdesk export"))->dateFormat, QStringLiteral("MM/dd/yyyy"));
    QVERIFY(importer.removeMapping(QStringLiteral("Another")).ok());
    QCOMPARE(importer.mappingNames()->size(), 1);
    QCOMPARE(importer.mapping(QStringLiteral("Another")).error().code, ErrorCode::NotFound);
    QVERIFY(!importer.saveMapping(QStringLiteral("  "), mapping).ok());

    QCOMPARE(CsvMapping::fromJson(mapping.toJson()).value(), mapping);
    QVERIFY(!CsvMapping::fromJson("[1, 2]").ok());
    QVERIFY(!CsvMapping::fromJson("{\"columns\": 3}").ok());
    QCOMPARE(CsvMapping::fromJson("{\"version\": 2, \"columns\": {}}").error().code, ErrorCode::NewerVersion);

    // A remembered mapping applied to a file: its date format is used as given.
    QVERIFY(importer.loadData(QStringLiteral("件名,日付\r\nテスト,02/03/2026\r\n").toUtf8()).ok());
    QVERIFY(importer.import(mapping, Author).ok());
    QCOMPARE(last().occurredUtc, QDateTime(QDate(2026, 2, 3), QTime(0, 0), m_tokyo).toUTC());
}

void TestCsvImporter::refusesUnreadableFiles()
{
    CsvImporter importer(*m_fx->workspace);
    QCOMPARE(importer.load(m_fx->dir->filePath(QStringLiteral("missing.csv"))).error().code, ErrorCode::NotFound);
    QVERIFY(!importer.loadData(QByteArray()).ok());
    QVERIFY(!importer.loadData("\r\n\r\n").ok());
    QVERIFY(!importer.loadData("\"never closed").ok());
    QVERIFY(importer.header().isEmpty());
    QVERIFY(!importer.validate({}).ok()); // nothing loaded
    QVERIFY(importer.loadData("a,b\r\n1,2\r\n").ok());
    auto noTitle = importer.validate(importer.guessMapping());
    QVERIFY(noTitle.ok() && !noTitle->ok());
    QVERIFY(noTitle->text().contains(QStringLiteral("No column is mapped to the title")));
}

void TestCsvImporter::refusesControlCharacters()
{
    const qint64 before = count();
    const QString nul(QChar(0));
    const QByteArray bytes = csv({ { QStringLiteral("Title"), QStringLiteral("Summary") },
                                   { QStringLiteral("Phishing") + nul + QStringLiteral("wave"), QStringLiteral("ok") },
                                   { QStringLiteral("Fine title"), QStringLiteral("Line one\n") + nul + QStringLiteral("line two") },
                                   { QStringLiteral("Tabbed\ttitle"), QStringLiteral("ok") },
                                   { QStringLiteral("Good"), QStringLiteral("tab\tand\r\nline breaks are fine here") } });
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData(bytes).ok());
    auto report = importer.validate(importer.guessMapping());
    QVERIFY(report.ok());
    QVERIFY(!report->ok());
    auto find = [&](int row, const QString &field) -> ImportIssue {
        for (const ImportIssue &issue : report->issues)
            if (issue.row == row && issue.field == field)
                return issue;
        return {};
    };
    QVERIFY(find(2, QStringLiteral("Title")).blocking);
    QVERIFY2(find(2, QStringLiteral("Title")).problem.contains(QStringLiteral("U+0000")), qPrintable(report->text()));
    QVERIFY(find(3, QStringLiteral("Summary")).blocking);
    QVERIFY(find(3, QStringLiteral("Summary")).problem.contains(QStringLiteral("U+0000")));
    QVERIFY(find(4, QStringLiteral("Title")).blocking);
    QVERIFY(find(4, QStringLiteral("Title")).problem.contains(QStringLiteral("single line")));
    for (const ImportIssue &issue : report->issues)
        QVERIFY2(issue.row != 5 && !issue.problem.contains(nul), qPrintable(issue.problem));
    QVERIFY(report->text().contains(QStringLiteral("Record 2, Title:")));
    QVERIFY(report->text().contains(QStringLiteral("Record 3, Summary:")));
    QVERIFY(!importer.import(importer.guessMapping(), Author).ok());
    QCOMPARE(count(), before);
}

void TestCsvImporter::refusesLoneSurrogateInUtf16()
{
    const qint64 before = count();
    QString text = QStringLiteral("title,summary\r\nFine,ok\r\n");
    text += QChar(char16_t(0xD800));
    text += QStringLiteral("A,x\r\nLater,ok\r\n");
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : std::as_const(text))
        bytes += char(c.unicode() & 0xFF), bytes += char(c.unicode() >> 8);
    CsvImporter importer(*m_fx->workspace);
    const auto loaded = importer.loadData(bytes);
    QVERIFY(!loaded.ok()); // not "?A"
    QVERIFY2(loaded.error().message.contains(QStringLiteral("Row 3")), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(QStringLiteral("UTF-16")));
    QVERIFY(!importer.import(importer.guessMapping(), Author).ok());
    QCOMPARE(count(), before);

    // The same file without the broken half imports.
    text.remove(QChar(char16_t(0xD800)));
    QByteArray good("\xFF\xFE");
    for (const QChar c : std::as_const(text))
        good += char(c.unicode() & 0xFF), good += char(c.unicode() >> 8);
    QVERIFY(importer.loadData(good).ok());
    QVERIFY(importer.import(importer.guessMapping(), Author).ok());
    QCOMPARE(count(), before + 3);
}

void TestCsvImporter::refusesTimesOutOfRange()
{
    const qint64 before = count();
    const QByteArray bytes = csv({ { QStringLiteral("Title"), QStringLiteral("Occurred"), QStringLiteral("Detected") },
                                   { QStringLiteral("Ancient"), QStringLiteral("1900-01-01"), QString() },
                                   { QStringLiteral("Future"), QString(), QStringLiteral("9999-12-31") } });
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData(bytes).ok());
    CsvMapping mapping = importer.guessMapping();
    mapping.dateFormat = QStringLiteral("iso8601");
    auto report = importer.validate(mapping);
    QVERIFY(report.ok());
    QVERIFY(!report->ok());
    QVERIFY2(report->text().contains(QStringLiteral("Record 2, Occurred: 1900-01-01")), qPrintable(report->text()));
    QVERIFY(report->text().contains(QStringLiteral("before 1970")));
    QVERIFY(report->text().contains(QStringLiteral("Record 3, Detected: 9999-12-31")));
    QVERIFY(!importer.import(mapping, Author).ok());
    QCOMPARE(count(), before);
}

// "Phone" is not a channel: the note says which values are, so the user can fix the spreadsheet.
void TestCsvImporter::unknownChannelListsTheAcceptedOnes()
{
    CsvImporter importer(*m_fx->workspace);
    QVERIFY(importer.loadData(csv({ { QStringLiteral("Title"), QStringLiteral("Reported via") },
                                    { QStringLiteral("Call about a lost laptop"), QStringLiteral("Phone") } }))
                .ok());
    CsvMapping mapping = importer.guessMapping();
    mapping.columns.insert(QStringLiteral("Reported via"), QStringLiteral("channel"));
    auto report = importer.validate(mapping);
    QVERIFY(report.ok());
    QString problem;
    for (const ImportIssue &issue : report->issues)
        if (issue.problem.contains(QStringLiteral("“Phone”")))
            problem = issue.problem;
    QVERIFY2(problem.contains(QStringLiteral("Use one of: ")), qPrintable(problem));
    for (const TaxonomyTerm &channel : Taxonomy::instance().reportChannels())
        QVERIFY2(problem.contains(channel.title.en), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
