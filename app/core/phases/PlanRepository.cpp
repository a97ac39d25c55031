#include "phases/PlanRepository.h"

#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>

namespace csirtkit {

namespace {

constexpr auto ItemColumns = "i.id, i.step_id, coalesce(i.item_key, ''), i.position, i.text_en, i.text_ja, i.user_text, "
                             "i.status, i.na_reason, i.owner, i.due_date, i.notes, i.removed, "
                             "(SELECT count(*) FROM plan_evidence e WHERE e.item_id = i.id)";

PlanItem readItem(const QSqlQuery &q)
{
    PlanItem item;
    item.id = q.value(0).toLongLong();
    item.stepId = q.value(1).toLongLong();
    item.key = q.value(2).toString();
    item.position = q.value(3).toInt();
    item.shipped = { q.value(4).toString(), q.value(5).toString() };
    item.userText = q.value(6).isNull() ? QString() : q.value(6).toString();
    if (!q.value(6).isNull() && item.userText.isNull())
        item.userText = QStringLiteral("");
    item.status = PlanText::statusFromKey(q.value(7).toString()).value_or(ItemStatus::NotStarted);
    item.naReason = q.value(8).toString();
    item.owner = q.value(9).toString();
    item.due = q.value(10).isNull() ? QDate() : QDate::fromString(q.value(10).toString(), Qt::ISODate);
    item.notes = q.value(11).toString();
    item.removed = q.value(12).toInt() != 0;
    item.evidenceCount = q.value(13).toInt();
    return item;
}

QList<LocalText> splitLines(const QString &en, const QString &ja)
{
    const QStringList e = en.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    const QStringList j = ja.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QList<LocalText> list;
    for (qsizetype i = 0; i < e.size(); ++i)
        list.append({ e.at(i), j.value(i) });
    return list;
}

} // namespace

Result<QList<PlanStep>> PlanRepository::steps(const QString &phase) const
{
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT id, step_key, phase, position, title_en, title_ja, purpose_en, purpose_ja, "
                                      "guidance_en, guidance_ja, deliverables_en, deliverables_ja, topics FROM plan_step "
                                      "WHERE ? = '' OR phase = ? ORDER BY CASE phase WHEN 'concept' THEN 0 "
                                      "WHEN 'build' THEN 1 ELSE 2 END, position"),
                       { phase, phase });
    if (!q)
        return q.error();
    QList<PlanStep> list;
    while (q->next()) {
        PlanStep s;
        s.id = q->value(0).toLongLong();
        s.key = q->value(1).toString();
        s.phase = q->value(2).toString();
        s.position = q->value(3).toInt();
        s.title = { q->value(4).toString(), q->value(5).toString() };
        s.purpose = { q->value(6).toString(), q->value(7).toString() };
        s.guidance = { q->value(8).toString(), q->value(9).toString() };
        s.deliverables = splitLines(q->value(10).toString(), q->value(11).toString());
        s.topics = q->value(12).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        list.append(s);
    }
    return list;
}

Result<PlanStep> PlanRepository::step(qint64 stepId) const
{
    auto all = steps();
    if (!all)
        return all.error();
    for (const PlanStep &s : std::as_const(*all))
        if (s.id == stepId)
            return s;
    return makeError(ErrorCode::NotFound, tr("That step no longer exists in this workspace."));
}

Result<QList<PlanItem>> PlanRepository::queryItems(const QString &where, const QVariantList &bindings) const
{
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT %1 FROM plan_item i JOIN plan_step s ON s.id = i.step_id WHERE %2 "
                                      "ORDER BY CASE s.phase WHEN 'concept' THEN 0 WHEN 'build' THEN 1 ELSE 2 END, "
                                      "s.position, i.position, i.id")
                           .arg(QLatin1StringView(ItemColumns), where),
                       bindings);
    if (!q)
        return q.error();
    QList<PlanItem> list;
    while (q->next())
        list.append(readItem(*q));
    return list;
}

