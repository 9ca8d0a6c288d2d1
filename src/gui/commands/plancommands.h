#pragma once

#include <QUndoCommand>

#include <utility>

#include "core/domain/handlingsplan.h"

namespace tilltro::gui {

class PlanDocument;

/// The merge ids of the undo commands, one per kind of command that merges (QUndoCommand::id();
/// -1, the default, never merges). One list, so no two kinds can share an id by accident.
enum class UndoCommandId : int {
    ChangeGoal = 1,
    ChangeDelmal,
    ChangeNextMeeting,
};

/// What the commands that change one value of the plan share (Tiled's ChangeValue): the whole
/// value before and after, put in place by apply() with one code path for undo and redo. A
/// change that changes nothing is dropped (obsolete). A following command of the same kind on
/// the same document merges when canMergeWith() says so: the first value before, the last after
/// (typing a word is one undo step).
template <typename Value, UndoCommandId Id> class ChangeValueCommand : public QUndoCommand {
public:
    void undo() override { apply(m_before); }
    void redo() override { apply(m_after); }
    int id() const override { return int(Id); }
    bool mergeWith(const QUndoCommand* other) override
    {
        // Only a command with the same id comes here, so it is of the same kind as this one.
        const auto* next = static_cast<const ChangeValueCommand*>(other);
        if (next->m_document != m_document || !canMergeWith(*next))
            return false;
        m_after = next->m_after;
        setObsolete(m_before == m_after);
        return true;
    }

    const Value& before() const { return m_before; }
    const Value& after() const { return m_after; }

protected:
    /// `text` names the change for the Edit menu ("Undo change the goal").
    ChangeValueCommand(PlanDocument* document, Value before, Value after, const QString& text)
        : m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
        setText(text);
        setObsolete(m_before == m_after);
    }

    /// Puts `value` in the document.
    virtual void apply(const Value& value) = 0;
    /// Whether `next`, the following command of the same kind on the same document, merges
    /// into this one.
    virtual bool canMergeWith(const ChangeValueCommand& next) const = 0;

    PlanDocument* m_document;

private:
    Value m_before;
    Value m_after;
};

/// The goal of a plan: what ChangeGoalCommand changes.
struct PlanGoal {
    GoalType type = GoalType::Arbete;
    QString text;
    bool operator==(const PlanGoal&) const = default;
};

/// Changes the goal (type and text). Consecutive text edits merge into one undo step.
class ChangeGoalCommand : public ChangeValueCommand<PlanGoal, UndoCommandId::ChangeGoal> {
public:
    ChangeGoalCommand(PlanDocument* document, GoalType type, const QString& text);

protected:
    void apply(const PlanGoal& goal) override;
    bool canMergeWith(const ChangeValueCommand& next) const override;
};

/// Changes the next meeting agreed with the plan (invalid: none). Consecutive changes merge.
class ChangeNextMeetingCommand
    : public ChangeValueCommand<QDate, UndoCommandId::ChangeNextMeeting> {
public:
    ChangeNextMeetingCommand(PlanDocument* document, const QDate& date);

protected:
    void apply(const QDate& date) override;
    bool canMergeWith(const ChangeValueCommand&) const override { return true; }
};

/// What adding and removing a delmål share: the delmål at an index, put in or taken out (the
/// one taken out is kept for putting it back).
class AddRemoveDelmalCommand : public QUndoCommand {
protected:
    AddRemoveDelmalCommand(PlanDocument* document, int index, const Delmal& delmal,
                           const QString& text);
    void insertDelmal();
    void removeDelmal();

private:
    PlanDocument* m_document;
    int m_index;
    Delmal m_delmal;
};

class AddDelmalCommand : public AddRemoveDelmalCommand {
public:
    AddDelmalCommand(PlanDocument* document, int index, const Delmal& delmal);
    void undo() override { removeDelmal(); }
    void redo() override { insertDelmal(); }
};

class RemoveDelmalCommand : public AddRemoveDelmalCommand {
public:
    RemoveDelmalCommand(PlanDocument* document, int index);
    void undo() override { insertDelmal(); }
    void redo() override { removeDelmal(); }
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
class ChangeDelmalCommand : public ChangeValueCommand<Delmal, UndoCommandId::ChangeDelmal> {
public:
    /// `field` names what changed, for merging and for the Edit menu ("Undo change status").
    ChangeDelmalCommand(PlanDocument* document, int index, const Delmal& after,
                        const QString& field);

protected:
    void apply(const Delmal& delmal) override;
    bool canMergeWith(const ChangeValueCommand& next) const override;

private:
    int m_index;
    QString m_field;
};

} // namespace tilltro::gui
