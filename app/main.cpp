#include "common/Config.h"
#include "common/Language.h"
#include "common/Theme.h"
#include "common/Version.h"
#include "workspace/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

#include <cstdio>

using namespace csirtkit;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QString()); // data in ~/.local/share/csirtkit, not csirtkit/csirtkit
    QApplication::setApplicationName(QStringLiteral("csirtkit"));
    QApplication::setApplicationDisplayName(QStringLiteral("CSIRT Kit"));
    QApplication::setApplicationVersion(QStringLiteral(CSIRTKIT_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(CSIRTKIT_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("CSIRT Kit: set up and run your organisation's CSIRT."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("A workspace file (.csirt) to open."));
    const QCommandLineOption lang(QStringLiteral("lang"), QStringLiteral("UI language for this run: en or ja."),
                                  QStringLiteral("LANG"));
    const QCommandLineOption page(QStringLiteral("page"), QStringLiteral("Page to show first: overview, profile, phases, services, model, worksheets, incidents, metrics."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption theme(QStringLiteral("theme"), QStringLiteral("Appearance for this run: system, light "
                                                                           "or dark."),
                                   QStringLiteral("THEME"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
                                        QStringLiteral("Save a PNG of the window to FILE once it is shown, then "
                                                       "quit (used by tools/dev shot)."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption presentation(QStringLiteral("presentation"),
                                          QStringLiteral("Start in presentation mode (full screen phase guide)."));
    const QCommandLineOption incident(QStringLiteral("incident"), QStringLiteral("Open this incident (e.g. INC-2026-0001)."),
                                      QStringLiteral("ID"));
    const QCommandLineOption incidentTab(QStringLiteral("incident-tab"),
                                         QStringLiteral("With --incident: the tab to show (0 = details, 1 = journal, …)."),
                                         QStringLiteral("N"));
    const QCommandLineOption size(QStringLiteral("size"), QStringLiteral("With --screenshot: the window size, e.g. 1024x768 "
                                                                         "(default 1280x800)."),
                                  QStringLiteral("WxH"), QStringLiteral("1280x800"));
    parser.addOptions({ lang, page, theme, screenshot, presentation, incident, incidentTab, size });
    parser.process(app);

    if (parser.isSet(lang) && !Language::available().contains(parser.value(lang))) {
        std::fprintf(stderr, "csirtkit: unknown language '%s' (use en or ja)\n", qPrintable(parser.value(lang)));
        return 2;
    }
    if (parser.isSet(theme) && !Theme::available().contains(parser.value(theme))) {
        std::fprintf(stderr, "csirtkit: unknown theme '%s' (use system, light or dark)\n",
                     qPrintable(parser.value(theme)));
        return 2;
    }
    Language::apply(parser.isSet(lang) ? parser.value(lang) : Config::get(Config::Key::Language).toString());
    Theme::apply(parser.isSet(theme) ? parser.value(theme) : Config::get(Config::Key::Theme).toString());

    MainWindow window;
    const QStringList files = parser.positionalArguments();
    window.openInitial(files.isEmpty() ? QString() : files.constFirst());
    const QString pageId = parser.isSet(page) ? parser.value(page) : Config::get(Config::Key::MainWindowPage).toString();
    if (!window.showPage(pageId) && parser.isSet(page)) {
        std::fprintf(stderr, "csirtkit: unknown page '%s' (pages: %s)\n", qPrintable(pageId),
                     qPrintable(window.pageIds().join(QStringLiteral(", "))));
        return 2;
    }
    if (parser.isSet(incident) && !window.showIncident(parser.value(incident), parser.value(incidentTab).toInt())) {
        std::fprintf(stderr, "csirtkit: no incident '%s' in this workspace\n", qPrintable(parser.value(incident)));
        return 2;
    }
    if (parser.isSet(screenshot)) {
        const QStringList wh = parser.value(size).split(QLatin1Char('x'));
        const QSize shot(wh.value(0).toInt(), wh.value(1).toInt());
        if (wh.size() != 2 || shot.width() < 200 || shot.height() < 200) {
            std::fprintf(stderr, "csirtkit: --size takes WIDTHxHEIGHT, e.g. 1024x768\n");
            return 2;
        }
        window.resize(shot);
    }
    window.show();
    if (parser.isSet(presentation))
        window.setPresentationMode(true);

    if (parser.isSet(screenshot)) {
        const QString file = parser.value(screenshot);
        QTimer::singleShot(1200, &window, [&window, file] {
            const bool saved = window.grab().save(file, "PNG");
            if (!saved)
                std::fprintf(stderr, "csirtkit: could not write %s\n", qPrintable(file));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return app.exec();
}
