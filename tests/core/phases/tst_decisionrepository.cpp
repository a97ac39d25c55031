#include "Fixtures.h"

#include "phases/ContentLibrary.h"
#include "phases/DecisionRepository.h"
#include "workspace/SqlUtil.h"

#include <QStandardPaths>

using namespace csirtkit;

namespace {

qint64 changeCount(Workspace &ws)
{
    return sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM change_log"))->toLongLong();
}

} // namespace

class TestDecisionRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void everyServiceStartsNotOffered();
    void serviceChoiceRoundTrips();
    void unknownServiceIsRefused();
    void orgModelNeedsKnownKeyAndReason();
    void orgModelCanBeCleared();
    void statusKeysRoundTrip();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return QDir(m_dir.path()).filePath(QString::fromLatin1(name)); }
};

void TestDecisionRepository::everyServiceStartsNotOffered()
{
    auto ws = Workspace::create(path("a.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    auto choices = DecisionRepository(**ws).serviceChoices();
    QVERIFY(choices);
    QCOMPARE(choices->size(), 21);
    for (const ContentServiceArea &area : ContentLibrary::instance().serviceAreas())
        for (const ContentService &service : area.services) {
            QVERIFY2(choices->contains(service.key), qPrintable(service.key));
            const ServiceChoice choice = choices->value(service.key);
            QCOMPARE(choice.serviceKey, service.key);
            QCOMPARE(choice.status, ServiceStatus::NotOffered);
            QCOMPARE(choice.scope, QString());
            QCOMPARE(choice.hours, QString());
        }
}

void TestDecisionRepository::serviceChoiceRoundTrips()
{
    const QString file = fixtures::makeWorkspace(QDir(m_dir.path()), QStringLiteral("b.csirt"));
    const ContentLibrary &library = ContentLibrary::instance();
    const QString first = library.serviceAreas().at(0).services.at(0).key;
    const QString second = library.serviceAreas().at(1).services.at(0).key;
    {
        auto ws = Workspace::open(file);
        QVERIFY(ws);
        DecisionRepository repo(**ws);
        QVERIFY(repo.setServiceChoice({ first, ServiceStatus::Offered, QStringLiteral("  All group companies  "),
                                        QStringLiteral(" 24/7 ") }));
        QVERIFY(repo.setServiceChoice({ second, ServiceStatus::Planned, QStringLiteral("本社のみ"), QStringLiteral("平日 9:00–18:00") }));
        auto last = sql::scalar((*ws)->db(), QStringLiteral("SELECT entity || '.' || field FROM change_log ORDER BY id DESC"));
        QCOMPARE(last->toString(), QString(QStringLiteral("service_choice.") + second));

        // Changing a choice replaces it; it does not add a second one.
        QVERIFY(repo.setServiceChoice({ second, ServiceStatus::Offered, QStringLiteral("本社のみ"), QStringLiteral("平日 9:00–18:00") }));
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("SELECT count(*) FROM service_choice"))->toInt(), 2);
    }
    auto ws = Workspace::open(file);
    QVERIFY(ws);
    auto choices = DecisionRepository(**ws).serviceChoices();
    QVERIFY(choices);
    QCOMPARE(choices->size(), 21);
    const ServiceChoice a = choices->value(first);
    QCOMPARE(a.status, ServiceStatus::Offered);
    QCOMPARE(a.scope, QStringLiteral("All group companies"));
    QCOMPARE(a.hours, QStringLiteral("24/7"));
    const ServiceChoice b = choices->value(second);
    QCOMPARE(b.status, ServiceStatus::Offered);
    QCOMPARE(b.scope, QStringLiteral("本社のみ"));
    QCOMPARE(b.hours, QStringLiteral("平日 9:00–18:00"));
    int untouched = 0;
    for (const ServiceChoice &choice : std::as_const(*choices))
        untouched += choice.status == ServiceStatus::NotOffered ? 1 : 0;
    QCOMPARE(untouched, 19);

    // Back to "not offered".
    DecisionRepository repo(**ws);
    QVERIFY(repo.setServiceChoice({ first, ServiceStatus::NotOffered, QString(), QString() }));
    auto again = repo.serviceChoices();
    QVERIFY(again);
    QCOMPARE(again->value(first).status, ServiceStatus::NotOffered);
    QCOMPARE(again->value(first).scope, QString());
}

