#pragma once

#include <QObject>

#include <array>

#include "core/domain/signal.h"

class QAction;
class QLineEdit;
class QMenu;
class QTableView;
class QToolBar;
class QPushButton;

namespace tilltro {
namespace workspace {
class Workspace;
}
struct CaseloadRow;
} // namespace tilltro

namespace tilltro::gui {

class CaseloadFilter;
class CaseloadModel;

/// The caseload tab: the table of the open database's deltagare, its search field and signal
/// filter (in the tool bar) and the filter between them. Keeps the chosen deltagare chosen while
/// the list is filtered, sorted or reloaded, and says in words what the list holds.
class CaseloadPane : public QObject {
    Q_OBJECT
public:
    CaseloadPane(QTableView* table, QToolBar* toolBar, workspace::Workspace& workspace,
                 QObject* parent);

    CaseloadModel* model() const { return m_caseload; }
    CaseloadFilter* filter() const { return m_filter; }
    QLineEdit* search() const { return m_search; }
    /// The "Signals" button: its menu has a checkable action per signal (with how many rows
    /// have it) and one that shows all again.
    QPushButton* signalsButton() const { return m_signalsButton; }
    QAction* signalAction(BipSignal signal) const { return m_signalActions[size_t(signal)]; }

    /// Reads the caseload again; an error message, or empty.
    QString reload();
    /// The deltagare chosen in the table, or 0.
    qint64 currentParticipantId() const;
    /// The caseload's row of a deltagare, or nullptr.
    const CaseloadRow* row(qint64 participantId) const;
    /// Chooses a deltagare (clearing the search and the signal filter when they hide them).
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
    void setUpSignalsButton(QToolBar* toolBar);
    /// The filter from the ticked signal actions; the button says what it shows.
    void applySignalFilter();
    /// Counts in the menu, after the caseload was read again.
    void updateSignalActions();
    void clearFilters();

    QTableView* m_table;
    workspace::Workspace* m_workspace = nullptr;
    CaseloadModel* m_caseload;
    CaseloadFilter* m_filter;
    QLineEdit* m_search;
    QPushButton* m_signalsButton = nullptr;
    QMenu* m_signalsMenu = nullptr;
    std::array<QAction*, BipSignalCount> m_signalActions{};
    QAction* m_showAllAction = nullptr;
    qint64 m_kept = 0; ///< the chosen deltagare, kept across a reset of the filter
};

} // namespace tilltro::gui
