#include "incidents/Badges.h"

#include "incidents/Taxonomy.h"

#include <QLabel>
#include <QPainter>
#include <QPainterPath>

namespace csirtkit {

Badges::Colors Badges::colors(const QString &key)
{
    for (const TlpLabel &label : Taxonomy::instance().tlp())
        if (label.key == key)
            return { QColor(label.background), QColor(label.textColor) };
    if (key == QLatin1String("P1"))
        return { QColor(0xc6, 0x28, 0x28), Qt::white };
    if (key == QLatin1String("P2"))
        return { QColor(0xe6, 0x5c, 0x00), Qt::white };
    if (key == QLatin1String("P3"))
        return { QColor(0xf9, 0xc8, 0x2b), Qt::black };
    if (key == QLatin1String("P4"))
        return { QColor(0x60, 0x7d, 0x8b), Qt::white };
    return {};
}

int Badges::paint(QPainter *painter, const QRect &rect, const QString &key, const QString &text)
{
    const Colors c = colors(key);
    if (!c.background.isValid() || text.isEmpty())
        return 0;
    const QFontMetrics metrics(painter->font());
    const int height = qMin(rect.height() - 4, metrics.height() + 4);
    const int width = metrics.horizontalAdvance(text) + 12;
    const QRect badge(rect.left() + 4, rect.top() + (rect.height() - height) / 2, width, height);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath path;
    path.addRoundedRect(badge, 4, 4);
    painter->fillPath(path, c.background);
    painter->setPen(c.foreground);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
    return width + 4;
}

void Badges::apply(QLabel *label, const QString &key, const QString &text)
{
    const Colors c = colors(key);
    label->setTextFormat(Qt::PlainText);
    label->setText(text);
    label->setVisible(!text.isEmpty());
    if (!c.background.isValid()) {
        label->setStyleSheet(QString());
        return;
    }
    label->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 4px; padding: 2px 8px; "
                                        "font-weight: bold; }")
                             .arg(c.background.name(), c.foreground.name()));
}

} // namespace csirtkit
