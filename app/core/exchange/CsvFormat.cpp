#include "exchange/CsvFormat.h"

#include "common/TextRules.h"

#include <QStringDecoder>

#include <cstring>

namespace csirtkit {

namespace {

// True when the whole of `bytes` decodes without error (checked in chunks to keep memory flat).
bool decodesCleanly(QStringDecoder &decoder, QByteArrayView bytes)
{
    constexpr qsizetype Chunk = 1 << 20;
    for (qsizetype at = 0; at < bytes.size() && !decoder.hasError(); at += Chunk) {
        const QString part = decoder.decode(bytes.sliced(at, qMin(Chunk, bytes.size() - at)));
        Q_UNUSED(part)
    }
    return !decoder.hasError();
}

// The index of the first UTF-16 unit that is half of a surrogate pair without its other half; -1
// when there is none. Qt's UTF-16 decoder passes such units through, and UTF-8 cannot hold them.
qsizetype loneSurrogate(const QString &text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            ++i;
        else if (text.at(i).isSurrogate())
            return i;
    }
    return -1;
}

// The record (1-based, the header is record 1) that holds the character at `at` of `text`.
int recordAt(const QString &text, qsizetype at, char delimiter)
{
    const QByteArray before = text.left(at).toUtf8();
    CsvFormat::Reader reader(before, delimiter);
    QStringList fields;
    while (reader.next(fields)) { }
    const bool lineEnded = before.isEmpty() || before.endsWith('\n') || before.endsWith('\r');
    return reader.record() + (lineEnded && !reader.failed() ? 1 : 0); // failed: inside a quoted field
}

} // namespace

bool CsvFormat::needsNeutralising(QByteArrayView utf8)
{
    if (utf8.isEmpty())
        return false;
    switch (utf8.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

QString CsvFormat::neutralised(const QString &cell)
{
    const QByteArray utf8 = cell.left(1).toUtf8();
    return needsNeutralising(utf8) ? QLatin1Char('\'') + cell : cell;
}

void CsvFormat::appendField(QByteArray &out, QByteArrayView utf8, char delimiter)
{
    const bool neutralise = needsNeutralising(utf8);
    bool quote = false;
    for (const char c : utf8) {
        if (c == delimiter || c == '"' || c == '\r' || c == '\n') {
            quote = true;
            break;
        }
    }
    if (!quote) {
        if (neutralise)
            out.append('\'');
        out.append(utf8);
        return;
    }
    out.append('"');
    if (neutralise)
        out.append('\'');
    qsizetype from = 0;
    for (qsizetype i = 0; i < utf8.size(); ++i) {
        if (utf8[i] == '"') {
            out.append(utf8.sliced(from, i + 1 - from));
            out.append('"');
            from = i + 1;
        }
    }
    out.append(utf8.sliced(from));
    out.append('"');
}

QByteArray CsvFormat::record(const QStringList &cells, char delimiter)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            out.append(delimiter);
        appendField(out, cells.at(i).toUtf8(), delimiter);
    }
    out.append("\r\n");
    return out;
}

Result<CsvFormat::Text> CsvFormat::decode(const QByteArray &bytes)
{
    if (bytes.size() > MaxInputBytes)
        return makeError(ErrorCode::Invalid, tr("The file is larger than %1 MiB, the most a CSV import reads. Split it "
                                                "into smaller files and import them one after the other.")
                                                 .arg(MaxInputBytes / (1024 * 1024)));
    Text text;
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        text.bom = true;
        text.utf8 = bytes.sliced(3);
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        QStringDecoder utf16(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE);
        const QString decoded = utf16.decode(QByteArrayView(bytes).sliced(2));
        if (utf16.hasError())
            return makeError(ErrorCode::Invalid, tr("The file starts like UTF-16 text but is not valid UTF-16. Save it "
                                                    "again as “CSV UTF-8” and try again."));
        if (const qsizetype broken = loneSurrogate(decoded); broken >= 0) {
            const bool sepLine = decoded.startsWith(QLatin1String("sep=")) && decoded.size() > 4; // not a record
            const char delimiter = sepLine ? decoded.at(4).toLatin1()
                                           : detectDelimiter(decoded.left(qMin<qsizetype>(broken, 64 * 1024)).toUtf8());
            return makeError(ErrorCode::Invalid, tr("Row %1 holds a broken character (%2, half of a UTF-16 surrogate "
                                                    "pair), so the file is not valid UTF-16. Correct that row, or save the "
                                                    "file again as “CSV UTF-8”, and try again.")
                                                     .arg(recordAt(decoded, broken, delimiter) - (sepLine ? 1 : 0))
                                                     .arg(TextRules::codePoint(decoded.at(broken).unicode())));
        }
        text.bom = true;
        text.encoding = QStringLiteral("UTF-16");
        text.utf8 = decoded.toUtf8();
    } else {
        text.utf8 = bytes;
    }
    if (text.encoding.isEmpty()) {
        QStringDecoder utf8(QStringConverter::Utf8);
        text.encoding = QStringLiteral("UTF-8");
        if (!decodesCleanly(utf8, text.utf8)) {
            // Excel on Japanese Windows saves "CSV (comma delimited)" as Shift_JIS (code page 932).
            QStringDecoder sjis("windows-31j");
            if (!sjis.isValid())
                sjis = QStringDecoder("Shift_JIS");
            QString decoded;
            if (sjis.isValid())
                decoded = sjis.decode(text.utf8);
            if (!sjis.isValid() || sjis.hasError())
                return makeError(ErrorCode::Invalid, tr("The file is not UTF-8 text. Save it from the spreadsheet as "
                                                        "“CSV UTF-8” and try again."));
            text.encoding = QStringLiteral("Shift_JIS");
            text.utf8 = decoded.toUtf8();
        }
    }
    if (text.utf8.size() > MaxInputBytes + MaxInputBytes / 2)
        return makeError(ErrorCode::Invalid, tr("The file is too large for a CSV import once converted to UTF-8. Split "
                                                "it into smaller files."));
    // Excel's "sep=;" first line names the delimiter.
    if (text.utf8.size() >= 5 && text.utf8.startsWith("sep=") && (text.utf8.size() == 5 || text.utf8[5] == '\r' || text.utf8[5] == '\n')) {
        const char named = text.utf8[4];
        if (named == ',' || named == ';' || named == '\t' || named == '|') {
            text.delimiter = named;
            qsizetype skip = 5;
            while (skip < text.utf8.size() && (text.utf8[skip] == '\r' || text.utf8[skip] == '\n') && skip < 7)
                ++skip;
            text.utf8.remove(0, skip);
            return text;
        }
    }
    text.delimiter = detectDelimiter(text.utf8);
    return text;
}

