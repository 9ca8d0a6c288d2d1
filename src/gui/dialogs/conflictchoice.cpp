#include "conflictchoice.h"

#include <QCoreApplication>

#include "messagebox.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

ConflictChoice askAboutConflict(QWidget* parent, const QString& message,
                                const QString& discardMeans)
{
    const QString text =
        message + u"\n\n"_s +
        QCoreApplication::translate("ConflictChoice",
                                    "Save: your version replaces the stored one.") +
        u'\n' + discardMeans + u'\n' +
        QCoreApplication::translate("ConflictChoice",
                                    "Cancel: decide later; nothing is saved until then.");
    const auto answer = MessageBox::question(
        parent, QCoreApplication::translate("ConflictChoice", "Saved by someone else"), text,
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Save)
        return ConflictChoice::SaveMine;
    if (answer == QMessageBox::Discard)
        return ConflictChoice::Discard;
    return ConflictChoice::Later;
}

} // namespace tilltro::gui
