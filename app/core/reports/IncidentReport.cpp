#include "reports/IncidentReport.h"

#include "incidents/IncidentSnapshot.h"
#include "incidents/TlpCeiling.h"
#include "incidents/IncidentJournal.h"
#include "incidents/NotificationClocks.h"
#include "incidents/Taxonomy.h"
#include "org/OrgProfileRepository.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QFileInfo>

namespace csirtkit {

namespace {

using Section = IncidentReport::Section;

struct SectionInfo
{
    Section section;
    const char *key;
    const char *title;
};

constexpr SectionInfo SectionTable[] = {
    { Section::Classification, "classification", QT_TRANSLATE_NOOP("IncidentReport", "Classification") },
    { Section::Times, "times", QT_TRANSLATE_NOOP("IncidentReport", "Times") },
    { Section::Summary, "summary", QT_TRANSLATE_NOOP("IncidentReport", "Summary") },
    { Section::Journal, "journal", QT_TRANSLATE_NOOP("IncidentReport", "Journal") },
    { Section::Tasks, "tasks", QT_TRANSLATE_NOOP("IncidentReport", "Tasks") },
    { Section::Communications, "communications", QT_TRANSLATE_NOOP("IncidentReport", "Communications") },
    { Section::Observables, "observables", QT_TRANSLATE_NOOP("IncidentReport", "Observables") },
    { Section::Notifications, "notifications", QT_TRANSLATE_NOOP("IncidentReport", "Notifications") },
    { Section::Evidence, "evidence", QT_TRANSLATE_NOOP("IncidentReport", "Evidence") },
    { Section::Artefacts, "artefacts", QT_TRANSLATE_NOOP("IncidentReport", "Artefacts") },
    { Section::Lessons, "lessons", QT_TRANSLATE_NOOP("IncidentReport", "Lessons learned") },
};

// Stored keys → labels for the values that have no shipped bilingual text.
constexpr std::pair<const char *, const char *> Words[] = {
    { "action", QT_TRANSLATE_NOOP("IncidentReport", "Action") },
    { "decision", QT_TRANSLATE_NOOP("IncidentReport", "Decision") },
    { "communication", QT_TRANSLATE_NOOP("IncidentReport", "Communication") },
    { "note", QT_TRANSLATE_NOOP("IncidentReport", "Note") },
    { "status", QT_TRANSLATE_NOOP("IncidentReport", "Status change") },
    { "incoming", QT_TRANSLATE_NOOP("IncidentReport", "Incoming") },
    { "outgoing", QT_TRANSLATE_NOOP("IncidentReport", "Outgoing") },
    { "phone", QT_TRANSLATE_NOOP("IncidentReport", "Phone") },
    { "email", QT_TRANSLATE_NOOP("IncidentReport", "E-mail") },
    { "pgp_email", QT_TRANSLATE_NOOP("IncidentReport", "PGP e-mail") },
    { "meeting", QT_TRANSLATE_NOOP("IncidentReport", "Meeting") },
    { "chat", QT_TRANSLATE_NOOP("IncidentReport", "Chat") },
    { "letter", QT_TRANSLATE_NOOP("IncidentReport", "Letter") },
    { "unverified", QT_TRANSLATE_NOOP("IncidentReport", "Not verified yet") },
    { "match", QT_TRANSLATE_NOOP("IncidentReport", "File matches its hash") },
    { "changed", QT_TRANSLATE_NOOP("IncidentReport", "File has changed") },
    { "missing", QT_TRANSLATE_NOOP("IncidentReport", "File is missing") },
};

QString word(const QString &key)
{
    for (const auto &[k, label] : Words)
        if (key == QLatin1String(k))
            return IncidentReport::tr(label);
    return key;
}

QString term(const QList<TaxonomyTerm> &terms, const QString &key, const QString &language)
{
    for (const TaxonomyTerm &t : terms)
        if (t.key == key)
            return t.title.in(language);
    return key;
}

QString duration(const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid())
        return {};
    if (to < from) // e.g. occurred before it was detected
        return IncidentReport::tr("%1 before").arg(duration(to, from));
    const qint64 minutes = from.secsTo(to) / 60;
    const qint64 days = minutes / 1440;
    const qint64 hours = minutes % 1440 / 60;
    if (days > 0)
        return IncidentReport::tr("%1 d %2 h").arg(days).arg(hours);
    if (hours > 0)
        return IncidentReport::tr("%1 h %2 min").arg(hours).arg(minutes % 60);
    return IncidentReport::tr("%1 min").arg(minutes);
}

// Writes the sections of one incident into a DocumentBuilder.
class SectionWriter
{
public:
    SectionWriter(
        DocumentBuilder &doc, const IncidentSnapshot &snapshot, const QTimeZone &zone, const QString &language)
        : m_doc(doc)
        , m_snap(snapshot)
        , m_inc(snapshot.incident)
        , m_zone(zone)
        , m_lang(language)
    { }

