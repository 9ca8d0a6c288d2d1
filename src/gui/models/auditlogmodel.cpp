#include "auditlogmodel.h"

#include <algorithm>
#include <numeric>

#include "core/domain/audit.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

AuditLogModel::AuditLogModel(const QStringList& headers, QObject* parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
{
}

void AuditLogModel::setEntries(std::vector<AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_order.resize(m_entries.size());
    std::iota(m_order.begin(), m_order.end(), size_t(0));
    applySort();
    endResetModel();
}

int AuditLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int AuditLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditLogModel::text(const AuditEntry& e, int column) const
{
    switch (column) {
    case TimeColumn:
        return e.at.toLocalTime().toString(u"yyyy-MM-dd HH:mm:ss"_s);
    case UserColumn:
        return e.osUser;
    case ActionColumn:
        return auditActionText(e.action);
    case EntityColumn:
        return auditEntityText(e.entity);
    case ParticipantColumn:
        return e.participantCode;
    case DetailsColumn:
        return auditDetailsText(e.action, e.entity, e.details);
    }
    return {};
}

QVariant AuditLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditEntry& e = entry(index.row());
    // Item views draw their text literally; nothing in the log is ever read as markup.
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return text(e, index.column());
    if (role == Qt::ToolTipRole && index.column() == DetailsColumn && !e.details.isEmpty()) {
        // Tooltips are shown as rich text when they look like it: escape, so they stay literal.
        return QString(u"<p style=\"white-space:pre-wrap\">"_s +
                       text(e, DetailsColumn).toHtmlEscaped() + u"</p>"_s);
    }
    return {};
}

QVariant AuditLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 &&
        section < m_headers.size())
        return m_headers[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

Qt::ItemFlags AuditLogModel::flags(const QModelIndex& index) const
{
    return index.isValid() ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

void AuditLogModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<size_t> entryOf;
    entryOf.reserve(size_t(before.size()));
    for (const QModelIndex& index : before)
        entryOf.push_back(m_order[size_t(index.row())]);
    m_sortColumn = column;
    m_sortOrder = order;
    applySort();
    std::vector<int> rowOf(m_order.size());
    for (size_t row = 0; row < m_order.size(); ++row)
        rowOf[m_order[row]] = int(row);
    QModelIndexList after;
    after.reserve(before.size());
    for (int i = 0; i < before.size(); ++i)
        after.push_back(index(rowOf[entryOf[size_t(i)]], before[i].column()));
    changePersistentIndexList(before, after);
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void AuditLogModel::applySort()
{
    const bool descending = m_sortOrder == Qt::DescendingOrder;
    if (m_sortColumn == TimeColumn) {
        std::stable_sort(m_order.begin(), m_order.end(), [&](size_t a, size_t b) {
            const AuditEntry& x = m_entries[a];
            const AuditEntry& y = m_entries[b];
            const auto key = [](const AuditEntry& e) {
                return std::pair(e.at.toMSecsSinceEpoch(), e.id);
            };
            return descending ? key(y) < key(x) : key(x) < key(y);
        });
        return;
    }
    // Words are computed once per entry, not once per comparison.
    std::vector<QString> keys(m_entries.size());
    for (size_t i = 0; i < m_entries.size(); ++i)
        keys[i] = text(m_entries[i], m_sortColumn).toCaseFolded();
    std::stable_sort(m_order.begin(), m_order.end(), [&](size_t a, size_t b) {
        return descending ? keys[b] < keys[a] : keys[a] < keys[b];
    });
}

} // namespace tilltro::gui
