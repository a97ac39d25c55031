#include "IncidentTabFixture.h"

#include "common/FileDialog.h"
#include "incidents/EvidenceRegister.h"
#include "incidents/EvidenceTab.h"

#include <QCryptographicHash>
#include <QLineEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>
#include <QTreeWidget>

using namespace csirtkit;

class TestEvidenceTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::IncidentTabFixture::initTestCase(); }
    void init();
    void cleanup();

    void emptyStateAndTitle();
    void addWithFileStoresItsSha256();
    void cancelDuringHashingWritesNothing();
    void badInputWritesNothingAndKeepsTyping();
    void reverifyFlagsChangedAndMissingFiles();
    void custodyTransferIsRecorded();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        auto *widget = tab->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QString writeFile(const QString &name, const QByteArray &data) const
    {
        const QString path = f.dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    QList<EvidenceItem> items() const { return EvidenceRegister(f.workspace()).list(f.first).value(); }
    void addItem(const QString &name, const QString &file)
    {
        find<QLineEdit>(QStringLiteral("evidenceItemLineEdit"))->setText(name);
        find<QLineEdit>(QStringLiteral("evidenceFileLineEdit"))->setText(file);
        find<QPushButton>(QStringLiteral("addEvidenceButton"))->click();
    }

    fixtures::IncidentTabFixture f;
    std::unique_ptr<EvidenceTab> tab;
};

void TestEvidenceTab::init()
{
    f.init();
    tab = std::make_unique<EvidenceTab>();
    tab->setIncident(f.session.get(), f.first);
    tab->show();
}

void TestEvidenceTab::cleanup()
{
    tab.reset();
    f.cleanup();
}

void TestEvidenceTab::emptyStateAndTitle()
{
    QCOMPARE(tab->title(), QStringLiteral("Evidence (0)"));
    QCOMPARE(find<QTreeWidget>(QStringLiteral("evidenceView"))->topLevelItemCount(), 0);
    QCOMPARE(find<QLineEdit>(QStringLiteral("evidenceCollectedByLineEdit"))->text(), QStringLiteral("Aiko Tanaka"));
    QVERIFY(!find<QPushButton>(QStringLiteral("reverifyEvidenceButton"))->isEnabled()); // nothing selected
    QVERIFY(!find<QPushButton>(QStringLiteral("addCustodyButton"))->isEnabled());
}

void TestEvidenceTab::addWithFileStoresItsSha256()
{
    const QByteArray data = QByteArrayLiteral("Received: from mail.evil.example\r\nSubject: Invoice\r\n");
    const QString path = writeFile(QStringLiteral("phish.eml"), data);
    QSignalSpy titleChanged(tab.get(), &IncidentTab::titleChanged);
    QSignalSpy changed(f.session.get(), &WorkspaceSession::changed);
    FileDialog::setNextFileName(path);
    find<QPushButton>(QStringLiteral("browseEvidenceButton"))->click();
    QCOMPARE(find<QLineEdit>(QStringLiteral("evidenceFileLineEdit"))->text(), path);
    QCOMPARE(find<QLineEdit>(QStringLiteral("evidenceItemLineEdit"))->text(), QStringLiteral("phish.eml"));
    find<QLineEdit>(QStringLiteral("evidenceStoredAtLineEdit"))->setText(QStringLiteral("Locker 3"));
    find<QPushButton>(QStringLiteral("addEvidenceButton"))->click();

    QCOMPARE(MessageBox::shownCount(), 0);
    const auto list = items();
    QCOMPARE(list.size(), 1);
    const QString expected = QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex());
    QCOMPARE(list.first().sha256, expected);
    QCOMPARE(list.first().size, data.size());
    QCOMPARE(list.first().storedAt, QStringLiteral("Locker 3"));
    QCOMPARE(list.first().collectedBy, QStringLiteral("Aiko Tanaka"));
    QVERIFY(list.first().collectedUtc.isValid());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().first().toString(), QStringLiteral("incident"));

    auto *view = find<QTreeWidget>(QStringLiteral("evidenceView"));
    QCOMPARE(view->topLevelItemCount(), 1);
    QCOMPARE(view->topLevelItem(0)->text(0), QStringLiteral("phish.eml"));
    QVERIFY(view->topLevelItem(0)->text(5).startsWith(expected.left(16)));
    QVERIFY(view->topLevelItem(0)->text(5).size() < expected.size()); // shortened …
    QVERIFY(view->topLevelItem(0)->toolTip(5).contains(expected));    // … full in the tooltip
    QCOMPARE(view->topLevelItem(0)->text(6), QStringLiteral("✓ matches"));
    QVERIFY(view->headerItem()->text(4).contains(QStringLiteral("(")));  // the zone is named
    QCOMPARE(tab->title(), QStringLiteral("Evidence (1)"));
    QVERIFY(!titleChanged.isEmpty());
    QVERIFY(find<QLineEdit>(QStringLiteral("evidenceItemLineEdit"))->text().isEmpty()); // form reset
}

