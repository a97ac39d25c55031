#include "Fixtures.h"

#include "phases/ContentLibrary.h"
#include "phases/PlanRepository.h"
#include "workspace/SqlUtil.h"

#include <QStandardPaths>

using namespace csirtkit;

namespace {

ContentStep shippedStep(const QString &key)
{
    for (const ContentPhase &phase : ContentLibrary::instance().phases())
        for (const ContentStep &step : phase.steps)
            if (step.key == key)
                return step;
    qFatal("no shipped step %s", qPrintable(key));
}

QStringList shippedKeys(const ContentStep &step)
{
    QStringList keys;
    for (const ContentItem &item : step.items)
        keys << item.key;
    return keys;
}

QStringList keysOf(const QList<PlanItem> &items)
{
    QStringList keys;
    for (const PlanItem &item : items)
        keys << (item.isShipped() ? item.key : QString(QStringLiteral("user:") + item.userText));
    return keys;
}

qint64 changeCount(Workspace &ws)
{
    return sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM change_log"))->toLongLong();
}

} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void newWorkspaceHasShippedContent();
    void textFollowsLanguageUntilEdited();
    void userItemNeedsText();
    void statusRoundTrips();
    void notApplicableNeedsReason();
    void ownerIsTrimmed();
    void dueDateIsStoredAndChecked();
    void progressCountsApplicableItems();
    void addItemAppendsAtEnd();
    void removeItemHidesShippedAndDeletesUserItems();
    void moveItemReorders();
    void resetStepRestoresShippedLayout();
    void resetStepKeepsUserItemOrder();
    void snapshotRestoreIsExact();
    void evidenceIsCounted();
    void syncIsIdempotentAndKeepsUserState();
    void readOnlyWorkspaceRefusesChanges();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return QDir(m_dir.path()).filePath(QString::fromLatin1(name)); }
    static qint64 stepId(PlanRepository &repo, const QString &key);
};

qint64 TestPlanRepository::stepId(PlanRepository &repo, const QString &key)
{
    auto steps = repo.steps();
    if (!steps)
        return 0;
    for (const PlanStep &s : std::as_const(*steps))
        if (s.key == key)
            return s.id;
    return 0;
}