void TestDecisionRepository::unknownServiceIsRefused()
{
    auto ws = Workspace::create(path("c.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    DecisionRepository repo(**ws);
    const qint64 changes = changeCount(**ws);
    auto refused = repo.setServiceChoice({ QStringLiteral("coffee_service"), ServiceStatus::Offered, QString(), QString() });
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(QStringLiteral("coffee_service")), qPrintable(refused.error().message));
    QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("SELECT count(*) FROM service_choice"))->toInt(), 0);
    QCOMPARE(changeCount(**ws), changes);
    QVERIFY(!repo.setServiceChoice({ QString(), ServiceStatus::Offered, QString(), QString() }));

    const QString known = ContentLibrary::instance().serviceAreas().at(0).services.at(0).key;
    auto tooLong = repo.setServiceChoice({ known, ServiceStatus::Offered, QString(2001, QLatin1Char('s')), QString() });
    QVERIFY(!tooLong);
    QCOMPARE(tooLong.error().code, ErrorCode::Invalid);
    QCOMPARE(repo.serviceChoices()->value(known).status, ServiceStatus::NotOffered);
}

void TestDecisionRepository::orgModelNeedsKnownKeyAndReason()
{
    const QString file = fixtures::makeWorkspace(QDir(m_dir.path()), QStringLiteral("d.csirt"));
    const QString model = QStringLiteral("jpcert_cross_department");
    QVERIFY(ContentLibrary::instance().orgModel(model));
    {
        auto ws = Workspace::open(file);
        QVERIFY(ws);
        DecisionRepository repo(**ws);
        auto initial = repo.orgModel();
        QVERIFY(initial);
        QCOMPARE(initial->modelKey, QString());
        QVERIFY(!initial->decidedUtc.isValid());

        const qint64 changes = changeCount(**ws);
        for (const QString &reason : { QString(), QStringLiteral("  \n ") }) {
            auto refused = repo.setOrgModel(model, reason);
            QVERIFY(!refused);
            QCOMPARE(refused.error().code, ErrorCode::Invalid);
            QVERIFY2(refused.error().message.contains(QStringLiteral("reason")), qPrintable(refused.error().message));
        }
        auto unknown = repo.setOrgModel(QStringLiteral("pirate_ship"), QStringLiteral("Sounds fun"));
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::Invalid);
        QVERIFY2(unknown.error().message.contains(QStringLiteral("pirate_ship")), qPrintable(unknown.error().message));
        QCOMPARE(changeCount(**ws), changes);
        QCOMPARE(repo.orgModel()->modelKey, QString());

        QVERIFY(repo.setOrgModel(model, QStringLiteral("  IT and legal both need a seat.  ")));
        QCOMPARE(changeCount(**ws), changes + 1);
    }
    auto ws = Workspace::open(file);
    QVERIFY(ws);
    auto chosen = DecisionRepository(**ws).orgModel();
    QVERIFY(chosen);
    QCOMPARE(chosen->modelKey, model);
    QCOMPARE(chosen->reason, QStringLiteral("IT and legal both need a seat."));
    QVERIFY(chosen->decidedUtc.isValid());
    QCOMPARE(chosen->decidedUtc.timeSpec(), Qt::UTC);
    QVERIFY2(qAbs(chosen->decidedUtc.secsTo(QDateTime::currentDateTimeUtc())) < 60,
             qPrintable(chosen->decidedUtc.toString(Qt::ISODate)));
}

void TestDecisionRepository::orgModelCanBeCleared()
{
    auto ws = Workspace::create(path("e.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    DecisionRepository repo(**ws);
    QVERIFY(repo.setOrgModel(QStringLiteral("jpcert_cross_department"), QStringLiteral("Fits our size")));
    QVERIFY(repo.orgModel()->decidedUtc.isValid());

    QVERIFY(repo.setOrgModel(QString(), QString()));
    auto cleared = repo.orgModel();
    QVERIFY(cleared);
    QCOMPARE(cleared->modelKey, QString());
    QCOMPARE(cleared->reason, QString());
    QVERIFY(!cleared->decidedUtc.isValid());
    QVERIFY(sql::scalar((*ws)->db(), QStringLiteral("SELECT decided_utc FROM org_model_choice WHERE id = 1"))->isNull());
}

void TestDecisionRepository::statusKeysRoundTrip()
{
    const QList<ServiceStatus> all = { ServiceStatus::NotOffered, ServiceStatus::Planned, ServiceStatus::Offered };
    QStringList keys;
    for (ServiceStatus status : all) {
        const QString key = DecisionRepository::statusKey(status);
        QVERIFY(!key.isEmpty());
        QCOMPARE(DecisionRepository::statusFromKey(key), std::optional<ServiceStatus>(status));
        QVERIFY(!DecisionRepository::statusLabel(status).isEmpty());
        keys << key;
    }
    QCOMPARE(keys, (QStringList { QStringLiteral("not_offered"), QStringLiteral("planned"), QStringLiteral("offered") }));
    QCOMPARE(DecisionRepository::statusFromKey(QStringLiteral("maybe")), std::optional<ServiceStatus>());
    QCOMPARE(DecisionRepository::statusFromKey(QString()), std::optional<ServiceStatus>());
}

QTEST_GUILESS_MAIN(TestDecisionRepository)
#include "tst_decisionrepository.moc"
