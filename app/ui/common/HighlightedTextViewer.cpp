#include "common/HighlightedTextViewer.h"

#include <QMimeDatabase>

namespace csirtkit {

HighlightedTextViewer::HighlightedTextViewer(QWidget *parent) : HighlightedTextEdit(parent)
{
    setReadOnly(true);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setLineWrapMode(QPlainTextEdit::NoWrap);
}

void HighlightedTextViewer::setTextGuessing(const QString &text, const QString &fileName)
{
    setPlainText(text);
    if (!fileName.isEmpty() && setDefinitionForFileName(fileName))
        return;
    const QMimeType type = QMimeDatabase().mimeTypeForData(text.left(4096).toUtf8());
    setDefinitionForMimeType(type.name());
}

} // namespace csirtkit
