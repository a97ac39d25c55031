#include <QTest>

class TestStixExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_GUILESS_MAIN(TestStixExporter)
#include "tst_stixexporter.moc"
