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

void TestIncidentsPage::init()
{
    f.init();
    Config::set(Config::Key::UserName, QStringLiteral("Aiko Tanaka"));
    QVERIFY(f.window->showPage(QStringLiteral("incidents")));
    QVERIFY(page());
}

qint64 TestIncidentsPage::createViaDialog(const QString &title, const QString &rsitClass, const QString &rsitType)
{
    inList<QPushButton>(QStringLiteral("newIncidentButton"))->click();
    auto *dialog = visible<NewIncidentDialog>(QStringLiteral("newIncidentDialog"));
    if (!dialog)
        return -1;
    dialog->findChild<QLineEdit *>(QStringLiteral("newTitleLineEdit"))->setText(title);
    if (!rsitClass.isEmpty()) {
        auto *classes = dialog->findChild<QComboBox *>(QStringLiteral("newClassComboBox"));
        classes->setCurrentIndex(classes->findData(rsitClass));
        auto *types = dialog->findChild<QComboBox *>(QStringLiteral("newTypeComboBox"));
        types->setCurrentIndex(types->findData(rsitType));
    }
    dialog->findChild<QPushButton *>(QStringLiteral("createIncidentButton"))->click();
    if (dialog->isVisible())
        return -2;
    return view()->incidentId();
}

qint64 TestIncidentsPage::createDirectly(const QString &title, const QString &assignee, const QString &tlp, const QString &impact)
{
    IncidentDraft draft;
    draft.title = title;
    draft.assignee = assignee;
    draft.tlp = tlp;
    draft.impact = impact;
    const qint64 id = IncidentRepository(f.workspace()).create(draft, QStringLiteral("Aiko Tanaka")).value();
    f.window->session()->notifyChanged(QStringLiteral("incident"));
    return id;
}

QStringList TestIncidentsPage::offeredTransitions() const
{
    // Buttons added to a shown layout become visible on the next pass of the event loop.
    QCoreApplication::processEvents();
    QStringList offered;
    for (auto *button : view()->findChildren<QPushButton *>(QRegularExpression(QStringLiteral("^transitionButton_"))))
        if (button->isVisibleTo(view()))
            offered << button->objectName().mid(int(qstrlen("transitionButton_")));
    return offered;
}

void TestIncidentsPage::clickTransition(const QString &to, std::optional<TransitionDialog::Answer> answer, bool asks)
{
    if (asks)
        TransitionDialog::setNextAnswer(std::move(answer));
    auto *button = inView<QPushButton>(QStringLiteral("transitionButton_") + to);
    QVERIFY(button->isEnabled());
    button->click();
}

void TestIncidentsPage::choose(QComboBox *combo, const QVariant &data) const
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
    Q_EMIT combo->activated(index); // as when the user picks it
}

void TestIncidentsPage::search(const QString &text)
{
    auto *edit = inList<QLineEdit>(QStringLiteral("incidentSearchLineEdit"));
    edit->clear();
    QTest::keyClicks(edit, text);
    QTest::keyClick(edit, Qt::Key_Return);
}

QList<qint64> TestIncidentsPage::listedIds() const
{
    QList<qint64> ids;
    for (int row = 0; row < model()->rowCount(); ++row)
        ids << model()->idAt(row);
    return ids;
}

