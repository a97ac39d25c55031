#pragma once

#include <QDialog>

namespace csirtkit {

class MarkdownEditor;

// A draft notice to a regulator, shown before it is saved: the rendered preview first, the Markdown
// to edit beside it; "Save As…" writes it as Markdown or OpenDocument text (never over a
// workspace, an existing file only when confirmed) and says where.
class DraftNoticeDialog : public QDialog
{
    Q_OBJECT

public:
    DraftNoticeDialog(const QString &title, const QString &markdown, const QString &workspacePath, QWidget *parent = nullptr);

    QString text() const;
    // Writes the draft to `path` (.odt: OpenDocument, otherwise Markdown); false with a message on failure.
    bool saveTo(const QString &path);
    QString savedPath() const { return m_saved; }

private:
    void saveAs();

    MarkdownEditor *m_editor;
    QString m_workspacePath;
    QString m_saved;
};

} // namespace csirtkit