void TestPlanRepository::newWorkspaceHasShippedContent()
{
    auto ws = Workspace::create(path("a.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const ContentLibrary &library = ContentLibrary::instance();

    auto steps = repo.steps();
    QVERIFY(steps);
    QStringList expectedSteps;
    int expectedItems = 0;
    for (const ContentPhase &phase : library.phases())
        for (const ContentStep &step : phase.steps) {
            expectedSteps << step.key;
            expectedItems += int(step.items.size());
        }
    QStringList actualSteps;
    for (const PlanStep &s : std::as_const(*steps))
        actualSteps << s.key;
    QCOMPARE(actualSteps, expectedSteps);

    auto all = repo.allItems();
    QVERIFY(all);
    QCOMPARE(all->size(), expectedItems);

    // Each step carries its shipped texts, topics and items in shipped order.
    for (const PlanStep &s : std::as_const(*steps)) {
        const ContentStep shipped = shippedStep(s.key);
        QCOMPARE(s.phase, shipped.phase);
        QCOMPARE(s.title.en, shipped.title.en);
        QCOMPARE(s.title.ja, shipped.title.ja);
        QCOMPARE(s.topics, shipped.topics);
        QCOMPARE(s.deliverables.size(), shipped.deliverables.size());
        auto items = repo.items(s.id);
        QVERIFY(items);
        QCOMPARE(keysOf(*items), shippedKeys(shipped));
        for (const PlanItem &item : std::as_const(*items)) {
            QCOMPARE(item.status, ItemStatus::NotStarted);
            QVERIFY(!item.isEdited());
            QVERIFY(!item.removed);
            QCOMPARE(item.evidenceCount, 0);
        }
    }

    auto conceptSteps = repo.steps(QStringLiteral("concept"));
    QVERIFY(conceptSteps);
    QCOMPARE(conceptSteps->size(), library.phases().at(0).steps.size());
}

void TestPlanRepository::textFollowsLanguageUntilEdited()
{
    auto ws = Workspace::create(path("b.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const ContentStep shipped = shippedStep(QStringLiteral("concept.management_risk"));
    auto items = repo.items(stepId(repo, shipped.key));
    QVERIFY(items);
    const qint64 id = items->at(0).id;

    auto before = repo.item(id);
    QVERIFY(before);
    QCOMPARE(before->text(QStringLiteral("en")), shipped.items.at(0).text.en);
    QCOMPARE(before->text(QStringLiteral("ja")), shipped.items.at(0).text.ja);
    QVERIFY(before->text(QStringLiteral("en")) != before->text(QStringLiteral("ja")));

    QVERIFY(repo.setText(id, QStringLiteral("  Our own wording  ")));
    auto edited = repo.item(id);
    QVERIFY(edited->isEdited());
    QCOMPARE(edited->text(QStringLiteral("en")), QStringLiteral("Our own wording"));
    QCOMPARE(edited->text(QStringLiteral("ja")), QStringLiteral("Our own wording"));

    QVERIFY(repo.setText(id, QString()));
    auto back = repo.item(id);
    QVERIFY(!back->isEdited());
    QCOMPARE(back->text(QStringLiteral("en")), shipped.items.at(0).text.en);
    QCOMPARE(back->text(QStringLiteral("ja")), shipped.items.at(0).text.ja);

    // Typing the shipped text back in also returns to the shipped (bilingual) text.
    QVERIFY(repo.setText(id, shipped.items.at(0).text.ja));
    QVERIFY(!repo.item(id)->isEdited());
}

void TestPlanRepository::userItemNeedsText()
{
    auto ws = Workspace::create(path("c.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const qint64 step = stepId(repo, QStringLiteral("build.project_team"));
    auto added = repo.addItem(step, QStringLiteral("Book the kick-off room"));
    QVERIFY(added);
    const qint64 changes = changeCount(**ws);
    auto refused = repo.setText(*added, QStringLiteral("   "));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QCOMPARE(repo.item(*added)->text(QStringLiteral("en")), QStringLiteral("Book the kick-off room"));
    QCOMPARE(changeCount(**ws), changes);

    QVERIFY(repo.setText(*added, QStringLiteral("Book the big room")));
    QCOMPARE(repo.item(*added)->text(QStringLiteral("ja")), QStringLiteral("Book the big room"));
}

void TestPlanRepository::statusRoundTrips()
{
    auto ws = Workspace::create(path("d.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const qint64 id = repo.allItems()->at(3).id;
    for (ItemStatus status : { ItemStatus::Done, ItemStatus::InProgress, ItemStatus::NotStarted }) {
        QVERIFY(repo.setStatus(id, status));
        QCOMPARE(repo.item(id)->status, status);
        QCOMPARE(repo.item(id)->naReason, QString());
    }
    for (ItemStatus status : PlanText::allStatuses()) {
        QCOMPARE(PlanText::statusFromKey(PlanText::statusKey(status)), std::optional<ItemStatus>(status));
        QVERIFY(!PlanText::statusLabel(status).isEmpty());
    }
    QCOMPARE(PlanText::statusFromKey(QStringLiteral("finished")), std::optional<ItemStatus>());
    auto missing = repo.setStatus(999999, ItemStatus::Done);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, ErrorCode::NotFound);
}

void TestPlanRepository::notApplicableNeedsReason()
{
    auto ws = Workspace::create(path("e.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const qint64 id = repo.allItems()->at(0).id;
    QVERIFY(repo.setStatus(id, ItemStatus::InProgress));
    const qint64 changes = changeCount(**ws);

    for (const QString &reason : { QString(), QStringLiteral("   ") }) {
        auto refused = repo.setStatus(id, ItemStatus::NotApplicable, reason);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("reason")), qPrintable(refused.error().message));
        QCOMPARE(repo.item(id)->status, ItemStatus::InProgress);
        QCOMPARE(changeCount(**ws), changes);
    }

    QVERIFY(repo.setStatus(id, ItemStatus::NotApplicable, QStringLiteral("  No on-premises servers  ")));
    auto stored = repo.item(id);
    QCOMPARE(stored->status, ItemStatus::NotApplicable);
    QCOMPARE(stored->naReason, QStringLiteral("No on-premises servers"));
    QVERIFY(!stored->isApplicable());
    QCOMPARE(changeCount(**ws), changes + 1);

    // Leaving "not applicable" drops the reason.
    QVERIFY(repo.setStatus(id, ItemStatus::Done));
    QCOMPARE(repo.item(id)->naReason, QString());
}

void TestPlanRepository::ownerIsTrimmed()
{
    auto ws = Workspace::create(path("f.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const qint64 id = repo.allItems()->at(1).id;
    QVERIFY(repo.setOwner(id, QStringLiteral("  山田 太郎 \n")));
    QCOMPARE(repo.item(id)->owner, QStringLiteral("山田 太郎"));
    QVERIFY(!repo.setOwner(id, QString(201, QLatin1Char('x'))));
    QCOMPARE(repo.item(id)->owner, QStringLiteral("山田 太郎"));
    QVERIFY(repo.setOwner(id, QString()));
    QCOMPARE(repo.item(id)->owner, QString());
}

void TestPlanRepository::dueDateIsStoredAndChecked()
{
    auto ws = Workspace::create(path("g.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const qint64 id = repo.allItems()->at(2).id;
    QVERIFY(repo.setDueDate(id, QDate(2026, 4, 1)));
    QCOMPARE(repo.item(id)->due, QDate(2026, 4, 1));
    QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("SELECT due_date FROM plan_item WHERE id = ?"), { id })->toString(),
             QStringLiteral("2026-04-01"));

    const qint64 changes = changeCount(**ws);
    auto refused = repo.setDueDate(id, QDate(1800, 1, 1));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Invalid);
    QVERIFY2(refused.error().message.contains(QStringLiteral("1800-01-01")), qPrintable(refused.error().message));
    QCOMPARE(repo.item(id)->due, QDate(2026, 4, 1));
    QCOMPARE(changeCount(**ws), changes);

    QVERIFY(repo.setDueDate(id, QDate()));
    QVERIFY(!repo.item(id)->due.isValid());
    QVERIFY(sql::scalar((*ws)->db(), QStringLiteral("SELECT due_date FROM plan_item WHERE id = ?"), { id })->isNull());
}

void TestPlanRepository::progressCountsApplicableItems()
{
    auto ws = Workspace::create(path("h.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const QDate today = QDate::currentDate();
    auto before = repo.allItems();
    QVERIFY(before);
    const int total = int(before->size());
    QVERIFY(total >= 8);

    QVERIFY(repo.setStatus(before->at(0).id, ItemStatus::Done));
    QVERIFY(repo.setStatus(before->at(1).id, ItemStatus::Done));
    QVERIFY(repo.setStatus(before->at(2).id, ItemStatus::NotApplicable, QStringLiteral("Not for us")));
    QVERIFY(repo.setStatus(before->at(3).id, ItemStatus::InProgress));
    QVERIFY(repo.setDueDate(before->at(3).id, today.addDays(-1)));  // open, due yesterday: overdue
    QVERIFY(repo.setDueDate(before->at(4).id, today.addDays(-1)));  // not started, due yesterday: overdue
    QVERIFY(repo.setDueDate(before->at(5).id, today));              // due today: not overdue yet
    QVERIFY(repo.setDueDate(before->at(0).id, today.addDays(-10))); // done: never overdue
    QVERIFY(repo.setDueDate(before->at(2).id, today.addDays(-10))); // not applicable: never overdue

    auto all = repo.allItems();
    QVERIFY(all);
    QCOMPARE(all->size(), total);
    QVERIFY(all->at(3).isOverdue(today));
    QVERIFY(all->at(4).isOverdue(today));
    QVERIFY(!all->at(5).isOverdue(today));
    QVERIFY(!all->at(0).isOverdue(today));
    QVERIFY(!all->at(2).isOverdue(today));
    QVERIFY(!all->at(6).isOverdue(today)); // no due date

    PlanProgress progress;
    for (const PlanItem &item : std::as_const(*all))
        progress.add(item, today);
    QCOMPARE(progress.done, 2);
    QCOMPARE(progress.applicable, total - 1);
    QCOMPARE(progress.overdue, 2);
    QCOMPARE(progress.open(), total - 3);
    QCOMPARE(progress.percent(), (200 + (total - 1) / 2) / (total - 1));

    QCOMPARE(PlanProgress().percent(), 0);
    PlanProgress half;
    half.applicable = 3;
    half.done = 2;
    QCOMPARE(half.percent(), 67);
}

void TestPlanRepository::addItemAppendsAtEnd()
{
    auto ws = Workspace::create(path("i.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const ContentStep shipped = shippedStep(QStringLiteral("build.design_plan"));
    const qint64 step = stepId(repo, shipped.key);
    QVERIFY(step);
    const qint64 changes = changeCount(**ws);
    auto empty = repo.addItem(step, QStringLiteral("  \t "));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::Invalid);
    QCOMPARE(changeCount(**ws), changes);
    QVERIFY(!repo.addItem(999999, QStringLiteral("Nowhere")));

    auto first = repo.addItem(step, QStringLiteral(" Draft the org chart "));
    QVERIFY(first);
    auto second = repo.addItem(step, QStringLiteral("Agree on the hotline number"));
    QVERIFY(second);
    auto items = repo.items(step);
    QVERIFY(items);
    QCOMPARE(keysOf(*items), (shippedKeys(shipped) + QStringList { QStringLiteral("user:Draft the org chart"),
                                                                   QStringLiteral("user:Agree on the hotline number") }));
    QCOMPARE(items->at(items->size() - 2).id, *first);
    QCOMPARE(items->constLast().id, *second);
    QVERIFY(!items->constLast().isShipped());
    QCOMPARE(items->constLast().text(QStringLiteral("ja")), QStringLiteral("Agree on the hotline number"));
}

void TestPlanRepository::removeItemHidesShippedAndDeletesUserItems()
{
    auto ws = Workspace::create(path("j.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const ContentStep shipped = shippedStep(QStringLiteral("concept.governance"));
    const qint64 step = stepId(repo, shipped.key);
    auto items = repo.items(step);
    QVERIFY(items);
    const qint64 shippedId = items->at(1).id;
    auto user = repo.addItem(step, QStringLiteral("Temporary"));
    QVERIFY(user);

    QVERIFY(repo.removeItem(shippedId));
    QVERIFY(repo.removeItem(*user));
    auto after = repo.items(step);
    QVERIFY(after);
    QStringList expected = shippedKeys(shipped);
    expected.removeAt(1);
    QCOMPARE(keysOf(*after), expected);

    auto snap = repo.snapshot(step);
    QVERIFY(snap);
    QCOMPARE(snap->items.size(), shipped.items.size()); // the user item is gone for good
    bool found = false;
    for (const PlanItem &item : std::as_const(snap->items)) {
        QVERIFY(item.id != *user);
        if (item.id == shippedId) {
            found = true;
            QVERIFY(item.removed);
            QCOMPARE(item.key, shipped.items.at(1).key);
        } else {
            QVERIFY(!item.removed);
        }
    }
    QVERIFY(found);
    QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("SELECT count(*) FROM plan_item WHERE id = ?"), { *user })->toInt(), 0);
    auto gone = repo.item(*user);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
    // Hidden items do not count in the totals.
    auto all = repo.allItems();
    QVERIFY(all);
    bool listed = false;
    for (const PlanItem &item : std::as_const(*all))
        listed = listed || item.id == shippedId;
    QVERIFY(!listed);
}

void TestPlanRepository::moveItemReorders()
{
    auto ws = Workspace::create(path("k.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const ContentStep shipped = shippedStep(QStringLiteral("build.current_state"));
    const qint64 step = stepId(repo, shipped.key);
    const QStringList keys = shippedKeys(shipped);
    QVERIFY(keys.size() >= 4);
    auto items = repo.items(step);
    QVERIFY(items);

    QVERIFY(repo.moveItem(items->at(0).id, 2));
    QStringList expected = keys;
    expected.move(0, 2);
    QCOMPARE(keysOf(repo.items(step).value()), expected);

    QVERIFY(repo.moveItem(items->constLast().id, 0));
    expected.move(expected.size() - 1, 0);
    QCOMPARE(keysOf(repo.items(step).value()), expected);

    const qint64 changes = changeCount(**ws);
    for (int bad : { -1, int(keys.size()), 100 }) {
        auto refused = repo.moveItem(items->at(1).id, bad);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Invalid);
    }
    QCOMPARE(keysOf(repo.items(step).value()), expected);
    QCOMPARE(changeCount(**ws), changes);
}

void TestPlanRepository::resetStepRestoresShippedLayout()
{
    auto ws = Workspace::create(path("l.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const ContentStep shipped = shippedStep(QStringLiteral("build.budget_people"));
    const qint64 step = stepId(repo, shipped.key);
    auto items = repo.items(step);
    QVERIFY(items);
    const qint64 a = items->at(0).id;
    const qint64 b = items->at(1).id;
    const qint64 c = items->at(2).id;

    auto user = repo.addItem(step, QStringLiteral("Ask HR about on-call pay"));
    QVERIFY(user);
    QVERIFY(repo.setStatus(a, ItemStatus::Done));
    QVERIFY(repo.setOwner(a, QStringLiteral("Sato")));
    QVERIFY(repo.setText(b, QStringLiteral("Rewritten")));
    QVERIFY(repo.setDueDate(b, QDate(2026, 5, 1)));
    QVERIFY(repo.setNotes(b, QStringLiteral("see minutes")));
    QVERIFY(repo.removeItem(c));
    QVERIFY(repo.moveItem(*user, 0));
    QVERIFY(repo.moveItem(a, 3));
    QVERIFY(repo.setStatus(*user, ItemStatus::InProgress));

    QVERIFY(repo.resetStep(step));
    auto after = repo.items(step);
    QVERIFY(after);
    QCOMPARE(keysOf(*after), (shippedKeys(shipped) + QStringList { QStringLiteral("user:Ask HR about on-call pay") }));
    for (const PlanItem &item : std::as_const(*after))
        if (item.isShipped())
            QVERIFY2(!item.isEdited(), qPrintable(item.key));
    auto ra = repo.item(a);
    QCOMPARE(ra->status, ItemStatus::Done);
    QCOMPARE(ra->owner, QStringLiteral("Sato"));
    auto rb = repo.item(b);
    QCOMPARE(rb->text(QStringLiteral("en")), shipped.items.at(1).text.en);
    QCOMPARE(rb->due, QDate(2026, 5, 1));
    QCOMPARE(rb->notes, QStringLiteral("see minutes"));
    QVERIFY(!repo.item(c)->removed);
    QCOMPARE(repo.item(*user)->status, ItemStatus::InProgress);

    // Other steps are untouched.
    const ContentStep other = shippedStep(QStringLiteral("build.project_team"));
    QCOMPARE(keysOf(repo.items(stepId(repo, other.key)).value()), shippedKeys(other));
}

void TestPlanRepository::resetStepKeepsUserItemOrder()
{
    auto ws = Workspace::create(path("l2.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const ContentStep shipped = shippedStep(QStringLiteral("build.announcement_start"));
    const qint64 step = stepId(repo, shipped.key);
    auto u1 = repo.addItem(step, QStringLiteral("one"));
    auto u2 = repo.addItem(step, QStringLiteral("two"));
    auto u3 = repo.addItem(step, QStringLiteral("three"));
    QVERIFY(u1 && u2 && u3);
    // The user's order is two, one, three — not the order they were added in — and they sit first.
    QVERIFY(repo.moveItem(*u2, 0));
    QVERIFY(repo.moveItem(*u1, 1));
    QVERIFY(repo.moveItem(*u3, 2));
    QCOMPARE(keysOf(repo.items(step).value()).mid(0, 3),
             (QStringList { QStringLiteral("user:two"), QStringLiteral("user:one"), QStringLiteral("user:three") }));

    QVERIFY(repo.resetStep(step));
    QCOMPARE(keysOf(repo.items(step).value()),
             (shippedKeys(shipped)
              + QStringList { QStringLiteral("user:two"), QStringLiteral("user:one"), QStringLiteral("user:three") }));
}

void TestPlanRepository::snapshotRestoreIsExact()
{
    auto ws = Workspace::create(path("m.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const qint64 step = stepId(repo, QStringLiteral("build.policies_procedures"));
    auto items = repo.items(step);
    QVERIFY(items);
    QVERIFY(repo.setStatus(items->at(0).id, ItemStatus::NotApplicable, QStringLiteral("Outsourced")));
    QVERIFY(repo.setOwner(items->at(1).id, QStringLiteral("Suzuki")));
    QVERIFY(repo.setDueDate(items->at(1).id, QDate(2026, 6, 30)));
    QVERIFY(repo.setText(items->at(2).id, QStringLiteral("Our wording")));
    QVERIFY(repo.removeItem(items->at(3).id));
    auto user = repo.addItem(step, QStringLiteral("Mine"));
    QVERIFY(user);
    QVERIFY(repo.moveItem(*user, 1));
    QVERIFY(repo.addEvidence(items->at(1).id, QStringLiteral("https://intra.example/policy"), QStringLiteral("Policy")));
    QVERIFY(repo.addEvidence(*user, QStringLiteral("/srv/docs/mine.pdf"), QString()));

    auto snap = repo.snapshot(step);
    QVERIFY(snap);
    auto visibleBefore = repo.items(step);
    QVERIFY(visibleBefore);

    // Change everything, then put it back.
    QVERIFY(repo.resetStep(step));
    QVERIFY(repo.setStatus(items->at(0).id, ItemStatus::Done));
    QVERIFY(repo.removeItem(*user));
    QVERIFY(repo.addItem(step, QStringLiteral("Added after the snapshot")));
    QVERIFY(repo.moveItem(items->at(4).id, 0));

    QVERIFY(repo.restore(*snap));
    auto again = repo.snapshot(step);
    QVERIFY(again);
    QCOMPARE(again->items.size(), snap->items.size());
    for (qsizetype i = 0; i < snap->items.size(); ++i) {
        const PlanItem &x = snap->items.at(i);
        const PlanItem &y = again->items.at(i);
        QCOMPARE(y.id, x.id);
        QCOMPARE(y.key, x.key);
        QCOMPARE(y.position, x.position);
        QCOMPARE(y.userText, x.userText);
        QCOMPARE(y.isEdited(), x.isEdited());
        QCOMPARE(y.status, x.status);
        QCOMPARE(y.naReason, x.naReason);
        QCOMPARE(y.owner, x.owner);
        QCOMPARE(y.due, x.due);
        QCOMPARE(y.notes, x.notes);
        QCOMPARE(y.removed, x.removed);
        QCOMPARE(y.evidenceCount, x.evidenceCount);
    }
    QCOMPARE(again->evidence.size(), 2);
    QCOMPARE(again->evidence.size(), snap->evidence.size());
    for (qsizetype i = 0; i < snap->evidence.size(); ++i) {
        QCOMPARE(again->evidence.at(i).id, snap->evidence.at(i).id);
        QCOMPARE(again->evidence.at(i).itemId, snap->evidence.at(i).itemId);
        QCOMPARE(again->evidence.at(i).target, snap->evidence.at(i).target);
        QCOMPARE(again->evidence.at(i).label, snap->evidence.at(i).label);
    }
    auto visibleAfter = repo.items(step);
    QVERIFY(visibleAfter);
    QCOMPARE(keysOf(*visibleAfter), keysOf(*visibleBefore));
    QCOMPARE(repo.item(items->at(0).id)->status, ItemStatus::NotApplicable);
    QCOMPARE(repo.item(items->at(0).id)->naReason, QStringLiteral("Outsourced"));
    QCOMPARE(repo.evidence(*user)->size(), 1);
    QCOMPARE(repo.evidence(*user)->at(0).target, QStringLiteral("/srv/docs/mine.pdf"));
}

void TestPlanRepository::evidenceIsCounted()
{
    auto ws = Workspace::create(path("n.csirt"), QStringLiteral("Org"));
    QVERIFY(ws);
    PlanRepository repo(**ws);
    const qint64 id = repo.allItems()->at(5).id;
    const qint64 changes = changeCount(**ws);
    auto empty = repo.addEvidence(id, QStringLiteral("   "), QStringLiteral("label"));
    QVERIFY(!empty);
    QCOMPARE(empty.error().code, ErrorCode::Invalid);
    QCOMPARE(changeCount(**ws), changes);
    QCOMPARE(repo.item(id)->evidenceCount, 0);

    auto first = repo.addEvidence(id, QStringLiteral(" https://example.org/minutes "), QStringLiteral(" Minutes "));
    QVERIFY(first);
    auto second = repo.addEvidence(id, QStringLiteral("/home/me/charter.pdf"), QString());
    QVERIFY(second);
    QCOMPARE(repo.item(id)->evidenceCount, 2);
    auto list = repo.evidence(id);
    QVERIFY(list);
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, *first);
    QCOMPARE(list->at(0).target, QStringLiteral("https://example.org/minutes"));
    QCOMPARE(list->at(0).label, QStringLiteral("Minutes"));
    QCOMPARE(list->at(1).target, QStringLiteral("/home/me/charter.pdf"));

    QVERIFY(repo.removeEvidence(*first));
    QCOMPARE(repo.item(id)->evidenceCount, 1);
    QCOMPARE(repo.evidence(id)->at(0).id, *second);
    QVERIFY(!repo.addEvidence(999999, QStringLiteral("https://example.org"), QString()));
}

void TestPlanRepository::syncIsIdempotentAndKeepsUserState()
{
    const QString file = fixtures::makeWorkspace(QDir(m_dir.path()), QStringLiteral("o.csirt"));
    const ContentStep shipped = shippedStep(QStringLiteral("concept.approval"));
    qint64 itemCount = 0;
    qsizetype stepCount = 0;
    qint64 done = 0;
    qint64 removedId = 0;
    QStringList order;
    {
        auto ws = Workspace::open(file);
        QVERIFY(ws);
        PlanRepository repo(**ws);
        stepCount = repo.steps()->size();
        const qint64 step = stepId(repo, shipped.key);
        auto items = repo.items(step);
        QVERIFY(items);
        done = items->at(0).id;
        removedId = items->at(1).id;
        QVERIFY(repo.setStatus(done, ItemStatus::Done));
        QVERIFY(repo.setText(done, QStringLiteral("Approved by the board")));
        QVERIFY(repo.setOwner(done, QStringLiteral("CISO")));
        QVERIFY(repo.removeItem(removedId));
        QVERIFY(repo.moveItem(items->constLast().id, 0));
        QVERIFY(repo.addItem(step, QStringLiteral("File the minutes")));
        order = keysOf(repo.items(step).value());
        itemCount = sql::scalar((*ws)->db(), QStringLiteral("SELECT count(*) FROM plan_item"))->toLongLong();

        // Running it again with the same content changes nothing.
        QVERIFY(repo.syncShippedContent());
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("SELECT count(*) FROM plan_item"))->toLongLong(), itemCount);
    }

    auto check = [&](const char *when) {
        auto ws = Workspace::open(file);
        QVERIFY2(ws, when);
        PlanRepository repo(**ws);
        QCOMPARE(repo.steps()->size(), stepCount);
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("SELECT count(*) FROM plan_item"))->toLongLong(), itemCount);
        QCOMPARE(qsizetype(sql::scalar((*ws)->db(), QStringLiteral("SELECT count(*) FROM plan_step"))->toLongLong()), stepCount);
        QCOMPARE(keysOf(repo.items(stepId(repo, shipped.key)).value()), order);
        auto item = repo.item(done);
        QVERIFY2(item, when);
        QCOMPARE(item->status, ItemStatus::Done);
        QCOMPARE(item->text(QStringLiteral("ja")), QStringLiteral("Approved by the board"));
        QCOMPARE(item->owner, QStringLiteral("CISO"));
        QVERIFY(repo.item(removedId)->removed);
        QCOMPARE(sql::scalar((*ws)->db(), QStringLiteral("SELECT value FROM workspace_meta WHERE key = 'content'"))
                     ->toString()
                     .toLatin1(),
                 ContentLibrary::instance().fingerprint());
    };
    check("reopened");
    if (QTest::currentTestFailed())
        return;

    // A workspace made with other content is brought up to date on open: a full sync over the
    // existing rows adds nothing twice and keeps the user's work.
    QVERIFY(fixtures::rawSql(file, { QStringLiteral("UPDATE workspace_meta SET value = 'older' WHERE key = 'content'") }));
    check("resynced");
    if (QTest::currentTestFailed())
        return;
    check("reopened after resync");
}

void TestPlanRepository::readOnlyWorkspaceRefusesChanges()
{
    QTemporaryDir temp;
    const QString file = fixtures::makeReadOnlyWorkspace(QDir(temp.path()));
    const QByteArray before = fixtures::sha256(file);
    {
        auto ws = Workspace::open(file);
        QVERIFY(ws);
        QVERIFY((*ws)->isReadOnly());
        PlanRepository repo(**ws);
        auto items = repo.allItems();
        QVERIFY(items);
        QVERIFY(!items->isEmpty());
        const qint64 id = items->at(0).id;
        auto refused = repo.setStatus(id, ItemStatus::Done);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::ReadOnly);
        QCOMPARE(repo.item(id)->status, ItemStatus::NotStarted);
        QCOMPARE(repo.addItem(items->at(0).stepId, QStringLiteral("x")).error().code, ErrorCode::ReadOnly);
    }
    QCOMPARE(fixtures::sha256(file), before);
}

QTEST_GUILESS_MAIN(TestPlanRepository)
#include "tst_planrepository.moc"
