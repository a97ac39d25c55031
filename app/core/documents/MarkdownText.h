#pragma once

#include <QString>

namespace csirtkit::MarkdownText {

// One line of user text with Markdown's special characters (and "|", for tables) escaped, so it
// stays literal text; line breaks become spaces.
QString escapeInline(const QString &text);
// Several lines of user text, escaped, as one paragraph with hard line breaks (so it cannot end the
// list item or paragraph it is part of).
QString escapeBlock(const QString &text);

} // namespace csirtkit::MarkdownText
