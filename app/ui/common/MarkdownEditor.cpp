#include "common/MarkdownEditor.h"

#include "common/HighlightedTextEdit.h"

#include <QDesktopServices>
#include <QEvent>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace csirtkit {

MarkdownEditor::MarkdownEditor(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabWidget(this)), m_editor(new HighlightedTextEdit(this)),
      m_preview(new QTextBrowser(this)), m_commitTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("markdownEditor"));
    m_editor->setObjectName(QStringLiteral("markdownTextEdit"));
    m_preview->setObjectName(QStringLiteral("markdownPreviewBrowser"));
    m_tabs->setObjectName(QStringLiteral("markdownTabWidget"));
    m_editor->setDefinitionByName(QStringLiteral("Markdown"));
    m_editor->setTabChangesFocus(true);
    m_editor->installEventFilter(this);
    m_preview->setOpenLinks(false);
    m_tabs->addTab(m_editor, QString());
    m_tabs->addTab(m_preview, QString());
    m_tabs->setDocumentMode(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    m_commitTimer->setSingleShot(true);
    m_commitTimer->setInterval(800);
    connect(m_commitTimer, &QTimer::timeout, this, &MarkdownEditor::commitIfChanged);
    connect(m_editor, &QPlainTextEdit::textChanged, m_commitTimer, qOverload<>(&QTimer::start));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == 1) {
            commitIfChanged();
            updatePreview();
        }
    });
    connect(m_preview, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        const QString scheme = url.scheme();
        if (scheme == QLatin1String("https") || scheme == QLatin1String("http") || scheme == QLatin1String("mailto"))
            QDesktopServices::openUrl(url);
    });
    retranslate();
}

QString MarkdownEditor::text() const
{
    return m_editor->toPlainText();
}

void MarkdownEditor::setText(const QString &text)
{
    if (text == m_editor->toPlainText()) {
        m_committed = text;
        return;
    }
    const QSignalBlocker blocker(m_editor);
    m_editor->setPlainText(text);
    m_committed = text;
    m_commitTimer->stop();
    if (m_tabs->currentIndex() == 1)
        updatePreview();
}

void MarkdownEditor::setReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
}

void MarkdownEditor::setPlaceholderText(const QString &text)
{
    m_editor->setPlaceholderText(text);
}

void MarkdownEditor::showPreview(bool preview)
{
    m_tabs->setCurrentIndex(preview ? 1 : 0);
}

QString MarkdownEditor::previewHtml() const
{
    return m_preview->toHtml();
}

void MarkdownEditor::updatePreview()
{
    // MarkdownNoHTML: user text may contain <img onerror=…> and the like; it must stay text.
    m_preview->document()->setMarkdown(m_editor->toPlainText(),
                                       QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub
                                                                       | QTextDocument::MarkdownNoHTML));
}

void MarkdownEditor::commitIfChanged()
{
    m_commitTimer->stop();
    const QString current = m_editor->toPlainText();
    if (current == m_committed)
        return;
    m_committed = current;
    Q_EMIT textCommitted(current);
}

bool MarkdownEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_editor && event->type() == QEvent::FocusOut)
        commitIfChanged();
    return QWidget::eventFilter(watched, event);
}

void MarkdownEditor::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        retranslate();
}

void MarkdownEditor::retranslate()
{
    m_tabs->setTabText(0, tr("Write"));
    m_tabs->setTabText(1, tr("Preview"));
    m_editor->setAccessibleName(tr("Markdown text"));
    m_preview->setAccessibleName(tr("Rendered preview"));
}

} // namespace csirtkit
