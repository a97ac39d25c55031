#include "Fixtures.h"

#include "incidents/IncidentJournal.h"
#include "incidents/IncidentWorkflow.h"
#include "incidents/IncidentRepository.h"
#include "workspace/SqlUtil.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <tuple>

using namespace csirtkit;

namespace {

IncidentDraft draft(const QString &title)
{
    IncidentDraft d;
    d.title = title;
    d.channel = QStringLiteral("monitoring");
    return d;
}

qint64 entryCount(Workspace &ws)
{
    auto v = sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM journal_entry"));
    return v ? v->toLongLong() : -1;
}

bool sameRecord(const JournalRecord &a, const JournalRecord &b)
{
    return a.id == b.id && a.sequence == b.sequence && a.atUtc == b.atUtc && a.author == b.author && a.kind == b.kind
        && a.text == b.text && a.revises == b.revises && a.previousHash == b.previousHash && a.hash == b.hash;
}

} // namespace

class TestIncidentJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void appendChainsEntries();
    void statusChangesShowStatusNames();
    void kindMustBeKnown();
    void textIsRequired();
    void revisionKeepsOriginal();
    void revisingAnotherIncidentsEntryIsRefused();
    void intactChainsVerify();
    void entryChangedWithSqliteIsReported();
    void entryDeletedWithSqliteIsReported();
    void newestEntryDeletedWithSqliteIsReported();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return QDir(m_dir.path()).filePath(QString::fromLatin1(name)); }

    struct Fixture
    {
        QString file;
        qint64 first = 0;  // INC-YYYY-0001: creation + 3 entries
        qint64 second = 0; // INC-YYYY-0002: creation + 2 entries
    };
    // A workspace with two incidents and their journals, closed again.
    static Fixture makeJournals(const QString &file);
    // Runs statements with the sqlite3 command-line tool into `output`; returns an error message, empty on success.
    static QString runSqlite3(const QString &file, const QString &statement, QString *output);
};

TestIncidentJournal::Fixture TestIncidentJournal::makeJournals(const QString &file)
{
    Fixture f { file, 0, 0 };
    auto ws = Workspace::create(file, QStringLiteral("Org"));
    if (!ws)
        return f;
    IncidentRepository repo(**ws);
    IncidentJournal journal(**ws);
    auto first = repo.create(draft(QStringLiteral("Malware beacon")), QStringLiteral("Aiko"));
    auto second = repo.create(draft(QStringLiteral("Lost laptop")), QStringLiteral("Ken"));
    if (!first || !second)
        return f;
    const bool ok = journal.append(*first, QStringLiteral("action"), QStringLiteral("Isolated host WS-042"), QStringLiteral("Aiko"))
        && journal.append(*first, QStringLiteral("communication"), QStringLiteral("Informed the IT manager"), QStringLiteral("Aiko"))
        && journal.append(*first, QStringLiteral("decision"), QStringLiteral("Reimage the host"), QStringLiteral("Ken"))
        && journal.append(*second, QStringLiteral("note"), QStringLiteral("Laptop was encrypted"), QStringLiteral("Ken"))
        && journal.append(*second, QStringLiteral("action"), QStringLiteral("Remote wipe sent"), QStringLiteral("Ken"));
    if (ok) {
        f.first = *first;
        f.second = *second;
    }
    return f;
}

QString TestIncidentJournal::runSqlite3(const QString &file, const QString &statement, QString *output)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (program.isEmpty())
        return QStringLiteral("The sqlite3 command-line tool is not on PATH; it is needed to change the workspace "
                              "outside CSIRT Kit (install the Debian package sqlite3).");
    QProcess p;
    p.start(program, { file, statement });
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("sqlite3 failed: ") + QString::fromUtf8(p.readAllStandardError());
    *output = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    return {};
}

