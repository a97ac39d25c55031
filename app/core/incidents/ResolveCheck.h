#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace csirtkit {

class Workspace;

// What is still open when an incident is resolved or closed: tasks not done, notifications not
// sent, times not known, lessons learned not written — as sentences in the UI's language, so the
// handler sees them before the step and can still take it with a reason, which is journaled.
class ResolveCheck
{
    Q_DECLARE_TR_FUNCTIONS(ResolveCheck)

public:
    // Only "resolved" and "closed" are checked; other steps have nothing to finish first. The
    // lessons learned are left out: the dialog asks for them itself (lessonsMissing()).
    static Result<QStringList> openItems(Workspace &workspace, qint64 incidentId, const QString &to);
    static bool checks(const QString &to);
    static QString lessonsMissing();
    // `openItems` and, when `lessons` is blank, the missing lessons learned: what stands in the way.
    static QStringList stillOpen(const QStringList &openItems, const QString &lessons);
    // The journal comment of a step taken with items still open: the items and the reason.
    static QString overrideComment(const QStringList &openItems, const QString &reason);
};

} // namespace csirtkit
