#include "incidents/EvidenceRegister.h"

#include "common/TextRules.h"
#include "incidents/IncidentRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

namespace csirtkit {

namespace {
constexpr qint64 ChunkSize = 1 << 20;
constexpr auto ItemColumns = "id, incident_id, item, description, stored_at, collected_by, collected_utc, file_path, "
                             "sha256, coalesce(size, -1), verified_utc, verify_state";

EvidenceItem readItem(const QSqlQuery &q)
{
    EvidenceItem e;
    e.id = q.value(0).toLongLong();
    e.incidentId = q.value(1).toLongLong();
    e.item = q.value(2).toString();
    e.description = q.value(3).toString();
    e.storedAt = q.value(4).toString();
    e.collectedBy = q.value(5).toString();
    e.collectedUtc = q.value(6).isNull() ? QDateTime() : sql::fromUtcText(q.value(6).toString());
    e.filePath = q.value(7).toString();
    e.sha256 = q.value(8).toString();
    e.size = q.value(9).toLongLong();
    e.verifiedUtc = q.value(10).isNull() ? QDateTime() : sql::fromUtcText(q.value(10).toString());
    e.verifyState = q.value(11).toString();
    return e;
}
} // namespace

Result<EvidenceRegister::FileHash> EvidenceRegister::hashFile(const QString &path,
                                                              const std::function<bool(qint64, qint64)> &progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QFileInfo::exists(path) ? ErrorCode::Io : ErrorCode::NotFound,
                         tr("“%1” cannot be read (%2), so its hash was not computed.").arg(path, file.errorString()));
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const qint64 total = file.size();
    qint64 done = 0;
    QByteArray buffer(ChunkSize, Qt::Uninitialized);
    for (;;) {
        const qint64 read = file.read(buffer.data(), ChunkSize);
        if (read < 0)
            return makeError(ErrorCode::Io, tr("Reading “%1” failed (%2).").arg(path, file.errorString()));
        if (read == 0)
            break;
        hash.addData(QByteArrayView(buffer.constData(), read));
        done += read;
        if (progress && !progress(done, total))
            return makeError(ErrorCode::Invalid, tr("Hashing “%1” was cancelled; nothing was recorded.").arg(path));
    }
    return FileHash { QString::fromLatin1(hash.result().toHex()), done };
}

Result<qint64> EvidenceRegister::add(const EvidenceItem &e)
{
    if (e.item.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Name the evidence item (e.g. “laptop disk image”)."));
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    if (!e.sha256.isEmpty() && !hex.match(e.sha256).hasMatch())
        return makeError(ErrorCode::Invalid, tr("The SHA-256 must be 64 lower-case hexadecimal digits."));
    const std::pair<QString, QString> texts[] = {
        { e.item.trimmed(), tr("The item's name") },
        { e.description, tr("The description") },
        { e.storedAt.trimmed(), tr("Where it is stored") },
        { e.collectedBy.trimmed(), tr("Who collected it") },
        { e.filePath, tr("The file name") },
    };
    for (const auto &[text, what] : texts)
        if (auto valid = TextRules::check(text, TextRules::Kind::Line, what); !valid)
            return valid.error();
    return m_workspace.insert(QStringLiteral("evidence_item"), QStringLiteral("added"), [&](QSqlDatabase &db) -> Result<qint64> {
        if (auto exists = IncidentRepository::requireIncident(db, e.incidentId); !exists)
            return exists.error();
        return sql::insert(db,
                           QStringLiteral("INSERT INTO evidence_item (incident_id, item, description, stored_at, collected_by, "
                                          "collected_utc, file_path, sha256, size, verified_utc, verify_state) VALUES "
                                          "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                           { e.incidentId, e.item.trimmed(), e.description, e.storedAt.trimmed(), e.collectedBy.trimmed(),
                             e.collectedUtc.isValid() ? QVariant(sql::toUtcText(e.collectedUtc)) : sql::null(),
                             e.filePath, e.sha256, e.sha256.isEmpty() ? QVariant(QMetaType(QMetaType::LongLong)) : QVariant(e.size),
                             e.sha256.isEmpty() ? sql::null() : QVariant(sql::nowUtcText()),
                             e.sha256.isEmpty() ? QStringLiteral("unverified") : QStringLiteral("match") });
    });
}

Result<QList<EvidenceItem>> EvidenceRegister::list(qint64 incidentId) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT %1 FROM evidence_item WHERE incident_id = ? ORDER BY id")
                                             .arg(QLatin1StringView(ItemColumns)), { incidentId });
    if (!q)
        return q.error();
    QList<EvidenceItem> list;
    while (q->next())
        list.append(readItem(*q));
    return list;
}

