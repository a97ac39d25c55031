#include <QTest>

class TestCsvExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_GUILESS_MAIN(TestCsvExporter)
#include "tst_csvexporter.moc"
