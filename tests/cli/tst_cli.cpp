// Runs the real csirtkit-cli binary.
#include "CliRun.h"
#include "Fixtures.h"

#include "incidents/IncidentJournal.h"
#include "incidents/IncidentRepository.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void helpAndVersion();
    void everyCommandHasHelpWithAnExample();
    void infoCountsWhatAUserWantsAndSpeaksJson();
    void usageErrors();
    void newCheckInfo();
    void newRefusesToOverwrite();
    void checkRefusesBadFilesUnchanged_data();
    void checkRefusesBadFilesUnchanged();
    void checkReportsFileInUse();
    void infoAndExportNeverWrite();
    void messagesInJapanese();
    void demoThenExportPlan();
    void demoInJapanese();
    void exportPlanRefusesBadArguments();
    void verifyReportsChangedJournal();

private:
    using Run = fixtures::CliRun;
    static Run run(const QStringList &args) { return fixtures::runCli(args); }
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return QDir(m_dir.path()).filePath(name); }
};

void TestCli::helpAndVersion()
{
    auto help = run({ QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    QVERIFY(help.out.contains(QStringLiteral("check FILE")));
    QVERIFY(help.out.contains(QStringLiteral("new FILE --name NAME")));
    auto version = run({ QStringLiteral("--version") });
    QCOMPARE(version.code, 0);
    QVERIFY(version.out.startsWith(QStringLiteral("csirtkit-cli 0.")));
    auto subHelp = run({ QStringLiteral("check"), QStringLiteral("--help") });
    QCOMPARE(subHelp.code, 0);
    QVERIFY(subHelp.out.contains(QStringLiteral("read-only")));
}

void TestCli::everyCommandHasHelpWithAnExample()
{
    const QStringList commands = { QStringLiteral("new"), QStringLiteral("check"), QStringLiteral("info"),
                                   QStringLiteral("demo"), QStringLiteral("export-plan"), QStringLiteral("verify"),
                                   QStringLiteral("search"), QStringLiteral("demo-incidents"), QStringLiteral("export"),
                                   QStringLiteral("import"), QStringLiteral("report"), QStringLiteral("team") };
    const auto help = run({ QStringLiteral("--help") });
    QCOMPARE(help.code, 0);
    QVERIFY2(help.out.contains(QStringLiteral("Usage: csirtkit-cli ")), qPrintable(help.out)); // not the build path
    QVERIFY(!help.out.contains(QStringLiteral(CSIRTKIT_BINARY_DIR)));
    for (const QString &command : commands) {
        QVERIFY2(help.out.contains(QStringLiteral("\n  %1 ").arg(command)), qPrintable(command + QStringLiteral(" missing in --help")));
        const auto own = run({ command, QStringLiteral("--help") });
        QCOMPARE(own.code, 0);
        QVERIFY2(own.out.contains(QStringLiteral("Usage: csirtkit-cli %1").arg(command)), qPrintable(own.out));
        QVERIFY2(own.out.contains(QStringLiteral("Example:\n  csirtkit-cli %1 ").arg(command)), qPrintable(own.out));
    }
    // Nothing more in the list than the commands that exist.
    const QString list = help.out.section(QStringLiteral("Commands:\n"), 1);
    QCOMPARE(list.count(QRegularExpression(QStringLiteral("(?m)^  [a-z]"))), commands.size());
    // In Japanese, the options are explained in Japanese too.
    const auto ja = run({ QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--help") });
    QCOMPARE(ja.code, 0);
    QVERIFY2(!ja.out.contains(QStringLiteral("Show this help.")), qPrintable(ja.out));
    QVERIFY(!ja.out.contains(QStringLiteral("Message language")));
    const auto jaCheck = run({ QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("check"), QStringLiteral("--help") });
    QCOMPARE(jaCheck.code, 0);
    QVERIFY2(jaCheck.out.contains(QStringLiteral("例:")), qPrintable(jaCheck.out));
}

void TestCli::infoCountsWhatAUserWantsAndSpeaksJson()
{
    const QString file = path(QStringLiteral("info-counts.csirt"));
    QCOMPARE(run({ QStringLiteral("demo"), file }).code, 0);
    QCOMPARE(run({ QStringLiteral("demo-incidents"), file, QStringLiteral("--count"), QStringLiteral("7") }).code, 0);
    // An unknown language is a usage error that adds nothing.
    const auto wrongLanguage = run({ QStringLiteral("demo-incidents"), file, QStringLiteral("--count"), QStringLiteral("3"),
                                     QStringLiteral("--lang"), QStringLiteral("fr") });
    QCOMPARE(wrongLanguage.code, 2);
    QVERIFY2(wrongLanguage.err.contains(QStringLiteral("Unknown language “fr”")), qPrintable(wrongLanguage.err));
    const QByteArray before = fixtures::sha256(file);
    const auto text = run({ QStringLiteral("info"), file });
    QCOMPARE(text.code, 0);
    for (const QString &key : { QStringLiteral("writable: yes"), QStringLiteral("read_only: no"), QStringLiteral("incidents: 43"),
                                QStringLiteral("schema_version: "), QStringLiteral("file_size: "), QStringLiteral("last_changed_utc: "),
                                QStringLiteral("journal_entries: "), QStringLiteral("checklist_concept_done: "),
                                QStringLiteral("checklist_build_applicable: "), QStringLiteral("checklist_operation_done: ") })
        QVERIFY2(text.out.contains(key), qPrintable(key + QStringLiteral(" missing in:\n") + text.out));

    const auto json = run({ QStringLiteral("info"), file, QStringLiteral("--json") });
    QCOMPARE(json.code, 0);
    QJsonParseError error;
    const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(json.out));
    QCOMPARE(o.value(QStringLiteral("incidents")).toInteger(), 43); // the demo's 36 and 7 more
    QCOMPARE(o.value(QStringLiteral("writable")).toBool(), true);
    QCOMPARE(o.value(QStringLiteral("read_only")).toBool(), false);
    qint64 byStatus = 0;
    for (const char *status : { "new", "triage", "response", "resolved", "closed", "rejected", "duplicate" })
        byStatus += o.value(QStringLiteral("incidents_") + QLatin1String(status)).toInteger();
    QCOMPARE(byStatus, 43);
    QCOMPARE(o.value(QStringLiteral("incidents_open")).toInteger(),
             o.value(QStringLiteral("incidents_new")).toInteger() + o.value(QStringLiteral("incidents_triage")).toInteger()
                 + o.value(QStringLiteral("incidents_response")).toInteger());
    QVERIFY(o.value(QStringLiteral("journal_entries")).toInteger() >= 7);
    QVERIFY(o.value(QStringLiteral("checklist_concept_applicable")).toInteger() > 0);
    QCOMPARE(o.value(QStringLiteral("checklist_done")).toInteger(),
             o.value(QStringLiteral("checklist_concept_done")).toInteger() + o.value(QStringLiteral("checklist_build_done")).toInteger()
                 + o.value(QStringLiteral("checklist_operation_done")).toInteger());
    QCOMPARE(o.value(QStringLiteral("schema_version")).toInt(), csirtkit::Workspace::latestSchemaVersion());
    QCOMPARE(fixtures::sha256(file), before); // info only reads
}

void TestCli::usageErrors()
{
    QCOMPARE(run({}).code, 2);
    auto unknown = run({ QStringLiteral("explode") });
    QCOMPARE(unknown.code, 2);
    QVERIFY(unknown.err.contains(QStringLiteral("Unknown command “explode”")));
    QCOMPARE(run({ QStringLiteral("check") }).code, 2);
    QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("a"), QStringLiteral("b") }).code, 2);
    QCOMPARE(run({ QStringLiteral("check"), QStringLiteral("--bogus"), QStringLiteral("a") }).code, 2);
    auto noName = run({ QStringLiteral("new"), path(QStringLiteral("x.csirt")) });
    QCOMPARE(noName.code, 2);
    QVERIFY(noName.err.contains(QStringLiteral("--name")));
    QVERIFY(!QFileInfo::exists(path(QStringLiteral("x.csirt"))));
    QCOMPARE(run({ QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("check"), QStringLiteral("x") }).code, 2);
}

