#include "tst_incidentrepository.h"

void TestIncidentRepository::transitionsRecordTimesAndJournal()
{
    auto ws = Workspace::create(path("flow.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    auto id = repo.create(draft(QStringLiteral("Malware on laptop")), QStringLiteral("Aiko"));
    QVERIFY(id);
    const QDateTime start = repo.incident(*id)->createdUtc;

    const QList<std::pair<QString, QString>> steps = {
        { QStringLiteral("triage"), QStringLiteral("Confirmed by EDR alert") },
        { QStringLiteral("response"), QStringLiteral("  Laptop isolated  ") },
        { QStringLiteral("resolved"), QStringLiteral("Reimaged") },
        { QStringLiteral("closed"), QString() },
    };
    const QStringList authors = { QStringLiteral("Aiko"), QStringLiteral("Ken"), QStringLiteral(" Yui "), QStringLiteral("Aiko") };
    for (qsizetype n = 0; n < steps.size(); ++n) {
        const auto &[to, comment] = steps.at(n);
        auto moved = repo.transition(*id, to, authors.at(n), comment);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
        auto i = repo.incident(*id);
        QCOMPARE(i->status, to);
        QCOMPARE(i->statusReason, QString());
        QCOMPARE(transitionCount(w, *id), n + 1);
        QCOMPARE(journalCount(w, *id), n + 2);
        if (to == QLatin1String("response"))
            QVERIFY(i->triagedUtc.isValid());
        if (to == QLatin1String("resolved")) {
            QVERIFY(i->resolvedUtc.isValid());
            QVERIFY(!i->closedUtc.isValid());
        }
    }
    auto i = repo.incident(*id);
    QVERIFY(i->triagedUtc.isValid());
    QVERIFY(i->resolvedUtc.isValid());
    QVERIFY(i->closedUtc.isValid());
    QVERIFY(i->triagedUtc >= start);
    QVERIFY(i->resolvedUtc >= i->triagedUtc);
    QVERIFY(i->closedUtc >= i->resolvedUtc);
    QVERIFY(i->closedUtc <= QDateTime::currentDateTimeUtc());
    QVERIFY(!i->containedUtc.isValid());
    QVERIFY(!IncidentWorkflow::isOpen(i->status));
    QCOMPARE(count(w, QStringLiteral("SELECT count(*) FROM incident_transition")), 4);

    // Each transition is recorded with who, from, to and why.
    auto rows = sql::exec(w.db(), QStringLiteral("SELECT author, from_status, to_status, comment, at_utc FROM "
                                                 "incident_transition WHERE incident_id = ? ORDER BY id"), { *id });
    QVERIFY(rows);
    QStringList recorded;
    while (rows->next()) {
        recorded << QStringList({ rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                                  rows->value(3).toString() }).join(QLatin1Char('|'));
        QVERIFY(sql::fromUtcText(rows->value(4).toString()) >= start);
    }
    QCOMPARE(recorded, QStringList({ QStringLiteral("Aiko|new|triage|Confirmed by EDR alert"),
                                     QStringLiteral("Ken|triage|response|Laptop isolated"),
                                     QStringLiteral("Yui|response|resolved|Reimaged"),
                                     QStringLiteral("Aiko|resolved|closed|") }));

    // … and in the journal, as status entries.
    auto entries = IncidentJournal(w).entries(*id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 5);
    QStringList texts;
    QStringList entryAuthors;
    for (const JournalRecord &r : std::as_const(*entries)) {
        QCOMPARE(r.kind, QStringLiteral("status"));
        texts << r.text;
        entryAuthors << r.author;
    }
    QCOMPARE(texts.mid(1), QStringList({ QStringLiteral("new → triage: Confirmed by EDR alert"),
                                         QStringLiteral("triage → response: Laptop isolated"),
                                         QStringLiteral("response → resolved: Reimaged"),
                                         QStringLiteral("resolved → closed") }));
    QCOMPARE(entryAuthors, QStringList({ QStringLiteral("Aiko"), QStringLiteral("Aiko"), QStringLiteral("Ken"),
                                         QStringLiteral("Yui"), QStringLiteral("Aiko") }));
    auto problems = IncidentJournal(w).verifyAll();
    QVERIFY(problems);
    QVERIFY(problems->isEmpty());
}

void TestIncidentRepository::illegalTransitionIsRefusedUnwritten()
{
    auto ws = Workspace::create(path("illegal.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    auto id = repo.create(draft(QStringLiteral("Port scan")), QStringLiteral("Aiko"));
    QVERIFY(id);
    const qint64 changes = changeCount(w);
    const QDateTime updated = repo.incident(*id)->updatedUtc;

    for (const QString &to : { QStringLiteral("closed"), QStringLiteral("resolved"), QStringLiteral("response"),
                               QStringLiteral("new"), QStringLiteral("open") }) {
        auto refused = repo.transition(*id, to, QStringLiteral("Aiko"), QStringLiteral("skip ahead"));
        QVERIFY2(!refused, qPrintable(to));
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QCOMPARE(refused.error().message, IncidentWorkflow::refusal(QStringLiteral("new"), to));
    }
    auto i = repo.incident(*id);
    QCOMPARE(i->status, QStringLiteral("new"));
    QCOMPARE(i->updatedUtc, updated);
    QVERIFY(!i->closedUtc.isValid());
    QCOMPARE(transitionCount(w, *id), 0);
    QCOMPARE(journalCount(w, *id), 1);
    QCOMPARE(changeCount(w), changes);

    // From response, going back to new is refused the same way.
    QVERIFY(repo.transition(*id, QStringLiteral("triage"), QStringLiteral("Aiko"), QString()));
    QVERIFY(repo.transition(*id, QStringLiteral("response"), QStringLiteral("Aiko"), QString()));
    auto back = repo.transition(*id, QStringLiteral("new"), QStringLiteral("Aiko"), QString());
    QVERIFY(!back);
    QCOMPARE(back.error().message, IncidentWorkflow::refusal(QStringLiteral("response"), QStringLiteral("new")));
    QCOMPARE(repo.incident(*id)->status, QStringLiteral("response"));
    QCOMPARE(transitionCount(w, *id), 2);
    QCOMPARE(journalCount(w, *id), 3);
}

void TestIncidentRepository::rejectedNeedsComment()
{
    auto ws = Workspace::create(path("rejected.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    auto id = repo.create(draft(QStringLiteral("Scan from audit firm")), QStringLiteral("Aiko"));
    QVERIFY(id);
    const qint64 changes = changeCount(w);

    for (const QString &empty : { QString(), QStringLiteral("  \n ") }) {
        auto refused = repo.transition(*id, QStringLiteral("rejected"), QStringLiteral("Aiko"), empty);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("rejected")), qPrintable(refused.error().message));
    }
    QCOMPARE(repo.incident(*id)->status, QStringLiteral("new"));
    QCOMPARE(transitionCount(w, *id), 0);
    QCOMPARE(changeCount(w), changes);

    QVERIFY(repo.transition(*id, QStringLiteral("rejected"), QStringLiteral("Aiko"),
                            QStringLiteral("  Not an incident: the annual penetration test. ")));
    auto i = repo.incident(*id);
    QCOMPARE(i->status, QStringLiteral("rejected"));
    QCOMPARE(i->statusReason, QStringLiteral("Not an incident: the annual penetration test."));
    QVERIFY(!IncidentWorkflow::isOpen(i->status));
    QCOMPARE(sql::scalar(w.db(), QStringLiteral("SELECT comment FROM incident_transition WHERE incident_id = ?"), { *id })
                 ->toString(),
             QStringLiteral("Not an incident: the annual penetration test."));

    // Reopening clears the reason.
    QVERIFY(repo.transition(*id, QStringLiteral("triage"), QStringLiteral("Ken"), QStringLiteral("The test ended yesterday")));
    i = repo.incident(*id);
    QCOMPARE(i->status, QStringLiteral("triage"));
    QCOMPARE(i->statusReason, QString());
}

void TestIncidentRepository::duplicateNeedsAnotherExistingIncident()
{
    auto ws = Workspace::create(path("duplicate.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    auto original = repo.create(draft(QStringLiteral("Phishing wave")), QStringLiteral("Aiko"));
    auto copy = repo.create(draft(QStringLiteral("Phishing wave (second report)")), QStringLiteral("Ken"));
    QVERIFY(original && copy);
    const qint64 changes = changeCount(w);

    auto none = repo.transition(*copy, QStringLiteral("duplicate"), QStringLiteral("Aiko"), QStringLiteral("same"));
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::Invalid);
    QVERIFY2(none.error().message.contains(QStringLiteral("duplicates")), qPrintable(none.error().message));
    auto self = repo.transition(*copy, QStringLiteral("duplicate"), QStringLiteral("Aiko"), QStringLiteral("same"), *copy);
    QVERIFY(!self);
    QCOMPARE(self.error().code, ErrorCode::Invalid);
    auto missing = repo.transition(*copy, QStringLiteral("duplicate"), QStringLiteral("Aiko"), QStringLiteral("same"), 9999);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(repo.incident(*copy)->status, QStringLiteral("new"));
    QCOMPARE(transitionCount(w, *copy), 0);
    QCOMPARE(changeCount(w), changes);

    QVERIFY(repo.transition(*copy, QStringLiteral("duplicate"), QStringLiteral("Aiko"), QStringLiteral("Same sender"), *original));
    auto i = repo.incident(*copy);
    QCOMPARE(i->status, QStringLiteral("duplicate"));
    QCOMPARE(i->duplicateOf, *original);
    QCOMPARE(repo.incident(*original)->status, QStringLiteral("new"));
    QCOMPARE(repo.incident(*original)->duplicateOf, qint64(0));

    // Reopening drops the link.
    QVERIFY(repo.transition(*copy, QStringLiteral("triage"), QStringLiteral("Aiko"), QStringLiteral("Different sender after all")));
    i = repo.incident(*copy);
    QCOMPARE(i->status, QStringLiteral("triage"));
    QCOMPARE(i->duplicateOf, qint64(0));
}

void TestIncidentRepository::reopeningClearsResolvedAndClosedTimes()
{
    auto ws = Workspace::create(path("reopen.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    auto id = repo.create(draft(QStringLiteral("Web shell")), QStringLiteral("Aiko"));
    QVERIFY(id);
    for (const QString &to : { QStringLiteral("triage"), QStringLiteral("response"), QStringLiteral("resolved"),
                               QStringLiteral("closed") })
        QVERIFY2(repo.transition(*id, to, QStringLiteral("Aiko"), QString()), qPrintable(to));
    const QDateTime triaged = repo.incident(*id)->triagedUtc;
    QVERIFY(triaged.isValid());
    QVERIFY(repo.incident(*id)->closedUtc.isValid());

    QVERIFY(repo.transition(*id, QStringLiteral("response"), QStringLiteral("Ken"), QStringLiteral("Second web shell found")));
    auto i = repo.incident(*id);
    QCOMPARE(i->status, QStringLiteral("response"));
    QVERIFY(!i->resolvedUtc.isValid());
    QVERIFY(!i->closedUtc.isValid());
    QCOMPARE(i->triagedUtc, triaged);
    QVERIFY(IncidentWorkflow::isOpen(i->status));

    // Resolved again gets a new time; reopening from resolved clears it too.
    QVERIFY(repo.transition(*id, QStringLiteral("resolved"), QStringLiteral("Ken"), QString()));
    QVERIFY(repo.incident(*id)->resolvedUtc.isValid());
    QVERIFY(repo.transition(*id, QStringLiteral("response"), QStringLiteral("Ken"), QStringLiteral("Not fixed")));
    QVERIFY(!repo.incident(*id)->resolvedUtc.isValid());
    QCOMPARE(transitionCount(w, *id), 7);
    QCOMPARE(journalCount(w, *id), 8);
}

void TestIncidentRepository::timeWarnings()
{
    Incident consistent;
    consistent.occurredUtc = QDateTime(QDate(2026, 3, 1), QTime(8, 0), QTimeZone::UTC);
    consistent.detectedUtc = consistent.occurredUtc.addSecs(3600);
    consistent.reportedUtc = consistent.detectedUtc.addSecs(600);
    consistent.resolvedUtc = consistent.detectedUtc.addDays(2);
    consistent.closedUtc = consistent.resolvedUtc.addDays(1);
    QCOMPARE(IncidentRepository::timeWarnings(consistent), QStringList());
    QCOMPARE(IncidentRepository::timeWarnings(Incident()), QStringList());

    // Through the repository: detected later today (clock skew within the one-day tolerance), resolved now.
    auto ws = Workspace::create(path("times.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    IncidentRepository repo(**ws);
    IncidentDraft d = draft(QStringLiteral("Clock skew"));
    d.detectedUtc = QDateTime::currentDateTimeUtc().addSecs(20 * 3600);
    d.occurredUtc = d.detectedUtc.addSecs(-3600);
    d.reportedUtc = d.detectedUtc.addSecs(3600);
    auto id = repo.create(d, QStringLiteral("Aiko"));
    QVERIFY(id);
    QCOMPARE(IncidentRepository::timeWarnings(repo.incident(*id).value()), QStringList());
    QVERIFY(repo.transition(*id, QStringLiteral("triage"), QStringLiteral("Aiko"), QString()));
    QVERIFY(repo.transition(*id, QStringLiteral("resolved"), QStringLiteral("Aiko"), QString()));
    QCOMPARE(IncidentRepository::timeWarnings(repo.incident(*id).value()),
             QStringList({ QStringLiteral("It was resolved before it was detected.") }));
    // More than a day ahead is refused, also when the incident is logged.
    d.detectedUtc = QDateTime::currentDateTimeUtc().addDays(2);
    QVERIFY(!repo.create(d, QStringLiteral("Aiko")));
}

void TestIncidentRepository::readOnlyWorkspaceRefusesChanges()
{
    QTemporaryDir temp;
    const QString file = fixtures::makeWorkspace(QDir(temp.path()), QStringLiteral("read-only.csirt"));
    qint64 id = 0;
    {
        auto ws = Workspace::open(file);
        QVERIFY(ws);
        auto created = IncidentRepository(**ws).create(draft(QStringLiteral("Before read-only")), QStringLiteral("Aiko"));
        QVERIFY(created);
        id = *created;
    }
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fixtures::sha256(file);
    {
        auto ws = Workspace::open(file);
        QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
        QVERIFY((*ws)->isReadOnly());
        IncidentRepository repo(**ws);
        QCOMPARE(repo.count().value(), 1);
        QCOMPARE(repo.incident(id)->title, QStringLiteral("Before read-only"));

        auto refused = repo.create(draft(QStringLiteral("After read-only")), QStringLiteral("Aiko"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
        QCOMPARE(repo.transition(id, QStringLiteral("triage"), QStringLiteral("Aiko"), QString()).error().code,
                 ErrorCode::ReadOnly);
        QCOMPARE(repo.setText(id, IncidentRepository::TextField::Title, QStringLiteral("x")).error().code, ErrorCode::ReadOnly);
        QCOMPARE(repo.count().value(), 1);
        QCOMPARE(repo.incident(id)->status, QStringLiteral("new"));
        QCOMPARE(repo.incident(id)->title, QStringLiteral("Before read-only"));
    }
    QCOMPARE(fixtures::sha256(file), before);
}
