#include "IncidentTabFixture.h"
#include "common/MarkdownEditor.h"
#include "incidents/IncidentDetailsTab.h"
#include "incidents/PriorityMatrix.h"
#include "org/OrgProfileRepository.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalSpy>

using namespace csirtkit;

class TestIncidentDetailsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::IncidentTabFixture::initTestCase(); }
    void init();
    void cleanup();

    void showsTheRecord();
    void titleEditIsUndoable();
    void titleEditsMergeIntoOneStep();
    void emptyTitleIsRefused();
    void summaryCommitIsUndoable();
    void channelChange();
    void classChoiceFillsTypesAndMapsJpcert();
    void sameClassAgainChangesNothing();
    void explicitJpcertCategoryIsKept();
    void tlpChangeIsUndoable();
    void priorityFollowsTheWorkspaceMatrix();
    void priorityOverrideNeedsAReason();
    void timesAreEnteredInTheWorkspaceZone();
    void badTimeIsRefusedAndWritesNothing();
    void refusedTimeShowsTheStoredOne();
    void inconsistentTimesAreWarned();
    void keepsTypingUnlessTheIncidentChanges();
    void closingWhileTypingWritesNothing();
    void readOnlyWorkspaceOffersNoEditing();
    void languageChangeKeepsTheRecord();

private:
    template<typename T> T *find(const QString &name) const
    {
        auto *w = tab->findChild<T *>(name);
        if (!w)
            qFatal("widget %s not found", qPrintable(name));
        return w;
    }
    QLineEdit *line(const char *name) const { return find<QLineEdit>(QLatin1String(name)); }
    QComboBox *combo(const char *name) const { return find<QComboBox>(QLatin1String(name)); }
    // As a user does it: type, then Return.
    static void enter(QLineEdit *edit, const QString &text)
    {
        edit->selectAll();
        edit->del();
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return);
    }
    static void choose(QComboBox *c, const QString &key)
    {
        const int index = c->findData(key);
        if (index < 0)
            qFatal("%s has no item %s", qPrintable(c->objectName()), qPrintable(key));
        c->setCurrentIndex(index);
        Q_EMIT c->activated(index);
    }
    static QStringList keys(const QComboBox *c)
    {
        QStringList list;
        for (int i = 0; i < c->count(); ++i)
            list << c->itemData(i).toString();
        return list;
    }
    Incident stored(qint64 id = 0) const
    {
        return IncidentRepository(f.workspace()).incident(id ? id : f.first).value();
    }
    QString typeCombo() const { return combo("rsitTypeComboBox")->currentData().toString(); }

    fixtures::IncidentTabFixture f;
    std::unique_ptr<IncidentDetailsTab> tab;
    qint64 current = 0;
};

void TestIncidentDetailsTab::init()
{
    f.init();
    tab = std::make_unique<IncidentDetailsTab>();
    current = f.first;
    f.attach(tab.get(), &current);
}

void TestIncidentDetailsTab::cleanup()
{
    tab.reset();
    f.cleanup();
}

void TestIncidentDetailsTab::showsTheRecord()
{
    QCOMPARE(tab->title(), QStringLiteral("Details"));
    QCOMPARE(line("titleLineEdit")->text(), QStringLiteral("Phishing mail to finance"));
    QCOMPARE(combo("tlpComboBox")->currentData().toString(), QStringLiteral("TLP:AMBER"));
    QCOMPARE(combo("channelComboBox")->currentData().toString(), QStringLiteral("other"));
    QCOMPARE(combo("rsitClassComboBox")->currentData().toString(), QString()); // not classified yet
    QVERIFY(!combo("rsitTypeComboBox")->isEnabled());
    QCOMPARE(combo("impactComboBox")->currentData().toString(), QStringLiteral("medium"));
    QCOMPARE(combo("priorityComboBox")->currentData().toString(), QString()); // from the matrix
    QCOMPARE(combo("priorityComboBox")->itemText(0), QStringLiteral("From the matrix (P3)"));
    QVERIFY(line("occurredLineEdit")->text().isEmpty());
    QVERIFY(!line("reportedLineEdit")->text().isEmpty()); // set on creation
    QVERIFY(find<QLabel>(QStringLiteral("timeZoneLabel"))->text().startsWith(QStringLiteral("Times in ")));
    QVERIFY(find<QLabel>(QStringLiteral("timeWarningsLabel"))->isHidden());

    tab->setIncident(f.session.get(), f.second);
    QCOMPARE(line("titleLineEdit")->text(), QStringLiteral("Defaced campaign site"));
}

