#include "MainWindowFixture.h"

#include "incidents/IncidentRepository.h"
#include "incidents/IncidentTasks.h"
#include "incidents/IncidentView.h"
#include "incidents/IncidentsPage.h"
#include "incidents/NewIncidentDialog.h"
#include "org/OrgProfileRepository.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>

using namespace csirtkit;

class TestNewIncidentDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::MainWindowFixture::initTestCase(); }
    void init();
    void cleanup();

    void opensFromTheListWithSensibleDefaults();
    void logIncidentNeedsATitle();
    void badDetectedTimeWritesNothing_data();
    void badDetectedTimeWritesNothing();
    void storesEveryFieldInUtc();
    void typesFollowTheClass();
    void cancelWritesNothing();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        auto *w = dialog->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s in the dialog", qPrintable(name));
        return w;
    }
    QPushButton *ok() const { return find<QPushButton>(QStringLiteral("createIncidentButton")); }
    void choose(const QString &combo, const QString &data) const
    {
        auto *box = find<QComboBox>(combo);
        const int index = box->findData(data);
        QVERIFY2(index >= 0, qPrintable(combo + QLatin1Char('=') + data));
        box->setCurrentIndex(index);
    }
    qint64 stored() const { return IncidentRepository(f.workspace()).count().value(); }

    fixtures::MainWindowFixture f;
    NewIncidentDialog *dialog = nullptr;
};

void TestNewIncidentDialog::init()
{
    f.init();
    Config::set(Config::Key::UserName, QStringLiteral("Aiko Tanaka"));
    QVERIFY(OrgProfileRepository(f.workspace()).setValue(OrgProfile::Field::TimeZone, QStringLiteral("Asia/Tokyo")));
    QVERIFY(f.window->showPage(QStringLiteral("incidents")));
    f.window->findChild<IncidentsPage *>()->newIncident();
    dialog = f.window->findChild<NewIncidentDialog *>(QStringLiteral("newIncidentDialog"));
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
}

void TestNewIncidentDialog::cleanup()
{
    dialog = nullptr;
    f.cleanup();
}

void TestNewIncidentDialog::opensFromTheListWithSensibleDefaults()
{
    QVERIFY(dialog->isModal()); // open(): window-modal, without a nested event loop
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New Incident"));
    QCOMPARE(find<QComboBox>(QStringLiteral("newTlpComboBox"))->currentData().toString(), QStringLiteral("TLP:AMBER"));
    QCOMPARE(find<QComboBox>(QStringLiteral("newImpactComboBox"))->currentData().toString(), QStringLiteral("medium"));
    QCOMPARE(find<QComboBox>(QStringLiteral("newUrgencyComboBox"))->currentData().toString(), QStringLiteral("medium"));
    QCOMPARE(find<QComboBox>(QStringLiteral("newClassComboBox"))->currentData().toString(), QString());
    QVERIFY(!find<QComboBox>(QStringLiteral("newTypeComboBox"))->isEnabled());
    QCOMPARE(find<QLineEdit>(QStringLiteral("newAssigneeLineEdit"))->text(), QStringLiteral("Aiko Tanaka"));
    QVERIFY(!find<QLabel>(QStringLiteral("newIncidentErrorLabel"))->isVisible());
    // "Detected" is now, in the workspace's zone, and the zone is named beside it.
    const QDateTime detected = WorkspaceTimeZone::parse(find<QLineEdit>(QStringLiteral("newDetectedLineEdit"))->text(),
                                                        QTimeZone("Asia/Tokyo"));
    QVERIFY(detected.isValid());
    QVERIFY(qAbs(detected.secsTo(QDateTime::currentDateTimeUtc())) < 120);
    bool zoneShown = false;
    for (QLabel *label : dialog->findChildren<QLabel *>())
        zoneShown = zoneShown || label->text().contains(QStringLiteral("Asia/Tokyo (UTC+09:00)"));
    QVERIFY(zoneShown);
}

void TestNewIncidentDialog::logIncidentNeedsATitle()
{
    QVERIFY(!ok()->isEnabled());
    QCOMPARE(ok()->text(), QStringLiteral("Log Incident"));
    auto *title = find<QLineEdit>(QStringLiteral("newTitleLineEdit"));
    QTest::keyClicks(title, QStringLiteral("   "));
    QVERIFY(!ok()->isEnabled());
    QTest::keyClicks(title, QStringLiteral("Defaced home page"));
    QVERIFY(ok()->isEnabled());
    title->clear();
    QVERIFY(!ok()->isEnabled());
    // Return on a disabled OK does not log anything either.
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(stored(), 0);
}

