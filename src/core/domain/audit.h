#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace tilltro {

// The audit log's vocabulary: what was done (AuditAction) to what (AuditEntity). Code records
// entries with these values (AuditLog::record()); the log stores each as its key, a fixed
// English word ("export", "participant"), and people read it through the wording below, the
// one place it is put in words (the log window, the register extract). The CSV export and the
// exchange format keep the keys.
//
// The keys are in every database and exchange document written so far: they never change,
// and an entry whose key this version does not know (from an older or newer version, or
// imported) still shows, as stored. That is why AuditEntry keeps the stored key as text.

/// What an audit entry records was done.
enum class AuditAction {
    Create,  ///< "create"
    Update,  ///< "update"
    Delete,  ///< "delete"
    Erase,   ///< "erase": a deltagare erased (GDPR art. 17, or gallring)
    Export,  ///< "export": a file handed out (JSON, PDF, the log as CSV)
    Import,  ///< "import": a deltagare from an exchange document
    Print,   ///< "print"
    Extract, ///< "extract": a register extract (GDPR art. 15)
    Restore, ///< "restore": a backup restored as a copy
};

/// What an audit entry is about.
enum class AuditEntity {
    Participant, ///< "participant"
    Occasion,    ///< "occasion"
    Plan,        ///< "plan"
    Insats,      ///< "insats"
    Consent,     ///< "consent"
    Handledare,  ///< "handledare"
    AuditLog,    ///< "auditlog": the log itself (a log review)
    Database,    ///< "database": the whole file (a restore)
    Instrument,  ///< "instrument": an instrument version (imported, chosen for new occasions)
};

/// Every AuditAction and every AuditEntity, in declaration order.
inline constexpr std::array AllAuditActions{
    AuditAction::Create, AuditAction::Update,  AuditAction::Delete,
    AuditAction::Erase,  AuditAction::Export,  AuditAction::Import,
    AuditAction::Print,  AuditAction::Extract, AuditAction::Restore,
};
inline constexpr std::array AllAuditEntities{
    AuditEntity::Participant, AuditEntity::Occasion, AuditEntity::Plan,
    AuditEntity::Insats,      AuditEntity::Consent,  AuditEntity::Handledare,
    AuditEntity::AuditLog,    AuditEntity::Database, AuditEntity::Instrument,
};

/// One entry of the audit log as read (AuditLog::all(), AuditLog::forParticipant()).
struct AuditEntry {
    qint64 id = 0;
    QDateTime at;
    QString osUser;
    /// The stored key of the action (auditActionKey(): "create", "export", ...). Kept as text:
    /// an entry from an older or newer version, or imported, may have one this version does not
    /// know (auditActionFromKey() says none); auditActionText() shows it as stored then.
    QString action;
    QString entity; ///< the stored key of the entity (auditEntityKey()), as `action`
    qint64 entityId = 0;
    qint64 participantId = 0;
    QString details; ///< never personal data: it outlives an erasure
    /// The deltagare's code while they exist (read with the entry, never stored in the log);
    /// empty after an erasure and for entries about no deltagare (e.g. a handledare).
    QString participantCode;
};

/// The key stored for `action` in audit_log.action ("create", "export", ...).
QString auditActionKey(AuditAction action);
/// The key stored for `entity` in audit_log.entity ("participant", "auditlog", ...).
QString auditEntityKey(AuditEntity entity);
/// The action whose key is `key` exactly; none for a key this version does not know.
std::optional<AuditAction> auditActionFromKey(const QString& key);
/// The entity whose key is `key` exactly; none for a key this version does not know.
std::optional<AuditEntity> auditEntityFromKey(const QString& key);

/// `action` in words of the UI language ("Exported").
QString auditActionText(AuditAction action);
/// `entity` in words of the UI language ("Action plan").
QString auditEntityText(AuditEntity entity);
/// A stored action key in words; a key this version does not know is returned as stored.
QString auditActionText(const QString& key);
/// A stored entity key in words; a key this version does not know is returned as stored.
QString auditEntityText(const QString& key);
/// An audit entry's details in words of the UI language: the log stores them as fixed codes
/// ("draft", "action plan pdf, sensitive left out", "occasions=2 insatser=0 plans=1
/// consents=1", ...), worded here. `action` and `entity` are the entry's stored keys. Unknown
/// details (e.g. from a newer version) are returned as stored.
QString auditDetailsText(const QString& action, const QString& entity, const QString& details);

/// The log as CSV for a log review, to open in a spreadsheet: UTF-8 with a byte-order mark,
/// CRLF line ends, RFC 4180 quoting; a header row and one row per entry with the columns
/// time (local, ISO 8601 with offset), user, action, entity, entity_id, participant_id,
/// participant (code, empty after erasure), details. Every value is written literally, except
/// that a value starting with = + - @ (or a tab or carriage return) gets a leading ' so a
/// spreadsheet does not run it as a formula.
QByteArray auditLogCsv(const std::vector<AuditEntry>& entries);

} // namespace tilltro
