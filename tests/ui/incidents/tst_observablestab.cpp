#include "IncidentTabFixture.h"

#include "incidents/ObservableSearchDialog.h"
#include "incidents/Observables.h"
#include "incidents/ObservablesTab.h"

#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTreeWidget>

using namespace csirtkit;

class TestObservablesTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::IncidentTabFixture::initTestCase(); }
    void init();
    void cleanup();

    void addsIPv4ThroughTheWidgets();
    void pastedDefangedValueIsRefanged();
    void invalidValueIsRefusedWithMessage();
    void duplicateIsMerged();
    void removeAsksAndCanBeUndone();
    void showsAlsoSeenInAndOpensIt();
    void copiesValueAndDefanged();
    void searchDialogFindsBothIncidents();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        T *widget = tab->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QTreeWidget *view() const { return find<QTreeWidget>(QStringLiteral("observablesView")); }
    QLineEdit *valueEdit() const { return find<QLineEdit>(QStringLiteral("observableValueLineEdit")); }
    void chooseType(const QString &key) const
    {
        auto *box = find<QComboBox>(QStringLiteral("observableTypeComboBox"));
        box->setCurrentIndex(box->findData(key));
        QVERIFY(box->currentIndex() >= 0);
    }
    void addValue(const QString &value)
    {
        valueEdit()->clear();
        QTest::keyClicks(valueEdit(), value);
        QTest::mouseClick(find<QPushButton>(QStringLiteral("addObservableButton")), Qt::LeftButton);
    }
    void paste(const QString &text) const
    {
        QGuiApplication::clipboard()->setText(text);
        valueEdit()->setFocus();
        valueEdit()->paste();
    }
    QList<QStringList> stored() const
    {
        QSqlQuery q(f.workspace().db());
        q.exec(QStringLiteral("SELECT incident_id, type, value, note FROM observable ORDER BY id"));
        QList<QStringList> rows;
        while (q.next())
            rows << QStringList { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
        return rows;
    }
    QString ident(qint64 id) const { return IncidentRepository(f.workspace()).incident(id)->ident; }

    fixtures::IncidentTabFixture f;
    std::unique_ptr<ObservablesTab> tab;
};

void TestObservablesTab::init()
{
    f.init();
    tab = std::make_unique<ObservablesTab>();
    tab->setIncident(f.session.get(), f.first);
    tab->show();
}

void TestObservablesTab::cleanup()
{
    tab.reset();
    f.cleanup();
}

void TestObservablesTab::addsIPv4ThroughTheWidgets()
{
    QCOMPARE(tab->title(), QStringLiteral("Observables (0)"));
    QVERIFY(find<QLabel>(QStringLiteral("observablesEmptyLabel"))->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("observablesEmptyLabel"))->text().startsWith(QStringLiteral("No observables yet.")));
    QCOMPARE(find<QComboBox>(QStringLiteral("observableTypeComboBox"))->count(), 15); // Detect + 14 types
    chooseType(QStringLiteral("ipv4"));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("observableNoteLineEdit")), QStringLiteral("C2 server"));
    addValue(QStringLiteral(" 192.0.2.10"));
    QCOMPARE(MessageBox::shownCount(), 0);
    QCOMPARE(stored(), (QList<QStringList> { { QString::number(f.first), QStringLiteral("ipv4"), QStringLiteral("192.0.2.10"),
                                              QStringLiteral("C2 server") } }));
    QCOMPARE(view()->topLevelItemCount(), 1);
    const QTreeWidgetItem *row = view()->topLevelItem(0);
    QCOMPARE(row->text(ObservablesTab::TypeColumn), QStringLiteral("IPv4 address"));
    QCOMPARE(row->text(ObservablesTab::ValueColumn), QStringLiteral("192[.]0[.]2[.]10")); // defanged by default
    QCOMPARE(row->text(ObservablesTab::NoteColumn), QStringLiteral("C2 server"));
    find<QCheckBox>(QStringLiteral("defangCheckBox"))->setChecked(false);
    QCOMPARE(view()->topLevelItem(0)->text(ObservablesTab::ValueColumn), QStringLiteral("192.0.2.10"));
    QCOMPARE(tab->title(), QStringLiteral("Observables (1)"));
    QVERIFY(valueEdit()->text().isEmpty());
    QVERIFY(!find<QLabel>(QStringLiteral("observablesEmptyLabel"))->isVisible());
}

