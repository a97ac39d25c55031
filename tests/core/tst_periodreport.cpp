#include <QTest>

class TestPeriodReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_GUILESS_MAIN(TestPeriodReport)
#include "tst_periodreport.moc"
