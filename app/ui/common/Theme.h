#pragma once

#include <QStringList>

namespace csirtkit {

// Colour scheme: "system" keeps the platform palette; "light"/"dark" use Fusion with a fixed palette
// (useful where the desktop offers none, and for presentations).
class Theme
{
public:
    static QStringList available() { return { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") }; }
    static void apply(const QString &theme);
    static bool isDark();
};

} // namespace csirtkit
