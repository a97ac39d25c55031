#pragma once

#include <QWidget>

class QTabWidget;
class QTextBrowser;
class QTimer;

namespace csirtkit {

class HighlightedTextEdit;

// A Markdown editor (KSyntaxHighlighting) with a rendered preview tab. Raw HTML in the text is not
// rendered, and only web and mail links are opened. `textCommitted` fires after a short pause in
// typing and when the editor loses focus, so callers can save (and undo) in sensible steps.
class MarkdownEditor : public QWidget
{
    Q_OBJECT

public:
    explicit MarkdownEditor(QWidget *parent = nullptr);

    QString text() const;
    void setText(const QString &text); // does not emit textCommitted
    void setReadOnly(bool readOnly);
    void setPlaceholderText(const QString &text);
    void showPreview(bool preview);
    QString previewHtml() const;

Q_SIGNALS:
    void textCommitted(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void commitIfChanged();
    void updatePreview();
    void retranslate();

    QTabWidget *m_tabs;
    HighlightedTextEdit *m_editor;
    QTextBrowser *m_preview;
    QTimer *m_commitTimer;
    QString m_committed;
};

} // namespace csirtkit
