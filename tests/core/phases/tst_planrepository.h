#pragma once

// The test class and its helpers, shared by tst_planrepository*.cpp (one executable).
#include "Fixtures.h"

#include "phases/ContentLibrary.h"
#include "phases/PlanRepository.h"
#include "workspace/SqlUtil.h"

#include <QStandardPaths>

using namespace csirtkit;

namespace {

inline ContentStep shippedStep(const QString &key)
{
    for (const ContentPhase &phase : ContentLibrary::instance().phases())
        for (const ContentStep &step : phase.steps)
            if (step.key == key)
                return step;
    qFatal("no shipped step %s", qPrintable(key));
}

inline QStringList shippedKeys(const ContentStep &step)
{
    QStringList keys;
    for (const ContentItem &item : step.items)
        keys << item.key;
    return keys;
}

inline QStringList keysOf(const QList<PlanItem> &items)
{
    QStringList keys;
    for (const PlanItem &item : items)
        keys << (item.isShipped() ? item.key : QString(QStringLiteral("user:") + item.userText));
    return keys;
}

inline qint64 changeCount(Workspace &ws)
{
    return sql::scalar(ws.db(), QStringLiteral("SELECT count(*) FROM change_log"))->toLongLong();
}

} // namespace

class TestPlanRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QVERIFY(m_dir.isValid()); }

    void newWorkspaceHasShippedContent();
    void textFollowsLanguageUntilEdited();
    void userItemNeedsText();
    void statusRoundTrips();
    void notApplicableNeedsReason();
    void ownerIsTrimmed();
    void dueDateIsStoredAndChecked();
    void progressCountsApplicableItems();
    void addItemAppendsAtEnd();
    void removeItemHidesShippedAndDeletesUserItems();
    void moveItemReorders();
    void resetStepRestoresShippedLayout();
    void resetStepKeepsUserItemOrder();
    void snapshotRestoreIsExact();
    void evidenceIsCounted();
    void syncIsIdempotentAndKeepsUserState();
    void readOnlyWorkspaceRefusesChanges();

private:
    QTemporaryDir m_dir;
    QString path(const char *name) const { return QDir(m_dir.path()).filePath(QString::fromLatin1(name)); }
    static qint64 stepId(PlanRepository &repo, const QString &key);
};
