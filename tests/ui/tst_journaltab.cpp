#include "incidents/JournalTab.h"

#include <QTest>

class TestJournalTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_MAIN(TestJournalTab)
#include "tst_journaltab.moc"
