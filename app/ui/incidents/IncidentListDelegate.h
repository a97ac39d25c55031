#pragma once

#include <QStyledItemDelegate>

namespace csirtkit {

// Paints the incident list: TLP and priority as badges, and the search terms highlighted in the
// title and in the matched text (user text escaped first — it is never read as markup).
class IncidentListDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // `text` as HTML with `terms` (case-insensitive) and snippet markers in bold on a highlight.
    static QString highlighted(const QString &text, const QStringList &terms, const QColor &highlight);
};

} // namespace csirtkit
