#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>

namespace csirtkit {

class Workspace;

// The workspace's impact × urgency → priority matrix: the shipped default (taxonomy.json) with the
// cells this workspace changed. Incidents without a priority override follow it.
class PriorityMatrix
{
    Q_DECLARE_TR_FUNCTIONS(PriorityMatrix)

public:
    using Cells = QHash<QString, QString>; // key(impact, urgency) → "P1"…"P4"

    explicit PriorityMatrix(Workspace &workspace) : m_workspace(workspace) { }

    static QString key(const QString &impact, const QString &urgency) { return impact + QLatin1Char('/') + urgency; }
    static Cells defaults();
    static Result<Cells> load(const QSqlDatabase &db);
    static Result<QString> lookup(const QSqlDatabase &db, const QString &impact, const QString &urgency);

    Result<Cells> cells() const;
    // Replaces the matrix (every cell must be given) and re-derives the priority of every incident that
    // follows it, in one transaction. Returns how many incidents changed priority.
    Result<int> set(const Cells &cells);
    Result<int> reset() { return set(defaults()); }

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
