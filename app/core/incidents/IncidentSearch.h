#pragma once

#include "common/Result.h"

#include <QCoreApplication>

namespace csirtkit {

class Workspace;

// Full-text search over incidents (title, summary, lessons, journal, communications, observables,
// artefacts) with the FTS5 trigram index. Every term must match; "quoted words" form a phrase;
// terms shorter than three characters (common in Japanese) are matched by substring instead.
class IncidentSearch
{
    Q_DECLARE_TR_FUNCTIONS(IncidentSearch)

public:
    explicit IncidentSearch(Workspace &workspace) : m_workspace(workspace) { }

    struct Hit
    {
        qint64 id = 0;
        QString ident;
        QString title;
    };
    Result<QList<Hit>> search(const QString &query, int limit = 500) const;
    static QStringList terms(const QString &query); // split on spaces, "quoted phrases" kept whole

    // The query as an SQL condition on incident ids, for lists that combine it with other filters:
    // `sql` is "id IN (SELECT …)" with `bindings`; `match` is the FTS5 expression (empty when every
    // term is shorter than three characters), for snippets.
    struct Condition
    {
        QString sql;
        QVariantList bindings;
        QString match;
        QString ftsWhere; // the same condition on incident_fts aliased f, with the same bindings
    };
    static Result<Condition> condition(const QString &query, const QString &idColumn = QStringLiteral("id"));

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
