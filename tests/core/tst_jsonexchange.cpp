#include <QTest>

class TestJsonExchange : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_GUILESS_MAIN(TestJsonExchange)
#include "tst_jsonexchange.moc"
