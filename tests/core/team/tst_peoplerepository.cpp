#include "Fixtures.h"

#include "team/PeopleRepository.h"
#include "team/TeamRepository.h"

#include <QStandardPaths>

using namespace csirtkit;

class TestPeopleRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_ws.reset(); }
    void personRoundTripsWithSkills();
    void invalidPersonWritesNothing();
    void duplicateEmailIsRefused();
    void importIsAllOrNothing();
    void referencedPersonNeedsReplacement();
    void inactivePersonIsKept();
    void absenceEndingBeforeStartIsRefused();
    void changesAreLogged();

private:
    Person person(const QString &name, const QString &email = {});
    int count(const QString &table);

    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestPeopleRepository::init()
{
    QFile::remove(QDir(m_dir.path()).filePath(QStringLiteral("p.csirt")));
    auto ws = Workspace::create(QDir(m_dir.path()).filePath(QStringLiteral("p.csirt")), QStringLiteral("Org"));
    QVERIFY(ws);
    m_ws = std::move(*ws);
}

Person TestPeopleRepository::person(const QString &name, const QString &email)
{
    Person p;
    p.name = name;
    p.email = email;
    return p;
}

int TestPeopleRepository::count(const QString &table)
{
    return sql::scalar(m_ws->db(), QStringLiteral("SELECT count(*) FROM %1").arg(table))->toInt();
}

void TestPeopleRepository::personRoundTripsWithSkills()
{
    PeopleRepository repo(*m_ws);
    Person p = person(QStringLiteral("  Hanako Sato "), QStringLiteral("hanako@example.org"));
    p.department = QStringLiteral("情報システム部");
    p.membership = QStringLiteral("virtual");
    p.share = 25;
    p.pgp = QStringLiteral("8f3a 1b2c 3d4e 5f60 7182 93a4 b5c6 d7e8 f90a 1b2c");
    p.timeZone = QStringLiteral("Asia/Tokyo");
    p.startDate = QDate(2025, 4, 1);
    p.notes = QStringLiteral("Line one\nLine two");
    p.skills = { { QStringLiteral("forensics"), 1 }, { QStringLiteral("incident_handling"), 3 } };
    auto id = repo.add(p);
    QVERIFY2(id, id ? "" : qPrintable(id.error().message));
    auto back = repo.person(*id);
    QVERIFY(back);
    QCOMPARE(back->name, QStringLiteral("Hanako Sato"));
    QCOMPARE(back->department, QStringLiteral("情報システム部"));
    QCOMPARE(back->membership, QStringLiteral("virtual"));
    QCOMPARE(back->share, 25);
    QCOMPARE(back->pgp, QStringLiteral("8F3A1B2C3D4E5F60718293A4B5C6D7E8F90A1B2C"));
    QCOMPARE(back->startDate, QDate(2025, 4, 1));
    QCOMPARE(back->notes, p.notes);
    QCOMPARE(back->skills, p.skills);
    back->skills.remove(QStringLiteral("forensics"));
    back->share = 40;
    QVERIFY(repo.update(*back));
    auto all = repo.people();
    QVERIFY(all);
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().share, 40);
    QCOMPARE(all->first().skills.size(), 1);
}

void TestPeopleRepository::invalidPersonWritesNothing()
{
    PeopleRepository repo(*m_ws);
    Person p = person(QStringLiteral("Bad"), QStringLiteral("not-an-address"));
    p.pgp = QStringLiteral("1234");
    auto id = repo.add(p);
    QVERIFY(!id);
    QVERIFY(id.error().message.contains(QStringLiteral("not an e-mail address")));
    QVERIFY(id.error().message.contains(QStringLiteral("40 hexadecimal digits")));
    QCOMPARE(count(QStringLiteral("person")), 0);
    auto good = repo.add(person(QStringLiteral("Good")));
    QVERIFY(good);
    Person changed = *repo.person(*good);
    changed.share = 120;
    QVERIFY(!repo.update(changed));
    QCOMPARE(repo.person(*good)->share, 100);
}

void TestPeopleRepository::duplicateEmailIsRefused()
{
    PeopleRepository repo(*m_ws);
    QVERIFY(repo.add(person(QStringLiteral("A"), QStringLiteral("a@example.org"))));
    auto second = repo.add(person(QStringLiteral("B"), QStringLiteral("A@Example.org")));
    QVERIFY(!second);
    QVERIFY2(second.error().message.contains(QStringLiteral("A already uses the e-mail address")), qPrintable(second.error().message));
    QCOMPARE(count(QStringLiteral("person")), 1);
}

