#include "tst_incidentrepository.h"

void TestIncidentRepository::createStoresDraftAndJournalsIt()
{
    auto ws = Workspace::create(path("create.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    QCOMPARE(repo.count().value(), 0);

    IncidentDraft d = draft(QStringLiteral("  Phishing mail to finance  "));
    d.reporter = QStringLiteral("  Kenji Sato ");
    d.contact = QStringLiteral(" kenji@example.org ");
    d.assignee = QStringLiteral(" Aiko ");
    d.channel = QStringLiteral("external_csirt");
    d.rsitClass = QStringLiteral("fraud");
    d.rsitType = QStringLiteral("phishing");
    d.tlp = QStringLiteral("TLP:GREEN");
    d.occurredUtc = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC);
    d.detectedUtc = QDateTime(QDate(2026, 3, 1), QTime(9, 30), QTimeZone::UTC);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    auto id = repo.create(d, QStringLiteral("Aiko"));
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));

    auto i = repo.incident(*id);
    QVERIFY(i);
    QCOMPARE(i->id, *id);
    QCOMPARE(i->ident, QStringLiteral("INC-%1-0001").arg(currentYear()));
    QCOMPARE(i->title, QStringLiteral("Phishing mail to finance"));
    QCOMPARE(i->summary, QStringLiteral("Reported by the service desk."));
    QCOMPARE(i->reporter, QStringLiteral("Kenji Sato"));
    QCOMPARE(i->contact, QStringLiteral("kenji@example.org"));
    QCOMPARE(i->assignee, QStringLiteral("Aiko"));
    QCOMPARE(i->channel, QStringLiteral("external_csirt"));
    QCOMPARE(i->status, QStringLiteral("new"));
    QCOMPARE(i->statusReason, QString());
    QCOMPARE(i->duplicateOf, qint64(0));
    QCOMPARE(i->impact, QStringLiteral("medium"));
    QCOMPARE(i->urgency, QStringLiteral("medium"));
    QCOMPARE(i->priority, QStringLiteral("P3"));
    QCOMPARE(i->priorityReason, QString());
    QCOMPARE(i->rsitClass, QStringLiteral("fraud"));
    QCOMPARE(i->rsitType, QStringLiteral("phishing"));
    QCOMPARE(i->jpcert, QStringLiteral("phishing_site"));
    QCOMPARE(i->tlp, QStringLiteral("TLP:GREEN"));
    QCOMPARE(i->occurredUtc, d.occurredUtc);
    QCOMPARE(i->detectedUtc, d.detectedUtc);
    // Reported defaults to now.
    QVERIFY(i->reportedUtc >= before && i->reportedUtc <= QDateTime::currentDateTimeUtc());
    for (const QDateTime &t : { i->triagedUtc, i->containedUtc, i->resolvedUtc, i->closedUtc })
        QVERIFY(!t.isValid());
    QVERIFY(i->createdUtc.isValid());
    QCOMPARE(i->updatedUtc, i->createdUtc);

    QCOMPARE(repo.count().value(), 1);
    QCOMPARE(repo.byIdent(i->ident)->id, *id);
    QCOMPARE(repo.byIdent(QStringLiteral(" inc-%1-0001 ").arg(currentYear()))->id, *id);
    QCOMPARE(repo.byIdent(QStringLiteral("INC-1999-0001")).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.incident(*id + 100).error().code, ErrorCode::NotFound);

    // The creation is the journal's first entry; no transition is logged for it.
    auto entries = IncidentJournal(w).entries(*id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 1);
    QCOMPARE(entries->at(0).sequence, 1);
    QCOMPARE(entries->at(0).kind, QStringLiteral("status"));
    QCOMPARE(entries->at(0).author, QStringLiteral("Aiko"));
    QCOMPARE(entries->at(0).text, QStringLiteral("Incident %1 recorded: Phishing mail to finance").arg(i->ident));
    QCOMPARE(transitionCount(w, *id), 0);
}