void TestIncidentsPage::emptyStateInvitesToLogTheFirstIncident()
{
    QVERIFY(onList());
    auto *empty = inList<QLabel>(QStringLiteral("incidentEmptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY(!table()->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No incidents logged yet.\nPress “New Incident…” to record the first one."));
    QVERIFY(inList<QLabel>(QStringLiteral("incidentCountLabel"))->text().startsWith(QStringLiteral("0 ")));
    auto *button = inList<QPushButton>(QStringLiteral("newIncidentButton"));
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("New Incident…"));
    QCOMPARE(f.action(QStringLiteral("actionIncidentNew"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));

    // With a search that matches nothing the text says so instead.
    createDirectly(QStringLiteral("Lost laptop"));
    QVERIFY(table()->isVisible());
    QVERIFY(!empty->isVisible());
    search(QStringLiteral("zebra"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(QStringLiteral("No incidents match these filters.")));
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
}

void TestIncidentsPage::createdIncidentOpensWithItsPlaybook()
{
    const qint64 id = createViaDialog(QStringLiteral("Phishing mail to the finance team"), QStringLiteral("fraud"),
                                      QStringLiteral("phishing"));
    QVERIFY2(id > 0, "the dialog did not create the incident");
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
    QVERIFY(view()->isVisible());
    const Incident created = incident(id);
    QVERIFY(QRegularExpression(QStringLiteral("^INC-(\\d{4})-0001$")).match(created.ident).hasMatch());
    QVERIFY(created.ident.mid(4, 4) == QString::number(QDate::currentDate().year())
            || created.ident.mid(4, 4) == QString::number(QDateTime::currentDateTimeUtc().date().year()));
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentIdentLabel"))->text(), created.ident);
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentTitleLabel"))->text(), QStringLiteral("Phishing mail to the finance team"));
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentStatusLabel"))->text(), QStringLiteral("Status: New"));
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentPriorityBadge"))->text(), QStringLiteral("P3"));
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentTlpBadge"))->text(), QStringLiteral("TLP:AMBER"));
    QCOMPARE(inView<QTabWidget>(QStringLiteral("incidentTabWidget"))->currentIndex(), int(DetailsIndex));
    QCOMPARE(created.rsitClass, QStringLiteral("fraud"));
    QCOMPARE(created.rsitType, QStringLiteral("phishing"));
    QCOMPARE(created.assignee, QStringLiteral("Aiko Tanaka"));

    // The phishing playbook's checklist is there at once, in the Tasks tab too.
    const Playbook *phishing = nullptr;
    for (const Playbook &p : IncidentTasks::playbooks())
        if (p.key == QLatin1String("phishing"))
            phishing = &p;
    QVERIFY(phishing);
    const auto tasks = IncidentTasks(f.workspace()).tasks(id, QStringLiteral("en")).value();
    QCOMPARE(tasks.size(), phishing->tasks.size());
    QCOMPARE(tasks.first().text, phishing->tasks.first().second.in(QStringLiteral("en")));
    QCOMPARE(inView<QTableView>(QStringLiteral("tasksView"))->model()->rowCount(), phishing->tasks.size());

    // The list shows it, and an unclassified second incident gets no checklist.
    inView<QPushButton>(QStringLiteral("backToListButton"))->click();
    QVERIFY(onList());
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(cell(0, Column::Ident), created.ident);
    QVERIFY(inList<QLabel>(QStringLiteral("incidentCountLabel"))->text().startsWith(QStringLiteral("1 ")));
    const qint64 second = createViaDialog(QStringLiteral("Odd traffic"));
    QVERIFY(second > id);
    QCOMPARE(incident(second).ident, created.ident.left(9) + QStringLiteral("0002"));
    QVERIFY(IncidentTasks(f.workspace()).tasks(second, QStringLiteral("en")).value().isEmpty());
}

void TestIncidentsPage::workflowOffersOnlyTheNextSteps()
{
    const qint64 id = createViaDialog(QStringLiteral("Ransom note on the file server"));
    QVERIFY(id > 0);
    auto *status = inView<QLabel>(QStringLiteral("incidentStatusLabel"));
    const auto statusEntries = [&] {
        QStringList texts;
        for (const JournalRecord &r : journal(id))
            if (r.kind == QLatin1String("status"))
                texts << r.text;
        return texts;
    };
    const int created = int(statusEntries().size());
    QCOMPARE(offeredTransitions(), IncidentWorkflow::next(QStringLiteral("new")));
    QCOMPARE(inView<QPushButton>(QStringLiteral("transitionButton_triage"))->text(), QStringLiteral("Start Triage"));
    QCOMPARE(inView<QPushButton>(QStringLiteral("transitionButton_rejected"))->text(), QStringLiteral("Reject…"));

    // Into triage and response is one click; no comment is asked.
    clickTransition(QStringLiteral("triage"));
    QCOMPARE(incident(id).status, QStringLiteral("triage"));
    QCOMPARE(status->text(), QStringLiteral("Status: Triage"));
    QCOMPARE(offeredTransitions(), IncidentWorkflow::next(QStringLiteral("triage")));
    clickTransition(QStringLiteral("response"));
    QCOMPARE(incident(id).status, QStringLiteral("response"));
    QVERIFY(incident(id).triagedUtc.isValid());
    QCOMPARE(offeredTransitions(), IncidentWorkflow::next(QStringLiteral("response")));

    // Cancelling the comment dialog changes nothing.
    const int before = int(journal(id).size());
    clickTransition(QStringLiteral("resolved"), std::nullopt, true);
    QCOMPARE(incident(id).status, QStringLiteral("response"));
    QCOMPARE(journal(id).size(), before);

    clickTransition(QStringLiteral("resolved"), TransitionDialog::Answer { QStringLiteral("Restored from backup"), {} }, true);
    QCOMPARE(incident(id).status, QStringLiteral("resolved"));
    QVERIFY(incident(id).resolvedUtc.isValid());
    QCOMPARE(offeredTransitions(), IncidentWorkflow::next(QStringLiteral("resolved")));
    QCOMPARE(inView<QPushButton>(QStringLiteral("transitionButton_response"))->text(), QStringLiteral("Reopen…"));
    clickTransition(QStringLiteral("closed"), TransitionDialog::Answer { QString(), {} }, true);
    QCOMPARE(incident(id).status, QStringLiteral("closed"));
    QCOMPARE(status->text(), QStringLiteral("Status: Closed"));
    QCOMPARE(offeredTransitions(), IncidentWorkflow::next(QStringLiteral("closed")));

    // Reopening goes back to response and clears the end times.
    clickTransition(QStringLiteral("response"), TransitionDialog::Answer { QStringLiteral("Second ransom note"), {} }, true);
    const Incident reopened = incident(id);
    QCOMPARE(reopened.status, QStringLiteral("response"));
    QVERIFY(!reopened.resolvedUtc.isValid());
    QVERIFY(!reopened.closedUtc.isValid());

    const QStringList entries = statusEntries();
    QCOMPARE(entries.mid(created), (QStringList { QStringLiteral("new → triage"), QStringLiteral("triage → response"),
                                                  QStringLiteral("response → resolved: Restored from backup"),
                                                  QStringLiteral("resolved → closed"),
                                                  QStringLiteral("closed → response: Second ransom note") }));
    for (const JournalRecord &r : journal(id))
        QCOMPARE(r.author, QStringLiteral("Aiko Tanaka"));
    QVERIFY(IncidentJournal(f.workspace()).verify(id).value().isEmpty());
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
}

void TestIncidentsPage::rejectNeedsAReason()
{
    const qint64 id = createViaDialog(QStringLiteral("Printer says hello"));
    QVERIFY(id > 0);
    const int before = int(journal(id).size());
    clickTransition(QStringLiteral("rejected"), TransitionDialog::Answer { QStringLiteral("   "), {} }, true);
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Say why the incident is rejected")), qPrintable(MessageBox::lastText()));
    QCOMPARE(incident(id).status, QStringLiteral("new"));
    QCOMPARE(journal(id).size(), before);
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentStatusLabel"))->text(), QStringLiteral("Status: New"));

    clickTransition(QStringLiteral("rejected"), TransitionDialog::Answer { QStringLiteral("Not a security event"), {} }, true);
    QCOMPARE(incident(id).status, QStringLiteral("rejected"));
    QCOMPARE(incident(id).statusReason, QStringLiteral("Not a security event"));
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentStatusLabel"))->text(), QStringLiteral("Status: Rejected — Not a security event"));
    QCOMPARE(offeredTransitions(), IncidentWorkflow::next(QStringLiteral("rejected")));
    QCOMPARE(journal(id).last().text, QStringLiteral("new → rejected: Not a security event"));
    QCOMPARE(MessageBox::shownCount(), 1);
}

void TestIncidentsPage::duplicateNeedsARealOriginal()
{
    const qint64 original = createDirectly(QStringLiteral("Phishing wave"));
    const QString originalIdent = incident(original).ident;
    const qint64 id = createViaDialog(QStringLiteral("Same phishing mail, reported again"));
    QVERIFY(id > 0);
    const int before = int(journal(id).size());

    clickTransition(QStringLiteral("duplicate"), TransitionDialog::Answer { {}, QStringLiteral("INC-1999-0042") }, true);
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("There is no incident “INC-1999-0042” in this workspace.")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(incident(id).status, QStringLiteral("new"));
    QCOMPARE(journal(id).size(), before);

    // Nothing entered: the message asks for the identifier.
    clickTransition(QStringLiteral("duplicate"), TransitionDialog::Answer { {}, QStringLiteral("  ") }, true);
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("Enter the identifier of the original incident")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(incident(id).status, QStringLiteral("new"));
    MessageBox::clear();
    QCOMPARE(MessageBox::shownCount(), 0);
    clickTransition(QStringLiteral("duplicate"), TransitionDialog::Answer { {}, QStringLiteral("INC-1999-0042") }, true);

    // Itself is no original either.
    clickTransition(QStringLiteral("duplicate"), TransitionDialog::Answer { {}, incident(id).ident }, true);
    QCOMPARE(MessageBox::shownCount(), 2);
    QCOMPARE(incident(id).status, QStringLiteral("new"));

    // Typed in lower case, the real one is found.
    clickTransition(QStringLiteral("duplicate"), TransitionDialog::Answer { QStringLiteral("Reported twice"), originalIdent.toLower() },
                    true);
    QCOMPARE(MessageBox::shownCount(), 2);
    const Incident duplicate = incident(id);
    QCOMPARE(duplicate.status, QStringLiteral("duplicate"));
    QCOMPARE(duplicate.duplicateOf, original);
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentStatusLabel"))->text(), QStringLiteral("Status: Duplicate of ") + originalIdent);
    QCOMPARE(offeredTransitions(), IncidentWorkflow::next(QStringLiteral("duplicate")));
}

void TestIncidentsPage::refusedTransitionShowsTheRealStatus()
{
    // Someone else (another window, the command line) moved the incident on meanwhile.
    const qint64 id = createViaDialog(QStringLiteral("Scan from a known host"));
    QVERIFY(id > 0);
    QVERIFY(IncidentRepository(f.workspace()).transition(id, QStringLiteral("triage"), QStringLiteral("Ken"), {}));
    QVERIFY(IncidentRepository(f.workspace()).transition(id, QStringLiteral("response"), QStringLiteral("Ken"), {}));
    clickTransition(QStringLiteral("triage"));
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY2(MessageBox::lastText().startsWith(QStringLiteral("An incident cannot go from “Response” to “Triage”.")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(incident(id).status, QStringLiteral("response"));
    // The view does not keep offering steps from the status it had.
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentStatusLabel"))->text(), QStringLiteral("Status: Response"));
    QCOMPARE(offeredTransitions(), IncidentWorkflow::next(QStringLiteral("response")));
}

void TestIncidentsPage::workingAnIncidentThroughItsTabs()
{
    const qint64 id = createViaDialog(QStringLiteral("Account takeover of a sales mailbox"));
    QVERIFY(id > 0);
    auto *tabs = inView<QTabWidget>(QStringLiteral("incidentTabWidget"));

    // Journal
    tabs->setCurrentIndex(JournalIndex);
    auto *kind = inView<QComboBox>(QStringLiteral("journalKindComboBox"));
    kind->setCurrentIndex(kind->findData(QStringLiteral("action")));
    inView<QPlainTextEdit>(QStringLiteral("journalTextEdit"))->setPlainText(QStringLiteral("Reset the password and revoked sessions"));
    inView<QPushButton>(QStringLiteral("addJournalEntryButton"))->click();
    const JournalRecord entry = journal(id).last();
    QCOMPARE(entry.kind, QStringLiteral("action"));
    QCOMPARE(entry.text, QStringLiteral("Reset the password and revoked sessions"));
    QCOMPARE(entry.author, QStringLiteral("Aiko Tanaka"));
    QCOMPARE(tabs->currentIndex(), int(JournalIndex)); // adding does not jump away

    // Tasks: add one and tick it; the tick is undoable
    tabs->setCurrentIndex(TasksIndex);
    inView<QLineEdit>(QStringLiteral("newTaskLineEdit"))->setText(QStringLiteral("Check the mailbox rules for forwarding"));
    inView<QPushButton>(QStringLiteral("addTaskButton"))->click();
    auto tasks = IncidentTasks(f.workspace()).tasks(id, QStringLiteral("en")).value();
    QCOMPARE(tasks.size(), 1);
    QAbstractItemModel *taskModel = inView<QTableView>(QStringLiteral("tasksView"))->model();
    taskModel->setData(taskModel->index(0, 0), Qt::Checked, Qt::CheckStateRole); // as a click on the box
    QVERIFY(IncidentTasks(f.workspace()).tasks(id, QStringLiteral("en")).value().first().done);
    QVERIFY(f.action(QStringLiteral("actionUndo"))->isEnabled());
    f.action(QStringLiteral("actionUndo"))->trigger();
    QVERIFY(!IncidentTasks(f.workspace()).tasks(id, QStringLiteral("en")).value().first().done);
    QCOMPARE(taskModel->index(0, 0).data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    f.action(QStringLiteral("actionRedo"))->trigger();
    QVERIFY(IncidentTasks(f.workspace()).tasks(id, QStringLiteral("en")).value().first().done);

    // Observables: a defanged paste is refanged
    tabs->setCurrentIndex(ObservablesIndex);
    auto *type = inView<QComboBox>(QStringLiteral("observableTypeComboBox"));
    type->setCurrentIndex(0); // detect
    auto *value = inView<QLineEdit>(QStringLiteral("observableValueLineEdit"));
    value->clear();
    QTest::keyClicks(value, QStringLiteral("203.0.113[.]77"));
    inView<QPushButton>(QStringLiteral("addObservableButton"))->click();
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
    QSqlQuery q(f.workspace().db());
    QVERIFY(q.exec(QStringLiteral("SELECT type, value FROM observable WHERE incident_id = %1").arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ipv4"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("203.0.113.77"));
    QVERIFY(!q.next());

    // Evidence: the SHA-256 is computed from the file
    tabs->setCurrentIndex(EvidenceIndex);
    const QByteArray bytes = QByteArrayLiteral("Received: from mail.example\r\nSubject: invoice\r\n");
    const QString path = f.dir->filePath(QStringLiteral("mail.eml"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(bytes), bytes.size());
    }
    inView<QLineEdit>(QStringLiteral("evidenceItemLineEdit"))->setText(QStringLiteral("Phishing mail export"));
    inView<QLineEdit>(QStringLiteral("evidenceFileLineEdit"))->setText(path);
    inView<QPushButton>(QStringLiteral("addEvidenceButton"))->click();
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
    const auto evidence = EvidenceRegister(f.workspace()).list(id).value();
    QCOMPARE(evidence.size(), 1);
    QCOMPARE(evidence.first().item, QStringLiteral("Phishing mail export"));
    QCOMPARE(evidence.first().sha256, QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));

    // Artefacts
    tabs->setCurrentIndex(ArtefactsIndex);
    inView<QLineEdit>(QStringLiteral("artefactTitleLineEdit"))->setText(QStringLiteral("Inbox rule"));
    inView<QPlainTextEdit>(QStringLiteral("artefactContentEdit"))
        ->setPlainText(QStringLiteral("New-InboxRule -Name quokkarule -ForwardTo drop@example.net"));
    inView<QPushButton>(QStringLiteral("addArtefactButton"))->click();
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM artefact WHERE incident_id = %1").arg(id)));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);

    // Everything stayed on this incident, with no message on the way.
    QCOMPARE(view()->incidentId(), id);
    QCOMPARE(tabs->currentIndex(), int(ArtefactsIndex));
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
    QVERIFY(IncidentJournal(f.workspace()).verify(id).value().isEmpty());
}

void TestIncidentsPage::searchFindsWhatWasWritten()
{
    createDirectly(QStringLiteral("Unrelated scan"));
    const qint64 id = createViaDialog(QStringLiteral("Suspicious inbox rule"));
    QVERIFY(id > 0);
    createDirectly(QStringLiteral("Another unrelated one"));
    auto *tabs = inView<QTabWidget>(QStringLiteral("incidentTabWidget"));
    tabs->setCurrentIndex(ArtefactsIndex);
    inView<QLineEdit>(QStringLiteral("artefactTitleLineEdit"))->setText(QStringLiteral("Rule"));
    inView<QPlainTextEdit>(QStringLiteral("artefactContentEdit"))->setPlainText(QStringLiteral("New-InboxRule -Name quokkarule"));
    inView<QPushButton>(QStringLiteral("addArtefactButton"))->click();
    tabs->setCurrentIndex(JournalIndex);
    inView<QPlainTextEdit>(QStringLiteral("journalTextEdit"))->setPlainText(QStringLiteral("Talked to the wombat team"));
    inView<QPushButton>(QStringLiteral("addJournalEntryButton"))->click();
    inView<QPushButton>(QStringLiteral("backToListButton"))->click();
    QVERIFY(onList());
    QCOMPARE(model()->rowCount(), 3);
    QVERIFY(table()->horizontalHeader()->isSectionHidden(int(Column::Match)));

    for (const QString &term : { QStringLiteral("quokkarule"), QStringLiteral("wombat") }) {
        search(term);
        QCOMPARE(listedIds(), QList<qint64> { id });
        QVERIFY(!table()->horizontalHeader()->isSectionHidden(int(Column::Match)));
        QVERIFY2(cell(0, Column::Match).contains(term), qPrintable(cell(0, Column::Match)));
        QVERIFY(inList<QLabel>(QStringLiteral("incidentCountLabel"))->text().startsWith(QStringLiteral("1 ")));
        QCOMPARE(table()->currentIndex().row(), 0);
    }
    // Typing alone searches after a pause, no Enter needed.
    auto *edit = inList<QLineEdit>(QStringLiteral("incidentSearchLineEdit"));
    edit->clear();
    QCOMPARE(model()->rowCount(), 3);
    QTest::keyClicks(edit, QStringLiteral("quokkarule"));
    QTRY_COMPARE(listedIds(), QList<qint64> { id });
    // Clearing the search shows everything and hides the Match column again.
    edit->clear();
    QCOMPARE(model()->rowCount(), 3);
    QVERIFY(table()->horizontalHeader()->isSectionHidden(int(Column::Match)));
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
}

void TestIncidentsPage::filtersNarrowTheList()
{
    const qint64 triaged = createDirectly(QStringLiteral("Malware on a kiosk"), QStringLiteral("Ken Sato"), QStringLiteral("TLP:RED"),
                                          QStringLiteral("high"));
    const qint64 fresh = createDirectly(QStringLiteral("Spam wave"), QStringLiteral("Aiko Tanaka"), QStringLiteral("TLP:GREEN"),
                                        QStringLiteral("low"));
    const qint64 closed = createDirectly(QStringLiteral("Lost phone"), QStringLiteral("ken.sato@example.org"));
    IncidentRepository repo(f.workspace());
    QVERIFY(repo.transition(triaged, QStringLiteral("triage"), QStringLiteral("Ken"), {}));
    QVERIFY(repo.transition(closed, QStringLiteral("rejected"), QStringLiteral("Ken"), QStringLiteral("Found again")));
    f.window->session()->notifyChanged(QStringLiteral("incident"));
    QCOMPARE(model()->rowCount(), 3);

    auto *status = inList<QComboBox>(QStringLiteral("statusFilterComboBox"));
    auto *priority = inList<QComboBox>(QStringLiteral("priorityFilterComboBox"));
    auto *tlp = inList<QComboBox>(QStringLiteral("tlpFilterComboBox"));
    auto *assignee = inList<QLineEdit>(QStringLiteral("assigneeFilterLineEdit"));
    choose(status, QStringLiteral("triage"));
    QCOMPARE(listedIds(), QList<qint64> { triaged });
    choose(status, QStringLiteral("@open"));
    QCOMPARE(listedIds(), (QList<qint64> { fresh, triaged }));
    choose(status, QString());
    choose(tlp, QStringLiteral("TLP:GREEN"));
    QCOMPARE(listedIds(), QList<qint64> { fresh });
    QCOMPARE(cell(0, Column::Tlp), QStringLiteral("TLP:GREEN"));
    choose(tlp, QString());
    choose(priority, QStringLiteral("P2")); // high × medium
    QCOMPARE(priority->currentText(), QStringLiteral("P2 – High"));
    QCOMPARE(listedIds(), QList<qint64> { triaged });
    choose(priority, QString());
    assignee->setText(QStringLiteral("KEN"));
    QTest::keyClick(assignee, Qt::Key_Return);
    QCOMPARE(listedIds(), (QList<qint64> { closed, triaged }));
    // Filters combine.
    choose(tlp, QStringLiteral("TLP:RED"));
    QCOMPARE(listedIds(), QList<qint64> { triaged });
    choose(status, QStringLiteral("new"));
    QVERIFY(listedIds().isEmpty());
    QVERIFY(inList<QLabel>(QStringLiteral("incidentEmptyLabel"))->isVisible());

    // Logged between: today is in, a range in the past is not.
    inList<QPushButton>(QStringLiteral("clearFiltersButton"))->click();
    auto *range = inList<QCheckBox>(QStringLiteral("dateRangeCheckBox"));
    auto *from = inList<QDateEdit>(QStringLiteral("loggedFromDateEdit"));
    auto *to = inList<QDateEdit>(QStringLiteral("loggedToDateEdit"));
    QVERIFY(!from->isEnabled());
    range->setChecked(true);
    QVERIFY(from->isEnabled());
    QCOMPARE(model()->rowCount(), 3);
    from->setDate(QDate(2020, 1, 1));
    to->setDate(QDate(2020, 12, 31));
    QCOMPARE(model()->rowCount(), 0);
    // Typing a start after the end (on the way to a later range) moves the end along, without a message.
    from->setDate(QDate(2021, 3, 1));
    QCOMPARE(to->date(), QDate(2021, 3, 1));
    to->setDate(QDate(2021, 2, 1));
    QCOMPARE(from->date(), QDate(2021, 2, 1));
    to->setDate(QDate::currentDate());
    QCOMPARE(model()->rowCount(), 3);
    QCOMPARE(MessageBox::shownCount(), 0);

    // Clear Filters resets every widget and shows everything.
    choose(status, QStringLiteral("rejected"));
    assignee->setText(QStringLiteral("nobody"));
    inList<QLineEdit>(QStringLiteral("incidentSearchLineEdit"))->setText(QStringLiteral("phone"));
    inList<QPushButton>(QStringLiteral("clearFiltersButton"))->click();
    QCOMPARE(model()->rowCount(), 3);
    QVERIFY(list()->filter().isEmpty());
    QCOMPARE(status->currentIndex(), 0);
    QCOMPARE(tlp->currentIndex(), 0);
    QCOMPARE(priority->currentIndex(), 0);
    QVERIFY(assignee->text().isEmpty());
    QVERIFY(!range->isChecked());
    QVERIFY(inList<QLineEdit>(QStringLiteral("incidentSearchLineEdit"))->text().isEmpty());
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
}

void TestIncidentsPage::savedFilterIsKeptInTheWorkspace()
{
    const QString path = f.window->session()->filePath();
    const qint64 triaged = createDirectly(QStringLiteral("Brute force on VPN"));
    createDirectly(QStringLiteral("Spam"));
    QVERIFY(IncidentRepository(f.workspace()).transition(triaged, QStringLiteral("triage"), QStringLiteral("Ken"), {}));
    f.window->session()->notifyChanged(QStringLiteral("incident"));

    auto *saved = inList<QComboBox>(QStringLiteral("savedFilterComboBox"));
    QCOMPARE(saved->count(), 0);
    // A filter needs a name.
    inList<QPushButton>(QStringLiteral("saveFilterButton"))->click();
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("Give the filter a name."));
    QVERIFY(SavedFilters(f.workspace()).list().value().isEmpty());
    MessageBox::clear();
    choose(inList<QComboBox>(QStringLiteral("statusFilterComboBox")), QStringLiteral("triage"));
    saved->setEditText(QStringLiteral("Triage queue"));
    inList<QPushButton>(QStringLiteral("saveFilterButton"))->click();
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
    QCOMPARE(saved->count(), 1);
    QCOMPARE(saved->itemText(0), QStringLiteral("Triage queue"));
    QCOMPARE(SavedFilters(f.workspace()).list().value().size(), 1);

    // Another workspace has its own (no) saved filters and does not inherit the typed name.
    const QString other = fixtures::makeWorkspace(QDir(f.dir->path()), QStringLiteral("other.csirt"));
    QVERIFY(f.window->openWorkspace(other));
    QVERIFY(f.window->showPage(QStringLiteral("incidents")));
    QCOMPARE(saved->count(), 0);
    QVERIFY(saved->currentText().isEmpty());

    QVERIFY(f.window->openWorkspace(path));
    QVERIFY(f.window->showPage(QStringLiteral("incidents")));
    QCOMPARE(saved->count(), 1);
    QCOMPARE(saved->itemText(0), QStringLiteral("Triage queue"));
    inList<QPushButton>(QStringLiteral("clearFiltersButton"))->click();
    QCOMPARE(model()->rowCount(), 2);
    saved->setCurrentIndex(0);
    Q_EMIT saved->activated(0);
    QCOMPARE(inList<QComboBox>(QStringLiteral("statusFilterComboBox"))->currentData().toString(), QStringLiteral("triage"));
    QCOMPARE(listedIds(), QList<qint64> { triaged });

    // Saving under the same name replaces it; Delete removes it from the workspace.
    inList<QPushButton>(QStringLiteral("saveFilterButton"))->click();
    QCOMPARE(saved->count(), 1);
    inList<QPushButton>(QStringLiteral("deleteFilterButton"))->click();
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
    QCOMPARE(saved->count(), 0);
    QVERIFY(saved->currentText().isEmpty());
    QVERIFY(SavedFilters(f.workspace()).list().value().isEmpty());
    // The filter itself stays applied.
    QCOMPARE(listedIds(), QList<qint64> { triaged });
}

void TestIncidentsPage::keyboardOpensAndReturns()
{
    QList<qint64> ids;
    for (const QString &title : { QStringLiteral("First"), QStringLiteral("Second"), QStringLiteral("Third") })
        ids << createDirectly(title);
    f.window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.window.get()));
    QCOMPARE(model()->rowCount(), 3);
    QCOMPARE(model()->idAt(0), ids.last()); // newest first

    table()->setFocus();
    table()->setCurrentIndex(model()->index(0, int(Column::Title)));
    QTest::keyClick(table(), Qt::Key_Down);
    QCOMPARE(table()->currentIndex().row(), 1);
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(view()->isVisible());
    QCOMPARE(view()->incidentId(), ids.at(1));
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentTitleLabel"))->text(), QStringLiteral("Second"));

    // Alt+Left goes back with the same row selected, ready for the next arrow key.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    QVERIFY(onList());
    QCOMPARE(table()->currentIndex().row(), 1);
    QVERIFY(table()->selectionModel()->isRowSelected(1, {}));
    QVERIFY(table()->hasFocus());

    // Enter and Escape from the keyboard too.
    QTest::keyClick(table(), Qt::Key_Enter);
    QCOMPARE(view()->incidentId(), ids.at(1));
    QVERIFY(view()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QVERIFY(onList());

    // Ctrl+F goes to the search field from the incident view.
    QTest::keyClick(table(), Qt::Key_Return);
    QVERIFY(view()->isVisible());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(onList());
    QCOMPARE(QApplication::focusWidget(), inList<QLineEdit>(QStringLiteral("incidentSearchLineEdit")));
    f.action(QStringLiteral("actionIncidentNew"))->trigger(); // Ctrl+Shift+I
    auto *dialog = visible<NewIncidentDialog>(QStringLiteral("newIncidentDialog"));
    QVERIFY(dialog);
    dialog->reject();
    QCOMPARE(IncidentRepository(f.workspace()).count().value(), 3);
}

void TestIncidentsPage::pageShortcutsAreUnambiguous()
{
    // Qt fires neither of two actions that share a key while both are reachable.
    for (const char *name : { "actionIncidentNew", "actionIncidentSearch", "actionIncidentBack" }) {
        QAction *own = f.action(QString::fromLatin1(name));
        QVERIFY(own);
        for (const QKeySequence &key : own->shortcuts()) {
            QStringList clashes;
            for (QAction *other : f.window->findChildren<QAction *>())
                if (other != own && other->shortcuts().contains(key))
                    clashes << other->objectName();
            QVERIFY2(clashes.isEmpty(), qPrintable(key.toString() + QStringLiteral(": ") + clashes.join(QStringLiteral(", "))));
        }
    }
}

void TestIncidentsPage::columnsAndHeaderStateAreRemembered()
{
    createDirectly(QStringLiteral("Something"));
    QHeaderView *header = table()->horizontalHeader();
    QCOMPARE(model()->columnCount(), 11);
    QVERIFY(header->isSectionHidden(int(Column::Updated)));
    QVERIFY(header->isSectionHidden(int(Column::Match)));
    for (Column shown : { Column::Ident, Column::Title, Column::Status, Column::Priority, Column::Tlp, Column::Classification,
                          Column::Assignee, Column::Logged, Column::Deadline })
        QVERIFY(!header->isSectionHidden(int(shown)));
    QCOMPARE(header->contextMenuPolicy(), Qt::CustomContextMenu);
    QVERIFY(header->sectionsMovable());

    // The column chooser (header context menu): show Updated, hide Assignee; the Title must stay.
    const auto choose = [&](const QString &column) {
        bool titleLocked = false;
        QTimer::singleShot(0, this, [&] {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                auto *menu = qobject_cast<QMenu *>(top);
                if (!menu || !menu->isVisible())
                    continue;
                for (QAction *a : menu->actions()) {
                    if (a->text() == QLatin1String("Title"))
                        titleLocked = !a->isEnabled() && a->isChecked();
                    if (a->text() == column)
                        a->trigger();
                }
                menu->close();
            }
        });
        Q_EMIT header->customContextMenuRequested(QPoint(10, 5));
        QVERIFY(titleLocked);
    };
    choose(QStringLiteral("Updated"));
    QVERIFY(!header->isSectionHidden(int(Column::Updated)));
    choose(QStringLiteral("Assignee"));
    QVERIFY(header->isSectionHidden(int(Column::Assignee)));
    // Closed in the middle of a search: the Match column belongs to that search, not to the next start.
    search(QStringLiteral("something"));
    QVERIFY(!header->isSectionHidden(int(Column::Match)));
    const QString path = f.window->session()->filePath();
    f.window.reset();
    QVERIFY(!Config::get(Config::Key::IncidentListHeader).toByteArray().isEmpty());
    f.window = std::make_unique<MainWindow>();
    QVERIFY(f.window->openWorkspace(path));
    QVERIFY(f.window->showPage(QStringLiteral("incidents")));
    header = table()->horizontalHeader();
    QVERIFY(!header->isSectionHidden(int(Column::Updated)));
    QVERIFY(header->isSectionHidden(int(Column::Assignee)));
    QVERIFY(header->isSectionHidden(int(Column::Match)));
    QCOMPARE(model()->rowCount(), 1);
}

void TestIncidentsPage::headerClickSorts()
{
    const qint64 bravo = createDirectly(QStringLiteral("Bravo"));
    const qint64 alpha = createDirectly(QStringLiteral("alpha"));
    const qint64 charlie = createDirectly(QStringLiteral("Charlie"));
    QHeaderView *header = table()->horizontalHeader();
    QCOMPARE(header->sortIndicatorSection(), int(Column::Ident));
    QCOMPARE(listedIds(), (QList<qint64> { charlie, alpha, bravo })); // newest first
    const QPoint title(header->sectionViewportPosition(int(Column::Title)) + 20, header->height() / 2);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, title);
    QCOMPARE(header->sortIndicatorSection(), int(Column::Title));
    const QList<qint64> ascending { alpha, bravo, charlie }; // case-insensitive
    const QList<qint64> descending { charlie, bravo, alpha };
    QCOMPARE(listedIds(), header->sortIndicatorOrder() == Qt::AscendingOrder ? ascending : descending);
    QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, title);
    QCOMPARE(listedIds(), header->sortIndicatorOrder() == Qt::AscendingOrder ? ascending : descending);
}