void TestIncidentDetailsTab::titleEditIsUndoable()
{
    enter(line("titleLineEdit"), QStringLiteral("  Phishing mail to finance and HR  "));
    QCOMPARE(stored().title, QStringLiteral("Phishing mail to finance and HR"));
    QCOMPARE(f.undoStack()->count(), 1);
    QCOMPARE(f.undoStack()->undoText(), QStringLiteral("Edit incident"));
    f.undoStack()->undo();
    QCOMPARE(stored().title, QStringLiteral("Phishing mail to finance"));
    QCOMPARE(line("titleLineEdit")->text(), QStringLiteral("Phishing mail to finance"));
    f.undoStack()->redo();
    QCOMPARE(stored().title, QStringLiteral("Phishing mail to finance and HR"));
    QCOMPARE(line("titleLineEdit")->text(), QStringLiteral("Phishing mail to finance and HR"));
    QCOMPARE(stored(f.second).title, QStringLiteral("Defaced campaign site")); // only this incident
    // The same text again is no new step.
    enter(line("titleLineEdit"), QStringLiteral("Phishing mail to finance and HR"));
    QCOMPARE(f.undoStack()->count(), 1);
}

void TestIncidentDetailsTab::titleEditsMergeIntoOneStep()
{
    enter(line("titleLineEdit"), QStringLiteral("Phishing mail"));
    enter(line("titleLineEdit"), QStringLiteral("Phishing mail to all staff"));
    QCOMPARE(stored().title, QStringLiteral("Phishing mail to all staff"));
    QCOMPARE(f.undoStack()->count(), 1);
    f.undoStack()->undo();
    QCOMPARE(stored().title, QStringLiteral("Phishing mail to finance"));
}

void TestIncidentDetailsTab::emptyTitleIsRefused()
{
    QSignalSpy failed(f.session.get(), &WorkspaceSession::failed);
    enter(line("titleLineEdit"), QStringLiteral("   "));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(failed.at(0).at(0).toString(), QStringLiteral("An incident needs a title."));
    QCOMPARE(stored().title, QStringLiteral("Phishing mail to finance"));
    QCOMPARE(
        line("titleLineEdit")->text(), QStringLiteral("Phishing mail to finance")); // the title that stays
    QCOMPARE(f.undoStack()->count(), 0); // no step that claims a change
    // After a good edit, a refused one does not swallow it through merging.
    enter(line("titleLineEdit"), QStringLiteral("Phishing mail"));
    enter(line("titleLineEdit"), QString());
    QCOMPARE(failed.count(), 2);
    QCOMPARE(stored().title, QStringLiteral("Phishing mail"));
    f.undoStack()->undo();
    QCOMPARE(stored().title, QStringLiteral("Phishing mail to finance"));
}

void TestIncidentDetailsTab::summaryCommitIsUndoable()
{
    auto *editor = find<MarkdownEditor>(QStringLiteral("summaryEditor"));
    auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("markdownTextEdit"));
    QVERIFY(text);
    text->setPlainText(QStringLiteral("Mail with a fake **invoice** link.\n\n  Indented line kept.  "));
    QFocusEvent out(QEvent::FocusOut);
    QCoreApplication::sendEvent(text, &out);
    QCOMPARE(stored().summary,
        QStringLiteral("Mail with a fake **invoice** link.\n\n  Indented line kept.  ")); // not trimmed
    QCOMPARE(f.undoStack()->count(), 1);
    f.undoStack()->undo();
    QVERIFY(stored().summary.isEmpty());
    QVERIFY(editor->text().isEmpty());
    f.undoStack()->redo();
    QCOMPARE(editor->text(), stored().summary);
}

