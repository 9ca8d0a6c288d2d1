#include "handlingsplan.h"

namespace tilltro {

Handlingsplan nextPlan(const Handlingsplan& current, qint64 occasionId)
{
    Handlingsplan plan;
    plan.participantId = current.participantId;
    plan.occasionId = occasionId;
    plan.goalType = current.goalType;
    plan.goalText = current.goalText;
    for (const Delmal& from : current.delmal) {
        if (!from.carriesOver())
            continue;
        Delmal d = from;
        d.id = 0;
        d.followUp.clear();
        if (d.status == DelmalStatus::DelvisUppnatt)
            d.status = DelmalStatus::Pagar;
        for (Activity& a : d.activities)
            a.id = 0;
        plan.delmal.push_back(std::move(d));
    }
    return plan;
}

} // namespace tilltro
