#include "team/RoleCatalogue.h"
#include "team/TeamCoverage.h"

#include <QTest>

using namespace csirtkit;

class TestTeamCoverage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void fullyStaffedTeamHasNoGap();
    void noHolder();
    void noDeputy();
    void samePersonAsHolderAndDeputy();
    void inactivePersonStillAssigned();
    void overload();
    void singlePointOfFailure();
    void forbiddenCombination();
    void skillGap();
    void raciChecks();
    void loadsCountDeputiesAtTheirShare();

private:
    QList<TeamGap> gaps(const QString &kind) const;
    qint64 addPerson(const QString &name, int share = 100);
    void assign(const QString &role, qint64 holder, QList<qint64> deputies);

    TeamState m_state;
};

void TestTeamCoverage::init()
{
    // A team of two roles, with a RACI that satisfies every rule.
    m_state = TeamState();
    m_state.templateKey = QString();
    EffectiveRole commander;
    commander.key = QStringLiteral("commander");
    commander.title = { QStringLiteral("Commander"), QStringLiteral("コマンダー") };
    commander.minimal = true;
    commander.load = 20;
    commander.skills = { { QStringLiteral("leadership"), 2 } };
    EffectiveRole handler = commander;
    handler.key = QStringLiteral("incident_handler");
    handler.title = { QStringLiteral("Incident handler"), QStringLiteral("インシデントハンドラー") };
    handler.load = 40;
    handler.skills = { { QStringLiteral("incident_handling"), 2 } };
    EffectiveRole outside = handler;
    outside.key = QStringLiteral("forensic_engineer");
    outside.inTeam = false;
    m_state.roles = { commander, handler, outside };
    for (const TeamActivity &a : RoleCatalogue::instance().activities())
        m_state.raci[a.key] = { { QStringLiteral("commander"), u'A' }, { QStringLiteral("incident_handler"), u'R' } };
}

QList<TeamGap> TestTeamCoverage::gaps(const QString &kind) const
{
    QList<TeamGap> list;
    for (const TeamGap &g : TeamCoverage::gaps(m_state, QStringLiteral("en")))
        if (g.kind == kind)
            list << g;
    return list;
}

qint64 TestTeamCoverage::addPerson(const QString &name, int share)
{
    Person p;
    p.id = m_state.people.size() + 1;
    p.name = name;
    p.share = share;
    p.skills = { { QStringLiteral("leadership"), 3 }, { QStringLiteral("incident_handling"), 3 } };
    m_state.people << p;
    return p.id;
}

void TestTeamCoverage::assign(const QString &role, qint64 holder, QList<qint64> deputies)
{
    if (holder)
        m_state.assignments.append({ role, holder, true, 0 });
    for (qint64 d : deputies)
        m_state.assignments.append({ role, d, false, 0 });
}

void TestTeamCoverage::fullyStaffedTeamHasNoGap()
{
    const qint64 a = addPerson(QStringLiteral("Aoi"));
    const qint64 b = addPerson(QStringLiteral("Ren"));
    assign(QStringLiteral("commander"), a, { b });
    assign(QStringLiteral("incident_handler"), b, { a });
    const auto all = TeamCoverage::gaps(m_state, QStringLiteral("en"));
    QVERIFY2(all.isEmpty(), qPrintable(all.value(0).message));
}

void TestTeamCoverage::noHolder()
{
    const qint64 a = addPerson(QStringLiteral("Aoi"));
    assign(QStringLiteral("commander"), a, {});
    const auto list = gaps(QStringLiteral("no_holder"));
    QCOMPARE(list.size(), 1); // the handler; the forensic engineer is outside the team
    QCOMPARE(list.first().role, QStringLiteral("incident_handler"));
    QCOMPARE(list.first().message, QStringLiteral("Incident handler has no holder. Choose a person to hold the role."));
    const auto ja = TeamCoverage::gaps(m_state, QStringLiteral("ja"));
    QVERIFY(ja.first().message.contains(QStringLiteral("インシデントハンドラー")) || ja.first().message.contains(QStringLiteral("コマンダー")));
}

void TestTeamCoverage::noDeputy()
{
    const qint64 a = addPerson(QStringLiteral("Aoi"));
    const qint64 b = addPerson(QStringLiteral("Ren"));
    assign(QStringLiteral("commander"), a, {});
    assign(QStringLiteral("incident_handler"), b, { a });
    const auto list = gaps(QStringLiteral("no_deputy"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().role, QStringLiteral("commander"));
    QVERIFY(list.first().message.contains(QStringLiteral("when Aoi is away")));
}

void TestTeamCoverage::samePersonAsHolderAndDeputy()
{
    const qint64 a = addPerson(QStringLiteral("Aoi"));
    const qint64 b = addPerson(QStringLiteral("Ren"));
    assign(QStringLiteral("commander"), a, { a });
    assign(QStringLiteral("incident_handler"), b, { a });
    QCOMPARE(gaps(QStringLiteral("same_person")).size(), 1);
    QCOMPARE(gaps(QStringLiteral("same_person")).first().person, a);
    QCOMPARE(gaps(QStringLiteral("no_deputy")).size(), 1); // being one's own deputy is no deputy
}

void TestTeamCoverage::inactivePersonStillAssigned()
{
    const qint64 a = addPerson(QStringLiteral("Aoi"));
    const qint64 b = addPerson(QStringLiteral("Ren"));
    assign(QStringLiteral("commander"), a, { b });
    assign(QStringLiteral("incident_handler"), b, { a });
    m_state.people[0].active = false;
    QCOMPARE(gaps(QStringLiteral("inactive_person")).size(), 2);
    QCOMPARE(gaps(QStringLiteral("no_deputy")).size(), 1); // the handler's only deputy left
}

void TestTeamCoverage::overload()
{
    const qint64 a = addPerson(QStringLiteral("Aoi"), 30);
    const qint64 b = addPerson(QStringLiteral("Ren"), 100);
    assign(QStringLiteral("commander"), a, { b });
    assign(QStringLiteral("incident_handler"), a, { b }); // 20 + 40 = 60 % against 30 %
    const auto list = gaps(QStringLiteral("overload"));
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().person, a);
    QVERIFY2(list.first().message.contains(QStringLiteral("about 60 % of their working time, but 30 %")), qPrintable(list.first().message));
}

