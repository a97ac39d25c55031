#include "tst_jsonexchange.h"

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
