#include "IncidentTabFixture.h"

#include "incidents/IncidentJournal.h"
#include "incidents/JournalTab.h"
#include "org/OrgProfileRepository.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QAbstractItemModel>
#include <QComboBox>
#include <QFont>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTreeView>

using namespace csirtkit;

namespace {
enum Column { SequenceColumn, TimeColumn, AuthorColumn, KindColumn, TextColumn, RevisionColumn };
}

class TestJournalTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::IncidentTabFixture::initTestCase(); }
    void init();
    void cleanup();

    void showsTheTimelineInTheWorkspaceZone();
    void addsAnEntryWithAuthorAndKind();
    void ctrlReturnAddsTheEntry();
    void emptyTextIsRefusedAndWritesNothing();
    void revisionKeepsTheOriginalVisible();
    void emptyOrUnchangedRevisionWritesNothing();
    void verifyReportsAnIntactChain();
    void verifyNamesAnEntryChangedWithSql();
    void userTextStaysText();
    void keepsTypingUnlessTheIncidentChanges();
    void kindsAndButtonStates();
    void readOnlyWorkspaceOffersNoWriting();
    void languageChangeRetitles();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        auto *w = tab->findChild<T *>(name);
        if (!w)
            qFatal("widget %s not found", qPrintable(name));
        return w;
    }
    QAbstractItemModel *model() const { return find<QTreeView>(QStringLiteral("journalView"))->model(); }
    QString cell(int row, int column, int role = Qt::DisplayRole) const { return model()->index(row, column).data(role).toString(); }
    int storedEntries() const
    {
        QSqlQuery q(f.workspace().db());
        q.exec(QStringLiteral("SELECT count(*) FROM journal_entry WHERE incident_id = %1").arg(f.first));
        return q.next() ? q.value(0).toInt() : -1;
    }
    void addViaWidgets(const QString &kind, const QString &text)
    {
        auto *combo = find<QComboBox>(QStringLiteral("journalKindComboBox"));
        combo->setCurrentIndex(combo->findData(kind));
        find<QPlainTextEdit>(QStringLiteral("journalTextEdit"))->setPlainText(text);
        find<QPushButton>(QStringLiteral("addJournalEntryButton"))->click();
    }
    QInputDialog *openReviseDialog(int row)
    {
        auto *view = find<QTreeView>(QStringLiteral("journalView"));
        view->setCurrentIndex(model()->index(row, TextColumn));
        find<QPushButton>(QStringLiteral("reviseJournalEntryButton"))->click();
        // A closed dialog lingers until deferred deletion; take the one on screen.
        for (auto *dialog : tab->findChildren<QInputDialog *>(QStringLiteral("reviseJournalEntryDialog")))
            if (dialog->isVisible())
                return dialog;
        return nullptr;
    }

    fixtures::IncidentTabFixture f;
    std::unique_ptr<JournalTab> tab;
    qint64 current = 0;
};

void TestJournalTab::init()
{
    f.init();
    tab = std::make_unique<JournalTab>();
    current = f.first;
    f.attach(tab.get(), &current);
}

void TestJournalTab::cleanup()
{
    tab.reset();
    f.cleanup();
}

void TestJournalTab::showsTheTimelineInTheWorkspaceZone()
{
    QVERIFY(OrgProfileRepository(f.workspace()).setValue(OrgProfile::Field::TimeZone, QStringLiteral("Asia/Tokyo")));
    tab->setIncident(f.session.get(), f.second);
    tab->setIncident(f.session.get(), f.first);
    const auto entries = IncidentJournal(f.workspace()).entries(f.first).value();
    QCOMPARE(entries.size(), 1); // "created" status entry
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(cell(0, KindColumn), QStringLiteral("Status change"));
    QCOMPARE(cell(0, AuthorColumn), QStringLiteral("Aiko Tanaka"));
    QCOMPARE(cell(0, TimeColumn), entries.first().atUtc.toTimeZone(QTimeZone("Asia/Tokyo")).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    QVERIFY(find<QLabel>(QStringLiteral("journalZoneLabel"))->text().contains(QStringLiteral("Asia/Tokyo (UTC+09:00)")));
    QCOMPARE(tab->title(), QStringLiteral("Journal (1)"));
    QVERIFY(!find<QLabel>(QStringLiteral("journalEmptyLabel"))->isVisibleTo(tab.get()));
}

void TestJournalTab::addsAnEntryWithAuthorAndKind()
{
    QSignalSpy retitled(tab.get(), &IncidentTab::titleChanged);
    addViaWidgets(QStringLiteral("decision"), QStringLiteral("Block the sender domain at the mail gateway."));
    QCOMPARE(storedEntries(), 2);
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(cell(1, SequenceColumn), QStringLiteral("2"));
    QCOMPARE(cell(1, AuthorColumn), QStringLiteral("Aiko Tanaka"));
    QCOMPARE(cell(1, KindColumn), QStringLiteral("Decision"));
    QCOMPARE(cell(1, TextColumn), QStringLiteral("Block the sender domain at the mail gateway."));
    QCOMPARE(IncidentJournal(f.workspace()).entries(f.first)->last().kind, QStringLiteral("decision"));
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("journalTextEdit"))->toPlainText().isEmpty());
    QCOMPARE(tab->title(), QStringLiteral("Journal (2)"));
    QVERIFY(retitled.count() >= 1);
    QCOMPARE(MessageBox::shownCount(), 0);
}

