#include "exchange/CsvImporter.h"
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

namespace {

constexpr int MaxListedIssues = 1000;
const QStringList DateFields = { QStringLiteral("occurred"), QStringLiteral("detected"), QStringLiteral("reported") };
// Times the workflow sets, and the record's own: kept as the file gives them.
const QStringList MilestoneFields = { QStringLiteral("triaged"), QStringLiteral("contained"), QStringLiteral("resolved"),
                                      QStringLiteral("closed"), QStringLiteral("created"), QStringLiteral("updated") };

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
    for (const QString &key : fieldKeys()) { // the export's own titles in either language, and the keys
        names.insert(CsvValues::headerKey(key), key);
        for (const QString &language : Language::available())
            names.insert(CsvValues::headerKey(CsvExporter::columnTitle(key, language)), key);
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
        if (const int column = m_columnOf.value(it.key(), -1);
            column >= 0 && (DateFields.contains(it.value()) || MilestoneFields.contains(it.value())) && !columns.contains(column))
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
    QString ident;          // the ID column's value
    QString status;         // empty: new
    QString statusReason;
    QString duplicateOf;    // the ID of the incident this one duplicates
    QString priority;       // empty: the matrix's
    QString priorityReason;
    QList<QDateTime> milestones; // as MilestoneFields; invalid when not given
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

// The labels of `terms` in the UI's language, as a list to quote in a message.
QString accepted(const QList<TaxonomyTerm> &terms)
{
    QStringList titles;
    for (const TaxonomyTerm &term : terms)
        titles << term.title.in(Language::current());
    return titles.join(CsvImporter::tr(", ", "between listed values"));
}

} // namespace

Result<ImportReport> CsvImporter::run(const CsvMapping &mapping, const QSqlDatabase &db, const Progress &progress,
                                      qint64 progressOffset, qint64 progressTotal, const Sink &sink,
                                      const DuplicateSink &duplicateSink) const
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
    QSet<QString> fileIdents;     // the ID column's values of the rows to create
    QList<std::pair<Row, qint64>> duplicates; // rows marked as duplicates, with their new ids
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
                note(QStringLiteral("channel"),
                     tr("“%1” is not a report channel. Use one of: %2.").arg(v, accepted(Taxonomy::instance().reportChannels())),
                     tr("The channel is set to “other”."));
            }
        }
        for (const QString &field : { QStringLiteral("impact"), QStringLiteral("urgency") }) {
            QString &target = field == QLatin1String("impact") ? d.impact : d.urgency;
            if (const QString v = value(field); !v.isEmpty()) {
                target = vocabulary.levels.value(CsvValues::folded(v));
                if (target.isEmpty()) {
                    target = QStringLiteral("medium");
                    note(field, tr("“%1” is not one of: %2.").arg(v, accepted(Taxonomy::instance().levels())), tr("It is set to medium."));
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
                QList<TaxonomyTerm> choices; // the classes, or the types of a class that was recognised
                if (classKey.isEmpty())
                    for (const RsitClass &c : Taxonomy::instance().rsit())
                        choices << c.term;
                else
                    for (const RsitClass &c : Taxonomy::instance().rsit())
                        if (c.term.key == classKey)
                            choices = c.types;
                note(rsitClass.isEmpty() ? QStringLiteral("rsit_type") : QStringLiteral("rsit_class"),
                     tr("“%1 / %2” is not an RSIT class and type. Use one of: %3.").arg(rsitClass, rsitType, accepted(choices)),
                     tr("The incident is left unclassified."));
            } else {
                d.rsitClass = classKey;
                d.rsitType = typeKey;
            }
        }
        if (const QString v = value(QStringLiteral("jpcert")); !v.isEmpty()) {
            d.jpcert = vocabulary.jpcert.value(CsvValues::folded(v));
            if (d.jpcert.isEmpty())
                note(QStringLiteral("jpcert"), tr("“%1” is not a JPCERT/CC report category. Use one of: %2.")
                                                   .arg(v, accepted(Taxonomy::instance().jpcertCategories())),
                     tr("The category follows from the RSIT classification."));
        }
        if (const QString v = value(QStringLiteral("status")); !v.isEmpty()) {
            row.status = vocabulary.statuses.value(CsvValues::folded(v));
            if (row.status.isEmpty())
                note(QStringLiteral("status"), tr("“%1” is not a status. Use one of: %2.").arg(v, accepted(Taxonomy::instance().statuses())),
                     tr("The incident is imported as new."));
        }
        row.statusReason = value(QStringLiteral("status_reason"));
        row.duplicateOf = value(QStringLiteral("duplicate_of"));
        if (row.status == QLatin1String("rejected") && row.statusReason.isEmpty())
            row.statusReason = tr("Rejected in the imported CSV file (row %1).").arg(row.number);
        if (row.status == QLatin1String("duplicate") && row.duplicateOf.isEmpty()) {
            note(QStringLiteral("status"), tr("The incident is marked as a duplicate but the row does not say of which incident."),
                 tr("It is imported as rejected, with that as the reason."));
            row.status = QStringLiteral("rejected");
            row.statusReason = tr("A duplicate in the imported CSV file (row %1); the incident it duplicates was not given.").arg(row.number);
        }
        if (row.status != QLatin1String("duplicate"))
            row.duplicateOf.clear();
        if (const QString v = value(QStringLiteral("priority")); !v.isEmpty()) {
            row.priority = vocabulary.priorities.value(CsvValues::folded(v));
            if (row.priority.isEmpty())
                note(QStringLiteral("priority"), tr("“%1” is not a priority. Use one of: %2.").arg(v, accepted(Taxonomy::instance().priorities())),
                     tr("The priority follows from the impact and urgency."));
        }
        row.priorityReason = value(QStringLiteral("priority_reason"));
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
                block(field, TextRules::sentences({ valid.error().message, tr("Check the date format (%1).").arg(dateFormat) }));
            *times[DateFields.indexOf(field)] = t;
            normalised.insert(field, t.isValid() ? t.toString(Qt::ISODate) : v);
        }
        for (const QString &field : MilestoneFields) {
            QDateTime t;
            if (const QString v = value(field); !v.isEmpty()) {
                t = CsvValues::parseDate(v, dateFormat, m_zone);
                if (!t.isValid())
                    note(field, tr("“%1” is not a date and time in the form %2 or ISO 8601.").arg(v, dateFormat),
                         tr("The time is left empty."));
                else if (auto valid = IncidentRepository::validateTime(t, v); !valid)
                    block(field, TextRules::sentences({ valid.error().message, tr("Check the date format (%1).").arg(dateFormat) }));
            }
            row.milestones << t;
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
            for (const auto &[key, reason] : { std::pair { QStringLiteral("status_reason"), row.statusReason },
                                               std::pair { QStringLiteral("priority_reason"), row.priorityReason } })
                if (auto valid = TextRules::check(reason, TextRules::Kind::Lines, fieldTitle(key)); !valid)
                    block(key, valid.error().message);
        }
        if (blocked)
            continue;

        // A stable id: the source's own, or a hash of what the row says.
        row.ident = value(QStringLiteral("ident"));
        if (!row.ident.isEmpty()) {
            row.externalId = QStringLiteral("csv:") + row.ident;
        } else {
            for (qsizetype m = 0; m < MilestoneFields.size(); ++m)
                if (row.milestones.at(m).isValid())
                    normalised.insert(MilestoneFields.at(m), row.milestones.at(m).toString(Qt::ISODate));
            for (const QString &key : { QStringLiteral("title"), QStringLiteral("summary"), QStringLiteral("reporter"),
                                        QStringLiteral("contact"), QStringLiteral("assignee"), QStringLiteral("helpers"),
                                        QStringLiteral("lessons") })
                normalised.insert(key, value(key));
            for (const auto &[key, v] : { std::pair { QStringLiteral("channel"), d.channel }, { QStringLiteral("impact"), d.impact },
                                          { QStringLiteral("urgency"), d.urgency }, { QStringLiteral("rsit"), d.rsitClass + QLatin1Char('/') + d.rsitType },
                                          { QStringLiteral("jpcert"), d.jpcert }, { QStringLiteral("tlp"), d.tlp },
                                          { QStringLiteral("status"), row.status }, { QStringLiteral("priority"), row.priority },
                                          { QStringLiteral("status_reason"), row.statusReason },
                                          { QStringLiteral("priority_reason"), row.priorityReason },
                                          { QStringLiteral("duplicate_of"), row.duplicateOf } })
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
            if (!row.ident.isEmpty())
                fileIdents.insert(row.ident);
            qint64 id = 0;
            if (sink) {
                auto written = sink(row);
                if (!written)
                    return makeError(written.error().code, tr("Row %1 could not be imported: %2 Nothing was imported.")
                                                               .arg(row.number).arg(written.error().message));
                id = *written;
            }
            if (row.status == QLatin1String("duplicate"))
                duplicates.append({ row, id });
        }
        if (progress && report.records % 256 == 0 && !progress(progressOffset + reader.position(), progressTotal))
            return makeError(ErrorCode::Invalid, sink ? tr("The CSV import was cancelled; nothing was imported.")
                                                      : tr("The check of the CSV file was cancelled."));
    }
    if (reader.failed())
        issues.block(reader.record(), QString(), reader.error().message);

    // Duplicates name their original by its ID: a row of the file (written by now) or an incident
    // of the workspace (by its identifier or the ID it was imported with).
    for (const auto &[row, id] : std::as_const(duplicates)) {
        const QString &original = row.duplicateOf;
        const QString external = QStringLiteral("csv:") + original;
        auto found = sql::scalar(db, QStringLiteral("SELECT id FROM incident WHERE (external_id = ? OR ident = ?) AND id <> ? "
                                                    "ORDER BY external_id = ? DESC LIMIT 1"),
                                 { external, original, id, external });
        if (!found)
            return found.error();
        const qint64 target = found->isNull() ? 0 : found->toLongLong();
        const bool resolvable = target > 0 || (original != row.ident && fileIdents.contains(original));
        const QString reason = resolvable ? QString() : tr("A duplicate of “%1” in the imported CSV file (row %2), which is not in this workspace.")
                                                       .arg(original).arg(row.number);
        if (!resolvable)
            issues.add(row.number, m_header.value(index.value(QStringLiteral("duplicate_of"), -1)),
                       tr("“%1” is neither an ID in this file nor an incident in this workspace.").arg(original),
                       tr("The incident is imported as rejected, with that as the reason."), false);
        if (duplicateSink)
            if (auto written = duplicateSink(row, id, target, reason); !written)
                return makeError(written.error().code, tr("Row %1 could not be imported: %2 Nothing was imported.")
                                                           .arg(row.number).arg(written.error().message));
    }
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