void TestIncidentDetailsTab::channelChange()
{
    auto *channel = combo("channelComboBox");
    QVERIFY(keys(channel).contains(QStringLiteral("external_csirt")));
    choose(channel, QStringLiteral("external_csirt"));
    QCOMPARE(stored().channel, QStringLiteral("external_csirt"));
    choose(channel, QStringLiteral("external_csirt")); // unchanged: no step
    QCOMPARE(f.undoStack()->count(), 1);
    f.undoStack()->undo();
    QCOMPARE(stored().channel, QStringLiteral("other"));
    QCOMPARE(channel->currentData().toString(), QStringLiteral("other"));
}

void TestIncidentDetailsTab::classChoiceFillsTypesAndMapsJpcert()
{
    auto *type = combo("rsitTypeComboBox");
    choose(combo("rsitClassComboBox"), QStringLiteral("availability"));
    QVERIFY(type->isEnabled());
    QCOMPARE(keys(type),
        (QStringList { QStringLiteral("dos"), QStringLiteral("ddos"), QStringLiteral("misconfiguration"),
            QStringLiteral("sabotage"), QStringLiteral("outage") }));
    Incident i = stored();
    QCOMPARE(i.rsitClass, QStringLiteral("availability"));
    QCOMPARE(i.rsitType, QStringLiteral("dos"));
    QCOMPARE(i.jpcert, QStringLiteral("dos")); // the default mapping
    QCOMPARE(combo("jpcertComboBox")->currentData().toString(), QStringLiteral("dos"));

    // Another class: its types, and the JPCERT/CC category of its first type — not the old one.
    choose(combo("rsitClassComboBox"), QStringLiteral("fraud"));
    QCOMPARE(keys(type).size(), 4);
    QVERIFY(keys(type).contains(QStringLiteral("phishing")));
    i = stored();
    QCOMPARE(i.rsitClass, QStringLiteral("fraud"));
    QCOMPARE(i.rsitType, QStringLiteral("unauthorised-use-of-resources"));
    QCOMPARE(i.jpcert, QStringLiteral("other"));

    choose(type, QStringLiteral("phishing"));
    QCOMPARE(stored().rsitType, QStringLiteral("phishing"));
    QCOMPARE(stored().jpcert, QStringLiteral("phishing_site"));
    QCOMPARE(combo("jpcertComboBox")->currentData().toString(), QStringLiteral("phishing_site"));
    QCOMPARE(f.undoStack()->count(), 3);
    f.undoStack()->undo();
    QCOMPARE(stored().rsitType, QStringLiteral("unauthorised-use-of-resources"));
    QCOMPARE(typeCombo(), QStringLiteral("unauthorised-use-of-resources"));

    // Back to "not classified": no type, no category.
    choose(combo("rsitClassComboBox"), QString());
    i = stored();
    QVERIFY(i.rsitClass.isEmpty() && i.rsitType.isEmpty() && i.jpcert.isEmpty());
    QVERIFY(!type->isEnabled());
}

void TestIncidentDetailsTab::sameClassAgainChangesNothing()
{
    QVERIFY(IncidentRepository(f.workspace())
                .setClassification(f.first, QStringLiteral("fraud"), QStringLiteral("phishing"), QString()));
    tab->setIncident(f.session.get(), f.first);
    QCOMPARE(typeCombo(), QStringLiteral("phishing"));
    // Picking the class the incident already has must not reset its type to the first one.
    choose(combo("rsitClassComboBox"), QStringLiteral("fraud"));
    QCOMPARE(stored().rsitType, QStringLiteral("phishing"));
    QCOMPARE(stored().jpcert, QStringLiteral("phishing_site"));
    QCOMPARE(typeCombo(), QStringLiteral("phishing"));
    QCOMPARE(f.undoStack()->count(), 0);
}

