#include "incidents/EvidenceTab.h"

#include <QTest>

class TestEvidenceTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_MAIN(TestEvidenceTab)
#include "tst_evidencetab.moc"
