#pragma once

// The test class and its helpers, shared by tst_jsonexchange*.cpp (one executable).
#include "IncidentFixture.h"

#include "exchange/JsonExchange.h"
#include "incidents/Artefacts.h"
#include "incidents/Communications.h"
#include "incidents/EvidenceRegister.h"
#include "incidents/IncidentGenerator.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentRelations.h"
#include "incidents/IncidentSearch.h"
#include "incidents/IncidentTasks.h"
#include "incidents/Observables.h"
#include "workspace/SqlUtil.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace csirtkit;

namespace {

// Every table that holds incident data, and how to show each column without surrogate ids: foreign
// keys become identifiers (or a record's position in its incident), so two workspaces compare.
const QStringList IncidentTables = { QStringLiteral("incident"), QStringLiteral("incident_transition"),
                                     QStringLiteral("journal_entry"), QStringLiteral("incident_task"),
                                     QStringLiteral("communication"), QStringLiteral("observable"),
                                     QStringLiteral("evidence_item"), QStringLiteral("custody_transfer"),
                                     QStringLiteral("artefact"), QStringLiteral("affected_asset"),
                                     QStringLiteral("incident_link"), QStringLiteral("incident_notification"),
                                     QStringLiteral("notification_sent") };

inline QString comparable(const QString &table, const QString &column, const QString &sourceId)
{
    const QString ident = QStringLiteral("(SELECT x.ident FROM incident x WHERE x.id = t.%1)");
    if (column == QLatin1String("id"))
        return {};
    if (column == QLatin1String("incident_id") || column == QLatin1String("other_id") || column == QLatin1String("duplicate_of"))
        return ident.arg(column);
    if (column == QLatin1String("revises"))
        return QStringLiteral("(SELECT r.sequence FROM journal_entry r WHERE r.id = t.revises)");
    if (column == QLatin1String("evidence_id"))
        return QStringLiteral("(SELECT x.ident || '/' || (SELECT count(*) FROM evidence_item e2 WHERE e2.incident_id = e.incident_id "
                              "AND e2.id <= e.id) FROM evidence_item e JOIN incident x ON x.id = e.incident_id WHERE e.id = t.evidence_id)");
    if (column == QLatin1String("notification_id"))
        return QStringLiteral("(SELECT x.ident || '/' || n.rule_key FROM incident_notification n JOIN incident x ON x.id = "
                              "n.incident_id WHERE n.id = t.notification_id)");
    if (column == QLatin1String("communication_id"))
        return QStringLiteral("(SELECT (SELECT count(*) FROM communication c2 WHERE c2.incident_id = c.incident_id AND c2.id <= c.id) "
                              "FROM communication c WHERE c.id = t.communication_id)");
    if (table == QLatin1String("incident") && column == QLatin1String("external_id")) // what an import sets
        return QStringLiteral("coalesce(t.external_id, 'json:%1/' || t.ident)").arg(sourceId);
    return QStringLiteral("t.") + column;
}

// Each table as sorted lines, every column but the surrogate ids.
inline QMap<QString, QStringList> dump(Workspace &w, const QString &sourceId)
{
    QMap<QString, QStringList> tables;
    for (const QString &table : IncidentTables) {
        QStringList columns;
        auto info = sql::exec(w.db(), QStringLiteral("SELECT name FROM pragma_table_info('%1')").arg(table));
        while (info && info->next())
            if (const QString expr = comparable(table, info->value(0).toString(), sourceId); !expr.isEmpty())
                columns << QStringLiteral("coalesce(quote(%1), 'NULL')").arg(expr);
        auto rows = sql::exec(w.db(), QStringLiteral("SELECT %1 FROM %2 t").arg(columns.join(QStringLiteral(" || '|' || ")), table));
        QStringList lines;
        while (rows && rows->next())
            lines << rows->value(0).toString();
        lines.sort();
        tables.insert(table, lines);
    }
    auto fts = sql::exec(w.db(), QStringLiteral("SELECT ident || '|' || title || '|' || summary || '|' || body FROM incident_fts"));
    QStringList lines;
    while (fts && fts->next())
        lines << fts->value(0).toString();
    lines.sort();
    tables.insert(QStringLiteral("incident_fts"), lines);
    return tables;
}

// Rows in every table: to show that a refused import wrote nothing at all.
inline QMap<QString, qint64> counts(Workspace &w)
{
    QMap<QString, qint64> result;
    auto tables = sql::exec(w.db(), QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (tables && tables->next()) {
        const QString name = tables->value(0).toString();
        result.insert(name, sql::scalar(w.db(), QStringLiteral("SELECT count(*) FROM \"%1\"").arg(name))->toLongLong());
    }
    return result;
}

inline QString workspaceId(Workspace &w)
{
    return JsonExchange::workspaceId(w.db()).value();
}

inline QByteArray exported(Workspace &w, const ExportScope &scope = {}, ExportSummary *summary = nullptr)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto written = JsonExchange(w).write(buffer, scope);
    if (!written)
        qWarning("export failed: %s", qPrintable(written.error().message));
    else if (summary)
        *summary = *written;
    return buffer.data();
}

inline Result<ImportReport> importBytes(Workspace &w, const QByteArray &bytes, bool write = true,
                                 const JsonExchange::Progress &progress = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return write ? JsonExchange(w).import(buffer, progress) : JsonExchange(w).validate(buffer, progress);
}

inline QString issues(const ImportReport &report)
{
    return report.text();
}

} // namespace

class TestJsonExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTripKeepsEverything();
    void everyIncidentTableIsCovered();
    void secondImportSkipsEverything();
    void newIdentifiersContinueAfterImported();
    void tlpCeilingLeavesOut();
    void selectionExportsOnlyThose();
    void brokenJournalChainBlocks();
    void badFilesAreRefusedAndWriteNothing_data();
    void badFilesAreRefusedAndWriteNothing();
    void identifierTakenByAnotherIncidentBlocks();
    void missingReferencesAreReported();
    void keysInAnyOrder();
    void cancelWritesNothing();
    void exportToFileIsAtomic();

private:
    std::unique_ptr<Workspace> fresh(const QString &name)
    {
        return Workspace::create(m_dir.filePath(name), QStringLiteral("Target Org")).value();
    }
    QTemporaryDir m_dir;
    std::unique_ptr<Workspace> m_source;
    qint64 m_ransomware = 0, m_duplicate = 0, m_spam = 0;
};
