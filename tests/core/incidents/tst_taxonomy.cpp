#include "incidents/Taxonomy.h"

#include <QSet>
#include <QStandardPaths>
#include <QTest>

using namespace csirtkit;

namespace {

QStringList keysOf(const QList<TaxonomyTerm> &terms)
{
    QStringList keys;
    for (const TaxonomyTerm &t : terms)
        keys << t.key;
    return keys;
}

} // namespace

class TestTaxonomy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void rsitHasElevenClassesAndThirtyNineTypes();
    void jpcertHasEightCategories();
    void everyRsitTypeMapsToAnExistingJpcertCategory();
    void tlpHasFiveLabels();
    void statusesPrioritiesAndLevels();
    void priorityMatrix();
    void unknownKeysAreRejected();
    void everyTitleIsBilingual();
};

void TestTaxonomy::rsitHasElevenClassesAndThirtyNineTypes()
{
    const Taxonomy &tax = Taxonomy::instance();
    QStringList classes;
    int types = 0;
    QSet<QString> seen;
    for (const RsitClass &c : tax.rsit()) {
        classes << c.term.key;
        QVERIFY2(!c.types.isEmpty(), qPrintable(c.term.key));
        for (const TaxonomyTerm &t : c.types) {
            ++types;
            const QString pair = c.term.key + QLatin1Char('/') + t.key;
            QVERIFY2(!seen.contains(pair), qPrintable(pair));
            seen.insert(pair);
            QVERIFY2(tax.isRsit(c.term.key, t.key), qPrintable(pair));
        }
    }
    QCOMPARE(classes,
             QStringList({ QStringLiteral("abusive-content"), QStringLiteral("malicious-code"),
                           QStringLiteral("information-gathering"), QStringLiteral("intrusion-attempts"),
                           QStringLiteral("intrusions"), QStringLiteral("availability"),
                           QStringLiteral("information-content-security"), QStringLiteral("fraud"),
                           QStringLiteral("vulnerable"), QStringLiteral("other"), QStringLiteral("test") }));
    QCOMPARE(classes.size(), 11);
    QCOMPARE(types, 39);
    QVERIFY(tax.isRsit(QStringLiteral("fraud"), QStringLiteral("phishing")));
    QVERIFY(tax.isRsit(QStringLiteral("availability"), QStringLiteral("ddos")));
    // A type belongs to its own class only.
    QVERIFY(!tax.isRsit(QStringLiteral("availability"), QStringLiteral("phishing")));
    QVERIFY(!tax.isRsit(QStringLiteral("fraud"), QStringLiteral("ddos")));
}

void TestTaxonomy::jpcertHasEightCategories()
{
    const Taxonomy &tax = Taxonomy::instance();
    QCOMPARE(keysOf(tax.jpcertCategories()),
             QStringList({ QStringLiteral("phishing_site"), QStringLiteral("defacement"), QStringLiteral("malware_site"),
                           QStringLiteral("scan"), QStringLiteral("dos"), QStringLiteral("ics"),
                           QStringLiteral("targeted_attack"), QStringLiteral("other") }));
    for (const TaxonomyTerm &t : tax.jpcertCategories())
        QVERIFY2(tax.isJpcert(t.key), qPrintable(t.key));
}

