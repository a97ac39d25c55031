// The status-change dialog: an optional comment on every step, a required reason when rejecting,
// and before resolving or closing, what is still open, the lessons learned, and "anyway" with a reason.

#include "incidents/TransitionDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTest>

using namespace csirtkit;

class TestTransitionDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyStepTakesAnOptionalComment();
    void rejectingNeedsAReason();
    void resolvingListsWhatIsOpen();

private:
    static QPushButton *ok(TransitionDialog &d) { return d.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok); }
    static QPlainTextEdit *edit(TransitionDialog &d, const char *name) { return d.findChild<QPlainTextEdit *>(QLatin1String(name)); }
};

void TestTransitionDialog::everyStepTakesAnOptionalComment()
{
    TransitionDialog triage(QStringLiteral("new"), QStringLiteral("triage"));
    triage.show();
    QVERIFY(ok(triage)->isEnabled()); // no comment needed
    QCOMPARE(ok(triage)->text(), QStringLiteral("Start Triage"));
    QVERIFY(!triage.findChild<QCheckBox *>()->isVisible());
    QVERIFY(!edit(triage, "lessonsEdit")->isVisible());
    edit(triage, "transitionCommentEdit")->setPlainText(QStringLiteral("Looks like a real phish"));
    QCOMPARE(triage.answer().comment, QStringLiteral("Looks like a real phish"));
    QVERIFY(!triage.answer().lessons);
}

void TestTransitionDialog::rejectingNeedsAReason()
{
    TransitionDialog reject(QStringLiteral("new"), QStringLiteral("rejected"));
    reject.show();
    QVERIFY(!ok(reject)->isEnabled());
    edit(reject, "transitionCommentEdit")->setPlainText(QStringLiteral("   "));
    QVERIFY(!ok(reject)->isEnabled());
    edit(reject, "transitionCommentEdit")->setPlainText(QStringLiteral("Announced penetration test"));
    QVERIFY(ok(reject)->isEnabled());
}

void TestTransitionDialog::resolvingListsWhatIsOpen()
{
    TransitionDialog resolve(QStringLiteral("response"), QStringLiteral("resolved"),
                             TransitionDialog::Readiness { { QStringLiteral("2 of 5 tasks not done.") }, QString() });
    resolve.show();
    auto *items = resolve.findChild<QLabel *>(QStringLiteral("openItemsLabel"));
    auto *anyway = resolve.findChild<QCheckBox *>(QStringLiteral("anywayCheckBox"));
    QVERIFY(items->isVisible());
    QVERIFY2(items->text().contains(QStringLiteral("2 of 5 tasks not done.")) && items->text().contains(QStringLiteral("lessons learned")),
             qPrintable(items->text()));
    QVERIFY(anyway->isVisible());
    QVERIFY(!ok(resolve)->isEnabled());
    edit(resolve, "lessonsEdit")->setPlainText(QStringLiteral("Patch the VPN within a week."));
    QVERIFY(!items->text().contains(QStringLiteral("lessons learned"))); // written now
    QVERIFY(!ok(resolve)->isEnabled());
    anyway->setChecked(true);
    QVERIFY(!ok(resolve)->isEnabled()); // "anyway" needs a reason, and the prompt says so
    QVERIFY(resolve.findChild<QLabel *>(QStringLiteral("promptLabel"))->text().contains(QStringLiteral("required")));
    edit(resolve, "transitionCommentEdit")->setPlainText(QStringLiteral("The vendor closes the last task"));
    QVERIFY(ok(resolve)->isEnabled());
    if (const QString shots = qEnvironmentVariable("CSIRTKIT_SHOT_DIR"); !shots.isEmpty()) // to look at it
        resolve.grab().save(shots + QStringLiteral("/transition-resolve.png"));
    const TransitionDialog::Answer answer = resolve.answer();
    QVERIFY(answer.anyway);
    QCOMPARE(answer.lessons.value_or(QString()), QStringLiteral("Patch the VPN within a week."));

    // Nothing open but the lessons: writing them is enough.
    TransitionDialog close(QStringLiteral("resolved"), QStringLiteral("closed"), TransitionDialog::Readiness { {}, QStringLiteral("Done well") });
    close.show();
    QVERIFY(!close.findChild<QLabel *>(QStringLiteral("openItemsLabel"))->isVisible());
    QVERIFY(ok(close)->isEnabled());
    QVERIFY(!close.answer().anyway);
}

QTEST_MAIN(TestTransitionDialog)
#include "tst_transitiondialog.moc"
