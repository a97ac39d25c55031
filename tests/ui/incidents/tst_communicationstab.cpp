#include "IncidentTabFixture.h"

#include "incidents/CommunicationsTab.h"
#include "org/OrgProfileRepository.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace csirtkit;

class TestCommunicationsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::IncidentTabFixture::initTestCase(); }
    void init();
    void cleanup();

    void addsPhoneCallWithCallbackNumber();
    void refusesInvalidInputAndWritesNothing();
    void phoneFieldsOnlyForPhone();
    void keepsTypingUnlessTheIncidentChanges();
    void showsEmptyStateAndPlainText();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = tab->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    void choose(const QString &combo, const QString &key) const
    {
        auto *box = find<QComboBox>(combo);
        box->setCurrentIndex(box->findData(key));
    }
    int rows() const
    {
        QSqlQuery q(f.workspace().db());
        q.exec(QStringLiteral("SELECT count(*) FROM communication"));
        q.next();
        return q.value(0).toInt();
    }

    fixtures::IncidentTabFixture f;
    std::unique_ptr<CommunicationsTab> tab;
};

void TestCommunicationsTab::init()
{
    f.init();
    QVERIFY(OrgProfileRepository(f.workspace()).setValue(OrgProfile::Field::TimeZone, QStringLiteral("Asia/Tokyo")).ok());
    tab = std::make_unique<CommunicationsTab>();
    tab->setIncident(f.session.get(), f.first);
    tab->show();
}

void TestCommunicationsTab::cleanup()
{
    tab.reset();
    f.cleanup();
}

