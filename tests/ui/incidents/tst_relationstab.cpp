#include "IncidentTabFixture.h"

#include "incidents/IncidentRelations.h"
#include "incidents/RelationsTab.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTreeWidget>

using namespace csirtkit;

class TestRelationsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::IncidentTabFixture::initTestCase(); }
    void init();
    void cleanup();

    void emptyState();
    void addAndRemoveAsset();
    void invalidAssetWritesNothing();
    void linkByIdentShowsOnBothSides();
    void unknownIdentIsRefused();
    void activationOpensTheLinkedIncident();
    void unlink();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        auto *widget = tab->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QString ident(qint64 id) const { return IncidentRepository(f.workspace()).incident(id)->ident; }
    void link(const QString &text)
    {
        find<QLineEdit>(QStringLiteral("linkIdentLineEdit"))->setText(text);
        find<QPushButton>(QStringLiteral("addLinkButton"))->click();
    }

    fixtures::IncidentTabFixture f;
    std::unique_ptr<RelationsTab> tab;
};

void TestRelationsTab::init()
{
    f.init();
    tab = std::make_unique<RelationsTab>();
    tab->setIncident(f.session.get(), f.first);
    tab->show();
}

void TestRelationsTab::cleanup()
{
    tab.reset();
    f.cleanup();
}

void TestRelationsTab::emptyState()
{
    QCOMPARE(tab->title(), QStringLiteral("Assets & links"));
    QCOMPARE(find<QTreeWidget>(QStringLiteral("assetsView"))->topLevelItemCount(), 0);
    QCOMPARE(find<QTreeWidget>(QStringLiteral("linksView"))->topLevelItemCount(), 0);
    QVERIFY(!find<QPushButton>(QStringLiteral("removeAssetButton"))->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("removeLinkButton"))->isEnabled());
    QCOMPARE(find<QComboBox>(QStringLiteral("assetCriticalityComboBox"))->count(), 4);
}

void TestRelationsTab::addAndRemoveAsset()
{
    QSignalSpy changed(f.session.get(), &WorkspaceSession::changed);
    find<QLineEdit>(QStringLiteral("assetNameLineEdit"))->setText(QStringLiteral("Web server www1"));
    find<QLineEdit>(QStringLiteral("assetHostLineEdit"))->setText(QStringLiteral("192.0.2.10"));
    find<QLineEdit>(QStringLiteral("assetOwnerLineEdit"))->setText(QStringLiteral("Marketing"));
    auto *criticality = find<QComboBox>(QStringLiteral("assetCriticalityComboBox"));
    criticality->setCurrentIndex(criticality->findData(QStringLiteral("high")));
    find<QPushButton>(QStringLiteral("addAssetButton"))->click();
    QCOMPARE(MessageBox::shownCount(), 0);
    const auto assets = IncidentRelations(f.workspace()).assets(f.first).value();
    QCOMPARE(assets.size(), 1);
    QCOMPARE(assets.first().name, QStringLiteral("Web server www1"));
    QCOMPARE(assets.first().address, QStringLiteral("192.0.2.10"));
    QCOMPARE(assets.first().ownerDepartment, QStringLiteral("Marketing"));
    QCOMPARE(assets.first().criticality, QStringLiteral("high"));
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("incident"));
    auto *view = find<QTreeWidget>(QStringLiteral("assetsView"));
    QCOMPARE(view->topLevelItemCount(), 1);
    QCOMPARE(view->topLevelItem(0)->text(1), QStringLiteral("192.0.2.10"));
    QCOMPARE(view->topLevelItem(0)->text(3), QStringLiteral("High"));
    QVERIFY(find<QLineEdit>(QStringLiteral("assetNameLineEdit"))->text().isEmpty());

    view->setCurrentItem(view->topLevelItem(0));
    auto *remove = find<QPushButton>(QStringLiteral("removeAssetButton"));
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    remove->click();
    QCOMPARE(IncidentRelations(f.workspace()).assets(f.first)->size(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->click();
    QVERIFY(IncidentRelations(f.workspace()).assets(f.first)->isEmpty());
    QCOMPARE(view->topLevelItemCount(), 0);
}

void TestRelationsTab::invalidAssetWritesNothing()
{
    find<QLineEdit>(QStringLiteral("assetHostLineEdit"))->setText(QStringLiteral("10.0.0.5"));
    find<QPushButton>(QStringLiteral("addAssetButton"))->click();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Name the affected asset")));
    QVERIFY(IncidentRelations(f.workspace()).assets(f.first)->isEmpty());
    QCOMPARE(find<QLineEdit>(QStringLiteral("assetHostLineEdit"))->text(), QStringLiteral("10.0.0.5")); // kept
    tab->setIncident(f.session.get(), f.first);
    QCOMPARE(find<QLineEdit>(QStringLiteral("assetHostLineEdit"))->text(), QStringLiteral("10.0.0.5"));
}

void TestRelationsTab::linkByIdentShowsOnBothSides()
{
    const QString second = ident(f.second);
    link(QLatin1Char(' ') + second.toLower() + QLatin1Char(' '));
    QCOMPARE(MessageBox::shownCount(), 0);
    QCOMPARE(IncidentRelations(f.workspace()).linked(f.first).value(), QList<qint64>{ f.second });
    QCOMPARE(IncidentRelations(f.workspace()).linked(f.second).value(), QList<qint64>{ f.first });
    auto *view = find<QTreeWidget>(QStringLiteral("linksView"));
    QCOMPARE(view->topLevelItemCount(), 1);
    QCOMPARE(view->topLevelItem(0)->text(0), second);
    QCOMPARE(view->topLevelItem(0)->text(1), QStringLiteral("Defaced campaign site"));
    QCOMPARE(view->topLevelItem(0)->text(2), QStringLiteral("New"));
    QVERIFY(find<QLineEdit>(QStringLiteral("linkIdentLineEdit"))->text().isEmpty());

    tab->setIncident(f.session.get(), f.second); // the other side shows the link too
    QCOMPARE(view->topLevelItemCount(), 1);
    QCOMPARE(view->topLevelItem(0)->text(0), ident(f.first));
    QCOMPARE(view->topLevelItem(0)->text(1), QStringLiteral("Phishing mail to finance"));

    link(ident(f.first)); // already there: said so, nothing doubled
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("already linked")));
    QCOMPARE(view->topLevelItemCount(), 1);
}

