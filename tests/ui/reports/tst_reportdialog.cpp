#include "IncidentTabFixture.h"

#include "reports/ReportDialog.h"

#include <QCheckBox>
#include <QLabel>
#include <QComboBox>
#include <QFile>

using namespace csirtkit;

class TestReportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::IncidentTabFixture::initTestCase(); }
    void init()
    {
        f.init();
        dialog = std::make_unique<ReportDialog>(f.session.get());
    }
    void cleanup()
    {
        dialog.reset();
        f.cleanup();
    }
    void incidentReportWithSectionsLeftOut();
    void ceilingRefusesWithAMessage();
    void periodReportInJapanese();

private:
    QString read(const QString &path) const
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    }
    template<typename T>
    T *find(const QString &name) const
    {
        return dialog->findChild<T *>(name);
    }

    fixtures::IncidentTabFixture f;
    std::unique_ptr<ReportDialog> dialog;
};

void TestReportDialog::incidentReportWithSectionsLeftOut()
{
    dialog->setIncident(f.first);
    auto *language = find<QComboBox>(QStringLiteral("reportLanguageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    const QString full = f.dir->filePath(QStringLiteral("full.md"));
    QVERIFY(dialog->writeTo(full));
    QVERIFY(read(full).contains(QStringLiteral("Phishing mail to finance")));
    QVERIFY(read(full).contains(QStringLiteral("TLP:AMBER")));
    QVERIFY(read(full).contains(QStringLiteral("Journal")));
    find<QCheckBox>(QStringLiteral("section_journalCheckBox"))->setChecked(false);
    const QString part = f.dir->filePath(QStringLiteral("part.md"));
    QVERIFY(dialog->writeTo(part));
    QVERIFY(!read(part).contains(QStringLiteral("## Journal")));
}

void TestReportDialog::ceilingRefusesWithAMessage()
{
    dialog->setIncident(f.first); // TLP:AMBER
    auto *ceiling = find<QComboBox>(QStringLiteral("reportCeilingComboBox"));
    QCOMPARE(ceiling->currentData().toString(), QStringLiteral("TLP:AMBER")); // the incident's own label by default
    ceiling->setCurrentIndex(ceiling->findData(QStringLiteral("TLP:GREEN")));
    const QString path = f.dir->filePath(QStringLiteral("refused.pdf"));
    QVERIFY(!dialog->writeTo(path));
    QVERIFY(!MessageBox::lastText().isEmpty());
    QVERIFY(!QFile::exists(path));
}

void TestReportDialog::periodReportInJapanese()
{
    dialog->setPeriod(QDate::currentDate().addMonths(-1), QDate::currentDate());
    QVERIFY(!find<QCheckBox>(QStringLiteral("section_journalCheckBox"))->isVisible());
    QVERIFY(find<QLabel>(QStringLiteral("sectionsLabel"))->isHidden()); // no "Sections:" with nothing beside it
    QVERIFY(find<QCheckBox>(QStringLiteral("section_journalCheckBox"))->isHidden());
    auto *language = find<QComboBox>(QStringLiteral("reportLanguageComboBox"));
    language->setCurrentIndex(language->findData(QStringLiteral("ja")));
    const QString path = f.dir->filePath(QStringLiteral("period.html"));
    QVERIFY2(dialog->writeTo(path), qPrintable(MessageBox::lastText()));
    const QString html = read(path);
    QVERIFY(html.contains(QStringLiteral("TLP:AMBER")));
    QVERIFY(html.contains(QStringLiteral("2026")) || html.contains(QString::number(QDate::currentDate().year())));
}

QTEST_MAIN(TestReportDialog)
#include "tst_reportdialog.moc"
