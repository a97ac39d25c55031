#pragma once

#include "common/Result.h"
#include "incidents/Incident.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace csirtkit {

class Workspace;

// Incident records: creation with a never-reused INC-YYYY-NNNN identifier, field edits with
// validation, classification, TLP, priority from the impact × urgency matrix (or an override with a
// reason), and status transitions that follow IncidentWorkflow and are recorded with who, when and
// why — in the transition log and in the hash-chained journal, in the same transaction.
class IncidentRepository
{
    Q_DECLARE_TR_FUNCTIONS(IncidentRepository)

public:
    explicit IncidentRepository(Workspace &workspace) : m_workspace(workspace) { }

    enum class TextField { Title, Summary, Reporter, Contact, Assignee, Helpers, Lessons };
    enum class TimeField { Occurred, Detected, Reported, Contained }; // the others follow the workflow

    Result<qint64> create(const IncidentDraft &draft, const QString &author);
    // The same inside a transaction the caller holds (imports create many incidents in one);
    // `externalId` marks where an imported incident came from, so it is never imported twice.
    static Result<qint64> createIn(QSqlDatabase &db, const IncidentDraft &draft, const QString &author,
                                   const QString &externalId = QString());
    // The rules of every incident field, in one place: the dialogs (through the repository's
    // writes) and every importer (CSV, JSON, MISP) check with these. `field`, when given, receives the
    // draft field that failed: title, summary, reporter, channel, contact, impact, urgency,
    // rsit_class, jpcert, tlp, occurred, detected, reported or assignee.
    static Result<void> validate(const IncidentDraft &draft, QString *field = nullptr);
    // A text field's value as it is stored (single-line ones trimmed): length, and the characters
    // TextRules allows (tabs and line breaks only in the summary and the lessons learned).
    static Result<void> validateText(TextField field, const QString &value);
    static constexpr int MaxLineLength = 500;    // title, reporter, contact, assignee, helpers
    static constexpr int MaxTextLength = 200000; // summary, lessons learned
    // Any time of an incident (occurred … closed, logged, updated): not before 1970-01-01 and not
    // more than a day in the future (time zones). `shown` names it in the message (default: ISO 8601).
    static Result<void> validateTime(const QDateTime &utc, const QString &shown = {});
    static QDateTime earliestTime();
    Result<Incident> incident(qint64 id) const;
    Result<Incident> byIdent(const QString &ident) const;
    Result<qint64> count() const;

    Result<void> setText(qint64 id, TextField field, const QString &value);
    // An empty JPCERT/CC category takes the default for the RSIT type.
    Result<void> setClassification(qint64 id, const QString &rsitClass, const QString &rsitType, const QString &jpcert);
    Result<void> setTlp(qint64 id, const QString &tlp);
    Result<void> setChannel(qint64 id, const QString &channel); // how the report reached the team
    Result<void> setTime(qint64 id, TimeField field, const QDateTime &utc); // invalid: unknown
    Result<void> setImpactUrgency(qint64 id, const QString &impact, const QString &urgency);
    // A priority other than the matrix's needs a reason; an empty priority returns to the matrix.
    Result<void> overridePriority(qint64 id, const QString &priority, const QString &reason);
    // `duplicateOf` is needed for "duplicate", a comment (the reason) for "rejected".
    Result<void> transition(qint64 id, const QString &to, const QString &author, const QString &comment,
                            qint64 duplicateOf = 0);

    // NotFound unless the incident exists (for writes of related records inside their transaction).
    static Result<void> requireIncident(const QSqlDatabase &db, qint64 id);

    // Times out of order (e.g. resolved before detected), as sentences; empty when consistent.
    static QStringList timeWarnings(const Incident &incident);

private:
    Result<void> update(qint64 id, const QString &field, const QString &assignments, const QVariantList &values);

    Workspace &m_workspace;
};

} // namespace csirtkit
