#pragma once

#include <QDialog>

#include <memory>
#include <optional>

#include "report/blankform.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QPrinter;
class QPushButton;

namespace tilltro::workspace {
class Workspace;
}

namespace tilltro::gui {

/// "Blankett för deltagaren…": the blank deltagare form of the default instrument, to print
/// before the meeting so that the deltagare can think about the questions. Choose easy-read and
/// the language, then save a PDF or print. The form holds no personal data, so nothing is
/// recorded in the audit log.
class BlankFormDialog : public QDialog {
    Q_OBJECT
public:
    /// `ws`: the open database's workspace, so that the PDF is never written over its files;
    /// may be null (no database open). Not owned; must outlive the dialog.
    explicit BlankFormDialog(const workspace::Workspace* ws, QWidget* parent = nullptr);
    ~BlankFormDialog() override;

    /// The choices made: easy-read and the language ("sv" or "en").
    report::BlankFormOptions options() const;

    // For tests: the controls, and saving and printing without a file or print dialog.
    QCheckBox* easyReadBox() const { return m_easyRead; }
    QComboBox* languageBox() const { return m_language; }
    QLabel* statusLabel() const { return m_status; }
    /// Writes the form to `path` (owner-only, atomic); says why not in a message box.
    bool savePdf(const QString& path);
    /// Sets up `printer` for the form and paints it; false when the form could not be made.
    bool printOn(QPrinter* printer);

private:
    void choosePdf();
    void choosePrinter();
    /// The form as chosen, or nullopt after saying why it could not be made.
    std::optional<report::BlankForm> form();

    const workspace::Workspace* m_ws = nullptr;
    std::unique_ptr<workspace::Workspace> m_ownWorkspace; ///< no database open: for writing only
    QCheckBox* m_easyRead = nullptr;
    QComboBox* m_language = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_print = nullptr;
    QLabel* m_status = nullptr;
};

/// Shows the dialog (modal) over `parent`. The one entry point for the menu entry.
void showBlankFormDialog(QWidget* parent, const workspace::Workspace* ws = nullptr);

} // namespace tilltro::gui
