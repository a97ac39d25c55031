#include "incidents/Observable.h"

#include "common/TextRules.h"

#include <QRegularExpression>
#include <QUrl>

namespace csirtkit {

namespace {

struct TypeInfo
{
    Observable::Type type;
    const char *key;
    const char *label;
};

constexpr TypeInfo Types[] = {
    { Observable::Type::IPv4, "ipv4", QT_TRANSLATE_NOOP("Observable", "IPv4 address") },
    { Observable::Type::IPv6, "ipv6", QT_TRANSLATE_NOOP("Observable", "IPv6 address") },
    { Observable::Type::Cidr, "cidr", QT_TRANSLATE_NOOP("Observable", "Network (CIDR)") },
    { Observable::Type::Domain, "domain", QT_TRANSLATE_NOOP("Observable", "Domain name") },
    { Observable::Type::Url, "url", QT_TRANSLATE_NOOP("Observable", "URL") },
    { Observable::Type::Email, "email", QT_TRANSLATE_NOOP("Observable", "E-mail address") },
    { Observable::Type::Md5, "md5", QT_TRANSLATE_NOOP("Observable", "MD5 hash") },
    { Observable::Type::Sha1, "sha1", QT_TRANSLATE_NOOP("Observable", "SHA-1 hash") },
    { Observable::Type::Sha256, "sha256", QT_TRANSLATE_NOOP("Observable", "SHA-256 hash") },
    { Observable::Type::FileName, "filename", QT_TRANSLATE_NOOP("Observable", "File name") },
    { Observable::Type::Account, "account", QT_TRANSLATE_NOOP("Observable", "Account name") },
    { Observable::Type::Cve, "cve", QT_TRANSLATE_NOOP("Observable", "CVE identifier") },
    { Observable::Type::RegistryKey, "regkey", QT_TRANSLATE_NOOP("Observable", "Registry key") },
    { Observable::Type::Text, "text", QT_TRANSLATE_NOOP("Observable", "Other (free text)") },
};

const QRegularExpression &domainPattern()
{
    // Labels of letters, digits and hyphens (IDNs arrive as Unicode and are converted first).
    static const QRegularExpression re(QStringLiteral(
        R"(^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$)"));
    return re;
}

bool isHex(const QString &s, int length)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]+$"));
    return s.size() == length && hex.match(s).hasMatch();
}

// Dotted quad, each part 0–255 without leading zeros (which some tools read as octal).
std::optional<QString> parseIPv4(const QString &s)
{
    static const QRegularExpression re(QStringLiteral(R"(^(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})\.(0|[1-9]\d{0,2})$)"));
    const auto m = re.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    for (int i = 1; i <= 4; ++i)
        if (m.captured(i).toInt() > 255)
            return std::nullopt;
    return s;
}

// QUrl parses IPv6 literals and prints them in canonical compressed lower-case form.
std::optional<QString> parseIPv6(const QString &s)
{
    if (!s.contains(QLatin1Char(':')) || s.contains(QLatin1Char('[')) || s.contains(QLatin1Char('/')))
        return std::nullopt;
    QUrl url;
    url.setHost(QLatin1Char('[') + s + QLatin1Char(']'), QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return std::nullopt;
    return url.host();
}

QString asciiDomain(const QString &domain)
{
    return QString::fromLatin1(QUrl::toAce(domain.toLower())).toLower();
}

} // namespace

QList<Observable::Type> Observable::allTypes()
{
    QList<Type> list;
    for (const TypeInfo &t : Types)
        list << t.type;
    return list;
}

QString Observable::key(Type type)
{
    for (const TypeInfo &t : Types)
        if (t.type == type)
            return QString::fromLatin1(t.key);
    return {};
}

std::optional<Observable::Type> Observable::fromKey(const QString &key)
{
    for (const TypeInfo &t : Types)
        if (key == QLatin1String(t.key))
            return t.type;
    return std::nullopt;
}

QString Observable::label(Type type)
{
    for (const TypeInfo &t : Types)
        if (t.type == type)
            return tr(t.label);
    return {};
}

