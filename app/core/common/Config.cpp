#include "common/Config.h"

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

#include <pwd.h>
#include <unistd.h>

namespace csirtkit {

namespace {

struct KeyInfo
{
    const char *name;
    QVariant defaultValue;
};

KeyInfo info(Config::Key key)
{
    switch (key) {
    case Config::Key::Language: return { "ui/language", QStringLiteral("system") };
    case Config::Key::Theme: return { "ui/theme", QStringLiteral("system") };
    case Config::Key::UserName: return { "user/name", Config::systemUserName() };
    case Config::Key::RecentFiles: return { "files/recent", QStringList() };
    case Config::Key::LastWorkspace: return { "files/last", QString() };
    case Config::Key::MainWindowGeometry: return { "mainwindow/geometry", QByteArray() };
    case Config::Key::MainWindowState: return { "mainwindow/state", QByteArray() };
    case Config::Key::MainWindowPage: return { "mainwindow/page", QStringLiteral("overview") };
    case Config::Key::IncidentListHeader: return { "incidents/listHeader", QByteArray() }; // since the title stretches
    }
    return { "", QVariant() };
}

QSettings settings()
{
    return QSettings(Config::fileName(), QSettings::IniFormat);
}

} // namespace

QString Config::systemUserName()
{
    if (const passwd *pw = getpwuid(getuid())) {
        // GECOS: "Full Name,room,phone,…"
        const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(QLatin1Char(','), 0, 0).trimmed();
        return full.isEmpty() ? QString::fromLocal8Bit(pw->pw_name) : full;
    }
    return qEnvironmentVariable("USER");
}

QString Config::fileName()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
    return QDir(dir).filePath(QStringLiteral("csirtkit.ini"));
}

QVariant Config::get(Key key)
{
    const KeyInfo i = info(key);
    return settings().value(QLatin1StringView(i.name), i.defaultValue);
}

void Config::set(Key key, const QVariant &value)
{
    settings().setValue(QLatin1StringView(info(key).name), value);
}

void Config::remove(Key key)
{
    settings().remove(QLatin1StringView(info(key).name));
}

QStringList Config::recentFiles()
{
    return get(Key::RecentFiles).toStringList();
}

void Config::addRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    files.prepend(path);
    while (files.size() > MaxRecentFiles)
        files.removeLast();
    set(Key::RecentFiles, files);
}

void Config::removeRecentFile(const QString &path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    set(Key::RecentFiles, files);
}

} // namespace csirtkit
