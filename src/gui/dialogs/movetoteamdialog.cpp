#include "movetoteamdialog.h"

#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

MoveToTeamDialog::MoveToTeamDialog(int participantCount, QWidget* parent)
    : TeamDatabaseDialog(parent)
{
    setObjectName(u"MoveToTeamDialog"_s);
    setWindowTitle(tr("Move to team database"));
    setExplanation(
        tr("The %n participant(s) in this file move to the team database with their whole "
           "history: assessments, action plans, interventions and log. There they become yours. "
           "Sensitive answers and notes go along: the team database is your unit's own "
           "storage.\n\n"
           "All or nothing: if the team database refuses one of them (a code already used "
           "there), none is moved and both databases stay as they were.",
           nullptr, participantCount));
    setAcceptText(tr("&Move"));

    auto* choice = new QGroupBox(tr("After the move"), this);
    choice->setObjectName(u"afterMoveGroupBox"_s);
    m_keep = new QRadioButton(tr("&Keep the file unchanged and read-only"), choice);
    m_keep->setObjectName(u"keepReadOnlyRadioButton"_s);
    m_keep->setAccessibleName(tr("Keep the file unchanged and read-only"));
    m_keep->setAccessibleDescription(
        tr("The file keeps the participants as they were; it opens read-only from now on."));
    m_keep->setChecked(true);
    m_erase = new QRadioButton(tr("&Erase the participants from the file"), choice);
    m_erase->setObjectName(u"eraseLocalRadioButton"_s);
    m_erase->setAccessibleName(tr("Erase the participants from the file"));
    auto* warning = new QLabel(
        tr("They are erased from the file and its automatic backups. This cannot be undone."),
        choice);
    warning->setObjectName(u"eraseWarningLabel"_s);
    warning->setTextFormat(Qt::PlainText);
    warning->setWordWrap(true);
    warning->setIndent(24); // under the radio button's text
    m_erase->setAccessibleDescription(warning->text());
    auto* choiceLayout = new QVBoxLayout(choice);
    choiceLayout->addWidget(m_keep);
    choiceLayout->addWidget(m_erase);
    choiceLayout->addWidget(warning);
    addSection(choice);

    // Reading order: the address, its check, the choice, then Move and Cancel.
    QPushButton* move = buttonBox()->button(QDialogButtonBox::Ok);
    setTabOrder(checkButton(), m_keep);
    setTabOrder(m_keep, m_erase);
    setTabOrder(m_erase, move);
    setTabOrder(move, buttonBox()->button(QDialogButtonBox::Cancel));
}

workspace::AfterMove MoveToTeamDialog::afterMove() const
{
    return m_erase->isChecked() ? workspace::AfterMove::EraseLocal
                                : workspace::AfterMove::KeepReadOnly;
}

void MoveToTeamDialog::setAfterMove(workspace::AfterMove after)
{
    (after == workspace::AfterMove::EraseLocal ? m_erase : m_keep)->setChecked(true);
}

} // namespace tilltro::gui