    void classification(const QList<QString> &assets)
    {
        const Taxonomy &tax = Taxonomy::instance();
        QString status = term(tax.statuses(), m_inc.status, m_lang);
        if (m_inc.status == QLatin1String("duplicate") && !m_snap.duplicateOfIdent.isEmpty())
            status = IncidentReport::tr("%1 of %2").arg(status, m_snap.duplicateOfIdent);
        else if (!m_inc.statusReason.isEmpty())
            status = IncidentReport::tr("%1: %2").arg(status, m_inc.statusReason);
        QString priority
            = IncidentReport::tr("%1 (impact %2, urgency %3)")
                  .arg(term(tax.priorities(), m_inc.priority, m_lang),
                      term(tax.levels(), m_inc.impact, m_lang), term(tax.levels(), m_inc.urgency, m_lang));
        if (!m_inc.priorityReason.isEmpty())
            priority += QLatin1Char('\n') + IncidentReport::tr("Set by hand: %1").arg(m_inc.priorityReason);
        QString rsit;
        for (const RsitClass &c : tax.rsit())
            if (c.term.key == m_inc.rsitClass) {
                rsit = c.term.title.in(m_lang);
                for (const TaxonomyTerm &type : c.types)
                    if (type.key == m_inc.rsitType)
                        rsit = IncidentReport::tr("%1 / %2").arg(rsit, type.title.in(m_lang));
            }
        QList<DocumentBuilder::Fact> facts = {
            { IncidentReport::tr("Status"), status },
            { IncidentReport::tr("Priority"), priority },
            { IncidentReport::tr("RSIT class / type"), rsit },
            { IncidentReport::tr("JPCERT/CC category"),
                m_inc.jpcert.isEmpty() ? QString() : term(tax.jpcertCategories(), m_inc.jpcert, m_lang) },
            { IncidentReport::tr("TLP"), m_inc.tlp },
            { IncidentReport::tr("Reported via"), term(tax.reportChannels(), m_inc.channel, m_lang) },
            { IncidentReport::tr("Reporter"), m_inc.reporter },
            { IncidentReport::tr("Assignee"), m_inc.assignee },
        };
        if (!m_inc.helpers.trimmed().isEmpty())
            facts.append({ IncidentReport::tr("Helpers"), m_inc.helpers });
        if (!assets.isEmpty())
            facts.append({ IncidentReport::tr("Affected assets"), assets.join(QLatin1Char('\n')) });
        if (!m_snap.linkedIdents.isEmpty())
            facts.append(
                { IncidentReport::tr("Related incidents"), m_snap.linkedIdents.join(QStringLiteral(", ")) });
        m_doc.facts(facts);
    }

