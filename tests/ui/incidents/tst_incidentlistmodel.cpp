#include "common/Language.h"
#include "incidents/IncidentListModel.h"
#include "incidents/IncidentRepository.h"
#include "incidents/NotificationClocks.h"
#include "workspace/Workspace.h"

#include <QColor>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <memory>

using namespace csirtkit;

namespace {
using Column = IncidentListModel::Column;
constexpr QChar Start = IncidentListQuery::SnippetStart;
constexpr QChar End = IncidentListQuery::SnippetEnd;
}

class TestIncidentListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();

    void rowCountEqualsTheIncidents();
    void columnsShowTheRecord();
    void statusFollowsTheLanguage();
    void keyRoleGivesRawKeys();
    void newestFirstByDefault();
    void sortsByTitle();
    void sortsByPriority();
    void filtersByStatus();
    void fullTextSearchGivesASnippet();
    void shortTermsFilterWithoutSnippet();
    void toolTipsArePlainText();
    void bidiControlsAreShownEscaped();
    void cacheStaysBounded();
    void recentlyReadPagesStayCached();
    void deletedRowsKeepThePageAligned();
    void reloadsAfterIncidentsChange();
    void idAtAndRowOf();
    void reversedDateRangeFails();
    void unreadablePageIsReported();
    void noWorkspaceIsEmpty();
    void nextDeadlineIsShown();

private:
    qint64 create(const QString &title, const QString &impact = QStringLiteral("medium"),
        const QString &urgency = QStringLiteral("medium"), const QString &summary = QString())
    {
        IncidentDraft draft;
        draft.title = title;
        draft.impact = impact;
        draft.urgency = urgency;
        draft.summary = summary;
        auto id = IncidentRepository(*workspace).create(draft, QStringLiteral("Aiko Tanaka"));
        if (!id)
            qFatal("incident not created: %s", qPrintable(id.error().message));
        return *id;
    }
    QString cell(int row, Column column, int role = Qt::DisplayRole) const
    {
        return model->index(row, int(column)).data(role).toString();
    }
    QStringList titles() const
    {
        QStringList list;
        for (int row = 0; row < model->rowCount(); ++row)
            list << cell(row, Column::Title);
        return list;
    }
    // Many incidents in one statement: the repository's journal and hashing would take seconds.
    void bulkInsert(int count)
    {
        QSqlQuery q(workspace->db());
        QVERIFY2(q.exec(QStringLiteral(
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1) "
                     "INSERT INTO incident (ident, title, priority, created_utc, updated_utc) "
                     "SELECT printf('INC-1999-%05d', i), printf('Bulk %05d', i), 'P3', "
                     "'2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z' FROM n")
                            .arg(count)),
            qPrintable(q.lastError().text()));
    }

    std::unique_ptr<QTemporaryDir> dir;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<IncidentListModel> model;
};

void TestIncidentListModel::init()
{
    Language::apply(QStringLiteral("en"));
    dir = std::make_unique<QTemporaryDir>();
    auto created = Workspace::create(dir->filePath(QStringLiteral("list.csirt")), QStringLiteral("Test Org"));
    QVERIFY(created.ok());
    workspace = std::move(*created);
    model = std::make_unique<IncidentListModel>();
}

void TestIncidentListModel::cleanup()
{
    model.reset();
    workspace.reset();
    dir.reset();
}

