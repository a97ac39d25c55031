#include "team/PersonValidator.h"

#include "common/TextRules.h"
#include "team/RoleCatalogue.h"

#include <QRegularExpression>
#include <QTimeZone>

namespace csirtkit {

Person PersonValidator::normalised(Person p)
{
    for (QString *text : { &p.name, &p.department, &p.jobTitle, &p.email, &p.phoneOffice, &p.phoneMobile, &p.phone24h,
                           &p.languages, &p.timeZone, &p.membership })
        *text = text->trimmed();
    p.pgp.remove(QRegularExpression(QStringLiteral("\\s")));
    if (p.pgp.startsWith(QLatin1String("0x"), Qt::CaseInsensitive))
        p.pgp.remove(0, 2);
    p.pgp = p.pgp.toUpper();
    return p;
}

bool PersonValidator::isPhone(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^\\+?[0-9 ()./-]+((ext\\.?|x|内線) ?[0-9]+)?$"));
    int digits = 0;
    for (QChar c : text)
        digits += c.isDigit() ? 1 : 0;
    return digits >= 3 && digits <= 20 && re.match(text).hasMatch();
}

bool PersonValidator::isFingerprint(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-F]{40}$"));
    return re.match(text).hasMatch();
}

QString PersonValidator::formatFingerprint(const QString &fingerprint)
{
    if (!isFingerprint(fingerprint))
        return fingerprint;
    QStringList groups;
    for (int i = 0; i < 40; i += 4)
        groups << fingerprint.mid(i, 4);
    // Two halves, as GnuPG prints them.
    return groups.mid(0, 5).join(u' ') + QStringLiteral("  ") + groups.mid(5).join(u' ');
}

QStringList PersonValidator::memberships()
{
    return { QStringLiteral("internal"), QStringLiteral("external"), QStringLiteral("virtual") };
}

QString PersonValidator::membershipTitle(const QString &key)
{
    if (key == QLatin1String("internal"))
        return tr("Internal");
    if (key == QLatin1String("external"))
        return tr("External (outsourced, vendor)");
    if (key == QLatin1String("virtual"))
        return tr("Virtual member");
    return key;
}

QList<FieldProblem> PersonValidator::problems(const Person &p)
{
    QList<FieldProblem> list;
    auto add = [&](const char *field, const QString &message) { list.append({ QString::fromLatin1(field), message }); };
    if (p.name.trimmed().isEmpty())
        add("name", tr("Enter the person's name."));
    if (p.name.size() > 200)
        add("name", tr("The name is longer than 200 characters."));
    const std::pair<const char *, const QString *> lines[] = {
        { "name", &p.name }, { "department", &p.department }, { "job_title", &p.jobTitle }, { "languages", &p.languages } };
    for (const auto &[field, text] : lines)
        if (auto problem = TextRules::problem(*text, TextRules::Kind::Line))
            add(field, *problem);
    if (auto problem = TextRules::problem(p.notes, TextRules::Kind::Lines))
        add("notes", *problem);
    if (!memberships().contains(p.membership))
        add("membership", tr("Membership must be internal, external or virtual."));
    if (p.share < 0 || p.share > 100)
        add("share", tr("The share of working time must be between 0 and 100 %."));
    if (!p.email.isEmpty() && !TextRules::isEmail(p.email))
        add("email", tr("“%1” is not an e-mail address (name@example.org).").arg(p.email));
    const std::pair<const char *, const QString *> phones[] = { { "phone_office", &p.phoneOffice },
                                                               { "phone_mobile", &p.phoneMobile },
                                                               { "phone_24h", &p.phone24h } };
    for (const auto &[field, phone] : phones)
        if (!phone->isEmpty() && !isPhone(*phone))
            add(field, tr("“%1” is not a phone number: use digits, spaces, +, -, ( and ).").arg(*phone));
    if (!p.pgp.isEmpty() && !isFingerprint(p.pgp))
        add("pgp", tr("An OpenPGP fingerprint has exactly 40 hexadecimal digits (0–9, A–F); this one has %n.", nullptr,
                      int(p.pgp.size())));
    if (!p.timeZone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(p.timeZone.toUtf8()))
        add("time_zone", tr("“%1” is not a known time zone; use a name such as Asia/Tokyo.").arg(p.timeZone));
    if (p.startDate.isValid() && (p.startDate.year() < 1950 || p.startDate.year() > 2100))
        add("start_date", tr("The start date must be between 1950 and 2100."));
    for (auto it = p.skills.cbegin(); it != p.skills.cend(); ++it) {
        if (!RoleCatalogue::instance().skill(it.key()))
            add("skills", tr("“%1” is not a skill of the role catalogue.").arg(it.key()));
        else if (it.value() < 0 || it.value() > 3)
            add("skills", tr("Skill levels go from 0 to 3."));
    }
    return list;
}

} // namespace csirtkit