void TestJournalTab::ctrlReturnAddsTheEntry()
{
    tab->show();
    tab->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(tab.get()));
    auto *edit = find<QPlainTextEdit>(QStringLiteral("journalTextEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, QStringLiteral("Called the user back"));
    QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
    QCOMPARE(storedEntries(), 2);
    QCOMPARE(cell(1, TextColumn), QStringLiteral("Called the user back"));
    QCOMPARE(cell(1, KindColumn), QStringLiteral("Action")); // the first kind
}

void TestJournalTab::emptyTextIsRefusedAndWritesNothing()
{
    addViaWidgets(QStringLiteral("note"), QStringLiteral("   \n\t "));
    QCOMPARE(storedEntries(), 1);
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("empty")));
}

void TestJournalTab::revisionKeepsTheOriginalVisible()
{
    addViaWidgets(QStringLiteral("action"), QStringLiteral("Reset the password of j.doe"));
    QInputDialog *dialog = openReviseDialog(1);
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), QStringLiteral("Reset the password of j.doe"));
    dialog->setTextValue(QStringLiteral("Reset the password of j.dole (not j.doe)"));
    dialog->accept();
    QCOMPARE(storedEntries(), 3);
    QCOMPARE(model()->rowCount(), 3);
    QCOMPARE(cell(1, TextColumn), QStringLiteral("Reset the password of j.doe")); // original kept
    QCOMPARE(cell(1, RevisionColumn), QStringLiteral("Revised by #3"));
    QVERIFY(model()->index(1, TextColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    QCOMPARE(cell(2, TextColumn), QStringLiteral("Reset the password of j.dole (not j.doe)"));
    QCOMPARE(cell(2, RevisionColumn), QStringLiteral("Revision of #2"));
    QCOMPARE(cell(2, KindColumn), QStringLiteral("Action"));
    QVERIFY(!model()->index(2, TextColumn).data(Qt::FontRole).value<QFont>().strikeOut());
    const auto entries = IncidentJournal(f.workspace()).entries(f.first).value();
    QCOMPARE(entries.at(2).revises, entries.at(1).id);
}

void TestJournalTab::emptyOrUnchangedRevisionWritesNothing()
{
    QInputDialog *dialog = openReviseDialog(0);
    QVERIFY(dialog);
    dialog->setTextValue(QStringLiteral("  "));
    dialog->accept();
    QCOMPARE(storedEntries(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("empty")));
    dialog = openReviseDialog(0);
    QVERIFY(dialog);
    dialog->accept(); // the text as it was
    QCOMPARE(storedEntries(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("unchanged")));
    QCOMPARE(MessageBox::shownCount(), 2);
}

void TestJournalTab::verifyReportsAnIntactChain()
{
    addViaWidgets(QStringLiteral("note"), QStringLiteral("Mail headers saved as an artefact."));
    MessageBox::clear();
    find<QPushButton>(QStringLiteral("verifyJournalButton"))->click();
    QCOMPARE(MessageBox::shownCount(), 1);
    QCOMPARE(MessageBox::lastText(), QStringLiteral("All 2 entries are intact."));
}

void TestJournalTab::verifyNamesAnEntryChangedWithSql()
{
    addViaWidgets(QStringLiteral("note"), QStringLiteral("Sender: billing@example.invalid"));
    addViaWidgets(QStringLiteral("note"), QStringLiteral("Three users clicked the link."));
    // Tampering outside the app: rewrite entry 2 of the first incident.
    QSqlQuery q(f.workspace().db());
    QVERIFY(q.exec(QStringLiteral("UPDATE journal_entry SET text = 'Sender: unknown' WHERE incident_id = %1 AND sequence = 2")
                       .arg(f.first)));
    QCOMPARE(q.numRowsAffected(), 1);
    MessageBox::clear();
    find<QPushButton>(QStringLiteral("verifyJournalButton"))->click();
    QCOMPARE(MessageBox::shownCount(), 1);
    const QString ident = IncidentRepository(f.workspace()).incident(f.first)->ident;
    QVERIFY2(MessageBox::lastText().contains(ident + QStringLiteral(", journal entry 2: its content was changed")),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!MessageBox::lastText().contains(QStringLiteral("journal entry 3")));
    QCOMPARE(cell(1, SequenceColumn), QStringLiteral("2 \u26A0"));
    QVERIFY(cell(1, TextColumn, Qt::ToolTipRole).contains(QStringLiteral("changed outside CSIRT Kit")));
    QCOMPARE(cell(2, SequenceColumn), QStringLiteral("3"));
    // The other incident's chain is not this tab's business.
    QVERIFY(IncidentJournal(f.workspace()).verify(f.second)->isEmpty());
}

void TestJournalTab::userTextStaysText()
{
    const QString hostile = QStringLiteral("<img src=x onerror=alert(1)> <a href=\"file:///etc/passwd\">x</a>");
    addViaWidgets(QStringLiteral("communication"), hostile);
    QCOMPARE(cell(1, TextColumn), hostile); // shown by the view as plain text
    const QString tip = cell(1, TextColumn, Qt::ToolTipRole);
    QVERIFY(tip.contains(QStringLiteral("&lt;img src=x onerror=alert(1)&gt;")));
    QVERIFY(!tip.contains(QStringLiteral("<img")));
    QVERIFY(!tip.contains(QStringLiteral("<a ")));
    QInputDialog *dialog = openReviseDialog(1);
    QVERIFY(dialog);
    QCOMPARE(dialog->textValue(), hostile);
    QVERIFY(!dialog->labelText().contains(QStringLiteral("<img")));
    dialog->reject();
}

void TestJournalTab::keepsTypingUnlessTheIncidentChanges()
{
    auto *edit = find<QPlainTextEdit>(QStringLiteral("journalTextEdit"));
    auto *combo = find<QComboBox>(QStringLiteral("journalKindComboBox"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("decision")));
    edit->setPlainText(QStringLiteral("Half-written thought"));
    // Someone else's change to this incident refreshes the tab; the typing stays.
    QVERIFY(IncidentJournal(f.workspace()).append(f.first, QStringLiteral("note"), QStringLiteral("From elsewhere"), QStringLiteral("Ken")));
    f.session->notifyChanged(QStringLiteral("incident"));
    QCOMPARE(model()->rowCount(), 2);
    QCOMPARE(cell(1, AuthorColumn), QStringLiteral("Ken"));
    QCOMPARE(edit->toPlainText(), QStringLiteral("Half-written thought"));
    QCOMPARE(combo->currentData().toString(), QStringLiteral("decision"));
    current = f.second;
    tab->setIncident(f.session.get(), f.second);
    QVERIFY(edit->toPlainText().isEmpty());
    QCOMPARE(model()->rowCount(), 1);
    QCOMPARE(tab->title(), QStringLiteral("Journal (1)"));
}

void TestJournalTab::kindsAndButtonStates()
{
    auto *combo = find<QComboBox>(QStringLiteral("journalKindComboBox"));
    QCOMPARE(combo->count(), 4);
    QCOMPARE(combo->findData(QStringLiteral("status")), -1); // written by transitions only
    QVERIFY(find<QPushButton>(QStringLiteral("addJournalEntryButton"))->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("reviseJournalEntryButton"))->isEnabled()); // nothing selected
    find<QTreeView>(QStringLiteral("journalView"))->setCurrentIndex(model()->index(0, TextColumn));
    QVERIFY(find<QPushButton>(QStringLiteral("reviseJournalEntryButton"))->isEnabled());
}

