#include "plancommands.h"

#include <QCoreApplication>

#include "models/plandocument.h"

namespace tilltro::gui {

ChangeGoalCommand::ChangeGoalCommand(PlanDocument* document, GoalType type, const QString& text)
    : ChangeValueCommand(document, {document->plan().goalType, document->plan().goalText},
                         {type, text},
                         QCoreApplication::translate("PlanCommands", "change the goal"))
{
}

void ChangeGoalCommand::apply(const PlanGoal& goal)
{
    m_document->setGoal(goal.type, goal.text);
}

bool ChangeGoalCommand::canMergeWith(const ChangeValueCommand& next) const
{
    // Only text edits merge: a change of the type is a step of its own.
    return next.after().type == after().type && after().type == before().type;
}

ChangeNextMeetingCommand::ChangeNextMeetingCommand(PlanDocument* document, const QDate& date)
    : ChangeValueCommand(document, document->plan().nextMeeting, date,
                         QCoreApplication::translate("PlanCommands", "change the next meeting"))
{
}

void ChangeNextMeetingCommand::apply(const QDate& date)
{
    m_document->setNextMeeting(date);
}

AddRemoveDelmalCommand::AddRemoveDelmalCommand(PlanDocument* document, int index,
                                               const Delmal& delmal, const QString& text)
    : m_document(document)
    , m_index(index)
    , m_delmal(delmal)
{
    setText(text);
}

void AddRemoveDelmalCommand::insertDelmal()
{
    m_document->insertDelmal(m_index, m_delmal);
}

void AddRemoveDelmalCommand::removeDelmal()
{
    m_delmal = m_document->removeDelmal(m_index);
}

AddDelmalCommand::AddDelmalCommand(PlanDocument* document, int index, const Delmal& delmal)
    : AddRemoveDelmalCommand(document, index, delmal,
                             QCoreApplication::translate("PlanCommands", "add sub-goal"))
{
}

RemoveDelmalCommand::RemoveDelmalCommand(PlanDocument* document, int index)
    : AddRemoveDelmalCommand(document, index, document->delmal(index),
                             QCoreApplication::translate("PlanCommands", "remove sub-goal"))
{
}

MoveDelmalCommand::MoveDelmalCommand(PlanDocument* document, int from, int to)
    : m_document(document)
    , m_from(from)
    , m_to(to)
{
    setText(QCoreApplication::translate("PlanCommands", "move sub-goal"));
    setObsolete(from == to);
}

void MoveDelmalCommand::undo()
{
    m_document->moveDelmal(m_to, m_from);
}

void MoveDelmalCommand::redo()
{
    m_document->moveDelmal(m_from, m_to);
}

ChangeDelmalCommand::ChangeDelmalCommand(PlanDocument* document, int index, const Delmal& after,
                                         const QString& field)
    : ChangeValueCommand(document, document->delmal(index), after,
                         QCoreApplication::translate("PlanCommands", "change %1").arg(field))
    , m_index(index)
    , m_field(field)
{
}

void ChangeDelmalCommand::apply(const Delmal& delmal)
{
    m_document->setDelmal(m_index, delmal);
}

bool ChangeDelmalCommand::canMergeWith(const ChangeValueCommand& next) const
{
    const auto& other = static_cast<const ChangeDelmalCommand&>(next);
    return other.m_index == m_index && other.m_field == m_field;
}

} // namespace tilltro::gui
