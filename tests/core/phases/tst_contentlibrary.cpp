#include "phases/ContentLibrary.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace csirtkit;

namespace {

QStringList stepKeys(const ContentPhase &phase)
{
    QStringList keys;
    for (const ContentStep &step : phase.steps)
        keys << step.key;
    return keys;
}

// Collects "where: which language" for every text that is missing a language.
void checkText(const LocalText &text, const QString &where, QStringList &missing)
{
    if (text.en.trimmed().isEmpty())
        missing << where + QStringLiteral(": en");
    if (text.ja.trimmed().isEmpty())
        missing << where + QStringLiteral(": ja");
}

void checkTexts(const QList<LocalText> &list, const QString &where, QStringList &missing)
{
    for (qsizetype i = 0; i < list.size(); ++i)
        checkText(list.at(i), where + QStringLiteral("[%1]").arg(i), missing);
}

} // namespace

class TestContentLibrary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void phasesAreInOrder();
    void conceptPhaseHasItsFourSteps();
    void buildPhaseHasItsEightSteps();
    void topicsAreNumberedAndReferenced();
    void checklistIsSubstantialWithUniqueKeys();
    void everyTextIsBilingual();
    void servicesFollowTheFirstFramework();
    void orgModelsIncludeJpcertModels();
    void fingerprintIsStable();
};

void TestContentLibrary::phasesAreInOrder()
{
    const ContentLibrary &library = ContentLibrary::instance();
    QStringList keys;
    for (const ContentPhase &phase : library.phases())
        keys << phase.key;
    QCOMPARE(keys, (QStringList { QStringLiteral("concept"), QStringLiteral("build"), QStringLiteral("operation") }));
    QCOMPARE(keys, ContentLibrary::phaseKeys());
    for (const ContentPhase &phase : library.phases()) {
        QVERIFY2(!phase.steps.isEmpty(), qPrintable(phase.key));
        for (const ContentStep &step : phase.steps) {
            QCOMPARE(step.phase, phase.key);
            QVERIFY2(step.key.startsWith(phase.key + QLatin1Char('.')), qPrintable(step.key));
        }
    }
    QCOMPARE(library.phaseTitle(QStringLiteral("build"), QStringLiteral("en")), library.phases().at(1).title.en);
    QCOMPARE(library.phaseTitle(QStringLiteral("build"), QStringLiteral("ja")), library.phases().at(1).title.ja);
    QCOMPARE(library.phaseTitle(QStringLiteral("nope"), QStringLiteral("en")), QStringLiteral("nope"));
}

void TestContentLibrary::conceptPhaseHasItsFourSteps()
{
    const ContentPhase &conceptPhase = ContentLibrary::instance().phases().at(0);
    QCOMPARE(conceptPhase.key, QStringLiteral("concept"));
    QCOMPARE(stepKeys(conceptPhase),
             (QStringList { QStringLiteral("concept.management_risk"), QStringLiteral("concept.response_capability"),
                            QStringLiteral("concept.governance"), QStringLiteral("concept.approval") }));
}

void TestContentLibrary::buildPhaseHasItsEightSteps()
{
    const ContentPhase &build = ContentLibrary::instance().phases().at(1);
    QCOMPARE(build.key, QStringLiteral("build"));
    QCOMPARE(stepKeys(build),
             (QStringList { QStringLiteral("build.management_understanding"), QStringLiteral("build.current_state"),
                            QStringLiteral("build.project_team"), QStringLiteral("build.design_plan"),
                            QStringLiteral("build.budget_people"), QStringLiteral("build.policies_procedures"),
                            QStringLiteral("build.training_exercises"), QStringLiteral("build.announcement_start") }));
}

void TestContentLibrary::topicsAreNumberedAndReferenced()
{
    const ContentLibrary &library = ContentLibrary::instance();
    QCOMPARE(library.topics().size(), 11);
    QSet<QString> topicKeys;
    for (qsizetype i = 0; i < library.topics().size(); ++i) {
        const ContentTopic &topic = library.topics().at(i);
        QCOMPARE(topic.number, int(i) + 1);
        QVERIFY(!topic.key.isEmpty());
        QCOMPARE(library.topic(topic.key), &topic);
        topicKeys.insert(topic.key);
    }
    QCOMPARE(topicKeys.size(), 11);
    QCOMPARE(library.topic(QStringLiteral("no_such_topic")), nullptr);

    // Every step refers only to existing topics.
    for (const ContentPhase &phase : library.phases())
        for (const ContentStep &step : phase.steps)
            for (const QString &key : step.topics)
                QVERIFY2(topicKeys.contains(key), qPrintable(step.key + QStringLiteral(" → ") + key));

    // The topics are the build material's sections: each is referenced by at least one build step.
    QSet<QString> referencedByBuild;
    for (const ContentStep &step : library.phases().at(1).steps)
        for (const QString &key : step.topics)
            referencedByBuild.insert(key);
    for (const ContentTopic &topic : library.topics())
        QVERIFY2(referencedByBuild.contains(topic.key), qPrintable(topic.key));
}

