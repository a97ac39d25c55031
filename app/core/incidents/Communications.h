#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QDateTime>

namespace csirtkit {

class Workspace;

struct Communication
{
    qint64 id = 0;
    qint64 incidentId = 0;
    QDateTime atUtc;
    QString direction = QStringLiteral("incoming"); // incoming, outgoing
    QString channel = QStringLiteral("email");      // phone, email, pgp_email, meeting, chat, letter
    QString person;
    QString organisation;
    QString summary;
    QString tlp = QStringLiteral("TLP:AMBER");
    QString callback; // phone entries: call-back number, what was reported, what was promised
    QString reported;
    QString promised;
    QString author;
};

// The communications log: who, which channel, which direction, when, what, under which TLP.
class Communications
{
    Q_DECLARE_TR_FUNCTIONS(Communications)

public:
    explicit Communications(Workspace &workspace) : m_workspace(workspace) { }

    static QStringList channels();
    Result<qint64> add(const Communication &entry);
    // The same inside a transaction the caller holds (e.g. marking a notification as sent).
    static Result<qint64> addIn(QSqlDatabase &db, const Communication &entry);
    static Result<void> validate(const Communication &entry);
    Result<QList<Communication>> list(qint64 incidentId) const;

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
