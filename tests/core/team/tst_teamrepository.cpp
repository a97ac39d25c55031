#include "Fixtures.h"

#include "team/PeopleRepository.h"
#include "team/RoleCatalogue.h"
#include "team/TeamRepository.h"

#include <QStandardPaths>

using namespace csirtkit;

class TestTeamRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_ws.reset(); }
    void rolesFollowTheCatalogueAndTheShape();
    void overrideStoresOnlyWhatDiffersAndResets();
    void ownRoleAddsAndDeletesWithReplacement();
    void badRoleIsRefused();
    void holderAndDeputies();
    void raciDefaultsToTheShapeUntilEdited();
    void staffingAndRotaSettingsRoundTrip();

private:
    EffectiveRole find(const QList<EffectiveRole> &roles, const QString &key);
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_ws;
};

void TestTeamRepository::init()
{
    QFile::remove(QDir(m_dir.path()).filePath(QStringLiteral("t.csirt")));
    auto ws = Workspace::create(QDir(m_dir.path()).filePath(QStringLiteral("t.csirt")), QStringLiteral("Org"));
    QVERIFY(ws);
    m_ws = std::move(*ws);
}

EffectiveRole TestTeamRepository::find(const QList<EffectiveRole> &roles, const QString &key)
{
    for (const EffectiveRole &r : roles)
        if (r.key == key)
            return r;
    return {}; // key empty
}

void TestTeamRepository::rolesFollowTheCatalogueAndTheShape()
{
    TeamRepository team(*m_ws);
    auto roles = team.roles();
    QVERIFY(roles);
    QCOMPARE(roles->size(), RoleCatalogue::instance().roles().size());
    QCOMPARE(roles->first().key, QStringLiteral("poc"));
    // Without a shape the team is the minimal one.
    QCOMPARE(find(*roles, QStringLiteral("commander")).inTeam, true);
    QCOMPARE(find(*roles, QStringLiteral("forensic_engineer")).inTeam, false);
    QVERIFY(team.setTemplate(QStringLiteral("medium_24x7")));
    roles = team.roles();
    const TeamTemplate *shape = RoleCatalogue::instance().teamTemplate(QStringLiteral("medium_24x7"));
    for (const EffectiveRole &r : *roles)
        QCOMPARE(r.inTeam, shape->roles.contains(r.key));
    QVERIFY(!team.setTemplate(QStringLiteral("no_such_shape")));
    QCOMPARE(*team.templateKey(), QStringLiteral("medium_24x7"));
}

void TestTeamRepository::overrideStoresOnlyWhatDiffersAndResets()
{
    TeamRepository team(*m_ws);
    EffectiveRole r = find(*team.roles(), QStringLiteral("incident_handler"));
    const QString shippedJa = r.title.ja;
    r.title.en = QStringLiteral("Responder");
    r.skills.insert(QStringLiteral("malware_analysis"), 3);
    r.load = 55;
    QVERIFY(team.saveRole(r));
    auto q = sql::exec(m_ws->db(), QStringLiteral("SELECT name_en, name_ja, duties_en, skills, load FROM team_role"));
    QVERIFY(q && q->next());
    QCOMPARE(q->value(0).toString(), QStringLiteral("Responder"));
    QVERIFY(q->value(1).isNull()); // unchanged: the catalogue's text keeps flowing in
    QVERIFY(q->value(2).isNull());
    QVERIFY(q->value(3).toString().contains(QStringLiteral("\"malware_analysis\":3")));
    QCOMPARE(q->value(4).toInt(), 55);
    EffectiveRole back = find(*team.roles(), QStringLiteral("incident_handler"));
    QCOMPARE(back.title.en, QStringLiteral("Responder"));
    QCOMPARE(back.title.ja, shippedJa);
    QVERIFY(back.overridden);
    QVERIFY(team.resetRole(QStringLiteral("incident_handler")));
    back = find(*team.roles(), QStringLiteral("incident_handler"));
    QCOMPARE(back.title.en, RoleCatalogue::instance().role(QStringLiteral("incident_handler"))->title.en);
    QVERIFY(!back.overridden);
    // Hiding is an override too.
    EffectiveRole hidden = back;
    hidden.hidden = true;
    QVERIFY(team.saveRole(hidden));
    QVERIFY(find(*team.roles(), QStringLiteral("incident_handler")).hidden);
}

