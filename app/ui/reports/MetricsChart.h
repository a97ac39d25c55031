#pragma once

#include "reports/IncidentMetrics.h"

#include <QWidget>

namespace csirtkit {

// Incidents per month as bars stacked by RSIT class, with a legend. Clicking a bar segment asks for
// the incidents behind it.
class MetricsChart : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsChart(QWidget *parent = nullptr);

    void setMonths(const QList<IncidentMetrics::Month> &months);
    QImage render(const QSize &size) const; // for "Save Chart as PNG"
    QSize sizeHint() const override { return { 640, 260 }; }
    QSize minimumSizeHint() const override { return { 320, 180 }; }
    static QColor classColor(const QString &classKey);

Q_SIGNALS:
    void segmentClicked(const QDate &month, const QString &classKey);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    struct Segment
    {
        QRectF rect;
        QDate month;
        QString classKey;
    };
    QList<Segment> draw(QPainter &painter, const QRect &area) const;

    QList<IncidentMetrics::Month> m_months;
    QList<Segment> m_segments;
};

} // namespace csirtkit
