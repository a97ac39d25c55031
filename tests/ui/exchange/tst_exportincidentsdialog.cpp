#include "IncidentTabFixture.h"

#include "exchange/ExportIncidentsDialog.h"
#include "common/FileDialog.h"
#include "workspace/SqlUtil.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>

#include <unistd.h>

using namespace csirtkit;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
}
} // namespace

class TestExportIncidentsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::IncidentTabFixture::initTestCase(); }
    void init()
    {
        f.init();
        // The second incident is TLP:RED, its title tries to run a formula in a spreadsheet.
        QVERIFY(IncidentRepository(f.workspace()).setTlp(f.second, QStringLiteral("TLP:RED")).ok());
        QVERIFY(IncidentRepository(f.workspace())
                    .setText(f.second, IncidentRepository::TextField::Title, QStringLiteral("=HYPERLINK(\"http://x\")"))
                    .ok());
        dialog = std::make_unique<ExportIncidentsDialog>(f.session.get());
    }
    void cleanup()
    {
        dialog.reset();
        f.cleanup();
    }
    void noteSaysWhatTheCeilingLeavesOut();
    void csvHonoursTheCeilingAndNeutralises();
    void everyFormatWritesAFile();
    void csvLanguageLabelsAndKeys();
    void scopeFollowsTheChoice();
    void neverWritesOntoTheWorkspace();

private:
    template<typename T>
    T *find(const char *name) const
    {
        return dialog->findChild<T *>(QLatin1String(name));
    }
    QString ident(qint64 id) const { return IncidentRepository(f.workspace()).incident(id)->ident; }
    void choose(const char *combo, const QString &data)
    {
        auto *c = find<QComboBox>(combo);
        c->setCurrentIndex(c->findData(data));
    }

    fixtures::IncidentTabFixture f;
    std::unique_ptr<ExportIncidentsDialog> dialog;
};

void TestExportIncidentsDialog::noteSaysWhatTheCeilingLeavesOut()
{
    choose("tlpCeilingComboBox", QStringLiteral("TLP:AMBER"));
    const QString note = find<QLabel>("exportNoteLabel")->text();
    QVERIFY2(note.contains(ident(f.second)) && note.contains(QStringLiteral("TLP:AMBER")), qPrintable(note));
    QVERIFY(!note.contains(ident(f.first)));
    choose("tlpCeilingComboBox", QString());
    QVERIFY(!find<QLabel>("exportNoteLabel")->text().contains(ident(f.second)));
}

