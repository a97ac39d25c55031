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

// English falls back to the source text so that a Japanese UI's translations never answer for it.
class ScopeTranslator : public QTranslator
{
public:
    explicit ScopeTranslator(bool sourceIsTarget)
        : m_sourceIsTarget(sourceIsTarget)
    { }
    QString translate(const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        const QString translated = QTranslator::translate(context, sourceText, disambiguation, n);
        return translated.isEmpty() && m_sourceIsTarget ? QString::fromUtf8(sourceText) : translated;
    }
    bool isEmpty() const override { return false; }

private:
    bool m_sourceIsTarget;
};
} // namespace

Language::Scope::Scope(const QString &language)
{
    if (language == Language::current())
        return; // the UI's translation already answers
    m_translator = std::make_unique<ScopeTranslator>(language != QLatin1String("ja"));
    if (!m_translator->load(QStringLiteral(":/i18n/csirtkit_%1.qm").arg(language)) && language == QLatin1String("ja")) {
        m_translator.reset();
        return;
    }
    QCoreApplication::installTranslator(m_translator.get());
}

Language::Scope::~Scope()
{
    if (m_translator)
        QCoreApplication::removeTranslator(m_translator.get());
}

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
