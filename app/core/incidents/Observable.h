#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

namespace csirtkit {

// Indicators of compromise and other observables: their types, validation with a clear message,
// normalisation, and defanging (for display and copying) / refanging (for pasted values).
class Observable
{
    Q_DECLARE_TR_FUNCTIONS(Observable)

public:
    enum class Type {
        IPv4,
        IPv6,
        Cidr,
        Domain,
        Url,
        Email,
        Md5,
        Sha1,
        Sha256,
        FileName,
        Account,
        Cve,
        RegistryKey,
        Text,
    };

    static QList<Type> allTypes();
    static QString key(Type type); // stable: "ipv4", "sha256", …
    static std::optional<Type> fromKey(const QString &key);
    static QString label(Type type); // translated

    // Undoes the usual defanging: hxxp(s) → http(s), [.] (.) {.} → ., [@] (at) → @, [:]// → ://.
    static QString refang(const QString &text);
    // For line edits: `after` with the part an edit inserted at once (a paste or a drop, more than
    // one character) refanged, so pasted "hxxp://evil[.]example" arrives usable; typing is untouched.
    static QString refangInsertion(const QString &before, const QString &after);
    // Makes a value safe to paste in mail or chat: http → hxxp, dots and @ bracketed.
    static QString defang(Type type, const QString &value);
    // Refangs, trims, checks and normalises `value` for `type`.
    static Result<QString> validate(Type type, const QString &value);
    // The most likely type of a pasted value (Text when nothing fits).
    static Type guessType(const QString &value);
};

} // namespace csirtkit