void TestExportIncidentsDialog::csvHonoursTheCeilingAndNeutralises()
{
    const QString path = f.dir->filePath(QStringLiteral("out.csv"));
    choose("exportFormatComboBox", QStringLiteral("csv"));
    choose("tlpCeilingComboBox", QString());
    QVERIFY(dialog->exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString all = QString::fromUtf8(file.readAll());
    QVERIFY(all.contains(QStringLiteral("'=HYPERLINK")));                 // neutralised
    QVERIFY(!all.contains(QStringLiteral(",=HYPERLINK")));
    QVERIFY(all.contains(QStringLiteral("TLP:RED")));                      // labels travel with the data
    choose("tlpCeilingComboBox", QStringLiteral("TLP:AMBER"));
    QVERIFY(dialog->exportTo(path));
    file.close();
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString ceiling = QString::fromUtf8(file.readAll());
    QVERIFY(!ceiling.contains(QStringLiteral("HYPERLINK")));
    QVERIFY(ceiling.contains(QStringLiteral("Phishing mail to finance")));
    QVERIFY2(MessageBox::lastText().contains(ident(f.second)), qPrintable(MessageBox::lastText())); // named as left out
}

void TestExportIncidentsDialog::csvLanguageLabelsAndKeys()
{
    choose("exportFormatComboBox", QStringLiteral("csv"));
    choose("tlpCeilingComboBox", QString());
    auto *bom = find<QCheckBox>("bomCheckBox");
    const auto written = [&](const QString &name) {
        const QString path = f.dir->filePath(name);
        if (!dialog->exportTo(path))
            return QByteArray();
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    choose("csvLanguageComboBox", QStringLiteral("ja")); // Japanese: labels, and a BOM for Excel by default
    QVERIFY(bom->isChecked());
    const QByteArray ja = written(QStringLiteral("ja.csv"));
    QVERIFY(ja.startsWith("\xEF\xBB\xBF"));
    QVERIFY2(QString::fromUtf8(ja).contains(QStringLiteral(",受付,")), ja.constData());
    QVERIFY(QString::fromUtf8(ja).contains(QStringLiteral("件名")));
    choose("csvLanguageComboBox", QStringLiteral("en"));
    QVERIFY(!bom->isChecked());
    const QByteArray en = written(QStringLiteral("en.csv"));
    QVERIFY(en.startsWith("ID,Title,Status,"));
    QVERIFY(en.contains(",New,"));
    find<QCheckBox>("keysCheckBox")->setChecked(true);
    const QByteArray keys = written(QStringLiteral("keys.csv"));
    QVERIFY(keys.startsWith("ident,title,status,"));
    QVERIFY(keys.contains(",new,"));
}

void TestExportIncidentsDialog::everyFormatWritesAFile()
{
    choose("tlpCeilingComboBox", QString());
    for (const QString &format : { QStringLiteral("json"), QStringLiteral("misp"), QStringLiteral("stix") }) {
        const QString path = f.dir->filePath(format + QStringLiteral(".json"));
        choose("exportFormatComboBox", format);
        QVERIFY2(dialog->exportTo(path), qPrintable(format + QStringLiteral(": ") + MessageBox::lastText()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(format));
        const QByteArray text = document.toJson();
        QVERIFY2(text.contains("Phishing mail to finance"), qPrintable(format));
    }
    // A file that cannot be written: a message, nothing claimed.
    choose("exportFormatComboBox", QStringLiteral("csv"));
    QVERIFY(!dialog->exportTo(f.dir->filePath(QStringLiteral("missing/dir/out.csv"))));
    QVERIFY(!MessageBox::lastText().isEmpty());
}

void TestExportIncidentsDialog::scopeFollowsTheChoice()
{
    dialog->setChoices({ f.first }, f.second);
    QVERIFY(find<QRadioButton>("scopeOneRadioButton")->isChecked()); // the open incident first
    QVERIFY(find<QRadioButton>("scopeOneRadioButton")->text().contains(ident(f.second)));
    find<QRadioButton>("scopeListRadioButton")->setChecked(true);
    choose("tlpCeilingComboBox", QString());
    choose("exportFormatComboBox", QStringLiteral("csv"));
    const QString path = f.dir->filePath(QStringLiteral("listed.csv"));
    QVERIFY(dialog->exportTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.contains(QStringLiteral("Phishing mail to finance")));
    QVERIFY(!text.contains(QStringLiteral("HYPERLINK")));
}

void TestExportIncidentsDialog::neverWritesOntoTheWorkspace()
{
    const QString workspace = f.workspace().filePath();
    const QString link = f.dir->filePath(QStringLiteral("incidents.csv"));
    QVERIFY(QFile::link(workspace, link));
    const QString hard = f.dir->filePath(QStringLiteral("incidents.json"));
    QVERIFY(::link(QFile::encodeName(workspace).constData(), QFile::encodeName(hard).constData()) == 0);
    QVERIFY(QDir(f.dir->path()).mkpath(QStringLiteral("sub")));
    const QByteArray before = fileHash(workspace);
    for (const QString &format : { QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("misp"), QStringLiteral("stix") }) {
        choose("exportFormatComboBox", format);
        for (const QString &target : { workspace, link, hard, f.dir->filePath(QStringLiteral("sub/../test.csirt")) }) {
            MessageBox::clear();
            // Through the button and the file dialog, as a user does it …
            FileDialog::setNextFileName(target);
            find<QPushButton>("exportButton")->click();
            QVERIFY2(MessageBox::lastText().contains(QStringLiteral("nothing was written")), qPrintable(MessageBox::lastText()));
            QCOMPARE(dialog->result(), int(QDialog::Rejected));
            // … and directly.
            QVERIFY(!dialog->exportTo(target));
            QCOMPARE(fileHash(workspace), before);
        }
    }
    QVERIFY(IncidentRepository(f.workspace()).count().value() == 2);
}

QTEST_MAIN(TestExportIncidentsDialog)
#include "tst_exportincidentsdialog.moc"