    void times()
    {
        m_doc.meta(IncidentReport::tr("Times in %1; durations counted from detection.")
                       .arg(WorkspaceTimeZone::label(m_zone)));
        // Every known time is set against detection; detection itself is where the count starts.
        const auto row = [&](const QString &label, const QDateTime &time, bool measured) {
            return QStringList { label, m_doc.dateTime(time, m_zone),
                measured ? duration(m_inc.detectedUtc, time)
                         : (time.isValid() ? IncidentReport::tr("(start)") : QString()) };
        };
        m_doc.table({ IncidentReport::tr("Milestone"), IncidentReport::tr("Time"),
                        IncidentReport::tr("Since detection") },
            { 30, 40, 30 },
            { row(IncidentReport::tr("Occurred"), m_inc.occurredUtc, true),
                row(IncidentReport::tr("Detected"), m_inc.detectedUtc, false),
                row(IncidentReport::tr("Reported"), m_inc.reportedUtc, true),
                row(IncidentReport::tr("Logged"), m_inc.createdUtc, true),
                row(IncidentReport::tr("Triaged"), m_inc.triagedUtc, true),
                row(IncidentReport::tr("Contained"), m_inc.containedUtc, true),
                row(IncidentReport::tr("Resolved"), m_inc.resolvedUtc, true),
                row(IncidentReport::tr("Closed"), m_inc.closedUtc, true) });
    }

    void journal(const QStringList &problems)
    {
        if (m_snap.journal.isEmpty())
            return m_doc.meta(IncidentReport::tr("No journal entries."));
        QHash<qint64, int> sequenceOf;
        QHash<qint64, QList<int>> correctedBy;
        for (const JournalRecord &r : m_snap.journal) {
            sequenceOf.insert(r.id, r.sequence);
            if (r.revises)
                correctedBy[r.revises] << r.sequence;
        }
        QList<QStringList> rows;
        for (const JournalRecord &r : m_snap.journal) {
            QString text = IncidentJournal::shownText(r, m_doc.language());
            if (r.revises)
                text = IncidentReport::tr("Corrects entry %1: %2").arg(sequenceOf.value(r.revises)).arg(text);
            for (int later : correctedBy.value(r.id))
                text += QLatin1Char('\n') + IncidentReport::tr("(corrected by entry %1)").arg(later);
            rows << QStringList { QString::number(r.sequence), m_doc.dateTime(r.atUtc, m_zone), r.author,
                word(r.kind), text };
        }
        m_doc.table({ IncidentReport::tr("No."), IncidentReport::tr("Time"), IncidentReport::tr("Author"),
                        IncidentReport::tr("Kind"), IncidentReport::tr("Entry") },
            { 6, 20, 15, 12, 47 }, rows);
        m_doc.meta(problems.isEmpty()
                ? IncidentReport::tr("The journal's hash chain is intact: no entry was changed or removed "
                                     "outside CSIRT Kit.")
                : problems.join(QLatin1Char('\n')));
    }

    void tasks()
    {
        if (m_snap.tasks.isEmpty())
            return m_doc.meta(IncidentReport::tr("No tasks."));
        QList<QStringList> rows;
        for (const IncidentTask &t : m_snap.tasks)
            rows << QStringList { t.text, t.owner, t.due.isValid() ? m_doc.date(t.due) : QString(),
                t.done ? IncidentReport::tr("Done %1").arg(m_doc.dateTime(t.doneUtc, m_zone)).trimmed()
                       : QString() };
        m_doc.table({ IncidentReport::tr("Task"), IncidentReport::tr("Owner"), IncidentReport::tr("Due"),
                        IncidentReport::tr("Done") },
            { 44, 16, 16, 24 }, rows);
    }

