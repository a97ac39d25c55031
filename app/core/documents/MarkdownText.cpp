#include "documents/MarkdownText.h"

#include <QRegularExpression>
#include <QStringList>

namespace csirtkit::MarkdownText {

QString escapeInline(const QString &text)
{
    QString out;
    out.reserve(text.size());
    const QString simplified = text.simplified(); // one line: a line break would end a list item or a table row
    for (const QChar c : simplified) {
        if (QStringView(u"\\`*_[]<>|~&#").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    return out;
}

QString escapeBlock(const QString &text)
{
    // Lines that would start a list or a setext underline are escaped too ("#" and ">" already are).
    static const QRegularExpression orderedList(QStringLiteral(R"(^\d+(?=[.)]))"));
    QStringList lines;
    for (const QString &line : text.trimmed().split(QLatin1Char('\n'))) {
        QString escaped = escapeInline(line);
        if (escaped.startsWith(QLatin1Char('-')) || escaped.startsWith(QLatin1Char('+'))
            || escaped.startsWith(QLatin1Char('=')))
            escaped.prepend(QLatin1Char('\\'));
        else if (const auto match = orderedList.match(escaped); match.hasMatch())
            escaped.insert(match.capturedEnd(), QLatin1Char('\\'));
        lines << escaped;
    }
    return lines.join(QStringLiteral("\\\n"));
}

} // namespace csirtkit::MarkdownText
