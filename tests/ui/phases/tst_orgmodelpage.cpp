#include "MainWindowFixture.h"

#include "phases/DecisionRepository.h"
#include "phases/OrgModelPage.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>

using namespace csirtkit;

class TestOrgModelPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::MainWindowFixture::initTestCase(); }
    void init() { f.init(); QVERIFY(f.window->showPage(QStringLiteral("model"))); page = f.window->findChild<OrgModelPage *>(); }
    void cleanup() { f.cleanup(); }

    void comparesModelsSideBySide();
    void decisionNeedsReasonAndIsUndoable();

private:
    fixtures::MainWindowFixture f;
    OrgModelPage *page = nullptr;
};

void TestOrgModelPage::comparesModelsSideBySide()
{
    auto *table = f.find<QTableWidget>(QStringLiteral("modelTableWidget"));
    QVERIFY(table->rowCount() >= 10);
    QCOMPARE(table->columnCount(), 4);
    bool foundCross = false;
    for (int r = 0; r < table->rowCount(); ++r) {
        QVERIFY(!table->item(r, 2)->text().isEmpty()); // strengths
        QVERIFY(!table->item(r, 3)->text().isEmpty()); // weaknesses
        foundCross = foundCross || table->item(r, 0)->data(Qt::UserRole).toString() == QLatin1String("jpcert_cross_department");
    }
    QVERIFY(foundCross);
    QVERIFY(f.find<QLabel>(QStringLiteral("currentDecisionLabel"))->text().contains(QStringLiteral("No model")));
}

void TestOrgModelPage::decisionNeedsReasonAndIsUndoable()
{
    auto *combo = f.find<QComboBox>(QStringLiteral("modelComboBox"));
    combo->setCurrentIndex(combo->findData(QStringLiteral("jpcert_cross_department")));
    f.find<QPlainTextEdit>(QStringLiteral("reasonPlainTextEdit"))->clear();
    f.find<QPushButton>(QStringLiteral("recordPushButton"))->click();
    QVERIFY(page->errorText().contains(QStringLiteral("reason")));
    QCOMPARE(DecisionRepository(f.workspace()).orgModel()->modelKey, QString());

    f.find<QPlainTextEdit>(QStringLiteral("reasonPlainTextEdit"))->setPlainText(QStringLiteral("Small team, members keep their jobs"));
    f.find<QPushButton>(QStringLiteral("recordPushButton"))->click();
    QCOMPARE(page->errorText(), QString());
    QCOMPARE(DecisionRepository(f.workspace()).orgModel()->modelKey, QStringLiteral("jpcert_cross_department"));
    QVERIFY(f.find<QLabel>(QStringLiteral("currentDecisionLabel"))->text().contains(QStringLiteral("Small team")));
    f.action(QStringLiteral("actionUndo"))->trigger();
    QCOMPARE(DecisionRepository(f.workspace()).orgModel()->modelKey, QString());
}

QTEST_MAIN(TestOrgModelPage)
#include "tst_orgmodelpage.moc"