Result<EvidenceItem> EvidenceRegister::item(qint64 evidenceId) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT %1 FROM evidence_item WHERE id = ?").arg(QLatin1StringView(ItemColumns)),
                       { evidenceId });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("That evidence item no longer exists in this workspace."));
    return readItem(*q);
}

Result<QString> EvidenceRegister::reverify(qint64 evidenceId, const std::function<bool(qint64, qint64)> &progress)
{
    auto e = item(evidenceId);
    if (!e)
        return e.error();
    if (e->sha256.isEmpty() || e->filePath.isEmpty())
        return makeError(ErrorCode::Invalid, tr("“%1” has no recorded file hash to check against.").arg(e->item));
    QString current; // empty: missing
    if (QFileInfo::exists(e->filePath)) {
        auto hash = hashFile(e->filePath, progress);
        if (!hash)
            return hash.error(); // cancelled or unreadable: nothing recorded
        current = hash->sha256;
    }
    return recordVerification(evidenceId, current);
}

Result<QString> EvidenceRegister::recordVerification(qint64 evidenceId, const QString &currentSha256)
{
    auto e = item(evidenceId);
    if (!e)
        return e.error();
    if (e->sha256.isEmpty())
        return makeError(ErrorCode::Invalid, tr("“%1” has no recorded file hash to check against.").arg(e->item));
    const QString state = currentSha256.isEmpty() ? QStringLiteral("missing")
        : currentSha256 == e->sha256              ? QStringLiteral("match")
                                                  : QStringLiteral("changed");
    auto written = m_workspace.write(QStringLiteral("evidence_item"), QStringLiteral("verified"), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE evidence_item SET verified_utc = ?, verify_state = ? WHERE id = ?"),
                                 { sql::nowUtcText(), state, evidenceId }));
    });
    if (!written)
        return written.error();
    return state;
}

Result<qint64> EvidenceRegister::addTransfer(const CustodyTransfer &t)
{
    if (t.from.trimmed().isEmpty() || t.to.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("A custody transfer needs who handed the item over and who received it."));
    const std::pair<QString, QString> texts[] = { { t.from.trimmed(), tr("Who handed it over") },
                                                  { t.to.trimmed(), tr("Who received it") },
                                                  { t.purpose.trimmed(), tr("The purpose") } };
    for (const auto &[text, what] : texts)
        if (auto valid = TextRules::check(text, TextRules::Kind::Line, what); !valid)
            return valid.error();
    if (auto e = item(t.evidenceId); !e)
        return e.error();
    return m_workspace.insert(QStringLiteral("custody_transfer"), QStringLiteral("added"), [&](QSqlDatabase &db) -> Result<qint64> {
        return sql::insert(db, QStringLiteral("INSERT INTO custody_transfer (evidence_id, at_utc, from_person, to_person, purpose) "
                                              "VALUES (?, ?, ?, ?, ?)"),
                           { t.evidenceId, t.atUtc.isValid() ? sql::toUtcText(t.atUtc) : sql::nowUtcText(), t.from.trimmed(),
                             t.to.trimmed(), t.purpose.trimmed() });
    });
}

Result<QList<CustodyTransfer>> EvidenceRegister::transfers(qint64 evidenceId) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT id, evidence_id, at_utc, from_person, to_person, purpose FROM "
                                                        "custody_transfer WHERE evidence_id = ? ORDER BY at_utc, id"), { evidenceId });
    if (!q)
        return q.error();
    QList<CustodyTransfer> list;
    while (q->next())
        list.append({ q->value(0).toLongLong(), q->value(1).toLongLong(), sql::fromUtcText(q->value(2).toString()),
                      q->value(3).toString(), q->value(4).toString(), q->value(5).toString() });
    return list;
}

} // namespace csirtkit
