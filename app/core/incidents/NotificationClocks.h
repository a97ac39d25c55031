#pragma once

#include "common/Result.h"
#include "incidents/NotificationRules.h"

#include <QDateTime>
#include <QHash>

namespace csirtkit {

class Workspace;

// One obligation of a rule applied to an incident, with its deadline.
struct NotificationDeadline
{
    qint64 incidentId = 0;
    QString ruleKey;
    QString obligationKey;
    LocalText ruleTitle;
    LocalText authority;
    LocalText title;
    LocalText hint;
    QDateTime awareUtc;
    QDateTime dueUtc;
    QDateTime sentUtc; // invalid while not sent
    QString how;

    bool isSent() const { return sentUtc.isValid(); }
    bool isOverdue(const QDateTime &nowUtc) const { return !isSent() && dueUtc < nowUtc; }
};

// The notification clocks of incidents: which rules apply (from when the organisation became aware),
// each obligation's deadline, and marking one as sent — recorded in the communications log in the
// same transaction.
class NotificationClocks
{
    Q_DECLARE_TR_FUNCTIONS(NotificationClocks)

public:
    explicit NotificationClocks(Workspace &workspace) : m_workspace(workspace) { }

    Result<void> apply(qint64 incidentId, const QString &ruleKey, const QDateTime &awareUtc);
    Result<void> remove(qint64 incidentId, const QString &ruleKey);
    Result<QList<NotificationDeadline>> deadlines(qint64 incidentId) const;
    // The earliest open deadline of each of `incidentIds` that has one (for the list and the Overview).
    Result<QHash<qint64, NotificationDeadline>> nextDue(const QList<qint64> &incidentIds) const;
    // Open deadlines of all incidents, earliest first.
    Result<QList<NotificationDeadline>> open(int limit = 50) const;
    // Records the obligation as sent: when, how (a communication channel) and to whom.
    Result<void> markSent(qint64 incidentId, const QString &ruleKey, const QString &obligationKey, const QDateTime &sentUtc,
                          const QString &channel, const QString &recipient, const QString &author);

    // A draft notice for one obligation, in Markdown, from the incident's fields.
    Result<QString> draftNotice(qint64 incidentId, const QString &ruleKey, const QString &obligationKey,
                                const QString &language) const;

    // "in 2 d 5 h", "overdue by 3 h 10 min" — for the incident view, the list and the Overview.
    static QString countdown(const QDateTime &dueUtc, const QDateTime &nowUtc);

    static QList<NotificationDeadline> compute(const NotificationRule &rule, qint64 incidentId, const QDateTime &awareUtc,
                                               const QHash<QString, QPair<QDateTime, QString>> &sent);

private:
    Result<QList<NotificationDeadline>> read(const QString &where, const QVariantList &bindings) const;

    Workspace &m_workspace;
};

} // namespace csirtkit
