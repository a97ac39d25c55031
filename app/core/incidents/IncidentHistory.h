#pragma once

#include "common/Result.h"
#include "phases/ContentLibrary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

#include <functional>
#include <memory>

class QRandomGenerator;
class QSqlDatabase;

namespace csirtkit {

// One made-up incident as told in resources/content/incident_stories.json: what was reported, and
// what the team wrote at each stage of handling it. Every text in English and Japanese.
struct IncidentStory
{
    struct Observable
    {
        QString type;
        QString value;
        LocalText note;
    };
    struct Line
    {
        QString stage; // the status the incident was in: new, triage, response, resolved, closed
        QString kind;  // journal kind: action, decision, note, communication
        LocalText text;
    };
    struct Contact
    {
        QString stage;
        QString direction;
        QString channel;
        LocalText person;
        LocalText organisation;
        LocalText summary;
    };
    QString key;
    QString rsitClass;
    QString rsitType;
    QString impact;
    QString urgency;
    QString channel;
    QString tlp;
    LocalText title;
    LocalText summary;
    LocalText reporter;
    QList<Observable> observables;
    QList<Line> journal;
    QList<Contact> communications;
    QString notification; // a notification rule key, or empty
    LocalText lessons;
};

// Writes made-up but coherent incidents from the stories: the incident with the milestone times its
// status has reached, the status history (transition log and hash-chained journal, each entry at the
// time it happened), the story's journal lines for the stages reached, playbook tasks done as far as
// the status has come, observables, communications, a notification clock with its first notice sent,
// and lessons learned once closed. Used by the demo workspace (its incident history) and by
// IncidentGenerator (load tests). Runs inside a transaction the caller holds, in bulk search mode:
// the caller calls beginBulk() first and index() for the written ids before committing.
class IncidentHistory
{
    Q_DECLARE_TR_FUNCTIONS(IncidentHistory)

public:
    static const QList<IncidentStory> &stories();
    static const IncidentStory *story(const QString &key);

    // The demo organisation's incident log: which story, how many days ago, how far it has come, who
    // handles it (a key of demo.json's people).
    struct Entry
    {
        QString story;
        int daysAgo = 0;
        QString status;
        QString assignee;
    };
    static const QList<Entry> &demo();
    // demo.json's people in `language`: key → name.
    static QHash<QString, QString> people(const QString &language);

    struct Plan
    {
        const IncidentStory *story = nullptr;
        QString status;        // new, triage, response, resolved or closed
        QDateTime detectedUtc; // in the past; later milestones are kept before now
        QString assignee;
        QStringList people;    // who writes the journal besides the assignee
        QString language;      // "en" or "ja": the texts written
    };

    explicit IncidentHistory(QSqlDatabase &db);
    ~IncidentHistory();
    IncidentHistory(const IncidentHistory &) = delete;
    IncidentHistory &operator=(const IncidentHistory &) = delete;

    Result<qint64> write(const Plan &plan, QRandomGenerator &random);
    // Writes `count` incidents, the i-th as plan(i) says, in bulk search mode, and indexes them.
    static Result<void> writeAll(QSqlDatabase &db, int count, const std::function<Plan(int)> &plan,
                                 QRandomGenerator &random);

    static Result<void> beginBulk(QSqlDatabase &db);
    // Indexes incidents firstId…lastId for search and leaves bulk mode.
    static Result<void> index(QSqlDatabase &db, qint64 firstId, qint64 lastId);

private:
    struct Statements;
    QSqlDatabase &m_db;
    std::unique_ptr<Statements> m_sql;
};

} // namespace csirtkit
