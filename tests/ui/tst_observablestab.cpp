#include "incidents/ObservablesTab.h"

#include <QTest>

class TestObservablesTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_MAIN(TestObservablesTab)
#include "tst_observablestab.moc"