QString Observable::refang(const QString &text)
{
    QString s = text.trimmed();
    static const QRegularExpression scheme(QStringLiteral(R"(\bh(?:xx|XX|\*\*)p(s?)(\[:\]|:)?//)"),
                                           QRegularExpression::CaseInsensitiveOption);
    s.replace(scheme, QStringLiteral("http\\1://"));
    static const QRegularExpression dot(QStringLiteral(R"(\s?(?:\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\))\s?)"),
                                        QRegularExpression::CaseInsensitiveOption);
    s.replace(dot, QStringLiteral("."));
    static const QRegularExpression at(QStringLiteral(R"(\s?(?:\[@\]|\(@\)|\[at\]|\(at\))\s?)"),
                                       QRegularExpression::CaseInsensitiveOption);
    s.replace(at, QStringLiteral("@"));
    s.replace(QStringLiteral("[:]"), QStringLiteral(":"));
    s.replace(QStringLiteral("[/]"), QStringLiteral("/"));
    return s;
}

QString Observable::refangInsertion(const QString &before, const QString &after)
{
    qsizetype prefix = 0;
    while (prefix < before.size() && prefix < after.size() && before.at(prefix) == after.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < before.size() - prefix && suffix < after.size() - prefix
           && before.at(before.size() - 1 - suffix) == after.at(after.size() - 1 - suffix))
        ++suffix;
    const qsizetype inserted = after.size() - prefix - suffix;
    if (inserted <= 1)
        return after;
    return after.left(prefix) + refang(after.mid(prefix, inserted)) + after.right(suffix);
}

QString Observable::defang(Type type, const QString &value)
{
    switch (type) {
    case Type::IPv4:
    case Type::Cidr:
    case Type::Domain: {
        QString s = value;
        return s.replace(QLatin1Char('.'), QStringLiteral("[.]"));
    }
    case Type::Url: {
        QString s = value;
        static const QRegularExpression scheme(QStringLiteral("^http"), QRegularExpression::CaseInsensitiveOption);
        s.replace(scheme, QStringLiteral("hxxp"));
        // Bracket the dots of the host only, so paths stay readable.
        const qsizetype start = s.indexOf(QStringLiteral("://"));
        const qsizetype hostStart = start < 0 ? 0 : start + 3;
        qsizetype hostEnd = s.indexOf(QLatin1Char('/'), hostStart);
        if (hostEnd < 0)
            hostEnd = s.size();
        QString host = s.mid(hostStart, hostEnd - hostStart);
        host.replace(QLatin1Char('.'), QStringLiteral("[.]"));
        return s.left(hostStart) + host + s.mid(hostEnd);
    }
    case Type::Email: {
        QString s = value;
        return s.replace(QLatin1Char('@'), QStringLiteral("[@]")).replace(QLatin1Char('.'), QStringLiteral("[.]"));
    }
    case Type::IPv6: {
        QString s = value;
        return s.replace(QLatin1Char(':'), QStringLiteral("[:]"));
    }
    default:
        return value;
    }
}