    void communications(const QList<Communication> &shown, int leftOut, const QString &ceiling)
    {
        if (shown.isEmpty() && leftOut == 0)
            return m_doc.meta(IncidentReport::tr("No communications."));
        QList<QStringList> rows;
        for (const Communication &c : shown) {
            QStringList with { c.person, c.organisation };
            with.removeAll(QString());
            QStringList what { c.summary };
            if (!c.reported.isEmpty())
                what << IncidentReport::tr("Reported: %1").arg(c.reported);
            if (!c.promised.isEmpty())
                what << IncidentReport::tr("Promised: %1").arg(c.promised);
            what.removeAll(QString());
            rows << QStringList { m_doc.dateTime(c.atUtc, m_zone), with.join(QLatin1Char('\n')),
                IncidentReport::tr("%1, %2").arg(word(c.direction), word(c.channel)),
                what.join(QLatin1Char('\n')), c.tlp };
        }
        if (!rows.isEmpty())
            m_doc.table({ IncidentReport::tr("Time"), IncidentReport::tr("With"), IncidentReport::tr("How"),
                            IncidentReport::tr("Summary"), IncidentReport::tr("TLP") },
                { 19, 17, 14, 34, 16 }, rows);
        if (leftOut > 0)
            m_doc.meta(IncidentReport::tr("Communications above the %1 ceiling, left out: %2.")
                           .arg(ceiling)
                           .arg(leftOut));
    }

    void observables()
    {
        if (m_snap.observables.isEmpty())
            return m_doc.meta(IncidentReport::tr("No observables."));
        m_doc.meta(
            IncidentReport::tr("Values are defanged (hxxp, [.]) so that they cannot be opened by mistake."));
        QList<QStringList> rows;
        for (const ObservableRow &o : m_snap.observables)
            rows << QStringList { Observable::label(o.type), Observable::defang(o.type, o.value), o.note };
        m_doc.table({ IncidentReport::tr("Type"), IncidentReport::tr("Value"), IncidentReport::tr("Note") },
            { 16, 64, 20 }, rows, 1);
    }

    void evidence()
    {
        if (m_snap.evidence.isEmpty())
            return m_doc.meta(IncidentReport::tr("No evidence registered."));
        for (const EvidenceItem &e : m_snap.evidence) {
            m_doc.heading(e.item, 3);
            QStringList collected { e.collectedBy, m_doc.dateTime(e.collectedUtc, m_zone) };
            collected.removeAll(QString());
            QString verification = word(e.verifyState);
            if (e.verifiedUtc.isValid())
                verification = IncidentReport::tr("%1 (checked %2)")
                                   .arg(verification, m_doc.dateTime(e.verifiedUtc, m_zone));
            QList<DocumentBuilder::Fact> facts { { IncidentReport::tr("Description"), e.description },
                { IncidentReport::tr("SHA-256"), e.sha256, true } };
            if (e.size >= 0)
                facts.append({ IncidentReport::tr("Size"),
                    IncidentReport::tr("%1 bytes").arg(m_doc.number(double(e.size))) });
            facts << DocumentBuilder::Fact { IncidentReport::tr("Collected"),
                collected.join(QStringLiteral(", ")) }
                  << DocumentBuilder::Fact { IncidentReport::tr("Stored at"), e.storedAt };
            if (!e.sha256.isEmpty())
                facts.append({ IncidentReport::tr("Verification"), verification });
            m_doc.facts(facts);
            const QList<CustodyTransfer> transfers = m_snap.custody.value(e.id);
            if (transfers.isEmpty())
                continue;
            m_doc.meta(IncidentReport::tr("Chain of custody:"));
            QList<QStringList> rows;
            for (const CustodyTransfer &t : transfers)
                rows << QStringList { m_doc.dateTime(t.atUtc, m_zone), t.from, t.to, t.purpose };
            m_doc.table({ IncidentReport::tr("Handed over"), IncidentReport::tr("From"),
                            IncidentReport::tr("To"), IncidentReport::tr("Purpose") },
                { 22, 22, 22, 34 }, rows);
        }
    }

