#include "common/TextRules.h"

#include "common/Language.h"

#include <QRegularExpression>

namespace csirtkit {

namespace {

constexpr QChar Open = QChar(0x27E8);  // ⟨
constexpr QChar Close = QChar(0x27E9); // ⟩

// True for a unit that display must write out: a lone surrogate, a bidirectional control, or a
// control character other than tab and line breaks.
bool hidden(const QString &text, qsizetype i)
{
    const QChar ch = text.at(i);
    if (ch.isSurrogate())
        return true; // pairs are skipped by the callers
    const char16_t c = ch.unicode();
    if (c == u'\t' || c == u'\n' || c == u'\r')
        return false;
    return TextRules::isControl(c) || TextRules::isBidiControl(c);
}

bool pairAt(const QString &text, qsizetype i)
{
    return text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
}

} // namespace

bool TextRules::isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

bool TextRules::isBidiControl(char32_t c)
{
    return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

QString TextRules::codePoint(char32_t c)
{
    return QStringLiteral("U+") + QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0'));
}

std::optional<QString> TextRules::problem(const QString &text, Kind kind, const QString &what)
{
    const QString subject = what.isEmpty() ? tr("The text") : what;
    qsizetype position = 0; // in characters, as a person counts them
    for (qsizetype i = 0; i < text.size(); ++i) {
        ++position;
        if (pairAt(text, i)) {
            ++i;
            continue;
        }
        const QChar ch = text.at(i);
        if (ch.isSurrogate())
            return tr("%1 contains a broken character at position %2 (%3, half of a UTF-16 surrogate pair). Remove it, "
                      "or save the file again as UTF-8, and try again.")
                .arg(subject).arg(position).arg(codePoint(ch.unicode()));
        const char16_t c = ch.unicode();
        if (!isControl(c))
            continue;
        if (kind == Kind::Lines
            && (c == u'\t' || c == u'\n' || (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')))
            continue;
        if (kind == Kind::Line && (c == u'\n' || c == u'\r'))
            return tr("%1 must be a single line, but has a line break at position %2. Put it on one line and try again.")
                .arg(subject).arg(position);
        if (kind == Kind::Line && c == u'\t')
            return tr("%1 must be a single line, but has a tab (U+0009) at position %2. Replace it with a space and "
                      "try again.").arg(subject).arg(position);
        return tr("%1 contains the control character %2 at position %3, which cannot be stored. Remove it and try again.")
            .arg(subject, codePoint(c)).arg(position);
    }
    return std::nullopt;
}

Result<void> TextRules::check(const QString &text, Kind kind, const QString &what)
{
    if (const auto refused = problem(text, kind, what))
        return makeError(ErrorCode::Invalid, *refused);
    return {};
}

QString TextRules::visible(const QString &text)
{
    qsizetype first = 0;
    while (first < text.size() && (pairAt(text, first) || !hidden(text, first)))
        first += pairAt(text, first) ? 2 : 1;
    if (first >= text.size())
        return text; // the usual case: nothing to write out, no copy
    QString shown = text.left(first);
    for (qsizetype i = first; i < text.size(); ++i) {
        if (pairAt(text, i)) {
            shown += text.at(i);
            shown += text.at(++i);
        } else if (hidden(text, i)) {
            shown += Open + codePoint(text.at(i).unicode()) + Close;
        } else {
            shown += text.at(i);
        }
    }
    return shown;
}

QString TextRules::sentences(const QStringList &parts)
{
    QString text;
    for (const QString &raw : parts) {
        const QString part = raw.trimmed();
        if (part.isEmpty())
            continue;
        // No space after the end of a Japanese sentence or clause (、。！？）」』 and full-width forms).
        const bool spaced = !text.isEmpty() && !QStringView(u"。、！？）」』．：").contains(text.back());
        text += (spaced ? QStringLiteral(" ") : QString()) + part;
    }
    return text;
}

QString TextRules::list(const QStringList &items)
{
    return items.join(Language::current() == QLatin1String("ja") ? QStringLiteral("、") : QStringLiteral(", "));
}

bool TextRules::isEmail(const QString &text)
{
    static const QRegularExpression re(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    return re.match(text).hasMatch();
}

} // namespace csirtkit
