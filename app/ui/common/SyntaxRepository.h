#pragma once

#include <QPalette>

namespace KSyntaxHighlighting {
class Repository;
class Theme;
} // namespace KSyntaxHighlighting

namespace csirtkit {

// The one application-wide KSyntaxHighlighting repository (loading definitions is expensive).
class SyntaxRepository
{
public:
    static KSyntaxHighlighting::Repository &instance();
    static KSyntaxHighlighting::Theme themeFor(const QPalette &palette);
};

} // namespace csirtkit
