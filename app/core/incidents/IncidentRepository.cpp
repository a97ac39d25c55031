#include "incidents/IncidentRepository.h"

#include "incidents/IncidentIdentifiers.h"

#include "common/TextRules.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentWorkflow.h"
#include "incidents/PriorityMatrix.h"
#include "incidents/Taxonomy.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QSqlQuery>
#include <QTimeZone>

namespace csirtkit {

namespace {

constexpr auto Columns = "id, ident, title, summary, reporter, report_channel, reporter_contact, status, status_reason, "
                         "coalesce(duplicate_of, 0), impact, urgency, priority, priority_reason, rsit_class, rsit_type, "
                         "jpcert_category, tlp, occurred_utc, detected_utc, reported_utc, triaged_utc, contained_utc, "
                         "resolved_utc, closed_utc, assignee, helpers, lessons, created_utc, updated_utc";

QDateTime time(const QVariant &v)
{
    return v.isNull() ? QDateTime() : sql::fromUtcText(v.toString());
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(sql::toUtcText(t)) : sql::null();
}

Incident read(const QSqlQuery &q)
{
    Incident i;
    int c = 0;
    i.id = q.value(c++).toLongLong();
    i.ident = q.value(c++).toString();
    i.title = q.value(c++).toString();
    i.summary = q.value(c++).toString();
    i.reporter = q.value(c++).toString();
    i.channel = q.value(c++).toString();
    i.contact = q.value(c++).toString();
    i.status = q.value(c++).toString();
    i.statusReason = q.value(c++).toString();
    i.duplicateOf = q.value(c++).toLongLong();
    i.impact = q.value(c++).toString();
    i.urgency = q.value(c++).toString();
    i.priority = q.value(c++).toString();
    i.priorityReason = q.value(c++).toString();
    i.rsitClass = q.value(c++).toString();
    i.rsitType = q.value(c++).toString();
    i.jpcert = q.value(c++).toString();
    i.tlp = q.value(c++).toString();
    for (QDateTime *t : { &i.occurredUtc, &i.detectedUtc, &i.reportedUtc, &i.triagedUtc, &i.containedUtc,
                          &i.resolvedUtc, &i.closedUtc })
        *t = time(q.value(c++));
    i.assignee = q.value(c++).toString();
    i.helpers = q.value(c++).toString();
    i.lessons = q.value(c++).toString();
    i.createdUtc = time(q.value(c++));
    i.updatedUtc = time(q.value(c++));
    return i;
}

} // namespace

Result<void> IncidentRepository::validate(const IncidentDraft &d, QString *field)
{
    const auto refuse = [field](const char *name, const QString &message) {
        if (field)
            *field = QLatin1String(name);
        return makeError(ErrorCode::Invalid, message);
    };
    const Taxonomy &tax = Taxonomy::instance();
    const QString title = d.title.trimmed();
    if (title.isEmpty())
        return refuse("title", tr("Give the incident a title: a short description of what happened."));
    const std::pair<const char *, std::pair<TextField, QString>> texts[] = {
        { "title", { TextField::Title, title } },
        { "summary", { TextField::Summary, d.summary } },
        { "reporter", { TextField::Reporter, d.reporter.trimmed() } },
        { "contact", { TextField::Contact, d.contact.trimmed() } },
        { "assignee", { TextField::Assignee, d.assignee.trimmed() } },
    };
    for (const auto &[name, text] : texts)
        if (auto valid = validateText(text.first, text.second); !valid)
            return refuse(name, valid.error().message);
    if (!tax.isChannel(d.channel))
        return refuse("channel", tr("“%1” is not a report channel.").arg(TextRules::visible(d.channel)));
    if (!tax.isLevel(d.impact) || !tax.isLevel(d.urgency))
        return refuse(tax.isLevel(d.impact) ? "urgency" : "impact",
                      tr("Impact and urgency must each be high, medium or low."));
    if (!d.rsitClass.isEmpty() && !tax.isRsit(d.rsitClass, d.rsitType))
        return refuse("rsit_class", tr("“%1/%2” is not an RSIT class and type.")
                                        .arg(TextRules::visible(d.rsitClass), TextRules::visible(d.rsitType)));
    const QString jpcert = d.jpcert.isEmpty() && !d.rsitClass.isEmpty() ? tax.defaultJpcert(d.rsitClass, d.rsitType) : d.jpcert;
    if (!jpcert.isEmpty() && !tax.isJpcert(jpcert))
        return refuse("jpcert", tr("“%1” is not a JPCERT/CC report category.").arg(TextRules::visible(jpcert)));
    if (!tax.isTlp(d.tlp))
        return refuse("tlp", tr("“%1” is not a TLP label. Use TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, "
                                "TLP:GREEN or TLP:CLEAR.").arg(TextRules::visible(d.tlp)));
    const std::pair<const char *, QDateTime> times[] = { { "occurred", d.occurredUtc }, { "detected", d.detectedUtc },
                                                         { "reported", d.reportedUtc } };
    for (const auto &[name, time] : times)
        if (auto valid = validateTime(time); !valid)
            return refuse(name, valid.error().message);
    return {};
}

Result<void> IncidentRepository::validateText(TextField field, const QString &value)
{
    const bool multiline = field == TextField::Summary || field == TextField::Lessons;
    if (field == TextField::Title && value.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("An incident needs a title."));
    if (field == TextField::Title && value.size() > MaxLineLength)
        return makeError(ErrorCode::Invalid, tr("The title is too long (at most %1 characters).").arg(MaxLineLength));
    if (value.size() > (multiline ? MaxTextLength : MaxLineLength))
        return makeError(ErrorCode::Invalid, tr("The text is too long (at most %1 characters).")
                                                 .arg(multiline ? MaxTextLength : MaxLineLength));
    QString what;
    switch (field) {
    case TextField::Title: what = tr("The title"); break;
    case TextField::Summary: what = tr("The summary"); break;
    case TextField::Reporter: what = tr("The reporter"); break;
    case TextField::Contact: what = tr("The reporter's contact"); break;
    case TextField::Assignee: what = tr("The assignee"); break;
    case TextField::Helpers: what = tr("The helpers"); break;
    case TextField::Lessons: what = tr("The lessons learned"); break;
    }
    return TextRules::check(value, multiline ? TextRules::Kind::Lines : TextRules::Kind::Line, what);
}

QDateTime IncidentRepository::earliestTime()
{
    return QDateTime(QDate(1970, 1, 1), QTime(0, 0), QTimeZone::UTC);
}

Result<void> IncidentRepository::validateTime(const QDateTime &utc, const QString &shown)
{
    if (!utc.isValid())
        return {}; // unknown
    const QString text = shown.isEmpty() ? utc.toUTC().toString(Qt::ISODate) : TextRules::visible(shown);
    if (utc > QDateTime::currentDateTimeUtc().addDays(1))
        return makeError(ErrorCode::Invalid, tr("%1 is in the future. Enter when it really happened.").arg(text));
    if (utc < earliestTime())
        return makeError(ErrorCode::Invalid, tr("%1 is before 1970. Enter when it really happened.").arg(text));
    return {};
}

Result<qint64> IncidentRepository::create(const IncidentDraft &d, const QString &author)
{
    if (auto valid = validate(d); !valid)
        return valid.error();
    return m_workspace.insert(QStringLiteral("incident"), QStringLiteral("created"),
                              [&](QSqlDatabase &db) { return createIn(db, d, author); });
}

Result<qint64> IncidentRepository::createIn(QSqlDatabase &db, const IncidentDraft &d, const QString &author,
                                            const QString &externalId)
{
    if (auto valid = validate(d); !valid)
        return valid.error();
    const Taxonomy &tax = Taxonomy::instance();
    const QString title = d.title.trimmed();
    const QString jpcert = d.jpcert.isEmpty() && !d.rsitClass.isEmpty() ? tax.defaultJpcert(d.rsitClass, d.rsitType) : d.jpcert;
    const QString now = sql::nowUtcText();
    const int year = QDateTime::currentDateTimeUtc().date().year();
    auto next = IncidentIdentifiers::next(db, year);
    if (!next)
        return next.error();
    const QString ident = *next;
    auto priority = PriorityMatrix::lookup(db, d.impact, d.urgency);
    if (!priority)
        return priority.error();
    auto id = sql::insert(
        db,
        QStringLiteral("INSERT INTO incident (ident, title, summary, reporter, report_channel, reporter_contact, impact, "
                       "urgency, priority, rsit_class, rsit_type, jpcert_category, tlp, occurred_utc, detected_utc, "
                       "reported_utc, assignee, created_utc, updated_utc, external_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        { ident, title, d.summary, d.reporter.trimmed(), d.channel, d.contact.trimmed(), d.impact, d.urgency,
          *priority, d.rsitClass, d.rsitClass.isEmpty() ? QString() : d.rsitType, jpcert, d.tlp,
          timeValue(d.occurredUtc),
          timeValue(d.detectedUtc), timeValue(d.reportedUtc.isValid() ? d.reportedUtc : QDateTime::currentDateTimeUtc()),
          d.assignee.trimmed(), now, now, externalId.isEmpty() ? sql::null() : QVariant(externalId) });
    if (!id)
        return id.error();
    auto logged = IncidentJournal::appendIn(db, *id, QStringLiteral("status"),
                                            tr("Incident %1 recorded: %2").arg(ident, title), author);
    if (!logged)
        return logged.error();
    return *id;
}

Result<Incident> IncidentRepository::incident(qint64 id) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT %1 FROM incident WHERE id = ?").arg(QLatin1StringView(Columns)), { id });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("That incident no longer exists in this workspace."));
    return read(*q);
}

