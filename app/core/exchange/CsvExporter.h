#pragma once

#include "common/Result.h"
#include "exchange/ExchangeTypes.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <functional>

class QIODevice;

namespace csirtkit {

class Workspace;

// Incidents as a CSV table (RFC 4180, UTF-8): a header row, then one row per incident with the
// chosen columns. The TLP column is always included so the label travels with the data; incidents
// above the scope's TLP ceiling are left out and named in ExportSummary::omitted. Times are ISO 8601
// UTC ("2026-03-01T09:30:00Z"), whatever the language, so that every program reads them; statuses,
// priorities, levels, channels and classifications are labels in the chosen language ("Closed" /
// クローズ) or, for scripts, their stable keys ("closed"). CsvImporter reads both back.
// Reads the rows with one query and streams them, so 100 000 incidents take about a second.
class CsvExporter
{
    Q_DECLARE_TR_FUNCTIONS(CsvExporter)

public:
    enum class Header { Titles, Keys }; // translated column titles, or the column keys below
    enum class Values { Labels, Keys }; // the taxonomy's labels in `language`, or the stored keys

    struct Options
    {
        ExportScope scope;
        QStringList columns; // column keys in order; empty: every column (see columnKeys())
        bool bom = false;    // a UTF-8 byte order mark, so Excel reads the file as UTF-8
        char delimiter = ','; // ',', ';' or '\t'
        Header header = Header::Titles;
        Values values = Values::Labels;
        QString language = QStringLiteral("en"); // of the column titles and the labels: "en" or "ja"
    };
    // `progress(done, total)` after every thousand incidents; returning false cancels.
    using Progress = std::function<bool(qint64, qint64)>;

    explicit CsvExporter(Workspace &workspace) : m_workspace(workspace) { }

    // Every column key, in the default order: ident, title, status, priority, impact, urgency,
    // rsit_class, rsit_type, jpcert, tlp, reporter, channel, contact, assignee, helpers, occurred,
    // detected, reported, triaged, contained, resolved, closed, created, updated, summary, lessons,
    // status_reason, priority_reason, duplicate_of (the identifier of the incident duplicated).
    static QStringList columnKeys();
    // The translated column title ("Title", "Occurred (UTC)"); empty for an unknown key.
    static QString columnTitle(const QString &key);
    // Every column's title in `language` ("en" or "ja"), by key.
    static QHash<QString, QString> columnTitles(const QString &language);
    // The labels a column's values are written with in `language`, by stored key ("closed" →
    // "Closed"; RSIT types as "class/type"); empty for a column of free text, times or TLP labels.
    static QHash<QString, QString> labels(const QString &key, const QString &language);

    // Writes to `device` as it goes. On cancel or failure the device may hold part of the table:
    // use exportTo() for files.
    Result<ExportSummary> write(QIODevice &device, const Options &options, const Progress &progress = {}) const;
    // Writes `path` atomically (QSaveFile): on cancel or failure no file is created or changed.
    Result<ExportSummary> exportTo(const QString &path, const Options &options, const Progress &progress = {}) const;

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