void TestPeopleRepository::importIsAllOrNothing()
{
    PeopleRepository repo(*m_ws);
    const QList<Person> rows = { person(QStringLiteral("One"), QStringLiteral("one@example.org")),
                                 person(QStringLiteral("Two"), QStringLiteral("two@example")),
                                 person(QStringLiteral("Three")) };
    auto imported = repo.addAll(rows);
    QVERIFY(!imported);
    QVERIFY2(imported.error().message.startsWith(QStringLiteral("Row 2 (Two):")), qPrintable(imported.error().message));
    QCOMPARE(count(QStringLiteral("person")), 0);
    const QList<Person> duplicates = { person(QStringLiteral("One"), QStringLiteral("one@example.org")),
                                       person(QStringLiteral("Uno"), QStringLiteral("ONE@example.org")) };
    QVERIFY(!repo.addAll(duplicates));
    QCOMPARE(count(QStringLiteral("person")), 0);
    QCOMPARE(*repo.addAll({ rows.first(), rows.last() }), 2);
}

void TestPeopleRepository::referencedPersonNeedsReplacement()
{
    PeopleRepository people(*m_ws);
    TeamRepository team(*m_ws);
    const qint64 a = *people.add(person(QStringLiteral("Aoi")));
    const qint64 b = *people.add(person(QStringLiteral("Ren")));
    QVERIFY(team.setHolder(QStringLiteral("commander"), a));
    QVERIFY(team.setDeputies(QStringLiteral("incident_handler"), { a, b }));
    auto refs = people.references(a);
    QVERIFY(refs);
    QCOMPARE(refs->size(), 1);
    QVERIFY2(refs->first().startsWith(QStringLiteral("Aoi holds or deputises for 2 role")), qPrintable(refs->first()));
    auto refused = people.remove(a);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("mark Aoi inactive")));
    QCOMPARE(count(QStringLiteral("person")), 2);
    QVERIFY(!people.remove(a, a));
    QVERIFY(people.remove(a, b));
    auto assignments = team.assignments();
    QVERIFY(assignments);
    QCOMPARE(assignments->size(), 2); // Ren was already a deputy of the handler: one entry, not two
    for (const RoleAssignment &x : *assignments)
        QCOMPARE(x.person, b);
    QVERIFY(people.references(b)->size() == 1);
    QVERIFY(people.remove(*people.add(person(QStringLiteral("Nobody")))));
}

void TestPeopleRepository::inactivePersonIsKept()
{
    PeopleRepository people(*m_ws);
    const qint64 a = *people.add(person(QStringLiteral("Aoi")));
    QVERIFY(people.setActive(a, false));
    QCOMPARE(people.people(false)->size(), 0);
    QCOMPARE(people.people(true)->size(), 1);
    QVERIFY(!people.person(a)->active);
}

void TestPeopleRepository::absenceEndingBeforeStartIsRefused()
{
    PeopleRepository people(*m_ws);
    const qint64 a = *people.add(person(QStringLiteral("Aoi")));
    auto bad = people.addAbsence({ 0, a, QDate(2026, 8, 20), QDate(2026, 8, 10), QStringLiteral("Leave") });
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("ends (2026-08-10) before it starts (2026-08-20)")));
    QCOMPARE(count(QStringLiteral("absence")), 0);
    auto good = people.addAbsence({ 0, a, QDate(2026, 8, 10), QDate(2026, 8, 20), QStringLiteral("Leave") });
    QVERIFY(good);
    QCOMPARE(people.absences(a)->first().to, QDate(2026, 8, 20));
    QVERIFY(people.removeAbsence(*good));
    QCOMPARE(count(QStringLiteral("absence")), 0);
}

void TestPeopleRepository::changesAreLogged()
{
    PeopleRepository people(*m_ws);
    const int before = count(QStringLiteral("change_log"));
    QVERIFY(people.add(person(QStringLiteral("Aoi"))));
    QCOMPARE(count(QStringLiteral("change_log")), before + 1);
    QCOMPARE(sql::scalar(m_ws->db(), QStringLiteral("SELECT entity FROM change_log ORDER BY id DESC LIMIT 1"))->toString(),
             QStringLiteral("person"));
}

QTEST_GUILESS_MAIN(TestPeopleRepository)
#include "tst_peoplerepository.moc"
