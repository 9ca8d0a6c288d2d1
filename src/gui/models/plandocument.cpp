#include "plandocument.h"

#include <QUndoStack>

namespace tilltro::gui {

PlanDocument::PlanDocument(Handlingsplan plan, QObject* parent)
    : QObject(parent)
    , m_plan(std::move(plan))
    , m_undoStack(new QUndoStack(this))
{
}

void PlanDocument::adoptIds(const Handlingsplan& saved)
{
    m_plan.id = saved.id;
    adoptVersion(saved);
    for (size_t i = 0; i < m_plan.delmal.size() && i < saved.delmal.size(); ++i) {
        m_plan.delmal[i].id = saved.delmal[i].id;
        auto& activities = m_plan.delmal[i].activities;
        for (size_t a = 0; a < activities.size() && a < saved.delmal[i].activities.size(); ++a)
            activities[a].id = saved.delmal[i].activities[a].id;
    }
}

void PlanDocument::adoptVersion(const Handlingsplan& stored)
{
    m_plan.rowVersion = stored.rowVersion;
}

void PlanDocument::setGoal(GoalType type, const QString& text)
{
    m_plan.goalType = type;
    m_plan.goalText = text;
    Q_EMIT goalChanged();
    Q_EMIT changed();
}

void PlanDocument::setNextMeeting(const QDate& date)
{
    m_plan.nextMeeting = date;
    Q_EMIT nextMeetingChanged();
    Q_EMIT changed();
}

void PlanDocument::insertDelmal(int index, const Delmal& delmal)
{
    m_plan.delmal.insert(m_plan.delmal.begin() + index, delmal);
    Q_EMIT delmalInserted(index);
    Q_EMIT changed();
}

Delmal PlanDocument::removeDelmal(int index)
{
    Delmal removed = m_plan.delmal[size_t(index)];
    m_plan.delmal.erase(m_plan.delmal.begin() + index);
    Q_EMIT delmalRemoved(index);
    Q_EMIT changed();
    return removed;
}

void PlanDocument::moveDelmal(int from, int to)
{
    Delmal moved = m_plan.delmal[size_t(from)];
    m_plan.delmal.erase(m_plan.delmal.begin() + from);
    m_plan.delmal.insert(m_plan.delmal.begin() + to, moved);
    Q_EMIT delmalMoved(from, to);
    Q_EMIT changed();
}

void PlanDocument::setDelmal(int index, const Delmal& delmal)
{
    m_plan.delmal[size_t(index)] = delmal;
    Q_EMIT delmalChanged(index);
    Q_EMIT changed();
}

} // namespace tilltro::gui
