#include "tst_planrepository.h"

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

QTEST_GUILESS_MAIN(TestPlanRepository)
