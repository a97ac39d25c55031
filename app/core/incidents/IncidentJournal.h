#pragma once

#include "common/Result.h"
#include "incidents/JournalChain.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace csirtkit {

class Workspace;

// The append-only, hash-chained journal of each incident. Entries are never changed; a correction
// is a new entry that revises an earlier one.
class IncidentJournal
{
    Q_DECLARE_TR_FUNCTIONS(IncidentJournal)

public:
    explicit IncidentJournal(Workspace &workspace) : m_workspace(workspace) { }

    static QStringList kinds() { return { QStringLiteral("action"), QStringLiteral("decision"), QStringLiteral("communication"), QStringLiteral("note"), QStringLiteral("status") }; }

    Result<qint64> append(qint64 incidentId, const QString &kind, const QString &text, const QString &author,
                          qint64 revises = 0);
    // The same inside a transaction the caller already holds (status changes log themselves).
    static Result<qint64> appendIn(QSqlDatabase &db, qint64 incidentId, const QString &kind, const QString &text,
                                   const QString &author, qint64 revises = 0);
    Result<QList<JournalRecord>> entries(qint64 incidentId) const;

    struct Problem
    {
        QString ident;
        qint64 entryId = 0;
        int sequence = 0;
        QString message; // translated sentence naming the entry
    };
    // Checks the chain of every incident; empty when all are intact.
    Result<QList<Problem>> verifyAll() const;
    // The same for one incident's chain (NotFound when the incident does not exist).
    Result<QList<Problem>> verify(qint64 incidentId) const;

    static constexpr int MaxTextLength = 100000;
    static QString authorName(const QString &author); // "unknown" when empty
    // An entry's text as a reader sees it: a status change is stored with the statuses' keys
    // ("triage → response: comment", which the hash covers) and shown with their names in `language`.
    static QString shownText(const JournalRecord &record, const QString &language);


private:
    // Checks the chains of the incidents the `where` clause selects (empty: all).
    Result<QList<Problem>> verifyIncidents(const QString &where, const QVariantList &values) const;

    Workspace &m_workspace;
};

} // namespace csirtkit
