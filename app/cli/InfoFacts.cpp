#include "InfoFacts.h"

#include "phases/PlanSummary.h"
#include "workspace/FileIdentity.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceFacts.h"

#include <QJsonValue>

namespace csirtkit {

Result<InfoFacts::Facts> InfoFacts::read(Workspace &workspace)
{
    auto facts = WorkspaceFacts::read(workspace);
    if (!facts)
        return facts.error();
    // Whether CSIRT Kit can write the file, not the mode `info` itself opened it in.
    const bool writable = files::writeBlock(workspace.filePath()) == files::WriteBlock::None;
    Facts out = {
        { QStringLiteral("file"), facts->filePath },
        { QStringLiteral("organisation"), facts->organisationName },
        { QStringLiteral("schema_version"), facts->schemaVersion },
        { QStringLiteral("latest_schema_version"), Workspace::latestSchemaVersion() },
        { QStringLiteral("created_utc"), facts->createdUtc.toString(Qt::ISODate) },
        { QStringLiteral("last_changed_utc"), facts->lastChangedUtc.toString(Qt::ISODate) },
        { QStringLiteral("read_only"), !writable },
        { QStringLiteral("writable"), writable },
        { QStringLiteral("file_size"), facts->fileSize },
    };
    for (const auto &count : std::as_const(facts->counts))
        out.append({ count.key, count.value });

    const QSqlDatabase db = workspace.db();
    if (facts->schemaVersion >= 4) { // the incident log came with format 4
        static const QStringList statuses = { QStringLiteral("new"), QStringLiteral("triage"), QStringLiteral("response"),
                                              QStringLiteral("resolved"), QStringLiteral("closed"),
                                              QStringLiteral("rejected"), QStringLiteral("duplicate") };
        QHash<QString, qint64> byStatus;
        auto rows = sql::exec(db, QStringLiteral("SELECT status, count(*) FROM incident GROUP BY status"));
        if (!rows)
            return rows.error();
        qint64 total = 0;
        while (rows->next()) {
            byStatus.insert(rows->value(0).toString(), rows->value(1).toLongLong());
            total += rows->value(1).toLongLong();
        }
        out.append({ QStringLiteral("incidents"), total });
        out.append({ QStringLiteral("incidents_open"), byStatus.value(QStringLiteral("new")) + byStatus.value(QStringLiteral("triage"))
                                                            + byStatus.value(QStringLiteral("response")) });
        for (const QString &status : statuses)
            out.append({ QStringLiteral("incidents_") + status, byStatus.value(status) });
        auto journal = sql::scalar(db, QStringLiteral("SELECT count(*) FROM journal_entry"));
        if (!journal)
            return journal.error();
        out.append({ QStringLiteral("journal_entries"), journal->toLongLong() });
    }
    if (facts->schemaVersion >= 3 && facts->schemaVersion == Workspace::latestSchemaVersion()) {
        auto plan = PlanSummary::read(workspace, QDate::currentDate());
        if (!plan)
            return plan.error();
        for (const auto &[phase, progress] : std::as_const(plan->phases)) {
            out.append({ QStringLiteral("checklist_%1_done").arg(phase), progress.done });
            out.append({ QStringLiteral("checklist_%1_applicable").arg(phase), progress.applicable });
        }
        out.append({ QStringLiteral("checklist_done"), plan->overall.done });
        out.append({ QStringLiteral("checklist_applicable"), plan->overall.applicable });
        out.append({ QStringLiteral("checklist_overdue"), plan->overall.overdue });
    }
    return out;
}

QJsonObject InfoFacts::toJson(const Facts &facts)
{
    QJsonObject object;
    for (const auto &[key, value] : facts)
        object.insert(key, QJsonValue::fromVariant(value));
    return object;
}

} // namespace csirtkit