    void notifications(const QList<NotificationDeadline> &deadlines)
    {
        if (deadlines.isEmpty())
            return m_doc.meta(IncidentReport::tr("No notification obligation applies to this incident."));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QList<QList<DocumentBuilder::Cell>> rows;
        using Cell = DocumentBuilder::Cell;
        for (const NotificationDeadline &d : deadlines) {
            Cell sent = d.isSent() ? Cell(m_doc.dateTime(d.sentUtc, m_zone), d.how)
                                   : Cell(d.isOverdue(now) ? IncidentReport::tr("Not sent — overdue") : IncidentReport::tr("Not sent"),
                                          QString(), d.isOverdue(now) ? Cell::Style::Alert : Cell::Style::Muted);
            rows << QList<Cell> { Cell(d.ruleTitle.in(m_lang), d.authority.in(m_lang)), d.title.in(m_lang),
                                  m_doc.dateTime(d.dueUtc, m_zone), sent };
        }
        m_doc.meta(IncidentReport::tr("Deadlines count from becoming aware: %1.").arg(m_doc.dateTime(deadlines.first().awareUtc, m_zone)));
        m_doc.table({ IncidentReport::tr("Rule"), IncidentReport::tr("Obligation"), IncidentReport::tr("Due"),
                      IncidentReport::tr("Sent") },
                    { 34, 26, 18, 22 }, rows);
    }

    void artefacts()
    {
        if (m_snap.artefacts.isEmpty())
            return m_doc.meta(IncidentReport::tr("No artefacts."));
        QList<QStringList> rows;
        for (const Artefact &a : m_snap.artefacts)
            rows << QStringList { a.title, a.syntax.isEmpty() ? IncidentReport::tr("Plain text") : a.syntax,
                                  m_doc.dateTime(a.addedUtc, m_zone), a.author,
                                  IncidentReport::tr("%1 lines").arg(m_doc.number(double(a.content.count(QLatin1Char('\n')) + 1))) };
        m_doc.meta(IncidentReport::tr("The texts themselves are kept in the workspace (Artefacts tab)."));
        m_doc.table({ IncidentReport::tr("Artefact"), IncidentReport::tr("Kind"), IncidentReport::tr("Added"),
                      IncidentReport::tr("By"), IncidentReport::tr("Size") },
                    { 34, 16, 20, 16, 14 }, rows);
    }

private:
    DocumentBuilder &m_doc;
    const IncidentSnapshot &m_snap;
    const Incident &m_inc;
    QTimeZone m_zone;
    QString m_lang;
};

} // namespace

QList<IncidentReport::Section> IncidentReport::sections()
{
    QList<Section> list;
    for (const SectionInfo &info : SectionTable)
        list << info.section;
    return list;
}

QString IncidentReport::sectionKey(Section section)
{
    for (const SectionInfo &info : SectionTable)
        if (info.section == section)
            return QString::fromLatin1(info.key);
    return {};
}

std::optional<IncidentReport::Section> IncidentReport::sectionFromKey(const QString &key)
{
    for (const SectionInfo &info : SectionTable)
        if (key.trimmed().toLower() == QLatin1String(info.key))
            return info.section;
    return std::nullopt;
}

QString IncidentReport::sectionTitle(Section section)
{
    for (const SectionInfo &info : SectionTable)
        if (info.section == section)
            return tr(info.title);
    return {};
}