void TestCommunicationsTab::addsPhoneCallWithCallbackNumber()
{
    QSignalSpy titles(tab.get(), &IncidentTab::titleChanged);
    QSignalSpy changed(f.session.get(), &WorkspaceSession::changed);
    QCOMPARE(tab->title(), QStringLiteral("Communications (0)"));
    QVERIFY(find<QLabel>(QStringLiteral("communicationZoneLabel"))->text().startsWith(QStringLiteral("Asia/Tokyo")));
    choose(QStringLiteral("channelComboBox"), QStringLiteral("phone"));
    choose(QStringLiteral("directionComboBox"), QStringLiteral("incoming"));
    find<QDateTimeEdit>(QStringLiteral("communicationTimeEdit"))->setDateTime(QDateTime(QDate(2026, 3, 1), QTime(10, 15)));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("callerLineEdit")), QStringLiteral("Kenji Sato"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("organisationLineEdit")), QStringLiteral("Example Bank CSIRT"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("callbackLineEdit")), QStringLiteral("+81-3-1234-5678"));
    find<QPlainTextEdit>(QStringLiteral("reportedTextEdit"))->setPlainText(QStringLiteral("Phishing mails from our domain"));
    find<QPlainTextEdit>(QStringLiteral("promisedTextEdit"))->setPlainText(QStringLiteral("Call back by 17:00"));
    find<QPlainTextEdit>(QStringLiteral("summaryTextEdit"))->setPlainText(QStringLiteral("Partner CSIRT warned us"));
    choose(QStringLiteral("communicationTlpComboBox"), QStringLiteral("TLP:GREEN"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("addCommunicationButton")), Qt::LeftButton);
    QCOMPARE(MessageBox::shownCount(), 0);

    QSqlQuery q(f.workspace().db());
    QVERIFY(q.exec(QStringLiteral("SELECT incident_id, at_utc, direction, channel, person, organisation, summary, tlp, "
                                  "callback, reported, promised, author FROM communication")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toLongLong(), f.first);
    QCOMPARE(q.value(1).toString(), QStringLiteral("2026-03-01T01:15:00.000Z")); // entered in Tokyo time
    QCOMPARE(q.value(2).toString(), QStringLiteral("incoming"));
    QCOMPARE(q.value(3).toString(), QStringLiteral("phone"));
    QCOMPARE(q.value(4).toString(), QStringLiteral("Kenji Sato"));
    QCOMPARE(q.value(5).toString(), QStringLiteral("Example Bank CSIRT"));
    QCOMPARE(q.value(6).toString(), QStringLiteral("Partner CSIRT warned us"));
    QCOMPARE(q.value(7).toString(), QStringLiteral("TLP:GREEN"));
    QCOMPARE(q.value(8).toString(), QStringLiteral("+81-3-1234-5678"));
    QCOMPARE(q.value(9).toString(), QStringLiteral("Phishing mails from our domain"));
    QCOMPARE(q.value(10).toString(), QStringLiteral("Call back by 17:00"));
    QCOMPARE(q.value(11).toString(), QStringLiteral("Aiko Tanaka"));
    QVERIFY(!q.next());

    auto *view = find<QTreeWidget>(QStringLiteral("communicationsView"));
    QCOMPARE(view->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = view->topLevelItem(0);
    QCOMPARE(row->text(CommunicationsTab::TimeColumn), QStringLiteral("2026-03-01 10:15"));
    QCOMPARE(row->text(CommunicationsTab::DirectionColumn), QStringLiteral("Incoming"));
    QCOMPARE(row->text(CommunicationsTab::ChannelColumn), QStringLiteral("Phone"));
    QCOMPARE(row->text(CommunicationsTab::PersonColumn), QStringLiteral("Kenji Sato"));
    QCOMPARE(row->text(CommunicationsTab::TlpColumn), QStringLiteral("TLP:GREEN"));
    QVERIFY(view->headerItem()->text(CommunicationsTab::TimeColumn).contains(QStringLiteral("Asia/Tokyo")));
    const QString details = find<QLabel>(QStringLiteral("communicationDetailsLabel"))->text();
    QVERIFY2(details.contains(QStringLiteral("+81-3-1234-5678")) && details.contains(QStringLiteral("Call back by 17:00")),
             qPrintable(details));
    QCOMPARE(tab->title(), QStringLiteral("Communications (1)"));
    QVERIFY(titles.count() >= 1);
    QVERIFY(changed.contains(QVariantList { QStringLiteral("incident") }));
    // The form is ready for the next entry; a record is not an undo step.
    QVERIFY(find<QLineEdit>(QStringLiteral("callerLineEdit"))->text().isEmpty());
    QVERIFY(find<QPlainTextEdit>(QStringLiteral("summaryTextEdit"))->toPlainText().isEmpty());
    QCOMPARE(f.undoStack()->count(), 0);
}

void TestCommunicationsTab::refusesInvalidInputAndWritesNothing()
{
    // An incoming call without a number to call back.
    choose(QStringLiteral("channelComboBox"), QStringLiteral("phone"));
    choose(QStringLiteral("directionComboBox"), QStringLiteral("incoming"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("callerLineEdit")), QStringLiteral("Kenji Sato"));
    find<QPlainTextEdit>(QStringLiteral("reportedTextEdit"))->setPlainText(QStringLiteral("Phishing"));
    find<QPushButton>(QStringLiteral("addCommunicationButton"))->click();
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("call back")), qPrintable(MessageBox::lastText()));
    QCOMPARE(rows(), 0);
    // What the user typed stays, to be completed.
    QCOMPARE(find<QLineEdit>(QStringLiteral("callerLineEdit"))->text(), QStringLiteral("Kenji Sato"));

    // An e-mail with nobody named.
    MessageBox::clear();
    choose(QStringLiteral("channelComboBox"), QStringLiteral("email"));
    find<QLineEdit>(QStringLiteral("personLineEdit"))->clear();
    find<QPlainTextEdit>(QStringLiteral("summaryTextEdit"))->setPlainText(QStringLiteral("Sent the IOC list"));
    find<QPushButton>(QStringLiteral("addCommunicationButton"))->click();
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("person or an organisation")));
    QCOMPARE(rows(), 0);
    QCOMPARE(find<QTreeWidget>(QStringLiteral("communicationsView"))->topLevelItemCount(), 0);
}

