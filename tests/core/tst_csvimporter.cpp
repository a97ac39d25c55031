#include <QTest>

class TestCsvImporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_GUILESS_MAIN(TestCsvImporter)
#include "tst_csvimporter.moc"