void TestCli::newCheckInfo()
{
    const QString file = path(QStringLiteral("org.csirt"));
    auto created = run({ QStringLiteral("new"), file, QStringLiteral("--name"), QStringLiteral("Example CSIRT") });
    QCOMPARE(created.code, 0);
    QVERIFY(created.out.contains(file));
    auto checked = run({ QStringLiteral("check"), file });
    QCOMPARE(checked.code, 0);
    QVERIFY(checked.out.contains(QStringLiteral("healthy")));
    auto info = run({ QStringLiteral("info"), file });
    QCOMPARE(info.code, 0);
    QVERIFY(info.out.contains(QStringLiteral("organisation: Example CSIRT\n")));
    QVERIFY(info.out.contains(QStringLiteral("schema_version: %1\n").arg(csirtkit::Workspace::latestSchemaVersion())));
    QVERIFY(info.out.contains(QStringLiteral("profile_fields: 1\n")));
    QVERIFY(info.out.contains(QStringLiteral("changes: 1\n")));
}

void TestCli::newRefusesToOverwrite()
{
    const QString file = fixtures::makeWorkspace(QDir(m_dir.path()), QStringLiteral("keep.csirt"), QStringLiteral("Keep"));
    const QByteArray before = fixtures::sha256(file);
    auto again = run({ QStringLiteral("new"), file, QStringLiteral("--name"), QStringLiteral("Other") });
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains(QStringLiteral("--force")));
    QCOMPARE(fixtures::sha256(file), before);
    QCOMPARE(run({ QStringLiteral("new"), file, QStringLiteral("--name"), QStringLiteral("Other"), QStringLiteral("--force") }).code, 0);
    QVERIFY(run({ QStringLiteral("info"), file }).out.contains(QStringLiteral("organisation: Other\n")));
}