void TestTaxonomy::everyRsitTypeMapsToAnExistingJpcertCategory()
{
    const Taxonomy &tax = Taxonomy::instance();
    for (const RsitClass &c : tax.rsit())
        for (const TaxonomyTerm &t : c.types) {
            const QString category = tax.defaultJpcert(c.term.key, t.key);
            QVERIFY2(!category.isEmpty(), qPrintable(c.term.key + QLatin1Char('/') + t.key));
            QVERIFY2(tax.isJpcert(category), qPrintable(c.term.key + QLatin1Char('/') + t.key + QStringLiteral(" → ") + category));
        }
    QCOMPARE(tax.defaultJpcert(QStringLiteral("fraud"), QStringLiteral("phishing")), QStringLiteral("phishing_site"));
    QCOMPARE(tax.defaultJpcert(QStringLiteral("availability"), QStringLiteral("ddos")), QStringLiteral("dos"));
    QCOMPARE(tax.defaultJpcert(QStringLiteral("availability"), QStringLiteral("dos")), QStringLiteral("dos"));
    QCOMPARE(tax.defaultJpcert(QStringLiteral("information-gathering"), QStringLiteral("scanner")), QStringLiteral("scan"));
    QCOMPARE(tax.defaultJpcert(QStringLiteral("malicious-code"), QStringLiteral("malware-distribution")),
             QStringLiteral("malware_site"));
    QCOMPARE(tax.defaultJpcert(QStringLiteral("information-content-security"),
                               QStringLiteral("unauthorised-information-modification")),
             QStringLiteral("defacement"));
    // Unmapped pairs fall back to "other".
    QCOMPARE(tax.defaultJpcert(QStringLiteral("fraud"), QStringLiteral("nonsense")), QStringLiteral("other"));
    QCOMPARE(tax.defaultJpcert(QString(), QString()), QStringLiteral("other"));
}

void TestTaxonomy::tlpHasFiveLabels()
{
    const Taxonomy &tax = Taxonomy::instance();
    QStringList keys;
    for (const TlpLabel &l : tax.tlp()) {
        keys << l.key;
        QVERIFY2(tax.isTlp(l.key), qPrintable(l.key));
        QVERIFY2(!l.color.isEmpty(), qPrintable(l.key));
        QVERIFY2(!l.textColor.isEmpty(), qPrintable(l.key));
        QVERIFY2(!l.background.isEmpty(), qPrintable(l.key));
        QVERIFY2(!l.description.en.isEmpty() && !l.description.ja.isEmpty(), qPrintable(l.key));
    }
    QCOMPARE(keys, QStringList({ QStringLiteral("TLP:RED"), QStringLiteral("TLP:AMBER+STRICT"), QStringLiteral("TLP:AMBER"),
                                 QStringLiteral("TLP:GREEN"), QStringLiteral("TLP:CLEAR") }));
}

