#include "incidents/IncidentListModel.h"

#include "common/Language.h"
#include "common/TextRules.h"
#include "common/ToolTip.h"
#include "incidents/IncidentSearch.h"
#include "incidents/NotificationClocks.h"
#include "incidents/Taxonomy.h"
#include "workspace/WorkspaceTimeZone.h"

#include <QColor>


namespace csirtkit {

namespace {

// A search snippet as TextRules shows text, its hit markers (control characters themselves) kept.
QString visibleSnippet(const QString &snippet)
{
    QString shown;
    qsizetype from = 0;
    for (qsizetype i = 0; i <= snippet.size(); ++i) {
        if (i < snippet.size() && snippet.at(i) != IncidentListQuery::SnippetStart && snippet.at(i) != IncidentListQuery::SnippetEnd)
            continue;
        shown += TextRules::visible(snippet.mid(from, i - from));
        if (i < snippet.size())
            shown += snippet.at(i);
        from = i + 1;
    }
    return shown;
}

} // namespace

IncidentListModel::IncidentListModel(QObject *parent) : QAbstractTableModel(parent) { }

IncidentListModel::~IncidentListModel() = default;

void IncidentListModel::setWorkspace(Workspace *workspace, const QTimeZone &zone)
{
    m_workspace = workspace;
    m_zone = zone;
    reload();
}

void IncidentListModel::setFilter(const IncidentFilter &filter)
{
    m_filter = filter;
    reload();
}

void IncidentListModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_pageOrder.clear();
    m_ids.clear();
    m_terms = IncidentSearch::terms(m_filter.text);
    QString error;
    if (m_workspace) {
        auto ids = IncidentListQuery(*m_workspace).ids(m_filter, m_sort, m_order, m_zone);
        if (ids)
            m_ids = std::move(ids).value();
        else
            error = ids.error().message;
    }
    endResetModel();
    if (!error.isEmpty())
        Q_EMIT failed(error);
}

qint64 IncidentListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int IncidentListModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

int IncidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int IncidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : IncidentListQuery::ColumnCount;
}

const IncidentListQuery::Row *IncidentListModel::row(int index) const
{
    if (!m_workspace || index < 0 || index >= m_ids.size())
        return nullptr;
    const int page = index / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        const QList<qint64> slice = m_ids.mid(qsizetype(page) * PageSize, PageSize);
        auto rows = IncidentListQuery(*m_workspace).rows(slice, m_filter.text);
        QList<IncidentListQuery::Row> list;
        if (rows) {
            // Rows deleted since the ids were read would shift the page: keep the slots aligned.
            QHash<qint64, IncidentListQuery::Row> byId;
            for (auto &r : *rows)
                byId.insert(r.id, r);
            for (qint64 id : slice) {
                IncidentListQuery::Row r = byId.value(id);
                r.id = id;
                list.append(r);
            }
        } else {
            // Never a silent blank list. The page stays cached (blank) so the message comes once, and
            // it is queued: data() runs inside paint events, no place for a message box.
            auto *self = const_cast<IncidentListModel *>(this);
            QMetaObject::invokeMethod(self, [self, message = rows.error().message] { Q_EMIT self->failed(message); },
                                      Qt::QueuedConnection);
        }
        if (m_pages.size() >= MaxCachedPages && !m_pageOrder.isEmpty())
            m_pages.remove(m_pageOrder.takeFirst());
        it = m_pages.insert(page, list);
        m_pageOrder.append(page);
    } else if (m_pageOrder.last() != page) {
        m_pageOrder.removeOne(page);
        m_pageOrder.append(page);
    }
    const int offset = index % PageSize;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

QVariant IncidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    if (role == IdRole)
        return idAt(index.row());
    if (role == SearchTermsRole)
        return m_terms;
    const IncidentListQuery::Row *r = row(index.row());
    if (!r)
        return {};
    const Taxonomy &tax = Taxonomy::instance();
    const QString language = Language::current();
    const auto column = Column(index.column());
    if (role == KeyRole) {
        switch (column) {
        case Column::Status: return r->status;
        case Column::Priority: return r->priority;
        case Column::Tlp: return r->tlp;
        default: return {};
        }
    }
    if (role == SnippetRole)
        return r->snippet;
    if (role == Qt::ForegroundRole && column == Column::Deadline && r->deadlineUtc.isValid()
        && r->deadlineUtc < QDateTime::currentDateTimeUtc())
        return QColor(0xd9, 0x30, 0x25); // overdue
    if (role == Qt::ToolTipRole) // user text: never let a tooltip render it as markup
        return plainToolTip(data(index, Qt::DisplayRole).toString().remove(IncidentListQuery::SnippetStart)
                                .remove(IncidentListQuery::SnippetEnd));
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Ident: return r->ident;
    case Column::Title: return TextRules::visible(r->title); // "Invoice\u202Egnp.exe" must not read as "…exe.png"
    case Column::Status: {
        const TaxonomyTerm *status = tax.status(r->status);
        return status ? status->title.in(language) : r->status;
    }
    case Column::Priority: return r->priority;
    case Column::Tlp: return r->tlp;
    case Column::Classification: {
        for (const RsitClass &rsit : tax.rsit()) {
            if (rsit.term.key != r->rsitClass)
                continue;
            for (const TaxonomyTerm &type : rsit.types)
                if (type.key == r->rsitType)
                    return QString(rsit.term.title.in(language) + QStringLiteral(" / ") + type.title.in(language));
            return rsit.term.title.in(language);
        }
        return QString();
    }
    case Column::Assignee: return TextRules::visible(r->assignee);
    case Column::Logged: return WorkspaceTimeZone::format(r->loggedUtc, m_zone);
    case Column::Updated: return WorkspaceTimeZone::format(r->updatedUtc, m_zone);
    case Column::Match: return visibleSnippet(r->snippet);
    case Column::Deadline: {
        if (!r->deadlineUtc.isValid())
            return QString();
        const QStringList title = r->deadlineTitle.split(QLatin1Char('\n'));
        const QString what = language == QLatin1String("ja") ? title.value(1) : title.value(0);
        return QString(NotificationClocks::countdown(r->deadlineUtc, QDateTime::currentDateTimeUtc()) + QStringLiteral(" · ") + what);
    }
    }
    return {};
}

QVariant IncidentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Column::Ident: return tr("ID");
    case Column::Title: return tr("Title");
    case Column::Status: return tr("Status");
    case Column::Priority: return tr("Priority");
    case Column::Tlp: return tr("TLP");
    case Column::Classification: return tr("Classification");
    case Column::Assignee: return tr("Assignee");
    case Column::Logged: return tr("Logged");
    case Column::Updated: return tr("Updated");
    case Column::Match: return tr("Match");
    case Column::Deadline: return tr("Next deadline");
    }
    return {};
}

void IncidentListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= IncidentListQuery::ColumnCount)
        return;
    m_sort = Column(column);
    m_order = order;
    reload();
}

} // namespace csirtkit