void TestNewIncidentDialog::badDetectedTimeWritesNothing_data()
{
    QTest::addColumn<QString>("detected");
    QTest::addColumn<QString>("message");
    QTest::newRow("words") << QStringLiteral("yesterday morning") << QStringLiteral("“yesterday morning” is not a time.");
    QTest::newRow("no such day") << QStringLiteral("2025-02-30 10:00") << QStringLiteral("“2025-02-30 10:00” is not a time.");
    QTest::newRow("future") << QDateTime::currentDateTimeUtc().addYears(1).toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                            << QStringLiteral("in the future");
}

void TestNewIncidentDialog::badDetectedTimeWritesNothing()
{
    QFETCH(QString, detected);
    QFETCH(QString, message);
    find<QLineEdit>(QStringLiteral("newTitleLineEdit"))->setText(QStringLiteral("Port scan"));
    find<QLineEdit>(QStringLiteral("newDetectedLineEdit"))->setText(detected);
    QSignalSpy accepted(dialog, &QDialog::accepted);
    ok()->click();
    auto *error = find<QLabel>(QStringLiteral("newIncidentErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(message), qPrintable(error->text()));
    QCOMPARE(error->textFormat(), Qt::PlainText);
    QVERIFY(dialog->isVisible());
    QCOMPARE(accepted.count(), 0);
    QCOMPARE(stored(), 0);
    QCOMPARE(dialog->createdId(), 0);

    // Corrected, the same dialog logs it; an empty time means "unknown".
    find<QLineEdit>(QStringLiteral("newDetectedLineEdit"))->clear();
    ok()->click();
    QCOMPARE(accepted.count(), 1);
    QCOMPARE(stored(), 1);
    QVERIFY(!IncidentRepository(f.workspace()).incident(dialog->createdId()).value().detectedUtc.isValid());
}

void TestNewIncidentDialog::storesEveryFieldInUtc()
{
    find<QLineEdit>(QStringLiteral("newTitleLineEdit"))->setText(QStringLiteral("  DDoS on the web shop  "));
    find<QPlainTextEdit>(QStringLiteral("newSummaryEdit"))->setPlainText(QStringLiteral("Checkout times out since 09:10."));
    find<QLineEdit>(QStringLiteral("newReporterLineEdit"))->setText(QStringLiteral("NOC night shift"));
    choose(QStringLiteral("newChannelComboBox"), QStringLiteral("monitoring"));
    find<QLineEdit>(QStringLiteral("newContactLineEdit"))->setText(QStringLiteral("+81 3 1234 5678"));
    choose(QStringLiteral("newClassComboBox"), QStringLiteral("availability"));
    choose(QStringLiteral("newTypeComboBox"), QStringLiteral("ddos"));
    choose(QStringLiteral("newTlpComboBox"), QStringLiteral("TLP:GREEN"));
    choose(QStringLiteral("newImpactComboBox"), QStringLiteral("high"));
    choose(QStringLiteral("newUrgencyComboBox"), QStringLiteral("low"));
    find<QLineEdit>(QStringLiteral("newDetectedLineEdit"))->setText(QStringLiteral("2025-01-15 09:30"));
    find<QLineEdit>(QStringLiteral("newAssigneeLineEdit"))->setText(QStringLiteral("Ken Sato"));
    ok()->click();
    QVERIFY2(MessageBox::shownCount() == 0, qPrintable(MessageBox::lastText()));
    QVERIFY(!dialog->isVisible());
    const qint64 id = dialog->createdId();
    QVERIFY(id > 0);
    QCOMPARE(stored(), 1);

    const Incident i = IncidentRepository(f.workspace()).incident(id).value();
    QCOMPARE(i.title, QStringLiteral("DDoS on the web shop"));
    QCOMPARE(i.summary, QStringLiteral("Checkout times out since 09:10."));
    QCOMPARE(i.reporter, QStringLiteral("NOC night shift"));
    QCOMPARE(i.channel, QStringLiteral("monitoring"));
    QCOMPARE(i.contact, QStringLiteral("+81 3 1234 5678"));
    QCOMPARE(i.rsitClass, QStringLiteral("availability"));
    QCOMPARE(i.rsitType, QStringLiteral("ddos"));
    QVERIFY(!i.jpcert.isEmpty()); // the default category for the type
    QCOMPARE(i.tlp, QStringLiteral("TLP:GREEN"));
    QCOMPARE(i.impact, QStringLiteral("high"));
    QCOMPARE(i.urgency, QStringLiteral("low"));
    QCOMPARE(i.priority, QStringLiteral("P3")); // high × low in the default matrix
    QVERIFY(i.priorityReason.isEmpty());
    QCOMPARE(i.assignee, QStringLiteral("Ken Sato"));
    QCOMPARE(i.status, QStringLiteral("new"));
    // 09:30 in Tokyo (UTC+9) is 00:30 UTC.
    QCOMPARE(i.detectedUtc, QDateTime(QDate(2025, 1, 15), QTime(0, 30), QTimeZone::UTC));

    // The DDoS playbook is applied, and the new incident is what the page shows.
    QStringList keys;
    for (const Playbook &p : IncidentTasks::playbooks())
        if (p.key == QLatin1String("ddos"))
            for (const auto &task : p.tasks)
                keys << task.first;
    QVERIFY(!keys.isEmpty());
    QStringList applied;
    for (const IncidentTask &t : IncidentTasks(f.workspace()).tasks(id, QStringLiteral("en")).value())
        applied << t.taskKey;
    QCOMPARE(applied, keys);
    auto *view = f.window->findChild<IncidentsPage *>()->view();
    QVERIFY(view->isVisible());
    QCOMPARE(view->incidentId(), id);
}

void TestNewIncidentDialog::typesFollowTheClass()
{
    auto *types = find<QComboBox>(QStringLiteral("newTypeComboBox"));
    QCOMPARE(types->count(), 0);
    choose(QStringLiteral("newClassComboBox"), QStringLiteral("fraud"));
    QVERIFY(types->isEnabled());
    QVERIFY(types->findData(QStringLiteral("phishing")) >= 0);
    QVERIFY(types->findData(QStringLiteral("ddos")) < 0);
    choose(QStringLiteral("newClassComboBox"), QString());
    QCOMPARE(types->count(), 0);
    QVERIFY(!types->isEnabled());
    // Unclassified: no type is stored, and no playbook applied.
    find<QLineEdit>(QStringLiteral("newTitleLineEdit"))->setText(QStringLiteral("Something odd"));
    ok()->click();
    const Incident i = IncidentRepository(f.workspace()).incident(dialog->createdId()).value();
    QVERIFY(i.rsitClass.isEmpty());
    QVERIFY(i.rsitType.isEmpty());
    QVERIFY(IncidentTasks(f.workspace()).tasks(i.id, QStringLiteral("en")).value().isEmpty());
}

void TestNewIncidentDialog::cancelWritesNothing()
{
    find<QLineEdit>(QStringLiteral("newTitleLineEdit"))->setText(QStringLiteral("Never mind"));
    choose(QStringLiteral("newClassComboBox"), QStringLiteral("fraud"));
    const int steps = f.undoStack()->count();
    const auto buttons = dialog->findChildren<QPushButton *>();
    QPushButton *cancel = nullptr;
    for (QPushButton *b : buttons)
        if (b->text() == QLatin1String("&Cancel") || b->text() == QLatin1String("Cancel"))
            cancel = b;
    QVERIFY(cancel);
    cancel->click();
    QVERIFY(!dialog->isVisible());
    QCOMPARE(dialog->createdId(), 0);
    QCOMPARE(stored(), 0);
    QCOMPARE(f.undoStack()->count(), steps);
    // Escape cancels as well, and the list stays in front.
    auto *page = f.window->findChild<IncidentsPage *>();
    QVERIFY(!page->view()->isVisible());
    page->newIncident();
    NewIncidentDialog *second = nullptr;
    for (auto *d : f.window->findChildren<NewIncidentDialog *>())
        if (d->isVisible())
            second = d;
    QVERIFY(second);
    second->findChild<QLineEdit *>(QStringLiteral("newTitleLineEdit"))->setText(QStringLiteral("Also not"));
    QTest::keyClick(second, Qt::Key_Escape);
    QVERIFY(!second->isVisible());
    QCOMPARE(stored(), 0);
}

QTEST_MAIN(TestNewIncidentDialog)
#include "tst_newincidentdialog.moc"
