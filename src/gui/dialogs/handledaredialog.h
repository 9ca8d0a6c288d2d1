#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class HandledareDialog;
}

namespace tilltro {
namespace workspace {
class Workspace;
}
} // namespace tilltro

namespace tilltro::gui {

/// Asks who the user is: an existing handledare or a new one. On accept the choice is stored
/// as the current user of the database.
class HandledareDialog : public QDialog {
    Q_OBJECT
public:
    HandledareDialog(workspace::Workspace& ws, QWidget* parent = nullptr);
    ~HandledareDialog() override;

    void accept() override;
    qint64 chosenHandledareId() const { return m_chosenId; }

private:
    void updateEnabled();
    std::unique_ptr<Ui::HandledareDialog> m_ui;
    workspace::Workspace& m_ws;
    qint64 m_chosenId = 0;
};

} // namespace tilltro::gui
