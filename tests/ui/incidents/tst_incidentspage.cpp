#include "tst_incidentspage.h"

#include "incidents/NotificationClocks.h"
#include "incidents/ResolveCheck.h"

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
    // Every step asks (the comment is optional); a step that "does not ask" is answered with no comment.
    TransitionDialog::setNextAnswer(asks ? std::move(answer) : std::optional(TransitionDialog::Answer {}));
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

    // Into triage and response with no comment.
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

    // Nothing left open: every task done, the times known, lessons learned given when resolving.
    IncidentTasks tasks(f.workspace());
    for (const IncidentTask &t : tasks.tasks(id, QStringLiteral("en")).value())
        QVERIFY(tasks.setDone(t.id, true).ok());
    IncidentRepository repo(f.workspace());
    const QDateTime hourAgo = QDateTime::currentDateTimeUtc().addSecs(-3600);
    for (const auto field : { IncidentRepository::TimeField::Occurred, IncidentRepository::TimeField::Detected,
                              IncidentRepository::TimeField::Contained })
        QVERIFY(repo.setTime(id, field, hourAgo).ok());
    clickTransition(QStringLiteral("resolved"), TransitionDialog::Answer { QStringLiteral("Restored from backup"), {}, false,
                                                                          QStringLiteral("Keep offline backups.") }, true);
    QCOMPARE(incident(id).status, QStringLiteral("resolved"));
    QCOMPARE(incident(id).lessons, QStringLiteral("Keep offline backups."));
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

void TestIncidentsPage::resolvingShowsWhatIsStillOpen()
{
    const qint64 id = createViaDialog(QStringLiteral("Ransom note on the file server"));
    QVERIFY(id > 0);
    QVERIFY(IncidentTasks(f.workspace()).add(id, QStringLiteral("Restore the share")).ok());
    QVERIFY(NotificationClocks(f.workspace()).apply(id, QStringLiteral("jp_appi"), QDateTime::currentDateTimeUtc()).ok());
    clickTransition(QStringLiteral("triage"));
    clickTransition(QStringLiteral("response"));
    const auto open = ResolveCheck::openItems(f.workspace(), id, QStringLiteral("resolved")).value();
    QCOMPARE(open.size(), 3); // tasks, notifications, times
    QVERIFY2(open.at(0).contains(QStringLiteral("task")) && open.at(0).contains(QStringLiteral("not done")), qPrintable(open.join(QLatin1Char('|'))));
    QVERIFY2(open.at(1).contains(QStringLiteral("Preliminary report to the PPC")), qPrintable(open.at(1)));
    QVERIFY2(open.at(2).contains(QStringLiteral("contained")), qPrintable(open.at(2)));

    // Without "anyway" and a reason the step is refused, naming what is open, the lessons learned included.
    MessageBox::clear();
    clickTransition(QStringLiteral("resolved"), TransitionDialog::Answer { QStringLiteral("Done"), {}, false, QString() }, true);
    QCOMPARE(incident(id).status, QStringLiteral("response"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("not sent")) && MessageBox::lastText().contains(QStringLiteral("lessons learned")),
             qPrintable(MessageBox::lastText()));
    clickTransition(QStringLiteral("resolved"), TransitionDialog::Answer { QString(), {}, true, QString() }, true); // no reason
    QCOMPARE(incident(id).status, QStringLiteral("response"));

    // Anyway, with a reason: resolved, and the journal keeps what was open and why.
    clickTransition(QStringLiteral("resolved"), TransitionDialog::Answer { QStringLiteral("The PPC report goes out tomorrow"), {}, true,
                                                                          QStringLiteral("Patch faster.") }, true);
    QCOMPARE(incident(id).status, QStringLiteral("resolved"));
    QCOMPARE(incident(id).lessons, QStringLiteral("Patch faster."));
    const QString last = journal(id).constLast().text;
    QVERIFY2(last.contains(QStringLiteral("not sent")) && last.contains(QStringLiteral("Reason: The PPC report goes out tomorrow")),
             qPrintable(last));
    QVERIFY(!last.contains(QStringLiteral("lessons learned"))); // written in the dialog
    QVERIFY(IncidentJournal(f.workspace()).verify(id).value().isEmpty());
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

QTEST_MAIN(TestIncidentsPage)