void TestIncidentsPage::userTextNeverRendersAsMarkup()
{
    const qint64 id = createViaDialog(Hostile);
    QVERIFY(id > 0);
    auto *title = inView<QLabel>(QStringLiteral("incidentTitleLabel"));
    QCOMPARE(title->text(), Hostile);
    QCOMPARE(title->textFormat(), Qt::PlainText);
    QVERIFY(!title->toolTip().contains(QStringLiteral("<img")));
    for (const char *name : { "incidentIdentLabel", "incidentStatusLabel" })
        QCOMPARE(inView<QLabel>(QString::fromLatin1(name))->textFormat(), Qt::PlainText);

    auto *tabs = inView<QTabWidget>(QStringLiteral("incidentTabWidget"));
    tabs->setCurrentIndex(JournalIndex);
    inView<QPlainTextEdit>(QStringLiteral("journalTextEdit"))->setPlainText(HostileLink);
    inView<QPushButton>(QStringLiteral("addJournalEntryButton"))->click();
    QCOMPARE(journal(id).last().text, HostileLink);
    // A rejection reason shows in the status line, as text.
    clickTransition(QStringLiteral("rejected"), TransitionDialog::Answer { HostileLink, {} }, true);
    auto *status = inView<QLabel>(QStringLiteral("incidentStatusLabel"));
    QCOMPARE(status->text(), QStringLiteral("Status: Rejected — ") + HostileLink);
    QCOMPARE(status->textFormat(), Qt::PlainText);

    inView<QPushButton>(QStringLiteral("backToListButton"))->click();
    const QString tip = cell(0, Column::Title, Qt::ToolTipRole);
    QVERIFY2(tip.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")), qPrintable(tip));
    QVERIFY(!tip.contains(QStringLiteral("<img")));
    const QString painted = IncidentListDelegate::highlighted(cell(0, Column::Title), { QStringLiteral("img") }, Qt::yellow);
    QVERIFY2(painted.contains(QStringLiteral("&lt;")), qPrintable(painted));
    QVERIFY(!painted.contains(QStringLiteral("<img")));

    search(QStringLiteral("passwd"));
    QCOMPARE(listedIds(), QList<qint64> { id });
    const QString match = cell(0, Column::Match);
    QVERIFY2(match.contains(QStringLiteral("passwd")), qPrintable(match));
    // The snippet is a fragment of the entry; whatever markup it cuts out stays text.
    const QString matchTip = cell(0, Column::Match, Qt::ToolTipRole);
    QVERIFY2(matchTip.contains(QStringLiteral("passwd&quot;&gt;x&lt;")), qPrintable(matchTip));
    QVERIFY(!matchTip.contains(QStringLiteral("\">x<")));
    const QStringList terms = model()->index(0, 0).data(IncidentListModel::SearchTermsRole).toStringList();
    QCOMPARE(terms, QStringList { QStringLiteral("passwd") });
    const QString matchPainted = IncidentListDelegate::highlighted(match, terms, Qt::yellow);
    QVERIFY2(matchPainted.contains(QStringLiteral("&quot;&gt;x&lt;")), qPrintable(matchPainted));
    QVERIFY(!matchPainted.contains(QStringLiteral("\">x<")));
    const QString fullPainted = IncidentListDelegate::highlighted(HostileLink, terms, Qt::yellow);
    QVERIFY2(fullPainted.contains(QStringLiteral("&lt;a href=&quot;file:///etc/")), qPrintable(fullPainted));
    QVERIFY(!fullPainted.contains(QStringLiteral("<a ")));
}

void TestIncidentsPage::titleEditIsUndoable()
{
    const qint64 id = createViaDialog(QStringLiteral("Strange login"));
    QVERIFY(id > 0);
    const int steps = f.undoStack()->count();
    auto *edit = inView<QLineEdit>(QStringLiteral("titleLineEdit"));
    QCOMPARE(edit->text(), QStringLiteral("Strange login"));
    edit->setText(QStringLiteral("Impossible travel login for the CFO"));
    Q_EMIT edit->editingFinished();
    QCOMPARE(incident(id).title, QStringLiteral("Impossible travel login for the CFO"));
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentTitleLabel"))->text(), QStringLiteral("Impossible travel login for the CFO"));
    QCOMPARE(f.undoStack()->count(), steps + 1);

    QAction *undo = f.action(QStringLiteral("actionUndo"));
    QVERIFY(undo->isEnabled());
    undo->trigger();
    QCOMPARE(incident(id).title, QStringLiteral("Strange login"));
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentTitleLabel"))->text(), QStringLiteral("Strange login"));
    QCOMPARE(inView<QLineEdit>(QStringLiteral("titleLineEdit"))->text(), QStringLiteral("Strange login"));
    inView<QPushButton>(QStringLiteral("backToListButton"))->click();
    QCOMPARE(cell(0, Column::Title), QStringLiteral("Strange login"));
    f.action(QStringLiteral("actionRedo"))->trigger();
    QCOMPARE(cell(0, Column::Title), QStringLiteral("Impossible travel login for the CFO"));
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
}

void TestIncidentsPage::readOnlyWorkspaceLogsNothing()
{
    const QString path = f.dir->filePath(QStringLiteral("archive.csirt"));
    {
        auto created = Workspace::create(path, QStringLiteral("Archive Org"));
        QVERIFY(created.ok());
        IncidentDraft draft;
        draft.title = QStringLiteral("Old case");
        QVERIFY(IncidentRepository(**created).create(draft, QStringLiteral("Ken")));
    }
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    const QByteArray before = fixtures::sha256(path);
    QVERIFY(f.window->openWorkspace(path));
    QVERIFY(f.window->session()->isReadOnly());
    QVERIFY(f.window->showPage(QStringLiteral("incidents")));
    QCOMPARE(model()->rowCount(), 1);
    QVERIFY(!inList<QPushButton>(QStringLiteral("newIncidentButton"))->isEnabled());
    QVERIFY(!inList<QPushButton>(QStringLiteral("saveFilterButton"))->isEnabled());
    QVERIFY(!inList<QPushButton>(QStringLiteral("deleteFilterButton"))->isEnabled());
    QVERIFY(!inList<QPushButton>(QStringLiteral("priorityMatrixButton"))->isEnabled());
    f.action(QStringLiteral("actionIncidentNew"))->trigger();
    QVERIFY(!visible<NewIncidentDialog>(QStringLiteral("newIncidentDialog")));
    // Reading and searching still work; status changes are not offered.
    search(QStringLiteral("case"));
    QCOMPARE(model()->rowCount(), 1);
    QVERIFY(f.window->showIncident(cell(0, Column::Ident)));
    QCOMPARE(inView<QLabel>(QStringLiteral("incidentTitleLabel"))->text(), QStringLiteral("Old case"));
    QVERIFY(!offeredTransitions().isEmpty());
    for (const QString &to : offeredTransitions())
        QVERIFY(!inView<QPushButton>(QStringLiteral("transitionButton_") + to)->isEnabled());
    QCOMPARE(fixtures::sha256(path), before);
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
}

QTEST_MAIN(TestIncidentsPage)
#include "tst_incidentspage.moc"
