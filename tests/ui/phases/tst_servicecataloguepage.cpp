#include "MainWindowFixture.h"
#include <QDir>
#include <QFile>
#include <QPrinter>
#include "org/OrgProfileRepository.h"

#include "phases/DecisionRepository.h"
#include "phases/ServiceCataloguePage.h"

#include <QComboBox>
#include <QLabel>
#include <QTreeWidget>

using namespace csirtkit;

class TestServiceCataloguePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::MainWindowFixture::initTestCase(); }
    void init() { f.init(); QVERIFY(f.window->showPage(QStringLiteral("services"))); }
    void cleanup() { f.cleanup(); }

    void listsFiveAreasAndTwentyOneServices();
    void statusScopeAndHoursAreSavedAndUndoable();

private:
    QTreeWidget *tree() const { return f.find<QTreeWidget>(QStringLiteral("serviceTreeWidget")); }
    ServiceChoice choice(const QString &key) const { return DecisionRepository(f.workspace()).serviceChoices().value().value(key); }
    fixtures::MainWindowFixture f;
};

void TestServiceCataloguePage::listsFiveAreasAndTwentyOneServices()
{
    QCOMPARE(tree()->topLevelItemCount(), 5);
    int services = 0;
    for (int i = 0; i < 5; ++i)
        services += tree()->topLevelItem(i)->childCount();
    QCOMPARE(services, 21);
    QVERIFY(tree()->topLevelItem(1)->text(0).contains(QStringLiteral("Incident Management")));
    QVERIFY(!tree()->topLevelItem(1)->child(0)->toolTip(0).isEmpty()); // description and functions
    QCOMPARE(f.find<QLabel>(QStringLiteral("serviceSummaryLabel"))->text(), QStringLiteral("0 services offered, 0 planned, out of 21."));
}

void TestServiceCataloguePage::statusScopeAndHoursAreSavedAndUndoable()
{
    QTreeWidgetItem *node = tree()->topLevelItem(1)->child(0);
    const QString key = QStringLiteral("incident_management.report_acceptance");
    auto *combo = f.find<QComboBox>(QStringLiteral("status_") + key);
    QVERIFY(combo);
    combo->setCurrentIndex(2);
    Q_EMIT combo->activated(2);
    QCOMPARE(choice(key).status, ServiceStatus::Offered);
    node = tree()->topLevelItem(1)->child(0);
    node->setText(ServiceCataloguePage::ScopeColumn, QStringLiteral("  Reports from all group companies "));
    QCOMPARE(choice(key).scope, QStringLiteral("Reports from all group companies"));
    node = tree()->topLevelItem(1)->child(0);
    node->setText(ServiceCataloguePage::HoursColumn, QStringLiteral("24/7"));
    QCOMPARE(choice(key).hours, QStringLiteral("24/7"));
    QCOMPARE(f.find<QLabel>(QStringLiteral("serviceSummaryLabel"))->text(), QStringLiteral("1 service offered, 0 planned, out of 21."));
    // The printable table carries the choice, with user text escaped.
    tree()->topLevelItem(1)->child(0)->setText(ServiceCataloguePage::HoursColumn, QStringLiteral("<b>24/7</b>"));
    const QString html = f.window->findChild<ServiceCataloguePage *>()->catalogueHtml();
    QVERIFY(html.contains(QStringLiteral("Reports from all group companies")));
    QVERIFY(html.contains(QStringLiteral("&lt;b&gt;24/7&lt;/b&gt;")));
    QVERIFY(html.contains(QStringLiteral("<td>Offered</td>")));
    // A printout says whose catalogue it is and when it was printed, on every page.
    const QString organisation = OrgProfileRepository(f.workspace()).value(OrgProfile::Field::Name).value();
    QVERIFY(!organisation.isEmpty());
    QVERIFY2(html.contains(organisation.toHtmlEscaped() + QStringLiteral(" · Printed on ")), qPrintable(html.left(400)));
    QVERIFY(html.contains(QString::number(QDate::currentDate().year())));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    const QString pdf = QDir(QDir::tempPath()).filePath(QStringLiteral("catalogue-%1.pdf").arg(QCoreApplication::applicationPid()));
    printer.setOutputFileName(pdf);
    f.window->findChild<ServiceCataloguePage *>()->printTo(printer);
    QFile printed(pdf);
    QVERIFY(printed.open(QIODevice::ReadOnly));
    QVERIFY(printed.readAll().count("/Type /Page\n") >= 1);
    printed.remove();
    f.action(QStringLiteral("actionUndo"))->trigger();
    f.action(QStringLiteral("actionUndo"))->trigger();
    f.action(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(choice(key).scope, QString());
    QCOMPARE(tree()->topLevelItem(1)->child(0)->text(ServiceCataloguePage::ScopeColumn), QString());
    f.action(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(choice(key).status, ServiceStatus::NotOffered);
    QCOMPARE(f.find<QComboBox>(QStringLiteral("status_") + key)->currentIndex(), 0);
}

QTEST_MAIN(TestServiceCataloguePage)
#include "tst_servicecataloguepage.moc"
