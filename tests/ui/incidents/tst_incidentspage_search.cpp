#include "tst_incidentspage.h"

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