Result<Incident> IncidentRepository::byIdent(const QString &ident) const
{
    auto q = sql::exec(m_workspace.db(), QStringLiteral("SELECT %1 FROM incident WHERE ident = ?").arg(QLatin1StringView(Columns)),
                       { ident.trimmed().toUpper() });
    if (!q)
        return q.error();
    if (!q->next())
        return makeError(ErrorCode::NotFound, tr("There is no incident %1 in this workspace.").arg(ident));
    return read(*q);
}

Result<qint64> IncidentRepository::count() const
{
    auto v = sql::scalar(m_workspace.db(), QStringLiteral("SELECT count(*) FROM incident"));
    if (!v)
        return v.error();
    return v->toLongLong();
}

Result<void> IncidentRepository::update(qint64 id, const QString &field, const QString &assignments, const QVariantList &values)
{
    if (auto existing = incident(id); !existing)
        return existing.error();
    return m_workspace.write(QStringLiteral("incident"), field, [&](QSqlDatabase &db) {
        return sql::ok(sql::exec(db, QStringLiteral("UPDATE incident SET %1, updated_utc = ? WHERE id = ?").arg(assignments),
                            QVariantList(values) << sql::nowUtcText() << id));
    });
}

Result<void> IncidentRepository::setText(qint64 id, TextField field, const QString &value)
{
    static const QHash<int, QString> columns = { { int(TextField::Title), QStringLiteral("title") },
                                                 { int(TextField::Summary), QStringLiteral("summary") },
                                                 { int(TextField::Reporter), QStringLiteral("reporter") },
                                                 { int(TextField::Contact), QStringLiteral("reporter_contact") },
                                                 { int(TextField::Assignee), QStringLiteral("assignee") },
                                                 { int(TextField::Helpers), QStringLiteral("helpers") },
                                                 { int(TextField::Lessons), QStringLiteral("lessons") } };
    const bool multiline = field == TextField::Summary || field == TextField::Lessons;
    const QString v = multiline ? value : value.trimmed();
    if (auto valid = validateText(field, v); !valid)
        return valid;
    const QString column = columns.value(int(field));
    return update(id, column, column + QStringLiteral(" = ?"), { v });
}

