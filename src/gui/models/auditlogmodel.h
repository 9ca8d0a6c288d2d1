#pragma once

#include <QAbstractTableModel>
#include <QStringList>

#include <vector>

#include "core/domain/audit.h"

namespace tilltro::gui {

/// The audit log as a read-only table for AuditLogDialog: time (local), user, action and entity
/// in words, the deltagare's code and the details exactly as stored. Holds the entries in one
/// vector and sorts an index of them, so a log of hundreds of thousands of entries opens,
/// sorts and closes quickly (a QStandardItemModel of that size takes minutes to destroy).
class AuditLogModel : public QAbstractTableModel {
public:
    enum Column {
        TimeColumn,
        UserColumn,
        ActionColumn,
        EntityColumn,
        ParticipantColumn,
        DetailsColumn,
        ColumnCount
    };

    /// `headers`: the column titles, in Column order (translated by the dialog).
    explicit AuditLogModel(const QStringList& headers, QObject* parent = nullptr);

    /// Replaces the entries; the current sort order is kept.
    void setEntries(std::vector<AuditEntry> entries);
    const AuditEntry& entry(int row) const { return m_entries[m_order[size_t(row)]]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    /// By time (then id: imported entries keep their original time but come later in id), or
    /// by the text of the column, case-folded; stable.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

private:
    QString text(const AuditEntry& e, int column) const;
    void applySort();

    QStringList m_headers;
    std::vector<AuditEntry> m_entries;
    std::vector<size_t> m_order; ///< row -> index into m_entries
    int m_sortColumn = TimeColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
};

} // namespace tilltro::gui
