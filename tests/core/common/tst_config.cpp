#include "common/Config.h"

#include <QStandardPaths>
#include <QTest>

using namespace csirtkit;

class TestConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void defaults();
    void setAndGet();
    void recentFilesAreNewestFirstUniqueAndBounded();
};

void TestConfig::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QFile::remove(Config::fileName());
}

void TestConfig::defaults()
{
    QCOMPARE(Config::get(Config::Key::Language).toString(), QStringLiteral("system"));
    QCOMPARE(Config::get(Config::Key::Theme).toString(), QStringLiteral("system"));
    QCOMPARE(Config::get(Config::Key::MainWindowPage).toString(), QStringLiteral("overview"));
    QVERIFY(Config::recentFiles().isEmpty());
    QVERIFY(Config::fileName().contains(QStringLiteral("qttest"))); // test mode: never the user's file
}

void TestConfig::setAndGet()
{
    Config::set(Config::Key::Language, QStringLiteral("ja"));
    QCOMPARE(Config::get(Config::Key::Language).toString(), QStringLiteral("ja"));
    Config::remove(Config::Key::Language);
    QCOMPARE(Config::get(Config::Key::Language).toString(), QStringLiteral("system"));
}

void TestConfig::recentFilesAreNewestFirstUniqueAndBounded()
{
    for (int i = 0; i < Config::MaxRecentFiles + 3; ++i)
        Config::addRecentFile(QStringLiteral("/w/%1.csirt").arg(i));
    Config::addRecentFile(QStringLiteral("/w/5.csirt"));
    const QStringList files = Config::recentFiles();
    QCOMPARE(files.size(), Config::MaxRecentFiles);
    QCOMPARE(files.first(), QStringLiteral("/w/5.csirt"));
    QCOMPARE(files.count(QStringLiteral("/w/5.csirt")), 1);
    QVERIFY(!files.contains(QStringLiteral("/w/0.csirt")));
    Config::removeRecentFile(QStringLiteral("/w/5.csirt"));
    QVERIFY(!Config::recentFiles().contains(QStringLiteral("/w/5.csirt")));
}

QTEST_GUILESS_MAIN(TestConfig)
#include "tst_config.moc"
