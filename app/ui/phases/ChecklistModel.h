#pragma once

#include "phases/PlanTypes.h"

#include <QAbstractTableModel>

namespace csirtkit {

// The checklist of one step (or of all steps), filtered. Column 0 is checkable: ticking it marks the
// item done; the caller turns that into an undoable command (see checkToggled).
class ChecklistModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { DoneColumn, TextColumn, StatusColumn, OwnerColumn, DueColumn, ColumnCount };
    enum class Filter { All, Open, Overdue, Mine };
    enum Role { ItemIdRole = Qt::UserRole + 1, OverdueRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setItems(const QList<PlanItem> &items, const QString &language, const QString &me, Filter filter,
                  const QDate &today);
    const PlanItem *itemAt(int row) const;
    int rowOf(qint64 itemId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    static bool accepts(const PlanItem &item, Filter filter, const QString &me, const QDate &today);

Q_SIGNALS:
    void checkToggled(qint64 itemId, bool done);

private:
    QList<PlanItem> m_items;
    QString m_language;
    QDate m_today;
};

} // namespace csirtkit