void TestCli::checkRefusesBadFilesUnchanged_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("phrase");
    QTest::newRow("not sqlite") << 0 << 1 << QStringLiteral("not a database file");
    QTest::newRow("other application") << 1 << 1 << QStringLiteral("another application");
    QTest::newRow("newer version") << 2 << 1 << QStringLiteral("newer version");
    QTest::newRow("corrupt") << 3 << 1 << QStringLiteral("damaged");
    QTest::newRow("read-only") << 4 << 3 << QStringLiteral("read-only");
    QTest::newRow("missing") << 5 << 1 << QStringLiteral("does not exist");
}

void TestCli::checkRefusesBadFilesUnchanged()
{
    QFETCH(int, kind);
    QFETCH(int, exitCode);
    QFETCH(QString, phrase);
    QTemporaryDir temp;
    const QDir d(temp.path());
    QString file;
    switch (kind) {
    case 0: file = fixtures::makeTextFile(d); break;
    case 1: file = fixtures::makeForeignSqlite(d); break;
    case 2: file = fixtures::makeNewerWorkspace(d); break;
    case 3: file = fixtures::makeCorruptWorkspace(d); break;
    case 4: file = fixtures::makeReadOnlyWorkspace(d); break;
    case 5: file = d.filePath(QStringLiteral("missing.csirt")); break;
    }
    const QByteArray before = fixtures::sha256(file);
    auto checked = run({ QStringLiteral("check"), file });
    QCOMPARE(checked.code, exitCode);
    QVERIFY2(checked.err.contains(phrase), qPrintable(checked.err));
    QCOMPARE(fixtures::sha256(file), before);
}

void TestCli::checkReportsFileInUse()
{
    const QString file = fixtures::makeWorkspace(QDir(m_dir.path()), QStringLiteral("busy.csirt"));
    QProcess holder;
    holder.start(QStringLiteral(CSIRTKIT_BINARY_DIR "/tests/workspace_writer"), { QStringLiteral("hold"), file });
    QVERIFY(holder.waitForReadyRead(10000));
    const QByteArray before = fixtures::sha256(file);
    auto checked = run({ QStringLiteral("check"), file });
    QCOMPARE(checked.code, 1);
    QVERIFY2(checked.err.contains(QStringLiteral("in use by another program")), qPrintable(checked.err));
    QCOMPARE(fixtures::sha256(file), before);
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(10000));
}