void TestIncidentRepository::identifiersAreNeverReused()
{
    const QString file = path("ids.csirt");
    const QString year = currentYear();
    qint64 second = 0;
    {
        auto ws = Workspace::create(file, QStringLiteral("Org"));
        QVERIFY(ws);
        IncidentRepository repo(**ws);
        auto first = repo.create(draft(QStringLiteral("First")), QStringLiteral("Aiko"));
        QVERIFY(first);
        QCOMPARE(repo.incident(*first)->ident, QStringLiteral("INC-%1-0001").arg(year));
        auto next = repo.create(draft(QStringLiteral("Second")), QStringLiteral("Aiko"));
        QVERIFY(next);
        second = *next;
        QCOMPARE(repo.incident(second)->ident, QStringLiteral("INC-%1-0002").arg(year));
        QVERIFY(repo.transition(second, QStringLiteral("triage"), QStringLiteral("Aiko"), QString()));
        QCOMPARE(journalCount(**ws, second), 2);
        QCOMPARE(transitionCount(**ws, second), 1);
    }
    QVERIFY(fixtures::rawSql(file, { QStringLiteral("PRAGMA foreign_keys=ON"),
                                     QStringLiteral("DELETE FROM incident WHERE id = %1").arg(second) }));
    auto ws = Workspace::open(file);
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    auto &w = **ws;
    IncidentRepository repo(w);
    QCOMPARE(repo.count().value(), 1);
    // The deleted incident's journal and transitions went with it.
    QCOMPARE(journalCount(w, second), 0);
    QCOMPARE(transitionCount(w, second), 0);
    QCOMPARE(repo.byIdent(QStringLiteral("INC-%1-0002").arg(year)).error().code, ErrorCode::NotFound);

    auto third = repo.create(draft(QStringLiteral("Third")), QStringLiteral("Aiko"));
    QVERIFY2(third, third ? "" : qPrintable(third.error().message));
    QCOMPARE(repo.incident(*third)->ident, QStringLiteral("INC-%1-0003").arg(year));
    auto fourth = repo.create(draft(QStringLiteral("Fourth")), QStringLiteral("Aiko"));
    QVERIFY(fourth);
    QCOMPARE(repo.incident(*fourth)->ident, QStringLiteral("INC-%1-0004").arg(year));
    QCOMPARE(repo.count().value(), 3);
}

void TestIncidentRepository::createValidates_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("empty title") << 0 << QStringLiteral("Give the incident a title");
    QTest::newRow("blank title") << 1 << QStringLiteral("Give the incident a title");
    QTest::newRow("title too long") << 2 << QStringLiteral("too long");
    QTest::newRow("unknown channel") << 3 << QStringLiteral("“fax” is not a report channel");
    QTest::newRow("bad impact") << 4 << QStringLiteral("high, medium or low");
    QTest::newRow("bad urgency") << 5 << QStringLiteral("high, medium or low");
    QTest::newRow("unknown rsit class") << 6 << QStringLiteral("“nonsense/phishing” is not an RSIT class and type");
    QTest::newRow("rsit type of another class") << 7 << QStringLiteral("“fraud/ddos” is not an RSIT class and type");
    QTest::newRow("rsit class without type") << 8 << QStringLiteral("“fraud/” is not an RSIT class and type");
    QTest::newRow("unknown jpcert") << 9 << QStringLiteral("“botnet” is not a JPCERT/CC report category");
    QTest::newRow("unknown tlp") << 10 << QStringLiteral("“TLP:WHITE” is not a TLP label");
    QTest::newRow("empty tlp") << 11 << QStringLiteral("is not a TLP label");
}