void TestIncidentListModel::rowCountEqualsTheIncidents()
{
    create(QStringLiteral("One"));
    create(QStringLiteral("Two"));
    create(QStringLiteral("Three"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->columnCount(), IncidentListQuery::ColumnCount);
    QCOMPARE(model->rowCount(model->index(0, 0)), 0); // a table: no children
    QCOMPARE(model->headerData(int(Column::Title), Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Title"));
    QCOMPARE(model->headerData(int(Column::Match), Qt::Horizontal, Qt::DisplayRole).toString(),
        QStringLiteral("Match"));
}

void TestIncidentListModel::columnsShowTheRecord()
{
    const qint64 id
        = create(QStringLiteral("Phishing mail to finance"), QStringLiteral("high"), QStringLiteral("high"));
    IncidentRepository repo(*workspace);
    QVERIFY(repo.setClassification(id, QStringLiteral("fraud"), QStringLiteral("phishing"), QString()));
    QVERIFY(repo.setTlp(id, QStringLiteral("TLP:RED")));
    QVERIFY(repo.setText(id, IncidentRepository::TextField::Assignee, QStringLiteral("Ken Sato")));
    QVERIFY(repo.transition(id, QStringLiteral("triage"), QStringLiteral("Aiko Tanaka"), QString()));
    const Incident incident = repo.incident(id).value();

    const QTimeZone tokyo("Asia/Tokyo");
    model->setWorkspace(workspace.get(), tokyo);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(0, Column::Ident), incident.ident);
    QVERIFY(incident.ident.startsWith(QStringLiteral("INC-")));
    QCOMPARE(cell(0, Column::Title), QStringLiteral("Phishing mail to finance"));
    QCOMPARE(cell(0, Column::Status), QStringLiteral("Triage"));
    QCOMPARE(cell(0, Column::Priority), QStringLiteral("P1"));
    QCOMPARE(cell(0, Column::Tlp), QStringLiteral("TLP:RED"));
    QCOMPARE(cell(0, Column::Classification), QStringLiteral("Fraud / Phishing"));
    QCOMPARE(cell(0, Column::Assignee), QStringLiteral("Ken Sato"));
    QCOMPARE(cell(0, Column::Logged),
        incident.createdUtc.toTimeZone(tokyo).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QCOMPARE(cell(0, Column::Updated),
        incident.updatedUtc.toTimeZone(tokyo).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QVERIFY(cell(0, Column::Match).isEmpty()); // no search
    QCOMPARE(model->index(0, 0).data(IncidentListModel::IdRole).toLongLong(), id);

    // The same time in UTC differs by nine hours.
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QCOMPARE(
        cell(0, Column::Logged), incident.createdUtc.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QVERIFY(cell(0, Column::Logged)
        != incident.createdUtc.toTimeZone(tokyo).toString(QStringLiteral("yyyy-MM-dd HH:mm")));

    // A class without a known type still names the class; none at all is empty.
    QVERIFY(repo.setClassification(id, QString(), QString(), QString()));
    model->reload();
    QVERIFY(cell(0, Column::Classification).isEmpty());
}

void TestIncidentListModel::statusFollowsTheLanguage()
{
    create(QStringLiteral("New one"));
    Language::apply(QStringLiteral("ja"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QCOMPARE(cell(0, Column::Status), QStringLiteral("受付"));
    Language::apply(QStringLiteral("en"));
    QCOMPARE(cell(0, Column::Status), QStringLiteral("New"));
}

void TestIncidentListModel::keyRoleGivesRawKeys()
{
    const qint64 id = create(QStringLiteral("Keys"), QStringLiteral("low"), QStringLiteral("low"));
    QVERIFY(IncidentRepository(*workspace).setTlp(id, QStringLiteral("TLP:AMBER+STRICT")));
    Language::apply(QStringLiteral("ja"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QCOMPARE(cell(0, Column::Status, IncidentListModel::KeyRole), QStringLiteral("new"));
    QCOMPARE(cell(0, Column::Priority, IncidentListModel::KeyRole), QStringLiteral("P4"));
    QCOMPARE(cell(0, Column::Tlp, IncidentListModel::KeyRole), QStringLiteral("TLP:AMBER+STRICT"));
    QVERIFY(cell(0, Column::Status) != QStringLiteral("new")); // the display is translated, the key is not
}

void TestIncidentListModel::newestFirstByDefault()
{
    const qint64 a = create(QStringLiteral("First"));
    const qint64 b = create(QStringLiteral("Second"));
    const qint64 c = create(QStringLiteral("Third"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QCOMPARE(model->idAt(0), c);
    QCOMPARE(model->idAt(1), b);
    QCOMPARE(model->idAt(2), a);
    QCOMPARE(titles(),
        (QStringList { QStringLiteral("Third"), QStringLiteral("Second"), QStringLiteral("First") }));
}

void TestIncidentListModel::sortsByTitle()
{
    create(QStringLiteral("bravo"));
    create(QStringLiteral("Alpha"));
    create(QStringLiteral("charlie"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->sort(int(Column::Title), Qt::AscendingOrder);
    QCOMPARE(reset.count(), 1);
    // Case does not decide the order.
    QCOMPARE(titles(),
        (QStringList { QStringLiteral("Alpha"), QStringLiteral("bravo"), QStringLiteral("charlie") }));
    model->sort(int(Column::Title), Qt::DescendingOrder);
    QCOMPARE(titles(),
        (QStringList { QStringLiteral("charlie"), QStringLiteral("bravo"), QStringLiteral("Alpha") }));
    // The sort survives a reload and a filter change.
    model->reload();
    QCOMPARE(titles().first(), QStringLiteral("charlie"));
    model->sort(-1, Qt::AscendingOrder); // out of range: ignored
    QCOMPARE(titles().first(), QStringLiteral("charlie"));
}

void TestIncidentListModel::sortsByPriority()
{
    create(QStringLiteral("p3"), QStringLiteral("medium"), QStringLiteral("medium"));
    create(QStringLiteral("p1"), QStringLiteral("high"), QStringLiteral("high"));
    create(QStringLiteral("p4"), QStringLiteral("low"), QStringLiteral("low"));
    create(QStringLiteral("p2"), QStringLiteral("high"), QStringLiteral("medium"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    model->sort(int(Column::Priority), Qt::AscendingOrder);
    QCOMPARE(titles(),
        (QStringList {
            QStringLiteral("p1"), QStringLiteral("p2"), QStringLiteral("p3"), QStringLiteral("p4") }));
    model->sort(int(Column::Priority), Qt::DescendingOrder);
    QCOMPARE(titles(),
        (QStringList {
            QStringLiteral("p4"), QStringLiteral("p3"), QStringLiteral("p2"), QStringLiteral("p1") }));
}

void TestIncidentListModel::filtersByStatus()
{
    const qint64 a = create(QStringLiteral("Under triage"));
    create(QStringLiteral("Still new"));
    QVERIFY(IncidentRepository(*workspace)
                .transition(a, QStringLiteral("triage"), QStringLiteral("Aiko Tanaka"), QString()));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QCOMPARE(model->rowCount(), 2);
    IncidentFilter filter;
    filter.statuses = { QStringLiteral("triage") };
    model->setFilter(filter);
    QCOMPARE(model->filter(), filter);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(0, Column::Title), QStringLiteral("Under triage"));
    filter.statuses = { QStringLiteral("closed") };
    model->setFilter(filter);
    QCOMPARE(model->rowCount(), 0);
    model->setFilter({});
    QCOMPARE(model->rowCount(), 2);
}

void TestIncidentListModel::fullTextSearchGivesASnippet()
{
    create(QStringLiteral("Encrypted file server"), QStringLiteral("medium"), QStringLiteral("medium"),
        QStringLiteral("A ransom note was found on the file server of the sales department this morning."));
    create(QStringLiteral("Lost laptop"), QStringLiteral("medium"), QStringLiteral("medium"),
        QStringLiteral("A laptop was left on a train."));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    IncidentFilter filter;
    filter.text = QStringLiteral("ransom");
    model->setFilter(filter);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(0, Column::Title), QStringLiteral("Encrypted file server"));
    const QString snippet = cell(0, Column::Match);
    QVERIFY2(snippet.contains(Start + QStringLiteral("ransom") + End), qPrintable(snippet));
    QCOMPARE(snippet.count(Start), snippet.count(End));
    QCOMPARE(model->index(0, int(Column::Match)).data(IncidentListModel::SnippetRole).toString(), snippet);
    QCOMPARE(model->index(0, int(Column::Title)).data(IncidentListModel::SearchTermsRole).toStringList(),
        QStringList { QStringLiteral("ransom") });
    // The tooltip shows the matched text without the markers.
    const QString tip = cell(0, Column::Match, Qt::ToolTipRole);
    QVERIFY(tip.contains(QStringLiteral("ransom note")));
    QVERIFY(!tip.contains(Start) && !tip.contains(End));

    // Two terms (one a quoted phrase): both must match, both are search terms.
    filter.text = QStringLiteral("\"file server\" sales");
    model->setFilter(filter);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->index(0, 0).data(IncidentListModel::SearchTermsRole).toStringList(),
        (QStringList { QStringLiteral("file server"), QStringLiteral("sales") }));
    filter.text = QStringLiteral("ransom train");
    model->setFilter(filter);
    QCOMPARE(model->rowCount(), 0);

    // Clearing the search clears the terms and the snippets.
    model->setFilter({});
    QCOMPARE(model->rowCount(), 2);
    QVERIFY(model->index(0, 0).data(IncidentListModel::SearchTermsRole).toStringList().isEmpty());
    QVERIFY(cell(0, Column::Match).isEmpty() && cell(1, Column::Match).isEmpty());
}

void TestIncidentListModel::shortTermsFilterWithoutSnippet()
{
    create(QStringLiteral("Mail from 山田"));
    create(QStringLiteral("Mail from Suzuki"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    IncidentFilter filter;
    filter.text = QStringLiteral("山田"); // two characters: substring match, no FTS snippet
    model->setFilter(filter);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(cell(0, Column::Title), QStringLiteral("Mail from 山田"));
    QVERIFY(cell(0, Column::Match).isEmpty());
    QCOMPARE(model->index(0, 0).data(IncidentListModel::SearchTermsRole).toStringList(),
        QStringList { QStringLiteral("山田") });
}

void TestIncidentListModel::toolTipsArePlainText()
{
    create(QStringLiteral("<b>x</b> <img src=x onerror=alert(1)>"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QCOMPARE(cell(0, Column::Title), QStringLiteral("<b>x</b> <img src=x onerror=alert(1)>"));
    const QString tip = cell(0, Column::Title, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QStringLiteral("&lt;b&gt;x&lt;/b&gt;")), qPrintable(tip));
    QVERIFY(tip.contains(QStringLiteral("&lt;img src=x")));
    QVERIFY(!tip.contains(QStringLiteral("<b>")));
    QVERIFY(!tip.contains(QStringLiteral("<img")));
    QVERIFY(Qt::mightBeRichText(tip)); // wrapped, so Qt never guesses "plain" and renders the tags itself
}

void TestIncidentListModel::bidiControlsAreShownEscaped()
{
    // U+202E would make "Invoice\u202Egnp.exe" read as "Invoiceexe.png" (issue #10).
    create(QStringLiteral("Invoice\u202Egnp.exe"), QStringLiteral("medium"), QStringLiteral("medium"),
        QStringLiteral("The ransom attachment doc\u202Efdp.exe came by mail."));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QCOMPARE(cell(0, Column::Title), QStringLiteral("Invoice⟨U+202E⟩gnp.exe"));
    QVERIFY(!cell(0, Column::Title, Qt::ToolTipRole).contains(QChar(0x202E)));
    QVERIFY(cell(0, Column::Title, Qt::ToolTipRole).contains(QStringLiteral("⟨U+202E⟩")));
    IncidentFilter filter;
    filter.text = QStringLiteral("ransom");
    model->setFilter(filter);
    QCOMPARE(model->rowCount(), 1);
    const QString snippet = cell(0, Column::Match);
    QVERIFY2(snippet.contains(Start + QStringLiteral("ransom") + End), qPrintable(snippet)); // the markers stay
    QVERIFY2(snippet.contains(QStringLiteral("doc⟨U+202E⟩fdp.exe")), qPrintable(snippet));
    QVERIFY(!snippet.contains(QChar(0x202E)));
    // Stored as typed: only the display escapes it.
    QCOMPARE(IncidentRepository(*workspace).incident(model->idAt(0))->title, QStringLiteral("Invoice\u202Egnp.exe"));
}

void TestIncidentListModel::cacheStaysBounded()
{
    constexpr int Count = 2500;
    bulkInsert(Count);
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    model->sort(int(Column::Title), Qt::AscendingOrder);
    QCOMPARE(model->rowCount(), Count);
    QCOMPARE(model->cachedPages(), 0); // nothing read before the view asks
    int peak = 0;
    for (int row = 0; row < Count; ++row) {
        const QString expected = QStringLiteral("Bulk %1").arg(row + 1, 5, 10, QLatin1Char('0'));
        if (cell(row, Column::Title) != expected)
            QFAIL(qPrintable(
                QStringLiteral("row %1: %2 instead of %3").arg(row).arg(cell(row, Column::Title), expected)));
        peak = qMax(peak, model->cachedPages());
    }
    QCOMPARE(peak, IncidentListModel::MaxCachedPages);
    QVERIFY(Count / IncidentListModel::PageSize > IncidentListModel::MaxCachedPages); // the bound was tested
    // Pages evicted long ago are read again, correctly.
    QCOMPARE(cell(0, Column::Title), QStringLiteral("Bulk 00001"));
    QCOMPARE(cell(Count - 1, Column::Title), QStringLiteral("Bulk 02500"));
    QVERIFY(model->cachedPages() <= IncidentListModel::MaxCachedPages);
    model->reload();
    QCOMPARE(model->cachedPages(), 0);
}

void TestIncidentListModel::recentlyReadPagesStayCached()
{
    constexpr int PageSize = IncidentListModel::PageSize;
    bulkInsert(PageSize * (IncidentListModel::MaxCachedPages + 2));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    model->sort(int(Column::Title), Qt::AscendingOrder);
    // Fill the cache with pages 0…19, touching page 0 last.
    for (int page = 1; page < IncidentListModel::MaxCachedPages; ++page)
        QVERIFY(!cell(page * PageSize, Column::Title).isEmpty());
    QVERIFY(!cell(0, Column::Title).isEmpty());
    QCOMPARE(model->cachedPages(), IncidentListModel::MaxCachedPages);
    // Change the first rows of pages 0 and 1 behind the model's back: a cached page still shows
    // what it read, an evicted one is read afresh — which tells which page was evicted.
    QSqlQuery q(workspace->db());
    QVERIFY(q.exec(QStringLiteral(
        "UPDATE incident SET title = 'Changed ' || title WHERE title IN ('Bulk 00001', 'Bulk 00101')")));
    QVERIFY(
        !cell(IncidentListModel::MaxCachedPages * PageSize, Column::Title).isEmpty()); // page 20 evicts one
    QCOMPARE(model->cachedPages(), IncidentListModel::MaxCachedPages);
    QCOMPARE(cell(0, Column::Title), QStringLiteral("Bulk 00001")); // most recently used: kept
    QCOMPARE(
        cell(PageSize, Column::Title), QStringLiteral("Changed Bulk 00101")); // least recently used: evicted
}

void TestIncidentListModel::deletedRowsKeepThePageAligned()
{
    create(QStringLiteral("Oldest"));
    const qint64 middle = create(QStringLiteral("Middle"));
    create(QStringLiteral("Newest"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QSqlQuery q(workspace->db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM incident WHERE id = %1").arg(middle)));
    // Read after the delete but before a reload: the gone row is blank, the others keep their place.
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(cell(0, Column::Title), QStringLiteral("Newest"));
    QVERIFY(cell(1, Column::Title).isEmpty());
    QCOMPARE(cell(2, Column::Title), QStringLiteral("Oldest"));
}

void TestIncidentListModel::reloadsAfterIncidentsChange()
{
    create(QStringLiteral("Kept"));
    const qint64 gone = create(QStringLiteral("Deleted"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QCOMPARE(model->rowCount(), 2);
    QSqlQuery q(workspace->db());
    QVERIFY(q.exec(QStringLiteral("DELETE FROM incident WHERE id = %1").arg(gone)));
    model->reload();
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->rowOf(gone), -1);
    QCOMPARE(titles(), QStringList { QStringLiteral("Kept") });

    const qint64 added = create(QStringLiteral("Added"));
    QCOMPARE(model->rowCount(), 1); // not before a reload
    model->reload();
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->rowOf(added), 0);
    QCOMPARE(titles(), (QStringList { QStringLiteral("Added"), QStringLiteral("Kept") }));

    // A reload keeps the filter.
    IncidentFilter filter;
    filter.text = QStringLiteral("Kept");
    model->setFilter(filter);
    create(QStringLiteral("Also Kept"));
    model->reload();
    QCOMPARE(titles(), (QStringList { QStringLiteral("Also Kept"), QStringLiteral("Kept") }));
}

void TestIncidentListModel::idAtAndRowOf()
{
    const qint64 a = create(QStringLiteral("A"));
    const qint64 b = create(QStringLiteral("B"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QCOMPARE(model->rowOf(a), 1);
    QCOMPARE(model->rowOf(b), 0);
    QCOMPARE(model->idAt(model->rowOf(a)), a);
    QCOMPARE(model->rowOf(9999), -1);
    QCOMPARE(model->idAt(-1), 0);
    QCOMPARE(model->idAt(2), 0);
    QVERIFY(!model->index(5, 0).data().isValid());
}

void TestIncidentListModel::reversedDateRangeFails()
{
    create(QStringLiteral("Any"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QSignalSpy failed(model.get(), &IncidentListModel::failed);
    IncidentFilter filter;
    filter.loggedFrom = QDate(2026, 5, 10);
    filter.loggedTo = QDate(2026, 5, 1);
    model->setFilter(filter);
    QCOMPARE(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    QVERIFY2(message.contains(QStringLiteral("2026-05-10")) && message.contains(QStringLiteral("2026-05-01")),
        qPrintable(message));
    QCOMPARE(model->rowCount(), 0);

    // A sound range works again, and nothing fails.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    filter.loggedFrom = today.addDays(-1);
    filter.loggedTo = today.addDays(1);
    model->setFilter(filter);
    QCOMPARE(failed.count(), 1);
    QCOMPARE(model->rowCount(), 1);
    filter.loggedFrom = today.addDays(2);
    filter.loggedTo = today.addDays(3);
    model->setFilter(filter);
    QCOMPARE(model->rowCount(), 0);
}

void TestIncidentListModel::unreadablePageIsReported()
{
    create(QStringLiteral("Any"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QSignalSpy failed(model.get(), &IncidentListModel::failed);
    // The table goes away between reading the ids and reading the page.
    QSqlQuery q(workspace->db());
    QVERIFY(q.exec(QStringLiteral("ALTER TABLE incident RENAME TO incident_gone")));
    QVERIFY(cell(0, Column::Title).isEmpty());
    QVERIFY(cell(0, Column::Ident).isEmpty());
    QCOMPARE(failed.count(), 0); // not from inside data(): it may be painting
    QTRY_COMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("incident")),
        qPrintable(failed.at(0).at(0).toString()));
    QVERIFY(cell(0, Column::Title).isEmpty()); // the same page again: no second message
    QTest::qWait(20);
    QCOMPARE(failed.count(), 1);
}

void TestIncidentListModel::noWorkspaceIsEmpty()
{
    create(QStringLiteral("Any"));
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QCOMPARE(model->rowCount(), 1);
    model->setWorkspace(nullptr, QTimeZone::UTC);
    QCOMPARE(model->rowCount(), 0);
    QCOMPARE(model->idAt(0), 0);
}

void TestIncidentListModel::nextDeadlineIsShown()
{
    const qint64 first = create(QStringLiteral("Leak of customer data"));
    const qint64 second = create(QStringLiteral("Nothing to notify"));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QVERIFY(NotificationClocks(*workspace).apply(first, QStringLiteral("gdpr_art33"), now.addDays(-4)).ok()); // overdue
    model->setWorkspace(workspace.get(), QTimeZone::UTC);
    QCOMPARE(model->headerData(int(Column::Deadline), Qt::Horizontal, Qt::DisplayRole).toString(),
             QStringLiteral("Next deadline"));
    const QModelIndex overdue = model->index(model->rowOf(first), int(Column::Deadline));
    QVERIFY2(overdue.data().toString().startsWith(QStringLiteral("overdue by")), qPrintable(overdue.data().toString()));
    QVERIFY(overdue.data().toString().contains(QStringLiteral("supervisory authority")));
    QCOMPARE(overdue.data(Qt::ForegroundRole).value<QColor>(), QColor(0xd9, 0x30, 0x25));
    QCOMPARE(model->index(model->rowOf(second), int(Column::Deadline)).data().toString(), QString());
}

QTEST_MAIN(TestIncidentListModel)
#include "tst_incidentlistmodel.moc"