void TestCli::infoAndExportNeverWrite()
{
    // An old-format workspace stays untouched by info (which reports its real format).
    const QString old = path(QStringLiteral("old.csirt"));
    QVERIFY(QFile::copy(QStringLiteral(CSIRTKIT_SOURCE_DIR "/tests/data/workspace-v1.csirt"), old));
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray before = fixtures::sha256(old);
    auto info = run({ QStringLiteral("info"), old });
    QCOMPARE(info.code, 0);
    QVERIFY2(info.out.contains(QStringLiteral("schema_version: 1\n")), qPrintable(info.out));
    QCOMPARE(fixtures::sha256(old), before);
    auto exported = run({ QStringLiteral("export-plan"), old, QStringLiteral("--format"), QStringLiteral("md"),
                          QStringLiteral("--output"), path(QStringLiteral("old.md")) });
    QCOMPARE(exported.code, 1);
    QVERIFY(exported.err.contains(QStringLiteral("older workspace format")));
    QCOMPARE(fixtures::sha256(old), before);
    // Exporting over the workspace itself is refused and the workspace survives.
    const QString ws = fixtures::makeWorkspace(QDir(m_dir.path()), QStringLiteral("self.csirt"));
    const QByteArray wsBefore = fixtures::sha256(ws);
    auto self = run({ QStringLiteral("export-plan"), ws, QStringLiteral("--format"), QStringLiteral("md"),
                      QStringLiteral("--output"), ws });
    QCOMPARE(self.code, 1);
    QVERIFY2(self.err.contains(QStringLiteral("nothing was written")), qPrintable(self.err));
    QCOMPARE(fixtures::sha256(ws), wsBefore);
    QVERIFY(run({ QStringLiteral("check"), ws }).code == 0);
}

void TestCli::messagesInJapanese()
{
    const QString file = fixtures::makeTextFile(QDir(m_dir.path()));
    auto checked = run({ QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("check"), file });
    QCOMPARE(checked.code, 1);
    QVERIFY2(checked.err.contains(QStringLiteral("ワークスペース")), qPrintable(checked.err));
}

void TestCli::demoThenExportPlan()
{
    QVERIFY(run({ QStringLiteral("--help") }).out.contains(QStringLiteral("export-plan FILE --format pdf|odt|html|md")));
    const QString file = path(QStringLiteral("demo.csirt"));
    auto demo = run({ QStringLiteral("demo"), file });
    QCOMPARE(demo.code, 0);
    QVERIFY(demo.out.contains(file));
    auto again = run({ QStringLiteral("demo"), file });
    QCOMPARE(again.code, 1);
    QVERIFY(again.err.contains(QStringLiteral("--force")));
    QCOMPARE(run({ QStringLiteral("demo"), file, QStringLiteral("--force") }).code, 0);
    QVERIFY(run({ QStringLiteral("info"), file }).out.contains(QStringLiteral("organisation: Example Logistics Ltd\n")));

    auto exportAs = [&](const QString &format) {
        const QString out = path(QStringLiteral("plan.") + format);
        auto exported = run({ QStringLiteral("export-plan"), file, QStringLiteral("--format"), format,
                              QStringLiteral("--output"), out });
        QFile written(out);
        return std::make_pair(exported, written.open(QIODevice::ReadOnly) ? written.readAll() : QByteArray());
    };
    const auto [md, markdown] = exportAs(QStringLiteral("md"));
    QCOMPARE(md.code, 0);
    QVERIFY(md.out.contains(QStringLiteral("plan.md")));
    QVERIFY(markdown.startsWith("# CSIRT plan: Example Logistics Ltd\n"));
    QVERIFY(markdown.contains("\n| ☑ "));
    QVERIFY(markdown.contains("\n| ☐ "));
    QVERIFY(markdown.contains("\n**TLP:AMBER** — ")); // the default label
    const QString green = path(QStringLiteral("plan-green.md"));
    auto labelled = run({ QStringLiteral("export-plan"), file, QStringLiteral("--format"), QStringLiteral("md"),
                          QStringLiteral("-o"), green, QStringLiteral("--tlp"), QStringLiteral("tlp:green") });
    QCOMPARE(labelled.code, 0);
    QFile greenFile(green);
    QVERIFY(greenFile.open(QIODevice::ReadOnly));
    QVERIFY(greenFile.readAll().contains("\n**TLP:GREEN** — "));
    auto wrongLabel = run({ QStringLiteral("export-plan"), file, QStringLiteral("--format"), QStringLiteral("md"),
                            QStringLiteral("-o"), path(QStringLiteral("plan-x.md")), QStringLiteral("--tlp"), QStringLiteral("secret") });
    QCOMPARE(wrongLabel.code, 2);
    QVERIFY(wrongLabel.err.contains(QStringLiteral("is not a TLP label")));
    QVERIFY(!QFile::exists(path(QStringLiteral("plan-x.md"))));
    QVERIFY(markdown.contains("(overdue)"));
    QVERIFY(markdown.contains("| Area | Service | Status | Scope and hours |"));
    const auto [html, page] = exportAs(QStringLiteral("html"));
    QCOMPARE(html.code, 0);
    QVERIFY(page.contains("<!DOCTYPE html>") && page.contains("Example Logistics Ltd"));
    const auto [pdf, pdfBytes] = exportAs(QStringLiteral("pdf"));
    QVERIFY2(pdf.code == 0, qPrintable(pdf.err));
    QVERIFY(pdfBytes.startsWith("%PDF"));
    QVERIFY(pdfBytes.count("/Type /Page\n") > 1);
    const auto [odt, odtBytes] = exportAs(QStringLiteral("odt"));
    QVERIFY2(odt.code == 0, qPrintable(odt.err));
    QVERIFY(odtBytes.startsWith("PK"));
}

