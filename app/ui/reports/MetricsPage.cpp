#include "reports/MetricsPage.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/ToolTip.h"
#include "incidents/IncidentFilter.h"
#include "reports/IncidentMetrics.h"
#include "reports/MetricsChart.h"
#include "incidents/Observable.h"
#include "reports/ReportDialog.h"
#include "workspace/WorkspaceSession.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QSaveFile>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace csirtkit {

namespace {

enum Preset { Last30Days, Last3Months, Last12Months, ThisYear, Custom };

// The mean and the median of one figure in one unit: days once either reaches two days, else hours.
std::pair<QString, QString> inOneUnit(double mean, double median)
{
    const bool days = std::max(mean, median) >= 48;
    const auto text = [days](double value) {
        return days ? MetricsPage::tr("%1 d").arg(QLocale().toString(value / 24.0, 'f', 1))
                    : MetricsPage::tr("%1 h").arg(QLocale().toString(value, 'f', 1));
    };
    return { text(mean), text(median) };
}

} // namespace

MetricsPage::MetricsPage(QWidget *parent) : Page(parent)
{
    buildUi();
    retranslate();
    applyPreset(Last12Months);
}

MetricsPage::~MetricsPage() = default;

void MetricsPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 12, 18, 12);
    m_heading = new QLabel(this);
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    m_heading->setFont(big);
    layout->addWidget(m_heading);
    auto *period = new QHBoxLayout;
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("periodPresetComboBox"));
    m_from = new QDateEdit(this);
    m_from->setObjectName(QStringLiteral("metricsFromDateEdit"));
    m_to = new QDateEdit(this);
    m_to->setObjectName(QStringLiteral("metricsToDateEdit"));
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_savePng = new QPushButton(this);
    m_savePng->setObjectName(QStringLiteral("saveChartButton"));
    period->addWidget(m_preset);
    period->addWidget(m_from);
    period->addWidget(m_to);
    period->addStretch(1);
    period->addWidget(m_savePng);
    m_report = new QPushButton(this);
    m_report->setObjectName(QStringLiteral("periodReportButton"));
    period->addWidget(m_report);
    layout->addLayout(period);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("metricsSummaryLabel"));
    m_summary->setWordWrap(true);
    m_durations = new QLabel(this);
    m_durations->setObjectName(QStringLiteral("metricsDurationsLabel"));
    m_durations->setWordWrap(true);
    layout->addWidget(m_summary);
    layout->addWidget(m_durations);
    m_chart = new MetricsChart(this);
    layout->addWidget(m_chart, 2);
    auto *tables = new QGridLayout;
    m_openHeading = new QLabel(this);
    m_topHeading = new QLabel(this);
    for (QLabel *heading : { m_openHeading, m_topHeading })
        heading->setWordWrap(true); // long in Japanese: never widen the page
    m_open = new QTableWidget(4, 5, this);
    m_open->setObjectName(QStringLiteral("openByAgeTableWidget"));
    m_top = new QTableWidget(0, 3, this);
    m_top->setObjectName(QStringLiteral("topObservablesTableWidget"));
    for (QTableWidget *t : { m_open, m_top }) {
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->horizontalHeader()->setStretchLastSection(true);
        t->setMinimumHeight(150);
    }
    // The columns share the width (headings may be cut, never the figures): no sideways scrolling
    // that hides the Total column.
    m_open->horizontalHeader()->setMinimumSectionSize(36);
    m_open->horizontalHeader()->setStretchLastSection(false);
    m_open->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_open->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_top->verticalHeader()->hide();
    m_top->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_top->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    tables->addWidget(m_openHeading, 0, 0);
    tables->addWidget(m_topHeading, 0, 1);
    tables->addWidget(m_open, 1, 0);
    tables->addWidget(m_top, 1, 1);
    layout->addLayout(tables, 1);

    connect(m_preset, &QComboBox::activated, this, &MetricsPage::applyPreset);
    for (QDateEdit *edit : { m_from, m_to })
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            if (!m_preset->signalsBlocked())
                m_preset->setCurrentIndex(Custom);
            refresh();
        });
    connect(m_savePng, &QPushButton::clicked, this, &MetricsPage::saveChart);
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (!m_session)
            return;
        auto *dialog = new ReportDialog(m_session, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setPeriod(m_from->date(), m_to->date());
        dialog->open();
    });
    connect(m_chart, &MetricsChart::segmentClicked, this, [this](const QDate &month, const QString &classKey) {
        IncidentFilter filter;
        filter.loggedFrom = qMax(month, m_from->date());
        filter.loggedTo = qMin(month.addMonths(1).addDays(-1), m_to->date());
        filter.rsitClass = classKey; // '' (not classified) cannot be filtered on: shows the whole month
        Q_EMIT showIncidents(filter);
    });
    connect(m_open, &QTableWidget::cellActivated, this, [this](int row, int) {
        IncidentFilter filter;
        filter.statuses = IncidentFilter::openStatuses();
        filter.priorities = { QStringLiteral("P%1").arg(row + 1) };
        Q_EMIT showIncidents(filter);
    });
    connect(m_top, &QTableWidget::cellActivated, this, [this](int row, int) {
        IncidentFilter filter;
        filter.text = QLatin1Char('"') + m_top->item(row, 1)->data(Qt::UserRole).toString() + QLatin1Char('"');
        Q_EMIT showIncidents(filter);
    });
}

