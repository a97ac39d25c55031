#include <QTest>

class TestMispExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_GUILESS_MAIN(TestMispExchange)
#include "tst_mispexchange.moc"
