#pragma once

#include <QString>

namespace csirtkit {

class PlanSnapshot;

// The plan as HTML that both browsers and QTextDocument (for PDF and ODT) render well: headings,
// one table of checklist items per step, the service catalogue and the worksheets as tables. Every
// user text is escaped.
class PlanHtml
{
public:
    enum class Target {
        File,         // a stand-alone page for browsers
        TextDocument, // for QTextDocument, whose default font is set by the caller
    };
    static QString render(const PlanSnapshot &plan, Target target);
};

} // namespace csirtkit