Result<QList<PlanItem>> PlanRepository::items(qint64 stepId) const
{
    return queryItems(QStringLiteral("i.step_id = ? AND i.removed = 0"), { stepId });
}

Result<QList<PlanItem>> PlanRepository::allItems() const
{
    return queryItems(QStringLiteral("i.removed = 0"), {});
}

Result<PlanItem> PlanRepository::item(qint64 itemId) const
{
    auto list = queryItems(QStringLiteral("i.id = ?"), { itemId });
    if (!list)
        return list.error();
    if (list->isEmpty())
        return makeError(ErrorCode::NotFound, tr("That checklist item no longer exists in this workspace."));
    return list->constFirst();
}

Result<QList<PlanEvidence>> PlanRepository::evidence(qint64 itemId) const
{
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT id, item_id, position, target, label FROM plan_evidence WHERE item_id = ? "
                                      "ORDER BY position, id"),
                       { itemId });
    if (!q)
        return q.error();
    QList<PlanEvidence> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toInt(), q->value(3).toString(),
                      q->value(4).toString() });
    return list;
}

Result<void> PlanRepository::update(qint64 itemId, const QString &column, const QString &field, const QVariant &value)
{
    if (auto existing = item(itemId); !existing)
        return existing.error();
    return m_workspace.write(QStringLiteral("plan_item"), field, [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE plan_item SET %1 = ? WHERE id = ?").arg(column), { value, itemId }));
    });
}

Result<void> PlanRepository::setStatus(qint64 itemId, ItemStatus status, const QString &naReason)
{
    const QString reason = naReason.trimmed();
    if (status == ItemStatus::NotApplicable && reason.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the item does not apply: a reason is needed for “not "
                                                "applicable”."));
    if (reason.size() > MaxTextLength)
        return makeError(ErrorCode::Invalid, tr("The reason is too long (at most %1 characters).").arg(MaxTextLength));
    if (auto existing = item(itemId); !existing)
        return existing.error();
    return m_workspace.write(QStringLiteral("plan_item"), QStringLiteral("status"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE plan_item SET status = ?, na_reason = ? WHERE id = ?"),
                            { PlanText::statusKey(status),
                              status == ItemStatus::NotApplicable ? reason : QStringLiteral(""), itemId }));
    });
}

Result<void> PlanRepository::setOwner(qint64 itemId, const QString &owner)
{
    const QString trimmed = owner.trimmed();
    if (trimmed.size() > 200)
        return makeError(ErrorCode::Invalid, tr("The owner's name is too long (at most 200 characters)."));
    return update(itemId, QStringLiteral("owner"), QStringLiteral("owner"), trimmed);
}

Result<void> PlanRepository::setDueDate(qint64 itemId, const QDate &due)
{
    if (due.isValid() && (due.year() < 1990 || due.year() > 2200))
        return makeError(ErrorCode::Invalid, tr("%1 is not a plausible due date. Choose a date between 1990 and 2200.")
                                                 .arg(due.toString(Qt::ISODate)));
    return update(itemId, QStringLiteral("due_date"), QStringLiteral("due_date"),
                  due.isValid() ? QVariant(due.toString(Qt::ISODate)) : sql::null());
}

Result<void> PlanRepository::setNotes(qint64 itemId, const QString &notes)
{
    if (notes.size() > MaxNotesLength)
        return makeError(ErrorCode::Invalid, tr("The notes are too long (at most %1 characters).").arg(MaxNotesLength));
    return update(itemId, QStringLiteral("notes"), QStringLiteral("notes"), notes);
}

Result<void> PlanRepository::setText(qint64 itemId, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.size() > MaxTextLength)
        return makeError(ErrorCode::Invalid, tr("The item text is too long (at most %1 characters).").arg(MaxTextLength));
    auto existing = item(itemId);
    if (!existing)
        return existing.error();
    if (trimmed.isEmpty() && !existing->isShipped())
        return makeError(ErrorCode::Invalid, tr("A checklist item needs a text."));
    const bool backToShipped = trimmed.isEmpty() || trimmed == existing->shipped.en || trimmed == existing->shipped.ja;
    return update(itemId, QStringLiteral("user_text"), QStringLiteral("text"),
                  backToShipped && existing->isShipped() ? sql::null() : QVariant(trimmed));
}

