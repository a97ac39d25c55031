#pragma once

// The test class and its helpers, shared by tst_incidentspage*.cpp (one executable).
#include "Fixtures.h"
#include "MainWindowFixture.h"

#include "incidents/EvidenceRegister.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentListDelegate.h"
#include "incidents/IncidentListModel.h"
#include "incidents/IncidentListPanel.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentTasks.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentWorkflow.h"
#include "incidents/IncidentsPage.h"
#include "incidents/NewIncidentDialog.h"
#include "incidents/SavedFilters.h"
#include "incidents/TransitionDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>

using namespace csirtkit;

namespace {
enum TabIndex { DetailsIndex, JournalIndex, TasksIndex, CommunicationsIndex, ObservablesIndex, EvidenceIndex, ArtefactsIndex };
using Column = IncidentListModel::Column;
const QString Hostile = QStringLiteral("<img src=x onerror=alert(1)>");
const QString HostileLink = QStringLiteral("<a href=\"file:///etc/passwd\">x</a>");
} // namespace

class TestIncidentsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::MainWindowFixture::initTestCase(); }
    void init();
    void cleanup() { f.cleanup(); }

    void emptyStateInvitesToLogTheFirstIncident();
    void createdIncidentOpensWithItsPlaybook();
    void workflowOffersOnlyTheNextSteps();
    void resolvingShowsWhatIsStillOpen();
    void rejectNeedsAReason();
    void duplicateNeedsARealOriginal();
    void refusedTransitionShowsTheRealStatus();
    void workingAnIncidentThroughItsTabs();
    void searchFindsWhatWasWritten();
    void filtersNarrowTheList();
    void savedFilterIsKeptInTheWorkspace();
    void keyboardOpensAndReturns();
    void pageShortcutsAreUnambiguous();
    void columnsAndHeaderStateAreRemembered();
    void headerClickSorts();
    void userTextNeverRendersAsMarkup();
    void titleEditIsUndoable();
    void readOnlyWorkspaceLogsNothing();

private:
    IncidentsPage *page() const { return f.window->findChild<IncidentsPage *>(); }
    IncidentListPanel *list() const { return page()->list(); }
    IncidentView *view() const { return page()->view(); }
    IncidentListModel *model() const { return list()->model(); }
    QTableView *table() const { return list()->view(); }
    template<typename T>
    T *inList(const QString &name) const
    {
        auto *w = list()->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s in the list", qPrintable(name));
        return w;
    }
    template<typename T>
    T *inView(const QString &name) const
    {
        auto *w = view()->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s in the incident view", qPrintable(name));
        return w;
    }
    template<typename T>
    T *visible(const QString &name) const
    {
        // Closed dialogs linger until deferred deletion; take the one on screen.
        for (T *w : f.window->findChildren<T *>(name))
            if (w->isVisible())
                return w;
        return nullptr;
    }
    bool onList() const { return list()->isVisible() && !view()->isVisible(); }
    qint64 createViaDialog(const QString &title, const QString &rsitClass = {}, const QString &rsitType = {});
    qint64 createDirectly(const QString &title, const QString &assignee = {}, const QString &tlp = QStringLiteral("TLP:AMBER"),
                          const QString &impact = QStringLiteral("medium"));
    Incident incident(qint64 id) const { return IncidentRepository(f.workspace()).incident(id).value(); }
    QList<JournalRecord> journal(qint64 id) const { return IncidentJournal(f.workspace()).entries(id).value(); }
    QStringList offeredTransitions() const;
    void clickTransition(const QString &to, std::optional<TransitionDialog::Answer> answer = std::nullopt, bool asks = false);
    void choose(QComboBox *combo, const QVariant &data) const;
    void search(const QString &text);
    QList<qint64> listedIds() const;
    QString cell(int row, Column column, int role = Qt::DisplayRole) const
    {
        return model()->index(row, int(column)).data(role).toString();
    }

    fixtures::MainWindowFixture f;
};
