#pragma once

#include <QObject>

#include <functional>

class QTabWidget;
class QUndoGroup;

namespace tilltro {
namespace workspace {
class Workspace;
}
} // namespace tilltro

namespace tilltro::gui {

class ParticipantView;

/// The deltagare's tabs beside the caseload (tab 0, which never closes): one view per
/// deltagare, their plans' undo stacks in one group that follows the tab shown, and the tabs
/// remembered per database for the next start.
class ParticipantTabs : public QObject {
    Q_OBJECT
public:
    ParticipantTabs(QTabWidget* tabs, workspace::Workspace& workspace, QObject* parent);

    /// Edit › Undo/Redo act on this group.
    QUndoGroup* undoGroup() const { return m_undoGroup; }
    /// Opens (or shows) the deltagare's view. Nullptr on failure (said in a message box).
    ParticipantView* open(qint64 participantId);
    ParticipantView* view(qint64 participantId) const;
    void close(int index);
    void closeOf(qint64 participantId);
    void closeAll();
    /// View › Uppdatera: reads every open deltagare again; closes those `exists` no longer knows
    /// (in a team database: handed over, a share ended, erased by the administratör).
    void reloadAll(const std::function<bool(qint64)>& exists);
    /// The open tabs of the current database, for the next start (QSettings).
    void remember() const;
    /// Opens the tabs remembered for the current database, of those `exists` still knows.
    template <typename Exists> void reopen(Exists exists);

Q_SIGNALS:
    void openOccasionRequested(qint64 participantId, qint64 occasionId);
    /// The tab shown changed: the view, or nullptr for the caseload.
    void currentViewChanged(ParticipantView* view);

private:
    QList<qint64> remembered(int& current) const;
    void showCurrent(int index);
    void currentChanged();

    QTabWidget* m_tabs;
    workspace::Workspace& m_ws;
    QUndoGroup* m_undoGroup;
};

template <typename Exists> void ParticipantTabs::reopen(Exists exists)
{
    int current = 0;
    for (qint64 id : remembered(current)) {
        // Erased or unknown ids are passed over quietly.
        if (exists(id))
            open(id);
    }
    showCurrent(current);
}

} // namespace tilltro::gui