Result<void> IncidentRepository::setClassification(qint64 id, const QString &rsitClass, const QString &rsitType,
                                                   const QString &jpcert)
{
    const Taxonomy &tax = Taxonomy::instance();
    if (!rsitClass.isEmpty() && !tax.isRsit(rsitClass, rsitType))
        return makeError(ErrorCode::Invalid, tr("“%1/%2” is not an RSIT class and type.").arg(rsitClass, rsitType));
    const QString category = jpcert.isEmpty() && !rsitClass.isEmpty() ? tax.defaultJpcert(rsitClass, rsitType) : jpcert;
    if (!category.isEmpty() && !tax.isJpcert(category))
        return makeError(ErrorCode::Invalid, tr("“%1” is not a JPCERT/CC report category.").arg(category));
    return update(id, QStringLiteral("classification"), QStringLiteral("rsit_class = ?, rsit_type = ?, jpcert_category = ?"),
                  { rsitClass, rsitClass.isEmpty() ? QString() : rsitType, category });
}

Result<void> IncidentRepository::setTlp(qint64 id, const QString &tlp)
{
    if (!Taxonomy::instance().isTlp(tlp))
        return makeError(ErrorCode::Invalid, tr("“%1” is not a TLP label. Use TLP:RED, TLP:AMBER+STRICT, TLP:AMBER, "
                                                "TLP:GREEN or TLP:CLEAR.").arg(tlp));
    return update(id, QStringLiteral("tlp"), QStringLiteral("tlp = ?"), { tlp });
}