Result<qint64> PlanRepository::addItem(qint64 stepId, const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return makeError(ErrorCode::Invalid, tr("A checklist item needs a text."));
    if (trimmed.size() > MaxTextLength)
        return makeError(ErrorCode::Invalid, tr("The item text is too long (at most %1 characters).").arg(MaxTextLength));
    if (auto s = step(stepId); !s)
        return s.error();
    return m_workspace.insert(QStringLiteral("plan_item"), QStringLiteral("added"), [&](QSqlDatabase &db) {
        return sql::insert(db, QStringLiteral("INSERT INTO plan_item (step_id, position, user_text) VALUES (?, "
                                 "(SELECT coalesce(max(position), -1) + 1 FROM plan_item WHERE step_id = ?), ?)"),
                           { stepId, stepId, trimmed });
    });
}

Result<void> PlanRepository::removeItem(qint64 itemId)
{
    auto existing = item(itemId);
    if (!existing)
        return existing.error();
    // Shipped items are hidden so "reset to template" can bring them back; user items are deleted.
    const QString statement = existing->isShipped() ? QStringLiteral("UPDATE plan_item SET removed = 1 WHERE id = ?")
                                                    : QStringLiteral("DELETE FROM plan_item WHERE id = ?");
    return m_workspace.write(QStringLiteral("plan_item"), QStringLiteral("removed"),
                             [&](QSqlDatabase &db) { return sql::ok(sql::exec(db, statement, { itemId })); });
}

Result<void> PlanRepository::moveItem(qint64 itemId, int newIndex)
{
    auto existing = item(itemId);
    if (!existing)
        return existing.error();
    auto siblings = items(existing->stepId);
    if (!siblings)
        return siblings.error();
    if (newIndex < 0 || newIndex >= siblings->size())
        return makeError(ErrorCode::Invalid, tr("The item cannot move there."));
    QList<qint64> order;
    for (const PlanItem &i : std::as_const(*siblings))
        if (i.id != itemId)
            order.append(i.id);
    order.insert(newIndex, itemId);
    return m_workspace.write(QStringLiteral("plan_item"), QStringLiteral("position"), [&](QSqlDatabase &db) -> Result<void> {
        for (int i = 0; i < order.size(); ++i)
            if (auto done = sql::exec(db, QStringLiteral("UPDATE plan_item SET position = ? WHERE id = ?"), { i, order.at(i) }); !done)
                return done.error();
        return {};
    });
}

Result<void> PlanRepository::resetStep(qint64 stepId)
{
    auto s = step(stepId);
    if (!s)
        return s.error();
    const ContentStep *shipped = nullptr;
    for (const ContentPhase &phase : ContentLibrary::instance().phases())
        for (const ContentStep &candidate : phase.steps)
            if (candidate.key == s->key)
                shipped = &candidate;
    return m_workspace.write(QStringLiteral("plan_step"), QStringLiteral("reset"), [&](QSqlDatabase &db) -> Result<void> {
        if (auto done = sql::exec(db, QStringLiteral("UPDATE plan_item SET removed = 0, user_text = NULL WHERE step_id = ? "
                                                     "AND item_key IS NOT NULL"), { stepId }); !done)
            return done.error();
        const int shippedCount = shipped ? int(shipped->items.size()) : 0;
        for (int i = 0; i < shippedCount; ++i)
            if (auto done = sql::exec(db, QStringLiteral("UPDATE plan_item SET position = ? WHERE item_key = ?"),
                                      { i, shipped->items.at(i).key }); !done)
                return done.error();
        // User-added items follow the shipped ones, in their current order (read first: an UPDATE that
        // ranks rows by their own positions would see the ones it already rewrote).
        auto userItems = sql::exec(db, QStringLiteral("SELECT id FROM plan_item WHERE step_id = ? AND item_key IS NULL "
                                                      "ORDER BY position, id"), { stepId });
        if (!userItems)
            return userItems.error();
        QList<qint64> ids;
        while (userItems->next())
            ids.append(userItems->value(0).toLongLong());
        for (int i = 0; i < ids.size(); ++i)
            if (auto done = sql::exec(db, QStringLiteral("UPDATE plan_item SET position = ? WHERE id = ?"),
                                      { shippedCount + i, ids.at(i) }); !done)
                return done.error();
        return {};
    });
}

