// Fails when a Japanese message is unfinished or missing: it parses translations/csirtkit_ja.ts and
// compares it with a fresh lupdate scan of the sources.
#include "common/Language.h"
#include "org/OrgProfile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace csirtkit;

namespace {

struct Entry
{
    QString context;
    QString source;
    bool finished = false;
};

QList<Entry> readTs(const QString &path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry current;
    bool inTranslation = false;
    QString translationText;
    bool numerusAllFilled = true;
    bool hasNumerus = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name"))
                context = xml.readElementText();
            else if (name == QLatin1String("message")) {
                current = Entry { context, QString(), false };
                hasNumerus = false;
                numerusAllFilled = true;
            } else if (name == QLatin1String("source"))
                current.source = xml.readElementText();
            else if (name == QLatin1String("translation")) {
                const auto type = xml.attributes().value(QLatin1String("type"));
                current.finished = type.isEmpty();
                inTranslation = true;
                translationText.clear();
            } else if (name == QLatin1String("numerusform")) {
                hasNumerus = true;
                numerusAllFilled = numerusAllFilled && !xml.readElementText().isEmpty();
            }
        } else if (xml.isCharacters() && inTranslation) {
            translationText += xml.text();
        } else if (xml.isEndElement()) {
            if (xml.name() == QLatin1String("translation")) {
                inTranslation = false;
                if (hasNumerus ? !numerusAllFilled : translationText.trimmed().isEmpty())
                    current.finished = false;
            } else if (xml.name() == QLatin1String("message")) {
                entries.append(current);
            }
        }
    }
    return entries;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void japaneseHasNoUnfinishedMessage();
    void japaneseCoversEverySourceString();
    void japaneseIsLoadedAtRuntime();
};

void TestTranslations::japaneseHasNoUnfinishedMessage()
{
    const auto entries = readTs(QStringLiteral(CSIRTKIT_SOURCE_DIR "/translations/csirtkit_ja.ts"));
    QVERIFY(entries.size() > 50);
    QStringList unfinished;
    for (const Entry &e : entries)
        if (!e.finished)
            unfinished << e.context + QStringLiteral(": ") + e.source;
    QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 unfinished:\n").arg(unfinished.size())
                                              + unfinished.join(QLatin1Char('\n'))));
}

void TestTranslations::japaneseCoversEverySourceString()
{
    QTemporaryDir temp;
    const QString scanned = QDir(temp.path()).filePath(QStringLiteral("scan.ts"));
    QProcess lupdate;
    lupdate.setWorkingDirectory(QStringLiteral(CSIRTKIT_SOURCE_DIR));
    lupdate.start(QStringLiteral(CSIRTKIT_LUPDATE),
                  { QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"),
                    QStringLiteral("-I"), QStringLiteral("app/core"), QStringLiteral("-I"), QStringLiteral("app/ui"),
                    QStringLiteral("app"), QStringLiteral("forms"), QStringLiteral("-ts"), scanned });
    QVERIFY(lupdate.waitForFinished(120000));
    QCOMPARE(lupdate.exitCode(), 0);
    QSet<QString> known;
    for (const Entry &e : readTs(QStringLiteral(CSIRTKIT_SOURCE_DIR "/translations/csirtkit_ja.ts")))
        if (e.finished)
            known.insert(e.context + QChar(0) + e.source);
    const auto found = readTs(scanned);
    QVERIFY(found.size() > 50);
    QStringList missing;
    for (const Entry &e : found)
        if (!known.contains(e.context + QChar(0) + e.source))
            missing << e.context + QStringLiteral(": ") + e.source;
    QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 strings have no Japanese translation (run tools/dev "
                                                          "translations, then translate):\n")
                                               .arg(missing.size())
                                           + missing.join(QLatin1Char('\n'))));
}

void TestTranslations::japaneseIsLoadedAtRuntime()
{
    QCOMPARE(Language::apply(QStringLiteral("ja")), QStringLiteral("ja"));
    QCOMPARE(OrgProfile::label(OrgProfile::Field::Name), QStringLiteral("組織名"));
    QCOMPARE(Language::apply(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(OrgProfile::label(OrgProfile::Field::Name), QStringLiteral("Organisation name"));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
