#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

#include <functional>

namespace csirtkit {

class Workspace;

struct EvidenceItem
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QString item;
    QString description;
    QString storedAt;
    QString collectedBy;
    QDateTime collectedUtc;
    QString filePath;
    QString sha256; // empty when the item is not a file
    qint64 size = -1;
    QDateTime verifiedUtc;
    QString verifyState = QStringLiteral("unverified"); // unverified, match, changed, missing
};

struct CustodyTransfer
{
    qint64 id = 0;
    qint64 evidenceId = 0;
    QDateTime atUtc;
    QString from;
    QString to;
    QString purpose;
};

// The evidence register: items with where they are kept, who collected them and when, the SHA-256
// of their file (streamed, any size, with progress and cancel), re-verification later, and the chain
// of custody.
class EvidenceRegister
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceRegister)

public:
    explicit EvidenceRegister(Workspace &workspace) : m_workspace(workspace) { }

    struct FileHash
    {
        QString sha256;
        qint64 size = 0;
    };
    // `progress(done, total)` is called as the file is read; returning false cancels (ErrorCode::Invalid).
    static Result<FileHash> hashFile(const QString &path, const std::function<bool(qint64, qint64)> &progress = {});

    Result<qint64> add(const EvidenceItem &item); // sha256/size as computed with hashFile, or empty
    Result<QList<EvidenceItem>> list(qint64 incidentId) const;
    Result<EvidenceItem> item(qint64 evidenceId) const;
    // Hashes the file again and records whether it still matches; returns the new state.
    Result<QString> reverify(qint64 evidenceId, const std::function<bool(qint64, qint64)> &progress = {});
    // Records a check whose hashing ran elsewhere (e.g. on a worker thread, since the database is
    // bound to its thread): `currentSha256` is the file's hash now, empty when the file is missing.
    // Returns the new state (match, changed or missing).
    Result<QString> recordVerification(qint64 evidenceId, const QString &currentSha256);
    Result<qint64> addTransfer(const CustodyTransfer &transfer);
    Result<QList<CustodyTransfer>> transfers(qint64 evidenceId) const;

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
