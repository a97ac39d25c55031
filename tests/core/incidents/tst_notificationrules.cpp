#include "IncidentFixture.h"

#include "incidents/NotificationRules.h"
#include "workspace/SqlUtil.h"

using namespace csirtkit;

class TestNotificationRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void shippedRulesCoverTheRegulations();
    void workspaceRulesAreCheckedSavedAndRemoved();
    void keysAreMadeFromTitles();
};

void TestNotificationRules::shippedRulesCoverTheRegulations()
{
    QStringList keys;
    for (const NotificationRule &rule : NotificationRules::shipped()) {
        keys << rule.key;
        QVERIFY2(!rule.title.en.isEmpty() && !rule.title.ja.isEmpty(), qPrintable(rule.key));
        QVERIFY(!rule.authority.ja.isEmpty());
        for (const NotificationObligation &o : rule.obligations) {
            QVERIFY2(!o.title.en.isEmpty() && !o.title.ja.isEmpty() && !o.hint.ja.isEmpty(), qPrintable(o.key));
            // The regulator's items for the draft notice, in both languages.
            QVERIFY2(o.items.size() >= 2, qPrintable(rule.key + QLatin1Char('/') + o.key));
            for (const NoticeItem &item : o.items)
                QVERIFY2(!item.title.en.isEmpty() && !item.title.ja.isEmpty() && !item.hint.en.isEmpty() && !item.hint.ja.isEmpty(),
                         qPrintable(item.title.en));
        }
        // What a rule says survives its JSON form (workspace rules are stored so).
        const NotificationRule copy = NotificationRule::fromJson(rule.toJson()).value();
        QCOMPARE(copy.obligations.size(), rule.obligations.size());
        for (qsizetype i = 0; i < rule.obligations.size(); ++i) {
            QCOMPARE(copy.obligations.at(i).items.size(), rule.obligations.at(i).items.size());
            QCOMPARE(copy.obligations.at(i).items.constLast().hint.ja, rule.obligations.at(i).items.constLast().hint.ja);
        }
    }
    QCOMPARE(NotificationRules::shipped().at(0).obligations.at(0).items.size(), 9); // APPI: the nine items of the rules' art. 8
    QCOMPARE(keys, (QStringList { QStringLiteral("jp_appi"), QStringLiteral("jp_appi_wrongful"), QStringLiteral("gdpr_art33"),
                                  QStringLiteral("nis2_art23") }));
    const NotificationRule &gdpr = NotificationRules::shipped().at(2);
    QCOMPARE(gdpr.obligations.size(), 1);
    QCOMPARE(gdpr.obligations.first().hours, 72);
    const NotificationRule &appi = NotificationRules::shipped().at(0);
    QCOMPARE(appi.obligations.at(1).days, 30);
    QCOMPARE(NotificationRules::shipped().at(1).obligations.at(1).days, 60);
    const NotificationRule &nis2 = NotificationRules::shipped().at(3);
    QCOMPARE(nis2.obligations.at(0).hours, 24);
    QCOMPARE(nis2.obligations.at(2).after, QStringLiteral("notification"));
    QCOMPARE(nis2.obligations.at(2).months, 1);
}

void TestNotificationRules::workspaceRulesAreCheckedSavedAndRemoved()
{
    fixtures::Incidents fx;
    NotificationRules rules(*fx.workspace);
    NotificationRule contract;
    contract.key = QStringLiteral("customer_contract");
    contract.title = { QStringLiteral("Customer contract: security incident notice"), QStringLiteral("顧客契約：インシデント通知") };
    contract.authority = { QStringLiteral("Customer's security contact"), QStringLiteral("顧客のセキュリティ窓口") };
    NotificationObligation notice;
    notice.key = QStringLiteral("notice");
    notice.title = { QStringLiteral("Notice to the customer"), QStringLiteral("顧客への通知") };
    notice.hours = 48;
    contract.obligations << notice;
    QVERIFY(rules.save(contract).ok());
    auto all = rules.all().value();
    QCOMPARE(all.size(), NotificationRules::shipped().size() + 1);
    QCOMPARE(all.last().key, contract.key);
    QVERIFY(!all.last().shipped);
    QCOMPARE(rules.rule(contract.key)->obligations.first().hours, 48);

    NotificationRule bad = contract;
    bad.obligations.first().hours = 0; // no deadline
    QVERIFY(!rules.save(bad).ok());
    bad = contract;
    bad.obligations.first().after = QStringLiteral("nothing");
    QVERIFY(!rules.save(bad).ok());
    bad = contract;
    bad.key = QStringLiteral("gdpr_art33"); // shipped rules stay as shipped
    QVERIFY(!rules.save(bad).ok());
    bad.key = QStringLiteral("Bad Key!");
    QVERIFY(!rules.save(bad).ok());
    QCOMPARE(sql::scalar(fx.workspace->db(), QStringLiteral("SELECT count(*) FROM notification_rule"))->toInt(), 1);

    QVERIFY(rules.remove(contract.key).ok());
    QCOMPARE(rules.remove(contract.key).error().code, ErrorCode::NotFound);
}

void TestNotificationRules::keysAreMadeFromTitles()
{
    QCOMPARE(NotificationRules::keyFor(QStringLiteral("Customer contract notice"), {}), QStringLiteral("customer_contract_notice"));
    QCOMPARE(NotificationRules::keyFor(QStringLiteral("  ISMAP / Café rule (v2) "), {}), QStringLiteral("ismap_cafe_rule_v2"));
    QCOMPARE(NotificationRules::keyFor(QStringLiteral("Customer contract"), { QStringLiteral("customer_contract") }),
             QStringLiteral("customer_contract_2"));
    QCOMPARE(NotificationRules::keyFor(QStringLiteral("取引先への通知"), { QStringLiteral("rule_1") }), QStringLiteral("rule_2"));
    const QString long_ = NotificationRules::keyFor(QString(60, QLatin1Char('a')), {});
    QVERIFY(long_.size() <= 40);
    // What it makes is a key the rules accept.
    NotificationRule rule;
    rule.key = NotificationRules::keyFor(QStringLiteral("取引先への通知"), {});
    rule.title = { QString(), QStringLiteral("取引先への通知") };
    NotificationObligation notice;
    notice.key = QStringLiteral("step_1");
    notice.title = { QStringLiteral("Notice"), QStringLiteral("通知") };
    notice.hours = 24;
    rule.obligations = { notice };
    QVERIFY(NotificationRule::fromJson(rule.toJson()).ok());
}

QTEST_GUILESS_MAIN(TestNotificationRules)
#include "tst_notificationrules.moc"
