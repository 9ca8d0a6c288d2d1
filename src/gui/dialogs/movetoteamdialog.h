#pragma once

#include "teamdatabasedialog.h"

class QRadioButton;

namespace tilltro::workspace {
enum class AfterMove;
}

namespace tilltro::gui {

/// Arkiv › Flytta till teamdatabas… (issue 17): the team database's address, as
/// TeamDatabaseDialog asks for it (the addresses used before, the connection check), what the
/// move does with the open file's `participantCount` deltagare, and what then becomes of the
/// file: kept unchanged and read-only (the default) or its deltagare erased. It moves nothing
/// itself: the caller does (DatabaseActions::moveToTeamDatabaseDialog()).
class MoveToTeamDialog : public TeamDatabaseDialog {
    Q_OBJECT
public:
    explicit MoveToTeamDialog(int participantCount, QWidget* parent = nullptr);

    /// What becomes of the file after the move, as chosen.
    workspace::AfterMove afterMove() const;
    void setAfterMove(workspace::AfterMove after);

private:
    QRadioButton* m_keep = nullptr;
    QRadioButton* m_erase = nullptr;
};

} // namespace tilltro::gui