void TestIncidentRepository::createValidates()
{
    QFETCH(int, kind);
    QFETCH(QString, phrase);
    QTemporaryDir temp;
    auto ws = Workspace::create(QDir(temp.path()).filePath(QStringLiteral("v.csirt")), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    QVERIFY(repo.create(draft(QStringLiteral("Existing")), QStringLiteral("Aiko")));
    const qint64 changes = changeCount(w);
    const qint64 entries = count(w, QStringLiteral("SELECT count(*) FROM journal_entry"));

    IncidentDraft d = draft(QStringLiteral("Suspicious login"));
    switch (kind) {
    case 0: d.title.clear(); break;
    case 1: d.title = QStringLiteral(" \n\t "); break;
    case 2: d.title = QString(501, QLatin1Char('x')); break;
    case 3: d.channel = QStringLiteral("fax"); break;
    case 4: d.impact = QStringLiteral("critical"); break;
    case 5: d.urgency = QString(); break;
    case 6: d.rsitClass = QStringLiteral("nonsense"); d.rsitType = QStringLiteral("phishing"); break;
    case 7: d.rsitClass = QStringLiteral("fraud"); d.rsitType = QStringLiteral("ddos"); break;
    case 8: d.rsitClass = QStringLiteral("fraud"); break;
    case 9: d.jpcert = QStringLiteral("botnet"); break;
    case 10: d.tlp = QStringLiteral("TLP:WHITE"); break;
    case 11: d.tlp.clear(); break;
    }
    auto refused = repo.create(d, QStringLiteral("Aiko"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(phrase), qPrintable(refused.error().message));
    QCOMPARE(incidentCount(w), 1);
    QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM journal_entry")), entries);
    QCOMPARE(changeCount(w), changes);
    // No identifier was used up by the refusal.
    auto next = repo.create(draft(QStringLiteral("Valid")), QStringLiteral("Aiko"));
    QVERIFY(next);
    QCOMPARE(repo.incident(*next)->ident, QStringLiteral("INC-%1-0002").arg(currentYear()));
}

void TestIncidentRepository::defaultJpcertFollowsMapping()
{
    auto ws = Workspace::create(path("jpcert.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    IncidentRepository repo(**ws);
    const auto created = [&](const QString &rsitClass, const QString &rsitType, const QString &jpcert) {
        IncidentDraft d = draft(QStringLiteral("Classified"));
        d.rsitClass = rsitClass;
        d.rsitType = rsitType;
        d.jpcert = jpcert;
        auto id = repo.create(d, QStringLiteral("Aiko"));
        return id ? repo.incident(*id)->jpcert : QString(QStringLiteral("refused: ") + id.error().message);
    };
    QCOMPARE(created(QStringLiteral("fraud"), QStringLiteral("phishing"), QString()), QStringLiteral("phishing_site"));
    QCOMPARE(created(QStringLiteral("availability"), QStringLiteral("ddos"), QString()), QStringLiteral("dos"));
    QCOMPARE(created(QStringLiteral("information-gathering"), QStringLiteral("scanner"), QString()), QStringLiteral("scan"));
    QCOMPARE(created(QStringLiteral("intrusions"), QStringLiteral("system-compromise"), QString()), QStringLiteral("other"));
    // An explicit category wins over the mapping.
    QCOMPARE(created(QStringLiteral("fraud"), QStringLiteral("phishing"), QStringLiteral("targeted_attack")),
             QStringLiteral("targeted_attack"));
    // Unclassified incidents have no category.
    QCOMPARE(created(QString(), QString(), QString()), QString());
    QCOMPARE(created(QString(), QString(), QStringLiteral("ics")), QStringLiteral("ics"));
}

void TestIncidentRepository::classificationIsValidated()
{
    auto ws = Workspace::create(path("classify.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    auto id = repo.create(draft(QStringLiteral("Unclassified")), QStringLiteral("Aiko"));
    QVERIFY(id);

    QVERIFY(repo.setClassification(*id, QStringLiteral("availability"), QStringLiteral("ddos"), QString()));
    auto i = repo.incident(*id);
    QCOMPARE(i->rsitClass, QStringLiteral("availability"));
    QCOMPARE(i->rsitType, QStringLiteral("ddos"));
    QCOMPARE(i->jpcert, QStringLiteral("dos"));

    QVERIFY(repo.setClassification(*id, QStringLiteral("fraud"), QStringLiteral("phishing"), QStringLiteral("ics")));
    QCOMPARE(repo.incident(*id)->jpcert, QStringLiteral("ics"));

    const qint64 changes = changeCount(w);
    auto badPair = repo.setClassification(*id, QStringLiteral("fraud"), QStringLiteral("ddos"), QString());
    QVERIFY(!badPair);
    QCOMPARE(badPair.error().code, ErrorCode::Invalid);
    QVERIFY2(badPair.error().message.contains(QStringLiteral("“fraud/ddos”")), qPrintable(badPair.error().message));
    auto badCategory = repo.setClassification(*id, QStringLiteral("fraud"), QStringLiteral("phishing"), QStringLiteral("botnet"));
    QVERIFY(!badCategory);
    QVERIFY2(badCategory.error().message.contains(QStringLiteral("“botnet”")), qPrintable(badCategory.error().message));
    QCOMPARE(changeCount(w), changes);
    i = repo.incident(*id);
    QCOMPARE(i->rsitClass, QStringLiteral("fraud"));
    QCOMPARE(i->rsitType, QStringLiteral("phishing"));
    QCOMPARE(i->jpcert, QStringLiteral("ics"));

    // Clearing the class clears the type too.
    QVERIFY(repo.setClassification(*id, QString(), QStringLiteral("phishing"), QString()));
    i = repo.incident(*id);
    QCOMPARE(i->rsitClass, QString());
    QCOMPARE(i->rsitType, QString());
    QCOMPARE(i->jpcert, QString());
}

void TestIncidentRepository::createStoresNoRsitTypeWithoutClass()
{
    // setClassification() drops a type given without its class; create() must not store one either
    // (refusing the draft would be as good).
    auto ws = Workspace::create(path("typeonly.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    IncidentRepository repo(**ws);
    IncidentDraft d = draft(QStringLiteral("Type without class"));
    d.rsitType = QStringLiteral("phishing");
    auto typeOnly = repo.create(d, QStringLiteral("Aiko"));
    if (typeOnly) {
        auto i = repo.incident(*typeOnly);
        QCOMPARE(i->rsitClass, QString());
        QCOMPARE(i->rsitType, QString());
        QCOMPARE(i->jpcert, QString());
    } else {
        QCOMPARE(typeOnly.error().code, ErrorCode::Invalid);
        QCOMPARE(repo.count().value(), 0);
    }
}

void TestIncidentRepository::priorityFollowsMatrix()
{
    auto ws = Workspace::create(path("priority.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    IncidentDraft d = draft(QStringLiteral("Ransomware on file server"));
    d.impact = QStringLiteral("high");
    d.urgency = QStringLiteral("high");
    auto id = repo.create(d, QStringLiteral("Aiko"));
    QVERIFY(id);
    QCOMPARE(repo.incident(*id)->priority, QStringLiteral("P1"));

    QVERIFY(repo.setImpactUrgency(*id, QStringLiteral("low"), QStringLiteral("low")));
    auto i = repo.incident(*id);
    QCOMPARE(i->impact, QStringLiteral("low"));
    QCOMPARE(i->urgency, QStringLiteral("low"));
    QCOMPARE(i->priority, QStringLiteral("P4"));
    QCOMPARE(i->priorityReason, QString());

    QVERIFY(repo.setImpactUrgency(*id, QStringLiteral("high"), QStringLiteral("medium")));
    QCOMPARE(repo.incident(*id)->priority, QStringLiteral("P2"));

    const qint64 changes = changeCount(w);
    auto refused = repo.setImpactUrgency(*id, QStringLiteral("critical"), QStringLiteral("high"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QVERIFY(refused.error().message.contains(QStringLiteral("high, medium or low")));
    QVERIFY(!repo.setImpactUrgency(*id, QStringLiteral("high"), QString()));
    QCOMPARE(changeCount(w), changes);
    i = repo.incident(*id);
    QCOMPARE(i->impact, QStringLiteral("high"));
    QCOMPARE(i->urgency, QStringLiteral("medium"));
    QCOMPARE(i->priority, QStringLiteral("P2"));

    IncidentDraft low = draft(QStringLiteral("Spam wave"));
    low.impact = QStringLiteral("low");
    low.urgency = QStringLiteral("low");
    auto lowId = repo.create(low, QStringLiteral("Aiko"));
    QVERIFY(lowId);
    QCOMPARE(repo.incident(*lowId)->priority, QStringLiteral("P4"));
}

void TestIncidentRepository::overridePriorityNeedsReason()
{
    auto ws = Workspace::create(path("override.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    auto id = repo.create(draft(QStringLiteral("CEO mailbox forwarding rule")), QStringLiteral("Aiko"));
    QVERIFY(id);
    QCOMPARE(repo.incident(*id)->priority, QStringLiteral("P3"));

    const qint64 changes = changeCount(w);
    auto noReason = repo.overridePriority(*id, QStringLiteral("P1"), QStringLiteral("   "));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, ErrorCode::Invalid);
    QVERIFY2(noReason.error().message.contains(QStringLiteral("reason")), qPrintable(noReason.error().message));
    QVERIFY2(noReason.error().message.contains(QStringLiteral("P3")), qPrintable(noReason.error().message));
    auto unknown = repo.overridePriority(*id, QStringLiteral("P0"), QStringLiteral("Board asked"));
    QVERIFY(!unknown);
    QVERIFY2(unknown.error().message.contains(QStringLiteral("“P0”")), qPrintable(unknown.error().message));
    QCOMPARE(changeCount(w), changes);
    QCOMPARE(repo.incident(*id)->priority, QStringLiteral("P3"));
    QCOMPARE(repo.incident(*id)->priorityReason, QString());

    QVERIFY(repo.overridePriority(*id, QStringLiteral("P1"), QStringLiteral("  The CEO's mailbox is involved. ")));
    auto i = repo.incident(*id);
    QCOMPARE(i->priority, QStringLiteral("P1"));
    QCOMPARE(i->priorityReason, QStringLiteral("The CEO's mailbox is involved."));

    // The override survives a change of impact and urgency.
    QVERIFY(repo.setImpactUrgency(*id, QStringLiteral("low"), QStringLiteral("low")));
    i = repo.incident(*id);
    QCOMPARE(i->impact, QStringLiteral("low"));
    QCOMPARE(i->urgency, QStringLiteral("low"));
    QCOMPARE(i->priority, QStringLiteral("P1"));
    QCOMPARE(i->priorityReason, QStringLiteral("The CEO's mailbox is involved."));

    // An empty priority returns to the matrix (now low/low → P4), and the matrix decides again.
    QVERIFY(repo.overridePriority(*id, QString(), QString()));
    i = repo.incident(*id);
    QCOMPARE(i->priority, QStringLiteral("P4"));
    QCOMPARE(i->priorityReason, QString());
    QVERIFY(repo.setImpactUrgency(*id, QStringLiteral("high"), QStringLiteral("high")));
    QCOMPARE(repo.incident(*id)->priority, QStringLiteral("P1"));

    // Choosing the matrix's own priority needs no reason and is no override.
    QVERIFY(repo.overridePriority(*id, QStringLiteral("P1"), QString()));
    QCOMPARE(repo.incident(*id)->priorityReason, QString());
    QVERIFY(repo.setImpactUrgency(*id, QStringLiteral("medium"), QStringLiteral("low")));
    QCOMPARE(repo.incident(*id)->priority, QStringLiteral("P4"));
}

void TestIncidentRepository::setTextTrimsSingleLineFields()
{
    auto ws = Workspace::create(path("text.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    auto id = repo.create(draft(QStringLiteral("Original title")), QStringLiteral("Aiko"));
    QVERIFY(id);
    using F = IncidentRepository::TextField;

    QVERIFY(repo.setText(*id, F::Title, QStringLiteral("  Credential phishing  ")));
    QVERIFY(repo.setText(*id, F::Reporter, QStringLiteral(" Kenji Sato\t")));
    QVERIFY(repo.setText(*id, F::Contact, QStringLiteral(" +81 3 1234 5678 ")));
    QVERIFY(repo.setText(*id, F::Assignee, QStringLiteral("  Aiko ")));
    QVERIFY(repo.setText(*id, F::Helpers, QStringLiteral(" Ken, Yui ")));
    const QString summary = QStringLiteral("  Indented first line\n\n- item one\n- item two\n");
    const QString lessons = QStringLiteral("\n1. Block the sender\n2. Train finance staff  \n");
    QVERIFY(repo.setText(*id, F::Summary, summary));
    QVERIFY(repo.setText(*id, F::Lessons, lessons));
    auto i = repo.incident(*id);
    QCOMPARE(i->title, QStringLiteral("Credential phishing"));
    QCOMPARE(i->reporter, QStringLiteral("Kenji Sato"));
    QCOMPARE(i->contact, QStringLiteral("+81 3 1234 5678"));
    QCOMPARE(i->assignee, QStringLiteral("Aiko"));
    QCOMPARE(i->helpers, QStringLiteral("Ken, Yui"));
    QCOMPARE(i->summary, summary);
    QCOMPARE(i->lessons, lessons);
    QVERIFY(i->updatedUtc >= i->createdUtc);

    const qint64 changes = changeCount(w);
    for (const QString &empty : { QString(), QStringLiteral("   "), QStringLiteral("\n\t") }) {
        auto refused = repo.setText(*id, F::Title, empty);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("title")), qPrintable(refused.error().message));
    }
    QVERIFY(!repo.setText(*id, F::Title, QString(501, QLatin1Char('x'))));
    QCOMPARE(changeCount(w), changes);
    QCOMPARE(repo.incident(*id)->title, QStringLiteral("Credential phishing"));

    // Other fields may be emptied.
    QVERIFY(repo.setText(*id, F::Helpers, QStringLiteral("  ")));
    QCOMPARE(repo.incident(*id)->helpers, QString());
}

void TestIncidentRepository::controlCharactersAreRefused()
{
    auto ws = Workspace::create(path("controls.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    using F = IncidentRepository::TextField;
    const QString nul(QChar(0));

    // create(): a NUL in the title or the summary, a line break in the title.
    for (const auto &[title, summary] : { std::pair { QString(QStringLiteral("Phishing") + nul), QString() },
                                          { QStringLiteral("Phishing"), QString(QStringLiteral("Line\n") + nul) },
                                          { QStringLiteral("Phishing\nwave"), QString() } }) {
        IncidentDraft d = draft(title);
        d.summary = summary;
        auto refused = repo.create(d, QStringLiteral("Aiko"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY(!refused.error().message.contains(nul));
    }
    QCOMPARE(incidentCount(w), 0);
    IncidentDraft d = draft(QStringLiteral("Phishing") + nul);
    QString field;
    auto refused = IncidentRepository::validate(d, &field);
    QVERIFY(!refused);
    QCOMPARE(field, QStringLiteral("title"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("U+0000")), qPrintable(refused.error().message));

    // Tabs and line breaks belong in the summary.
    d = draft(QStringLiteral("Invoice\u202Egnp.exe")); // stored exactly: only display escapes it
    d.summary = QStringLiteral("Columns:\tA\tB\r\nSecond line\n");
    auto id = repo.create(d, QStringLiteral("Aiko"));
    QVERIFY2(id, qPrintable(id ? QString() : id.error().message));
    QCOMPARE(repo.incident(*id)->title, QStringLiteral("Invoice\u202Egnp.exe"));
    QCOMPARE(repo.incident(*id)->summary, d.summary);

    // setText(): the same rules.
    const qint64 changes = changeCount(w);
    for (const auto &[textField, value] : { std::pair { F::Title, QString(QStringLiteral("New") + nul + QStringLiteral("title")) },
                                            { F::Title, QStringLiteral("Two\nlines") }, { F::Title, QStringLiteral("Tab\tin it") },
                                            { F::Reporter, QString(QStringLiteral("Ken") + QChar(0x1B)) },
                                            { F::Summary, QString(QStringLiteral("Bell") + QChar(0x07)) },
                                            { F::Lessons, QString(QStringLiteral("C1 control ") + QChar(0x85)) } }) {
        auto rejected = repo.setText(*id, textField, value);
        QVERIFY2(!rejected, qPrintable(value));
        QCOMPARE(rejected.error().code, ErrorCode::Invalid);
        QVERIFY2(rejected.error().message.contains(QStringLiteral("U+")) || rejected.error().message.contains(QStringLiteral("single line")),
                 qPrintable(rejected.error().message));
    }
    QCOMPARE(changeCount(w), changes);
    QVERIFY(repo.setText(*id, F::Summary, QStringLiteral("Tab\there,\nnew line,\r\nCR LF too")));
    QVERIFY(repo.setText(*id, F::Lessons, QStringLiteral("1.\tBlock\n2.\tTrain")));
    QVERIFY(repo.setText(*id, F::Title, QStringLiteral("Trailing line break is trimmed\n")));
    QCOMPARE(repo.incident(*id)->title, QStringLiteral("Trailing line break is trimmed"));

    // A transition comment and a priority reason follow them too.
    QVERIFY(!repo.transition(*id, QStringLiteral("triage"), QStringLiteral("Aiko"), QStringLiteral("ok") + nul));
    QVERIFY(!repo.overridePriority(*id, QStringLiteral("P1"), QStringLiteral("Board\nasked")));
    QCOMPARE(repo.incident(*id)->status, QStringLiteral("new"));
}

void TestIncidentRepository::timesOutOfRangeAreRefused()
{
    auto ws = Workspace::create(path("times.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    IncidentDraft d = draft(QStringLiteral("Old"));
    d.occurredUtc = QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::UTC);
    QString field;
    auto refused = IncidentRepository::validate(d, &field);
    QVERIFY(!refused);
    QCOMPARE(field, QStringLiteral("occurred"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("before 1970")), qPrintable(refused.error().message));
    d.occurredUtc = QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::UTC);
    d.detectedUtc = QDateTime::currentDateTimeUtc().addDays(2);
    QVERIFY(!IncidentRepository::validate(d, &field));
    QCOMPARE(field, QStringLiteral("detected"));
    d.detectedUtc = QDateTime::currentDateTimeUtc().addSecs(3600); // time zones: up to a day ahead
    auto id = repo.create(d, QStringLiteral("Aiko"));
    QVERIFY(id);
    using T = IncidentRepository::TimeField;
    QVERIFY(!repo.setTime(*id, T::Contained, QDateTime(QDate(1969, 12, 31), QTime(23, 59), QTimeZone::UTC)));
    QVERIFY(!repo.setTime(*id, T::Occurred, QDateTime(QDate(9999, 12, 31), QTime(0, 0), QTimeZone::UTC)));
    QVERIFY(repo.setTime(*id, T::Contained, QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC)));
    QVERIFY(repo.setTime(*id, T::Contained, QDateTime()));
}

void TestIncidentRepository::setTlpRefusesUnknownLabels()
{
    auto ws = Workspace::create(path("tlp.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    auto id = repo.create(draft(QStringLiteral("Shared indicator")), QStringLiteral("Aiko"));
    QVERIFY(id);
    QCOMPARE(repo.incident(*id)->tlp, QStringLiteral("TLP:AMBER"));

    const qint64 changes = changeCount(w);
    for (const QString &bad : { QStringLiteral("TLP:WHITE"), QStringLiteral("tlp:red"), QStringLiteral("AMBER"), QString() }) {
        auto refused = repo.setTlp(*id, bad);
        QVERIFY2(!refused, qPrintable(bad));
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("TLP:CLEAR")), qPrintable(refused.error().message));
    }
    QCOMPARE(changeCount(w), changes);
    QCOMPARE(repo.incident(*id)->tlp, QStringLiteral("TLP:AMBER"));

    for (const QString &label : { QStringLiteral("TLP:RED"), QStringLiteral("TLP:AMBER+STRICT"), QStringLiteral("TLP:GREEN"),
                                  QStringLiteral("TLP:CLEAR") }) {
        QVERIFY2(repo.setTlp(*id, label), qPrintable(label));
        QCOMPARE(repo.incident(*id)->tlp, label);
    }
}

void TestIncidentRepository::editsOfMissingIncidentAreRefused()
{
    auto ws = Workspace::create(path("missing.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    const qint64 changes = changeCount(w);
    const qint64 missing = 4242;
    QCOMPARE(repo.setText(missing, IncidentRepository::TextField::Title, QStringLiteral("x")).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.setTlp(missing, QStringLiteral("TLP:RED")).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.setImpactUrgency(missing, QStringLiteral("high"), QStringLiteral("high")).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.overridePriority(missing, QStringLiteral("P1"), QStringLiteral("x")).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.setClassification(missing, QString(), QString(), QString()).error().code, ErrorCode::NotFound);
    QCOMPARE(repo.transition(missing, QStringLiteral("triage"), QStringLiteral("Aiko"), QString()).error().code,
             ErrorCode::NotFound);
    QCOMPARE(changeCount(w), changes);
}

QTEST_GUILESS_MAIN(TestIncidentRepository)
