#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace csirtkit {

// How CsvImporter reads what a spreadsheet wrote: column names (English or Japanese) to field keys,
// labels in either language to the taxonomy's keys, TLP labels in their usual spellings, dates in
// the formats of CsvImporter::dateFormats(), and cells without the apostrophe a CSV export puts
// before formula characters. No state: the same text always reads the same.
class CsvValues
{
public:
    // NFKC, trimmed and case-folded: "ＨＩＧＨ " reads as "high".
    static QString folded(const QString &s);
    // A column name reduced to what identifies it: "Occurred (UTC)" → "occurred".
    static QString headerKey(const QString &name);
    // headerKey() of the column names a spreadsheet might use → field key.
    static const QHash<QString, QString> &synonyms();
    // "tlp:amber", "AMBER", "TLP-WHITE" … → "TLP:AMBER", "TLP:CLEAR"; empty when it is no TLP label.
    static QString tlpLabel(const QString &value);
    // `value` in `format` (or ISO 8601), as UTC; times without a zone are in `zone`. Invalid when
    // it is neither.
    static QDateTime parseDate(const QString &value, const QString &format, const QTimeZone &zone);
    // The trimmed text of `fields[column]` (empty when out of range), without a neutralising apostrophe.
    static QString cell(const QStringList &fields, int column);

    // The taxonomy's vocabularies, keyed by folded key and titles in both languages.
    struct Vocabulary
    {
        QHash<QString, QString> channels;
        QHash<QString, QString> statuses;
        QHash<QString, QString> priorities;
        QHash<QString, QString> levels;
        QHash<QString, QString> jpcert;
        QHash<QString, QString> classes;
        QHash<QString, QHash<QString, QString>> types; // class key → folded type → key
        QHash<QString, QString> classOfType;           // type key → class key
        static const Vocabulary &instance();

    private:
        Vocabulary();
    };
};

} // namespace csirtkit
