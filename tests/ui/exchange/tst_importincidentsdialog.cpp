#include "IncidentTabFixture.h"

#include "common/FileDialog.h"
#include "exchange/JsonExchange.h"
#include "exchange/MispExchange.h"
#include "exchange/ImportIncidentsDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTimer>

using namespace csirtkit;

class TestImportIncidentsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::IncidentTabFixture::initTestCase(); }
    void init();
    void cleanup();

    void detectFormat_data();
    void detectFormat();
    void japaneseCsvImportsOnce();
    void englishCsvWithAmbiguousDates();
    void brokenRowBlocksTheImport();
    void changingTheMappingNeedsACheck();
    void savedMappingComesBack();
    void cancelWritesNothing();
    void readOnlySessionCannotImport();
    void jsonExportImports();
    void mispEventImports();
    void closingWhileEditingIsSafe();

private:
    template<typename T>
    T *find(const QString &name) const
    {
        auto *widget = dialog->findChild<T *>(name);
        if (!widget)
            qFatal("no widget %s", qPrintable(name));
        return widget;
    }
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = f.dir->filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
    void choose(const QString &path)
    {
        FileDialog::setNextFileName(path);
        find<QPushButton>(QStringLiteral("browseImportButton"))->click();
    }
    QComboBox *target(const QString &column) const
    {
        auto *table = find<QTableWidget>(QStringLiteral("mappingTableWidget"));
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 0)->text() == column)
                return qobject_cast<QComboBox *>(table->cellWidget(r, 2));
        qFatal("no column %s", qPrintable(column));
    }
    void check() { find<QPushButton>(QStringLiteral("checkImportButton"))->click(); }
    QString report() const { return find<QPlainTextEdit>(QStringLiteral("importReportEdit"))->toPlainText(); }
    QString summary() const { return find<QLabel>(QStringLiteral("importSummaryLabel"))->text(); }
    bool importEnabled() const { return find<QPushButton>(QStringLiteral("importButton"))->isEnabled(); }
    void import() { find<QPushButton>(QStringLiteral("importButton"))->click(); }
    int count(const QString &table = QStringLiteral("incident")) const
    {
        QSqlQuery q(f.workspace().db());
        if (!q.exec(QStringLiteral("SELECT count(*) FROM ") + table) || !q.next())
            qFatal("cannot count %s", qPrintable(table));
        return q.value(0).toInt();
    }
    void reopen()
    {
        dialog = std::make_unique<ImportIncidentsDialog>(f.session.get());
    }

    fixtures::IncidentTabFixture f;
    std::unique_ptr<ImportIncidentsDialog> dialog;
};

static const QByteArray JapaneseCsv = QStringLiteral("件名,概要,発生日時,TLP\n"
                                                     "フィッシングメール,経理部宛,2025/04/03 09:30,TLP:GREEN\n"
                                                     "Webサイト改ざん,キャンペーンサイト,2025/04/05 14:00,TLP:AMBER\n"
                                                     "不審なログイン,VPN,2025/04/07 08:15,TLP:CLEAR\n")
                                          .toUtf8();

void TestImportIncidentsDialog::init()
{
    f.init();
    reopen();
}

void TestImportIncidentsDialog::cleanup()
{
    dialog.reset();
    f.cleanup();
}

