#include "incidents/IncidentListDelegate.h"

#include "incidents/Badges.h"
#include "incidents/IncidentListModel.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QPainter>
#include <QTextDocument>

namespace csirtkit {

QString IncidentListDelegate::highlighted(const QString &text, const QStringList &terms, const QColor &highlight)
{
    // Mark the hits on the plain text first, escape, then turn the marks into tags.
    QString marked = text;
    if (!terms.isEmpty()) // user text: only the search puts marks in
        marked.remove(IncidentListQuery::SnippetStart).remove(IncidentListQuery::SnippetEnd);
    for (const QString &term : terms) {
        if (term.isEmpty())
            continue;
        qsizetype from = 0;
        while ((from = marked.indexOf(term, from, Qt::CaseInsensitive)) >= 0) {
            marked.insert(from + term.size(), IncidentListQuery::SnippetEnd);
            marked.insert(from, IncidentListQuery::SnippetStart);
            from += term.size() + 2;
        }
    }
    QString html = marked.toHtmlEscaped();
    // rgba(), not name(): the mark is translucent over the row, transparent on a selected one.
    const QString open = QStringLiteral("<span style=\"background-color:rgba(%1,%2,%3,%4); font-weight:bold\">")
                             .arg(highlight.red()).arg(highlight.green()).arg(highlight.blue()).arg(highlight.alpha());
    html.replace(IncidentListQuery::SnippetStart, open).replace(IncidentListQuery::SnippetEnd, QStringLiteral("</span>"));
    return html;
}

void IncidentListDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    using Column = IncidentListModel::Column;
    const auto column = Column(index.column());
    if (column == Column::Priority || column == Column::Tlp) {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        Badges::paint(painter, option.rect, index.data(IncidentListModel::KeyRole).toString(), index.data().toString());
        return;
    }
    const QStringList terms = index.data(IncidentListModel::SearchTermsRole).toStringList();
    const bool marks = column == Column::Match || (column == Column::Title && !terms.isEmpty());
    if (!marks) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    opt.text.clear();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    const bool selected = opt.state & QStyle::State_Selected;
    QColor mark = opt.palette.color(QPalette::Highlight);
    mark.setAlpha(selected ? 0 : 90);
    QTextDocument doc;
    doc.setDocumentMargin(0);
    doc.setDefaultFont(opt.font);
    doc.setHtml(highlighted(text, column == Column::Match ? QStringList() : terms, mark.alpha() ? mark : QColor(Qt::transparent)));
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, opt.widget);
    painter->save();
    painter->translate(area.left() + 2, area.top() + (area.height() - doc.size().height()) / 2);
    painter->setClipRect(QRect(0, 0, area.width() - 2, area.height()));
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette.setColor(QPalette::Text, opt.palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    doc.documentLayout()->draw(painter, context);
    painter->restore();
}

QSize IncidentListDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height(), option.fontMetrics.height() + 8));
    return size;
}

} // namespace csirtkit
