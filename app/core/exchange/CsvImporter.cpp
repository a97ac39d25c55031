#include "exchange/CsvImporter.h"
#include "exchange/CsvImportRow.h"
#include "incidents/Taxonomy.h"
#include "common/Language.h"

#include "common/TextRules.h"
#include "exchange/CsvExporter.h"
#include "exchange/CsvValues.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace csirtkit {

// ---------------------------------------------------------------- reading the file

CsvImporter::CsvImporter(Workspace &workspace) : m_workspace(workspace), m_zone(WorkspaceTimeZone::read(workspace)) { }

Result<void> CsvImporter::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(QFileInfo::exists(path) ? ErrorCode::Io : ErrorCode::NotFound,
                         tr("“%1” cannot be read (%2).").arg(path, file.errorString()));
    if (file.size() > CsvFormat::MaxInputBytes)
        return makeError(ErrorCode::Invalid, tr("“%1” is larger than %2 MiB, the most a CSV import reads. Split it into "
                                                "smaller files.").arg(path).arg(CsvFormat::MaxInputBytes / (1024 * 1024)));
    const QByteArray bytes = file.read(CsvFormat::MaxInputBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("“%1” cannot be read (%2).").arg(path, file.errorString()));
    return loadData(bytes);
}

Result<void> CsvImporter::loadData(const QByteArray &bytes)
{
    m_header.clear();
    m_columnOf.clear();
    m_text = {};
    auto text = CsvFormat::decode(bytes);
    if (!text)
        return text.error();
    CsvFormat::Reader reader(text->utf8, text->delimiter);
    QStringList names;
    if (!reader.next(names))
        return reader.failed() ? reader.error()
                               : makeError(ErrorCode::Invalid, tr("The file is empty. A CSV import needs a header row "
                                                                  "naming the columns, then one row per incident."));
    QSet<QString> seen;
    QHash<QString, int> nextSuffix; // so that a thousand equal names stay cheap
    for (qsizetype i = 0; i < names.size(); ++i) {
        QString name = names.at(i).trimmed();
        if (name.isEmpty())
            name = tr("Column %1").arg(i + 1);
        if (seen.contains(name)) {
            const QString base = name;
            int n = nextSuffix.value(base, 2);
            do
                name = QStringLiteral("%1 (%2)").arg(base).arg(n++);
            while (seen.contains(name));
            nextSuffix.insert(base, n);
        }
        seen.insert(name);
        m_columnOf.insert(name, int(m_header.size()));
        m_header << name;
    }
    m_text = std::move(*text);
    return {};
}

QList<QStringList> CsvImporter::preview(int rows, QList<int> *rowNumbers) const
{
    QList<QStringList> result;
    CsvFormat::Reader reader(m_text.utf8, m_text.delimiter);
    QStringList fields;
    reader.next(fields); // the header
    while (result.size() < rows && reader.next(fields)) {
        fields.resize(m_header.size());
        result << fields;
        if (rowNumbers)
            rowNumbers->append(reader.record());
    }
    return result;
}

QStringList CsvImporter::fieldKeys()
{
    return { QStringLiteral("ident"),    QStringLiteral("title"),      QStringLiteral("summary"),   QStringLiteral("reporter"),
             QStringLiteral("channel"),  QStringLiteral("contact"),    QStringLiteral("impact"),    QStringLiteral("urgency"),
             QStringLiteral("rsit_class"), QStringLiteral("rsit_type"), QStringLiteral("jpcert"),   QStringLiteral("tlp"),
             QStringLiteral("occurred"), QStringLiteral("detected"),   QStringLiteral("reported"),  QStringLiteral("assignee"),
             QStringLiteral("helpers"),  QStringLiteral("lessons"),    QStringLiteral("status"),    QStringLiteral("priority"),
             QStringLiteral("triaged"),  QStringLiteral("contained"),  QStringLiteral("resolved"),  QStringLiteral("closed"),
             QStringLiteral("created"),  QStringLiteral("updated"),    QStringLiteral("status_reason"),
             QStringLiteral("priority_reason"), QStringLiteral("duplicate_of") };
}

QString CsvImporter::fieldTitle(const QString &key)
{
    return CsvExporter::columnTitle(key);
}

