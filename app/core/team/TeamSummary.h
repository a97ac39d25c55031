#pragma once

#include <QCoreApplication>
#include <QDateTime>

namespace csirtkit {

class Workspace;

// The team in a few sentences, for the places outside the Team page that show its state: the Overview
// (open gaps, who is on call now and next) and the phase guide's people and training steps.
class TeamSummary
{
    Q_DECLARE_TR_FUNCTIONS(TeamSummary)

public:
    // "8 people, 2.4 FTE agreed for CSIRT work; 6 open gaps." — empty when the workspace cannot be read.
    // `gaps`, when given, receives the number of open gaps.
    static QString state(Workspace &workspace, const QString &language, int *gaps = nullptr);
    // "On call now: A (secondary B) until 2026-12-07 09:00; next: C from …" — empty without a saved rota.
    static QString onCall(Workspace &workspace, const QDateTime &nowUtc);
    // Markdown added to a phase guide step's guidance (the people and training steps); empty for others.
    static QString stepMarkdown(Workspace &workspace, const QString &stepKey, const QString &language);
};

} // namespace csirtkit
