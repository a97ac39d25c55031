#pragma once

#include <QStringList>

#include <memory>

class QTranslator;

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

    // Installs the translations of `language` for as long as it lives, so that a document or made-up
    // data can be written in another language than the UI's. English falls back to the source texts,
    // never to the UI's translation.
    class Scope
    {
    public:
        explicit Scope(const QString &language);
        ~Scope();
        Scope(const Scope &) = delete;
        Scope &operator=(const Scope &) = delete;

    private:
        std::unique_ptr<QTranslator> m_translator;
    };
};

} // namespace csirtkit
