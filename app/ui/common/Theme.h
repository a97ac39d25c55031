#pragma once

#include <QStringList>

class QIcon;

namespace csirtkit {

// Colour scheme: "system" keeps the platform palette; "light"/"dark" use Fusion with a fixed palette
// (useful where the desktop offers none, and for presentations).
class Theme
{
public:
    static QStringList available() { return { QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark") }; }
    static void apply(const QString &theme);
    static bool isDark();
    // An icon that stays visible when its item is selected: the selected form is drawn in the
    // palette's highlighted-text colour (the navigation icons are blue, like the selection).
    static QIcon selectableIcon(const QString &fileName);
};

} // namespace csirtkit
