#include "exchange/CsvExporter.h"

#include "exchange/CsvFormat.h"
#include "common/Language.h"
#include "incidents/Taxonomy.h"
#include "incidents/TlpCeiling.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include "workspace/OutputTarget.h"
#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <sqlite3.h>

#include <memory>

namespace csirtkit {

namespace {

struct ColumnDef
{
    const char *key;
    const char *expression; // over `incident i`
};

#define CSV_TIME(column) "strftime('%Y-%m-%dT%H:%M:%SZ', i." column ")"

constexpr ColumnDef Columns[] = {
    { "ident", "i.ident" },
    { "title", "i.title" },
    { "status", "i.status" },
    { "priority", "i.priority" },
    { "impact", "i.impact" },
    { "urgency", "i.urgency" },
    { "rsit_class", "i.rsit_class" },
    { "rsit_type", "i.rsit_type" },
    { "jpcert", "i.jpcert_category" },
    { "tlp", "i.tlp" },
    { "reporter", "i.reporter" },
    { "channel", "i.report_channel" },
    { "contact", "i.reporter_contact" },
    { "assignee", "i.assignee" },
    { "helpers", "i.helpers" },
    { "occurred", CSV_TIME("occurred_utc") },
    { "detected", CSV_TIME("detected_utc") },
    { "reported", CSV_TIME("reported_utc") },
    { "triaged", CSV_TIME("triaged_utc") },
    { "contained", CSV_TIME("contained_utc") },
    { "resolved", CSV_TIME("resolved_utc") },
    { "closed", CSV_TIME("closed_utc") },
    { "created", CSV_TIME("created_utc") },
    { "updated", CSV_TIME("updated_utc") },
    { "summary", "i.summary" },
    { "lessons", "i.lessons" },
    { "status_reason", "i.status_reason" },
    { "priority_reason", "i.priority_reason" },
    { "duplicate_of", "(SELECT d.ident FROM incident d WHERE d.id = i.duplicate_of)" },
};

#undef CSV_TIME

const ColumnDef *column(const QString &key)
{
    for (const ColumnDef &c : Columns)
        if (key == QLatin1StringView(c.key))
            return &c;
    return nullptr;
}

QByteArrayView text(sqlite3_stmt *stmt, int column)
{
    const auto *data = reinterpret_cast<const char *>(sqlite3_column_text(stmt, column));
    return data ? QByteArrayView(data, sqlite3_column_bytes(stmt, column)) : QByteArrayView();
}

} // namespace

QStringList CsvExporter::columnKeys()
{
    QStringList keys;
    for (const ColumnDef &c : Columns)
        keys << QString::fromLatin1(c.key);
    return keys;
}

QHash<QString, QString> CsvExporter::columnTitles(const QString &language)
{
    const Language::Scope scope(language); // loads the language's translations once for all titles
    QHash<QString, QString> titles;
    for (const QString &key : columnKeys())
        titles.insert(key, columnTitle(key));
    return titles;
}

QHash<QString, QString> CsvExporter::labels(const QString &key, const QString &language)
{
    const Taxonomy &taxonomy = Taxonomy::instance();
    QHash<QString, QString> h;
    const auto add = [&](const QList<TaxonomyTerm> &terms, const QString &prefix = QString()) {
        for (const TaxonomyTerm &term : terms)
            h.insert(prefix + term.key, term.title.in(language));
    };
    if (key == QLatin1String("status"))
        add(taxonomy.statuses());
    else if (key == QLatin1String("priority"))
        add(taxonomy.priorities());
    else if (key == QLatin1String("impact") || key == QLatin1String("urgency"))
        add(taxonomy.levels());
    else if (key == QLatin1String("jpcert"))
        add(taxonomy.jpcertCategories());
    else if (key == QLatin1String("channel"))
        add(taxonomy.reportChannels());
    else if (key == QLatin1String("rsit_class") || key == QLatin1String("rsit_type"))
        for (const RsitClass &c : taxonomy.rsit()) {
            if (key == QLatin1String("rsit_class"))
                add({ c.term });
            else
                add(c.types, c.term.key + QLatin1Char('/'));
        }
    return h;
}

QString CsvExporter::columnTitle(const QString &key)
{
    static const QHash<QString, int> index = [] {
        QHash<QString, int> h;
        int n = 0;
        for (const ColumnDef &c : Columns)
            h.insert(QString::fromLatin1(c.key), n++);
        return h;
    }();
    switch (index.value(key, -1)) {
    case 0: return tr("ID");
    case 1: return tr("Title");
    case 2: return tr("Status");
    case 3: return tr("Priority");
    case 4: return tr("Impact");
    case 5: return tr("Urgency");
    case 6: return tr("RSIT class");
    case 7: return tr("RSIT type");
    case 8: return tr("JPCERT/CC category");
    case 9: return tr("TLP");
    case 10: return tr("Reporter");
    case 11: return tr("Report channel");
    case 12: return tr("Reporter contact");
    case 13: return tr("Assignee");
    case 14: return tr("Helpers");
    case 15: return tr("Occurred (UTC)");
    case 16: return tr("Detected (UTC)");
    case 17: return tr("Reported (UTC)");
    case 18: return tr("Triaged (UTC)");
    case 19: return tr("Contained (UTC)");
    case 20: return tr("Resolved (UTC)");
    case 21: return tr("Closed (UTC)");
    case 22: return tr("Created (UTC)");
    case 23: return tr("Updated (UTC)");
    case 24: return tr("Summary");
    case 25: return tr("Lessons learned");
    case 26: return tr("Reason for the status");
    case 27: return tr("Reason for the priority");
    case 28: return tr("Duplicate of");
    default: return {};
    }
}

Result<ExportSummary> CsvExporter::write(QIODevice &device, const Options &options, const Progress &progress) const
{
    const char delimiter = options.delimiter;
    if (delimiter != ',' && delimiter != ';' && delimiter != '\t')
        return makeError(ErrorCode::Invalid, tr("Separate CSV columns with a comma, a semicolon or a tab."));
    const QString &ceiling = options.scope.tlpCeiling;
    if (!ceiling.isEmpty() && TlpCeiling::rank(ceiling) < 0)
        return makeError(ErrorCode::Invalid, tr("“%1” is not a TLP label. Choose TLP:CLEAR, TLP:GREEN, TLP:AMBER, "
                                                "TLP:AMBER+STRICT or TLP:RED as the ceiling.").arg(ceiling));
    QStringList keys;
    for (const QString &key : options.columns.isEmpty() ? columnKeys() : options.columns) {
        if (!column(key))
            return makeError(ErrorCode::Invalid, tr("“%1” is not a CSV column. The columns are: %2.")
                                                     .arg(key, columnKeys().join(QStringLiteral(", "))));
        if (!keys.contains(key))
            keys << key;
    }
    if (!keys.contains(QStringLiteral("tlp")))
        keys.prepend(QStringLiteral("tlp")); // the label always travels with the data

    // Scope: every incident in id order, or the chosen ones in the order given.
    QList<qint64> ids;
    QSet<qint64> seen;
    for (qint64 id : options.scope.incidentIds)
        if (!seen.contains(id)) {
            seen.insert(id);
            ids << id;
        }
    QByteArray select = "SELECT j.value, i.ident, i.tlp, i.rsit_class";
    for (const QString &key : keys)
        select += QByteArray(", ") + column(key)->expression;
    qint64 total = ids.size();
    QJsonArray idArray;
    if (ids.isEmpty()) {
        select.replace("j.value", "i.id");
        select += " FROM incident i ORDER BY i.id";
        auto count = sql::scalar(m_workspace.db(), QStringLiteral("SELECT count(*) FROM incident"));
        if (!count)
            return count.error();
        total = count->toLongLong();
    } else {
        select += " FROM json_each(?1) j LEFT JOIN incident i ON i.id = j.value ORDER BY j.key";
        for (qint64 id : ids)
            idArray.append(id);
    }

    sqlite3 *db = sql::handle(m_workspace.db());
    auto failed = [&] {
        return makeError(ErrorCode::Database, tr("The incidents could not be read for the CSV export: %1")
                                                  .arg(QString::fromUtf8(sqlite3_errmsg(db))));
    };
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, select.constData(), int(select.size()), &stmt, nullptr) != SQLITE_OK)
        return failed();
    std::unique_ptr<sqlite3_stmt, decltype(&sqlite3_finalize)> guard(stmt, &sqlite3_finalize);
    const QByteArray idJson = QJsonDocument(idArray).toJson(QJsonDocument::Compact);
    if (!ids.isEmpty())
        sqlite3_bind_text(stmt, 1, idJson.constData(), int(idJson.size()), SQLITE_STATIC);

    QByteArray buffer;
    buffer.reserve(1 << 18);
    auto flush = [&]() -> Result<void> {
        if (device.write(buffer) != buffer.size())
            return makeError(ErrorCode::Io, tr("The CSV file could not be written (%1). Check the disk space and "
                                               "permissions and try again.").arg(device.errorString()));
        buffer.clear();
        return {};
    };
    if (options.bom)
        buffer += CsvFormat::utf8Bom();
    // Values in the language's labels: stored key (the RSIT type with its class) → label.
    QList<QHash<QByteArray, QByteArray>> shown(keys.size());
    const QHash<QString, QString> titles = options.header == Header::Keys ? QHash<QString, QString>() : columnTitles(options.language);
    for (qsizetype c = 0; c < keys.size(); ++c) {
        if (c > 0)
            buffer += delimiter;
        const QString title = options.header == Header::Keys ? keys.at(c) : titles.value(keys.at(c));
        CsvFormat::appendField(buffer, title.toUtf8(), delimiter);
        if (options.values == Values::Labels) {
            const QHash<QString, QString> labelOf = labels(keys.at(c), options.language);
            for (auto it = labelOf.cbegin(); it != labelOf.cend(); ++it)
                shown[c].insert(it.key().toUtf8(), it.value().toUtf8());
        }
    }
    buffer += "\r\n";
    const qsizetype typeColumn = keys.indexOf(QStringLiteral("rsit_type"));

    ExportSummary summary;
    qint64 done = 0;
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++done;
        if (sqlite3_column_type(stmt, 1) == SQLITE_NULL) {
            summary.omitted << tr("Incident #%1 no longer exists: left out.").arg(sqlite3_column_int64(stmt, 0));
        } else if (const QByteArrayView tlp = text(stmt, 2); !TlpCeiling::allows(ceiling, QString::fromUtf8(tlp))) {
            summary.omitted << tr("%1 is %2, above the %3 ceiling: left out.")
                                   .arg(QString::fromUtf8(text(stmt, 1)), QString::fromUtf8(tlp), ceiling);
        } else {
            for (int c = 0; c < int(keys.size()); ++c) {
                if (c > 0)
                    buffer += delimiter;
                const QByteArrayView value = text(stmt, 4 + c);
                const QHash<QByteArray, QByteArray> &labelOf = shown.at(c);
                if (labelOf.isEmpty() || value.isEmpty()) {
                    CsvFormat::appendField(buffer, value, delimiter);
                    continue;
                }
                const QByteArray key = c == typeColumn ? text(stmt, 3).toByteArray() + '/' + value.toByteArray() : value.toByteArray();
                const auto label = labelOf.constFind(key);
                CsvFormat::appendField(buffer, label == labelOf.constEnd() ? value : QByteArrayView(*label), delimiter);
            }
            buffer += "\r\n";
            ++summary.incidents;
        }
        if (buffer.size() >= (1 << 18))
            if (auto written = flush(); !written)
                return written.error();
        if (done % 1000 == 0 && progress && !progress(done, total))
            return makeError(ErrorCode::Invalid, tr("The CSV export was cancelled; no file was written."));
    }
    if (rc != SQLITE_DONE)
        return failed();
    if (auto written = flush(); !written)
        return written.error();
    if (progress && !progress(done, total))
        return makeError(ErrorCode::Invalid, tr("The CSV export was cancelled; no file was written."));
    return summary;
}

Result<ExportSummary> CsvExporter::exportTo(const QString &path, const Options &options, const Progress &progress) const
{
    Result<ExportSummary> summary = ExportSummary();
    auto saved = OutputTarget::save(path, m_workspace.filePath(), [&](QIODevice &file) -> Result<void> {
        summary = write(file, options, progress);
        return summary ? Result<void>() : Result<void>(summary.error());
    });
    if (!saved)
        return saved.error();
    return summary;
}

} // namespace csirtkit
