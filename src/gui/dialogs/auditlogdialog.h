#pragma once

#include <QDialog>

#include <memory>

#include "models/auditlogmodel.h"

namespace Ui {
class AuditLogDialog;
}

namespace tilltro {
namespace workspace {
class Workspace;
}
} // namespace tilltro

namespace tilltro::gui {

/// The audit log, read-only: one deltagare's entries or the whole database's (for a log
/// review), newest first and sortable, with time (local), operating-system user, action and
/// entity in words, and the details exactly as stored (never as rich text). "Export…" writes
/// the same entries as CSV (exportAuditLogCsv()), which is itself recorded in the log.
/// Handledare-only: the whole log names other deltagare by code.
class AuditLogDialog : public QDialog {
    Q_OBJECT
public:
    /// The table's columns (AuditLogDialog::TimeColumn, …); ParticipantColumn, the deltagare's
    /// code, is hidden in one deltagare's log.
    using enum AuditLogModel::Column;

    /// participantId > 0: that deltagare's log, `who` naming them as the caseload does (the
    /// code when identity is protected); 0: the whole log.
    AuditLogDialog(workspace::Workspace& ws, qint64 participantId, const QString& who,
                   QWidget* parent = nullptr);
    ~AuditLogDialog() override;

    /// Empty when the log could be read.
    QString errorMessage() const { return m_errorMessage; }
    /// Writes the CSV to `path`, or asks for a file when `path` is empty; says how it went.
    /// True when written.
    bool exportCsv(const QString& path = {});

private:
    void reload();

    std::unique_ptr<Ui::AuditLogDialog> m_ui;
    workspace::Workspace& m_ws;
    qint64 m_participantId = 0;
    QString m_errorMessage;
    AuditLogModel* m_model = nullptr;
};

} // namespace tilltro::gui
