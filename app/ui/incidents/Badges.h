#pragma once

#include <QColor>
#include <QString>

class QLabel;
class QPainter;
class QRect;

namespace csirtkit {

// The coloured TLP and priority badges shown wherever an incident appears. TLP follows the FIRST
// TLP 2.0 colours (coloured text on black); priorities run from red (P1) to grey (P4).
class Badges
{
public:
    struct Colors
    {
        QColor background;
        QColor foreground;
    };
    // `key` is a TLP label ("TLP:RED") or a priority ("P1"); invalid colours for anything else.
    static Colors colors(const QString &key);
    // Paints a rounded badge with `text` at the left of `rect`; returns its width.
    static int paint(QPainter *painter, const QRect &rect, const QString &key, const QString &text);
    // Turns a label into a badge for `key` (style sheet only; the text stays plain).
    static void apply(QLabel *label, const QString &key, const QString &text);
};

} // namespace csirtkit
