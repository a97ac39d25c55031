#pragma once

#include "common/Result.h"
#include "team/TeamTypes.h"

#include <QCoreApplication>
#include <QHash>

namespace csirtkit {

// People from a spreadsheet (CSV as CsvFormat reads it: UTF-8, UTF-16 or Shift_JIS, comma, semicolon
// or tab): the columns mapped to the register's fields, every row checked like a person typed in, and
// the problems reported by row before anything is written. PeopleRepository::addAll then adds all
// or none.
class PeopleCsv
{
    Q_DECLARE_TR_FUNCTIONS(PeopleCsv)

public:
    struct Table
    {
        QStringList headers;
        QList<QStringList> rows;
    };
    struct Problem
    {
        int row = 0; // from 1, the first record after the header
        QString message;
    };

    // name, department, job_title, membership, share, email, phone_office, phone_mobile, phone_24h,
    // pgp, languages, time_zone, start_date, notes
    static QStringList fields();
    static QString fieldTitle(const QString &field);

    static Result<Table> read(const QByteArray &bytes);
    // Column → field, guessed from the headers (the field keys or their titles in either language).
    static QHash<int, QString> guess(const QStringList &headers);
    // The people the rows describe. `existingEmails` (lower case) are already in the register.
    static QList<Person> people(const Table &table, const QHash<int, QString> &mapping, const QSet<QString> &existingEmails,
                                QList<Problem> *problems);
};

} // namespace csirtkit
