// Incident log benchmarks at scale, run by `tools/dev bench`. Prints `name value unit` lines.
// CSIRTKIT_BENCH_INCIDENTS sets the number of incidents (default 100000).
#include "exchange/CsvExporter.h"
#include "exchange/JsonExchange.h"
#include "reports/PeriodReport.h"
#include "incidents/IncidentGenerator.h"
#include "incidents/IncidentJournal.h"
#include "workspace/IntegrityLedger.h"
#include "incidents/IncidentSearch.h"
#include "incidents/IncidentListModel.h"
#include "incidents/IncidentListPanel.h"
#include "incidents/IncidentView.h"
#include "workspace/Workspace.h"
#include "workspace/WorkspaceSession.h"

#include "BenchFigures.h"

#include <QApplication>
#include <QFile>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QTableView>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <functional>
#include <cstdio>

using namespace csirtkit;

namespace {

using bench::print;

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

const QStringList Terms = { QStringLiteral("proxy"), QStringLiteral("password"), QStringLiteral("firewall"),
                            QStringLiteral("takedown"), QStringLiteral("JPCERT"), QStringLiteral("backup"),
                            QStringLiteral("telemetry"), QStringLiteral("phishing"), QStringLiteral("outage"),
                            QStringLiteral("patch"), QStringLiteral("subnet"), QStringLiteral("legal"),
                            QStringLiteral("example.net"), QStringLiteral("198.51.7"), QStringLiteral("host42"),
                            QStringLiteral("administrator"), QStringLiteral("USB stick"), QStringLiteral("マルウェア"),
                            QStringLiteral("セッション"), QStringLiteral("sequence of events") };

qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    static const QRegularExpression rss(QStringLiteral(R"(VmRSS:\s+(\d+) kB)"));
    return rss.match(QString::fromLatin1(status.readAll())).captured(1).toLongLong();
}

// The incident list and view as the user sees them (offscreen), on the large workspace.
bool listBenchmarks(const QString &path)
{
    {
        // The application is already running when a user opens a workspace: start the toolkit
        // (platform, style, fonts) before the clock does.
        QTableView warmUp;
        warmUp.show();
        QCoreApplication::processEvents();
    }
    QElapsedTimer timer;
    timer.start();
    // Read-only: the parent process holds the workspace (and its lock) open meanwhile.
    auto opened = Workspace::openForReading(path);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return false;
    }
    print("list_workspace_open", double(timer.nsecsElapsed()) / 1e6, "ms");
    WorkspaceSession session(std::move(*opened));
    IncidentListPanel panel;
    panel.resize(1280, 760);
    panel.setSession(&session);
    panel.show();
    QCoreApplication::processEvents();
    if (panel.model()->rowCount() == 0)
        return false;
    print("list_open_to_first_page", double(timer.nsecsElapsed()) / 1e6, "ms");

    auto timed = [&panel](const std::function<void()> &change) {
        QElapsedTimer t;
        t.start();
        change();
        QCoreApplication::processEvents(); // painted
        return double(t.nsecsElapsed()) / 1e6;
    };
    QList<double> filters;
    const QStringList statuses = { QStringLiteral("new"), QStringLiteral("triage"), QStringLiteral("response"),
                                   QStringLiteral("resolved"), QStringLiteral("closed") };
    for (int i = 0; i < 10; ++i) {
        IncidentFilter filter;
        filter.statuses = { statuses.at(i % statuses.size()) };
        if (i % 2)
            filter.tlp = QStringLiteral("TLP:AMBER");
        filters << timed([&] { panel.setFilter(filter); });
    }
    print("list_filter_change_median", median(filters), "ms");
    panel.setFilter({});
    QList<double> sorts;
    for (int column = 0; column < IncidentListQuery::ColumnCount; ++column) {
        double slowest = 0;
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            sorts << timed([&] { panel.view()->sortByColumn(column, order); });
            slowest = qMax(slowest, sorts.last());
        }
        const QByteArray name = "list_sort_column_" + QByteArray::number(column);
        print(name.constData(), slowest, "ms");
    }
    print("list_sort_change_median", median(sorts), "ms");
    print("list_sort_change_max", *std::max_element(sorts.begin(), sorts.end()), "ms");
    QList<double> searches;
    for (const QString &term : Terms) {
        IncidentFilter filter;
        filter.text = term;
        searches << timed([&] { panel.setFilter(filter); });
    }
    print("list_search_median", median(searches), "ms");
    panel.setFilter({});

    IncidentView view;
    view.resize(1280, 760);
    view.setSession(&session);
    view.show();
    QList<double> opens;
    QRandomGenerator random(7);
    for (int i = 0; i < 20; ++i) {
        const qint64 id = panel.model()->idAt(int(random.bounded(quint32(panel.model()->rowCount()))));
        opens << timed([&] { view.setIncident(id); });
    }
    print("incident_open_median", median(opens), "ms");
    view.hide();

    // Scroll through the whole list a screen at a time, as a user paging down would.
    QScrollBar *bar = panel.view()->verticalScrollBar();
    timer.start();
    int steps = 0;
    for (int value = 0; value <= bar->maximum(); value += qMax(1, bar->pageStep())) {
        bar->setValue(value);
        QCoreApplication::processEvents();
        ++steps;
    }
    print("list_scroll_all_per_page", double(timer.nsecsElapsed()) / 1e6 / qMax(1, steps), "ms");
    print("list_rss_after_scroll", double(residentKiB()) / 1024.0, "MiB");
    return true;
}