void TestIncidentJournal::appendChainsEntries()
{
    auto ws = Workspace::create(path("append.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    IncidentJournal journal(w);
    auto id = repo.create(draft(QStringLiteral("Phishing")), QStringLiteral("Aiko"));
    QVERIFY(id);
    const QString ident = repo.incident(*id)->ident;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);

    // The creation is entry 1; appended entries continue the sequence.
    QList<qint64> ids;
    for (const auto &[kind, text, author] :
         { std::tuple { QStringLiteral("action"), QStringLiteral("Blocked the sender domain"), QStringLiteral("Aiko") },
           std::tuple { QStringLiteral("note"), QStringLiteral("  Two users clicked.\nPasswords reset.\n"), QStringLiteral(" Ken ") },
           std::tuple { QStringLiteral("decision"), QStringLiteral("No report to the police"), QString() } }) {
        auto added = journal.append(*id, kind, text, author);
        QVERIFY2(added, added ? "" : qPrintable(added.error().message));
        ids << *added;
    }
    auto entries = journal.entries(*id);
    QVERIFY(entries);
    QCOMPARE(entries->size(), 4);
    const QRegularExpression hex64(QStringLiteral("^[0-9a-f]{64}$"));
    QString previous;
    for (qsizetype n = 0; n < entries->size(); ++n) {
        const JournalRecord &r = entries->at(n);
        QCOMPARE(r.sequence, int(n + 1));
        QCOMPARE(r.previousHash, previous);
        QVERIFY2(hex64.match(r.hash).hasMatch(), qPrintable(r.hash));
        QCOMPARE(JournalChain::hash(ident, r), r.hash);
        QCOMPARE(r.revises, qint64(0));
        previous = r.hash;
    }
    QCOMPARE(entries->at(0).previousHash, QString());
    for (qsizetype n = 0; n < ids.size(); ++n)
        QCOMPARE(entries->at(n + 1).id, ids.at(n));
    QCOMPARE(entries->at(1).kind, QStringLiteral("action"));
    QCOMPARE(entries->at(1).text, QStringLiteral("Blocked the sender domain"));
    QCOMPARE(entries->at(1).author, QStringLiteral("Aiko"));
    QCOMPARE(entries->at(2).kind, QStringLiteral("note"));
    QCOMPARE(entries->at(2).text, QStringLiteral("  Two users clicked.\nPasswords reset.\n"));
    QCOMPARE(entries->at(2).author, QStringLiteral("Ken"));
    QCOMPARE(entries->at(3).kind, QStringLiteral("decision"));
    QCOMPARE(entries->at(3).author, QStringLiteral("unknown"));
    for (qsizetype n = 1; n < entries->size(); ++n) {
        QVERIFY(entries->at(n).atUtc >= before);
        QVERIFY(entries->at(n).atUtc >= entries->at(n - 1).atUtc);
        QVERIFY(entries->at(n).atUtc <= QDateTime::currentDateTimeUtc());
    }

    // A second incident starts its own chain.
    auto other = repo.create(draft(QStringLiteral("Other")), QStringLiteral("Aiko"));
    QVERIFY(other);
    auto added = journal.append(*other, QStringLiteral("note"), QStringLiteral("First note"), QStringLiteral("Aiko"));
    QVERIFY(added);
    auto otherEntries = journal.entries(*other);
    QCOMPARE(otherEntries->size(), 2);
    QCOMPARE(otherEntries->at(0).previousHash, QString());
    QCOMPARE(otherEntries->at(1).sequence, 2);
    QCOMPARE(otherEntries->at(1).previousHash, otherEntries->at(0).hash);

    // An incident that does not exist has no journal to add to.
    const qint64 entriesBefore = entryCount(w);
    auto missing = journal.append(*other + 100, QStringLiteral("note"), QStringLiteral("x"), QStringLiteral("Aiko"));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
    QCOMPARE(entryCount(w), entriesBefore);
}

void TestIncidentJournal::kindMustBeKnown()
{
    QCOMPARE(IncidentJournal::kinds(), QStringList({ QStringLiteral("action"), QStringLiteral("decision"),
                                                     QStringLiteral("communication"), QStringLiteral("note"),
                                                     QStringLiteral("status") }));
    auto ws = Workspace::create(path("kinds.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentJournal journal(w);
    auto id = IncidentRepository(w).create(draft(QStringLiteral("Kinds")), QStringLiteral("Aiko"));
    QVERIFY(id);
    for (const QString &kind : IncidentJournal::kinds())
        QVERIFY2(journal.append(*id, kind, QStringLiteral("Entry of kind ") + kind, QStringLiteral("Aiko")), qPrintable(kind));
    const qint64 entries = entryCount(w);
    QCOMPARE(entries, qint64(1 + IncidentJournal::kinds().size()));
    for (const QString &kind : { QStringLiteral("comment"), QStringLiteral("Action"), QString() }) {
        auto refused = journal.append(*id, kind, QStringLiteral("text"), QStringLiteral("Aiko"));
        QVERIFY2(!refused, qPrintable(kind));
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("“%1”").arg(kind)), qPrintable(refused.error().message));
    }
    QCOMPARE(entryCount(w), entries);
}

void TestIncidentJournal::textIsRequired()
{
    auto ws = Workspace::create(path("text.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentJournal journal(w);
    auto id = IncidentRepository(w).create(draft(QStringLiteral("Text")), QStringLiteral("Aiko"));
    QVERIFY(id);
    const qint64 entries = entryCount(w);
    for (const QString &empty : { QString(), QStringLiteral("   "), QStringLiteral("\n\t\n") }) {
        auto refused = journal.append(*id, QStringLiteral("note"), empty, QStringLiteral("Aiko"));
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("text")), qPrintable(refused.error().message));
    }
    auto tooLong = journal.append(*id, QStringLiteral("note"), QString(IncidentJournal::MaxTextLength + 1, QLatin1Char('x')),
                                  QStringLiteral("Aiko"));
    QVERIFY(!tooLong);
    QVERIFY2(tooLong.error().message.contains(QStringLiteral("too long")), qPrintable(tooLong.error().message));
    QCOMPARE(entryCount(w), entries);
    QVERIFY(journal.append(*id, QStringLiteral("note"), QString(IncidentJournal::MaxTextLength, QLatin1Char('x')),
                           QStringLiteral("Aiko")));
    QCOMPARE(entryCount(w), entries + 1);
}

void TestIncidentJournal::revisionKeepsOriginal()
{
    auto ws = Workspace::create(path("revise.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentJournal journal(w);
    auto id = IncidentRepository(w).create(draft(QStringLiteral("Revise")), QStringLiteral("Aiko"));
    QVERIFY(id);
    auto original = journal.append(*id, QStringLiteral("communication"), QStringLiteral("Called the ISP at 10:00"),
                                   QStringLiteral("Aiko"));
    QVERIFY(original);
    auto before = journal.entries(*id);
    QVERIFY(before);
    const JournalRecord kept = before->last();
    QCOMPARE(kept.id, *original);

    auto revision = journal.append(*id, QStringLiteral("communication"), QStringLiteral("Correction: the call was at 10:30"),
                                   QStringLiteral("Ken"), *original);
    QVERIFY2(revision, revision ? "" : qPrintable(revision.error().message));
    QVERIFY(*revision != *original);
    auto after = journal.entries(*id);
    QVERIFY(after);
    QCOMPARE(after->size(), before->size() + 1);
    // The original is untouched, field for field.
    const JournalRecord &stillThere = after->at(before->size() - 1);
    QVERIFY(sameRecord(stillThere, kept));
    QCOMPARE(stillThere.text, QStringLiteral("Called the ISP at 10:00"));
    QCOMPARE(stillThere.revises, qint64(0));
    const JournalRecord &correction = after->last();
    QCOMPARE(correction.id, *revision);
    QCOMPARE(correction.revises, *original);
    QCOMPARE(correction.text, QStringLiteral("Correction: the call was at 10:30"));
    QCOMPARE(correction.author, QStringLiteral("Ken"));
    QCOMPARE(correction.previousHash, kept.hash);
    QCOMPARE(sql::scalar(w.db(), QStringLiteral("SELECT revises FROM journal_entry WHERE id = ?"), { *revision })->toLongLong(),
             *original);
    auto problems = journal.verifyAll();
    QVERIFY(problems);
    QVERIFY(problems->isEmpty());
}

void TestIncidentJournal::revisingAnotherIncidentsEntryIsRefused()
{
    auto ws = Workspace::create(path("foreign.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto &w = **ws;
    IncidentRepository repo(w);
    IncidentJournal journal(w);
    auto a = repo.create(draft(QStringLiteral("A")), QStringLiteral("Aiko"));
    auto b = repo.create(draft(QStringLiteral("B")), QStringLiteral("Aiko"));
    QVERIFY(a && b);
    auto ofB = journal.append(*b, QStringLiteral("note"), QStringLiteral("Belongs to B"), QStringLiteral("Aiko"));
    QVERIFY(ofB);
    const qint64 entries = entryCount(w);

    auto refused = journal.append(*a, QStringLiteral("note"), QStringLiteral("Correction"), QStringLiteral("Aiko"), *ofB);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(QStringLiteral("same incident")), qPrintable(refused.error().message));
    // An entry that does not exist cannot be revised either.
    auto nothing = journal.append(*a, QStringLiteral("note"), QStringLiteral("Correction"), QStringLiteral("Aiko"), 99999);
    QVERIFY(!nothing);
    QCOMPARE(entryCount(w), entries);
    QCOMPARE(journal.entries(*a)->size(), 1);
}

void TestIncidentJournal::intactChainsVerify()
{
    const Fixture f = makeJournals(path("intact.csirt"));
    QVERIFY(f.first && f.second);
    auto ws = Workspace::open(f.file);
    QVERIFY(ws);
    IncidentJournal journal(**ws);
    QCOMPARE(journal.entries(f.first)->size(), 4);
    QCOMPARE(journal.entries(f.second)->size(), 3);
    auto problems = journal.verifyAll();
    QVERIFY2(problems, problems ? "" : qPrintable(problems.error().message));
    QCOMPARE(problems->size(), 0);

    // An empty workspace has nothing to report either.
    auto empty = Workspace::create(path("empty.csirt"), QStringLiteral("Org"));
    QVERIFY(empty);
    QVERIFY(IncidentJournal(**empty).verifyAll()->isEmpty());
}

void TestIncidentJournal::entryChangedWithSqliteIsReported()
{
    const Fixture f = makeJournals(path("forged.csirt"));
    QVERIFY(f.first && f.second);
    QString ident;
    qint64 forgedId = 0;
    QString originalHash;
    {
        auto ws = Workspace::open(f.file);
        QVERIFY(ws);
        ident = IncidentRepository(**ws).incident(f.first)->ident;
        const JournalRecord target = IncidentJournal(**ws).entries(f.first)->at(2);
        QCOMPARE(target.sequence, 3);
        forgedId = target.id;
        originalHash = target.hash;
    } // closed: nothing is cached, the lock is released

    QString changed;
    const QString error = runSqlite3(
        f.file, QStringLiteral("UPDATE journal_entry SET text = 'forged' WHERE id = %1; SELECT changes();").arg(forgedId),
        &changed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(changed, QStringLiteral("1"));

    auto ws = Workspace::open(f.file);
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    IncidentJournal journal(**ws);
    const JournalRecord forged = journal.entries(f.first)->at(2);
    QCOMPARE(forged.text, QStringLiteral("forged"));
    QCOMPARE(forged.hash, originalHash);
    auto problems = journal.verifyAll();
    QVERIFY2(problems, problems ? "" : qPrintable(problems.error().message));
    QCOMPARE(problems->size(), 1);
    const IncidentJournal::Problem &p = problems->first();
    QCOMPARE(p.ident, ident);
    QCOMPARE(p.entryId, forgedId);
    QCOMPARE(p.sequence, 3);
    QVERIFY2(p.message.contains(QStringLiteral("changed outside CSIRT Kit")), qPrintable(p.message));
    QVERIFY2(p.message.contains(ident), qPrintable(p.message));
    QVERIFY2(p.message.contains(QStringLiteral("entry 3")), qPrintable(p.message));
}

void TestIncidentJournal::entryDeletedWithSqliteIsReported()
{
    const Fixture f = makeJournals(path("deleted.csirt"));
    QVERIFY(f.first && f.second);
    QString ident;
    qint64 after = 0;
    {
        auto ws = Workspace::open(f.file);
        QVERIFY(ws);
        ident = IncidentRepository(**ws).incident(f.first)->ident;
        after = IncidentJournal(**ws).entries(f.first)->at(2).id; // sequence 3, after the deleted one
    }

    QString changed;
    const QString error = runSqlite3(
        f.file,
        QStringLiteral("DELETE FROM journal_entry WHERE incident_id = %1 AND sequence = 2; SELECT changes();").arg(f.first),
        &changed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(changed, QStringLiteral("1"));

    auto ws = Workspace::open(f.file);
    QVERIFY2(ws, ws ? "" : qPrintable(ws.error().message));
    IncidentJournal journal(**ws);
    QCOMPARE(journal.entries(f.first)->size(), 3);
    auto problems = journal.verifyAll();
    QVERIFY2(problems, problems ? "" : qPrintable(problems.error().message));
    QCOMPARE(problems->size(), 1);
    const IncidentJournal::Problem &p = problems->first();
    QCOMPARE(p.ident, ident);
    QCOMPARE(p.entryId, after);
    QCOMPARE(p.sequence, 3);
    QVERIFY2(p.message.contains(QStringLiteral("missing")), qPrintable(p.message));
    QVERIFY2(p.message.contains(ident), qPrintable(p.message));
    // The other incident's chain is intact and not reported.
    QCOMPARE(IncidentJournal(**ws).entries(f.second)->size(), 3);
}

void TestIncidentJournal::newestEntryDeletedWithSqliteIsReported()
{
    const Fixture f = makeJournals(path("newest.csirt"));
    QVERIFY(f.first && f.second);
    QString ident;
    {
        auto ws = Workspace::open(f.file);
        QVERIFY(ws);
        ident = IncidentRepository(**ws).incident(f.first)->ident;
    }
    QString changed;
    const QString error = runSqlite3(
        f.file,
        QStringLiteral("DELETE FROM journal_entry WHERE incident_id = %1 AND sequence = "
                       "(SELECT max(sequence) FROM journal_entry WHERE incident_id = %1); SELECT changes();").arg(f.first),
        &changed);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(changed, QStringLiteral("1"));
    auto ws = Workspace::open(f.file);
    QVERIFY(ws);
    auto problems = IncidentJournal(**ws).verifyAll();
    QVERIFY(problems);
    QCOMPARE(problems->size(), 1);
    QCOMPARE(problems->first().ident, ident);
    QVERIFY2(problems->first().message.contains(QStringLiteral("newest journal entries")), qPrintable(problems->first().message));
}

// Stored with keys (the hash covers them), shown with names in the reader's language.
void TestIncidentJournal::statusChangesShowStatusNames()
{
    JournalRecord r;
    r.kind = QStringLiteral("status");
    r.text = QStringLiteral("triage → response: escalated\nby phone");
    QCOMPARE(IncidentJournal::shownText(r, QStringLiteral("en")), QStringLiteral("Triage → Response: escalated\nby phone"));
    QCOMPARE(IncidentJournal::shownText(r, QStringLiteral("ja")), QStringLiteral("トリアージ → 対応中: escalated\nby phone"));
    r.text = QStringLiteral("resolved → closed");
    QCOMPARE(IncidentJournal::shownText(r, QStringLiteral("ja")), QStringLiteral("解決 → クローズ"));
    r.text = QStringLiteral("Incident INC-2026-0001 recorded: new → triage");
    QCOMPARE(IncidentJournal::shownText(r, QStringLiteral("ja")), r.text); // not a transition
    r.kind = QStringLiteral("note");
    r.text = QStringLiteral("new → triage");
    QCOMPARE(IncidentJournal::shownText(r, QStringLiteral("ja")), r.text); // a user's note stays as written
    QCOMPARE(IncidentWorkflow::statusName(QStringLiteral("rejected"), QStringLiteral("en")), QStringLiteral("Rejected"));
    QCOMPARE(IncidentWorkflow::statusName(QStringLiteral("unknown"), QStringLiteral("en")), QStringLiteral("unknown"));
}

QTEST_GUILESS_MAIN(TestIncidentJournal)
#include "tst_incidentjournal.moc"