Result<QString> Observable::validate(Type type, const QString &value)
{
    const QString v = type == Type::Text || type == Type::FileName || type == Type::RegistryKey ? value.trimmed()
                                                                                                 : refang(value);
    const auto refuse = [&](const QString &hint) {
        return makeError(ErrorCode::Invalid,
                         tr("“%1” is not a valid %2. %3").arg(value.trimmed().left(200), label(type), hint));
    };
    if (v.isEmpty())
        return makeError(ErrorCode::Invalid, tr("Enter a value for the %1.").arg(label(type)));
    if (v.size() > 4096)
        return makeError(ErrorCode::Invalid, tr("The value is too long (at most 4096 characters)."));
    if (auto valid = TextRules::check(v, TextRules::Kind::Line, tr("The value")); !valid)
        return valid.error();
    switch (type) {
    case Type::IPv4: {
        const auto address = parseIPv4(v);
        if (!address)
            return refuse(tr("Enter four numbers from 0 to 255 separated by dots, e.g. 192.0.2.10."));
        return *address;
    }
    case Type::IPv6: {
        const auto address = parseIPv6(v);
        if (!address)
            return refuse(tr("Enter it like 2001:db8::1."));
        return *address;
    }
    case Type::Cidr: {
        const QString network = v.section(QLatin1Char('/'), 0, 0);
        bool numeric = false;
        const int prefix = v.section(QLatin1Char('/'), 1, 1).toInt(&numeric);
        const auto v4 = parseIPv4(network);
        const auto v6 = v4 ? std::nullopt : parseIPv6(network);
        const int maxPrefix = v4 ? 32 : 128;
        if (v.count(QLatin1Char('/')) != 1 || !numeric || (!v4 && !v6) || prefix < 0 || prefix > maxPrefix)
            return refuse(tr("Enter a network with its prefix length, e.g. 192.0.2.0/24 or 2001:db8::/32."));
        return QString((v4 ? *v4 : *v6) + QLatin1Char('/') + QString::number(prefix));
    }
    case Type::Domain: {
        const QString ace = asciiDomain(v.endsWith(QLatin1Char('.')) ? v.chopped(1) : v);
        if (!domainPattern().match(ace).hasMatch())
            return refuse(tr("Enter a host or domain name like mail.example.com (no scheme, no path)."));
        return ace;
    }
    case Type::Url: {
        const QUrl url(v, QUrl::StrictMode);
        if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
            return refuse(tr("Enter a full address with its scheme, e.g. https://example.com/login."));
        return url.toString();
    }
    case Type::Email: {
        const qsizetype at = v.lastIndexOf(QLatin1Char('@'));
        if (at <= 0 || v.count(QLatin1Char('@')) != 1 || v.contains(QLatin1Char(' ')))
            return refuse(tr("Enter it like name@example.com."));
        const QString domain = asciiDomain(v.mid(at + 1));
        if (!domainPattern().match(domain).hasMatch())
            return refuse(tr("Enter it like name@example.com."));
        return QString(v.left(at) + QLatin1Char('@') + domain);
    }
    case Type::Md5:
    case Type::Sha1:
    case Type::Sha256: {
        const int length = type == Type::Md5 ? 32 : type == Type::Sha1 ? 40 : 64;
        if (!isHex(v, length))
            return refuse(tr("A %1 is %2 hexadecimal digits.").arg(label(type)).arg(length));
        return v.toLower();
    }
    case Type::Cve: {
        static const QRegularExpression cve(QStringLiteral(R"(^CVE-(\d{4})-(\d{4,})$)"), QRegularExpression::CaseInsensitiveOption);
        const auto match = cve.match(v);
        if (!match.hasMatch() || match.captured(1).toInt() < 1999)
            return refuse(tr("Enter it like CVE-2024-3094."));
        return v.toUpper();
    }
    case Type::FileName:
        if (v.contains(QLatin1Char('\0')))
            return refuse(QString());
        return v;
    case Type::Account:
        if (v.contains(QLatin1Char('\n')))
            return refuse(tr("An account name is one line."));
        return v;
    case Type::RegistryKey: {
        static const QRegularExpression hive(QStringLiteral(R"(^(HKEY_[A-Z_]+|HK(LM|CU|CR|U|CC))(\\|$))"),
                                             QRegularExpression::CaseInsensitiveOption);
        if (!hive.match(v).hasMatch())
            return refuse(tr("Start with the hive, e.g. HKLM\\Software\\Microsoft\\Windows\\CurrentVersion\\Run."));
        return v;
    }
    case Type::Text:
        return v;
    }
    return v;
}

Observable::Type Observable::guessType(const QString &value)
{
    const QString v = refang(value);
    for (Type t : { Type::Url, Type::Email, Type::IPv4, Type::IPv6, Type::Cidr, Type::Sha256, Type::Sha1, Type::Md5,
                    Type::Cve, Type::RegistryKey, Type::Domain }) {
        if (t == Type::Url && !v.contains(QStringLiteral("://")))
            continue;
        if (validate(t, v))
            return t;
    }
    return Type::Text;
}

} // namespace csirtkit
