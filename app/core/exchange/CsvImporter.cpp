#include "exchange/CsvImporter.h"
#include "incidents/Taxonomy.h"
#include "common/Language.h"

#include "common/TextRules.h"
#include "exchange/CsvExporter.h"
#include "exchange/CsvValues.h"
#include "incidents/IncidentRepository.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace csirtkit {

namespace {

constexpr int MaxListedIssues = 1000;
const QStringList DateFields = { QStringLiteral("occurred"), QStringLiteral("detected"), QStringLiteral("reported") };

} // namespace

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
             QStringLiteral("helpers"),  QStringLiteral("lessons") };
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
    for (const QString &key : fieldKeys()) { // the export's own titles in the current language, and the keys
        names.insert(CsvValues::headerKey(key), key);
        names.insert(CsvValues::headerKey(fieldTitle(key)), key);
    }
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
        if (const int column = m_columnOf.value(it.key(), -1); column >= 0 && DateFields.contains(it.value()) && !columns.contains(column))
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

struct CsvImporter::Row
{
    int number = 0; // the spreadsheet row (the header is row 1)
    IncidentDraft draft;
    QString helpers;
    QString lessons;
    QString externalId;
};

namespace {

// Collects issues; lists the first thousand, counts the rest.
class Issues
{
public:
    explicit Issues(ImportReport &report) : m_report(report) { }
    void add(int row, const QString &field, const QString &problem, const QString &consequence, bool blocking)
    {
        if (m_report.issues.size() < MaxListedIssues) {
            m_report.issues.append({ row, field, problem, consequence, blocking });
        } else {
            ++m_unlisted;
            m_unlistedBlocking = m_unlistedBlocking || blocking;
        }
    }
    void block(int row, const QString &field, const QString &problem)
    {
        add(row, field, problem, CsvImporter::tr("Nothing is imported until this is corrected."), true);
    }
    void finish()
    {
        if (m_unlisted > 0)
            m_report.issues.append({ 0, QString(), CsvImporter::tr("%n more problem(s) were found.", nullptr, m_unlisted),
                                     CsvImporter::tr("Correct the problems listed first and check again."), m_unlistedBlocking });
    }

private:
    ImportReport &m_report;
    int m_unlisted = 0;
    bool m_unlistedBlocking = false;
};

} // namespace

