#pragma once

#include <QPlainTextEdit>

namespace KSyntaxHighlighting {
class Definition;
class SyntaxHighlighter;
}

namespace csirtkit {

// A plain-text editor with KSyntaxHighlighting. The theme follows the palette and is re-applied
// (with a re-highlight) whenever the palette changes, so light and dark both read well.
class HighlightedTextEdit : public QPlainTextEdit
{
    Q_OBJECT

public:
    explicit HighlightedTextEdit(QWidget *parent = nullptr);
    ~HighlightedTextEdit() override;

    // Each returns false (and keeps plain text) when no definition matches.
    bool setDefinitionByName(const QString &name);
    bool setDefinitionForFileName(const QString &fileName);
    bool setDefinitionForMimeType(const QString &mimeType);
    QString definitionName() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();
    bool apply(const KSyntaxHighlighting::Definition &definition);

    KSyntaxHighlighting::SyntaxHighlighter *m_highlighter;
};

} // namespace csirtkit
