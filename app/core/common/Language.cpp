#include "common/Language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace csirtkit {

namespace {
QString g_current = QStringLiteral("en");
std::unique_ptr<QTranslator> g_app;
std::unique_ptr<QTranslator> g_qt;
} // namespace

QString Language::resolve(const QString &setting)
{
    if (available().contains(setting))
        return setting;
    return QLocale::system().language() == QLocale::Japanese ? QStringLiteral("ja") : QStringLiteral("en");
}

QString Language::apply(const QString &setting)
{
    const QString lang = resolve(setting);
    if (g_app)
        QCoreApplication::removeTranslator(g_app.get());
    if (g_qt)
        QCoreApplication::removeTranslator(g_qt.get());
    g_app = std::make_unique<QTranslator>();
    g_qt = std::make_unique<QTranslator>();
    const QLocale locale(lang == QLatin1String("ja") ? QLocale::Japanese : QLocale::English,
                         lang == QLatin1String("ja") ? QLocale::Japan : QLocale::UnitedStates);
    QLocale::setDefault(locale);
    if (g_qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(g_qt.get());
    if (g_app->load(QStringLiteral(":/i18n/csirtkit_%1.qm").arg(lang)))
        QCoreApplication::installTranslator(g_app.get());
    g_current = lang;
    return lang;
}

QString Language::current()
{
    return g_current;
}

} // namespace csirtkit
