#include "incidents/TasksTab.h"

#include <QTest>

class TestTasksTab : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void skeleton() { QSKIP("to be written"); }
};

QTEST_MAIN(TestTasksTab)
#include "tst_taskstab.moc"