void TestIncidentDetailsTab::explicitJpcertCategoryIsKept()
{
    choose(combo("rsitClassComboBox"), QStringLiteral("intrusions"));
    choose(combo("jpcertComboBox"), QStringLiteral("targeted_attack"));
    QCOMPARE(stored().jpcert, QStringLiteral("targeted_attack"));
    QCOMPARE(stored().rsitClass, QStringLiteral("intrusions"));
    QCOMPARE(combo("jpcertComboBox")->currentData().toString(), QStringLiteral("targeted_attack"));
    f.undoStack()->undo();
    QCOMPARE(stored().jpcert, QStringLiteral("other")); // the default for intrusions / first type
    // "Default for the RSIT type" stores the mapped category.
    f.undoStack()->redo();
    choose(combo("jpcertComboBox"), QString());
    QCOMPARE(stored().jpcert, QStringLiteral("other"));
}

void TestIncidentDetailsTab::tlpChangeIsUndoable()
{
    auto *tlp = combo("tlpComboBox");
    QCOMPARE(keys(tlp),
        (QStringList { QStringLiteral("TLP:RED"), QStringLiteral("TLP:AMBER+STRICT"),
            QStringLiteral("TLP:AMBER"), QStringLiteral("TLP:GREEN"), QStringLiteral("TLP:CLEAR") }));
    choose(tlp, QStringLiteral("TLP:RED"));
    QCOMPARE(stored().tlp, QStringLiteral("TLP:RED"));
    QCOMPARE(f.undoStack()->undoText(), QStringLiteral("Change TLP to TLP:RED"));
    choose(tlp, QStringLiteral("TLP:RED")); // unchanged: no step
    QCOMPARE(f.undoStack()->count(), 1);
    f.undoStack()->undo();
    QCOMPARE(stored().tlp, QStringLiteral("TLP:AMBER"));
    QCOMPARE(tlp->currentData().toString(), QStringLiteral("TLP:AMBER"));
}

void TestIncidentDetailsTab::priorityFollowsTheWorkspaceMatrix()
{
    choose(combo("impactComboBox"), QStringLiteral("high"));
    choose(combo("urgencyComboBox"), QStringLiteral("high"));
    QCOMPARE(stored().priority, QStringLiteral("P1"));
    QCOMPARE(combo("priorityComboBox")->itemText(0), QStringLiteral("From the matrix (P1)"));
    choose(combo("urgencyComboBox"), QStringLiteral("high")); // unchanged: no step
    QCOMPARE(f.undoStack()->count(), 2);

    // This workspace's matrix, not the shipped one, decides.
    PriorityMatrix::Cells cells = PriorityMatrix::defaults();
    QCOMPARE(cells.value(PriorityMatrix::key(QStringLiteral("low"), QStringLiteral("high"))),
        QStringLiteral("P3"));
    cells.insert(PriorityMatrix::key(QStringLiteral("low"), QStringLiteral("high")), QStringLiteral("P2"));
    QVERIFY(PriorityMatrix(f.workspace()).set(cells));
    choose(combo("impactComboBox"), QStringLiteral("low"));
    QCOMPARE(stored().impact, QStringLiteral("low"));
    QCOMPARE(stored().priority, QStringLiteral("P2"));
    f.undoStack()->undo();
    QCOMPARE(stored().impact, QStringLiteral("high"));
    QCOMPARE(stored().priority, QStringLiteral("P1"));
    QCOMPARE(combo("impactComboBox")->currentData().toString(), QStringLiteral("high"));
}

