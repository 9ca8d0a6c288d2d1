#include "plancommands.h"

#include <QCoreApplication>

#include "models/plandocument.h"

namespace tilltro::gui {

ChangeGoalCommand::ChangeGoalCommand(PlanDocument* document, GoalType type, const QString& text)
    : m_document(document)
    , m_oldType(document->plan().goalType)
    , m_oldText(document->plan().goalText)
    , m_newType(type)
    , m_newText(text)
{
    setText(QCoreApplication::translate("PlanCommands", "change the goal"));
    setObsolete(m_oldType == m_newType && m_oldText == m_newText);
}

void ChangeGoalCommand::undo()
{
    m_document->setGoal(m_oldType, m_oldText);
}

void ChangeGoalCommand::redo()
{
    m_document->setGoal(m_newType, m_newText);
}

bool ChangeGoalCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeGoalCommand*>(other);
    if (next->m_document != m_document || next->m_newType != m_newType || m_newType != m_oldType)
        return false;
    m_newText = next->m_newText;
    setObsolete(m_oldType == m_newType && m_oldText == m_newText);
    return true;
}

AddDelmalCommand::AddDelmalCommand(PlanDocument* document, int index, const Delmal& delmal)
    : m_document(document)
    , m_index(index)
    , m_delmal(delmal)
{
    setText(QCoreApplication::translate("PlanCommands", "add sub-goal"));
}

void AddDelmalCommand::undo()
{
    m_delmal = m_document->removeDelmal(m_index);
}

void AddDelmalCommand::redo()
{
    m_document->insertDelmal(m_index, m_delmal);
}

RemoveDelmalCommand::RemoveDelmalCommand(PlanDocument* document, int index)
    : m_document(document)
    , m_index(index)
    , m_delmal(document->delmal(index))
{
    setText(QCoreApplication::translate("PlanCommands", "remove sub-goal"));
}

void RemoveDelmalCommand::undo()
{
    m_document->insertDelmal(m_index, m_delmal);
}

void RemoveDelmalCommand::redo()
{
    m_delmal = m_document->removeDelmal(m_index);
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
    : m_document(document)
    , m_index(index)
    , m_before(document->delmal(index))
    , m_after(after)
    , m_field(field)
{
    setText(QCoreApplication::translate("PlanCommands", "change %1").arg(field));
    setObsolete(m_before == m_after);
}

void ChangeDelmalCommand::undo()
{
    m_document->setDelmal(m_index, m_before);
}

void ChangeDelmalCommand::redo()
{
    m_document->setDelmal(m_index, m_after);
}

bool ChangeDelmalCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const ChangeDelmalCommand*>(other);
    if (next->m_document != m_document || next->m_index != m_index || next->m_field != m_field)
        return false;
    m_after = next->m_after;
    setObsolete(m_before == m_after);
    return true;
}

} // namespace tilltro::gui