void TestTeamCoverage::singlePointOfFailure()
{
    const qint64 a = addPerson(QStringLiteral("Aoi"));
    const qint64 b = addPerson(QStringLiteral("Ren"));
    assign(QStringLiteral("commander"), a, { b });
    assign(QStringLiteral("incident_handler"), a, {});
    auto list = gaps(QStringLiteral("single_point_of_failure"));
    QCOMPARE(list.size(), 1);
    QVERIFY2(list.first().message.contains(QStringLiteral("If Aoi is away, Incident handler stop")), qPrintable(list.first().message));
    m_state.assignments.append({ QStringLiteral("incident_handler"), b, false, 0 });
    QCOMPARE(gaps(QStringLiteral("single_point_of_failure")).size(), 0);
}

void TestTeamCoverage::forbiddenCombination()
{
    // The medium shape advises against some combination; hold it and the rule fires.
    const TeamTemplate *shape = nullptr;
    for (const TeamTemplate &t : RoleCatalogue::instance().templates())
        if (!t.never.isEmpty())
            shape = &t;
    QVERIFY(shape);
    m_state.templateKey = shape->key;
    const RoleCombination never = shape->never.first();
    const qint64 a = addPerson(QStringLiteral("Aoi"));
    for (const QString &key : never.roles) {
        EffectiveRole r;
        r.key = key;
        r.title = { key, key };
        if (!m_state.role(key))
            m_state.roles << r;
        assign(key, a, {});
    }
    const auto list = gaps(QStringLiteral("forbidden_combination"));
    QCOMPARE(list.size(), 1);
    QVERIFY(list.first().message.contains(never.text.en));
}

void TestTeamCoverage::skillGap()
{
    const qint64 a = addPerson(QStringLiteral("Aoi"));
    const qint64 b = addPerson(QStringLiteral("Ren"));
    m_state.people[1].skills = { { QStringLiteral("incident_handling"), 1 } };
    assign(QStringLiteral("commander"), a, { b }); // a deputy needs the skills too
    assign(QStringLiteral("incident_handler"), b, { a });
    const auto list = gaps(QStringLiteral("skill_gap"));
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).skill, QStringLiteral("incident_handling"));
    QCOMPARE(list.at(1).skill, QStringLiteral("leadership"));
    QVERIFY2(list.at(0).message.startsWith(QStringLiteral("Ren has Incident handling at level 1; Incident handler needs level 2.")),
             qPrintable(list.at(0).message));
}

void TestTeamCoverage::raciChecks()
{
    const qint64 a = addPerson(QStringLiteral("Aoi"));
    const qint64 b = addPerson(QStringLiteral("Ren"));
    assign(QStringLiteral("commander"), a, { b });
    assign(QStringLiteral("incident_handler"), b, { a });
    m_state.raci[QStringLiteral("triage")] = { { QStringLiteral("incident_handler"), u'A' } };
    m_state.raci[QStringLiteral("analysis")] = { { QStringLiteral("commander"), u'A' }, { QStringLiteral("incident_handler"), u'A' },
                                                 { QStringLiteral("forensic_engineer"), u'R' } };
    const auto accountable = gaps(QStringLiteral("raci_accountable"));
    QCOMPARE(accountable.size(), 1);
    QCOMPARE(accountable.first().activity, QStringLiteral("analysis"));
    QVERIFY(accountable.first().message.contains(QStringLiteral("has 2 accountable roles")));
    const auto responsible = gaps(QStringLiteral("raci_responsible"));
    QCOMPARE(responsible.size(), 1);
    QCOMPARE(responsible.first().activity, QStringLiteral("triage"));
    const auto unheld = gaps(QStringLiteral("raci_unheld_role"));
    QCOMPARE(unheld.size(), 1);
    QCOMPARE(unheld.first().role, QStringLiteral("forensic_engineer"));
    m_state.raci.remove(QStringLiteral("exercises"));
    QCOMPARE(gaps(QStringLiteral("raci_accountable")).size(), 2);
}

void TestTeamCoverage::loadsCountDeputiesAtTheirShare()
{
    const qint64 a = addPerson(QStringLiteral("Aoi"));
    const qint64 b = addPerson(QStringLiteral("Ren"));
    assign(QStringLiteral("commander"), a, { b });
    assign(QStringLiteral("incident_handler"), b, { a });
    m_state.staffing.deputyShare = 25;
    const auto loads = TeamCoverage::loads(m_state);
    QCOMPARE(loads.value(a), 30); // 20 + 40 × 25 %
    QCOMPARE(loads.value(b), 45); // 40 + 20 × 25 %
}

QTEST_GUILESS_MAIN(TestTeamCoverage)
#include "tst_teamcoverage.moc"
