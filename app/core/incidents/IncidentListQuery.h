#pragma once

#include "common/Result.h"
#include "incidents/IncidentFilter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimeZone>

namespace csirtkit {

class Workspace;

// The incident list's reads, built for 100 000 incidents: ids() returns the matching ids in sort
// order (one indexed query, read with the SQLite API directly — no per-row QVariant), and rows()
// fetches the columns of one page of them, with an FTS5 snippet of where the search matched.
class IncidentListQuery
{
    Q_DECLARE_TR_FUNCTIONS(IncidentListQuery)

public:
    enum class Column { Ident, Title, Status, Priority, Tlp, Classification, Assignee, Logged, Updated, Match, Deadline };
    static constexpr int ColumnCount = 11;

    struct Row
    {
        qint64 id = 0;
        QString ident;
        QString title;
        QString status;
        QString priority;
        QString tlp;
        QString rsitClass;
        QString rsitType;
        QString jpcert;
        QString assignee;
        QDateTime loggedUtc;
        QDateTime updatedUtc;
        QString snippet; // matched text with the hits between SnippetStart and SnippetEnd
        QDateTime deadlineUtc; // the earliest open notification deadline; invalid when none
        QString deadlineTitle;  // its obligation, in English and Japanese: "en\nja"
    };
    static constexpr QChar SnippetStart = QChar(0x02);
    static constexpr QChar SnippetEnd = QChar(0x03);

    explicit IncidentListQuery(Workspace &workspace) : m_workspace(workspace) { }

    Result<QList<qint64>> ids(const IncidentFilter &filter, Column sort, Qt::SortOrder order,
                              const QTimeZone &zone = QTimeZone::UTC) const;
    // The rows of `ids`, in that order (ids that no longer exist are left out).
    Result<QList<Row>> rows(const QList<qint64> &ids, const QString &text = QString()) const;

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
