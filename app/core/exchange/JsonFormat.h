#pragma once

#include "common/Result.h"

#include <QByteArrayView>
#include <QJsonValue>
#include <QList>
#include <QStringList>
#include <QVariant>

#include <optional>

class QDateTime;
class QSqlDatabase;
struct sqlite3;
struct sqlite3_stmt;

namespace csirtkit {

// The "csirtkit-incidents" format (docs/exchange-json.md) as data: one table spec per SQL table the
// JSON export writes and the import reads, with each field's kind and allowed values. JSON keys are
// the column names. Also how a value of each kind goes from SQLite to JSON and back.
class JsonFormat
{
public:
    enum class Kind { Text, Required, NullableText, Time, NullableTime, Date, Int, NullableInt, Bool };

    struct Field
    {
        const char *key;
        Kind kind = Kind::Text;
        QStringList allowed = {};  // Text: the only values the schema or the taxonomy allows
        const char *expr = nullptr; // export: the expression when it is not the column (alias t)
        bool special = false;       // not inserted as is: the import resolves it
        bool lines = false;         // text that may hold tabs and line breaks (TextRules::Kind::Lines)
    };

    struct Table
    {
        const char *key;   // the incident's array ("journal"); "" for the incident itself
        const char *sql;   // SQL table
        const char *from;  // export: FROM clause, the table aliased t
        const char *group; // export: the incident id
        const char *aux;   // export: the row's id, or its parent's for nested records
        const char *order; // export: ORDER BY after the incident id
        QList<Field> fields;

        int at(const char *name) const
        {
            for (qsizetype i = 0; i < fields.size(); ++i)
                if (qstrcmp(fields.at(i).key, name) == 0)
                    return int(i);
            Q_UNREACHABLE_RETURN(0);
        }
    };

    // SQLite straight through its API: millions of rows without a QVariant per value.
    class Statement
    {
    public:
        Statement(const QSqlDatabase &db, const QString &statement);
        ~Statement();
        Statement(const Statement &) = delete;
        Statement &operator=(const Statement &) = delete;

        Error error() const;
        // An invalid QVariant binds NULL, a string binds text, anything else an integer.
        void bind(const QVariantList &values);
        // Runs a write; returns the new row's id.
        Result<qint64> run(const QVariantList &values);
        // Steps a read: true with a row, false at the end; `failed` tells an error from the end.
        bool next(bool &failed);
        bool isNull(int column) const;
        qint64 integer(int column) const;
        QString text(int column) const;

    private:
        sqlite3 *m_db = nullptr;
        sqlite3_stmt *m_stmt = nullptr;
    };

    Table incident, transitions, journal, tasks, communications, observables, evidence, custody, artefacts, assets,
        notifications, sent;

    static const JsonFormat &instance();

    // The child tables in the order they are written and imported (custody after evidence, sent
    // after communications and notifications).
    QList<const Table *> children() const
    {
        return { &transitions, &journal, &tasks, &communications, &observables, &evidence, &custody, &artefacts,
                 &assets, &notifications, &sent };
    }

    // Export: a column of the current row as its field's JSON value.
    static QJsonValue columnValue(const Statement &q, int column, Kind kind);
    // Import: checks a value against its field; `out` gets what is bound (an invalid QVariant for NULL).
    static bool readValue(const QJsonValue &value, const Field &field, QVariant &out, QString &problem);
    // The stored form, "2026-04-01T09:30:00.000Z", read without QDateTime's general parser (millions of
    // journal entries); invalid for anything else.
    static QDateTime storedTime(const QString &text);
    // Any ISO date and time as the stored UTC form (no offset: UTC); nullopt when it is none.
    static std::optional<QString> utcText(const QString &text);
    // A sentence when the first bytes of a file show it is not UTF-8 JSON (UTF-16 or UTF-32, with
    // or without byte order mark): such files are refused with what to do, not as "not JSON".
    static std::optional<QString> encodingProblem(QByteArrayView start);
};

} // namespace csirtkit
