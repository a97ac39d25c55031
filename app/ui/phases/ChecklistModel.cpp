#include "phases/ChecklistModel.h"
#include "common/DateFormat.h"

#include "common/ToolTip.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QLocale>

namespace csirtkit {

bool ChecklistModel::accepts(const PlanItem &item, Filter filter, const QString &me, const QDate &today)
{
    switch (filter) {
    case Filter::All: return true;
    case Filter::Open: return item.isOpen();
    case Filter::Overdue: return item.isOverdue(today);
    case Filter::Mine: return !me.isEmpty() && item.owner.compare(me, Qt::CaseInsensitive) == 0;
    }
    return true;
}

void ChecklistModel::setItems(const QList<PlanItem> &items, const QString &language, const QString &me, Filter filter,
                              const QDate &today)
{
    beginResetModel();
    m_items.clear();
    for (const PlanItem &item : items)
        if (accepts(item, filter, me, today))
            m_items.append(item);
    m_language = language;
    m_today = today;
    endResetModel();
}

const PlanItem *ChecklistModel::itemAt(int row) const
{
    return row >= 0 && row < m_items.size() ? &m_items.at(row) : nullptr;
}

int ChecklistModel::rowOf(qint64 itemId) const
{
    for (int i = 0; i < m_items.size(); ++i)
        if (m_items.at(i).id == itemId)
            return i;
    return -1;
}

int ChecklistModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChecklistModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChecklistModel::data(const QModelIndex &index, int role) const
{
    const PlanItem *item = itemAt(index.row());
    if (!item)
        return {};
    if (role == ItemIdRole)
        return item->id;
    if (role == OverdueRole)
        return item->isOverdue(m_today);
    switch (index.column()) {
    case DoneColumn:
        if (role == Qt::CheckStateRole)
            return item->status == ItemStatus::Done ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole)
            return PlanText::statusLabel(item->status);
        break;
    case TextColumn:
        if (role == Qt::DisplayRole)
            return item->text(m_language);
        if (role == Qt::ToolTipRole)
            return plainToolTip(item->text(m_language));
        if (role == Qt::FontRole && item->status == ItemStatus::NotApplicable) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole)
            return PlanText::statusLabel(item->status);
        if (role == Qt::ToolTipRole && item->status == ItemStatus::NotApplicable)
            return plainToolTip(item->naReason);
        break;
    case OwnerColumn:
        if (role == Qt::DisplayRole)
            return item->owner;
        break;
    case DueColumn:
        if (role == Qt::DisplayRole)
            return item->due.isValid() ? DateFormat::date(item->due) : QString();
        if (role == Qt::ForegroundRole && item->isOverdue(m_today))
            return QBrush(QColor(0xd9, 0x30, 0x25));
        if (role == Qt::ToolTipRole && item->isOverdue(m_today))
            return tr("Overdue");
        break;
    default:
        break;
    }
    return {};
}

QVariant ChecklistModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DoneColumn: return tr("Done");
    case TextColumn: return tr("Item");
    case StatusColumn: return tr("Status");
    case OwnerColumn: return tr("Owner");
    case DueColumn: return tr("Due");
    default: return {};
    }
}

Qt::ItemFlags ChecklistModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.column() == DoneColumn)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

bool ChecklistModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const PlanItem *item = itemAt(index.row());
    if (!item || index.column() != DoneColumn || role != Qt::CheckStateRole)
        return false;
    Q_EMIT checkToggled(item->id, value.toInt() == Qt::Checked);
    return false; // the model changes when the workspace does
}

} // namespace csirtkit
