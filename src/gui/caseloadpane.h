#pragma once

#include <QObject>

class QLineEdit;
class QTableView;
class QToolBar;

namespace tilltro {
namespace workspace {
class Workspace;
}
struct CaseloadRow;
} // namespace tilltro

namespace tilltro::gui {

class CaseloadFilter;
class CaseloadModel;

/// The caseload tab: the table of the open database's deltagare, its search field (in the
/// tool bar) and the filter between them. Keeps the chosen deltagare chosen while the list is
/// filtered, sorted or reloaded, and says in words what the list holds.
class CaseloadPane : public QObject {
    Q_OBJECT
public:
    CaseloadPane(QTableView* table, QToolBar* toolBar, workspace::Workspace& workspace,
                 QObject* parent);

    CaseloadModel* model() const { return m_caseload; }
    CaseloadFilter* filter() const { return m_filter; }
    QLineEdit* search() const { return m_search; }

    /// Reads the caseload again; an error message, or empty.
    QString reload();
    /// The deltagare chosen in the table, or 0.
    qint64 currentParticipantId() const;
    /// The caseload's row of a deltagare, or nullptr.
    const CaseloadRow* row(qint64 participantId) const;
    /// Chooses a deltagare (clearing the search when it hides them).
    void select(qint64 participantId);
    /// After a database was opened: columns fitted, the first row chosen, the focus in the list.
    void showOpened();
    /// "12 participants · 2 overdue · 3 shown" for the status bar.
    QString summary() const;

Q_SIGNALS:
    /// Enter or double-click on a row.
    void activated(qint64 participantId);
    /// The chosen row changed.
    void currentChanged();
    /// The list was filtered or read again.
    void listChanged();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QTableView* m_table;
    workspace::Workspace* m_workspace = nullptr;
    CaseloadModel* m_caseload;
    CaseloadFilter* m_filter;
    QLineEdit* m_search;
    qint64 m_kept = 0; ///< the chosen deltagare, kept across a reset of the filter
};

} // namespace tilltro::gui
