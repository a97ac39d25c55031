// Incident log benchmarks at scale, run by `tools/dev bench`. Prints `name value unit` lines.
// CSIRTKIT_BENCH_INCIDENTS sets the number of incidents (default 100000).
#include "incidents/IncidentGenerator.h"
#include "incidents/IncidentJournal.h"
#include "incidents/IncidentSearch.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace csirtkit;

namespace {

void print(const char *name, double value, const char *unit)
{
    std::printf("%s %.3f %s\n", name, value, unit);
    std::fflush(stdout);
}

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

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
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
    return problems && problems->isEmpty() ? 0 : 1;
}