void TestTaxonomy::statusesPrioritiesAndLevels()
{
    const Taxonomy &tax = Taxonomy::instance();
    QCOMPARE(keysOf(tax.statuses()),
             QStringList({ QStringLiteral("new"), QStringLiteral("triage"), QStringLiteral("response"), QStringLiteral("resolved"),
                           QStringLiteral("closed"), QStringLiteral("rejected"), QStringLiteral("duplicate") }));
    for (const TaxonomyTerm &t : tax.statuses()) {
        const TaxonomyTerm *found = tax.status(t.key);
        QVERIFY2(found, qPrintable(t.key));
        QCOMPARE(found->key, t.key);
    }
    QCOMPARE(tax.status(QStringLiteral("open")), nullptr);
    QCOMPARE(keysOf(tax.priorities()),
             QStringList({ QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4") }));
    QCOMPARE(keysOf(tax.levels()), QStringList({ QStringLiteral("high"), QStringLiteral("medium"), QStringLiteral("low") }));
    QCOMPARE(keysOf(tax.reportChannels()),
             QStringList({ QStringLiteral("internal_user"), QStringLiteral("monitoring"), QStringLiteral("external_csirt"),
                           QStringLiteral("customer"), QStringLiteral("vendor"), QStringLiteral("police_regulator"),
                           QStringLiteral("other") }));
    for (const TaxonomyTerm &t : tax.reportChannels())
        QVERIFY2(tax.isChannel(t.key), qPrintable(t.key));
    for (const TaxonomyTerm &t : tax.levels())
        QVERIFY2(tax.isLevel(t.key), qPrintable(t.key));
}

void TestTaxonomy::priorityMatrix()
{
    const Taxonomy &tax = Taxonomy::instance();
    QCOMPARE(tax.priority(QStringLiteral("high"), QStringLiteral("high")), QStringLiteral("P1"));
    QCOMPARE(tax.priority(QStringLiteral("low"), QStringLiteral("low")), QStringLiteral("P4"));
    QCOMPARE(tax.priority(QStringLiteral("medium"), QStringLiteral("medium")), QStringLiteral("P3"));
    // Every cell of the matrix is a known priority.
    const QStringList priorities = keysOf(tax.priorities());
    for (const TaxonomyTerm &impact : tax.levels())
        for (const TaxonomyTerm &urgency : tax.levels())
            QVERIFY2(priorities.contains(tax.priority(impact.key, urgency.key)),
                     qPrintable(impact.key + QLatin1Char('/') + urgency.key));
    QCOMPARE(tax.priority(QStringLiteral("critical"), QStringLiteral("high")), QString());
    QCOMPARE(tax.priority(QStringLiteral("high"), QString()), QString());
}

void TestTaxonomy::unknownKeysAreRejected()
{
    const Taxonomy &tax = Taxonomy::instance();
    QVERIFY(!tax.isRsit(QStringLiteral("nonsense"), QStringLiteral("spam")));
    QVERIFY(!tax.isRsit(QStringLiteral("abusive-content"), QStringLiteral("nonsense")));
    QVERIFY(!tax.isRsit(QString(), QString()));
    QVERIFY(!tax.isRsit(QStringLiteral("Fraud"), QStringLiteral("Phishing")));
    QVERIFY(!tax.isJpcert(QStringLiteral("nonsense")));
    QVERIFY(!tax.isJpcert(QString()));
    QVERIFY(!tax.isJpcert(QStringLiteral("phishing-site")));
    QVERIFY(!tax.isTlp(QStringLiteral("TLP:WHITE")));
    QVERIFY(!tax.isTlp(QStringLiteral("AMBER")));
    QVERIFY(!tax.isTlp(QStringLiteral("tlp:amber")));
    QVERIFY(!tax.isTlp(QString()));
    QVERIFY(!tax.isChannel(QStringLiteral("carrier-pigeon")));
    QVERIFY(!tax.isChannel(QString()));
    QVERIFY(!tax.isLevel(QStringLiteral("critical")));
    QVERIFY(!tax.isLevel(QStringLiteral("High")));
    QVERIFY(!tax.isLevel(QString()));
}

void TestTaxonomy::everyTitleIsBilingual()
{
    const Taxonomy &tax = Taxonomy::instance();
    QStringList missing;
    int checked = 0;
    const auto check = [&](const TaxonomyTerm &t, const char *group) {
        ++checked;
        const QString where = QString::fromLatin1(group) + QLatin1Char(' ') + t.key;
        if (t.key.isEmpty())
            missing << where + QStringLiteral(": no key");
        if (t.title.en.trimmed().isEmpty())
            missing << where + QStringLiteral(": no English title");
        if (t.title.ja.trimmed().isEmpty())
            missing << where + QStringLiteral(": no Japanese title");
    };
    for (const RsitClass &c : tax.rsit()) {
        check(c.term, "rsit class");
        for (const TaxonomyTerm &t : c.types)
            check(t, "rsit type");
    }
    for (const TaxonomyTerm &t : tax.jpcertCategories())
        check(t, "jpcert");
    for (const TaxonomyTerm &t : tax.reportChannels())
        check(t, "channel");
    for (const TaxonomyTerm &t : tax.statuses())
        check(t, "status");
    for (const TaxonomyTerm &t : tax.priorities())
        check(t, "priority");
    for (const TaxonomyTerm &t : tax.levels())
        check(t, "level");
    QCOMPARE(missing, QStringList());
    QCOMPARE(checked, 11 + 39 + 8 + 7 + 7 + 4 + 3);
}

QTEST_GUILESS_MAIN(TestTaxonomy)
#include "tst_taxonomy.moc"
