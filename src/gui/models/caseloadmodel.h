#pragma once

#include <QAbstractTableModel>
#include <QIcon>

#include <array>
#include <vector>

#include "core/domain/caseloadrow.h"
#include "core/domain/signal.h"

namespace tilltro::gui {

/// The caseload as a table: one row per deltagare. Protected identities show a marker instead of
/// the name (the name never reaches this model). The Signals column shows each BIP signal of a
/// row (analysis::signalsFor()) in words and with an icon, never by colour alone; its tooltip
/// gives the finding behind each. The signals are for the handledare only.
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
        SortRole = Qt::UserRole + 1, ///< a value that sorts correctly (dates as QDate; the
                                     ///< Signals column as the number of signals, ended -1)
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
    /// How many rows have `signal`, over the whole caseload (whatever a filter shows).
    int signalCount(BipSignal signal) const { return m_signalCounts[size_t(signal)]; }

    /// What a signal means for this row: the BIP finding (analysis::signalExplanation()) and,
    /// where the row counts it, how many days without an insats or changes of handledare.
    /// Plain text, translated; the tooltip of the signal here and in the participant view.
    static QString signalDetail(const CaseloadRow& row, BipSignal signal);
    /// Every signal of the row with its detail, as a tooltip (rich text, so that it wraps);
    /// empty when the row has none.
    static QString signalsToolTip(const CaseloadRow& row);
    /// The icon beside a signal's word: a warning, or for DueSoon (a reminder) information.
    static QIcon signalIcon(BipSignal signal);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString signalsText(const CaseloadRow& row) const;
    QString signalsAccessibleText(const CaseloadRow& row) const;
    std::vector<CaseloadRow> m_rows;
    std::vector<QString> m_searchKeys;
    std::array<int, BipSignalCount> m_signalCounts{};
};

} // namespace tilltro::gui
