#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QStringList>

namespace csirtkit {

// Comma-separated values as RFC 4180 defines them, for the CSV export and import.
//
// Writing: fields are UTF-8, quoted when they hold the delimiter, a quotation mark, CR or LF
// (quotation marks doubled), records end in CRLF. A cell that begins with =, +, -, @, tab or CR gets
// a leading apostrophe so that spreadsheets show it as text instead of running it as a formula
// (OWASP "CSV injection").
//
// Reading: decode() takes the raw file (UTF-8 with or without BOM, UTF-16 with BOM, or Japanese
// Shift_JIS as Excel saves it), enforces the size limits and detects the delimiter (comma,
// semicolon or tab, or Excel's "sep=" first line); Reader then returns one record at a time. The
// reader accepts CRLF, LF or CR line ends and skips empty lines.
class CsvFormat
{
    Q_DECLARE_TR_FUNCTIONS(CsvFormat)

public:
    static constexpr qint64 MaxInputBytes = 50LL * 1024 * 1024;
    static constexpr qsizetype MaxFieldBytes = 1024 * 1024;
    static constexpr int MaxColumns = 10000;

    // --- writing
    static bool needsNeutralising(QByteArrayView utf8);
    static QString neutralised(const QString &cell);
    // Appends one field (neutralised and quoted as needed), without a delimiter.
    static void appendField(QByteArray &out, QByteArrayView utf8, char delimiter = ',');
    // One record: fields separated by `delimiter`, ended by CRLF.
    static QByteArray record(const QStringList &cells, char delimiter = ',');
    static QByteArray utf8Bom() { return QByteArrayLiteral("\xEF\xBB\xBF"); }

    // --- reading
    struct Text
    {
        QByteArray utf8;  // the records, as UTF-8 without BOM or "sep=" line
        char delimiter = ',';
        QString encoding; // "UTF-8", "UTF-16", "Shift_JIS"
        bool bom = false;
    };
    static Result<Text> decode(const QByteArray &bytes);
    // The delimiter whose records have the most consistent number of fields (comma when unsure).
    static char detectDelimiter(QByteArrayView utf8);

    // Returns records from UTF-8 text one at a time, without copying the text (keep it alive).
    class Reader
    {
    public:
        Reader(QByteArrayView utf8, char delimiter) : m_data(utf8), m_delimiter(delimiter) { }

        // The next record; false at the end of the text or on an error (see error()).
        bool next(QStringList &fields);
        bool failed() const { return m_failed; }
        const Error &error() const { return m_error; }
        // 1-based number of the record last returned (the header is record 1).
        int record() const { return m_record; }
        qsizetype position() const { return m_pos; }
        qsizetype size() const { return m_data.size(); }

    private:
        bool fail(const QString &message);
        int lineOf(qsizetype pos) const;

        QByteArrayView m_data;
        char m_delimiter;
        qsizetype m_pos = 0;
        qsizetype m_recordStart = 0;
        int m_record = 0;
        bool m_failed = false;
        Error m_error;
        QByteArray m_field;
    };

    // decode() and every record at once (tests and small files).
    static Result<QList<QStringList>> parse(const QByteArray &bytes);
};

} // namespace csirtkit