void TestImportIncidentsDialog::detectFormat_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("format"); // -1: cannot tell
    using F = ImportIncidentsDialog::Format;
    QTest::newRow("csv by name") << QStringLiteral("a.csv") << QByteArray("{\"Event\":{}}") << int(F::Csv);
    QTest::newRow("text") << QStringLiteral("a.txt") << QByteArray("Title,Summary\nx,y\n") << int(F::Csv);
    QTest::newRow("json") << QStringLiteral("a.json") << QByteArray("\xEF\xBB\xBF {\"format\": \"csirtkit-incidents\", \"version\": 1}") << int(F::Json);
    QTest::newRow("json, format later") << QStringLiteral("a.json") << QByteArray(R"({"incidents": [], "format": "csirtkit-incidents"})") << int(F::Json);
    QTest::newRow("misp event") << QStringLiteral("a.json") << QByteArray(R"({"Event": {"info": "x"}})") << int(F::Misp);
    QTest::newRow("misp response") << QStringLiteral("a.json") << QByteArray(R"({"response": [{"Event": {}}]})") << int(F::Misp);
    QTest::newRow("misp list") << QStringLiteral("a.json") << QByteArray(R"([ {"Event": {"info": "x"}} ])") << int(F::Misp);
    QTest::newRow("nested Event") << QStringLiteral("a.json") << QByteArray(R"({"x": {"Event": 1, "format": "csirtkit-incidents"}})") << -1;
    QTest::newRow("string, not a key") << QStringLiteral("a.json") << QByteArray(R"({"info": "Event", "a": ["format"]})") << -1;
}

void TestImportIncidentsDialog::detectFormat()
{
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    QFETCH(int, format);
    const auto detected = ImportIncidentsDialog::detectFormat(write(name, bytes));
    QCOMPARE(detected ? int(*detected) : -1, format);
}

