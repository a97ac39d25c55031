#include "IncidentTabFixture.h"

#include "common/FileDialog.h"
#include "incidents/Communications.h"
#include "incidents/NotificationClocks.h"
#include "incidents/NotificationRulesDialog.h"
#include "incidents/DraftNoticeDialog.h"
#include "incidents/NotificationsTab.h"
#include "org/OrgProfileRepository.h"
#include "workspace/SqlUtil.h"

#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QApplication>
#include <QTextBrowser>
#include <QTimer>

using namespace csirtkit;

class TestNotificationsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::IncidentTabFixture::initTestCase(); }
    void init()
    {
        f.init();
        QVERIFY(OrgProfileRepository(f.workspace()).setValue(OrgProfile::Field::TimeZone, QStringLiteral("Asia/Tokyo")));
        tab = std::make_unique<NotificationsTab>();
        current = f.first;
        f.attach(tab.get(), &current);
    }
    void cleanup()
    {
        tab.reset();
        f.cleanup();
    }
    void tickingARuleStartsItsClock();
    void markSentLogsTheCommunication();
    void badTimesWriteNothing();
    void draftNoticeIsSaved();
    void workspaceRulesAreAddedAndOffered();

private:
    template<typename T>
    T *find(const char *name) const
    {
        return tab->findChild<T *>(QLatin1String(name));
    }
    QListWidgetItem *rule(const QString &key) const
    {
        auto *list = find<QListWidget>("notificationRulesListWidget");
        for (int i = 0; i < list->count(); ++i)
            if (list->item(i)->data(Qt::UserRole + 1).toString() == key)
                return list->item(i);
        return nullptr;
    }
    int rows(const char *table) const
    {
        return sql::scalar(f.workspace().db(), QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)))->toInt();
    }

    fixtures::IncidentTabFixture f;
    std::unique_ptr<NotificationsTab> tab;
    qint64 current = 0;
};

void TestNotificationsTab::tickingARuleStartsItsClock()
{
    QCOMPARE(tab->title(), QStringLiteral("Notifications"));
    find<QLineEdit>("awareLineEdit")->setText(QStringLiteral("2026-03-02 09:00")); // Tokyo
    rule(QStringLiteral("gdpr_art33"))->setCheckState(Qt::Checked);
    auto deadlines = NotificationClocks(f.workspace()).deadlines(f.first).value();
    QCOMPARE(deadlines.size(), 1);
    QCOMPARE(deadlines.first().awareUtc, QDateTime(QDate(2026, 3, 2), QTime(0, 0), QTimeZone::UTC));
    auto *table = find<QTableWidget>("deadlinesTableWidget");
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("2026-03-05 09:00")); // 72 h later, shown in Tokyo time
    QVERIFY(table->item(0, 3)->text().startsWith(QStringLiteral("overdue by")));
    QCOMPARE(tab->title(), QStringLiteral("Notifications (1)"));
    // Unticking asks first; "No" keeps the clock.
    MessageBox::setNextAnswer(QMessageBox::No);
    rule(QStringLiteral("gdpr_art33"))->setCheckState(Qt::Unchecked);
    QCOMPARE(rows("incident_notification"), 1);
    QCOMPARE(rule(QStringLiteral("gdpr_art33"))->checkState(), Qt::Checked);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    rule(QStringLiteral("gdpr_art33"))->setCheckState(Qt::Unchecked);
    QCOMPARE(rows("incident_notification"), 0);
}

void TestNotificationsTab::markSentLogsTheCommunication()
{
    find<QLineEdit>("awareLineEdit")->setText(QStringLiteral("2026-03-02 09:00"));
    rule(QStringLiteral("nis2_art23"))->setCheckState(Qt::Checked);
    auto *table = find<QTableWidget>("deadlinesTableWidget");
    QCOMPARE(table->rowCount(), 3);
    table->setCurrentCell(0, 0);
    QVERIFY(find<QPushButton>("markSentButton")->isEnabled());
    find<QLineEdit>("sentAtLineEdit")->setText(QStringLiteral("2026-03-02 20:00"));
    auto *channel = find<QComboBox>("sentChannelComboBox");
    channel->setCurrentIndex(channel->findData(QStringLiteral("pgp_email")));
    find<QLineEdit>("recipientLineEdit")->setText(QStringLiteral("NISC"));
    find<QPushButton>("markSentButton")->click();
    QCOMPARE(MessageBox::lastText(), QString());
    const auto comms = Communications(f.workspace()).list(f.first).value();
    QCOMPARE(comms.size(), 1);
    QCOMPARE(comms.first().organisation, QStringLiteral("NISC"));
    QCOMPARE(comms.first().channel, QStringLiteral("pgp_email"));
    QCOMPARE(comms.first().atUtc, QDateTime(QDate(2026, 3, 2), QTime(11, 0), QTimeZone::UTC));
    QCOMPARE(table->item(0, 3)->text(), QStringLiteral("sent"));
    QCOMPARE(tab->title(), QStringLiteral("Notifications (2)"));
}

