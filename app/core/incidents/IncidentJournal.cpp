#include "incidents/IncidentJournal.h"

#include "incidents/IncidentWorkflow.h"

#include <QRegularExpression>

#include "common/TextRules.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>

namespace csirtkit {

namespace {

QList<JournalRecord> readEntries(QSqlQuery &q)
{
    QList<JournalRecord> list;
    while (q.next())
        list.append({ q.value(0).toLongLong(), q.value(1).toInt(), sql::fromUtcText(q.value(2).toString()),
                      q.value(3).toString(), q.value(4).toString(), q.value(5).toString(), q.value(6).toLongLong(),
                      q.value(7).toString(), q.value(8).toString(), q.value(9).toInt() });
    return list;
}

constexpr auto EntryColumns = "e.id, e.sequence, e.at_utc, e.author, e.kind, e.text, coalesce(e.revises, 0), e.previous_hash, "
                              "e.hash, coalesce((SELECT r.sequence FROM journal_entry r WHERE r.id = e.revises), 0)";

} // namespace

Result<qint64> IncidentJournal::appendIn(QSqlDatabase &db, qint64 incidentId, const QString &kind, const QString &text,
                                         const QString &author, qint64 revises)
{
    if (!kinds().contains(kind))
        return makeError(ErrorCode::Invalid, tr("“%1” is not a kind of journal entry.").arg(kind));
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A journal entry needs a text."));
    if (text.size() > MaxTextLength)
        return makeError(ErrorCode::Invalid, tr("The journal entry is too long (at most %1 characters).").arg(MaxTextLength));
    if (auto valid = TextRules::check(text, TextRules::Kind::Lines, tr("The journal entry")); !valid)
        return valid.error();
    auto ident = sql::scalar(db, QStringLiteral("SELECT ident FROM incident WHERE id = ?"), { incidentId });
    if (!ident)
        return ident.error();
    if (ident->isNull())
        return makeError(ErrorCode::NotFound, tr("That incident no longer exists in this workspace."));
    int revisedSequence = 0;
    if (revises) {
        auto owner = sql::exec(db, QStringLiteral("SELECT incident_id, sequence FROM journal_entry WHERE id = ?"), { revises });
        if (!owner)
            return owner.error();
        if (!owner->next() || owner->value(0).toLongLong() != incidentId)
            return makeError(ErrorCode::Invalid, tr("Only an entry of the same incident can be revised."));
        revisedSequence = owner->value(1).toInt();
    }
    auto last = sql::exec(db, QStringLiteral("SELECT sequence, hash FROM journal_entry WHERE incident_id = ? "
                                             "ORDER BY sequence DESC LIMIT 1"), { incidentId });
    if (!last)
        return last.error();
    JournalRecord record;
    if (last->next()) {
        record.sequence = last->value(0).toInt() + 1;
        record.previousHash = last->value(1).toString();
    } else {
        record.sequence = 1;
    }
    // Millisecond precision, as stored: the hash must be recomputable from the row.
    record.atUtc = sql::fromUtcText(sql::nowUtcText());
    record.author = authorName(author);
    record.kind = kind;
    record.text = text;
    record.revises = revises;
    record.revisesSequence = revisedSequence;
    record.hash = JournalChain::hash(ident->toString(), record);
    auto inserted = sql::insert(db,
                              QStringLiteral("INSERT INTO journal_entry (incident_id, sequence, at_utc, author, kind, text, "
                                             "revises, previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              { incidentId, record.sequence, sql::toUtcText(record.atUtc), record.author, kind, text,
                                revises ? QVariant(revises) : QVariant(QMetaType(QMetaType::LongLong)),
                                record.previousHash, record.hash });
    if (!inserted)
        return inserted.error();
    const qint64 entryId = *inserted;
    if (auto anchored = sql::exec(db, QStringLiteral("UPDATE incident SET journal_count = ?, journal_head = ? WHERE id = ?"),
                                  { record.sequence, record.hash, incidentId }); !anchored)
        return anchored.error();
    return entryId;
}

QString IncidentJournal::shownText(const JournalRecord &record, const QString &language)
{
    static const QRegularExpression transition(QStringLiteral("^([a-z]+) → ([a-z]+)(: .*)?$"),
                                               QRegularExpression::DotMatchesEverythingOption);
    if (record.kind != QLatin1String("status"))
        return record.text;
    const auto match = transition.match(record.text);
    if (!match.hasMatch())
        return record.text;
    return IncidentWorkflow::statusName(match.captured(1), language) + QStringLiteral(" → ")
        + IncidentWorkflow::statusName(match.captured(2), language)
        + match.captured(3);
}

QString IncidentJournal::authorName(const QString &author)
{
    return author.trimmed().isEmpty() ? tr("unknown") : author.trimmed();
}

Result<qint64> IncidentJournal::append(qint64 incidentId, const QString &kind, const QString &text,
                                       const QString &author, qint64 revises)
{
    return m_workspace.insert(QStringLiteral("journal_entry"), kind,
                              [&](QSqlDatabase &db) { return appendIn(db, incidentId, kind, text, author, revises); });
}

Result<QList<JournalRecord>> IncidentJournal::entries(qint64 incidentId) const
{
    auto q = sql::exec(m_workspace.db(),
                       QStringLiteral("SELECT %1 FROM journal_entry e WHERE e.incident_id = ? ORDER BY e.sequence")
                           .arg(QLatin1StringView(EntryColumns)),
                       { incidentId });
    if (!q)
        return q.error();
    return readEntries(*q);
}

Result<QList<IncidentJournal::Problem>> IncidentJournal::verifyAll() const
{
    return verifyIncidents({}, {});
}

Result<QList<IncidentJournal::Problem>> IncidentJournal::verify(qint64 incidentId) const
{
    auto exists = sql::scalar(m_workspace.db(), QStringLiteral("SELECT 1 FROM incident WHERE id = ?"), { incidentId });
    if (!exists)
        return exists.error();
    if (exists->isNull())
        return makeError(ErrorCode::NotFound, tr("That incident no longer exists in this workspace."));
    return verifyIncidents(QStringLiteral("WHERE id = ?"), { incidentId });
}

Result<QList<IncidentJournal::Problem>> IncidentJournal::verifyIncidents(const QString &where,
                                                                         const QVariantList &values) const
{
    auto incidents = sql::exec(m_workspace.db(),
                               QStringLiteral("SELECT id, ident, journal_count, journal_head FROM incident %1 ORDER BY id")
                                   .arg(where),
                               values);
    if (!incidents)
        return incidents.error();
    QList<Problem> problems;
    while (incidents->next()) {
        const QString ident = incidents->value(1).toString();
        auto list = entries(incidents->value(0).toLongLong());
        if (!list)
            return list.error();
        for (const JournalChain::Break &b : JournalChain::verify(ident, *list)) {
            QString message;
            switch (b.reason) {
            case JournalChain::Break::Reason::ContentChanged:
                message = tr("%1, journal entry %2: its content was changed outside CSIRT Kit.").arg(ident).arg(b.sequence);
                break;
            case JournalChain::Break::Reason::PreviousMissing:
                message = tr("%1, journal entry %2: the entry before it was changed or replaced.").arg(ident).arg(b.sequence);
                break;
            case JournalChain::Break::Reason::SequenceGap:
                message = tr("%1, journal entry %2: an entry before it is missing (deleted?).").arg(ident).arg(b.sequence);
                break;
            }
            problems.append({ ident, b.entryId, b.sequence, message });
        }
        // The incident row anchors the chain's end, so deleting the newest entries shows too.
        const int count = incidents->value(2).toInt();
        const QString head = incidents->value(3).toString();
        const int lastSequence = list->isEmpty() ? 0 : list->constLast().sequence;
        if (lastSequence < count || (list->isEmpty() ? !head.isEmpty() : list->constLast().hash != head))
            problems.append({ ident, 0, lastSequence + 1,
                              tr("%1: the newest journal entries (after entry %2) are missing or were replaced.")
                                  .arg(ident)
                                  .arg(lastSequence) });
    }
    return problems;
}

} // namespace csirtkit
