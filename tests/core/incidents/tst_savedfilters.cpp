#include "IncidentFixture.h"

#include "incidents/SavedFilters.h"
#include "workspace/SqlUtil.h"

using namespace csirtkit;

class TestSavedFilters : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void saveListReplaceRemove();
    void badNamesWriteNothing();
};

void TestSavedFilters::saveListReplaceRemove()
{
    fixtures::Incidents fx;
    SavedFilters filters(*fx.workspace);
    IncidentFilter open;
    open.statuses = IncidentFilter::openStatuses();
    QVERIFY(filters.save(QStringLiteral("  My   open "), open).ok());
    IncidentFilter red;
    red.tlp = QStringLiteral("TLP:RED");
    QVERIFY(filters.save(QStringLiteral("Red"), red).ok());
    auto list = filters.list().value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).name, QStringLiteral("My open"));
    QCOMPARE(list.at(0).filter, open);
    red.priorities = { QStringLiteral("P1") };
    QVERIFY(filters.save(QStringLiteral("Red"), red).ok()); // same name: replaced
    list = filters.list().value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(1).filter.priorities, QStringList { QStringLiteral("P1") });
    QVERIFY(filters.remove(QStringLiteral("Red")).ok());
    QCOMPARE(filters.list()->size(), 1);
    QCOMPARE(filters.remove(QStringLiteral("Red")).error().code, ErrorCode::NotFound);
}

void TestSavedFilters::badNamesWriteNothing()
{
    fixtures::Incidents fx;
    SavedFilters filters(*fx.workspace);
    QVERIFY(!filters.save(QStringLiteral("   "), {}).ok());
    auto tooLong = filters.save(QString(SavedFilters::MaxNameLength + 1, QLatin1Char('x')), {});
    QVERIFY(!tooLong);
    QVERIFY(tooLong.error().message.contains(QString::number(SavedFilters::MaxNameLength)));
    QCOMPARE(sql::scalar(fx.workspace->db(), QStringLiteral("SELECT count(*) FROM saved_filter"))->toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSavedFilters)
#include "tst_savedfilters.moc"
