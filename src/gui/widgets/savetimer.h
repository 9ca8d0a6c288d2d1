#pragma once

#include <QTimer>

#include <utility>

namespace tilltro::gui {

/// The timer of a form that saves as you go (OccasionForm, PlanEditor): single-shot, owned by
/// `owner`, calling `save` `delayMs` after it was last start()ed, so a burst of edits is one
/// save. A failed save starts it again with a longer wait.
template <typename Save> QTimer* newSaveTimer(QObject* owner, int delayMs, Save save)
{
    auto* timer = new QTimer(owner);
    timer->setSingleShot(true);
    timer->setInterval(delayMs);
    QObject::connect(timer, &QTimer::timeout, owner, std::move(save));
    return timer;
}

} // namespace tilltro::gui
