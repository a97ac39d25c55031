#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace csirtkit {

// Which characters stored text may hold, and how text is shown so that it cannot hide what it says.
//
// Stored text holds no control characters (U+0000–U+001F, U+007F, U+0080–U+009F) and no lone UTF-16
// surrogates: a NUL cuts full-text search short and other controls reach HTML, Markdown and CSV
// outputs raw. Multi-line texts (summaries, journal entries, artefacts) may hold tabs, line feeds
// and CR LF pairs; single-line texts (titles, names) none of them. The repositories check every
// write with these rules, and every importer checks every value.
//
// Shown text gets bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069) and
// any control character written out as ⟨U+202E⟩, so that "Invoice⟨U+202E⟩gnp.exe" cannot pass for
// "Invoiceexe.png". Stored text and exports keep the exact characters.
class TextRules
{
    Q_DECLARE_TR_FUNCTIONS(TextRules)

public:
    enum class Kind { Line, Lines };

    static bool isControl(char32_t c);
    static bool isBidiControl(char32_t c);
    static QString codePoint(char32_t c); // "U+202E"

    // Nothing when `text` may be stored as `kind`; otherwise a sentence naming the first character
    // that may not, its code point and its position (1-based, in characters). `what` names the text
    // at the start of the sentence ("The title"); empty: "The text".
    static std::optional<QString> problem(const QString &text, Kind kind, const QString &what = {});
    // The same as a Result (ErrorCode::Invalid), for the repositories.
    static Result<void> check(const QString &text, Kind kind, const QString &what = {});

    // `text` for display: bidirectional controls, control characters other than tab and line
    // breaks, and lone surrogates written as ⟨U+XXXX⟩. Text without them comes back unchanged.
    static QString visible(const QString &text);

    // Items of a list (names, roles) as the language of the translations in effect writes them:
    // "A, B" in English, 「A、B」 in Japanese.
    static QString list(const QStringList &items);

    // A plausible e-mail address: one @, a dotted domain, no spaces (full RFC 5322 is not what users need).
    static bool isEmail(const QString &text);

    // Sentences run together as each language writes them: a space after "." in English, none
    // after "。" (or another full-width mark) in Japanese. Empty parts are left out.
    static QString sentences(const QStringList &parts);
};

} // namespace csirtkit
