#pragma once

#include "common/HighlightedTextEdit.h"

namespace csirtkit {

// A read-only, highlighted view of a text (logs, headers, configs). The syntax comes from a file
// name, a MIME type, an explicit definition name, or (setTextGuessing) the content itself.
class HighlightedTextViewer : public HighlightedTextEdit
{
    Q_OBJECT

public:
    explicit HighlightedTextViewer(QWidget *parent = nullptr);

    // Shows `text`; picks the definition from `fileName` first, then from the content's MIME type.
    void setTextGuessing(const QString &text, const QString &fileName = QString());
};

} // namespace csirtkit
