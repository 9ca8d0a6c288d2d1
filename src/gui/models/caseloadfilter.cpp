#include "caseloadfilter.h"

#include <QCollator>

#include <algorithm>
#include <numeric>

#include "caseloadmodel.h"

namespace tilltro::gui {

CaseloadFilter::CaseloadFilter(QObject* parent)
    : QAbstractProxyModel(parent)
{
}

void CaseloadFilter::setCaseload(CaseloadModel* model)
{
    setSourceModel(model);
}

void CaseloadFilter::setSourceModel(QAbstractItemModel* model)
{
    beginResetModel();
    if (m_caseload)
        disconnect(m_caseload, nullptr, this, nullptr);
    m_caseload = qobject_cast<CaseloadModel*>(model);
    QAbstractProxyModel::setSourceModel(model);
    if (m_caseload) {
        connect(m_caseload, &QAbstractItemModel::modelAboutToBeReset, this,
                &CaseloadFilter::beginResetModel);
        connect(m_caseload, &QAbstractItemModel::modelReset, this, [this] {
            rebuildOrder();
            refilter();
            endResetModel();
        });
    }
    rebuildOrder();
    refilter();
    endResetModel();
}

void CaseloadFilter::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    const QStringList words = text.simplified().toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    if (words == m_words)
        return;
    m_words = words;
    beginResetModel();
    refilter();
    endResetModel();
}

void CaseloadFilter::setShowEnded(bool show)
{
    if (show == m_showEnded)
        return;
    m_showEnded = show;
    beginResetModel();
    refilter();
    endResetModel();
}

void CaseloadFilter::setSignalFilter(SignalSet chosen)
{
    if (chosen == m_signals)
        return;
    m_signals = chosen;
    m_signalList = chosen.toList();
    beginResetModel();
    refilter();
    endResetModel();
}

void CaseloadFilter::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginResetModel();
    rebuildOrder();
    refilter();
    endResetModel();
}

void CaseloadFilter::rebuildOrder()
{
    const int count = m_caseload ? m_caseload->rowCount() : 0;
    m_order.resize(size_t(count));
    std::iota(m_order.begin(), m_order.end(), 0);
    if (!m_caseload || m_sortColumn < 0 || m_sortColumn >= m_caseload->columnCount())
        return;

    // Sort keys are extracted once per row; strings compare by the UI locale's collation
    // (so Å, Ä, Ö sort last, as Swedish readers expect).
    std::vector<QVariant> keys(static_cast<size_t>(count));
    for (int r = 0; r < count; ++r)
        keys[size_t(r)] = m_caseload->index(r, m_sortColumn).data(CaseloadModel::SortRole);
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    std::vector<QCollatorSortKey> stringKeys;
    const bool strings = count > 0 && keys[0].typeId() == QMetaType::QString;
    const bool numbers = count > 0 && keys[0].typeId() == QMetaType::Int;
    if (strings) {
        stringKeys.reserve(size_t(count));
        for (const QVariant& key : keys)
            stringKeys.push_back(collator.sortKey(key.toString()));
    }
    auto less = [&](int a, int b) {
        if (strings)
            return stringKeys[size_t(a)].compare(stringKeys[size_t(b)]) < 0;
        if (numbers)
            return keys[size_t(a)].toInt() < keys[size_t(b)].toInt();
        const QVariant& ka = keys[size_t(a)];
        const QVariant& kb = keys[size_t(b)];
        // Empty values (no date yet) sort last in ascending order.
        if (ka.isNull() || !ka.toDate().isValid())
            return false;
        if (kb.isNull() || !kb.toDate().isValid())
            return true;
        return QVariant::compare(ka, kb) == QPartialOrdering::Less;
    };
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_order.begin(), m_order.end(), less);
    else
        std::stable_sort(m_order.begin(), m_order.end(), [&](int a, int b) { return less(b, a); });
}

bool CaseloadFilter::accepts(int sourceRow) const
{
    const CaseloadRow& row = m_caseload->rowAt(sourceRow);
    if (!m_showEnded && !row.isActive())
        return false;
    if (!m_signalList.empty() &&
        std::none_of(m_signalList.cbegin(), m_signalList.cend(),
                     [&](BipSignal s) { return row.bipSignals.contains(s); }))
        return false;
    const QString& key = m_caseload->searchKey(sourceRow);
    return std::all_of(m_words.cbegin(), m_words.cend(),
                       [&](const QString& word) { return key.contains(word); });
}

void CaseloadFilter::refilter()
{
    m_visible.clear();
    m_proxyRowOf.assign(m_order.size(), -1);
    if (!m_caseload)
        return;
    m_visible.reserve(m_order.size());
    for (int sourceRow : m_order) {
        if (accepts(sourceRow)) {
            m_proxyRowOf[size_t(sourceRow)] = int(m_visible.size());
            m_visible.push_back(sourceRow);
        }
    }
}

QModelIndex CaseloadFilter::mapToSource(const QModelIndex& proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_caseload || proxyIndex.row() >= int(m_visible.size()))
        return {};
    return m_caseload->index(m_visible[size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex CaseloadFilter::mapFromSource(const QModelIndex& sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_proxyRowOf.size()))
        return {};
    const int row = m_proxyRowOf[size_t(sourceIndex.row())];
    return row < 0 ? QModelIndex() : createIndex(row, sourceIndex.column());
}

QModelIndex CaseloadFilter::index(int row, int column, const QModelIndex& parent) const
{
    if (parent.isValid() || row < 0 || row >= rowCount() || column < 0 || column >= columnCount())
        return {};
    return createIndex(row, column);
}

QModelIndex CaseloadFilter::parent(const QModelIndex&) const
{
    return {};
}

int CaseloadFilter::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int CaseloadFilter::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_caseload ? 0 : m_caseload->columnCount();
}

bool CaseloadFilter::hasChildren(const QModelIndex& parent) const
{
    return !parent.isValid() && rowCount() > 0;
}

} // namespace tilltro::gui
