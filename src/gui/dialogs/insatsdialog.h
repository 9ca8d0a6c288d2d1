#pragma once

#include <QDialog>

#include <memory>

#include "core/domain/insats.h"

class QLabel;

namespace Ui {
class InsatsDialog;
}

namespace tilltro {
namespace workspace {
class Workspace;
}
} // namespace tilltro

namespace tilltro::gui {

/// Adds or edits one insats period of a participant and saves it on OK (or says why not).
class InsatsDialog : public QDialog {
    Q_OBJECT
public:
    /// `period.id == 0` adds a new period for `period.participantId`.
    InsatsDialog(workspace::Workspace& ws, const InsatsPeriod& period, QWidget* parent = nullptr);
    ~InsatsDialog() override;

    void accept() override;
    InsatsPeriod period() const { return m_period; }

private:
    std::unique_ptr<Ui::InsatsDialog> m_ui;
    workspace::Workspace& m_ws;
    InsatsPeriod m_period;
    QLabel* m_description = nullptr; ///< what belongs to the chosen category
};

} // namespace tilltro::gui
