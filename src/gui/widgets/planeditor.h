#pragma once

#include <QWidget>

#include <functional>
#include <memory>
#include <vector>

#include "core/domain/handlingsplan.h"
#include "core/domain/occasion.h"
#include "core/instrument/instrument.h"

namespace Ui {
class PlanEditor;
}
class QCheckBox;
class QTimer;
class QUndoStack;

namespace tilltro {
namespace workspace {
class Workspace;
}
} // namespace tilltro

namespace tilltro::gui {

class DateEdit;
class PlanDocument;

/// The handlingsplan editor: goal, delmål (what, why, indicators and target level, responsible,
/// dates, status, follow-up) and their activities. Every edit is an undo command on the plan's
/// QUndoStack and is saved as you go. The newest plan is edited; earlier ones are shown read-only.
class PlanEditor : public QWidget {
    Q_OBJECT
public:
    static constexpr int SaveDelayMs = 300;

    PlanEditor(workspace::Workspace& ws, qint64 participantId, const Instrument& instrument,
               QWidget* parent = nullptr);
    ~PlanEditor() override;

    /// Reads the participant's plans and occasions again; shows the newest plan.
    bool reload();
    /// The plan shown, or nullptr when the participant has none yet.
    PlanDocument* document() const { return m_document.get(); }
    /// The undo stack of the plan shown (nullptr without a plan).
    QUndoStack* undoStack() const;
    bool isReadOnly() const { return m_readOnly; }
    /// Writes pending changes now; false (changes kept) when the save failed.
    bool saveNow();
    /// Starts a new plan for the latest completed occasion (nextPlan(): not started, in
    /// progress and partly achieved delmål carry over; the follow-up stays in this plan).
    bool newPlan();
    int currentDelmal() const;
    void selectDelmal(int index);

    // Editing actions, also reachable by keyboard.
    void addDelmal();
    void removeDelmal();
    void moveDelmal(int delta);

Q_SIGNALS:
    /// The plan shown changed (another plan chosen, or an edit): targets on the chart follow.
    void planChanged();
    /// Another plan (with its own undo stack) is now shown.
    void undoStackChanged(QUndoStack* stack);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    /// A save the team database refused because someone else saved in between: asks whether
    /// to save over it, discard and read the plan again, or decide later.
    bool resolveConflict(const QString& message);

    void showPlan(int index);
    void connectDocument();
    void refreshGoal();
    /// The date proposed when a next meeting is first agreed: three months after the plan's
    /// occasion (or today).
    QDate proposedNextMeeting() const;
    void refreshList();
    void refreshDetails();
    void refreshActivities(const Delmal& delmal);
    void updateEnabled();
    void changeCurrent(const QString& field, const std::function<void(Delmal&)>& edit);
    void activitiesEdited();
    QString listText(int index) const;
    QString occasionLabel(qint64 occasionId) const;

    std::unique_ptr<Ui::PlanEditor> m_ui;
    workspace::Workspace& m_ws;
    qint64 m_participantId;
    Instrument m_instrument;
    QString m_language;
    std::vector<Handlingsplan> m_plans;
    std::vector<Occasion> m_occasions;
    std::unique_ptr<PlanDocument> m_document;
    int m_planIndex = -1;
    bool m_readOnly = false;
    bool m_updating = false;
    bool m_dirty = false;
    bool m_resolvingConflict = false;
    bool m_saving = false; ///< this editor's own save is under way (its announcement is ours)
    QTimer* m_saveTimer = nullptr;
    QCheckBox* m_nextMeetingCheckBox = nullptr; ///< a next meeting is agreed
    DateEdit* m_nextMeetingEdit = nullptr;
};

} // namespace tilltro::gui