void TestObservablesTab::pastedDefangedValueIsRefanged()
{
    // "Detect type" is the default: the pasted value is refanged and its type guessed.
    QCOMPARE(find<QComboBox>(QStringLiteral("observableTypeComboBox"))->currentIndex(), 0);
    paste(QStringLiteral("hxxp://evil[.]example/x"));
    QCOMPARE(valueEdit()->text(), QStringLiteral("http://evil.example/x"));
    QCOMPARE(find<QLabel>(QStringLiteral("observableDetectedLabel"))->text(), QStringLiteral("Detected type: URL"));
    QTest::keyClick(valueEdit(), Qt::Key_Return);
    QCOMPARE(MessageBox::shownCount(), 0);
    QCOMPARE(stored(), (QList<QStringList> { { QString::number(f.first), QStringLiteral("url"), QStringLiteral("http://evil.example/x"),
                                              QString() } }));
    // The hint's line stays when it is empty: the entry row does not jump under the mouse while typing.
    QVERIFY(valueEdit()->text().isEmpty());
    QVERIFY(!find<QLabel>(QStringLiteral("observableDetectedLabel"))->isHidden());
    QVERIFY(find<QLabel>(QStringLiteral("observableDetectedLabel"))->text().isEmpty());
    // Typing stays as typed (the core refangs on entry anyway).
    QTest::keyClicks(valueEdit(), QStringLiteral("a[.]b "));
    QCOMPARE(valueEdit()->text(), QStringLiteral("a[.]b "));
}

void TestObservablesTab::invalidValueIsRefusedWithMessage()
{
    chooseType(QStringLiteral("md5"));
    addValue(QStringLiteral("abc123"));
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("32 hexadecimal digits")), qPrintable(MessageBox::lastText()));
    QVERIFY(stored().isEmpty());
    QCOMPARE(valueEdit()->text(), QStringLiteral("abc123")); // kept, to be corrected

    MessageBox::clear();
    chooseType(QStringLiteral("ipv4"));
    addValue(QStringLiteral("192.0.2.300"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("0 to 255")), qPrintable(MessageBox::lastText()));
    chooseType(QStringLiteral("cve"));
    addValue(QStringLiteral("CVE-24-1"));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("CVE-2024-3094")), qPrintable(MessageBox::lastText()));
    QCOMPARE(MessageBox::shownCount(), 2);
    QVERIFY(stored().isEmpty());
    QCOMPARE(f.undoStack()->count(), 0);
}

void TestObservablesTab::duplicateIsMerged()
{
    chooseType(QStringLiteral("domain"));
    addValue(QStringLiteral("Evil.Example"));
    addValue(QStringLiteral("evil[.]example"));
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("merged")), qPrintable(MessageBox::lastText()));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("evil[.]example")));
    QCOMPARE(stored().size(), 1);
    QCOMPARE(stored().first().at(2), QStringLiteral("evil.example"));
    QCOMPARE(view()->topLevelItemCount(), 1);
    QCOMPARE(f.undoStack()->count(), 1);
}

