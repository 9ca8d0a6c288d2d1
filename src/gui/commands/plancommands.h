#pragma once

#include <QUndoCommand>

#include "core/domain/handlingsplan.h"

namespace tilltro::gui {

class PlanDocument;

/// The merge ids of the undo commands, one per kind of command that merges (QUndoCommand::id();
/// -1, the default, never merges). One list, so no two kinds can share an id by accident.
enum class UndoCommandId : int {
    ChangeGoal = 1,
    ChangeDelmal,
};

/// Changes the goal (type and text). Consecutive text edits merge into one undo step.
class ChangeGoalCommand : public QUndoCommand {
public:
    ChangeGoalCommand(PlanDocument* document, GoalType type, const QString& text);
    void undo() override;
    void redo() override;
    int id() const override { return int(UndoCommandId::ChangeGoal); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    PlanDocument* m_document;
    GoalType m_oldType;
    QString m_oldText;
    GoalType m_newType;
    QString m_newText;
};

class AddDelmalCommand : public QUndoCommand {
public:
    AddDelmalCommand(PlanDocument* document, int index, const Delmal& delmal);
    void undo() override;
    void redo() override;

private:
    PlanDocument* m_document;
    int m_index;
    Delmal m_delmal;
};

class RemoveDelmalCommand : public QUndoCommand {
public:
    RemoveDelmalCommand(PlanDocument* document, int index);
    void undo() override;
    void redo() override;

private:
    PlanDocument* m_document;
    int m_index;
    Delmal m_delmal;
};

class MoveDelmalCommand : public QUndoCommand {
public:
    MoveDelmalCommand(PlanDocument* document, int from, int to);
    void undo() override;
    void redo() override;

private:
    PlanDocument* m_document;
    int m_from;
    int m_to;
};

/// The one generic "change a delmål" command: swaps the whole before/after value with one code
/// path. Repeated edits of the same field of the same delmål merge (typing a word is one undo
/// step); a change that changes nothing is dropped.
class ChangeDelmalCommand : public QUndoCommand {
public:
    /// `field` names what changed, for merging and for the Edit menu ("Undo change status").
    ChangeDelmalCommand(PlanDocument* document, int index, const Delmal& after,
                        const QString& field);
    void undo() override;
    void redo() override;
    int id() const override { return int(UndoCommandId::ChangeDelmal); }
    bool mergeWith(const QUndoCommand* other) override;

private:
    PlanDocument* m_document;
    int m_index;
    Delmal m_before;
    Delmal m_after;
    QString m_field;
};

} // namespace tilltro::gui
