#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QList>
#include <QStringList>

struct sqlite3;
struct sqlite3_stmt;

namespace csirtkit {

// The digest of what an incident (or the workspace's own rules) holds now, as the integrity ledger
// records it: one short digest per field of the incident row and one per record family (status
// history, journal, tasks, …), so that a difference can be named. Reads through SQLite's C API with
// statements prepared once, because sealing an import of 100 000 incidents reads them all.
class IntegrityState
{
public:
    explicit IntegrityState(sqlite3 *db);
    ~IntegrityState();
    IntegrityState(const IntegrityState &) = delete;
    IntegrityState &operator=(const IntegrityState &) = delete;

    // The state of incident `id`; an empty array when it does not exist. `ident` receives its identifier.
    Result<QByteArray> incident(qint64 id, QString *ident);
    // The identifier counter, priority matrix and notification rules.
    Result<QByteArray> workspace();

    struct Parts
    {
        QList<quint32> fields;    // in the order of incidentColumns()
        QList<quint64> families;  // in the order of incidentFamilies() / workspaceFamilies()
    };
    static Parts parse(const QByteArray &state);
    QStringList incidentColumns() const { return m_columns; }
    static QStringList incidentFamilies();  // stable keys: "transitions", "journal", …
    static QStringList workspaceFamilies(); // "counter", "priority_matrix", "notification_rules"

private:
    Result<sqlite3_stmt *> prepare(const char *sql);
    Result<quint64> family(sqlite3_stmt *statement, qint64 id);
    Error failure() const;

    sqlite3 *m_db;
    // One hash object, reset for every digest: creating one costs more than hashing a small record
    // (Qt fetches the algorithm from OpenSSL each time).
    QCryptographicHash m_hash { QCryptographicHash::Sha256 };
    QStringList m_columns;
    QList<QByteArray> m_columnKeys;
    sqlite3_stmt *m_row = nullptr;
    QList<sqlite3_stmt *> m_families;
    QList<sqlite3_stmt *> m_workspace;
};

} // namespace csirtkit
