#pragma once

#include <QCoreApplication>
#include <QStringList>

namespace csirtkit {

// The JPCERT/CC handling flow: New (received) → Triage → Response → Resolved → Closed, with
// Rejected (not an incident or out of scope, with a reason) and Duplicate (of another incident)
// from New or Triage, and reopening of closed, rejected and duplicate incidents.
class IncidentWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(IncidentWorkflow)

public:
    static QStringList statuses();
    // A status's name in `language` ("response" → "Response" / 対応中), from the taxonomy; the key if unknown.
    static QString statusName(const QString &status, const QString &language);
    static QStringList next(const QString &from);
    static bool allowed(const QString &from, const QString &to) { return next(from).contains(to); }
    static bool isOpen(const QString &status);
    // A sentence saying why `from` → `to` is refused and what is possible instead.
    static QString refusal(const QString &from, const QString &to);
};

} // namespace csirtkit