// Export and import at scale: CSV export, period report, and JSON import against the sqlite3 tool
// loading the same rows from a dump.
bool exchangeBenchmarks(Workspace &workspace, const QString &dir, const QString &sqlite3)
{
    QElapsedTimer timer;
    timer.start();
    CsvExporter::Options csv;
    auto exported = CsvExporter(workspace).exportTo(QDir(dir).filePath(QStringLiteral("all.csv")), csv);
    if (!exported)
        return false;
    print("csv_export", double(timer.elapsed()) / 1000.0, "s");

    PeriodReport::Options period;
    period.from = QDate::currentDate().addYears(-3);
    period.to = QDate::currentDate();
    timer.start();
    auto figures = PeriodReport::figures(workspace, period);
    if (!figures)
        return false;
    print("period_report_figures", double(timer.elapsed()) / 1000.0, "s");
    timer.start();
    if (!PeriodReport::write(workspace, period, QDir(dir).filePath(QStringLiteral("period.md"))))
        return false;
    print("period_report_markdown", double(timer.elapsed()) / 1000.0, "s");

    const QString json = QDir(dir).filePath(QStringLiteral("all.json"));
    timer.start();
    if (!JsonExchange(workspace).exportTo(json, {}))
        return false;
    print("json_export", double(timer.elapsed()) / 1000.0, "s");
    const QString target = QDir(dir).filePath(QStringLiteral("imported.csirt"));
    {
        auto empty = Workspace::create(target, QStringLiteral("Import"));
        if (!empty)
            return false;
        timer.start();
        auto imported = JsonExchange(**empty).importFile(json);
        if (!imported) {
            std::fprintf(stderr, "%s\n", qPrintable(imported.error().message.left(500)));
            return false;
        }
        print("json_import", double(timer.elapsed()) / 1000.0, "s");
    }
    if (sqlite3.isEmpty())
        return true;
    // The same rows through the sqlite3 tool: a dump of the tables the import fills, loaded into an
    // empty workspace's schema in one transaction.
    const QString dump = QDir(dir).filePath(QStringLiteral("rows.sql"));
    QProcess p;
    p.setStandardOutputFile(dump);
    p.start(sqlite3, { QStringLiteral("-readonly"), workspace.filePath(),
                       QStringLiteral(".dump incident incident_transition journal_entry incident_task communication observable "
                                      "evidence_item custody_transfer artefact affected_asset incident_link") });
    p.waitForFinished(1800000);
    const QString bulk = QDir(dir).filePath(QStringLiteral("bulk.csirt"));
    if (!Workspace::create(bulk, QStringLiteral("Bulk")))
        return false;
    QProcess load;
    // The dump recreates the tables: load it into a copy of the schema without them first.
    QFile script(QDir(dir).filePath(QStringLiteral("load.sql")));
    if (!script.open(QIODevice::WriteOnly))
        return false;
    script.write("PRAGMA foreign_keys=OFF;\n");
    for (const char *table : { "incident_link", "affected_asset", "artefact", "custody_transfer", "evidence_item", "observable",
                               "communication", "incident_task", "journal_entry", "incident_transition", "incident" })
        script.write(QByteArray("DROP TABLE IF EXISTS ") + table + ";\n");
    script.write(".read " + dump.toUtf8() + "\n");
    script.close();
    timer.start();
    load.setStandardInputFile(script.fileName());
    load.start(sqlite3, { bulk });
    load.waitForFinished(1800000);
    print("json_import_sqlite3_bulk_insert", double(timer.elapsed()) / 1000.0, "s");
    return load.exitCode() == 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // no settings of the user's are read or written
    QApplication app(argc, argv);
    // `bench_incidents --list FILE`: the list figures alone, in a fresh process so that the resident
    // memory measured is the list's, not what generating the workspace left behind.
    if (app.arguments().size() == 3 && app.arguments().at(1) == QLatin1String("--list"))
        return listBenchmarks(app.arguments().at(2)) ? 0 : 1;
    const int count = qEnvironmentVariableIsSet("CSIRTKIT_BENCH_INCIDENTS") ? qEnvironmentVariableIntValue("CSIRTKIT_BENCH_INCIDENTS")
                                                                            : 100000;
    QTemporaryDir dir(QCoreApplication::applicationDirPath() + QStringLiteral("/bench-XXXXXX")); // real disk
    const QString path = QDir(dir.path()).filePath(QStringLiteral("incidents.csirt"));
    QElapsedTimer timer;
    {
        auto ws = Workspace::create(path, QStringLiteral("Benchmark"));
        if (!ws) {
            std::fprintf(stderr, "%s\n", qPrintable(ws.error().message));
            return 1;
        }
        timer.start();
        auto added = IncidentGenerator::generate(**ws, count, 1);
        if (!added) {
            std::fprintf(stderr, "%s\n", qPrintable(added.error().message));
            return 1;
        }
        print("incidents_generate", double(timer.elapsed()) / 1000.0, "s");
        print("incidents_count", *added, "incidents");
    }
    print("workspace_size", double(QFileInfo(path).size()) / 1048576.0, "MiB");

    timer.start();
    auto ws = Workspace::open(path);
    if (!ws)
        return 1;
    print("workspace_open_large", double(timer.nsecsElapsed()) / 1e6, "ms");
    {
        QProcess list;
        list.setProcessChannelMode(QProcess::ForwardedChannels);
        list.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--list"), path });
        if (!list.waitForFinished(1800000) || list.exitCode() != 0)
            return 1;
    }

    IncidentSearch search(**ws);
    QList<double> ours;
    for (const QString &term : Terms) {
        timer.start();
        auto hits = search.search(term);
        ours << double(timer.nsecsElapsed()) / 1e6;
        if (!hits)
            return 1;
    }
    print("fts_query_median", median(ours), "ms");

    // The same statements in the sqlite3 tool, timed by its own .timer.
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!sqlite3.isEmpty()) {
        QString script = QStringLiteral(".timer on\n");
        for (const QString &term : Terms) {
            QString phrase = term;
            if (term.size() >= 3)
                script += QStringLiteral("SELECT count(*) FROM (SELECT f.rowid, i.ident, i.title FROM incident_fts f JOIN incident i "
                                         "ON i.id = f.rowid WHERE incident_fts MATCH '\"%1\"' ORDER BY rank LIMIT 500);\n")
                              .arg(phrase.replace(QLatin1Char('\''), QStringLiteral("''")));
        }
        QProcess p;
        p.start(sqlite3, { QStringLiteral("-readonly"), path });
        p.write(script.toUtf8());
        p.closeWriteChannel();
        p.waitForFinished(600000);
        QList<double> theirs;
        static const QRegularExpression runTime(QStringLiteral(R"(Run Time: real ([0-9.]+))"));
        auto it = runTime.globalMatch(QString::fromUtf8(p.readAllStandardOutput()));
        while (it.hasNext())
            theirs << it.next().captured(1).toDouble() * 1000.0;
        print("fts_query_median_sqlite3_tool", median(theirs), "ms");
    }

    timer.start();
    auto problems = IncidentJournal(**ws).verifyAll();
    print("journal_verify_all", double(timer.elapsed()) / 1000.0, "s");
    if (!problems || !problems->isEmpty())
        return 1;
    timer.start();
    auto findings = IntegrityLedger::verify((*ws)->db());
    print("integrity_verify_all", double(timer.elapsed()) / 1000.0, "s");
    if (!findings || !findings->isEmpty())
        return 1;
    return exchangeBenchmarks(**ws, dir.path(), sqlite3) ? 0 : 1;
}
