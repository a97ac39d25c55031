#pragma once

#include "common/Result.h"
#include "exchange/JsonExchange.h"

#include <QByteArray>

class QJsonValue;

namespace csirtkit {

class JsonIncidentImporter;

// Reads a "csirtkit-incidents" file for JsonExchange without holding the whole file: cuts it into
// its header values and its incidents and hands them, one incident at a time, to a
// JsonIncidentImporter. A file that is not such a file becomes a file issue in the importer's report.
class JsonIncidentReader
{
public:
    static constexpr qsizetype MaxValue = qsizetype(256) * 1024 * 1024; // one incident, artefacts and all

    // An Error only for what stops the reading itself (the device, cancel).
    static Result<void> read(QIODevice &device, JsonIncidentImporter &importer, const JsonExchange::Progress &progress);

private:
    explicit JsonIncidentReader(QIODevice &device, qint64 offset = 0) : m_device(device), m_offset(offset) { }

    qint64 position() const { return m_offset + m_pos; }
    const QString &error() const { return m_error; }

    // Skips white space (and a byte order mark at the start); the next byte, 0 at the end.
    char peek();
    bool accept(char c);
    void skipByteOrderMark();
    // The bytes of the next value; empty, with error(), when it is cut off or too large. Without
    // `keep`, only a value under 1 MiB is returned (header values); a longer one is skipped, "null".
    QByteArray value(bool keep = true);

    QByteArray taken(qsizetype start, qsizetype end, bool skipped) const;
    bool more();

    // A JSON value on its own (a key, a header value): parsed inside an array.
    static QJsonValue parseScalar(const QByteArray &raw);
    static Result<void> broken(JsonIncidentImporter &importer, const JsonIncidentReader &reader, const QString &problem = {});
    // The list of incidents, after its "[".
    static Result<void> readList(JsonIncidentReader &reader, JsonIncidentImporter &importer,
                                 const JsonExchange::Progress &progress, qint64 total);

    QIODevice &m_device;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_offset = 0;
    bool m_end = false;
    QString m_error;
};

} // namespace csirtkit
