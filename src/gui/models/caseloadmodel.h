#pragma once

#include <QAbstractTableModel>

#include <vector>

#include "core/domain/caseloadrow.h"

namespace tilltro::gui {

/// The caseload as a table: one row per deltagare. Protected identities show a marker instead of
/// the name (the name never reaches this model). Overdue rows say so in words and with an icon,
/// not only by colour.
class CaseloadModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        CodeColumn,
        NameColumn,
        HandledareColumn,
        LastColumn,
        NextColumn,
        SignalsColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole + 1, ///< a value that sorts correctly (dates as QDate)
        ParticipantIdRole,
        OverdueRole,
    };

    explicit CaseloadModel(QObject* parent = nullptr);

    void setRows(std::vector<CaseloadRow> rows);
    const std::vector<CaseloadRow>& rows() const { return m_rows; }
    const CaseloadRow& rowAt(int row) const { return m_rows[size_t(row)]; }
    /// The lower-case text a search matches against: code and (unless protected) name and
    /// handledare. Precomputed so filtering 40,000 rows stays within a keystroke.
    const QString& searchKey(int row) const { return m_searchKeys[size_t(row)]; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString signalsText(const CaseloadRow& row) const;
    std::vector<CaseloadRow> m_rows;
    std::vector<QString> m_searchKeys;
};

} // namespace tilltro::gui
