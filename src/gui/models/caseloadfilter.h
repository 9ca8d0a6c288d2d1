#pragma once

#include <QSortFilterProxyModel>

namespace tilltro {

class CaseloadModel;

/// Filters the caseload by a search text (every word must occur in code, name or handledare;
/// a protected name is never searched) and sorts by CaseloadModel::SortRole.
class CaseloadFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit CaseloadFilter(QObject* parent = nullptr);

    void setCaseload(CaseloadModel* model);
    void setSearchText(const QString& text);
    QString searchText() const { return m_text; }
    /// Whether ended participations are listed (they are by default).
    void setShowEnded(bool show);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    CaseloadModel* m_caseload = nullptr;
    QString m_text;
    QStringList m_words;
    bool m_showEnded = true;
};

} // namespace tilltro