void TestContentLibrary::checklistIsSubstantialWithUniqueKeys()
{
    QSet<QString> keys;
    int total = 0;
    for (const ContentPhase &phase : ContentLibrary::instance().phases()) {
        for (const ContentStep &step : phase.steps) {
            QVERIFY2(!step.items.isEmpty(), qPrintable(step.key));
            for (const ContentItem &item : step.items) {
                QVERIFY2(!item.key.isEmpty(), qPrintable(step.key));
                QVERIFY2(!keys.contains(item.key), qPrintable(item.key));
                keys.insert(item.key);
                ++total;
            }
        }
    }
    QVERIFY2(total >= 60, qPrintable(QString::number(total)));
    QCOMPARE(keys.size(), total);
}

void TestContentLibrary::everyTextIsBilingual()
{
    const ContentLibrary &library = ContentLibrary::instance();
    QStringList missing;
    for (const ContentTopic &topic : library.topics()) {
        checkText(topic.title, topic.key + QStringLiteral(".title"), missing);
        checkText(topic.summary, topic.key + QStringLiteral(".summary"), missing);
    }
    for (const ContentPhase &phase : library.phases()) {
        checkText(phase.title, phase.key + QStringLiteral(".title"), missing);
        checkText(phase.summary, phase.key + QStringLiteral(".summary"), missing);
        for (const ContentStep &step : phase.steps) {
            checkText(step.title, step.key + QStringLiteral(".title"), missing);
            checkText(step.purpose, step.key + QStringLiteral(".purpose"), missing);
            checkText(step.guidance, step.key + QStringLiteral(".guidance"), missing);
            QVERIFY2(!step.deliverables.isEmpty(), qPrintable(step.key));
            checkTexts(step.deliverables, step.key + QStringLiteral(".deliverables"), missing);
            for (const ContentItem &item : step.items)
                checkText(item.text, item.key, missing);
        }
    }
    for (const ContentServiceArea &area : library.serviceAreas()) {
        checkText(area.title, area.key + QStringLiteral(".title"), missing);
        checkText(area.summary, area.key + QStringLiteral(".summary"), missing);
        for (const ContentService &service : area.services) {
            checkText(service.title, service.key + QStringLiteral(".title"), missing);
            checkText(service.description, service.key + QStringLiteral(".description"), missing);
            checkTexts(service.functions, service.key + QStringLiteral(".functions"), missing);
        }
    }
    for (const ContentOrgModel &model : library.orgModels()) {
        checkText(model.title, model.key + QStringLiteral(".title"), missing);
        checkText(model.description, model.key + QStringLiteral(".description"), missing);
        checkTexts(model.pros, model.key + QStringLiteral(".pros"), missing);
        checkTexts(model.cons, model.key + QStringLiteral(".cons"), missing);
        checkText(model.fitsWhen, model.key + QStringLiteral(".fits_when"), missing);
    }
    QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));

    // LocalText::in picks the language, falling back to English for anything but "ja".
    const LocalText &title = library.phases().at(0).title;
    QCOMPARE(title.in(QStringLiteral("ja")), title.ja);
    QCOMPARE(title.in(QStringLiteral("en")), title.en);
    QCOMPARE(title.in(QStringLiteral("de")), title.en);
}

void TestContentLibrary::servicesFollowTheFirstFramework()
{
    const ContentLibrary &library = ContentLibrary::instance();
    QCOMPARE(library.serviceAreas().size(), 5);
    QSet<QString> keys;
    int total = 0;
    for (qsizetype i = 0; i < library.serviceAreas().size(); ++i) {
        const ContentServiceArea &area = library.serviceAreas().at(i);
        QCOMPARE(area.number, int(i) + 1);
        QVERIFY2(!area.services.isEmpty(), qPrintable(area.key));
        for (const ContentService &service : area.services) {
            QCOMPARE(service.areaKey, area.key);
            QVERIFY2(!keys.contains(service.key), qPrintable(service.key));
            keys.insert(service.key);
            QCOMPARE(library.service(service.key), &service);
            ++total;
        }
    }
    QCOMPARE(total, 21);
    QCOMPARE(library.service(QStringLiteral("no_such_service")), nullptr);
}

void TestContentLibrary::orgModelsIncludeJpcertModels()
{
    const ContentLibrary &library = ContentLibrary::instance();
    QVERIFY(!library.orgModels().isEmpty());
    const ContentOrgModel *model = library.orgModel(QStringLiteral("jpcert_cross_department"));
    QVERIFY(model);
    QCOMPARE(model->key, QStringLiteral("jpcert_cross_department"));
    QVERIFY(!model->source.isEmpty());
    QVERIFY(!model->pros.isEmpty());
    QVERIFY(!model->cons.isEmpty());
    QSet<QString> keys;
    for (const ContentOrgModel &m : library.orgModels()) {
        QVERIFY2(!keys.contains(m.key), qPrintable(m.key));
        keys.insert(m.key);
    }
    QCOMPARE(library.orgModel(QStringLiteral("no_such_model")), nullptr);
}

void TestContentLibrary::fingerprintIsStable()
{
    const QByteArray first = ContentLibrary::instance().fingerprint();
    QVERIFY(!first.isEmpty());
    QCOMPARE(first.size(), 64); // SHA-256 in hex
    QCOMPARE(ContentLibrary::instance().fingerprint(), first);
    QCOMPARE(&ContentLibrary::instance(), &ContentLibrary::instance());
}

QTEST_GUILESS_MAIN(TestContentLibrary)
#include "tst_contentlibrary.moc"
