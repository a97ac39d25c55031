#include "reports/MetricsChart.h"

#include "common/Language.h"
#include "incidents/Taxonomy.h"

#include <QLocale>
#include <cmath>
#include <QMouseEvent>
#include <QPainter>

namespace csirtkit {

MetricsChart::MetricsChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("metricsChart"));
    setMouseTracking(false);
}

void MetricsChart::setMonths(const QList<IncidentMetrics::Month> &months)
{
    m_months = months;
    update();
}

QColor MetricsChart::classColor(const QString &classKey)
{
    const auto &rsit = Taxonomy::instance().rsit();
    for (int i = 0; i < rsit.size(); ++i)
        if (rsit.at(i).term.key == classKey)
            return QColor::fromHsv((i * 360 / int(rsit.size()) + 200) % 360, 150, 210);
    return QColor(0x9e, 0x9e, 0x9e); // not classified
}

QList<MetricsChart::Segment> MetricsChart::draw(QPainter &painter, const QRect &area) const
{
    QList<Segment> segments;
    const QPalette pal = palette();
    painter.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics metrics(painter.font());
    const QString language = Language::current();
    // Legend on the right: the classes that occur.
    QStringList classes;
    for (const auto &month : m_months)
        for (auto it = month.byClass.cbegin(); it != month.byClass.cend(); ++it)
            if (!classes.contains(it.key()))
                classes << it.key();
    std::sort(classes.begin(), classes.end());
    int legendWidth = 0;
    auto title = [&language](const QString &key) {
        for (const RsitClass &c : Taxonomy::instance().rsit())
            if (c.term.key == key)
                return c.term.title.in(language);
        return MetricsChart::tr("Not classified");
    };
    for (const QString &c : std::as_const(classes))
        legendWidth = qMax(legendWidth, metrics.horizontalAdvance(title(c)) + 24);
    legendWidth = qMin(legendWidth, area.width() / 3);
    const QRect plot = area.adjusted(metrics.horizontalAdvance(QStringLiteral("0000")) + 8, 8, -legendWidth - 12,
                                     -metrics.height() - 8);
    int maximum = 1;
    for (const auto &month : m_months)
        maximum = qMax(maximum, month.total);
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.setPen(pal.color(QPalette::WindowText));
    painter.drawText(QRect(area.left(), plot.top() - metrics.height() / 2, plot.left() - area.left() - 4, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, QLocale().toString(maximum));
    painter.drawText(QRect(area.left(), plot.bottom() - metrics.height() / 2, plot.left() - area.left() - 4, metrics.height()),
                     Qt::AlignRight | Qt::AlignVCenter, QStringLiteral("0"));
    if (m_months.isEmpty()) {
        painter.drawText(plot, Qt::AlignCenter, tr("No incidents in this period."));
        return segments;
    }
    const double slot = double(plot.width()) / double(m_months.size());
    const double barWidth = qMax(2.0, slot * 0.7);
    const int labelEvery = qMax(1, int(std::ceil(metrics.horizontalAdvance(QStringLiteral("0000-00 ")) / slot)));
    for (int i = 0; i < m_months.size(); ++i) {
        const auto &month = m_months.at(i);
        const double x = plot.left() + slot * i + (slot - barWidth) / 2;
        double y = plot.bottom();
        for (const QString &c : std::as_const(classes)) {
            const int count = month.byClass.value(c);
            if (!count)
                continue;
            const double h = double(plot.height()) * count / maximum;
            const QRectF rect(x, y - h, barWidth, h);
            painter.fillRect(rect, classColor(c));
            segments.append({ rect, month.first, c });
            y -= h;
        }
        if (i % labelEvery == 0)
            painter.drawText(QRectF(plot.left() + slot * i - slot, plot.bottom() + 4, slot * 3, metrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop, month.first.toString(QStringLiteral("yyyy-MM")));
    }
    int ly = plot.top();
    for (const QString &c : std::as_const(classes)) {
        painter.fillRect(QRect(plot.right() + 12, ly + 2, 12, metrics.height() - 4), classColor(c));
        painter.drawText(QRect(plot.right() + 30, ly, legendWidth - 18, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(title(c), Qt::ElideRight, legendWidth - 18));
        ly += metrics.height() + 2;
    }
    return segments;
}

void MetricsChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    m_segments = draw(painter, rect());
}

QImage MetricsChart::render(const QSize &size) const
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(palette().color(QPalette::Base));
    QPainter painter(&image);
    painter.setFont(font());
    draw(painter, image.rect());
    return image;
}

void MetricsChart::mousePressEvent(QMouseEvent *event)
{
    for (const Segment &s : std::as_const(m_segments)) {
        if (s.rect.contains(event->position())) {
            Q_EMIT segmentClicked(s.month, s.classKey);
            return;
        }
    }
    QWidget::mousePressEvent(event);
}

} // namespace csirtkit
