#pragma once

#include <QVariant>

namespace csirtkit {

// The one typed registry of user settings (enum key -> stored name + default), kept in an INI file
// in the user's config directory.
class Config
{
public:
    enum class Key {
        Language,          // "system", "en" or "ja"
        Theme,             // "system", "light" or "dark"
        UserName,          // the person using this computer (owner filter, authorship)
        RecentFiles,       // QStringList, newest first
        LastWorkspace,     // path opened at start
        MainWindowGeometry,
        MainWindowState,
        MainWindowPage,
        IncidentListHeader, // QByteArray: the incident list's column order, widths and hidden columns
    };

    static QVariant get(Key key);
    static void set(Key key, const QVariant &value);
    static void remove(Key key);
    static QString fileName();
    static QString systemUserName(); // the account's full name, else its login name

    static QStringList recentFiles();
    static void addRecentFile(const QString &path);
    static void removeRecentFile(const QString &path);
    static constexpr int MaxRecentFiles = 8;
};

} // namespace csirtkit
