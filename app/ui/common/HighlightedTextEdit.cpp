#include "common/HighlightedTextEdit.h"

#include "common/SyntaxRepository.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/SyntaxHighlighter>
#include <KSyntaxHighlighting/Theme>

#include <QEvent>
#include <QFontDatabase>
#include <QMimeDatabase>

namespace csirtkit {

HighlightedTextEdit::HighlightedTextEdit(QWidget *parent)
    : QPlainTextEdit(parent), m_highlighter(new KSyntaxHighlighting::SyntaxHighlighter(document()))
{
    setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    applyTheme();
}

HighlightedTextEdit::~HighlightedTextEdit() = default;

bool HighlightedTextEdit::setDefinitionByName(const QString &name)
{
    return apply(SyntaxRepository::instance().definitionForName(name));
}

bool HighlightedTextEdit::setDefinitionForFileName(const QString &fileName)
{
    return apply(SyntaxRepository::instance().definitionForFileName(fileName));
}

bool HighlightedTextEdit::setDefinitionForMimeType(const QString &mimeType)
{
    return apply(SyntaxRepository::instance().definitionForMimeType(mimeType));
}

bool HighlightedTextEdit::apply(const KSyntaxHighlighting::Definition &definition)
{
    if (!definition.isValid())
        return false;
    m_highlighter->setDefinition(definition);
    m_highlighter->rehighlight();
    return true;
}

QString HighlightedTextEdit::definitionName() const
{
    return m_highlighter->definition().isValid() ? m_highlighter->definition().name() : QString();
}

void HighlightedTextEdit::changeEvent(QEvent *event)
{
    QPlainTextEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        applyTheme();
}

void HighlightedTextEdit::applyTheme()
{
    const auto theme = SyntaxRepository::themeFor(palette());
    if (m_highlighter->theme().name() == theme.name())
        return;
    m_highlighter->setTheme(theme);
    m_highlighter->rehighlight(); // setTheme alone does not re-highlight
}

} // namespace csirtkit
