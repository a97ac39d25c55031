#include <QTest>

class TestIncidentReport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_GUILESS_MAIN(TestIncidentReport)
#include "tst_incidentreport.moc"
