#include "tst_planrepository.h"

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
