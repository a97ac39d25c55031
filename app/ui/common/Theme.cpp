#include "common/Theme.h"
#include <QGuiApplication>
#include <QPixmap>
#include <QPainter>
#include <QIcon>

#include <QApplication>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>
#include <QStyleHints>

namespace csirtkit {

namespace {

QString g_systemStyle;

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    const QColor disabled(0x80, 0x80, 0x80), highlight(0x3d, 0x7a, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, disabled);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::LinkVisited, QColor(0xb3, 0x94, 0xff));
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Light, window.lighter(130));
    p.setColor(QPalette::Midlight, window.lighter(115));
    p.setColor(QPalette::Mid, window.darker(120));
    p.setColor(QPalette::Dark, window.darker(150));
    p.setColor(QPalette::Shadow, Qt::black);
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabled);
    return p;
}

} // namespace

void Theme::apply(const QString &theme)
{
    if (g_systemStyle.isEmpty())
        g_systemStyle = QApplication::style()->name();
    if (theme == QLatin1String("dark")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(darkPalette());
    } else if (theme == QLatin1String("light")) {
        QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    } else {
        QApplication::setStyle(QStyleFactory::create(g_systemStyle));
        QApplication::setPalette(QPalette()); // back to the platform's palette
    }
}

bool Theme::isDark()
{
    const QPalette p = QApplication::palette();
    return p.color(QPalette::Window).lightness() < p.color(QPalette::WindowText).lightness();
}

QIcon Theme::selectableIcon(const QString &fileName)
{
    const QIcon source(fileName);
    const QColor colour = QGuiApplication::palette().color(QPalette::HighlightedText);
    QIcon icon;
    for (int size : { 16, 20, 24, 32, 48, 64 }) {
        const QPixmap normal = source.pixmap(QSize(size, size));
        if (normal.isNull())
            continue;
        QPixmap selected = normal;
        QPainter painter(&selected);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn); // keep the shape, take the colour
        painter.fillRect(selected.rect(), colour);
        painter.end();
        icon.addPixmap(normal, QIcon::Normal);
        icon.addPixmap(selected, QIcon::Selected);
    }
    return icon;
}

} // namespace csirtkit
