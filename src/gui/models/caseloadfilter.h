#pragma once

#include <QAbstractProxyModel>

#include <vector>

#include "core/domain/signal.h"

namespace tilltro::gui {

class CaseloadModel;

/// Sorts the caseload and filters it by a search text (every word must occur in code, name or
/// handledare; a protected name is never searched), by signals and by whether ended
/// participations show. A row is shown when it passes all three.
///
/// Not a QSortFilterProxyModel: that one reports a filter change as one row removal or insertion
/// per contiguous range, which at 40,000 rows costs the view close to a second per keystroke.
/// Here the sorted order of all rows is kept, a filter change is one linear pass and one model
/// reset, and a keystroke stays within a frame (bench/bench_caseload). The caseload model only
/// ever resets, so nothing else needs forwarding.
class CaseloadFilter : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit CaseloadFilter(QObject* parent = nullptr);

    void setCaseload(CaseloadModel* model);
    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }
    /// Whether ended participations are listed (they are by default).
    void setShowEnded(bool show);
    /// Shows only rows with at least one of `chosen` (any of them, not all: the handledare
    /// asks "who needs me for this or that"). An empty set filters nothing, which is the
    /// default.
    void setSignalFilter(SignalSet chosen);
    SignalSet signalFilter() const { return m_signals; }
    /// Whether the search or the signal filter hides rows that would otherwise show.
    bool isNarrowed() const { return !m_words.isEmpty() || !m_signals.isEmpty(); }

    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex& proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex& sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    bool hasChildren(const QModelIndex& parent = {}) const override;

private:
    void setSourceModel(QAbstractItemModel* model) override;
    bool accepts(int sourceRow) const;
    void rebuildOrder();
    void refilter();

    CaseloadModel* m_caseload = nullptr;
    QString m_text;
    QStringList m_words;
    bool m_showEnded = true;
    SignalSet m_signals;
    std::vector<BipSignal> m_signalList; ///< m_signals, listed once for the filter's pass
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<int> m_order;      ///< all source rows in sorted order
    std::vector<int> m_visible;    ///< proxy row -> source row
    std::vector<int> m_proxyRowOf; ///< source row -> proxy row, or -1 when filtered out
};

} // namespace tilltro::gui
