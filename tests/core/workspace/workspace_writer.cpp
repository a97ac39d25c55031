// Test helper process for tst_workspace and tst_crashsafety.
//   workspace_writer write FILE        sets the profile notes to n1, n2, … printing "ack N" after each commit
//   workspace_writer hold FILE         opens FILE with CSIRT Kit's lock, prints "ready", waits for stdin to close
//   workspace_writer sqlite-lock FILE  holds an exclusive SQLite lock (as a foreign program would)
#include "org/OrgProfileRepository.h"
#include "workspace/Workspace.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <cstdio>

using namespace csirtkit;

static void waitForStdinClose()
{
    char buffer[64];
    while (std::fgets(buffer, sizeof buffer, stdin)) { }
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3)
        return 2;
    const QString mode = QString::fromLocal8Bit(argv[1]);
    const QString path = QString::fromLocal8Bit(argv[2]);
    if (mode == QLatin1String("sqlite-lock")) {
        sqlite3 *db = nullptr;
        if (sqlite3_open(argv[2], &db) != SQLITE_OK)
            return 1;
        if (sqlite3_exec(db, "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; "
                             "UPDATE org_profile SET phone = phone;", nullptr, nullptr, nullptr) != SQLITE_OK)
            return 1;
        std::printf("ready\n");
        std::fflush(stdout);
        waitForStdinClose();
        sqlite3_exec(db, "ROLLBACK;", nullptr, nullptr, nullptr);
        sqlite3_close(db);
        return 0;
    }
    auto workspace = Workspace::open(path);
    if (!workspace) {
        std::fprintf(stderr, "%s\n", qPrintable(workspace.error().message));
        return 1;
    }
    if (mode == QLatin1String("hold")) {
        std::printf("ready\n");
        std::fflush(stdout);
        waitForStdinClose();
        return 0;
    }
    if (mode != QLatin1String("write"))
        return 2;
    OrgProfileRepository repository(**workspace);
    for (int i = 1;; ++i) {
        auto stored = repository.setValue(OrgProfile::Field::Notes, QStringLiteral("n%1").arg(i));
        if (!stored) {
            std::fprintf(stderr, "%s\n", qPrintable(stored.error().message));
            return 1;
        }
        std::printf("ack %d\n", i);
        std::fflush(stdout);
    }
}