void TestEvidenceTab::cancelDuringHashingWritesNothing()
{
    const QString path = f.dir->filePath(QStringLiteral("disk.img"));
    QFile image(path);
    QVERIFY(image.open(QIODevice::WriteOnly));
    QVERIFY(image.resize(qint64(512) * 1024 * 1024)); // sparse: big to hash, cheap on disk
    image.close();
    bool sawDialog = false;
    QTimer::singleShot(0, tab.get(), [&] {
        auto *dialog = tab->findChild<QProgressDialog *>();
        if (!dialog)
            return;
        sawDialog = true;
        QVERIFY(dialog->labelText().contains(QStringLiteral("disk.img")));
        dialog->findChild<QPushButton *>()->click(); // the dialog's Cancel
    });
    addItem(QStringLiteral("Disk image of the finance laptop"), path);
    QVERIFY(sawDialog);
    QVERIFY(items().isEmpty());
    QCOMPARE(MessageBox::shownCount(), 0);
    QVERIFY(tab->findChild<QProgressDialog *>() == nullptr);
    QCOMPARE(find<QLineEdit>(QStringLiteral("evidenceItemLineEdit"))->text(), QStringLiteral("Disk image of the finance laptop"));
    QVERIFY(find<QPushButton>(QStringLiteral("addEvidenceButton"))->isEnabled()); // ready to try again
}

void TestEvidenceTab::badInputWritesNothingAndKeepsTyping()
{
    addItem(QString(), QString());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Name the evidence item")));
    find<QLineEdit>(QStringLiteral("evidenceCollectedAtLineEdit"))->setText(QStringLiteral("yesterday-ish"));
    addItem(QStringLiteral("USB stick"), QString());
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("2026-11-22 17:05")));
    addItem(QStringLiteral("USB stick"), f.dir->filePath(QStringLiteral("no-such-file.bin")));
    QCOMPARE(MessageBox::shownCount(), 3);
    QVERIFY(items().isEmpty());
    find<QLineEdit>(QStringLiteral("evidenceDescriptionLineEdit"))->setText(QStringLiteral("half typed"));
    tab->setIncident(f.session.get(), f.first); // a refresh after some other change
    QCOMPARE(find<QLineEdit>(QStringLiteral("evidenceDescriptionLineEdit"))->text(), QStringLiteral("half typed"));
    tab->setIncident(f.session.get(), f.second); // another incident: a fresh form
    QVERIFY(find<QLineEdit>(QStringLiteral("evidenceDescriptionLineEdit"))->text().isEmpty());
}

void TestEvidenceTab::reverifyFlagsChangedAndMissingFiles()
{
    const QString path = writeFile(QStringLiteral("proxy.log"), QByteArrayLiteral("10:00 GET http://evil.example/\n"));
    addItem(QStringLiteral("Proxy log"), path);
    QCOMPARE(items().size(), 1);
    auto *view = find<QTreeWidget>(QStringLiteral("evidenceView"));
    view->setCurrentItem(view->topLevelItem(0));
    auto *reverify = find<QPushButton>(QStringLiteral("reverifyEvidenceButton"));
    QVERIFY(reverify->isEnabled());

    reverify->click();
    QCOMPARE(items().first().verifyState, QStringLiteral("match"));
    QCOMPARE(MessageBox::shownCount(), 0);

    writeFile(QStringLiteral("proxy.log"), QByteArrayLiteral("10:00 GET http://harmless.example/\n"));
    reverify->click();
    QCOMPARE(items().first().verifyState, QStringLiteral("changed"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("CHANGED")));
    QCOMPARE(view->topLevelItem(0)->text(6), QStringLiteral("⚠ CHANGED"));
    QVERIFY(view->topLevelItem(0)->isSelected()); // the selection survives the reload

    QVERIFY(QFile::remove(path));
    reverify->click();
    QCOMPARE(items().first().verifyState, QStringLiteral("missing"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("MISSING")));
    QCOMPARE(view->topLevelItem(0)->text(6), QStringLiteral("⚠ MISSING"));
}

void TestEvidenceTab::custodyTransferIsRecorded()
{
    addItem(QStringLiteral("Laptop of the finance clerk"), QString());
    auto *view = find<QTreeWidget>(QStringLiteral("evidenceView"));
    QCOMPARE(view->topLevelItem(0)->text(6), QStringLiteral("no file"));
    view->setCurrentItem(view->topLevelItem(0));
    auto *from = find<QLineEdit>(QStringLiteral("custodyFromLineEdit"));
    QCOMPARE(from->text(), QStringLiteral("Aiko Tanaka")); // who holds it now: the collector
    auto *add = find<QPushButton>(QStringLiteral("addCustodyButton"));
    QVERIFY(add->isEnabled());
    add->click(); // no recipient
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("received")));
    const qint64 id = items().first().id;
    QVERIFY(EvidenceRegister(f.workspace()).transfers(id)->isEmpty());

    find<QLineEdit>(QStringLiteral("custodyToLineEdit"))->setText(QStringLiteral("Forensics lab (Kenji)"));
    find<QLineEdit>(QStringLiteral("custodyPurposeLineEdit"))->setText(QStringLiteral("Imaging"));
    add->click();
    const auto transfers = EvidenceRegister(f.workspace()).transfers(id).value();
    QCOMPARE(transfers.size(), 1);
    QCOMPARE(transfers.first().from, QStringLiteral("Aiko Tanaka"));
    QCOMPARE(transfers.first().to, QStringLiteral("Forensics lab (Kenji)"));
    QCOMPARE(transfers.first().purpose, QStringLiteral("Imaging"));
    auto *custody = find<QTreeWidget>(QStringLiteral("custodyView"));
    QCOMPARE(custody->topLevelItemCount(), 1);
    QCOMPARE(custody->topLevelItem(0)->text(2), QStringLiteral("Forensics lab (Kenji)"));
    QCOMPARE(custody->topLevelItem(0)->text(3), QStringLiteral("Imaging"));
    QCOMPARE(from->text(), QStringLiteral("Forensics lab (Kenji)")); // the next hand-over starts there
}

QTEST_MAIN(TestEvidenceTab)
#include "tst_evidencetab.moc"
