#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace csirtkit {

// One journal entry as far as its integrity is concerned.
struct JournalRecord
{
    qint64 id = 0;
    int sequence = 0;   // 1, 2, … within the incident
    QDateTime atUtc;
    QString author;
    QString kind;       // action, decision, communication, note, status
    QString text;
    qint64 revises = 0; // id of the entry this one corrects, 0 for none
    QString previousHash;
    QString hash;
    // The sequence of the entry `revises` points to, 0 for none. The hash covers this, not the id:
    // ids differ between workspaces, so an exported journal must verify the same after import.
    int revisesSequence = 0;
};

// The per-incident hash chain of the journal: each entry's SHA-256 covers its content and the
// previous entry's hash, so changing or deleting an entry outside the app breaks the chain from there
// on. The end of the chain is anchored on the incident row (IncidentJournal), which catches deleting
// the newest entries. Without a secret this detects tampering, it cannot prevent a full rewrite.
class JournalChain
{
public:
    static QString hash(const QString &incidentIdent, const JournalRecord &record);

    struct Break
    {
        qint64 entryId = 0;
        int sequence = 0;
        enum class Reason { ContentChanged, PreviousMissing, SequenceGap } reason = Reason::ContentChanged;
    };
    // Checks entries ordered by sequence; returns every entry at which the chain is broken.
    static QList<Break> verify(const QString &incidentIdent, const QList<JournalRecord> &entries);
};

} // namespace csirtkit