void TestImportIncidentsDialog::japaneseCsvImportsOnce()
{
    QSignalSpy changed(f.session.get(), &WorkspaceSession::changed);
    const QString path = write(QStringLiteral("受付一覧.csv"), JapaneseCsv);
    choose(path);
    QCOMPARE(find<QLineEdit>(QStringLiteral("importFileLineEdit"))->text(), path);
    QCOMPARE(find<QComboBox>(QStringLiteral("importFormatComboBox"))->currentIndex(), int(ImportIncidentsDialog::Format::Csv));
    QCOMPARE(find<QTableWidget>(QStringLiteral("mappingTableWidget"))->rowCount(), 4);
    QCOMPARE(target(QStringLiteral("件名"))->currentData().toString(), QStringLiteral("title"));
    QCOMPARE(target(QStringLiteral("発生日時"))->currentData().toString(), QStringLiteral("occurred"));
    QCOMPARE(find<QTableWidget>(QStringLiteral("mappingTableWidget"))->item(0, 1)->text(), QStringLiteral("フィッシングメール"));
    auto *preview = find<QTableWidget>(QStringLiteral("previewTableWidget"));
    QCOMPARE(preview->rowCount(), 3);
    QCOMPARE(preview->item(1, 0)->text(), QStringLiteral("Webサイト改ざん"));
    QVERIFY(find<QComboBox>(QStringLiteral("dateFormatComboBox"))->itemText(0).contains(QStringLiteral("yyyy/MM/dd")));
    QVERIFY(find<QLabel>(QStringLiteral("dateWarningLabel"))->isHidden());
    QVERIFY(!importEnabled());

    check();
    QVERIFY2(report().contains(QStringLiteral("3 new incident")), qPrintable(report()));
    QVERIFY2(summary().startsWith(QStringLiteral("3 new incident")), qPrintable(summary()));
    QVERIFY(importEnabled());
    QCOMPARE(count(), 2);

    import();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(count(), 5);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("3 new incident")), qPrintable(MessageBox::lastText()));
    QVERIFY(changed.contains(QVariantList { QStringLiteral("incident") }));
    QSqlQuery q(f.workspace().db());
    QVERIFY(q.exec(QStringLiteral("SELECT tlp FROM incident WHERE title = 'Webサイト改ざん'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("TLP:AMBER"));

    reopen(); // the same file again adds nothing
    choose(path);
    check();
    QVERIFY2(summary().contains(QStringLiteral("0 new incident")), qPrintable(summary()));
    QVERIFY2(summary().contains(QStringLiteral("3 already imported")), qPrintable(summary()));
    import();
    QCOMPARE(count(), 5);
}

void TestImportIncidentsDialog::englishCsvWithAmbiguousDates()
{
    choose(write(QStringLiteral("tickets.txt"), "Title,Description,Date,Status,Remarks\r\n"
                                                "Phishing,Mail to HR,03/04/2025 12:00,open,x\r\n"
                                                "Malware,Laptop,05/06/2025 11:00,closed,y\r\n"));
    QCOMPARE(find<QComboBox>(QStringLiteral("importFormatComboBox"))->currentIndex(), int(ImportIncidentsDialog::Format::Csv));
    QCOMPARE(target(QStringLiteral("Title"))->currentData().toString(), QStringLiteral("title"));
    QCOMPARE(target(QStringLiteral("Description"))->currentData().toString(), QStringLiteral("summary"));
    QCOMPARE(target(QStringLiteral("Status"))->currentData().toString(), QStringLiteral("status"));
    QCOMPARE(target(QStringLiteral("Remarks"))->currentIndex(), 0); // not imported
    QCOMPARE(target(QStringLiteral("Remarks"))->currentText(), QStringLiteral("(not imported)"));
    auto *dates = find<QComboBox>(QStringLiteral("dateFormatComboBox"));
    QCOMPARE(dates->itemText(0), QStringLiteral("Detect (MM/dd/yyyy)"));
    QVERIFY(!find<QLabel>(QStringLiteral("dateWarningLabel"))->isHidden());
    dates->setCurrentIndex(dates->findData(QStringLiteral("dd/MM/yyyy")));
    QVERIFY(find<QLabel>(QStringLiteral("dateWarningLabel"))->isHidden());
    check();
    QVERIFY(importEnabled());
    import();
    QCOMPARE(count(), 3 + 1);
    QSqlQuery q(f.workspace().db());
    QVERIFY(q.exec(QStringLiteral("SELECT occurred_utc, status FROM incident WHERE title = 'Phishing'")) && q.next());
    QVERIFY2(q.value(0).toString().startsWith(QStringLiteral("2025-04-03")), qPrintable(q.value(0).toString()));
    QCOMPARE(q.value(1).toString(), QStringLiteral("new")); // "open" is no status: noted, imported as new
    QVERIFY(q.exec(QStringLiteral("SELECT status FROM incident WHERE title = 'Malware'")) && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("closed"));
}

void TestImportIncidentsDialog::brokenRowBlocksTheImport()
{
    choose(write(QStringLiteral("broken.csv"), "Title,Summary\n"
                                               "First,ok\n"
                                               ",the title is missing\n"
                                               "Third,ok\n"));
    check();
    QVERIFY2(report().contains(QStringLiteral("Record 3, Title")), qPrintable(report()));
    // The preview numbers its rows as the report does: the row without a title is row 3 in both.
    auto *preview = find<QTableWidget>(QStringLiteral("previewTableWidget"));
    QCOMPARE(preview->verticalHeaderItem(1)->text(), QStringLiteral("3"));
    QCOMPARE(preview->item(1, 1)->text(), QStringLiteral("the title is missing"));
    QVERIFY(report().contains(QStringLiteral("title is empty")));
    QVERIFY2(summary().contains(QRegularExpression(QStringLiteral("1 problem\\S* blocks? the import"))), qPrintable(summary()));
    QVERIFY(!importEnabled());
    import(); // a disabled button does nothing
    QCOMPARE(count(), 2);
}

void TestImportIncidentsDialog::changingTheMappingNeedsACheck()
{
    choose(write(QStringLiteral("changes.csv"), JapaneseCsv));
    check();
    QVERIFY(importEnabled());
    target(QStringLiteral("概要"))->setCurrentIndex(0);
    QVERIFY(!importEnabled());
    check();
    QVERIFY(importEnabled());
    target(QStringLiteral("件名"))->setCurrentIndex(0); // no title now
    check();
    QVERIFY2(report().contains(QStringLiteral("No column is mapped to the title")), qPrintable(report()));
    QVERIFY(!importEnabled());
    auto *dates = find<QComboBox>(QStringLiteral("dateFormatComboBox"));
    target(QStringLiteral("件名"))->setCurrentIndex(target(QStringLiteral("件名"))->findData(QStringLiteral("title")));
    check();
    QVERIFY(importEnabled());
    dates->setCurrentIndex(dates->findData(QStringLiteral("yyyy/MM/dd")));
    QVERIFY(!importEnabled());
    find<QLineEdit>(QStringLiteral("importFileLineEdit"))->setText(f.dir->filePath(QStringLiteral("other.csv")));
    QVERIFY(!importEnabled());
}

void TestImportIncidentsDialog::savedMappingComesBack()
{
    choose(write(QStringLiteral("mapping.csv"), JapaneseCsv));
    target(QStringLiteral("概要"))->setCurrentIndex(target(QStringLiteral("概要"))->findData(QStringLiteral("lessons")));
    auto *names = find<QComboBox>(QStringLiteral("mappingNameComboBox"));
    names->setEditText(QStringLiteral("Help desk export"));
    find<QPushButton>(QStringLiteral("saveMappingButton"))->click();
    QCOMPARE(MessageBox::shownCount(), 0);
    QCOMPARE(names->findText(QStringLiteral("Help desk export")), 0);

    reopen();
    choose(write(QStringLiteral("mapping.csv"), JapaneseCsv));
    names = find<QComboBox>(QStringLiteral("mappingNameComboBox"));
    const int index = names->findText(QStringLiteral("Help desk export"));
    QCOMPARE(index, 0);
    QCOMPARE(target(QStringLiteral("概要"))->currentData().toString(), QStringLiteral("summary")); // guessed
    Q_EMIT names->activated(index);
    QCOMPARE(target(QStringLiteral("概要"))->currentData().toString(), QStringLiteral("lessons"));
    QCOMPARE(target(QStringLiteral("件名"))->currentData().toString(), QStringLiteral("title"));

    names->setEditText(QString()); // a mapping needs a name
    find<QPushButton>(QStringLiteral("saveMappingButton"))->click();
    QCOMPARE(MessageBox::shownCount(), 1);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("name")));
}

