// Smoke test of the real csirtkit binary: starts offscreen with a fresh profile, shows the main
// window, writes a screenshot and quits.
#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsShowsWindowAndQuits();
    void rejectsUnknownOptions();

private:
    static QProcessEnvironment environment(const QString &home)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        return env;
    }
    static QString binary() { return QStringLiteral(CSIRTKIT_BINARY_DIR "/bin/csirtkit"); }
};

void TestApplication::startsShowsWindowAndQuits()
{
    QTemporaryDir home;
    QProcess app;
    app.setProcessEnvironment(environment(home.path()));
    const QString shot = home.filePath(QStringLiteral("shot.png"));
    app.start(binary(), { QStringLiteral("--lang"), QStringLiteral("ja"), QStringLiteral("--page"),
                          QStringLiteral("profile"), QStringLiteral("--screenshot"), shot });
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitStatus(), QProcess::NormalExit);
    QVERIFY2(app.exitCode() == 0, app.readAllStandardError().constData());
    const QImage image(shot);
    QCOMPARE(image.size(), QSize(1280, 800));
    QVERIFY(QFile::exists(home.filePath(QStringLiteral("data/csirtkit/workspace.csirt"))));
}

void TestApplication::rejectsUnknownOptions()
{
    QTemporaryDir home;
    QProcess app;
    app.setProcessEnvironment(environment(home.path()));
    app.start(binary(), { QStringLiteral("--page"), QStringLiteral("nowhere"), QStringLiteral("--screenshot"),
                          home.filePath(QStringLiteral("x.png")) });
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 2);
    QVERIFY(app.readAllStandardError().contains("unknown page 'nowhere' (pages: overview, profile, phases, services, model, worksheets, team, incidents, metrics)"));
    app.start(binary(), { QStringLiteral("--lang"), QStringLiteral("fr") });
    QVERIFY(app.waitForFinished(60000));
    QCOMPARE(app.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestApplication)
#include "tst_application.moc"
