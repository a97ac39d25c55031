#pragma once

#include "common/Result.h"
#include "phases/ContentLibrary.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace csirtkit {

class Workspace;

// A heading a draft notice carries: what the regulator asks to be told, with a hint of what to write.
struct NoticeItem
{
    LocalText title;
    LocalText hint;
};

struct NotificationObligation
{
    QString key;
    LocalText title;
    LocalText hint;
    int hours = 0; // the deadline: this much after becoming aware (or after `after`)
    int days = 0;
    int months = 0;
    QString after; // key of an earlier obligation the deadline counts from (its sending, else its due time)
    QList<NoticeItem> items; // in the regulator's order; empty: the draft's general headings
};

struct NotificationRule
{
    QString key;
    LocalText title;
    LocalText authority;
    LocalText description;
    QList<NotificationObligation> obligations;
    bool shipped = true; // false: added in this workspace

    QJsonObject toJson() const;
    static Result<NotificationRule> fromJson(const QJsonObject &json); // checked: keys, deadlines, references
};

// Regulatory and contractual notification rules: the ones shipped in
// resources/content/notification_rules.json (Japan's APPI, GDPR Art. 33, NIS2 Art. 23) and those a
// workspace adds (e.g. a customer contract's notice period).
class NotificationRules
{
    Q_DECLARE_TR_FUNCTIONS(NotificationRules)

public:
    explicit NotificationRules(Workspace &workspace) : m_workspace(workspace) { }

    static const QList<NotificationRule> &shipped();
    Result<QList<NotificationRule>> all() const;
    Result<NotificationRule> rule(const QString &key) const;
    // Adds or replaces a workspace rule; shipped rules cannot be replaced.
    Result<void> save(const NotificationRule &rule);
    Result<void> remove(const QString &key);
    // A key for a new rule made from its title ("Customer contract notice" → "customer_contract_notice"),
    // not one of `taken`; "rule_N" when the title has no Latin letters or digits.
    static QString keyFor(const QString &title, const QStringList &taken);

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