Result<void> IncidentRepository::setChannel(qint64 id, const QString &channel)
{
    if (!Taxonomy::instance().isChannel(channel))
        return makeError(ErrorCode::Invalid, tr("“%1” is not a report channel.").arg(channel));
    return update(id, QStringLiteral("report_channel"), QStringLiteral("report_channel = ?"), { channel });
}

Result<void> IncidentRepository::setImpactUrgency(qint64 id, const QString &impact, const QString &urgency)
{
    const Taxonomy &tax = Taxonomy::instance();
    if (!tax.isLevel(impact) || !tax.isLevel(urgency))
        return makeError(ErrorCode::Invalid, tr("Impact and urgency must each be high, medium or low."));
    auto existing = incident(id);
    if (!existing)
        return existing.error();
    // An override stays until it is cleared; otherwise the matrix decides.
    auto derived = PriorityMatrix::lookup(m_workspace.db(), impact, urgency);
    if (!derived)
        return derived.error();
    const QString priority = existing->priorityReason.isEmpty() ? *derived : existing->priority;
    return update(id, QStringLiteral("priority"), QStringLiteral("impact = ?, urgency = ?, priority = ?"), { impact, urgency, priority });
}

Result<void> IncidentRepository::overridePriority(qint64 id, const QString &priority, const QString &reason)
{
    auto existing = incident(id);
    if (!existing)
        return existing.error();
    auto derived = PriorityMatrix::lookup(m_workspace.db(), existing->impact, existing->urgency);
    if (!derived)
        return derived.error();
    const QString matrix = *derived;
    if (priority.isEmpty() || priority == matrix)
        return update(id, QStringLiteral("priority"), QStringLiteral("priority = ?, priority_reason = ''"), { matrix });
    static const QStringList priorities = { QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4") };
    if (!priorities.contains(priority))
        return makeError(ErrorCode::Invalid, tr("“%1” is not a priority. Use P1, P2, P3 or P4.").arg(priority));
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the priority differs from the impact and urgency (%1): an "
                                                "override needs a reason.").arg(matrix));
    if (auto valid = TextRules::check(reason.trimmed(), TextRules::Kind::Line, tr("The reason")); !valid)
        return valid;
    return update(id, QStringLiteral("priority"), QStringLiteral("priority = ?, priority_reason = ?"), { priority, reason.trimmed() });
}