void TestCommunicationsTab::phoneFieldsOnlyForPhone()
{
    const QStringList phoneFields = { QStringLiteral("callerLineEdit"), QStringLiteral("callbackLineEdit"),
                                      QStringLiteral("reportedTextEdit"), QStringLiteral("promisedTextEdit") };
    choose(QStringLiteral("channelComboBox"), QStringLiteral("email"));
    for (const QString &name : phoneFields)
        QVERIFY2(!find<QWidget>(name)->isVisible(), qPrintable(name));
    QVERIFY(find<QLineEdit>(QStringLiteral("personLineEdit"))->isVisible());
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("personLineEdit")), QStringLiteral("Mika"));

    choose(QStringLiteral("channelComboBox"), QStringLiteral("phone"));
    for (const QString &name : phoneFields)
        QVERIFY2(find<QWidget>(name)->isVisible(), qPrintable(name));
    QVERIFY(!find<QLineEdit>(QStringLiteral("personLineEdit"))->isVisible());
    QCOMPARE(find<QLineEdit>(QStringLiteral("callerLineEdit"))->text(), QStringLiteral("Mika")); // the same person

    for (const char *channel : { "pgp_email", "meeting", "chat", "letter" }) {
        choose(QStringLiteral("channelComboBox"), QString::fromLatin1(channel));
        QVERIFY(find<QComboBox>(QStringLiteral("channelComboBox"))->currentIndex() >= 0);
        QVERIFY2(!find<QWidget>(QStringLiteral("callbackLineEdit"))->isVisible(), channel);
    }
}

void TestCommunicationsTab::keepsTypingUnlessTheIncidentChanges()
{
    QVERIFY(IncidentRepository(f.workspace()).setTlp(f.second, QStringLiteral("TLP:RED")).ok());
    QCOMPARE(find<QComboBox>(QStringLiteral("communicationTlpComboBox"))->currentData().toString(), QStringLiteral("TLP:AMBER"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("personLineEdit")), QStringLiteral("Mika"));
    tab->setIncident(f.session.get(), f.first); // a refresh after some change
    QCOMPARE(find<QLineEdit>(QStringLiteral("personLineEdit"))->text(), QStringLiteral("Mika"));
    tab->setIncident(f.session.get(), f.second);
    QVERIFY(find<QLineEdit>(QStringLiteral("personLineEdit"))->text().isEmpty());
    QCOMPARE(find<QComboBox>(QStringLiteral("communicationTlpComboBox"))->currentData().toString(), QStringLiteral("TLP:RED"));
}

void TestCommunicationsTab::showsEmptyStateAndPlainText()
{
    auto *empty = find<QLabel>(QStringLiteral("communicationsEmptyLabel"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().startsWith(QStringLiteral("No communications yet.")));
    choose(QStringLiteral("channelComboBox"), QStringLiteral("chat"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("personLineEdit")), QStringLiteral("<img src=x onerror=alert(1)>"));
    find<QPushButton>(QStringLiteral("addCommunicationButton"))->click();
    QCOMPARE(MessageBox::shownCount(), 0);
    QVERIFY(!empty->isVisible());
    auto *details = find<QLabel>(QStringLiteral("communicationDetailsLabel"));
    QCOMPARE(details->textFormat(), Qt::PlainText);
    QVERIFY(details->text().contains(QStringLiteral("<img src=x onerror=alert(1)>")));
    const QString tip = find<QTreeWidget>(QStringLiteral("communicationsView"))->topLevelItem(0)->toolTip(CommunicationsTab::PersonColumn);
    QVERIFY(tip.contains(QStringLiteral("&lt;img")));
}

QTEST_MAIN(TestCommunicationsTab)
#include "tst_communicationstab.moc"