char CsvFormat::detectDelimiter(QByteArrayView utf8)
{
    QByteArrayView sample = utf8.first(qMin<qsizetype>(utf8.size(), 64 * 1024));
    char best = ',';
    int bestConsistent = 0;
    int bestColumns = 1;
    for (const char candidate : { ',', ';', '\t' }) {
        Reader reader(sample, candidate);
        QStringList fields;
        int columns = 0;
        int consistent = 0;
        for (int n = 0; n < 20 && reader.next(fields); ++n) {
            if (n == 0)
                columns = int(fields.size());
            if (fields.size() == columns)
                ++consistent;
        }
        if (columns < 2)
            continue;
        if (consistent > bestConsistent || (consistent == bestConsistent && columns > bestColumns)) {
            best = candidate;
            bestConsistent = consistent;
            bestColumns = columns;
        }
    }
    return best;
}

bool CsvFormat::Reader::fail(const QString &message)
{
    m_failed = true;
    m_error = makeError(ErrorCode::Invalid, message);
    return false;
}

int CsvFormat::Reader::lineOf(qsizetype pos) const
{
    int line = 1;
    for (qsizetype i = 0; i < pos && i < m_data.size(); ++i)
        if (m_data[i] == '\n' || (m_data[i] == '\r' && (i + 1 >= m_data.size() || m_data[i + 1] != '\n')))
            ++line;
    return line;
}

bool CsvFormat::Reader::next(QStringList &fields)
{
    fields.clear();
    if (m_failed)
        return false;
    const char *data = m_data.data();
    const qsizetype size = m_data.size();
    while (m_pos < size && (data[m_pos] == '\r' || data[m_pos] == '\n'))
        ++m_pos;
    if (m_pos >= size)
        return false;
    ++m_record;
    m_recordStart = m_pos;
    for (;;) {
        m_field.clear();
        if (m_pos < size && data[m_pos] == '"') {
            ++m_pos;
            for (;;) {
                const void *found = std::memchr(data + m_pos, '"', size_t(size - m_pos));
                if (!found)
                    return fail(CsvFormat::tr("Row %1 (line %2) has a quoted field that is never closed: a quotation "
                                              "mark is missing. Correct the file and try again.")
                                    .arg(m_record).arg(lineOf(m_recordStart)));
                const qsizetype quote = static_cast<const char *>(found) - data;
                m_field.append(data + m_pos, quote - m_pos);
                m_pos = quote + 1;
                if (m_pos < size && data[m_pos] == '"') {
                    m_field.append('"');
                    ++m_pos;
                    continue;
                }
                break;
            }
        }
        // Unquoted text, or text after a closing quote (kept, as spreadsheets do).
        const qsizetype start = m_pos;
        while (m_pos < size && data[m_pos] != m_delimiter && data[m_pos] != '\r' && data[m_pos] != '\n')
            ++m_pos;
        m_field.append(data + start, m_pos - start);
        if (m_field.size() > MaxFieldBytes)
            return fail(CsvFormat::tr("Row %1 (line %2) has a field longer than %3 KiB, the most a CSV import "
                                      "accepts. Shorten it and try again.")
                            .arg(m_record).arg(lineOf(m_recordStart)).arg(MaxFieldBytes / 1024));
        fields.append(QString::fromUtf8(m_field));
        if (fields.size() > MaxColumns)
            return fail(CsvFormat::tr("Row %1 (line %2) has more than %3 columns, the most a CSV import accepts.")
                            .arg(m_record).arg(lineOf(m_recordStart)).arg(MaxColumns));
        if (m_pos >= size)
            return true;
        const char c = data[m_pos++];
        if (c == m_delimiter)
            continue; // at the very end, this reads one more, empty field
        if (c == '\r' && m_pos < size && data[m_pos] == '\n')
            ++m_pos;
        return true;
    }
}

Result<QList<QStringList>> CsvFormat::parse(const QByteArray &bytes)
{
    auto text = decode(bytes);
    if (!text)
        return text.error();
    Reader reader(text->utf8, text->delimiter);
    QList<QStringList> records;
    QStringList fields;
    while (reader.next(fields))
        records.append(fields);
    if (reader.failed())
        return reader.error();
    return records;
}

} // namespace csirtkit
