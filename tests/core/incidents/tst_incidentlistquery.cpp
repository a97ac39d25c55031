#include "IncidentFixture.h"

#include "incidents/IncidentJournal.h"
#include "incidents/IncidentListQuery.h"
#include "workspace/SqlUtil.h"

#include <QSqlQuery>

using namespace csirtkit;
using Column = IncidentListQuery::Column;

class TestIncidentListQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_fx.reset(); }
    void sortsByEveryColumn();
    void filtersCombine();
    void fullTextWithSnippet();
    void dateRangeInWorkspaceZone();
    void reversedDateRangeIsRefused();
    void filterJsonRoundTrip();
    void rowsKeepOrderAndSkipMissing();

private:
    QStringList titles(const IncidentFilter &filter, Column sort = Column::Ident, Qt::SortOrder order = Qt::AscendingOrder)
    {
        IncidentListQuery query(*m_fx->workspace);
        auto ids = query.ids(filter, sort, order);
        if (!ids)
            return { ids.error().message };
        QStringList list;
        for (const auto &row : query.rows(*ids).value())
            list << row.title;
        return list;
    }
    qint64 add(const QString &title, const QString &impact, const QString &tlp, const QString &assignee)
    {
        IncidentDraft draft;
        draft.title = title;
        draft.impact = impact;
        draft.urgency = impact;
        draft.tlp = tlp;
        draft.assignee = assignee;
        draft.rsitClass = QStringLiteral("malicious-code");
        draft.rsitType = QStringLiteral("infected-system");
        return IncidentRepository(*m_fx->workspace).create(draft, QStringLiteral("Aiko")).value();
    }

    std::unique_ptr<fixtures::Incidents> m_fx;
    qint64 m_third = 0;
};

void TestIncidentListQuery::init()
{
    m_fx = std::make_unique<fixtures::Incidents>(); // "Phishing mail to finance", "Defaced campaign site": medium, AMBER
    QVERIFY(m_fx->workspace);
    m_third = add(QStringLiteral("backup server encrypted"), QStringLiteral("high"), QStringLiteral("TLP:RED"), QStringLiteral("Ken Sato"));
    QVERIFY(IncidentRepository(*m_fx->workspace).transition(m_third, QStringLiteral("triage"), QStringLiteral("Aiko"), {}).ok());
}

void TestIncidentListQuery::sortsByEveryColumn()
{
    const QString phishing = QStringLiteral("Phishing mail to finance"), defaced = QStringLiteral("Defaced campaign site"),
                  backup = QStringLiteral("backup server encrypted");
    QCOMPARE(titles({}), (QStringList { phishing, defaced, backup }));
    QCOMPARE(titles({}, Column::Ident, Qt::DescendingOrder), (QStringList { backup, defaced, phishing }));
    QCOMPARE(titles({}, Column::Title), (QStringList { backup, defaced, phishing })); // case-insensitive
    QCOMPARE(titles({}, Column::Priority), (QStringList { backup, phishing, defaced })); // P1 before P3, ties by id
    QCOMPARE(titles({}, Column::Tlp), (QStringList { backup, phishing, defaced }));     // RED first
    QCOMPARE(titles({}, Column::Status, Qt::DescendingOrder), (QStringList { backup, defaced, phishing })); // triage after new
    QCOMPARE(titles({}, Column::Assignee, Qt::DescendingOrder).first(), backup);
    for (int c = 0; c < IncidentListQuery::ColumnCount; ++c)
        QCOMPARE(titles({}, Column(c)).size(), 3);
}

void TestIncidentListQuery::filtersCombine()
{
    IncidentFilter filter;
    filter.statuses = { QStringLiteral("new") };
    QCOMPARE(titles(filter).size(), 2);
    filter.statuses = IncidentFilter::openStatuses();
    QCOMPARE(titles(filter).size(), 3);
    filter.priorities = { QStringLiteral("P1") };
    QCOMPARE(titles(filter), QStringList { QStringLiteral("backup server encrypted") });
    filter = {};
    filter.tlp = QStringLiteral("TLP:AMBER");
    QCOMPARE(titles(filter).size(), 2);
    filter = {};
    filter.assignee = QStringLiteral("sato");
    QCOMPARE(titles(filter), QStringList { QStringLiteral("backup server encrypted") });
    filter.assignee = QStringLiteral("%"); // a LIKE wildcard is taken literally
    QCOMPARE(titles(filter), QStringList());
    filter = {};
    filter.rsitClass = QStringLiteral("malicious-code");
    QCOMPARE(titles(filter), QStringList { QStringLiteral("backup server encrypted") });
}

