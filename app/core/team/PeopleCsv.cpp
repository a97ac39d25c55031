#include "team/PeopleCsv.h"

#include "common/Language.h"
#include "exchange/CsvFormat.h"
#include "team/PersonValidator.h"

#include <QSet>

namespace csirtkit {

QStringList PeopleCsv::fields()
{
    return { QStringLiteral("name"),         QStringLiteral("department"), QStringLiteral("job_title"),
             QStringLiteral("membership"),   QStringLiteral("share"),      QStringLiteral("email"),
             QStringLiteral("phone_office"), QStringLiteral("phone_mobile"), QStringLiteral("phone_24h"),
             QStringLiteral("pgp"),          QStringLiteral("languages"),  QStringLiteral("time_zone"),
             QStringLiteral("start_date"),   QStringLiteral("notes") };
}

QString PeopleCsv::fieldTitle(const QString &field)
{
    static const QHash<QString, const char *> titles = {
        { QStringLiteral("name"), QT_TR_NOOP("Name") },
        { QStringLiteral("department"), QT_TR_NOOP("Department") },
        { QStringLiteral("job_title"), QT_TR_NOOP("Job title") },
        { QStringLiteral("membership"), QT_TR_NOOP("Membership") },
        { QStringLiteral("share"), QT_TR_NOOP("Agreed share") },
        { QStringLiteral("email"), QT_TR_NOOP("E-mail") },
        { QStringLiteral("phone_office"), QT_TR_NOOP("Office phone") },
        { QStringLiteral("phone_mobile"), QT_TR_NOOP("Mobile phone") },
        { QStringLiteral("phone_24h"), QT_TR_NOOP("24-hour phone") },
        { QStringLiteral("pgp"), QT_TR_NOOP("OpenPGP fingerprint") },
        { QStringLiteral("languages"), QT_TR_NOOP("Languages") },
        { QStringLiteral("time_zone"), QT_TR_NOOP("Time zone") },
        { QStringLiteral("start_date"), QT_TR_NOOP("Start date") },
        { QStringLiteral("notes"), QT_TR_NOOP("Notes") },
    };
    const char *title = titles.value(field);
    return title ? tr(title) : field;
}

Result<PeopleCsv::Table> PeopleCsv::read(const QByteArray &bytes)
{
    auto text = CsvFormat::decode(bytes);
    if (!text)
        return text.error();
    CsvFormat::Reader reader(text->utf8, text->delimiter);
    Table table;
    QStringList record;
    if (!reader.next(table.headers))
        return makeError(ErrorCode::Invalid, tr("The file has no header row. The first row must name the columns (Name, E-mail, …)."));
    while (reader.next(record))
        table.rows << record;
    if (reader.failed())
        return makeError(ErrorCode::Invalid, tr("The file is not valid CSV: %1").arg(reader.error().message));
    return table;
}

QHash<int, QString> PeopleCsv::guess(const QStringList &headers)
{
    // Each field by its key, its English and Japanese titles and a few usual spreadsheet headers.
    QHash<QString, QString> names;
    for (const QString &field : fields()) {
        names.insert(field, field);
        {
            const Language::Scope english(QStringLiteral("en"));
            names.insert(fieldTitle(field).toLower(), field);
        }
        const Language::Scope japanese(QStringLiteral("ja"));
        names.insert(fieldTitle(field).toLower(), field);
    }
    const QList<std::pair<const char *, const char *>> usual = {
        { "email address", "email" }, { "mail", "email" }, { "e-mail address", "email" }, { "メール", "email" },
        { "メールアドレス", "email" }, { "名前", "name" }, { "氏名", "name" }, { "full name", "name" }, { "部署", "department" },
        { "所属", "department" }, { "役職", "job_title" }, { "title", "job_title" }, { "mobile", "phone_mobile" },
        { "携帯", "phone_mobile" }, { "phone", "phone_office" }, { "電話", "phone_office" }, { "fingerprint", "pgp" },
        { "pgp fingerprint", "pgp" }, { "timezone", "time_zone" }, { "share (%)", "share" }, { "share", "share" },
    };
    for (const auto &[header, field] : usual)
        names.insert(QString::fromUtf8(header), QString::fromLatin1(field));
    QHash<int, QString> mapping;
    QSet<QString> taken;
    for (int c = 0; c < headers.size(); ++c) {
        const QString field = names.value(headers.at(c).trimmed().toLower());
        if (!field.isEmpty() && !taken.contains(field)) {
            mapping.insert(c, field);
            taken.insert(field);
        }
    }
    return mapping;
}

QList<Person> PeopleCsv::people(const Table &table, const QHash<int, QString> &mapping, const QSet<QString> &existingEmails,
                                QList<Problem> *problems)
{
    QList<Person> list;
    QSet<QString> emails = existingEmails;
    QSet<QString> names;
    if (!QList<QString>(mapping.values()).contains(QStringLiteral("name")))
        problems->append({ 0, tr("Choose the column that holds the people's names.") });
    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &row = table.rows.at(r);
        Person p;
        QStringList rowProblems;
        for (auto it = mapping.cbegin(); it != mapping.cend(); ++it) {
            const QString value = row.value(it.key()).trimmed();
            const QString &field = it.value();
            if (field == QLatin1String("name")) p.name = value;
            else if (field == QLatin1String("department")) p.department = value;
            else if (field == QLatin1String("job_title")) p.jobTitle = value;
            else if (field == QLatin1String("email")) p.email = value;
            else if (field == QLatin1String("phone_office")) p.phoneOffice = value;
            else if (field == QLatin1String("phone_mobile")) p.phoneMobile = value;
            else if (field == QLatin1String("phone_24h")) p.phone24h = value;
            else if (field == QLatin1String("pgp")) p.pgp = value;
            else if (field == QLatin1String("languages")) p.languages = value;
            else if (field == QLatin1String("time_zone")) p.timeZone = value;
            else if (field == QLatin1String("notes")) p.notes = value;
            else if (field == QLatin1String("membership") && !value.isEmpty()) {
                p.membership = value.toLower();
                for (const QString &key : PersonValidator::memberships())
                    if (value.compare(PersonValidator::membershipTitle(key), Qt::CaseInsensitive) == 0)
                        p.membership = key;
            } else if (field == QLatin1String("share") && !value.isEmpty()) {
                bool ok = false;
                p.share = QString(value).remove(u'%').trimmed().toInt(&ok);
                if (!ok)
                    rowProblems << tr("“%1” is not a share of working time; write a whole number of per cent.").arg(value);
            } else if (field == QLatin1String("start_date") && !value.isEmpty()) {
                p.startDate = QDate::fromString(value, Qt::ISODate);
                if (!p.startDate.isValid())
                    rowProblems << tr("“%1” is not a date; write it as YYYY-MM-DD.").arg(value);
            }
        }
        p = PersonValidator::normalised(p);
        for (const FieldProblem &fp : PersonValidator::problems(p))
            rowProblems << fp.message;
        if (!p.email.isEmpty() && emails.contains(p.email.toLower()))
            rowProblems << tr("%1 is already in the register or earlier in the file.").arg(p.email);
        if (!p.name.isEmpty() && names.contains(p.name.toLower()))
            rowProblems << tr("%1 appears twice in the file.").arg(p.name);
        emails.insert(p.email.toLower());
        names.insert(p.name.toLower());
        for (const QString &message : std::as_const(rowProblems))
            problems->append({ r + 1, message });
        list << p;
    }
    if (table.rows.isEmpty())
        problems->append({ 0, tr("The file has a header row but no people.") });
    return list;
}

} // namespace csirtkit
