#include "IncidentFixture.h"

#include "incidents/Observables.h"

using namespace csirtkit;
using T = Observable::Type;

class TestObservables : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void valuesAreValidatedAndNormalised();
    void duplicatesInOneIncidentAreMerged();
    void sameObservableInOtherIncidents();
};

void TestObservables::valuesAreValidatedAndNormalised()
{
    fixtures::Incidents f;
    Observables obs(*f.workspace);
    auto bad = obs.add(f.first, T::IPv4, QStringLiteral("999.1.1.1"));
    QVERIFY(!bad);
    QVERIFY(bad.error().message.contains(QStringLiteral("0 to 255")));
    QVERIFY(obs.add(f.first, T::Url, QStringLiteral("hxxps://login.evil[.]example/x"), QStringLiteral("from the mail body")));
    auto list = obs.list(f.first).value();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().value, QStringLiteral("https://login.evil.example/x"));
    QCOMPARE(list.first().type, T::Url);
    QCOMPARE(list.first().note, QStringLiteral("from the mail body"));
    QCOMPARE(obs.add(9999, T::Domain, QStringLiteral("evil.example")).error().code, ErrorCode::NotFound);
}

void TestObservables::duplicatesInOneIncidentAreMerged()
{
    fixtures::Incidents f;
    Observables obs(*f.workspace);
    const auto first = obs.add(f.first, T::Domain, QStringLiteral("Evil.Example")).value();
    QVERIFY(!first.merged);
    const auto again = obs.add(f.first, T::Domain, QStringLiteral("evil[.]example")).value();
    QVERIFY(again.merged);
    QCOMPARE(again.id, first.id);
    QCOMPARE(obs.list(f.first)->size(), 1);
    QVERIFY(obs.remove(first.id));
    QCOMPARE(obs.list(f.first)->size(), 0);
}

void TestObservables::sameObservableInOtherIncidents()
{
    fixtures::Incidents f;
    Observables obs(*f.workspace);
    QVERIFY(obs.add(f.first, T::IPv4, QStringLiteral("203.0.113.7")));
    QVERIFY(obs.add(f.second, T::IPv4, QStringLiteral("203[.]0[.]113[.]7")));
    const QString secondIdent = IncidentRepository(*f.workspace).incident(f.second)->ident;
    const QString firstIdent = IncidentRepository(*f.workspace).incident(f.first)->ident;
    QCOMPARE(obs.alsoSeenIn(f.first, T::IPv4, QStringLiteral("203.0.113.7")).value(), QStringList { secondIdent });
    QCOMPARE(obs.incidentsWith(QStringLiteral("203[.]0[.]113[.]7")).value(), (QStringList { firstIdent, secondIdent }));
    QVERIFY(obs.incidentsWith(QStringLiteral("198.51.100.1"))->isEmpty());
}

QTEST_GUILESS_MAIN(TestObservables)
#include "tst_observables.moc"
