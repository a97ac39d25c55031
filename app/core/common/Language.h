#pragma once

#include <QStringList>

namespace csirtkit {

// Loads and swaps the UI translations at runtime. Installing a translator makes Qt send
// QEvent::LanguageChange to every widget, which retranslates itself.
class Language
{
public:
    // "system", "en" or "ja" -> "en" or "ja"
    static QString resolve(const QString &setting);
    // Installs the translations for `setting`; returns the language now in effect ("en"/"ja").
    static QString apply(const QString &setting);
    static QString current();
    static QStringList available() { return { QStringLiteral("en"), QStringLiteral("ja") }; }
};

} // namespace csirtkit
