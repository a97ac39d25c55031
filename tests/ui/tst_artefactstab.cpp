#include "incidents/ArtefactsTab.h"

#include <QTest>

class TestArtefactsTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_MAIN(TestArtefactsTab)
#include "tst_artefactstab.moc"