void MetricsPage::retranslate()
{
    m_heading->setText(tr("Incident metrics"));
    const int preset = m_preset->currentIndex();
    const QSignalBlocker block(m_preset);
    m_preset->clear();
    m_preset->addItems({ tr("Last 30 days"), tr("Last 3 months"), tr("Last 12 months"), tr("This year"), tr("Custom period") });
    m_preset->setCurrentIndex(qMax(0, preset));
    m_savePng->setText(tr("Save Chart as PNG…"));
    m_report->setText(tr("Period Report…"));
    m_openHeading->setText(tr("Open incidents by priority and age (activate a row to list them)"));
    m_topHeading->setText(tr("Observables seen in the most incidents"));
    m_open->setHorizontalHeaderLabels({ tr("Under a day"), tr("1–7 days"), tr("7–30 days"), tr("Older"), tr("Total") });
    m_open->setVerticalHeaderLabels({ QStringLiteral("P1"), QStringLiteral("P2"), QStringLiteral("P3"), QStringLiteral("P4") });
    m_top->setHorizontalHeaderLabels({ tr("Type"), tr("Value"), tr("Incidents") });
    m_dirty = true;
    if (isVisible())
        refresh();
}

void MetricsPage::applyPreset(int index)
{
    const QDate today = QDate::currentDate();
    QDate from = m_from->date();
    switch (index) {
    case Last30Days: from = today.addDays(-29); break;
    case Last3Months: from = today.addMonths(-3).addDays(1); break;
    case Last12Months: from = today.addMonths(-12).addDays(1); break;
    case ThisYear: from = QDate(today.year(), 1, 1); break;
    default: return;
    }
    const QSignalBlocker block(m_preset);
    m_preset->setCurrentIndex(index);
    setPeriod(from, today);
}

void MetricsPage::setPeriod(const QDate &from, const QDate &to)
{
    {
        const QSignalBlocker b1(m_from), b2(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    m_dirty = true;
    refresh();
}

void MetricsPage::setSession(WorkspaceSession *session)
{
    m_session = session;
    m_dirty = true;
    connect(session, &WorkspaceSession::changed, this, [this](const QString &entity) {
        if (entity.startsWith(QLatin1String("incident")) || entity == QLatin1String("observable")
            || entity == QLatin1String("priority_matrix")) {
            m_dirty = true;
            if (isVisible())
                refresh();
        }
    });
    if (isVisible())
        refresh();
}

void MetricsPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    if (m_dirty)
        refresh();
}

void MetricsPage::refresh()
{
    if (!m_session)
        return;
    m_dirty = false;
    const QTimeZone zone = WorkspaceTimeZone::read(m_session->workspace());
    auto metrics = IncidentMetrics::read(m_session->workspace(), m_from->date(), m_to->date(), zone);
    if (!metrics) {
        m_summary->setText(metrics.error().message);
        m_chart->setMonths({});
        return;
    }
    m_summary->setText(tr("%n incident(s) logged from %1 to %2 (%3).", nullptr, metrics->logged)
                           .arg(m_from->date().toString(Qt::ISODate),
                                m_to->date().toString(Qt::ISODate), WorkspaceTimeZone::label(zone)));
    auto figure = [](const IncidentMetrics::Duration &d) {
        if (!d.count)
            return tr("no data");
        const auto [mean, median] = inOneUnit(d.meanHours, d.medianHours);
        return tr("mean %1, median %2 (%n incident(s))", nullptr, d.count).arg(mean, median);
    };
    m_durations->setText(tr("From detection — to triage: %1; to containment: %2; to resolution: %3.")
                             .arg(figure(metrics->toTriage), figure(metrics->toContain), figure(metrics->toResolve)));
    m_chart->setMonths(metrics->months);
    const QStringList buckets = IncidentMetrics::ageBuckets();
    for (int row = 0; row < 4; ++row) {
        const auto ages = metrics->openByPriorityAge.value(QStringLiteral("P%1").arg(row + 1));
        int total = 0;
        for (int column = 0; column < buckets.size(); ++column) {
            const int n = ages.value(buckets.at(column));
            total += n;
            auto *item = new QTableWidgetItem(QLocale().toString(n));
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (n && column == buckets.size() - 1)
                item->setForeground(QColor(0xd9, 0x30, 0x25));
            m_open->setItem(row, column, item);
        }
        auto *sum = new QTableWidgetItem(QLocale().toString(total));
        sum->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        QFont bold = sum->font();
        bold.setBold(true);
        sum->setFont(bold);
        m_open->setItem(row, buckets.size(), sum);
    }
    m_top->setRowCount(0);
    for (const auto &o : std::as_const(metrics->topObservables)) {
        const int row = m_top->rowCount();
        m_top->insertRow(row);
        auto type = Observable::fromKey(o.type);
        m_top->setItem(row, 0, new QTableWidgetItem(type ? Observable::label(*type) : o.type));
        auto *value = new QTableWidgetItem(type ? Observable::defang(*type, o.value) : o.value);
        value->setData(Qt::UserRole, o.value);
        value->setToolTip(plainToolTip(o.value));
        m_top->setItem(row, 1, value);
        auto *count = new QTableWidgetItem(QLocale().toString(o.incidents));
        count->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_top->setItem(row, 2, count);
    }
}

void MetricsPage::saveChart()
{
    const QString path = FileDialog::outputFileName(this, tr("Save Chart"), QStringLiteral("incidents-per-month.png"),
                                                    tr("PNG image (*.png)"), m_session->filePath());
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !m_chart->render(QSize(1200, 500)).save(&file, "PNG") || !file.commit())
        MessageBox::critical(this, tr("Save Chart"), tr("The chart could not be saved to “%1”. Choose another folder.").arg(path));
}

void MetricsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        Q_EMIT titleChanged();
    }
    Page::changeEvent(event);
}

} // namespace csirtkit
