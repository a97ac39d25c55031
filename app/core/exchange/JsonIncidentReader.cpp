#include "exchange/JsonIncidentReader.h"

#include "exchange/JsonIncidentImporter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

namespace csirtkit {

char JsonIncidentReader::peek()
{
    for (;;) {
        for (; m_pos < m_buffer.size(); ++m_pos) {
            const char c = m_buffer.at(m_pos);
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return c;
        }
        if (!more())
            return 0;
    }
}

bool JsonIncidentReader::accept(char c)
{
    if (peek() != c)
        return false;
    ++m_pos;
    return true;
}

void JsonIncidentReader::skipByteOrderMark()
{
    while (m_buffer.size() < 4 && more()) { } // enough to tell UTF-16 and UTF-32 too
    if (m_buffer.startsWith("\xEF\xBB\xBF"))
        m_pos = 3;
}

QByteArray JsonIncidentReader::value(bool keep)
{
    const char first = peek();
    if (m_pos > (1 << 20)) { // drop what was read before, keep memory flat
        m_buffer.remove(0, m_pos);
        m_offset += m_pos;
        m_pos = 0;
    }
    qsizetype start = m_pos;
    bool skipped = false;
    const bool composite = first == '{' || first == '[';
    bool inString = first == '"', escaped = false;
    int depth = 0;
    if (inString)
        ++m_pos;
    for (;;) {
        if (m_pos >= m_buffer.size()) {
            if (!keep && m_pos - start > (1 << 20)) { // skipping: memory stays flat
                m_offset += m_pos;
                m_buffer.clear();
                m_pos = start = 0;
                skipped = true;
            }
            if (m_pos - start > MaxValue) {
                m_error = JsonExchange::tr("A record near byte %1 is larger than 256 MiB.").arg(m_offset + start);
                return {};
            }
            if (!more()) {
                if (!composite && !inString && m_pos > start)
                    break;
                m_error = JsonExchange::tr("The file ends in the middle of its data (cut off during copying?).");
                return {};
            }
        }
        const char *data = m_buffer.constData();
        const qsizetype size = m_buffer.size();
        for (; m_pos < size; ++m_pos) {
            const char c = data[m_pos];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c == '\\')
                    escaped = true;
                else if (c == '"' && (inString = false, depth == 0 && !composite))
                    return taken(start, ++m_pos, skipped);
            } else if (!composite) {
                if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == ':')
                    return taken(start, m_pos, skipped);
            } else if (c == '"') {
                inString = true;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return taken(start, ++m_pos, skipped);
            }
        }
    }
    return taken(start, m_pos, skipped);
}

QByteArray JsonIncidentReader::taken(qsizetype start, qsizetype end, bool skipped) const
{
    return skipped ? QByteArrayLiteral("null") : m_buffer.mid(start, end - start);
}

bool JsonIncidentReader::more()
{
    if (m_end)
        return false;
    const QByteArray chunk = m_device.read(1 << 20);
    m_end = chunk.isEmpty();
    m_buffer += chunk;
    return !m_end;
}

QJsonValue JsonIncidentReader::parseScalar(const QByteArray &raw)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson('[' + raw + ']', &error);
    return error.error == QJsonParseError::NoError && document.array().size() == 1 ? document.array().at(0) : QJsonValue(QJsonValue::Undefined);
}

Result<void> JsonIncidentReader::broken(JsonIncidentImporter &importer, const JsonIncidentReader &reader, const QString &problem)
{
    importer.fileIssue(problem.isEmpty() ? JsonExchange::tr("The file is not valid JSON (near byte %1).").arg(reader.position()) : problem);
    return {};
}

Result<void> JsonIncidentReader::readList(JsonIncidentReader &reader, JsonIncidentImporter &importer,
                                          const JsonExchange::Progress &progress, qint64 total)
{
    for (int row = 1; !(row == 1 && reader.accept(']')); ++row) {
        const QByteArray raw = reader.value();
        if (raw.isEmpty())
            return broken(importer, reader, reader.error());
        if (auto done = importer.record(row, raw); !done)
            return done;
        if (row % 64 == 0 && progress && !progress(reader.position(), total))
            return makeError(ErrorCode::Invalid, JsonExchange::tr("The import was cancelled: nothing was imported."));
        if (reader.accept(']'))
            break;
        if (!reader.accept(','))
            return broken(importer, reader);
    }
    return {};
}

Result<void> JsonIncidentReader::read(QIODevice &device, JsonIncidentImporter &importer, const JsonExchange::Progress &progress)
{
    JsonIncidentReader reader(device);
    const qint64 total = device.isSequential() ? 0 : device.size();
    reader.skipByteOrderMark();
    if (const auto wrong = JsonFormat::encodingProblem(reader.m_buffer))
        return broken(importer, reader, *wrong);
    if (!reader.accept('{'))
        return broken(importer, reader, JsonExchange::tr("This is not a CSIRT Kit incident file: it does not start with a JSON object."));
    QJsonObject header;
    bool listed = false;
    qint64 listAt = -1; // the list, when it came before the header (keys sorted by a tool): read last
    for (bool first = true; !(first && reader.accept('}')); first = false) {
        const QJsonValue key = parseScalar(reader.value());
        if (!key.isString() || !reader.accept(':'))
            return broken(importer, reader, reader.error());
        if (key.toString() != QLatin1String("incidents")) {
            const QByteArray raw = reader.value(false);
            if (raw.isEmpty())
                return broken(importer, reader, reader.error());
            header.insert(key.toString(), parseScalar(raw));
        } else if (listed || listAt >= 0) {
            return broken(importer, reader, JsonExchange::tr("The file has two lists of incidents."));
        } else if (!(header.contains(QLatin1String("format")) && header.contains(QLatin1String("version"))
                     && header.contains(QLatin1String("workspace_id")))) {
            if (device.isSequential())
                return broken(importer, reader, JsonExchange::tr("The file names its format, version and workspace only after its "
                                                                 "incidents, which a stream cannot go back to. Save it as a file first."));
            listAt = (reader.peek(), reader.position());
            if (reader.value(false).isEmpty())
                return broken(importer, reader, reader.error());
        } else {
            if (!importer.header(header))
                return {};
            listed = true;
            if (!reader.accept('['))
                return broken(importer, reader, JsonExchange::tr("“incidents” must be a list."));
            if (auto read = readList(reader, importer, progress, total); !read || !importer.reading())
                return read;
        }
        if (reader.accept('}'))
            break;
        if (!reader.accept(','))
            return broken(importer, reader);
    }
    if (reader.peek() != 0)
        return broken(importer, reader, JsonExchange::tr("There is more data after the end of the file's JSON object."));
    if (listAt >= 0) {
        if (!importer.header(header))
            return {};
        if (!device.seek(listAt))
            return makeError(ErrorCode::Io, JsonExchange::tr("The file could not be read: %1").arg(device.errorString()));
        JsonIncidentReader list(device, listAt);
        list.accept('[');
        if (auto read = readList(list, importer, progress, total); !read || !importer.reading())
            return read;
        listed = true;
    }
    if (!listed && importer.header(header))
        return broken(importer, reader, JsonExchange::tr("The file has no list of incidents."));
    if (progress && !progress(total ? total : reader.position(), total))
        return makeError(ErrorCode::Invalid, JsonExchange::tr("The import was cancelled: nothing was imported."));
    return {};
}

} // namespace csirtkit