void TestRelationsTab::unknownIdentIsRefused()
{
    QSignalSpy changed(f.session.get(), &WorkspaceSession::changed);
    link(QStringLiteral("INC-1999-0042"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("INC-1999-0042")));
    link(ident(f.first)); // itself
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("itself")));
    link(QString());
    QCOMPARE(MessageBox::shownCount(), 3);
    QVERIFY(IncidentRelations(f.workspace()).linked(f.first)->isEmpty());
    QVERIFY(changed.isEmpty());
    QCOMPARE(find<QTreeWidget>(QStringLiteral("linksView"))->topLevelItemCount(), 0);
}

void TestRelationsTab::activationOpensTheLinkedIncident()
{
    link(ident(f.second));
    auto *view = find<QTreeWidget>(QStringLiteral("linksView"));
    QCOMPARE(view->topLevelItemCount(), 1);
    QSignalSpy open(tab.get(), &IncidentTab::openIncident);
    view->setFocus();
    view->setCurrentItem(view->topLevelItem(0));
    QTest::keyClick(view, Qt::Key_Return); // Enter activates, as a double-click does
    QCOMPARE(open.size(), 1);
    QCOMPARE(open.first().first().toLongLong(), f.second);
    const QRect rect = view->visualItemRect(view->topLevelItem(0));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center()); // a real double-click starts with a press
    QCOMPARE(open.size(), 1);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(open.size(), 2);
    QCOMPARE(open.last().first().toLongLong(), f.second);
}

void TestRelationsTab::unlink()
{
    link(ident(f.second));
    auto *view = find<QTreeWidget>(QStringLiteral("linksView"));
    view->setCurrentItem(view->topLevelItem(0));
    auto *remove = find<QPushButton>(QStringLiteral("removeLinkButton"));
    QVERIFY(remove->isEnabled());
    remove->click();
    QVERIFY(IncidentRelations(f.workspace()).linked(f.first)->isEmpty());
    QVERIFY(IncidentRelations(f.workspace()).linked(f.second)->isEmpty());
    QCOMPARE(view->topLevelItemCount(), 0);
    QVERIFY(!remove->isEnabled());
}

QTEST_MAIN(TestRelationsTab)
#include "tst_relationstab.moc"
