#include "MainWindowFixture.h"

#include "common/FileDialog.h"
#include "incidents/IncidentGenerator.h"
#include "incidents/IncidentRepository.h"
#include "incidents/IncidentListModel.h"
#include "incidents/IncidentListPanel.h"
#include "incidents/IncidentsPage.h"
#include "reports/MetricsChart.h"
#include "reports/MetricsPage.h"
#include "workspace/SqlUtil.h"
#include "workspace/Workspace.h"

#include <QImage>
#include <QLabel>
#include <QRegularExpression>
#include <QPushButton>
#include <QTableWidget>

using namespace csirtkit;

class TestMetricsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { fixtures::MainWindowFixture::initTestCase(); }
    void init()
    {
        f.init();
        QVERIFY(IncidentGenerator::generate(f.workspace(), 200, 3).ok());
        f.window->session()->notifyChanged(QStringLiteral("incident"));
        QVERIFY(f.window->showPage(QStringLiteral("metrics")));
        page = f.window->findChild<MetricsPage *>();
        page->setPeriod(QDate::currentDate().addYears(-3), QDate::currentDate());
    }
    void cleanup() { f.cleanup(); }
    void showsTheFigures();
    void figuresLeadToTheIncidents();
    void chartIsSavedAsPng();

private:
    IncidentListPanel *list() const { return f.window->findChild<IncidentsPage *>()->list(); }

    fixtures::MainWindowFixture f;
    MetricsPage *page = nullptr;
};

void TestMetricsPage::showsTheFigures()
{
    QVERIFY2(f.find<QLabel>(QStringLiteral("metricsSummaryLabel"))->text().startsWith(QStringLiteral("200 incidents logged")),
             qPrintable(f.find<QLabel>(QStringLiteral("metricsSummaryLabel"))->text()));
    const QString durations = f.find<QLabel>(QStringLiteral("metricsDurationsLabel"))->text();
    QVERIFY2(durations.contains(QStringLiteral("to triage: mean")), qPrintable(durations));
    // Each figure in one unit: its mean and median both in hours or both in days.
    static const QRegularExpression figure(QStringLiteral(R"(mean [\d.,]+ ([hd]), median [\d.,]+ ([hd]) \((\d+) incidents?\))"));
    int figures = 0;
    for (auto it = figure.globalMatch(durations); it.hasNext(); ++figures) {
        const auto match = it.next();
        QCOMPARE(match.captured(1), match.captured(2));
    }
    QCOMPARE(figures, 3);
    QVERIFY(!durations.contains(QStringLiteral("(s)")));
    auto *open = f.find<QTableWidget>(QStringLiteral("openByAgeTableWidget"));
    const int openCount = sql::scalar(f.workspace().db(), QStringLiteral("SELECT count(*) FROM incident WHERE status IN "
                                                                        "('new', 'triage', 'response')"))->toInt();
    int total = 0;
    for (int row = 0; row < 4; ++row)
        total += open->item(row, 4)->text().toInt();
    QCOMPARE(total, openCount);
    // The Total column shows its figures whole, also in a narrow window.
    f.window->resize(1024, 768);
    QCoreApplication::processEvents();
    const QFontMetrics metrics = open->fontMetrics();
    for (int row = 0; row < 4; ++row)
        QVERIFY2(open->columnWidth(4) >= metrics.horizontalAdvance(open->item(row, 4)->text()) + 8, qPrintable(open->item(row, 4)->text()));
    QVERIFY(open->columnWidth(4) >= metrics.horizontalAdvance(open->horizontalHeaderItem(4)->text()));
    QVERIFY(open->columnViewportPosition(4) + open->columnWidth(4) <= open->viewport()->width());
    QVERIFY(f.find<QTableWidget>(QStringLiteral("topObservablesTableWidget"))->rowCount() > 0);
    // A new incident shows at once.
    IncidentDraft draft;
    draft.title = QStringLiteral("One more");
    QVERIFY(IncidentRepository(f.workspace()).create(draft, QStringLiteral("Aiko")).ok());
    f.window->session()->notifyChanged(QStringLiteral("incident"));
    QVERIFY(f.find<QLabel>(QStringLiteral("metricsSummaryLabel"))->text().startsWith(QStringLiteral("201 incidents")));
}

void TestMetricsPage::figuresLeadToTheIncidents()
{
    auto *open = f.find<QTableWidget>(QStringLiteral("openByAgeTableWidget"));
    Q_EMIT open->cellActivated(0, 4);
    QCOMPARE(f.window->currentPageId(), QStringLiteral("incidents"));
    QCOMPARE(list()->filter().priorities, QStringList { QStringLiteral("P1") });
    QCOMPARE(list()->filter().statuses, IncidentFilter::openStatuses());
    QCOMPARE(list()->model()->rowCount(), open->item(0, 4)->text().toInt());

    f.window->showPage(QStringLiteral("metrics"));
    auto *chart = f.find<MetricsChart>(QStringLiteral("metricsChart"));
    const QDate month(QDate::currentDate().year(), QDate::currentDate().month(), 1);
    Q_EMIT chart->segmentClicked(month, QStringLiteral("fraud"));
    QCOMPARE(list()->filter().rsitClass, QStringLiteral("fraud"));
    QCOMPARE(list()->filter().loggedFrom, month);

    f.window->showPage(QStringLiteral("metrics"));
    auto *top = f.find<QTableWidget>(QStringLiteral("topObservablesTableWidget"));
    const QString value = top->item(0, 1)->data(Qt::UserRole).toString();
    Q_EMIT top->cellActivated(0, 1);
    QVERIFY(list()->filter().text.contains(value));
    QCOMPARE(list()->model()->rowCount(), top->item(0, 2)->text().toInt());
}

void TestMetricsPage::chartIsSavedAsPng()
{
    const QString path = f.dir->filePath(QStringLiteral("chart.png"));
    FileDialog::setNextFileName(path);
    f.find<QPushButton>(QStringLiteral("saveChartButton"))->click();
    QImage image(path);
    QCOMPARE(image.size(), QSize(1200, 500));
    // Bars were drawn: more than the background colour in the picture.
    QSet<QRgb> colours;
    for (int x = 0; x < image.width(); x += 7)
        colours.insert(image.pixel(x, 400));
    QVERIFY(colours.size() > 3);
}

QTEST_MAIN(TestMetricsPage)
#include "tst_metricspage.moc"