Result<DocumentBuilder> IncidentReport::document(
    Workspace &workspace, qint64 incidentId, const Options &options)
{
    const DocumentBuilder::LanguageScope scope(options.language);
    if (!options.tlpCeiling.isEmpty() && TlpCeiling::rank(options.tlpCeiling) < 0)
        return makeError(ErrorCode::Invalid,
            tr("“%1” is not a TLP label. Use TLP:CLEAR, TLP:GREEN, TLP:AMBER, "
               "TLP:AMBER+STRICT or TLP:RED.")
                .arg(options.tlpCeiling));
    const QString ceiling = options.tlpCeiling.trimmed().toUpper();
    auto snapshot = IncidentSnapshot::load(workspace, incidentId, options.language);
    if (!snapshot)
        return snapshot.error();
    const Incident &incident = snapshot->incident;
    if (!TlpCeiling::allows(ceiling, incident.tlp))
        return makeError(ErrorCode::Invalid,
            tr("%1 is marked %2, above the %3 ceiling chosen for this report, so no report "
               "was made. Choose a ceiling of %2 or higher to report on it.")
                .arg(incident.ident, incident.tlp, ceiling));
    QList<Communication> shown;
    QString tlp = incident.tlp;
    for (const Communication &c : std::as_const(snapshot->communications))
        if (TlpCeiling::allows(ceiling, c.tlp) && !options.leaveOut.contains(Section::Communications)) {
            shown << c;
            tlp = TlpCeiling::stricter(tlp, c.tlp); // the document carries its most restricted part's label
        }
    const int leftOut = int(snapshot->communications.size() - shown.size());
    QStringList problems;
    if (!options.leaveOut.contains(Section::Journal)) {
        auto verified = IncidentJournal(workspace).verify(incidentId);
        if (!verified)
            return verified.error();
        for (const IncidentJournal::Problem &p : std::as_const(*verified))
            problems << p.message;
    }
    auto organisation = OrgProfileRepository(workspace).value(OrgProfile::Field::Name);
    if (!organisation)
        return organisation.error();
    const QDate date = options.date.isValid() ? options.date : QDate::currentDate();
    DocumentBuilder doc(options.language, QStringLiteral("%1: %2").arg(incident.ident, incident.title),
        *organisation, date, tlp);
    doc.tlpBanner();
    doc.meta(tr("%1 · Incident report of %2").arg(*organisation, doc.date(date)));
    QStringList assets;
    for (const AffectedAsset &a : std::as_const(snapshot->assets))
        assets << (a.address.isEmpty() ? a.name : tr("%1 (%2)").arg(a.name, a.address));
    QList<NotificationDeadline> deadlines;
    if (!options.leaveOut.contains(Section::Notifications)) {
        auto clocks = NotificationClocks(workspace).deadlines(incidentId);
        if (!clocks)
            return clocks.error();
        deadlines = *clocks;
    }
    SectionWriter sections(doc, *snapshot, WorkspaceTimeZone::read(workspace), doc.language());
    for (const SectionInfo &info : SectionTable) {
        if (options.leaveOut.contains(info.section))
            continue;
        doc.heading(tr(info.title));
        switch (info.section) {
        case Section::Classification:
            sections.classification(assets);
            break;
        case Section::Times:
            sections.times();
            break;
        case Section::Summary:
            doc.paragraph(incident.summary);
            break;
        case Section::Journal:
            sections.journal(problems);
            break;
        case Section::Tasks:
            sections.tasks();
            break;
        case Section::Communications:
            sections.communications(shown, leftOut, ceiling);
            break;
        case Section::Observables:
            sections.observables();
            break;
        case Section::Evidence:
            sections.evidence();
            break;
        case Section::Lessons:
            doc.paragraph(incident.lessons);
            break;
        case Section::Notifications:
            sections.notifications(deadlines);
            break;
        case Section::Artefacts:
            sections.artefacts();
            break;
        }
    }
    return doc;
}

Result<QString> IncidentReport::markdown(Workspace &workspace, qint64 incidentId, const Options &options)
{
    auto doc = document(workspace, incidentId, options);
    if (!doc)
        return doc.error();
    return doc->markdown();
}

Result<void> IncidentReport::write(
    Workspace &workspace, qint64 incidentId, const Options &options, Format format, const QString &path)
{
    const DocumentBuilder::LanguageScope scope(options.language); // "Page N of M" and the errors too
    auto doc = document(workspace, incidentId, options);
    if (!doc)
        return doc.error();
    return doc->write(format, path, workspace.filePath());
}

Result<void> IncidentReport::write(
    Workspace &workspace, qint64 incidentId, const Options &options, const QString &path)
{
    const auto format = DocumentFormats::requireForPath(path);
    if (!format)
        return format.error();
    return write(workspace, incidentId, options, format.value(), path);
}

} // namespace csirtkit
