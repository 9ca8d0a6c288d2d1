#include "caseloadmodel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

#include <algorithm>

#include "core/analysis/signals.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

CaseloadModel::CaseloadModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CaseloadModel::setRows(std::vector<CaseloadRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_searchKeys.clear();
    m_searchKeys.reserve(m_rows.size());
    m_signalCounts.fill(0);
    for (const CaseloadRow& row : m_rows) {
        for (int s = 0; s < BipSignalCount; ++s) {
            if (row.bipSignals.contains(BipSignal(s)))
                ++m_signalCounts[size_t(s)];
        }
        QString key = row.code;
        if (!row.protectedIdentity)
            key += u'\n' + row.name;
        key += u'\n' + row.handledare;
        m_searchKeys.push_back(key.toCaseFolded());
    }
    endResetModel();
}

int CaseloadModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CaseloadModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CaseloadModel::signalDetail(const CaseloadRow& row, BipSignal signal)
{
    QString detail = analysis::signalExplanation(signal);
    if (signal == BipSignal::NoInsats && row.daysWithoutInsats > 0)
        detail += u' ' + tr("%n day(s) without an insats since the start.", nullptr,
                            row.daysWithoutInsats);
    if (signal == BipSignal::HandledareChanged && row.handledareChanges > 0)
        detail += u' ' + tr("%n change(s) of handledare in all.", nullptr, row.handledareChanges);
    return detail;
}

QString CaseloadModel::signalsToolTip(const CaseloadRow& row)
{
    QString tip;
    for (BipSignal signal : row.bipSignals.toList()) {
        tip += u"<p><b>%1</b>: %2</p>"_s.arg(analysis::signalWord(signal).toHtmlEscaped(),
                                             signalDetail(row, signal).toHtmlEscaped());
    }
    return tip;
}

QIcon CaseloadModel::signalIcon(BipSignal signal)
{
    return QApplication::style()->standardIcon(signal == BipSignal::DueSoon
                                                   ? QStyle::SP_MessageBoxInformation
                                                   : QStyle::SP_MessageBoxWarning);
}

QString CaseloadModel::signalsText(const CaseloadRow& row) const
{
    // Ended participations have no signals: what they say is no longer for the handledare to do.
    if (!row.isActive())
        return tr("Ended %1").arg(QLocale().toString(row.endDate, QLocale::ShortFormat));
    QStringList parts;
    for (BipSignal signal : row.bipSignals.toList())
        parts << analysis::signalWord(signal);
    // A draft begun today is no signal yet, but the handledare still sees it is there.
    if (row.hasDraft && !row.bipSignals.contains(BipSignal::UnfinishedDraft))
        parts << tr("Draft");
    return parts.join(u" · "_s);
}

QString CaseloadModel::signalsAccessibleText(const CaseloadRow& row) const
{
    if (!row.isActive() || !row.bipSignals.isEmpty())
        return signalsText(row).replace(u" · "_s, u", "_s);
    return row.hasDraft ? tr("No signals, a draft") : tr("No signals");
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseloadRow& row = m_rows[size_t(index.row())];
    const int column = index.column();

    switch (role) {
    case Qt::AccessibleTextRole:
        if (column == SignalsColumn)
            return signalsAccessibleText(row);
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (column) {
        case CodeColumn:
            return row.code;
        case NameColumn:
            return row.protectedIdentity ? tr("[protected]") : row.name;
        case HandledareColumn:
            return row.handledare;
        case LastColumn:
            return row.lastOccasion.isValid() ? row.lastOccasion.toString(Qt::ISODate) : QString();
        case NextColumn:
            return row.nextDue.isValid() ? row.nextDue.toString(Qt::ISODate) : QString();
        case SignalsColumn:
            return signalsText(row);
        }
        break;
    case SortRole:
        switch (column) {
        case LastColumn:
            return row.lastOccasion;
        case NextColumn:
            return row.nextDue;
        case NameColumn:
            return row.protectedIdentity ? QString() : row.name;
        case SignalsColumn:
            return row.isActive() ? row.bipSignals.size() : -1;
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (column == SignalsColumn && !row.bipSignals.isEmpty()) {
            // A warning when any signal is one; only "due soon" (a reminder) shows information.
            const auto list = row.bipSignals.toList();
            const auto concern = std::find_if(list.begin(), list.end(),
                                              [](BipSignal s) { return s != BipSignal::DueSoon; });
            return signalIcon(concern != list.end() ? *concern : BipSignal::DueSoon);
        }
        break;
    case Qt::FontRole:
        if (column == NameColumn && row.protectedIdentity) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (column == NextColumn && row.overdue) {
            QFont font;
            font.setBold(true);
            return font;
        }
        break;
    case Qt::ForegroundRole:
        if (!row.isActive())
            return QApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn && row.protectedIdentity)
            return tr("Protected identity: the name is shown only in the edit dialog.");
        if (column == SignalsColumn)
            return signalsToolTip(row);
        break;
    case Qt::AccessibleDescriptionRole:
        if (column == SignalsColumn) {
            QStringList details;
            for (BipSignal signal : row.bipSignals.toList())
                details << analysis::signalWord(signal) + u": "_s + signalDetail(row, signal);
            return details.join(u'\n');
        }
        break;
    case ParticipantIdRole:
        return row.participantId;
    case OverdueRole:
        return row.overdue;
    default:
        break;
    }
    return {};
}

QVariant CaseloadModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Name");
    case HandledareColumn:
        return tr("Case worker");
    case LastColumn:
        return tr("Last assessment");
    case NextColumn:
        return tr("Next assessment due");
    case SignalsColumn:
        return tr("Signals");
    }
    return {};
}

} // namespace tilltro::gui
