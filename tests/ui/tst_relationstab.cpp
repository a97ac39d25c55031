#include "incidents/RelationsTab.h"

#include <QTest>

class TestRelationsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_MAIN(TestRelationsTab)
#include "tst_relationstab.moc"
