// The check of a CSV import: every row read into an incident draft, with every problem by row and
// field (CsvImporter::run). Writing what it accepts is CsvImporter::import() (CsvImporter.cpp).

#include "exchange/CsvImporter.h"
#include "exchange/CsvImportRow.h"

#include "common/Language.h"
#include "common/TextRules.h"
#include "exchange/CsvValues.h"
#include "incidents/IncidentRepository.h"
#include "incidents/Taxonomy.h"
#include "workspace/SqlUtil.h"

#include <QCryptographicHash>
#include <QSet>

namespace csirtkit {

namespace {

constexpr int MaxListedIssues = 1000;

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
        QDateTime *const times[] = { &d.occurredUtc, &d.detectedUtc, &d.reportedUtc }; // as CsvImportFields::dates()
        for (const QString &field : CsvImportFields::dates()) {
            const QString v = value(field);
            if (v.isEmpty())
                continue;
            const QDateTime t = CsvValues::parseDate(v, dateFormat, m_zone);
            if (!t.isValid())
                note(field, tr("“%1” is not a date and time in the form %2 or ISO 8601.").arg(v, dateFormat),
                     tr("The time is left empty."));
            else if (auto valid = IncidentRepository::validateTime(t, v); !valid)
                block(field, TextRules::sentences({ valid.error().message, tr("Check the date format (%1).").arg(dateFormat) }));
            *times[CsvImportFields::dates().indexOf(field)] = t;
            normalised.insert(field, t.isValid() ? t.toString(Qt::ISODate) : v);
        }
        for (const QString &field : CsvImportFields::milestones()) {
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
            for (qsizetype m = 0; m < CsvImportFields::milestones().size(); ++m)
                if (row.milestones.at(m).isValid())
                    normalised.insert(CsvImportFields::milestones().at(m), row.milestones.at(m).toString(Qt::ISODate));
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


} // namespace csirtkit