Result<qint64> PlanRepository::addEvidence(qint64 itemId, const QString &target, const QString &label)
{
    const QString t = target.trimmed();
    if (t.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter a web address or choose a file as evidence."));
    if (t.size() > MaxTextLength || label.size() > MaxTextLength)
        return makeError(ErrorCode::Invalid, tr("The evidence link is too long (at most %1 characters).").arg(MaxTextLength));
    if (auto existing = item(itemId); !existing)
        return existing.error();
    return m_workspace.insert(QStringLiteral("plan_evidence"), QStringLiteral("added"), [&](QSqlDatabase &db) {
        return sql::insert(db, QStringLiteral("INSERT INTO plan_evidence (item_id, position, target, label) VALUES (?, "
                                 "(SELECT coalesce(max(position), -1) + 1 FROM plan_evidence WHERE item_id = ?), ?, ?)"),
                           { itemId, itemId, t, label.trimmed() });
    });
}

Result<void> PlanRepository::removeEvidence(qint64 evidenceId)
{
    return m_workspace.write(QStringLiteral("plan_evidence"), QStringLiteral("removed"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM plan_evidence WHERE id = ?"), { evidenceId }));
    });
}

Result<StepSnapshot> PlanRepository::snapshot(qint64 stepId) const
{
    StepSnapshot snap;
    snap.stepId = stepId;
    auto list = queryItems(QStringLiteral("i.step_id = ?"), { stepId });
    if (!list)
        return list.error();
    snap.items = *list;
    for (const PlanItem &i : std::as_const(snap.items)) {
        auto ev = evidence(i.id);
        if (!ev)
            return ev.error();
        snap.evidence += *ev;
    }
    return snap;
}

Result<void> PlanRepository::restore(const StepSnapshot &snap)
{
    return m_workspace.write(QStringLiteral("plan_step"), QStringLiteral("restored"), [&](QSqlDatabase &db) -> Result<void> {
        if (auto done = sql::exec(db, QStringLiteral("DELETE FROM plan_item WHERE step_id = ?"), { snap.stepId }); !done)
            return done.error();
        for (const PlanItem &i : snap.items) {
            auto done = sql::exec(db,
                                  QStringLiteral("INSERT INTO plan_item (id, step_id, item_key, position, text_en, text_ja, "
                                                 "user_text, status, na_reason, owner, due_date, notes, removed) "
                                                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  { i.id, i.stepId, i.key.isEmpty() ? sql::null() : QVariant(i.key),
                                    i.position, i.shipped.en, i.shipped.ja,
                                    i.userText.isNull() ? sql::null() : QVariant(i.userText),
                                    PlanText::statusKey(i.status), i.naReason, i.owner,
                                    i.due.isValid() ? QVariant(i.due.toString(Qt::ISODate)) : sql::null(),
                                    i.notes, i.removed ? 1 : 0 });
            if (!done)
                return done.error();
        }
        for (const PlanEvidence &e : snap.evidence)
            if (auto done = sql::exec(db, QStringLiteral("INSERT INTO plan_evidence (id, item_id, position, target, label) "
                                                         "VALUES (?, ?, ?, ?, ?)"),
                                      { e.id, e.itemId, e.position, e.target, e.label }); !done)
                return done.error();
        return {};
    });
}

} // namespace csirtkit
