#include "IncidentFixture.h"

#include "incidents/Artefacts.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentSearch.h"
#include "incidents/Observables.h"

using namespace csirtkit;

class TestIncidentSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void termsAndPhrases();
    void findsTitleJournalObservableAndArtefact();
    void shortJapaneseTermsMatchBySubstring();
    void indexFollowsChanges();
    void emptyQueryIsRefused();

private:
    static QStringList idents(Workspace &ws, const QString &query)
    {
        QStringList list;
        for (const auto &hit : IncidentSearch(ws).search(query).value())
            list << hit.ident;
        list.sort();
        return list;
    }
};

void TestIncidentSearch::termsAndPhrases()
{
    QCOMPARE(IncidentSearch::terms(QStringLiteral(" proxy  \"log export\" 感染　端末")),
             (QStringList { QStringLiteral("proxy"), QStringLiteral("log export"), QStringLiteral("感染"), QStringLiteral("端末") }));
}

void TestIncidentSearch::findsTitleJournalObservableAndArtefact()
{
    fixtures::Incidents f;
    Workspace &ws = *f.workspace;
    const QString first = IncidentRepository(ws).incident(f.first)->ident;
    const QString second = IncidentRepository(ws).incident(f.second)->ident;
    QCOMPARE(idents(ws, QStringLiteral("phishing")), QStringList { first });
    QVERIFY(IncidentJournal(ws).append(f.second, QStringLiteral("action"), QStringLiteral("Restored index.html from backup"), QStringLiteral("Ken")));
    QCOMPARE(idents(ws, QStringLiteral("index.html")), QStringList { second });
    QVERIFY(Observables(ws).add(f.first, Observable::Type::Domain, QStringLiteral("login-bank.example")));
    QCOMPARE(idents(ws, QStringLiteral("login-bank")), QStringList { first });
    Artefact a { 0, f.second, QStringLiteral("Access log"), QString(), QStringLiteral("GET /wp-admin/xmlrpc.php 200"), {}, QString() };
    QVERIFY(Artefacts(ws).add(a));
    QCOMPARE(idents(ws, QStringLiteral("xmlrpc")), QStringList { second });
    QCOMPARE(idents(ws, QStringLiteral("\"restored index\"")), QStringList { second });
    QCOMPARE(idents(ws, QStringLiteral("restored phishing")), QStringList()); // every term must match
    QCOMPARE(idents(ws, first), QStringList { first }); // by identifier
}

void TestIncidentSearch::shortJapaneseTermsMatchBySubstring()
{
    fixtures::Incidents f;
    Workspace &ws = *f.workspace;
    QVERIFY(IncidentJournal(ws).append(f.first, QStringLiteral("note"), QStringLiteral("経理部の端末がマルウェアに感染"), QStringLiteral("Aiko")));
    const QString first = IncidentRepository(ws).incident(f.first)->ident;
    QCOMPARE(idents(ws, QStringLiteral("感染")), QStringList { first });      // two characters
    QCOMPARE(idents(ws, QStringLiteral("マルウェア")), QStringList { first }); // trigram index
    QCOMPARE(idents(ws, QStringLiteral("経理 感染")), QStringList { first });
    QCOMPARE(idents(ws, QStringLiteral("100%")), QStringList()); // LIKE wildcards are literal
}

void TestIncidentSearch::indexFollowsChanges()
{
    fixtures::Incidents f;
    Workspace &ws = *f.workspace;
    QVERIFY(IncidentRepository(ws).setText(f.first, IncidentRepository::TextField::Title, QStringLiteral("Credential stuffing")));
    QCOMPARE(idents(ws, QStringLiteral("\"credential stuffing\"")).size(), 1);
    // The old title is still found: the journal's first entry records it, as history should.
    QCOMPARE(idents(ws, QStringLiteral("phishing")).size(), 1);
    auto added = Observables(ws).add(f.second, Observable::Type::IPv4, QStringLiteral("203.0.113.99")).value();
    QCOMPARE(idents(ws, QStringLiteral("203.0.113.99")).size(), 1);
    QVERIFY(Observables(ws).remove(added.id));
    QCOMPARE(idents(ws, QStringLiteral("203.0.113.99")), QStringList());
}

void TestIncidentSearch::emptyQueryIsRefused()
{
    fixtures::Incidents f;
    auto result = IncidentSearch(*f.workspace).search(QStringLiteral("   "));
    QVERIFY(!result);
    QCOMPARE(result.error().code, ErrorCode::Invalid);
}

QTEST_GUILESS_MAIN(TestIncidentSearch)
#include "tst_incidentsearch.moc"
