#pragma once

#include <QObject>

#include "core/domain/handlingsplan.h"

class QUndoStack;

namespace tilltro::gui {

/// A handlingsplan being edited, with its undo stack.
///
/// The mutators are the only way to change the plan; undo commands call them and views listen to
/// the signals (never to the commands), as in Tiled. Indices are delmål positions in the plan.
class PlanDocument : public QObject {
    Q_OBJECT
public:
    explicit PlanDocument(Handlingsplan plan, QObject* parent = nullptr);

    const Handlingsplan& plan() const { return m_plan; }
    QUndoStack* undoStack() const { return m_undoStack; }
    int delmalCount() const { return int(m_plan.delmal.size()); }
    const Delmal& delmal(int index) const { return m_plan.delmal[size_t(index)]; }
    /// After a save, the stored ids (plan, delmål, activities) are taken over without a signal.
    void adoptIds(const Handlingsplan& saved);
    /// The team database's version of the stored plan (the next save is made from it).
    void adoptVersion(const Handlingsplan& stored);

    // Mutators for the undo commands.
    void setGoal(GoalType type, const QString& text);
    void setNextMeeting(const QDate& date);
    void insertDelmal(int index, const Delmal& delmal);
    Delmal removeDelmal(int index);
    void moveDelmal(int from, int to);
    void setDelmal(int index, const Delmal& delmal);

Q_SIGNALS:
    void goalChanged();
    void nextMeetingChanged();
    void delmalInserted(int index);
    void delmalRemoved(int index);
    void delmalMoved(int from, int to);
    void delmalChanged(int index);
    /// Any change: the plan must be saved.
    void changed();

private:
    Handlingsplan m_plan;
    QUndoStack* m_undoStack;
};

} // namespace tilltro::gui