void TestTeamRepository::ownRoleAddsAndDeletesWithReplacement()
{
    TeamRepository team(*m_ws);
    PeopleRepository people(*m_ws);
    EffectiveRole own;
    own.group = QStringLiteral("management");
    own.title = { QStringLiteral("Data protection officer"), QStringLiteral("個人情報保護責任者") };
    own.load = 10;
    auto key = team.addRole(own);
    QVERIFY2(key, key ? "" : qPrintable(key.error().message));
    const EffectiveRole added = find(*team.roles(), *key);
    QVERIFY(added.custom && added.inTeam);
    QCOMPARE(added.title.ja, QStringLiteral("個人情報保護責任者"));
    Person p;
    p.name = QStringLiteral("Mei");
    const qint64 mei = *people.add(p);
    QVERIFY(team.setHolder(*key, mei));
    auto refused = team.removeRole(*key);
    QVERIFY(!refused);
    QVERIFY(refused.error().message.contains(QStringLiteral("Choose a role to take them over")));
    QVERIFY(!team.removeRole(QStringLiteral("commander")));
    QVERIFY(team.removeRole(*key, QStringLiteral("legal_adviser")));
    QVERIFY(find(*team.roles(), *key).key.isEmpty());
    QCOMPARE(team.assignments()->size(), 1);
    QCOMPARE(team.assignments()->first().role, QStringLiteral("legal_adviser"));
    QVERIFY(team.assignments()->first().holder);
}

void TestTeamRepository::badRoleIsRefused()
{
    TeamRepository team(*m_ws);
    EffectiveRole nameless;
    nameless.group = QStringLiteral("response");
    QVERIFY(!team.addRole(nameless));
    EffectiveRole r = find(*team.roles(), QStringLiteral("commander"));
    r.skills.insert(QStringLiteral("forensics"), 5);
    QVERIFY(!team.saveRole(r));
    r = find(*team.roles(), QStringLiteral("commander"));
    r.group = QStringLiteral("sales");
    QVERIFY(!team.saveRole(r));
    QCOMPARE(sql::scalar(m_ws->db(), QStringLiteral("SELECT count(*) FROM team_role"))->toInt(), 0);
}

void TestTeamRepository::holderAndDeputies()
{
    TeamRepository team(*m_ws);
    PeopleRepository people(*m_ws);
    Person p;
    p.name = QStringLiteral("A");
    const qint64 a = *people.add(p);
    p.name = QStringLiteral("B");
    const qint64 b = *people.add(p);
    QVERIFY(team.setHolder(QStringLiteral("commander"), a));
    QVERIFY(team.setHolder(QStringLiteral("commander"), b)); // replaces, never two holders
    QVERIFY(team.setDeputies(QStringLiteral("commander"), { a, b }));
    auto list = team.assignments();
    QCOMPARE(list->size(), 3);
    QCOMPARE(list->at(0).person, b);
    QVERIFY(list->at(0).holder);
    QVERIFY(team.setHolder(QStringLiteral("commander"), 0));
    QCOMPARE(team.assignments()->size(), 2);
    QVERIFY(!team.setHolder(QStringLiteral("commander"), 999)); // no such person
}

void TestTeamRepository::raciDefaultsToTheShapeUntilEdited()
{
    TeamRepository team(*m_ws);
    QVERIFY(team.raci()->isEmpty());
    QVERIFY(team.setTemplate(QStringLiteral("small_dedicated")));
    const RaciTable shipped = TeamRepository::templateRaci(QStringLiteral("small_dedicated"));
    QVERIFY(!shipped.isEmpty());
    QCOMPARE(*team.raci(), shipped);
    RaciTable edited = shipped;
    edited[QStringLiteral("triage")].insert(QStringLiteral("legal_adviser"), u'C');
    QVERIFY(team.setRaci(edited));
    QVERIFY(*team.raciEdited());
    QCOMPARE(*team.raci(), edited);
    QVERIFY(team.setTemplate(QStringLiteral("medium_24x7")));
    QCOMPARE(*team.raci(), edited); // an edited table survives a change of shape
    edited[QStringLiteral("triage")].insert(QStringLiteral("legal_adviser"), u'X');
    QVERIFY(!team.setRaci(edited));
    QVERIFY(team.resetRaci());
    QCOMPARE(*team.raci(), TeamRepository::templateRaci(QStringLiteral("medium_24x7")));
}

void TestTeamRepository::staffingAndRotaSettingsRoundTrip()
{
    TeamRepository team(*m_ws);
    QCOMPARE(team.staffing()->toJson(), StaffingParameters().toJson());
    StaffingParameters p;
    p.model = StaffingParameters::Model::Around;
    p.seats = 2;
    QVERIFY(team.setStaffing(p));
    QCOMPARE(team.staffing()->toJson(), p.toJson());
    p.seats = 0;
    QVERIFY(!team.setStaffing(p));
    QCOMPARE(team.staffing()->seats, 2);
    QVERIFY(team.setRotaSettings({ { QStringLiteral("period"), QStringLiteral("daily") } }));
    QCOMPARE(team.rotaSettings()->value(QStringLiteral("period")).toString(), QStringLiteral("daily"));
}

QTEST_GUILESS_MAIN(TestTeamRepository)
#include "tst_teamrepository.moc"
