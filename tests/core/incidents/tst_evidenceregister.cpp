#include "IncidentFixture.h"

#include "incidents/EvidenceRegister.h"

#include <QCryptographicHash>

using namespace csirtkit;

class TestEvidenceRegister : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void hashIsStreamedWithProgress();
    void cancelledHashRecordsNothing();
    void itemsAreValidated();
    void reverifyDetectsChangedAndMissingFiles();
    void chainOfCustody();

private:
    static QString writeFile(const QString &path, const QByteArray &data)
    {
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(data);
        return path;
    }
};

void TestEvidenceRegister::hashIsStreamedWithProgress()
{
    QTemporaryDir dir;
    QByteArray data(3 * 1024 * 1024 + 17, 'x');
    data[12345] = 'y';
    const QString path = writeFile(dir.filePath(QStringLiteral("image.bin")), data);
    QList<qint64> seen;
    auto hash = EvidenceRegister::hashFile(path, [&](qint64 done, qint64 total) {
        seen << done;
        return total == data.size();
    });
    QVERIFY(hash);
    QCOMPARE(hash->sha256, QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    QCOMPARE(hash->size, data.size());
    QCOMPARE(seen.size(), 4); // 1 MiB chunks
    QCOMPARE(seen.last(), data.size());
    QCOMPARE(EvidenceRegister::hashFile(dir.filePath(QStringLiteral("nope"))).error().code, ErrorCode::NotFound);
}

void TestEvidenceRegister::cancelledHashRecordsNothing()
{
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("big.bin")), QByteArray(2 * 1024 * 1024, 'z'));
    auto hash = EvidenceRegister::hashFile(path, [](qint64, qint64) { return false; });
    QVERIFY(!hash);
    QVERIFY(hash.error().message.contains(QStringLiteral("cancelled")));
}

void TestEvidenceRegister::itemsAreValidated()
{
    fixtures::Incidents f;
    EvidenceRegister reg(*f.workspace);
    EvidenceItem e;
    e.incidentId = f.first;
    QVERIFY(!reg.add(e));
    e.item = QStringLiteral("Mail server log export");
    e.sha256 = QStringLiteral("NOTAHASH");
    QVERIFY(reg.add(e).error().message.contains(QStringLiteral("64")));
    e.sha256.clear();
    e.incidentId = 9999;
    QCOMPARE(reg.add(e).error().code, ErrorCode::NotFound);
    e.incidentId = f.first;
    e.storedAt = QStringLiteral("Locker 3");
    const qint64 id = reg.add(e).value();
    QCOMPARE(reg.item(id)->verifyState, QStringLiteral("unverified"));
    QCOMPARE(reg.item(id)->storedAt, QStringLiteral("Locker 3"));
    QCOMPARE(reg.list(f.first)->size(), 1);
    QVERIFY(!reg.reverify(id)); // no file hash to check against
}

void TestEvidenceRegister::reverifyDetectsChangedAndMissingFiles()
{
    fixtures::Incidents f;
    EvidenceRegister reg(*f.workspace);
    QTemporaryDir dir;
    const QString path = writeFile(dir.filePath(QStringLiteral("headers.eml")), QByteArrayLiteral("Received: from evil\r\n"));
    const auto hash = EvidenceRegister::hashFile(path).value();
    EvidenceItem e;
    e.incidentId = f.first;
    e.item = QStringLiteral("Original phishing mail");
    e.filePath = path;
    e.sha256 = hash.sha256;
    e.size = hash.size;
    const qint64 id = reg.add(e).value();
    QCOMPARE(reg.item(id)->verifyState, QStringLiteral("match"));
    QCOMPARE(reg.reverify(id).value(), QStringLiteral("match"));
    writeFile(path, QByteArrayLiteral("Received: from somewhere else\r\n"));
    QCOMPARE(reg.reverify(id).value(), QStringLiteral("changed"));
    QCOMPARE(reg.item(id)->verifyState, QStringLiteral("changed"));
    QVERIFY(reg.item(id)->verifiedUtc.isValid());
    QFile::remove(path);
    QCOMPARE(reg.reverify(id).value(), QStringLiteral("missing"));
}

void TestEvidenceRegister::chainOfCustody()
{
    fixtures::Incidents f;
    EvidenceRegister reg(*f.workspace);
    EvidenceItem e;
    e.incidentId = f.first;
    e.item = QStringLiteral("Laptop of the finance clerk");
    const qint64 id = reg.add(e).value();
    CustodyTransfer t;
    t.evidenceId = id;
    t.from = QStringLiteral("Finance clerk");
    QVERIFY(!reg.addTransfer(t));
    t.to = QStringLiteral("CSIRT (Aiko)");
    t.purpose = QStringLiteral("Imaging");
    t.atUtc = QDateTime(QDate(2026, 4, 2), QTime(9, 0), QTimeZone::UTC);
    QVERIFY(reg.addTransfer(t));
    CustodyTransfer back = t;
    back.from = t.to;
    back.to = QStringLiteral("Forensics vendor");
    back.atUtc = t.atUtc.addSecs(3600);
    QVERIFY(reg.addTransfer(back));
    auto list = reg.transfers(id).value();
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).to, QStringLiteral("CSIRT (Aiko)"));
    QCOMPARE(list.at(1).to, QStringLiteral("Forensics vendor"));
    t.evidenceId = 9999;
    QCOMPARE(reg.addTransfer(t).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestEvidenceRegister)
#include "tst_evidenceregister.moc"