void TestIncidentListQuery::fullTextWithSnippet()
{
    QVERIFY(IncidentJournal(*m_fx->workspace)
                .append(m_fx->first, QStringLiteral("note"), QStringLiteral("The sender domain was lookalike-bank.example"),
                        QStringLiteral("Aiko"))
                .ok());
    IncidentFilter filter;
    filter.text = QStringLiteral("lookalike");
    IncidentListQuery query(*m_fx->workspace);
    const auto ids = query.ids(filter, Column::Ident, Qt::AscendingOrder).value();
    QCOMPARE(ids, QList<qint64> { m_fx->first });
    const auto rows = query.rows(ids, filter.text).value();
    QCOMPARE(rows.size(), 1);
    QVERIFY2(rows.first().snippet.contains(QString(IncidentListQuery::SnippetStart) + QStringLiteral("lookalike")
                                           + QString(IncidentListQuery::SnippetEnd)),
             qPrintable(rows.first().snippet));
    filter.statuses = { QStringLiteral("triage") }; // text and fields combine
    QVERIFY(query.ids(filter, Column::Ident, Qt::AscendingOrder)->isEmpty());
    filter = {};
    filter.text = QStringLiteral("\"");
    QVERIFY(!query.ids(filter, Column::Ident, Qt::AscendingOrder).ok()); // nothing to search for: a message
}

void TestIncidentListQuery::dateRangeInWorkspaceZone()
{
    // Logged 2026-03-01 00:30 in Tokyo is still 2026-02-28 in UTC.
    QVERIFY(sql::exec(m_fx->workspace->db(), QStringLiteral("UPDATE incident SET created_utc = ? WHERE id = ?"),
                      { QStringLiteral("2026-02-28T15:30:00.000Z"), m_fx->first }).ok());
    const QTimeZone tokyo("Asia/Tokyo");
    IncidentFilter filter;
    filter.loggedFrom = QDate(2026, 3, 1);
    filter.loggedTo = QDate(2026, 3, 1);
    IncidentListQuery query(*m_fx->workspace);
    QCOMPARE(query.ids(filter, Column::Ident, Qt::AscendingOrder, tokyo).value(), QList<qint64> { m_fx->first });
    QVERIFY(query.ids(filter, Column::Ident, Qt::AscendingOrder, QTimeZone::UTC)->isEmpty());
}

void TestIncidentListQuery::reversedDateRangeIsRefused()
{
    IncidentFilter filter;
    filter.loggedFrom = QDate(2026, 5, 2);
    filter.loggedTo = QDate(2026, 5, 1);
    auto ids = IncidentListQuery(*m_fx->workspace).ids(filter, Column::Ident, Qt::AscendingOrder);
    QVERIFY(!ids);
    QVERIFY(ids.error().message.contains(QStringLiteral("2026-05-02")));
}

void TestIncidentListQuery::filterJsonRoundTrip()
{
    IncidentFilter filter;
    filter.text = QStringLiteral("ランサム");
    filter.statuses = { QStringLiteral("new"), QStringLiteral("triage") };
    filter.priorities = { QStringLiteral("P1") };
    filter.rsitClass = QStringLiteral("fraud");
    filter.tlp = QStringLiteral("TLP:RED");
    filter.assignee = QStringLiteral("Ken");
    filter.loggedFrom = QDate(2026, 1, 1);
    filter.loggedTo = QDate(2026, 12, 31);
    QCOMPARE(IncidentFilter::fromJson(filter.toJson()), filter);
    QVERIFY(IncidentFilter().isEmpty());
    QVERIFY(!filter.isEmpty());
    QCOMPARE(IncidentFilter::fromJson(QJsonObject { { QStringLiteral("statuses"), 5 } }), IncidentFilter());
}

void TestIncidentListQuery::rowsKeepOrderAndSkipMissing()
{
    const auto rows = IncidentListQuery(*m_fx->workspace).rows({ m_third, 999, m_fx->first }).value();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).id, m_third);
    QCOMPARE(rows.at(0).priority, QStringLiteral("P1"));
    QCOMPARE(rows.at(0).tlp, QStringLiteral("TLP:RED"));
    QCOMPARE(rows.at(0).status, QStringLiteral("triage"));
    QCOMPARE(rows.at(1).id, m_fx->first);
    QVERIFY(rows.at(1).loggedUtc.isValid());
}

QTEST_GUILESS_MAIN(TestIncidentListQuery)
#include "tst_incidentlistquery.moc"
