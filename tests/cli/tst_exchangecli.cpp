// Runs the real csirtkit-cli binary: export, import and report.
#include "Fixtures.h"

#include "incidents/IncidentGenerator.h"
#include "incidents/IncidentRepository.h"
#include "workspace/SqlUtil.h"

#include <QCryptographicHash>
#include <QFile>
#include "CliRun.h"

#include <QProcess>
#include <QStandardPaths>

using namespace csirtkit;

class TestExchangeCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exportEveryFormatWithCeiling();
    void jsonRoundTripAndNoDuplicates();
    void brokenCsvImportWritesNothing();
    void reports();
    void usage();

private:
    using Run = fixtures::CliRun;
    static Run run(const QStringList &args) { return fixtures::runCli(args); }
    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
    static QByteArray hash(const QString &file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
    }
    static int incidents(const QString &file)
    {
        auto ws = Workspace::openForReading(file);
        return ws ? sql::scalar((*ws)->db(), QStringLiteral("SELECT count(*) FROM incident"))->toInt() : -1;
    }

    QTemporaryDir m_dir;
    QString m_source;
    QString m_redIdent;
};

void TestExchangeCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    m_source = path(QStringLiteral("source.csirt"));
    auto ws = Workspace::create(m_source, QStringLiteral("Source CSIRT"));
    QVERIFY(ws);
    QVERIFY(IncidentGenerator::generate(**ws, 30, 5).ok());
    IncidentDraft draft;
    draft.title = QStringLiteral("Red secret");
    draft.tlp = QStringLiteral("TLP:RED");
    const qint64 red = IncidentRepository(**ws).create(draft, QStringLiteral("Aiko")).value();
    m_redIdent = IncidentRepository(**ws).incident(red)->ident;
}