void TestCli::demoInJapanese()
{
    const QString file = path(QStringLiteral("demo-ja.csirt"));
    QCOMPARE(run({ QStringLiteral("demo"), file, QStringLiteral("--lang"), QStringLiteral("ja") }).code, 0);
    const QString out = path(QStringLiteral("plan-ja.md"));
    auto exported = run({ QStringLiteral("export-plan"), file, QStringLiteral("--format"), QStringLiteral("md"),
                          QStringLiteral("--output"), out, QStringLiteral("--lang"), QStringLiteral("ja") });
    QCOMPARE(exported.code, 0);
    QFile written(out);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(written.readAll());
    QVERIFY2(markdown.contains(QStringLiteral("エグザンプル物流株式会社")), qPrintable(markdown.left(200)));
    QVERIFY(markdown.contains(QStringLiteral("経営層スポンサーとキックオフ会議を行う")));
}

void TestCli::exportPlanRefusesBadArguments()
{
    const QString file = fixtures::makeWorkspace(QDir(m_dir.path()), QStringLiteral("plain.csirt"));
    const QString out = path(QStringLiteral("refused.pdf"));
    const QString format = QStringLiteral("--format");
    const QString output = QStringLiteral("--output");
    const QString exportPlan = QStringLiteral("export-plan");
    auto unknown = run({ exportPlan, file, format, QStringLiteral("docx"), output, out });
    QCOMPARE(unknown.code, 2);
    QVERIFY2(unknown.err.contains(QStringLiteral("“docx”")) && unknown.err.contains(QStringLiteral("pdf, odt, html, md")),
             qPrintable(unknown.err));
    QCOMPARE(run({ exportPlan, file, output, out }).code, 2);
    QCOMPARE(run({ exportPlan, file, format, QStringLiteral("pdf") }).code, 2);
    QCOMPARE(run({ exportPlan, file, format, QStringLiteral("pdf"), output, out, QStringLiteral("--lang"), QStringLiteral("fr") }).code, 2);
    auto missing = run({ exportPlan, path(QStringLiteral("missing.csirt")), format, QStringLiteral("pdf"), output, out });
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));
    const QString noFolder = path(QStringLiteral("no-such-folder/plan.md"));
    auto folder = run({ exportPlan, file, format, QStringLiteral("md"), output, noFolder });
    QCOMPARE(folder.code, 1);
    QVERIFY2(folder.err.contains(QStringLiteral("does not exist")), qPrintable(folder.err));
    QVERIFY(!QFileInfo::exists(out));
    QVERIFY(!QFileInfo::exists(noFolder));
}

