#include "caseloadfilter.h"

#include "caseloadmodel.h"

namespace tilltro {

CaseloadFilter::CaseloadFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(CaseloadModel::SortRole);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    setSortLocaleAware(true);
}

void CaseloadFilter::setCaseload(CaseloadModel* model)
{
    m_caseload = model;
    setSourceModel(model);
}

void CaseloadFilter::setSearchText(const QString& text)
{
    if (text == m_text)
        return;
    m_text = text;
    m_words = text.simplified().toCaseFolded().split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter(); // rows only: the columns do not depend on the search
}

void CaseloadFilter::setShowEnded(bool show)
{
    if (show == m_showEnded)
        return;
    m_showEnded = show;
    invalidateRowsFilter();
}

bool CaseloadFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_caseload || sourceParent.isValid())
        return true;
    if (!m_showEnded && !m_caseload->rowAt(sourceRow).isActive())
        return false;
    const QString& key = m_caseload->searchKey(sourceRow);
    for (const QString& word : m_words) {
        if (!key.contains(word))
            return false;
    }
    return true;
}

} // namespace tilltro