void TestExchangeCli::exportEveryFormatWithCeiling()
{
    const QByteArray before = hash(m_source);
    for (const QString &format : { QStringLiteral("csv"), QStringLiteral("json"), QStringLiteral("misp"), QStringLiteral("stix") }) {
        const QString out = path(QStringLiteral("export.") + format);
        auto r = run({ QStringLiteral("export"), m_source, QStringLiteral("--format"), format, QStringLiteral("--output"), out,
                       QStringLiteral("--tlp-max"), QStringLiteral("TLP:AMBER"), QStringLiteral("--verbose") });
        QVERIFY2(r.code == 0, qPrintable(format + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(m_redIdent), qPrintable(r.err)); // named as left out
        // Without --verbose: one line with the count, however many were left out.
        auto quiet = run({ QStringLiteral("export"), m_source, QStringLiteral("--format"), format, QStringLiteral("--output"), out,
                           QStringLiteral("--tlp-max"), QStringLiteral("TLP:AMBER"), QStringLiteral("--force") });
        QCOMPARE(quiet.code, 0);
        QVERIFY2(!quiet.err.contains(m_redIdent), qPrintable(quiet.err));
        QVERIFY2(quiet.err.contains(QStringLiteral("above the TLP ceiling were left out (--verbose names them)")), qPrintable(quiet.err));
        QCOMPARE(quiet.err.count(QLatin1Char('\n')), 1);
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY2(!file.readAll().contains("Red secret"), qPrintable(format));
    }
    auto one = run({ QStringLiteral("export"), m_source, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                     path(QStringLiteral("one.csv")), QStringLiteral("--incident"), m_redIdent });
    QCOMPARE(one.code, 0);
    QVERIFY(one.out.contains(QStringLiteral("1 incident")));
    auto missing = run({ QStringLiteral("export"), m_source, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                         path(QStringLiteral("none.csv")), QStringLiteral("--incident"), QStringLiteral("INC-1999-0001") });
    QCOMPARE(missing.code, 1);
    QVERIFY(missing.err.contains(QStringLiteral("INC-1999-0001")));
    // Labels in the chosen language (a BOM by default in Japanese), or keys for scripts.
    const auto csvFile = [&](const QString &name, const QStringList &options) {
        const QString out = path(name);
        auto r = run(QStringList { QStringLiteral("export"), m_source, QStringLiteral("--format"), QStringLiteral("csv"),
                                   QStringLiteral("--output"), out, QStringLiteral("--incident"), m_redIdent } + options);
        QFile file(out);
        return r.code == 0 && file.open(QIODevice::ReadOnly) ? file.readAll() : r.err.toUtf8();
    };
    const QByteArray ja = csvFile(QStringLiteral("ja.csv"), { QStringLiteral("--lang"), QStringLiteral("ja") });
    QVERIFY2(ja.startsWith("\xEF\xBB\xBF") && QString::fromUtf8(ja).contains(QStringLiteral("件名,状態")), ja.constData());
    QVERIFY(QString::fromUtf8(ja).contains(QStringLiteral(",受付,")));
    QVERIFY(!csvFile(QStringLiteral("ja-nobom.csv"), { QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--no-bom") })
                 .startsWith("\xEF\xBB\xBF"));
    const QByteArray en = csvFile(QStringLiteral("en.csv"), {});
    QVERIFY2(en.startsWith("ID,Title,Status,") && en.contains(",New,"), en.constData());
    const QByteArray keys = csvFile(QStringLiteral("keys.csv"), { QStringLiteral("--keys") });
    QVERIFY2(keys.startsWith("ident,title,status,") && keys.contains(",new,"), keys.constData());
    QCOMPARE(run({ QStringLiteral("export"), m_source, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                   path(QStringLiteral("fr.csv")), QStringLiteral("--lang"), QStringLiteral("fr") }).code, 2);
    QVERIFY(!QFile::exists(path(QStringLiteral("fr.csv"))));
    QCOMPARE(hash(m_source), before); // exports never write the workspace
}

void TestExchangeCli::jsonRoundTripAndNoDuplicates()
{
    const QString out = path(QStringLiteral("all.json"));
    QCOMPARE(run({ QStringLiteral("export"), m_source, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--output"), out }).code, 0);
    const QString target = path(QStringLiteral("target.csirt"));
    QVERIFY(Workspace::create(target, QStringLiteral("Target")).ok());
    auto dry = run({ QStringLiteral("import"), target, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--input"), out,
                     QStringLiteral("--dry-run") });
    QVERIFY2(dry.code == 0, qPrintable(dry.out + dry.err));
    QCOMPARE(incidents(target), 0);
    auto imported = run({ QStringLiteral("import"), target, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--input"), out });
    QVERIFY2(imported.code == 0, qPrintable(imported.out + imported.err));
    QCOMPARE(incidents(target), 31);
    auto again = run({ QStringLiteral("import"), target, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--input"), out });
    QCOMPARE(again.code, 0);
    QCOMPARE(incidents(target), 31);
    QVERIFY(run({ QStringLiteral("verify"), target }).code == 0);
}

void TestExchangeCli::brokenCsvImportWritesNothing()
{
    const QString csv = path(QStringLiteral("broken.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("title,tlp\nFirst,TLP:GREEN\n,TLP:GREEN\nThird,TLP:PURPLE\nFourth,TLP:AMBER\n");
    file.close();
    const QString target = path(QStringLiteral("csv-target.csirt"));
    QVERIFY(Workspace::create(target, QStringLiteral("Target")).ok());
    auto r = run({ QStringLiteral("import"), target, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--input"), csv });
    QCOMPARE(r.code, 1);
    const QString said = r.out + r.err;
    QVERIFY2(said.contains(QStringLiteral("3")), qPrintable(said)); // names the row
    QCOMPARE(incidents(target), 0);
    // In Japanese the report's sentences run on as Japanese is written: no space after 。.
    auto ja = run({ QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("import"), target, QStringLiteral("--format"),
                    QStringLiteral("csv"), QStringLiteral("--input"), csv });
    QCOMPARE(ja.code, 1);
    const QString japanese = ja.out + ja.err;
    QVERIFY2(japanese.contains(QStringLiteral("。")) && !japanese.contains(QStringLiteral("。 ")), qPrintable(japanese));
}

void TestExchangeCli::reports()
{
    const QString md = path(QStringLiteral("incident.md"));
    auto r = run({ QStringLiteral("report"), m_source, QStringLiteral("--incident"), m_redIdent, QStringLiteral("--format"),
                   QStringLiteral("md"), QStringLiteral("--output"), md });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("TLP:RED"));
    auto refused = run({ QStringLiteral("report"), m_source, QStringLiteral("--incident"), m_redIdent, QStringLiteral("--format"),
                         QStringLiteral("md"), QStringLiteral("--output"), path(QStringLiteral("refused.md")),
                         QStringLiteral("--tlp-max"), QStringLiteral("TLP:GREEN") });
    QCOMPARE(refused.code, 1);
    QVERIFY(!QFile::exists(path(QStringLiteral("refused.md"))));
    const QString pdf = path(QStringLiteral("period.pdf"));
    auto period = run({ QStringLiteral("report"), m_source, QStringLiteral("--from"), QDate::currentDate().addYears(-3).toString(Qt::ISODate),
                        QStringLiteral("--to"), QDate::currentDate().toString(Qt::ISODate), QStringLiteral("--format"),
                        QStringLiteral("pdf"), QStringLiteral("--output"), pdf, QStringLiteral("--lang"), QStringLiteral("ja") });
    QVERIFY2(period.code == 0, qPrintable(period.err));
    QFile out(pdf);
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.read(5) == "%PDF-");
}

void TestExchangeCli::usage()
{
    QCOMPARE(run({ QStringLiteral("export"), m_source, QStringLiteral("--format"), QStringLiteral("xml"), QStringLiteral("--output"),
                   path(QStringLiteral("x")) }).code, 2);
    QCOMPARE(run({ QStringLiteral("export"), m_source, QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--output"),
                   path(QStringLiteral("x")), QStringLiteral("--tlp-max"), QStringLiteral("TLP:WHITE") }).code, 2);
    QCOMPARE(run({ QStringLiteral("report"), m_source, QStringLiteral("--incident"), m_redIdent, QStringLiteral("--from"),
                   QStringLiteral("2026-01-01"), QStringLiteral("--format"), QStringLiteral("md"), QStringLiteral("--output"),
                   path(QStringLiteral("x.md")) }).code, 2);
    QCOMPARE(run({ QStringLiteral("import"), m_source, QStringLiteral("--format"), QStringLiteral("stix"), QStringLiteral("--input"),
                   path(QStringLiteral("x")) }).code, 2);
}

QTEST_GUILESS_MAIN(TestExchangeCli)
#include "tst_exchangecli.moc"
