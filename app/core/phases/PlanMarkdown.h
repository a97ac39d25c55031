#pragma once

#include <QString>

namespace csirtkit {

class PlanSnapshot;

// The plan as GitHub-flavoured Markdown: headings, checklist items as task-list lines, the service
// catalogue and the worksheets' rows as tables. User text is escaped so it stays literal text.
class PlanMarkdown
{
public:
    static QString render(const PlanSnapshot &plan);

    // One line of user text with Markdown's special characters (and "|", for tables) escaped.
    static QString escapeInline(const QString &text);
    // Several lines of user text, escaped, as one paragraph with hard line breaks.
    static QString escapeBlock(const QString &text);
};

} // namespace csirtkit