QStringList CsvImporter::dateFormats()
{
    return { QStringLiteral("iso8601"), QStringLiteral("yyyy/MM/dd"), QStringLiteral("yyyy年MM月dd日"),
             QStringLiteral("dd.MM.yyyy"), QStringLiteral("MM/dd/yyyy"), QStringLiteral("dd/MM/yyyy") };
}

CsvMapping CsvImporter::guessMapping() const
{
    QHash<QString, QString> names = CsvValues::synonyms();
    for (const QString &language : Language::available()) { // the export's own titles in either language
        const QHash<QString, QString> titles = CsvExporter::columnTitles(language);
        for (const QString &key : fieldKeys())
            names.insert(CsvValues::headerKey(titles.value(key)), key);
    }
    for (const QString &key : fieldKeys()) // and the keys
        names.insert(CsvValues::headerKey(key), key);
    CsvMapping mapping;
    QSet<QString> used;
    for (const QString &column : m_header) {
        const QString field = names.value(CsvValues::headerKey(column));
        if (!field.isEmpty() && !used.contains(field)) {
            used.insert(field);
            mapping.columns.insert(column, field);
        }
    }
    return mapping;
}

QString CsvImporter::detectDateFormat(const CsvMapping &mapping, bool *ambiguous) const
{
    QList<int> columns;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it)
        if (const int column = m_columnOf.value(it.key(), -1);
            column >= 0 && (CsvImportFields::dates().contains(it.value()) || CsvImportFields::milestones().contains(it.value())) && !columns.contains(column))
            columns << column;
    const QStringList formats = dateFormats();
    QList<int> counts(formats.size(), 0);
    CsvFormat::Reader reader(m_text.utf8, m_text.delimiter);
    QStringList fields;
    reader.next(fields);
    while (!columns.isEmpty() && reader.next(fields))
        for (int column : std::as_const(columns))
            if (const QString value = CsvValues::cell(fields, column); !value.isEmpty())
                for (qsizetype f = 0; f < formats.size(); ++f)
                    if (CsvValues::parseDate(value, formats.at(f), m_zone).isValid())
                        ++counts[f];
    qsizetype best = 0;
    for (qsizetype f = 1; f < formats.size(); ++f)
        if (counts.at(f) > counts.at(best))
            best = f;
    const qsizetype monthFirst = formats.indexOf(QStringLiteral("MM/dd/yyyy"));
    const qsizetype dayFirst = formats.indexOf(QStringLiteral("dd/MM/yyyy"));
    if (ambiguous)
        *ambiguous = best == monthFirst && counts.at(dayFirst) == counts.at(monthFirst) && counts.at(best) > counts.at(0);
    return formats.at(best);
}

// ---------------------------------------------------------------- remembered mappings

Result<QStringList> CsvImporter::mappingNames() const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT name FROM csv_mapping ORDER BY name"));
    if (!q)
        return q.error();
    QStringList names;
    while (q->next())
        names << q->value(0).toString();
    return names;
}

Result<CsvMapping> CsvImporter::mapping(const QString &name) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT definition FROM csv_mapping WHERE name = ?"), { name });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no CSV column mapping called “%1” in this workspace.").arg(name));
    return CsvMapping::fromJson(q->value(0).toString().toUtf8());
}

Result<void> CsvImporter::saveMapping(const QString &name, const CsvMapping &mapping)
{
    if (name.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Give the column mapping a name, so it can be chosen next time."));
    return m_workspace.write(QStringLiteral("csv_mapping"), name.trimmed(), [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("INSERT INTO csv_mapping (name, definition) VALUES (?, ?) "
                                                    "ON CONFLICT (name) DO UPDATE SET definition = excluded.definition"),
                                 { name.trimmed(), QString::fromUtf8(mapping.toJson()) }));
    });
}

Result<void> CsvImporter::removeMapping(const QString &name)
{
    return m_workspace.write(QStringLiteral("csv_mapping"), name, [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("DELETE FROM csv_mapping WHERE name = ?"), { name }));
    });
}

// ---------------------------------------------------------------- validation and import

Result<ImportReport> CsvImporter::validate(const CsvMapping &mapping, const Progress &progress) const
{
    return run(mapping, m_workspace.db(), progress, 0, m_text.utf8.size(), {});
}