Result<void> IncidentRepository::transition(qint64 id, const QString &to, const QString &author, const QString &comment,
                                            qint64 duplicateOf)
{
    auto existing = incident(id);
    if (!existing)
        return existing.error();
    const QString from = existing->status;
    if (!IncidentWorkflow::allowed(from, to))
        return makeError(ErrorCode::Invalid, IncidentWorkflow::refusal(from, to));
    if (auto valid = TextRules::check(comment.trimmed(), TextRules::Kind::Lines, tr("The comment")); !valid)
        return valid;
    if (to == QLatin1String("rejected") && comment.trimmed().isEmpty())
        return makeError(ErrorCode::Invalid, tr("Say why the incident is rejected (not an incident, out of scope, …)."));
    if (to == QLatin1String("duplicate")) {
        if (!duplicateOf || duplicateOf == id)
            return makeError(ErrorCode::Invalid, tr("Choose the incident this one duplicates."));
        if (auto original = incident(duplicateOf); !original)
            return original.error();
    }
    const QString now = sql::nowUtcText();
    const bool reopening = to == QLatin1String("response") && from != QLatin1String("triage");
    return m_workspace.write(QStringLiteral("incident"), QStringLiteral("status"), [&](QSqlDatabase &db) -> Result<void> {
        // Milestone times are set once when first reached — "triaged" when triage is concluded, i.e.
        // when the incident leaves Triage — and reopening clears resolved and closed.
        QString assignments = QStringLiteral("status = ?, status_reason = ?, duplicate_of = ?, updated_utc = ?");
        if (from == QLatin1String("triage") && !existing->triagedUtc.isValid())
            assignments += QStringLiteral(", triaged_utc = '%1'").arg(now);
        if (to == QLatin1String("resolved"))
            assignments += QStringLiteral(", resolved_utc = coalesce(resolved_utc, '%1')").arg(now);
        if (to == QLatin1String("closed"))
            assignments += QStringLiteral(", closed_utc = coalesce(closed_utc, '%1')").arg(now);
        if (reopening)
            assignments += QStringLiteral(", resolved_utc = NULL, closed_utc = NULL");
        auto updated = sql::exec(db, QStringLiteral("UPDATE incident SET %1 WHERE id = ?").arg(assignments),
                                 { to, to == QLatin1String("rejected") ? comment.trimmed() : QString(),
                                   to == QLatin1String("duplicate") ? QVariant(duplicateOf) : QVariant(QMetaType(QMetaType::LongLong)),
                                   now, id });
        if (!updated)
            return updated.error();
        if (auto logged = sql::exec(db, QStringLiteral("INSERT INTO incident_transition (incident_id, at_utc, author, "
                                                       "from_status, to_status, comment) VALUES (?, ?, ?, ?, ?, ?)"),
                                    { id, now, IncidentJournal::authorName(author), from, to, comment.trimmed() }); !logged)
            return logged.error();
        QString text = QStringLiteral("%1 → %2").arg(from, to);
        if (!comment.trimmed().isEmpty())
            text += QStringLiteral(": ") + comment.trimmed();
        auto journal = IncidentJournal::appendIn(db, id, QStringLiteral("status"), text, author);
        if (!journal)
            return journal.error();
        return {};
    });
}

Result<void> IncidentRepository::setTime(qint64 id, TimeField field, const QDateTime &utc)
{
    static const QHash<int, QString> columns = { { int(TimeField::Occurred), QStringLiteral("occurred_utc") },
                                                 { int(TimeField::Detected), QStringLiteral("detected_utc") },
                                                 { int(TimeField::Reported), QStringLiteral("reported_utc") },
                                                 { int(TimeField::Contained), QStringLiteral("contained_utc") } };
    if (auto valid = validateTime(utc); !valid)
        return valid;
    const QString column = columns.value(int(field));
    return update(id, column, column + QStringLiteral(" = ?"), { timeValue(utc) });
}

Result<void> IncidentRepository::requireIncident(const QSqlDatabase &db, qint64 id)
{
    auto v = sql::scalar(db, QStringLiteral("SELECT count(*) FROM incident WHERE id = ?"), { id });
    if (!v)
        return v.error();
    if (v->toInt() == 0)
        return makeError(ErrorCode::NotFound, tr("That incident no longer exists in this workspace."));
    return {};
}

QStringList IncidentRepository::timeWarnings(const Incident &i)
{
    QStringList warnings;
    const auto before = [&](const QDateTime &later, const QDateTime &earlier, const QString &message) {
        if (later.isValid() && earlier.isValid() && later < earlier)
            warnings << message;
    };
    before(i.detectedUtc, i.occurredUtc, tr("It was detected before it occurred."));
    before(i.reportedUtc, i.detectedUtc, tr("It was reported before it was detected."));
    before(i.containedUtc, i.detectedUtc, tr("It was contained before it was detected."));
    before(i.resolvedUtc, i.detectedUtc, tr("It was resolved before it was detected."));
    before(i.closedUtc, i.resolvedUtc, tr("It was closed before it was resolved."));
    return warnings;
}

} // namespace csirtkit