void TestImportIncidentsDialog::cancelWritesNothing()
{
    choose(write(QStringLiteral("cancel.csv"), JapaneseCsv));
    check();
    QVERIFY(importEnabled());
    bool found = false;
    QTimer::singleShot(0, dialog.get(), [this, &found] {
        if (auto *progress = dialog->findChild<QProgressDialog *>()) {
            found = true;
            progress->cancel();
        }
    });
    import();
    QVERIFY(found);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cancelled")), qPrintable(MessageBox::lastText()));
    QCOMPARE(count(), 2);
    QCOMPARE(dialog->result(), int(QDialog::Rejected));
    QVERIFY(importEnabled()); // nothing changed: the check still holds
    import();
    QCOMPARE(count(), 5);
}

void TestImportIncidentsDialog::readOnlySessionCannotImport()
{
    const QString path = write(QStringLiteral("readonly.csv"), JapaneseCsv);
    const QString workspacePath = f.session->filePath();
    dialog.reset();
    f.session.reset();
    auto opened = Workspace::openForReading(workspacePath);
    QVERIFY(opened.ok());
    f.session = std::make_unique<WorkspaceSession>(std::move(*opened));
    QVERIFY(f.session->isReadOnly());
    reopen();
    choose(path);
    QVERIFY(!find<QPushButton>(QStringLiteral("saveMappingButton"))->isEnabled());
    check();
    QVERIFY2(summary().startsWith(QStringLiteral("3 new incident")), qPrintable(summary()));
    QVERIFY(!importEnabled());
    import();
    QCOMPARE(count(), 2);
}

