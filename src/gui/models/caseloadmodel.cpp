#include "caseloadmodel.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QPalette>
#include <QStyle>

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
    for (const CaseloadRow& row : m_rows) {
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

QString CaseloadModel::signalsText(const CaseloadRow& row) const
{
    QStringList parts;
    if (!row.isActive())
        parts << tr("Ended %1").arg(QLocale().toString(row.endDate, QLocale::ShortFormat));
    if (row.overdue)
        parts << tr("Overdue");
    if (row.hasDraft)
        parts << tr("Draft");
    if (row.isActive() && !row.hasConsent)
        parts << tr("No consent");
    return parts.join(u" · "_s);
}

QVariant CaseloadModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CaseloadRow& row = m_rows[size_t(index.row())];
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
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
        default:
            return data(index, Qt::DisplayRole);
        }
    case Qt::DecorationRole:
        if (column == SignalsColumn && row.overdue)
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
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
        if (column == SignalsColumn && row.isActive() && !row.hasConsent)
            return tr("No current consent for registration has been recorded.");
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
