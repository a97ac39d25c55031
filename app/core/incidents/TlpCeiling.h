#pragma once

#include <QString>

namespace csirtkit {

// TLP 2.0 labels ordered from the most open (CLEAR) to the most restricted (RED). An export or
// report with a ceiling includes only what is labelled at or below it.
class TlpCeiling
{
public:
    // 0 = TLP:CLEAR … 4 = TLP:RED; -1 for anything else.
    static int rank(const QString &label);
    // True when `label` may go into something shared up to `ceiling` (an empty ceiling allows all).
    static bool allows(const QString &ceiling, const QString &label);
    // The more restrictive of two labels (what a document holding both must be marked).
    static QString stricter(const QString &a, const QString &b);
};

} // namespace csirtkit
