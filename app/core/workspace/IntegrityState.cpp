#include "workspace/IntegrityState.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QtEndian>

#include <sqlite3.h>

namespace csirtkit {

namespace {

constexpr char StateVersion = 1;

// Each query reads one record family of incident ?1, in a stable order.
constexpr const char *IncidentFamilySql[] = {
    "SELECT * FROM incident_transition WHERE incident_id = ?1 ORDER BY id",
    "SELECT * FROM journal_entry WHERE incident_id = ?1 ORDER BY sequence",
    "SELECT * FROM incident_task WHERE incident_id = ?1 ORDER BY id",
    "SELECT * FROM communication WHERE incident_id = ?1 ORDER BY id",
    "SELECT * FROM observable WHERE incident_id = ?1 ORDER BY id",
    "SELECT * FROM evidence_item WHERE incident_id = ?1 ORDER BY id",
    "SELECT c.* FROM custody_transfer c JOIN evidence_item e ON e.id = c.evidence_id WHERE e.incident_id = ?1 "
    "ORDER BY c.id",
    "SELECT * FROM artefact WHERE incident_id = ?1 ORDER BY id",
    "SELECT * FROM affected_asset WHERE incident_id = ?1 ORDER BY id",
    "SELECT * FROM incident_link WHERE incident_id = ?1 UNION ALL "
    "SELECT * FROM incident_link WHERE other_id = ?1 ORDER BY 1, 2",
    "SELECT * FROM incident_notification WHERE incident_id = ?1 ORDER BY id",
    "SELECT s.* FROM notification_sent s JOIN incident_notification n ON n.id = s.notification_id "
    "WHERE n.incident_id = ?1 ORDER BY s.id",
};

constexpr const char *WorkspaceFamilySql[] = {
    "SELECT * FROM incident_sequence ORDER BY year",
    "SELECT * FROM priority_matrix ORDER BY impact, urgency",
    "SELECT * FROM notification_rule ORDER BY key",
};

// Type tag, length and bytes of one value: distinct values never encode alike.
void addValue(QCryptographicHash &hash, sqlite3_stmt *statement, int column)
{
    const int type = sqlite3_column_type(statement, column);
    char head[5] = { 'n', 0, 0, 0, 0 };
    QByteArrayView data;
    QByteArray number;
    switch (type) {
    case SQLITE_INTEGER:
        head[0] = 'i';
        number = QByteArray::number(sqlite3_column_int64(statement, column));
        data = number;
        break;
    case SQLITE_FLOAT:
        head[0] = 'f';
        number = QByteArray::number(sqlite3_column_double(statement, column), 'g', 17);
        data = number;
        break;
    case SQLITE_TEXT:
        head[0] = 't';
        data = QByteArrayView(reinterpret_cast<const char *>(sqlite3_column_text(statement, column)),
                              sqlite3_column_bytes(statement, column));
        break;
    case SQLITE_BLOB:
        head[0] = 'b';
        data = QByteArrayView(static_cast<const char *>(sqlite3_column_blob(statement, column)),
                              sqlite3_column_bytes(statement, column));
        break;
    default:
        break;
    }
    qToBigEndian<quint32>(quint32(data.size()), head + 1);
    hash.addData(QByteArrayView(head, 5));
    hash.addData(data);
}

void appendBigEndian(QByteArray &out, quint64 value, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i)
        out.append(char((value >> (8 * i)) & 0xff));
}

quint64 readBigEndian(const QByteArray &in, qsizetype at, int bytes)
{
    quint64 value = 0;
    for (int i = 0; i < bytes; ++i)
        value = (value << 8) | quint8(in.at(at + i));
    return value;
}

QByteArray encode(const QList<quint32> &fields, const QList<quint64> &families)
{
    QByteArray state;
    state.reserve(4 + fields.size() * 4 + families.size() * 8);
    state.append(StateVersion);
    appendBigEndian(state, quint64(fields.size()), 2);
    for (quint32 field : fields)
        appendBigEndian(state, field, 4);
    appendBigEndian(state, quint64(families.size()), 1);
    for (quint64 family : families)
        appendBigEndian(state, family, 8);
    return state;
}

} // namespace

IntegrityState::IntegrityState(sqlite3 *db) : m_db(db) { }

IntegrityState::~IntegrityState()
{
    sqlite3_finalize(m_row);
    for (sqlite3_stmt *statement : std::as_const(m_families))
        sqlite3_finalize(statement);
    for (sqlite3_stmt *statement : std::as_const(m_workspace))
        sqlite3_finalize(statement);
}