void TestIncidentDetailsTab::priorityOverrideNeedsAReason()
{
    auto *priority = combo("priorityComboBox");
    auto *reason = line("priorityReasonLineEdit");
    choose(priority, QStringLiteral("P1"));
    QCOMPARE(stored().priority, QStringLiteral("P3")); // no reason yet: nothing written
    QVERIFY(stored().priorityReason.isEmpty());
    QCOMPARE(f.undoStack()->count(), 0);
    enter(reason, QStringLiteral("Board members among the recipients"));
    Incident i = stored();
    QCOMPARE(i.priority, QStringLiteral("P1"));
    QCOMPARE(i.priorityReason, QStringLiteral("Board members among the recipients"));
    QCOMPARE(priority->currentData().toString(), QStringLiteral("P1"));
    QCOMPARE(priority->itemText(0), QStringLiteral("From the matrix (overridden)"));
    QCOMPARE(f.undoStack()->count(), 1);

    // The override stays when impact and urgency change.
    choose(combo("impactComboBox"), QStringLiteral("low"));
    QCOMPARE(stored().priority, QStringLiteral("P1"));

    // Back to the matrix clears the reason.
    choose(priority, QString());
    i = stored();
    QCOMPARE(i.priority, QStringLiteral("P4"));
    QVERIFY(i.priorityReason.isEmpty());
    QVERIFY(reason->text().isEmpty());
    f.undoStack()->undo();
    QCOMPARE(stored().priority, QStringLiteral("P1"));
    QCOMPARE(reason->text(), QStringLiteral("Board members among the recipients"));
}

void TestIncidentDetailsTab::timesAreEnteredInTheWorkspaceZone()
{
    QVERIFY(OrgProfileRepository(f.workspace())
                .setValue(OrgProfile::Field::TimeZone, QStringLiteral("Asia/Tokyo")));
    tab->setIncident(f.session.get(), f.first);
    QVERIFY2(find<QLabel>(QStringLiteral("timeZoneLabel"))
                 ->text()
                 .contains(QStringLiteral("Asia/Tokyo (UTC+09:00)")),
        qPrintable(find<QLabel>(QStringLiteral("timeZoneLabel"))->text()));
    enter(line("occurredLineEdit"), QStringLiteral("2026-04-01 09:30"));
    QCOMPARE(stored().occurredUtc, QDateTime(QDate(2026, 4, 1), QTime(0, 30), QTimeZone::UTC));
    QCOMPARE(line("occurredLineEdit")->text(), QStringLiteral("2026-04-01 09:30"));
    enter(line("detectedLineEdit"), QStringLiteral("2026-04-01 08:15")); // crosses midnight in UTC
    QCOMPARE(stored().detectedUtc, QDateTime(QDate(2026, 3, 31), QTime(23, 15), QTimeZone::UTC));
    enter(line("containedLineEdit"), QStringLiteral("2026-04-02"));
    QCOMPARE(stored().containedUtc, QDateTime(QDate(2026, 4, 1), QTime(15, 0), QTimeZone::UTC));
    QCOMPARE(line("containedLineEdit")->text(), QStringLiteral("2026-04-02 00:00"));
    QCOMPARE(f.undoStack()->count(), 3);
    // Empty means unknown.
    enter(line("occurredLineEdit"), QString());
    QVERIFY(!stored().occurredUtc.isValid());
    f.undoStack()->undo();
    QCOMPARE(stored().occurredUtc, QDateTime(QDate(2026, 4, 1), QTime(0, 30), QTimeZone::UTC));
    QCOMPARE(MessageBox::shownCount(), 0);
}

void TestIncidentDetailsTab::badTimeIsRefusedAndWritesNothing()
{
    enter(line("occurredLineEdit"), QStringLiteral("2026-04-01 09:30"));
    const QDateTime before = stored().occurredUtc;
    QVERIFY(before.isValid());
    enter(line("occurredLineEdit"), QStringLiteral("yesterday at noon"));
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("“yesterday at noon” is not a time")),
        qPrintable(MessageBox::lastText()));
    QCOMPARE(stored().occurredUtc, before);
    QCOMPARE(line("occurredLineEdit")->text(), QStringLiteral("2026-04-01 09:30"));
    QCOMPARE(f.undoStack()->count(), 1);
    enter(line("detectedLineEdit"), QStringLiteral("2026-13-45 25:00"));
    QCOMPARE(MessageBox::shownCount(), 2);
    QVERIFY(!stored().detectedUtc.isValid());
    QVERIFY(line("detectedLineEdit")->text().isEmpty());
}

