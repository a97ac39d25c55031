#include "incidents/CommunicationsTab.h"

#include <QTest>

class TestCommunicationsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_MAIN(TestCommunicationsTab)
#include "tst_communicationstab.moc"
