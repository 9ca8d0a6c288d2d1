#pragma once

#include <QString>

class QWidget;

namespace tilltro::gui {

/// What a person chose about a save the team database refused because someone else saved the
/// same record in between (storage/rowversion.h). Nothing is overwritten unless they say so.
enum class ConflictChoice {
    SaveMine, ///< their version replaces the stored one (the server logs it as any change)
    Discard,  ///< their changes go; the stored version is shown
    Later,    ///< nothing now: the changes stay on screen, unsaved
};

/// Asks, showing `message` (both versions, from the refusal). `discardMeans` says what Discard
/// does where it is asked (the form closes, the plan is read again).
ConflictChoice askAboutConflict(QWidget* parent, const QString& message,
                                const QString& discardMeans);

} // namespace tilltro::gui