void TestImportIncidentsDialog::jsonExportImports()
{
    auto source = Workspace::create(f.dir->filePath(QStringLiteral("source.csirt")), QStringLiteral("Peer Team"));
    QVERIFY(source.ok());
    IncidentDraft draft;
    for (const QString &title : { QStringLiteral("One"), QStringLiteral("Two"), QStringLiteral("Three") }) {
        draft.title = title;
        QVERIFY(IncidentRepository(**source).create(draft, QStringLiteral("Ken Sato")).ok());
    }
    draft.title = QStringLiteral("Ransomware on file server");
    const qint64 fourth = IncidentRepository(**source).create(draft, QStringLiteral("Ken Sato")).value(); // INC-…-0004:
    // not an identifier of this workspace's own two incidents
    const QString path = f.dir->filePath(QStringLiteral("export.json"));
    auto exported = JsonExchange(**source).exportTo(path, ExportScope { { fourth }, {} });
    if (!exported)
        QSKIP(qPrintable(QStringLiteral("JsonExchange cannot export yet: ") + exported.error().message));
    auto ready = JsonExchange(f.workspace()).validateFile(path);
    if (!ready || !ready->ok())
        QSKIP(qPrintable(QStringLiteral("JsonExchange cannot import its own export yet: ")
                         + (ready ? ready->text() : ready.error().message)));

    choose(path);
    QCOMPARE(find<QComboBox>(QStringLiteral("importFormatComboBox"))->currentIndex(), int(ImportIncidentsDialog::Format::Json));
    QVERIFY(find<QWidget>(QStringLiteral("csvImportWidget"))->isHidden());
    check();
    QVERIFY2(summary().startsWith(QStringLiteral("1 new incident")), qPrintable(summary() + report()));
    QVERIFY(importEnabled());
    import();
    QVERIFY2(dialog->result() == QDialog::Accepted, qPrintable(MessageBox::lastText()));
    QCOMPARE(count(), 3);

    reopen();
    choose(path);
    check();
    QVERIFY2(summary().contains(QStringLiteral("1 already imported")), qPrintable(summary() + report()));
    import();
    QCOMPARE(count(), 3);
}

void TestImportIncidentsDialog::mispEventImports()
{
    const QString path = write(QStringLiteral("event.json"), R"({"Event": {
        "uuid": "5f0c2d4e-1a2b-4c3d-8e9f-0a1b2c3d4e5f", "info": "Scanning from 203.0.113.5", "date": "2025-04-03",
        "threat_level_id": "2", "analysis": "1", "distribution": "0",
        "Tag": [{"name": "tlp:green"}],
        "Attribute": [{"uuid": "6a1b2c3d-4e5f-4a6b-9c8d-7e6f5a4b3c2d", "type": "ip-dst", "category": "Network activity",
                       "value": "203.0.113.5", "to_ids": true}]}})");
    auto ready = MispExchange(f.workspace()).validateFile(path);
    if (!ready || !ready->ok())
        QSKIP(qPrintable(QStringLiteral("MispExchange cannot import an event yet: ") + (ready ? ready->text() : ready.error().message)));

    choose(path);
    QCOMPARE(find<QComboBox>(QStringLiteral("importFormatComboBox"))->currentIndex(), int(ImportIncidentsDialog::Format::Misp));
    check();
    QVERIFY2(summary().startsWith(QStringLiteral("1 new incident")), qPrintable(summary() + report()));
    import();
    QVERIFY2(dialog->result() == QDialog::Accepted, qPrintable(MessageBox::lastText()));
    QCOMPARE(count(), 3);
    QSqlQuery q(f.workspace().db());
    QVERIFY(q.exec(QStringLiteral("SELECT o.type, o.value FROM observable o JOIN incident i ON i.id = o.incident_id "
                                  "WHERE i.title = 'Scanning from 203.0.113.5'")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("ipv4"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("203.0.113.5"));

    reopen();
    choose(path);
    check();
    import();
    QCOMPARE(count(), 3);
}

void TestImportIncidentsDialog::closingWhileEditingIsSafe()
{
    choose(write(QStringLiteral("closing.csv"), JapaneseCsv));
    dialog->show();
    dialog->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    auto *file = find<QLineEdit>(QStringLiteral("importFileLineEdit"));
    file->setFocus();
    QTRY_VERIFY(file->hasFocus());
    file->setText(f.dir->filePath(QStringLiteral("typed.csv")));
    dialog.reset(); // the line edit loses its focus while the dialog is being destroyed
    QCOMPARE(count(), 2);
}

QTEST_MAIN(TestImportIncidentsDialog)
#include "tst_importincidentsdialog.moc"