QStringList IntegrityState::incidentFamilies()
{
    return { QStringLiteral("transitions"), QStringLiteral("journal"),       QStringLiteral("tasks"),
             QStringLiteral("communications"), QStringLiteral("observables"), QStringLiteral("evidence"),
             QStringLiteral("custody"),     QStringLiteral("artefacts"),     QStringLiteral("assets"),
             QStringLiteral("links"),       QStringLiteral("notifications"), QStringLiteral("notices") };
}

QStringList IntegrityState::workspaceFamilies()
{
    return { QStringLiteral("counter"), QStringLiteral("priority_matrix"), QStringLiteral("notification_rules") };
}

Error IntegrityState::failure() const
{
    return makeError(ErrorCode::Database,
                     QCoreApplication::translate("csirtkit::IntegrityState", "Reading the workspace for its integrity "
                                                                            "check failed (%1).")
                         .arg(QString::fromUtf8(sqlite3_errmsg(m_db))));
}

Result<sqlite3_stmt *> IntegrityState::prepare(const char *sql)
{
    sqlite3_stmt *statement = nullptr;
    if (sqlite3_prepare_v3(m_db, sql, -1, SQLITE_PREPARE_PERSISTENT, &statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(statement);
        return failure();
    }
    return statement;
}

Result<quint64> IntegrityState::family(sqlite3_stmt *statement, qint64 id)
{
    QCryptographicHash &hash = m_hash;
    hash.reset();
    sqlite3_reset(statement);
    if (id >= 0)
        sqlite3_bind_int64(statement, 1, id);
    int rc;
    while ((rc = sqlite3_step(statement)) == SQLITE_ROW) {
        const int columns = sqlite3_column_count(statement);
        for (int c = 0; c < columns; ++c)
            addValue(hash, statement, c);
        hash.addData(QByteArrayView("\x1e", 1));
    }
    sqlite3_reset(statement);
    if (rc != SQLITE_DONE)
        return failure();
    return readBigEndian(hash.resultView().toByteArray(), 0, 8);
}

Result<QByteArray> IntegrityState::incident(qint64 id, QString *ident)
{
    if (!m_row) {
        auto row = prepare("SELECT * FROM incident WHERE id = ?1");
        if (!row)
            return row.error();
        m_row = *row;
        for (int c = 0; c < sqlite3_column_count(m_row); ++c) {
            m_columns << QString::fromUtf8(sqlite3_column_name(m_row, c));
            m_columnKeys << m_columns.constLast().toUtf8();
        }
        for (const char *sql : IncidentFamilySql) {
            auto statement = prepare(sql);
            if (!statement)
                return statement.error();
            m_families << *statement;
        }
    }
    sqlite3_reset(m_row);
    sqlite3_bind_int64(m_row, 1, id);
    const int rc = sqlite3_step(m_row);
    if (rc == SQLITE_DONE) {
        sqlite3_reset(m_row);
        return QByteArray();
    }
    if (rc != SQLITE_ROW)
        return failure();
    QList<quint32> fields;
    fields.reserve(m_columns.size());
    for (int c = 0; c < m_columns.size(); ++c) {
        m_hash.reset();
        m_hash.addData(m_columnKeys.at(c));
        addValue(m_hash, m_row, c);
        fields << quint32(readBigEndian(m_hash.resultView().toByteArray(), 0, 4));
        if (ident && m_columns.at(c) == QLatin1String("ident"))
            *ident = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(m_row, c)));
    }
    sqlite3_reset(m_row);
    QList<quint64> families;
    for (sqlite3_stmt *statement : std::as_const(m_families)) {
        auto digest = family(statement, id);
        if (!digest)
            return digest.error();
        families << *digest;
    }
    return encode(fields, families);
}

Result<QByteArray> IntegrityState::workspace()
{
    if (m_workspace.isEmpty()) {
        for (const char *sql : WorkspaceFamilySql) {
            auto statement = prepare(sql);
            if (!statement)
                return statement.error();
            m_workspace << *statement;
        }
    }
    QList<quint64> families;
    for (sqlite3_stmt *statement : std::as_const(m_workspace)) {
        auto digest = family(statement, -1);
        if (!digest)
            return digest.error();
        families << *digest;
    }
    return encode({}, families);
}

IntegrityState::Parts IntegrityState::parse(const QByteArray &state)
{
    Parts parts;
    if (state.size() < 4 || state.at(0) != StateVersion)
        return parts;
    const int fields = int(readBigEndian(state, 1, 2));
    qsizetype at = 3;
    if (state.size() < at + fields * 4 + 1)
        return parts;
    for (int i = 0; i < fields; ++i, at += 4)
        parts.fields << quint32(readBigEndian(state, at, 4));
    const int families = quint8(state.at(at++));
    if (state.size() < at + families * 8)
        return {};
    for (int i = 0; i < families; ++i, at += 8)
        parts.families << readBigEndian(state, at, 8);
    return parts;
}

} // namespace csirtkit