void TestIncidentDetailsTab::refusedTimeShowsTheStoredOne()
{
    QSignalSpy failed(f.session.get(), &WorkspaceSession::failed);
    const QString reported = line("reportedLineEdit")->text();
    enter(line("reportedLineEdit"), QStringLiteral("2099-01-01 00:00"));
    QCOMPARE(failed.count(), 1);
    QVERIFY2(failed.at(0).at(0).toString().contains(QStringLiteral("in the future")),
        qPrintable(failed.at(0).at(0).toString()));
    QCOMPARE(
        WorkspaceTimeZone::format(stored().reportedUtc, WorkspaceTimeZone::read(f.workspace())), reported);
    QCOMPARE(line("reportedLineEdit")->text(), reported); // not the refused text, as if it were stored
    QCOMPARE(f.undoStack()->count(), 0);
}

void TestIncidentDetailsTab::inconsistentTimesAreWarned()
{
    QVERIFY(OrgProfileRepository(f.workspace())
                .setValue(OrgProfile::Field::TimeZone, QStringLiteral("Asia/Tokyo")));
    IncidentRepository repo(f.workspace());
    for (const char *to : { "triage", "response", "resolved" })
        QVERIFY(repo.transition(f.first, QLatin1String(to), QStringLiteral("Aiko Tanaka"), QString()));
    tab->setIncident(f.session.get(), f.first);
    auto *warnings = find<QLabel>(QStringLiteral("timeWarningsLabel"));
    QVERIFY(warnings->isHidden());
    QCOMPARE(warnings->textFormat(), Qt::PlainText);
    // Detected two hours after it was resolved (just now).
    const QDateTime later = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
    enter(line("detectedLineEdit"), WorkspaceTimeZone::format(later, QTimeZone("Asia/Tokyo")));
    QVERIFY(stored().detectedUtc.isValid());
    QVERIFY2(warnings->text().contains(QStringLiteral("It was resolved before it was detected.")),
        qPrintable(warnings->text()));
    QVERIFY(!warnings->isHidden());
    QVERIFY(find<QLabel>(QStringLiteral("milestonesLabel"))->text().contains(QStringLiteral("Resolved: 20")));
    f.undoStack()->undo();
    QVERIFY(warnings->text().isEmpty());
    QVERIFY(warnings->isHidden());
}

void TestIncidentDetailsTab::keepsTypingUnlessTheIncidentChanges()
{
    tab->show();
    QVERIFY(QTest::qWaitForWindowActive(tab.get()));
    auto *title = line("titleLineEdit");
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Half-typed title"));
    // Someone else's change to this incident refreshes the tab; the typing stays.
    QVERIFY(IncidentRepository(f.workspace()).setTlp(f.first, QStringLiteral("TLP:GREEN")));
    f.session->notifyChanged(QStringLiteral("incident"));
    QCOMPARE(combo("tlpComboBox")->currentData().toString(), QStringLiteral("TLP:GREEN"));
    QCOMPARE(title->text(), QStringLiteral("Half-typed title"));
    // Another incident: its own title — and leaving the field writes nothing to it.
    current = f.second;
    tab->setIncident(f.session.get(), f.second);
    QCOMPARE(title->text(), QStringLiteral("Defaced campaign site"));
    line("reporterLineEdit")->setFocus();
    QTRY_VERIFY(!title->hasFocus());
    QCOMPARE(stored(f.second).title, QStringLiteral("Defaced campaign site"));
    QCOMPARE(stored(f.first).title, QStringLiteral("Phishing mail to finance"));
    QCOMPARE(f.undoStack()->count(), 0);
}

