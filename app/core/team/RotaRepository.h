#pragma once

#include "common/Result.h"
#include "team/RotaPlanner.h"
#include "team/TeamTypes.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace csirtkit {

class Workspace;

// How the team runs its on-call rota: the rules of the planner, who is eligible and the escalation chain.
struct RotaSettings
{
    RotaRules rules;
    QString role = QStringLiteral("incident_handler"); // its holder and deputies are eligible …
    QList<qint64> people;                              // … unless people are named here
    int escalateToSecondaryMinutes = 15;               // no acknowledgement from the primary
    int escalateToCommanderMinutes = 30;               // no acknowledgement from the secondary either

    QJsonObject toJson() const;
    static RotaSettings fromJson(const QJsonObject &json);
    QString problem() const; // a sentence naming the first unusable value, empty when all are usable
    static QString periodKey(RotaPeriod period); // "weekly", "half-week", "daily"
    static std::optional<RotaPeriod> periodFromKey(const QString &key);
};

struct RotaEntry
{
    RotaShift shift;
    QString agreedBy; // who agreed to a hand edit or swap
    QString handover; // the note for the next person on duty
};

// The stored rota: shifts, hand edits and handover notes, and the settings. Generating never saves by
// itself; save() replaces the planned (not hand-edited) shifts of a range in one transaction.
class RotaRepository
{
    Q_DECLARE_TR_FUNCTIONS(RotaRepository)

public:
    explicit RotaRepository(Workspace &workspace) : m_workspace(workspace) { }

    Result<RotaSettings> settings() const;
    Result<void> setSettings(const RotaSettings &settings);
    // The active people the rota may choose from, in name order.
    Result<QList<RotaPerson>> eligible() const;
    Result<QList<RotaAbsence>> absences() const;
    // Stored shifts that overlap [from, to], in date order.
    Result<QList<RotaEntry>> entries(QDate from, QDate to) const;
    // A plan for [from, to] that keeps the stored hand edits; refused when nobody is eligible.
    Result<RotaPlan> plan(QDate from, QDate to) const;
    // The stored shifts of [from, to], with the planner filling the periods nothing is stored for.
    Result<QList<RotaShift>> shiftsFilled(QDate from, QDate to, int *generated = nullptr) const;
    // Stores a plan's shifts: planned shifts in their periods are replaced, hand edits are kept.
    Result<void> save(const QList<RotaShift> &shifts);
    // A hand edit or a swap (several shifts at once): stored as fixed, with who agreed.
    Result<void> setShifts(const QList<RotaShift> &shifts, const QString &agreedBy);
    Result<void> setHandover(QDate start, const QString &note);
    // The shift on duty at `utc` and the one after it (start invalid when none is stored).
    Result<std::pair<RotaEntry, RotaEntry>> nowAndNext(const QDateTime &utc) const;
    Result<QString> calendarId() const;

    // Public holidays of the shipped list (resources/content/holidays_jp.json), all years.
    static const QSet<QDate> &holidays();
    static QString holidayName(QDate date, const QString &language);

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
