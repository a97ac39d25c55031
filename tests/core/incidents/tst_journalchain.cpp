#include "incidents/JournalChain.h"

#include <QTest>
#include <QTimeZone>

using namespace csirtkit;

class TestJournalChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashIsStableAndCoversEveryField();
    void intactChainVerifies();
    void changedEntryIsDetected();
    void deletedEntryIsDetected();
    void separatorsCannotCollide();

private:
    static QList<JournalRecord> chain(int count)
    {
        QList<JournalRecord> list;
        QString previous;
        for (int i = 1; i <= count; ++i) {
            JournalRecord r { i * 10, i, QDateTime(QDate(2026, 4, 1), QTime(9, i), QTimeZone::UTC), QStringLiteral("Aiko"),
                              QStringLiteral("action"), QStringLiteral("Step %1").arg(i), 0, previous, QString() };
            r.hash = JournalChain::hash(QStringLiteral("INC-2026-0001"), r);
            previous = r.hash;
            list.append(r);
        }
        return list;
    }
};

void TestJournalChain::hashIsStableAndCoversEveryField()
{
    const JournalRecord base = chain(1).first();
    const QString h = JournalChain::hash(QStringLiteral("INC-2026-0001"), base);
    QCOMPARE(h.size(), 64);
    QCOMPARE(JournalChain::hash(QStringLiteral("INC-2026-0001"), base), h);
    QVERIFY(JournalChain::hash(QStringLiteral("INC-2026-0002"), base) != h);
    auto changed = [&](auto mutate) {
        JournalRecord r = base;
        mutate(r);
        return JournalChain::hash(QStringLiteral("INC-2026-0001"), r) != h;
    };
    QVERIFY(changed([](JournalRecord &r) { r.sequence = 2; }));
    QVERIFY(changed([](JournalRecord &r) { r.atUtc = r.atUtc.addMSecs(1); }));
    QVERIFY(changed([](JournalRecord &r) { r.author = QStringLiteral("Ken"); }));
    QVERIFY(changed([](JournalRecord &r) { r.kind = QStringLiteral("note"); }));
    QVERIFY(changed([](JournalRecord &r) { r.text += QLatin1Char('.'); }));
    QVERIFY(changed([](JournalRecord &r) { r.revisesSequence = 3; })); // the revised entry's sequence: ids are not portable
    QVERIFY(changed([](JournalRecord &r) { r.previousHash = QStringLiteral("00"); }));
}

void TestJournalChain::intactChainVerifies()
{
    QVERIFY(JournalChain::verify(QStringLiteral("INC-2026-0001"), chain(5)).isEmpty());
    QVERIFY(JournalChain::verify(QStringLiteral("INC-2026-0001"), {}).isEmpty());
}

void TestJournalChain::changedEntryIsDetected()
{
    auto entries = chain(5);
    entries[2].text = QStringLiteral("Rewritten later");
    const auto breaks = JournalChain::verify(QStringLiteral("INC-2026-0001"), entries);
    QCOMPARE(breaks.size(), 1);
    QCOMPARE(breaks.first().entryId, 30);
    QCOMPARE(breaks.first().reason, JournalChain::Break::Reason::ContentChanged);
    // Re-hashing the edited entry does not help: the next entry no longer links to it.
    entries[2].hash = JournalChain::hash(QStringLiteral("INC-2026-0001"), entries[2]);
    const auto again = JournalChain::verify(QStringLiteral("INC-2026-0001"), entries);
    QCOMPARE(again.size(), 1);
    QCOMPARE(again.first().entryId, 40);
    QCOMPARE(again.first().reason, JournalChain::Break::Reason::PreviousMissing);
}

void TestJournalChain::deletedEntryIsDetected()
{
    auto entries = chain(5);
    entries.removeAt(1);
    const auto breaks = JournalChain::verify(QStringLiteral("INC-2026-0001"), entries);
    QCOMPARE(breaks.size(), 1);
    QCOMPARE(breaks.first().sequence, 3);
    QCOMPARE(breaks.first().reason, JournalChain::Break::Reason::SequenceGap);
}

void TestJournalChain::separatorsCannotCollide()
{
    JournalRecord a = chain(1).first();
    JournalRecord b = a;
    a.author = QStringLiteral("ab");
    a.kind = QStringLiteral("c");
    b.author = QStringLiteral("a");
    b.kind = QStringLiteral("bc");
    QVERIFY(JournalChain::hash(QStringLiteral("X"), a) != JournalChain::hash(QStringLiteral("X"), b));
}

QTEST_GUILESS_MAIN(TestJournalChain)
#include "tst_journalchain.moc"