void TestObservablesTab::removeAsksAndCanBeUndone()
{
    chooseType(QStringLiteral("sha256"));
    const QString hash = QString(64, QLatin1Char('a'));
    QTest::keyClicks(find<QLineEdit>(QStringLiteral("observableNoteLineEdit")), QStringLiteral("dropper"));
    addValue(hash);
    auto *remove = find<QPushButton>(QStringLiteral("removeObservableButton"));
    view()->clearSelection();
    QVERIFY(!remove->isEnabled());
    view()->topLevelItem(0)->setSelected(true);
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::No);
    remove->click();
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("SHA-256 hash")));
    QCOMPARE(stored().size(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    remove->click();
    QVERIFY(stored().isEmpty());
    QCOMPARE(view()->topLevelItemCount(), 0);
    f.undoStack()->undo(); // the removal: back with its note
    QCOMPARE(stored(), (QList<QStringList> { { QString::number(f.first), QStringLiteral("sha256"), hash, QStringLiteral("dropper") } }));
    f.undoStack()->undo(); // the addition
    QVERIFY(stored().isEmpty());
    tab->setIncident(f.session.get(), f.first); // the incident view refreshes after each change
    QCOMPARE(view()->topLevelItemCount(), 0);
}

void TestObservablesTab::showsAlsoSeenInAndOpensIt()
{
    QVERIFY(Observables(f.workspace()).add(f.first, Observable::Type::Domain, QStringLiteral("evil.example")).ok());
    tab->setIncident(f.session.get(), f.second);
    chooseType(QStringLiteral("domain"));
    addValue(QStringLiteral("evil.example"));
    QCOMPARE(view()->topLevelItemCount(), 1);
    QTreeWidgetItem *row = view()->topLevelItem(0);
    QCOMPARE(row->text(ObservablesTab::SeenInColumn), ident(f.first));
    QVERIFY(ident(f.first).startsWith(QStringLiteral("INC-")));
    QSignalSpy opened(tab.get(), &IncidentTab::openIncident);
    view()->setCurrentItem(row);
    QTest::keyClick(view(), Qt::Key_Return);
    if (opened.isEmpty()) // styles differ in which key activates; double-click always does
        Q_EMIT view()->itemActivated(row, ObservablesTab::SeenInColumn);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), f.first);
}

void TestObservablesTab::copiesValueAndDefanged()
{
    chooseType(QStringLiteral("url"));
    addValue(QStringLiteral("http://evil.example/x"));
    chooseType(QStringLiteral("email"));
    addValue(QStringLiteral("phish@evil.example"));
    view()->clearSelection();
    view()->topLevelItem(0)->setSelected(true);
    find<QPushButton>(QStringLiteral("copyDefangedButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("hxxp://evil[.]example/x"));
    find<QPushButton>(QStringLiteral("copyObservableButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("http://evil.example/x"));
    view()->topLevelItem(1)->setSelected(true);
    find<QPushButton>(QStringLiteral("copyDefangedButton"))->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("hxxp://evil[.]example/x\nphish[@]evil[.]example"));
}

void TestObservablesTab::searchDialogFindsBothIncidents()
{
    Observables observables(f.workspace());
    QVERIFY(observables.add(f.first, Observable::Type::Url, QStringLiteral("http://evil.example/x")).ok());
    QVERIFY(observables.add(f.second, Observable::Type::Url, QStringLiteral("hxxp://evil[.]example/x")).ok());
    QVERIFY(observables.add(f.second, Observable::Type::IPv4, QStringLiteral("192.0.2.10")).ok());
    ObservableSearchDialog dialog(f.session.get());
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Find Observable"));
    dialog.show();
    auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("observableSearchLineEdit"));
    auto *results = dialog.findChild<QTreeWidget *>(QStringLiteral("observableResultsView"));
    QVERIFY(edit && results);
    QGuiApplication::clipboard()->setText(QStringLiteral("hxxp://evil[.]example/x"));
    edit->setFocus();
    edit->paste();
    QCOMPARE(edit->text(), QStringLiteral("http://evil.example/x"));
    QTRY_COMPARE(results->topLevelItemCount(), 2); // after the typing pause
    QCOMPARE(results->topLevelItem(0)->text(0), ident(f.first));
    QCOMPARE(results->topLevelItem(0)->text(1), QStringLiteral("Phishing mail to finance"));
    QCOMPARE(results->topLevelItem(1)->text(0), ident(f.second));

    edit->setText(QStringLiteral("192.0.2.99"));
    dialog.search();
    QCOMPARE(results->topLevelItemCount(), 0);
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("observableSearchStatusLabel"))->text(),
             QStringLiteral("No incident has this observable."));

    edit->setText(QStringLiteral("192.0.2.10"));
    QSignalSpy opened(&dialog, &ObservableSearchDialog::openIncident);
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(opened.count(), 1);
    QCOMPARE(opened.first().first().toLongLong(), f.second);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

QTEST_MAIN(TestObservablesTab)
#include "tst_observablestab.moc"