void TestCli::verifyReportsChangedJournal()
{
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    QVERIFY2(!sqlite3.isEmpty(), "The sqlite3 command-line tool is not on PATH; it is needed to change the workspace "
                                 "outside CSIRT Kit (install the Debian package sqlite3).");
    QVERIFY(run({ QStringLiteral("--help") }).out.contains(QStringLiteral("verify FILE")));
    const QString file = path(QStringLiteral("journal.csirt"));
    QString ident;
    qint64 entryId = 0;
    {
        auto ws = csirtkit::Workspace::create(file, QStringLiteral("Example CSIRT"));
        QVERIFY(ws);
        csirtkit::IncidentRepository repo(**ws);
        csirtkit::IncidentDraft draft;
        draft.title = QStringLiteral("Phishing mail to finance");
        auto first = repo.create(draft, QStringLiteral("Aiko"));
        draft.title = QStringLiteral("Web shell on intranet server");
        auto second = repo.create(draft, QStringLiteral("Ken"));
        QVERIFY(first && second);
        QVERIFY(repo.transition(*second, QStringLiteral("triage"), QStringLiteral("Ken"), QStringLiteral("Confirmed")));
        csirtkit::IncidentJournal journal(**ws);
        auto added = journal.append(*second, QStringLiteral("action"), QStringLiteral("Took the server off line"),
                                    QStringLiteral("Ken"));
        QVERIFY(added);
        QVERIFY(journal.append(*second, QStringLiteral("note"), QStringLiteral("Image taken"), QStringLiteral("Ken")));
        entryId = *added;
        ident = repo.incident(*second)->ident;
    }

    const QByteArray intact = fixtures::sha256(file);
    auto verified = run({ QStringLiteral("verify"), file });
    QVERIFY2(verified.code == 0, qPrintable(verified.err));
    QCOMPARE(verified.out, QStringLiteral("All 2 incidents, their journals and the workspace's rules are as CSIRT Kit "
                                          "recorded them.\n"));
    QCOMPARE(verified.err, QString());
    QCOMPARE(fixtures::sha256(file), intact);

    // Change one entry behind CSIRT Kit's back.
    QProcess forge;
    forge.start(sqlite3, { file, QStringLiteral("UPDATE journal_entry SET text = 'forged' WHERE id = %1").arg(entryId) });
    QVERIFY(forge.waitForFinished(30000));
    QVERIFY2(forge.exitCode() == 0, forge.readAllStandardError().constData());
    const QByteArray forged = fixtures::sha256(file);
    QVERIFY(forged != intact);

    auto broken = run({ QStringLiteral("verify"), file });
    QCOMPARE(broken.code, 1);
    const QStringList lines = broken.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    // The broken chain entry, and the integrity ledger's view: the incident's journal changed.
    QCOMPARE(lines.size(), 2);
    QVERIFY2(lines.first().contains(ident), qPrintable(broken.err));
    QVERIFY2(lines.first().contains(QStringLiteral("changed outside CSIRT Kit")), qPrintable(broken.err));
    QVERIFY2(lines.last().contains(ident + QStringLiteral(" was changed outside CSIRT Kit: journal")), qPrintable(broken.err));
    QVERIFY2(!broken.out.contains(QStringLiteral("intact")), qPrintable(broken.out));
    QCOMPARE(fixtures::sha256(file), forged);

    // A workspace from before the incident log has nothing to verify and is left as it is.
    const QString old = path(QStringLiteral("old-verify.csirt"));
    QVERIFY(QFile::copy(QStringLiteral(CSIRTKIT_SOURCE_DIR "/tests/data/workspace-v1.csirt"), old));
    QFile::setPermissions(old, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray oldBefore = fixtures::sha256(old);
    auto oldVerified = run({ QStringLiteral("verify"), old });
    QVERIFY2(oldVerified.code == 0, qPrintable(oldVerified.err));
    QCOMPARE(fixtures::sha256(old), oldBefore);

    QCOMPARE(run({ QStringLiteral("verify") }).code, 2);
    auto missing = run({ QStringLiteral("verify"), path(QStringLiteral("missing.csirt")) });
    QCOMPARE(missing.code, 1);
    QVERIFY2(missing.err.contains(QStringLiteral("does not exist")), qPrintable(missing.err));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
