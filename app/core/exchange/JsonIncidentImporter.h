#pragma once

#include "common/Result.h"
#include "exchange/ExchangeTypes.h"
#include "exchange/JsonFormat.h"

#include <QHash>
#include <QSet>
#include <QSqlDatabase>

#include <functional>
#include <memory>

class QJsonObject;

namespace csirtkit {

// The import side of JsonExchange, fed by JsonIncidentReader: validates incidents one by one and,
// when writing, inserts them as they pass; references between incidents (duplicate of, links) are
// resolved at the end, when every identifier is known. Problems go into the ImportReport.
class JsonIncidentImporter
{
public:
    JsonIncidentImporter(const QSqlDatabase &db, bool write, ImportReport &report);

    Result<void> begin();
    // The file's header values; false when they rule out the import.
    bool header(const QJsonObject &h);
    void fileIssue(const QString &problem);
    bool reading() const { return !m_broken; } // false once the file itself is broken: nothing more to say
    // One incident of the list, 1-based `row`, as its JSON bytes.
    Result<void> record(int row, const QByteArray &raw);
    Result<void> finish();

private:
    using Field = JsonFormat::Field;
    using Table = JsonFormat::Table;
    using Statement = JsonFormat::Statement;
    using Rows = QHash<const Table *, QList<QVariantList>>;
    struct Ref
    {
        int row;
        qint64 id;
        QString ident, other;
    };

    void issue(int row, const QString &field, const QString &problem, const QString &consequence, bool blocking);
    void block(const QString &field, const QString &problem);

    // `path` names the record in a problem ("journal[3]."); made only when there is one.
    void readFields(const QJsonObject &o, const Table &table, const std::function<QString()> &path, QVariantList &out);
    // The records of `table` in `o` (nested ones carry their parent's index as an extra last value).
    void readRows(const QJsonObject &o, const Table &table, const QString &prefix, Rows &rows, int parent = -1);

    Result<qint64> find(Statement &query, const QString &key);
    // The id an identifier will have (-1 when it is still to be created, in a dry run); 0 if unknown.
    Result<qint64> resolve(const QString &ident);

    Result<void> incident(const QJsonObject &o);
    // The incident's own fields against IncidentRepository's rules (texts, labels, times).
    void checkIncident(const QVariantList &incident);
    void checkRecords(const QString &ident, const QVariantList &incident, Rows &rows);
    void checkJournal(const QString &ident, const QVariantList &incident, const QList<QVariantList> &rows);
    Result<qint64> insert(const QVariantList &incident, const Rows &rows, const QString &origin);

    QSqlDatabase m_db;
    bool m_write;
    ImportReport &m_report;
    Statement m_byIdent, m_byExternal;
    QHash<const Table *, std::shared_ptr<Statement>> m_insert;
    QString m_target, m_source;
    int m_row = 0, m_blocking = 0, m_hidden = 0, m_hiddenBlocking = 0;
    bool m_broken = false;
    QSet<QString> m_idents, m_origins;
    QHash<QString, qint64> m_created;
    QList<Ref> m_duplicates, m_links;
    QHash<int, qint64> m_sequence; // year → highest imported number
    qint64 m_firstId = 0, m_lastId = 0;
};

} // namespace csirtkit
