#pragma once

#include <QDate>
#include <QDialog>

#include <functional>
#include <memory>
#include <vector>

#include "core/domain/gallring.h"

namespace Ui {
class GallringDialog;
}
class QStandardItemModel;

namespace tilltro {
namespace workspace {
class Workspace;
}
} // namespace tilltro

namespace tilltro::gui {

/// Gallring: lists the deltagare whose participation ended more than the retention period ago
/// (the setting, RetentionYearsKey), protected identities by code only, and erases the ticked
/// ones together after confirmation. Handledare-only: the list names other deltagare.
class GallringDialog : public QDialog {
    Q_OBJECT
public:
    /// Erases the given deltagare in one transaction with everything that goes with it in the
    /// window (closing their open forms and tabs, replacing the automatic backups, refreshing the
    /// caseload) and says what went wrong. True when they are erased (even if the clean-up of the
    /// file is still to be completed).
    using Eraser = std::function<bool(const std::vector<qint64>& participantIds)>;

    /// Reads the candidates as of Clock::today(). Erasing is not offered on a read-only
    /// database.
    GallringDialog(workspace::Workspace& ws, Eraser eraser, QWidget* parent = nullptr);
    ~GallringDialog() override;

    /// The retention period used, in years; 0 when the setting cannot be read or used.
    int years() const { return m_years; }
    /// Why the retention setting cannot be used (shown; nothing is listed or erased); empty
    /// when it can.
    QString retentionError() const { return m_retentionError; }
    /// The candidates shown, oldest end first (the order of gallringCandidates()).
    const std::vector<GallringCandidate>& candidates() const { return m_candidates; }
    /// The ids of the ticked deltagare.
    std::vector<qint64> tickedParticipants() const;
    void setAllTicked(bool ticked);
    /// "Erase ticked…": asks for confirmation (default Cancel), erases through the eraser, says
    /// how it went and shows the list again.
    void eraseTicked();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void reload();
    void updateButtons();

    std::unique_ptr<Ui::GallringDialog> m_ui;
    workspace::Workspace& m_ws;
    Eraser m_eraser;
    QStandardItemModel* m_model = nullptr;
    int m_years = DefaultRetentionYears;
    QString m_retentionError;
    std::vector<GallringCandidate> m_candidates;
};

} // namespace tilltro::gui