void TestIncidentDetailsTab::closingWhileTypingWritesNothing()
{
    tab->show();
    QVERIFY(QTest::qWaitForWindowActive(tab.get()));
    auto *title = line("titleLineEdit");
    title->setFocus();
    QTRY_VERIFY(title->hasFocus());
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Typed, then the view closed"));
    // Closing the view takes the focus away mid-destruction: the half-gone tab must not commit.
    tab.reset();
    QCOMPARE(stored().title, QStringLiteral("Phishing mail to finance"));
    QCOMPARE(f.undoStack()->count(), 0);
}

void TestIncidentDetailsTab::readOnlyWorkspaceOffersNoEditing()
{
    QVERIFY(IncidentRepository(f.workspace())
                .setClassification(f.first, QStringLiteral("fraud"), QStringLiteral("phishing"), QString()));
    auto opened = Workspace::openForReading(f.workspace().filePath());
    QVERIFY(opened.ok());
    WorkspaceSession readOnly(std::move(*opened));
    QVERIFY(readOnly.isReadOnly());
    tab->setIncident(&readOnly, f.first);
    QCOMPARE(line("titleLineEdit")->text(), QStringLiteral("Phishing mail to finance"));
    for (const char *name : { "titleLineEdit", "reporterLineEdit", "priorityReasonLineEdit",
             "occurredLineEdit", "assigneeLineEdit" })
        QVERIFY2(line(name)->isReadOnly(), name);
    for (const char *name : { "channelComboBox", "rsitClassComboBox", "rsitTypeComboBox", "jpcertComboBox",
             "tlpComboBox", "impactComboBox", "urgencyComboBox", "priorityComboBox" })
        QVERIFY2(!combo(name)->isEnabled(), name);
    auto *summary = find<MarkdownEditor>(QStringLiteral("summaryEditor"))
                        ->findChild<QPlainTextEdit *>(QStringLiteral("markdownTextEdit"));
    QVERIFY(summary->isReadOnly());
    // Typing goes nowhere.
    enter(line("titleLineEdit"), QStringLiteral("Changed"));
    QCOMPARE(stored().title, QStringLiteral("Phishing mail to finance"));
    QCOMPARE(readOnly.undoStack()->count(), 0);
    // A language change re-fills the combos: still nothing enabled.
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(tab.get(), &change);
    QVERIFY(!combo("rsitTypeComboBox")->isEnabled());
    QVERIFY(!combo("tlpComboBox")->isEnabled());
    tab->setIncident(f.session.get(), f.first); // before the read-only session goes
    QVERIFY(!line("titleLineEdit")->isReadOnly());
    QVERIFY(combo("rsitTypeComboBox")->isEnabled());
}

void TestIncidentDetailsTab::languageChangeKeepsTheRecord()
{
    choose(combo("channelComboBox"), QStringLiteral("customer"));
    choose(combo("rsitClassComboBox"), QStringLiteral("fraud"));
    choose(combo("rsitTypeComboBox"), QStringLiteral("phishing"));
    Language::apply(QStringLiteral("ja")); // sends LanguageChange to every widget
    QCOMPARE(combo("channelComboBox")->currentData().toString(), QStringLiteral("customer"));
    QTRY_COMPARE(combo("channelComboBox")->currentText(), QStringLiteral("顧客・取引先"));
    QCOMPARE(combo("rsitClassComboBox")->currentText(), QStringLiteral("詐欺・不正利用"));
    QCOMPARE(combo("rsitTypeComboBox")->currentText(), QStringLiteral("フィッシング"));
    QCOMPARE(combo("jpcertComboBox")->currentData().toString(), QStringLiteral("phishing_site"));
    QCOMPARE(combo("jpcertComboBox")->currentText(), QStringLiteral("フィッシングサイト"));
    QCOMPARE(line("titleLineEdit")->text(), QStringLiteral("Phishing mail to finance"));
    Language::apply(QStringLiteral("en"));
    QTRY_COMPARE(combo("rsitTypeComboBox")->currentText(), QStringLiteral("Phishing"));
    QCOMPARE(f.undoStack()->count(), 3); // re-filling wrote nothing
}

QTEST_MAIN(TestIncidentDetailsTab)
#include "tst_incidentdetailstab.moc"
