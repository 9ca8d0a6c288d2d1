#include "audit.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tilltro {

namespace {

/// An ISO 8601 time from a details code as local "yyyy-MM-dd HH:mm".
QString timeText(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return iso.isEmpty() ? u"–"_s : iso;
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

// Every text below keeps the translation context "Report", where it was first written (for the
// register extract), so the existing translations still match.

QString auditActionKey(AuditAction action)
{
    switch (action) {
    case AuditAction::Create:
        return u"create"_s;
    case AuditAction::Update:
        return u"update"_s;
    case AuditAction::Delete:
        return u"delete"_s;
    case AuditAction::Erase:
        return u"erase"_s;
    case AuditAction::Export:
        return u"export"_s;
    case AuditAction::Import:
        return u"import"_s;
    case AuditAction::Print:
        return u"print"_s;
    case AuditAction::Extract:
        return u"extract"_s;
    case AuditAction::Restore:
        return u"restore"_s;
    }
    return {};
}

QString auditEntityKey(AuditEntity entity)
{
    switch (entity) {
    case AuditEntity::Participant:
        return u"participant"_s;
    case AuditEntity::Occasion:
        return u"occasion"_s;
    case AuditEntity::Plan:
        return u"plan"_s;
    case AuditEntity::Insats:
        return u"insats"_s;
    case AuditEntity::Consent:
        return u"consent"_s;
    case AuditEntity::Handledare:
        return u"handledare"_s;
    case AuditEntity::AuditLog:
        return u"auditlog"_s;
    case AuditEntity::Database:
        return u"database"_s;
    }
    return {};
}

std::optional<AuditAction> auditActionFromKey(const QString& key)
{
    for (const AuditAction action : AllAuditActions) {
        if (auditActionKey(action) == key)
            return action;
    }
    return std::nullopt;
}

std::optional<AuditEntity> auditEntityFromKey(const QString& key)
{
    for (const AuditEntity entity : AllAuditEntities) {
        if (auditEntityKey(entity) == key)
            return entity;
    }
    return std::nullopt;
}

QString auditActionText(AuditAction action)
{
    switch (action) {
    case AuditAction::Create:
        return QCoreApplication::translate("Report", "Created");
    case AuditAction::Update:
        return QCoreApplication::translate("Report", "Changed");
    case AuditAction::Delete:
        return QCoreApplication::translate("Report", "Deleted");
    case AuditAction::Erase:
        return QCoreApplication::translate("Report", "Erased");
    case AuditAction::Export:
        return QCoreApplication::translate("Report", "Exported");
    case AuditAction::Import:
        return QCoreApplication::translate("Report", "Imported");
    case AuditAction::Print:
        return QCoreApplication::translate("Report", "Printed");
    case AuditAction::Extract:
        return QCoreApplication::translate("Report", "Register extract");
    case AuditAction::Restore:
        return QCoreApplication::translate("Report", "Restored");
    }
    return {};
}

QString auditEntityText(AuditEntity entity)
{
    switch (entity) {
    case AuditEntity::Participant:
        return QCoreApplication::translate("Report", "Participant");
    case AuditEntity::Occasion:
        return QCoreApplication::translate("Report", "Assessment");
    case AuditEntity::Plan:
        return QCoreApplication::translate("Report", "Action plan");
    case AuditEntity::Insats:
        return QCoreApplication::translate("Report", "Intervention");
    case AuditEntity::Consent:
        return QCoreApplication::translate("Report", "Consent");
    case AuditEntity::Handledare:
        return QCoreApplication::translate("Report", "Case worker");
    case AuditEntity::AuditLog:
        return QCoreApplication::translate("Report", "Log");
    case AuditEntity::Database:
        return QCoreApplication::translate("Report", "Database");
    }
    return {};
}

QString auditActionText(const QString& key)
{
    const auto action = auditActionFromKey(key);
    return action ? auditActionText(*action) : key;
}

QString auditEntityText(const QString& key)
{
    const auto entity = auditEntityFromKey(key);
    return entity ? auditEntityText(*entity) : key;
}

QString auditDetailsText(const QString& action, const QString& entity, const QString& details)
{
    // The codes are written by the repositories (occasion state), jsonexchange (export and
    // import), handlingsplanreport (export and print), registerextract (extract), AuditLog
    // (log export), erasure and the restore of a backup.
    if (details.isEmpty())
        return details;
    if (auditEntityFromKey(entity) == AuditEntity::Occasion) {
        if (details == "draft"_L1)
            return QCoreApplication::translate("Report", "Draft (not completed)");
        if (details == "completed"_L1)
            return QCoreApplication::translate("Report", "Completed");
    }
    static const std::pair<QLatin1StringView, const char*> fixed[] = {
        {"sensitive included"_L1, QT_TRANSLATE_NOOP("Report", "Sensitive information included")},
        {"sensitive left out"_L1, QT_TRANSLATE_NOOP("Report", "Sensitive information left out")},
        {"action plan pdf, sensitive included"_L1,
         QT_TRANSLATE_NOOP("Report", "Action plan as PDF, sensitive information included")},
        {"action plan pdf, sensitive left out"_L1,
         QT_TRANSLATE_NOOP("Report", "Action plan as PDF, sensitive information left out")},
        {"action plan, sensitive included"_L1,
         QT_TRANSLATE_NOOP("Report", "Action plan, sensitive information included")},
        {"action plan, sensitive left out"_L1,
         QT_TRANSLATE_NOOP("Report", "Action plan, sensitive information left out")},
        {"register extract: json and pdf"_L1, QT_TRANSLATE_NOOP("Report", "As JSON and PDF")},
        {"redacted"_L1, QT_TRANSLATE_NOOP("Report", "Removed at the erasure")},
    };
    for (const auto& [code, text] : fixed) {
        if (details == code)
            return QCoreApplication::translate("Report", text);
    }

    static const QRegularExpression logExport(u"^(participant|whole) log, (\\d+) entries$"_s);
    if (const auto m = logExport.match(details);
        m.hasMatch() && auditEntityFromKey(entity) == AuditEntity::AuditLog) {
        const int n = m.captured(2).toInt();
        return m.captured(1) == "participant"_L1
                   ? QCoreApplication::translate("Report", "The participant's log, %n entries",
                                                 nullptr, n)
                   : QCoreApplication::translate("Report", "The whole log, %n entries", nullptr, n);
    }
    static const QRegularExpression erased(
        u"^occasions=(\\d+) insatser=(\\d+) plans=(\\d+) consents=(\\d+)$"_s);
    if (const auto m = erased.match(details);
        m.hasMatch() && auditActionFromKey(action) == AuditAction::Erase) {
        return QCoreApplication::translate("Report",
                                           "Removed: %1 assessments, %2 interventions, %3 action "
                                           "plans, %4 consents")
            .arg(m.captured(1), m.captured(2), m.captured(3), m.captured(4));
    }
    static const QRegularExpression imported(u"^exchange format (\\S+), exported (\\S+)$"_s);
    if (const auto m = imported.match(details);
        m.hasMatch() && auditActionFromKey(action) == AuditAction::Import) {
        return QCoreApplication::translate("Report", "Exchange format %1, exported %2")
            .arg(m.captured(1), timeText(m.captured(2)));
    }
    static const QRegularExpression restored(
        u"^backup of (\\S+); erasures applied again: (\\d+)$"_s);
    if (const auto m = restored.match(details);
        m.hasMatch() && auditActionFromKey(action) == AuditAction::Restore) {
        return QCoreApplication::translate("Report", "Backup from %1; erasures made again: %2")
            .arg(timeText(m.captured(1)), m.captured(2));
    }
    return details;
}

} // namespace tilltro