void TestNotificationsTab::badTimesWriteNothing()
{
    find<QLineEdit>("awareLineEdit")->setText(QStringLiteral("last Tuesday"));
    rule(QStringLiteral("jp_appi"))->setCheckState(Qt::Checked);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("last Tuesday")));
    QCOMPARE(rows("incident_notification"), 0);
    QCOMPARE(rule(QStringLiteral("jp_appi"))->checkState(), Qt::Unchecked);
    find<QLineEdit>("awareLineEdit")->setText(QStringLiteral("2026-03-02 09:00"));
    rule(QStringLiteral("jp_appi"))->setCheckState(Qt::Checked);
    find<QTableWidget>("deadlinesTableWidget")->setCurrentCell(0, 0);
    find<QLineEdit>("sentAtLineEdit")->setText(QStringLiteral("soon"));
    find<QPushButton>("markSentButton")->click();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("soon")));
    QCOMPARE(rows("notification_sent"), 0);
    QCOMPARE(rows("communication"), 0);
}

void TestNotificationsTab::draftNoticeIsSaved()
{
    find<QLineEdit>("awareLineEdit")->setText(QStringLiteral("2026-03-02 09:00"));
    rule(QStringLiteral("jp_appi"))->setCheckState(Qt::Checked);
    find<QTableWidget>("deadlinesTableWidget")->setCurrentCell(1, 0);
    const QString path = f.dir->filePath(QStringLiteral("notice.md"));
    FileDialog::setNextFileName(path);
    // The draft opens in a preview first; saving from there says where the file went.
    QString previewed;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<DraftNoticeDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        previewed = dialog->findChild<QTextBrowser *>()->toPlainText();
        if (const QString shots = qEnvironmentVariable("CSIRTKIT_SHOT_DIR"); !shots.isEmpty()) // to look at it
            dialog->grab().save(shots + QStringLiteral("/draft-notice.png"));
        dialog->findChild<QPushButton *>(QStringLiteral("saveDraftAsButton"))->click();
    });
    find<QPushButton>("saveDraftButton")->click();
    QVERIFY2(previewed.contains(QStringLiteral("Final report to the PPC")), qPrintable(previewed));
    QVERIFY2(previewed.contains(QStringLiteral("Number of people concerned")), qPrintable(previewed)); // the regulator's items
    QVERIFY(!previewed.contains(QStringLiteral("**")));                                                  // rendered, not source
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("notice.md")), qPrintable(MessageBox::lastText()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Final report to the PPC")));
    QVERIFY(text.contains(QStringLiteral("Phishing mail to finance")));
    QVERIFY(text.contains(QStringLiteral("Asia/Tokyo")));
    QVERIFY(text.contains(QStringLiteral("## Publication")));
}

void TestNotificationsTab::workspaceRulesAreAddedAndOffered()
{
    NotificationRulesDialog dialog(f.session.get());
    QVERIFY(!dialog.findChild<QLineEdit *>(QStringLiteral("ruleKeyLineEdit"))); // the key is made from the title
    if (const QString shots = qEnvironmentVariable("CSIRTKIT_SHOT_DIR"); !shots.isEmpty()) { // to look at it
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.grab().save(shots + QStringLiteral("/notification-rules.png"));
    }
    auto *obligations = dialog.findChild<QTableWidget *>(QStringLiteral("obligationsTableWidget"));
    // Incomplete: no obligation → a message, nothing written.
    dialog.findChild<QLineEdit *>(QStringLiteral("ruleTitleEnLineEdit"))->setText(QStringLiteral("Customer contract"));
    QVERIFY(!dialog.addRule());
    QVERIFY(!MessageBox::lastText().isEmpty());
    QCOMPARE(rows("notification_rule"), 0);
    obligations->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Notice to the customer")));
    obligations->setItem(0, 1, new QTableWidgetItem(QStringLiteral("two")));
    QVERIFY(!dialog.addRule()); // hours must be a number
    obligations->setItem(0, 1, new QTableWidgetItem(QStringLiteral("48")));
    QVERIFY(dialog.addRule());
    QCOMPARE(rows("notification_rule"), 1);
    tab->setIncident(f.session.get(), f.first); // as the incident view does after the change
    QVERIFY(rule(QStringLiteral("customer_contract")));
    find<QLineEdit>("awareLineEdit")->setText(QStringLiteral("2026-03-02 09:00"));
    rule(QStringLiteral("customer_contract"))->setCheckState(Qt::Checked);
    auto deadlines = NotificationClocks(f.workspace()).deadlines(f.first).value();
    QCOMPARE(deadlines.size(), 1);
    QCOMPARE(deadlines.first().dueUtc, QDateTime(QDate(2026, 3, 4), QTime(0, 0), QTimeZone::UTC)); // 48 h after 00:00 UTC
}

QTEST_MAIN(TestNotificationsTab)
#include "tst_notificationstab.moc"
