#pragma once

// The test class and its helpers, shared by tst_incidentrepository*.cpp (one executable).
#include "Fixtures.h"

#include "incidents/IncidentJournal.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentWorkflow.h"
#include "workspace/SqlUtil.h"

#include <QStandardPaths>
#include <QTimeZone>

using namespace csirtkit;

namespace {

inline IncidentDraft draft(const QString &title)
{
    IncidentDraft d;
    d.title = title;
    d.summary = QStringLiteral("Reported by the service desk.");
    d.reporter = QStringLiteral("Service desk");
    d.channel = QStringLiteral("internal_user");
    return d;
}

inline qint64 count(Workspace &ws, const QString &statement, const QVariantList &bindings = {})
{
    auto v = sql::scalar(ws.db(), statement, bindings);
    return v ? v->toLongLong() : -1;
}

inline qint64 incidentCount(Workspace &ws)
{
    return count(ws, QStringLiteral("SELECT count(*) FROM incident"));
}

inline qint64 transitionCount(Workspace &ws, qint64 id)
{
    return count(ws, QStringLiteral("SELECT count(*) FROM incident_transition WHERE incident_id = ?"), { id });
}

inline qint64 journalCount(Workspace &ws, qint64 id)
{
    return count(ws, QStringLiteral("SELECT count(*) FROM journal_entry WHERE incident_id = ?"), { id });
}

inline qint64 changeCount(Workspace &ws)
{
    return count(ws, QStringLiteral("SELECT count(*) FROM change_log"));
}

inline QString currentYear()
{
    return QString::number(QDateTime::currentDateTimeUtc().date().year());
}

} // namespace

class TestIncidentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void createStoresDraftAndJournalsIt();
    void identifiersAreNeverReused();
    void createValidates_data();
    void createValidates();
    void defaultJpcertFollowsMapping();
    void classificationIsValidated();
    void createStoresNoRsitTypeWithoutClass();
    void priorityFollowsMatrix();
    void overridePriorityNeedsReason();
    void setTextTrimsSingleLineFields();
    void controlCharactersAreRefused();
    void timesOutOfRangeAreRefused();
    void setTlpRefusesUnknownLabels();
    void editsOfMissingIncidentAreRefused();
    void transitionsRecordTimesAndJournal();
    void illegalTransitionIsRefusedUnwritten();
    void rejectedNeedsComment();
    void duplicateNeedsAnotherExistingIncident();
    void reopeningClearsResolvedAndClosedTimes();
    void timeWarnings();
    void readOnlyWorkspaceRefusesChanges();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return QDir(m_dir.path()).filePath(QString::fromLatin1(name)); }
};