void TestJournalTab::readOnlyWorkspaceOffersNoWriting()
{
    auto opened = Workspace::openForReading(f.workspace().filePath());
    QVERIFY(opened.ok());
    WorkspaceSession readOnly(std::move(*opened));
    QVERIFY(readOnly.isReadOnly());
    tab->setIncident(&readOnly, f.first);
    find<QTreeView>(QStringLiteral("journalView"))->setCurrentIndex(model()->index(0, TextColumn));
    QVERIFY(!find<QPushButton>(QStringLiteral("addJournalEntryButton"))->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("reviseJournalEntryButton"))->isEnabled());
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("journalTextEdit"))->isReadOnly());
    QVERIFY(find<QPushButton>(QStringLiteral("verifyJournalButton"))->isEnabled()); // checking is reading
    find<QPushButton>(QStringLiteral("verifyJournalButton"))->click();
    QCOMPARE(MessageBox::lastText(), QStringLiteral("The journal entry is intact."));
    tab->setIncident(f.session.get(), f.first); // before the read-only session goes
    QVERIFY(find<QPushButton>(QStringLiteral("addJournalEntryButton"))->isEnabled());
}

void TestJournalTab::languageChangeRetitles()
{
    QSignalSpy retitled(tab.get(), &IncidentTab::titleChanged);
    QEvent change(QEvent::LanguageChange);
    QApplication::sendEvent(tab.get(), &change);
    QCOMPARE(retitled.count(), 1);
    QCOMPARE(find<QPushButton>(QStringLiteral("verifyJournalButton"))->text(), QStringLiteral("Verify integrity"));
    QCOMPARE(model()->headerData(KindColumn, Qt::Horizontal).toString(), QStringLiteral("Kind"));
}

QTEST_MAIN(TestJournalTab)
#include "tst_journaltab.moc"
