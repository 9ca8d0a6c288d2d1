#pragma once

#include <QDialog>

#include <vector>

#include "workspace/workspace.h"

class QLabel;
class QPushButton;
class QTableWidget;

namespace tilltro::gui {

/// Arkiv › Instrument…: the instrument versions in the database (name, version, how many
/// occasions were answered with each, which one new occasions use), a new version imported from
/// a JSON file, and the choice of the version new occasions use. Old occasions keep theirs.
/// Everything goes through the workspace (validated, audited); the table follows its
/// instrumentsChanged() signal.
class InstrumentDialog : public QDialog {
    Q_OBJECT
public:
    /// `ws` must be open and outlive the dialog. On a read-only database the list is shown and
    /// nothing can be changed.
    explicit InstrumentDialog(workspace::Workspace& ws, QWidget* parent = nullptr);
    ~InstrumentDialog() override;

    // For tests.
    QTableWidget* table() const { return m_table; }
    QPushButton* importButton() const { return m_import; }
    QPushButton* useButton() const { return m_use; }
    QLabel* statusLabel() const { return m_status; }
    /// Imports `path` (what the file chooser answered); says why not in a message box.
    bool importFrom(const QString& path);
    /// Makes the selected version the one new occasions use; says why not in a message box.
    bool useSelected();

private:
    void reload();
    void chooseFile();
    void updateButtons();
    void showLists(const workspace::InstrumentEntry* entry);
    const workspace::InstrumentEntry* selected() const;

    workspace::Workspace& m_ws;
    std::vector<workspace::InstrumentEntry> m_entries;
    QTableWidget* m_table = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_use = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_lists = nullptr; ///< the selected version's insats categories and end reasons
};

/// Shows the dialog (modal) over `parent` when a database is open. The menu entry's one call.
void showInstrumentDialog(workspace::Workspace& ws, QWidget* parent);

} // namespace tilltro::gui
