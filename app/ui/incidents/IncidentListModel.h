#pragma once

#include "incidents/IncidentListQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QTimeZone>

namespace csirtkit {

class Workspace;

// The incident list, lazy: it holds the ids of every matching incident in sort order (a few bytes
// each) and reads the columns a page at a time when the view asks for them, keeping a bounded
// number of pages — so 100 000 incidents scroll smoothly in little memory.
class IncidentListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using Column = IncidentListQuery::Column;
    enum Role { IdRole = Qt::UserRole + 1, KeyRole, SnippetRole, SearchTermsRole };

    explicit IncidentListModel(QObject *parent = nullptr);
    ~IncidentListModel() override;

    // Reloads with the workspace (null: empty). Errors (e.g. a bad date range) go to failed().
    void setWorkspace(Workspace *workspace, const QTimeZone &zone);
    void setFilter(const IncidentFilter &filter);
    const IncidentFilter &filter() const { return m_filter; }
    void reload(); // after incidents changed; keeps the filter and sort
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;

    static constexpr int PageSize = 100;
    static constexpr int MaxCachedPages = 20;
    int cachedPages() const { return int(m_pages.size()); } // for tests: the memory bound holds

Q_SIGNALS:
    void failed(const QString &message);

private:
    const IncidentListQuery::Row *row(int index) const;

    Workspace *m_workspace = nullptr;
    QTimeZone m_zone = QTimeZone::UTC;
    IncidentFilter m_filter;
    Column m_sort = Column::Ident;
    Qt::SortOrder m_order = Qt::DescendingOrder;
    QList<qint64> m_ids;
    QStringList m_terms;
    mutable QHash<int, QList<IncidentListQuery::Row>> m_pages;
    mutable QList<int> m_pageOrder; // least recently used first
};

} // namespace csirtkit
