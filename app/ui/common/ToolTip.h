#pragma once

#include <QString>

namespace csirtkit {

// Tooltips render text that looks like HTML as rich text; user text must stay text.
inline QString plainToolTip(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QStringLiteral("<p style='white-space:pre-wrap'>") + text.toHtmlEscaped() + QStringLiteral("</p>");
}

} // namespace csirtkit