Result<ImportReport> CsvImporter::import(const CsvMapping &mapping, const QString &author, const Progress &progress)
{
    const qint64 size = m_text.utf8.size();
    auto checked = run(mapping, m_workspace.db(), progress, 0, 2 * size, {});
    if (!checked)
        return checked.error();
    if (!checked->ok())
        return makeError(ErrorCode::Invalid, checked->text());
    ImportReport done;
    auto written = m_workspace.write(QStringLiteral("incident"), QStringLiteral("csv import"), [&](QSqlDatabase &db) -> Result<void> {
        auto report = run(
            mapping, db, progress, size, 2 * size,
            [&](const Row &row) -> Result<qint64> {
                auto id = IncidentRepository::createIn(db, row.draft, author, row.externalId);
                if (!id)
                    return id.error();
                // What the form of a new incident does not take: kept as the file gives it. SET reads
                // the old values, so `priority` in the CASE is the matrix's.
                const QVariant priority = row.priority.isEmpty() ? sql::null() : QVariant(row.priority);
                QVariantList values = { row.helpers, row.lessons, priority, priority, priority,
                                        row.priorityReason.isEmpty() ? tr("Priority as given in the imported CSV file (row %1).").arg(row.number)
                                                                     : row.priorityReason };
                for (const QDateTime &t : row.milestones)
                    values << (t.isValid() ? QVariant(sql::toUtcText(t)) : sql::null());
                values << *id;
                auto updated = sql::exec(db, QStringLiteral("UPDATE incident SET helpers = ?, lessons = ?, priority = coalesce(?, priority), "
                                                            "priority_reason = CASE WHEN ? IS NULL OR ? = priority THEN '' ELSE ? END, "
                                                            "triaged_utc = ?, contained_utc = ?, resolved_utc = ?, closed_utc = ?, "
                                                            "created_utc = coalesce(?, created_utc), updated_utc = coalesce(?, updated_utc) "
                                                            "WHERE id = ?"),
                                         values);
                if (!updated)
                    return updated.error();
                if (!row.status.isEmpty() && row.status != QLatin1String("new") && row.status != QLatin1String("duplicate"))
                    if (auto status = writeStatus(db, row, *id, row.status, row.statusReason, 0, author); !status)
                        return status.error();
                return *id;
            },
            [&](const Row &row, qint64 id, qint64 original, const QString &reason) {
                return writeStatus(db, row, id, original ? QStringLiteral("duplicate") : QStringLiteral("rejected"),
                                   original ? row.statusReason : reason, original, author);
            });
        if (!report)
            return report.error();
        if (!report->ok()) // the workspace changed since the check
            return makeError(ErrorCode::Invalid, report->text());
        done = *report;
        return {};
    });
    if (!written)
        return written.error();
    return done;
}

Result<void> CsvImporter::writeStatus(QSqlDatabase &db, const Row &row, qint64 id, const QString &status, const QString &reason,
                                      qint64 original, const QString &author)
{
    // The status the file gives, reached from New in one step: the journal says so, by key (shown
    // in the reader's language).
    auto set = sql::exec(db, QStringLiteral("UPDATE incident SET status = ?, status_reason = ?, duplicate_of = ? WHERE id = ?"),
                         { status, status == QLatin1String("rejected") || status == QLatin1String("duplicate") ? reason : QString(),
                           original ? QVariant(original) : sql::null(), id });
    if (!set)
        return set.error();
    const QString comment = tr("Status taken from the imported CSV file (row %1).").arg(row.number);
    if (auto logged = sql::exec(db, QStringLiteral("INSERT INTO incident_transition (incident_id, at_utc, author, from_status, "
                                                   "to_status, comment) VALUES (?, ?, ?, 'new', ?, ?)"),
                                { id, sql::nowUtcText(), IncidentJournal::authorName(author), status, comment });
        !logged)
        return logged.error();
    auto journal = IncidentJournal::appendIn(db, id, QStringLiteral("status"), QStringLiteral("new → %1: %2").arg(status, comment), author);
    if (!journal)
        return journal.error();
    return {};
}

} // namespace csirtkit