Result<ImportReport> CsvImporter::run(const CsvMapping &mapping, const QSqlDatabase &db, const Progress &progress,
                                      qint64 progressOffset, qint64 progressTotal, const Sink &sink) const
{
    ImportReport report;
    Issues issues(report);
    if (m_header.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Choose a CSV file to import first."));

    // Which column fills which field.
    QHash<QString, int> index;
    for (auto it = mapping.columns.cbegin(); it != mapping.columns.cend(); ++it) {
        const QString &name = it.key();
        const QString &field = it.value();
        const int column = m_columnOf.value(name, -1);
        if (field.isEmpty())
            continue;
        if (column < 0)
            issues.add(0, name, tr("The mapping names a column “%1” that this file does not have.").arg(name),
                       tr("It is ignored."), false);
        else if (!fieldKeys().contains(field))
            issues.add(0, name, tr("“%1” is not an incident field.").arg(field), tr("The column is not imported."), false);
        else if (index.contains(field))
            issues.block(0, name, tr("The columns “%1” and “%2” are both mapped to %3. Map only one of them.")
                                      .arg(m_header.at(index.value(field)), name, fieldTitle(field)));
        else
            index.insert(field, column);
    }
    if (!index.contains(QStringLiteral("title")))
        issues.block(0, QString(), tr("No column is mapped to the title, and every incident needs one."));
    QStringList unmapped;
    const QList<int> mapped = index.values();
    for (qsizetype c = 0; c < m_header.size(); ++c)
        if (!mapped.contains(int(c)))
            unmapped << m_header.at(c);
    if (!unmapped.isEmpty())
        issues.add(0, QString(), tr("These columns are not mapped to an incident field: %1.").arg(unmapped.join(QStringLiteral(", "))),
                   tr("Their values are not imported."), false);
    if (!index.contains(QStringLiteral("tlp")))
        issues.add(0, QString(), tr("No column gives the TLP label."), tr("Every incident is labelled TLP:AMBER."), false);
    QString dateFormat = mapping.dateFormat;
    if (dateFormat.isEmpty()) {
        bool ambiguous = false;
        dateFormat = detectDateFormat(mapping, &ambiguous);
        if (ambiguous)
            issues.add(0, QString(), tr("Every date could be read as month/day or as day/month."),
                       tr("They are read as month/day (MM/dd/yyyy); choose the date format if that is wrong."), false);
    } else if (!dateFormats().contains(dateFormat)) {
        issues.block(0, QString(), tr("“%1” is not a date format CSIRT Kit reads. Choose one of: %2.")
                                       .arg(dateFormat, dateFormats().join(QStringLiteral(", "))));
    }

    // External ids already in the workspace.
    QSet<QString> known;
    auto existing = sql::exec(db, QStringLiteral("SELECT external_id FROM incident WHERE external_id LIKE 'csv:%'"));
    if (!existing)
        return existing.error();
    while (existing->next())
        known.insert(existing->value(0).toString());

    const CsvValues::Vocabulary &vocabulary = CsvValues::Vocabulary::instance();
    const QStringList keys = fieldKeys();
    QHash<QString, int> firstRow; // external id → row
    CsvFormat::Reader reader(m_text.utf8, m_text.delimiter);
    QStringList fields;
    reader.next(fields);
    while (reader.next(fields)) {
        if (std::all_of(fields.cbegin(), fields.cend(), [](const QString &f) { return f.trimmed().isEmpty(); }))
            continue;
        ++report.records;
        Row row;
        row.number = reader.record();
        bool blocked = false;
        QMap<QString, QString> normalised; // field → value, for the row's hash
        auto value = [&](const QString &field) { return CsvValues::cell(fields, index.value(field, -1)); };
        auto column = [&](const QString &field) { return m_header.value(index.value(field, -1)); };
        auto note = [&](const QString &field, const QString &problem, const QString &consequence) {
            issues.add(row.number, column(field), problem, consequence, false);
        };
        auto block = [&](const QString &field, const QString &problem) {
            issues.block(row.number, column(field), problem);
            blocked = true;
        };
        if (fields.size() > m_header.size())
            issues.add(row.number, QString(), tr("The row has %1 values but the header names %2 columns.")
                                                   .arg(fields.size()).arg(m_header.size()),
                       tr("The values beyond the last column are ignored."), false);
        // Every mapped value before it is read as anything: control characters are never stored.
        for (const QString &field : keys) {
            const bool lines = field == QLatin1String("summary") || field == QLatin1String("lessons");
            if (!index.contains(field))
                continue;
            if (const auto refused = TextRules::problem(value(field), lines ? TextRules::Kind::Lines : TextRules::Kind::Line))
                block(field, *refused);
        }
        if (blocked)
            continue;

        IncidentDraft &d = row.draft;
        d.title = value(QStringLiteral("title"));
        if (index.contains(QStringLiteral("title")) && d.title.isEmpty())
            block(QStringLiteral("title"), tr("The title is empty, and every incident needs one."));
        d.summary = value(QStringLiteral("summary"));
        d.reporter = value(QStringLiteral("reporter"));
        d.contact = value(QStringLiteral("contact"));
        d.assignee = value(QStringLiteral("assignee"));
        row.helpers = value(QStringLiteral("helpers"));
        row.lessons = value(QStringLiteral("lessons"));
        if (const QString v = value(QStringLiteral("channel")); !v.isEmpty()) {
            d.channel = vocabulary.channels.value(CsvValues::folded(v));
            if (d.channel.isEmpty()) {
                d.channel = QStringLiteral("other");
                QStringList accepted;
                for (const TaxonomyTerm &term : Taxonomy::instance().reportChannels())
                    accepted << term.title.in(Language::current());
                note(QStringLiteral("channel"),
                     tr("“%1” is not a report channel. Use one of: %2.").arg(v, accepted.join(tr(", ", "between listed values"))),
                     tr("The channel is set to “other”."));
            }
        }
        for (const QString &field : { QStringLiteral("impact"), QStringLiteral("urgency") }) {
            QString &target = field == QLatin1String("impact") ? d.impact : d.urgency;
            if (const QString v = value(field); !v.isEmpty()) {
                target = vocabulary.levels.value(CsvValues::folded(v));
                if (target.isEmpty()) {
                    target = QStringLiteral("medium");
                    note(field, tr("“%1” is not high, medium or low.").arg(v), tr("It is set to medium."));
                }
            }
        }
        const QString rsitClass = value(QStringLiteral("rsit_class"));
        const QString rsitType = value(QStringLiteral("rsit_type"));
        if (!rsitClass.isEmpty() || !rsitType.isEmpty()) {
            QString classKey = vocabulary.classes.value(CsvValues::folded(rsitClass));
            QString typeKey;
            if (classKey.isEmpty() && rsitClass.isEmpty()) // a type alone names its class
                for (auto it = vocabulary.types.cbegin(); it != vocabulary.types.cend() && typeKey.isEmpty(); ++it)
                    if (it.value().contains(CsvValues::folded(rsitType))) {
                        typeKey = it.value().value(CsvValues::folded(rsitType));
                        classKey = vocabulary.classOfType.value(typeKey);
                    }
            if (typeKey.isEmpty())
                typeKey = vocabulary.types.value(classKey).value(CsvValues::folded(rsitType));
            if (classKey.isEmpty() || typeKey.isEmpty()) {
                note(rsitClass.isEmpty() ? QStringLiteral("rsit_type") : QStringLiteral("rsit_class"),
                     tr("“%1 / %2” is not an RSIT class and type.").arg(rsitClass, rsitType),
                     tr("The incident is left unclassified."));
            } else {
                d.rsitClass = classKey;
                d.rsitType = typeKey;
            }
        }
        if (const QString v = value(QStringLiteral("jpcert")); !v.isEmpty()) {
            d.jpcert = vocabulary.jpcert.value(CsvValues::folded(v));
            if (d.jpcert.isEmpty())
                note(QStringLiteral("jpcert"), tr("“%1” is not a JPCERT/CC report category.").arg(v),
                     tr("The category follows from the RSIT classification."));
        }
        if (const QString v = value(QStringLiteral("tlp")); !v.isEmpty()) {
            d.tlp = CsvValues::tlpLabel(v);
            if (d.tlp.isEmpty())
                block(QStringLiteral("tlp"), tr("“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, "
                                                "TLP:AMBER+STRICT or TLP:RED: who may see an incident is never guessed.").arg(v));
        }
        QDateTime *const times[] = { &d.occurredUtc, &d.detectedUtc, &d.reportedUtc }; // as DateFields
        for (const QString &field : DateFields) {
            const QString v = value(field);
            if (v.isEmpty())
                continue;
            const QDateTime t = CsvValues::parseDate(v, dateFormat, m_zone);
            if (!t.isValid())
                note(field, tr("“%1” is not a date and time in the form %2 or ISO 8601.").arg(v, dateFormat),
                     tr("The time is left empty."));
            else if (auto valid = IncidentRepository::validateTime(t, v); !valid)
                block(field, valid.error().message + QLatin1Char(' ') + tr("Check the date format (%1).").arg(dateFormat));
            *times[DateFields.indexOf(field)] = t;
            normalised.insert(field, t.isValid() ? t.toString(Qt::ISODate) : v);
        }
        // The rules every importer shares (IncidentRepository), named by this file's columns.
        if (!blocked && index.contains(QStringLiteral("title"))) {
            QString field;
            if (auto valid = IncidentRepository::validate(d, &field); !valid)
                block(field, valid.error().message);
            using TF = IncidentRepository::TextField;
            if (auto valid = IncidentRepository::validateText(TF::Helpers, row.helpers); !valid)
                block(QStringLiteral("helpers"), valid.error().message);
            if (auto valid = IncidentRepository::validateText(TF::Lessons, row.lessons); !valid)
                block(QStringLiteral("lessons"), valid.error().message);
        }
        if (blocked)
            continue;

        // A stable id: the source's own, or a hash of what the row says.
        if (const QString ident = value(QStringLiteral("ident")); !ident.isEmpty()) {
            row.externalId = QStringLiteral("csv:") + ident;
        } else {
            for (const QString &key : { QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("reporter"),
                                        QStringLiteral("contact"), QStringLiteral("assignee"), QStringLiteral("helpers"),
                                        QStringLiteral("lessons") })
                normalised.insert(key, value(key));
            for (const auto &[key, v] : { std::pair { QStringLiteral("channel"), d.channel }, { QStringLiteral("impact"), d.impact },
                                          { QStringLiteral("urgency"), d.urgency }, { QStringLiteral("rsit"), d.rsitClass + QLatin1Char('/') + d.rsitType },
                                          { QStringLiteral("jpcert"), d.jpcert }, { QStringLiteral("tlp"), d.tlp } })
                normalised.insert(key, v);
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (auto it = normalised.cbegin(); it != normalised.cend(); ++it) {
                hash.addData(it.key().toUtf8());
                hash.addData("\x1f");
                hash.addData(it.value().normalized(QString::NormalizationForm_C).toUtf8());
                hash.addData("\x1e");
            }
            row.externalId = QStringLiteral("csv:") + QString::fromLatin1(hash.result().toHex());
        }
        if (known.contains(row.externalId)) {
            ++report.duplicates;
        } else if (firstRow.contains(row.externalId)) {
            ++report.duplicates;
            issues.add(row.number, QString(), tr("The row repeats row %1.").arg(firstRow.value(row.externalId)),
                       tr("It is skipped."), false);
        } else {
            firstRow.insert(row.externalId, row.number);
            ++report.toCreate;
            if (sink)
                if (auto written = sink(row); !written)
                    return makeError(written.error().code, tr("Row %1 could not be imported: %2 Nothing was imported.")
                                                               .arg(row.number).arg(written.error().message));
        }
        if (progress && report.records % 256 == 0 && !progress(progressOffset + reader.position(), progressTotal))
            return makeError(ErrorCode::Invalid, sink ? tr("The CSV import was cancelled; nothing was imported.")
                                                      : tr("The check of the CSV file was cancelled."));
    }
    if (reader.failed())
        issues.block(reader.record(), QString(), reader.error().message);
    issues.finish();
    if (progress && !progress(progressOffset + reader.size(), progressTotal))
        return makeError(ErrorCode::Invalid, sink ? tr("The CSV import was cancelled; nothing was imported.")
                                                  : tr("The check of the CSV file was cancelled."));
    return report;
}

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
        auto report = run(mapping, db, progress, size, 2 * size, [&](const Row &row) -> Result<void> {
            auto id = IncidentRepository::createIn(db, row.draft, author, row.externalId);
            if (!id)
                return id.error();
            if (row.helpers.isEmpty() && row.lessons.isEmpty())
                return {};
            return sql::ok(sql::exec(db, QStringLiteral("UPDATE incident SET helpers = ?, lessons = ? WHERE id = ?"),
                                     { row.helpers, row.lessons, *id }));
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

} // namespace csirtkit
