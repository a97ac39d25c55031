#pragma once

#include "common/Result.h"
#include "phases/ContentLibrary.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace csirtkit {

class Workspace;

struct Playbook
{
    QString key;
    LocalText title;
    QStringList rsit;   // "class/type"
    QStringList jpcert; // category keys
    QList<QPair<QString, LocalText>> tasks; // task key → text
};

struct IncidentTask
{
    qint64 id = 0;
    qint64 incidentId = 0;
    int position = 0;
    QString taskKey; // empty for typed tasks
    QString text;    // resolved to the language asked for
    QString owner;
    QDate due;
    bool done = false;
    QDateTime doneUtc;
};

// Tasks of an incident, typed or taken from the shipped playbooks (resources/content/playbooks.json).
class IncidentTasks
{
    Q_DECLARE_TR_FUNCTIONS(IncidentTasks)

public:
    explicit IncidentTasks(Workspace &workspace) : m_workspace(workspace) { }

    static const QList<Playbook> &playbooks();
    // Playbooks suggested for a classification (RSIT class/type, JPCERT/CC category).
    static QStringList suggested(const QString &rsitClass, const QString &rsitType, const QString &jpcert);

    Result<QList<IncidentTask>> tasks(qint64 incidentId, const QString &language) const;
    Result<qint64> add(qint64 incidentId, const QString &text);
    // Adds the playbook's tasks that the incident does not have yet; returns how many were added.
    Result<int> applyPlaybook(qint64 incidentId, const QString &playbookKey);
    Result<void> setDone(qint64 taskId, bool done);
    Result<void> setOwner(qint64 taskId, const QString &owner);
    Result<void> setDue(qint64 taskId, const QDate &due);
    Result<void> remove(qint64 taskId);

private:
    Workspace &m_workspace;
};

} // namespace csirtkit
