#include "audit.h"

#include "enumkeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tilltro {

namespace {

/// What the log stores for each action and entity (see audit.h: never changed).
constexpr EnumKeys<AuditAction, 9> actionKeys{{
    {AuditAction::Create, "create"},
    {AuditAction::Update, "update"},
    {AuditAction::Delete, "delete"},
    {AuditAction::Erase, "erase"},
    {AuditAction::Export, "export"},
    {AuditAction::Import, "import"},
    {AuditAction::Print, "print"},
    {AuditAction::Extract, "extract"},
    {AuditAction::Restore, "restore"},
}};
constexpr EnumKeys<AuditEntity, 8> entityKeys{{
    {AuditEntity::Participant, "participant"},
    {AuditEntity::Occasion, "occasion"},
    {AuditEntity::Plan, "plan"},
    {AuditEntity::Insats, "insats"},
    {AuditEntity::Consent, "consent"},
    {AuditEntity::Handledare, "handledare"},
    {AuditEntity::AuditLog, "auditlog"},
    {AuditEntity::Database, "database"},
}};

// The words for people: source texts of the translation context "Report", where they were first
// written (for the register extract), so the existing translations still match.
constexpr EnumKeys<AuditAction, 9> actionWords{{
    {AuditAction::Create, QT_TRANSLATE_NOOP("Report", "Created")},
    {AuditAction::Update, QT_TRANSLATE_NOOP("Report", "Changed")},
    {AuditAction::Delete, QT_TRANSLATE_NOOP("Report", "Deleted")},
    {AuditAction::Erase, QT_TRANSLATE_NOOP("Report", "Erased")},
    {AuditAction::Export, QT_TRANSLATE_NOOP("Report", "Exported")},
    {AuditAction::Import, QT_TRANSLATE_NOOP("Report", "Imported")},
    {AuditAction::Print, QT_TRANSLATE_NOOP("Report", "Printed")},
    {AuditAction::Extract, QT_TRANSLATE_NOOP("Report", "Register extract")},
    {AuditAction::Restore, QT_TRANSLATE_NOOP("Report", "Restored")},
}};
constexpr EnumKeys<AuditEntity, 8> entityWords{{
    {AuditEntity::Participant, QT_TRANSLATE_NOOP("Report", "Participant")},
    {AuditEntity::Occasion, QT_TRANSLATE_NOOP("Report", "Assessment")},
    {AuditEntity::Plan, QT_TRANSLATE_NOOP("Report", "Action plan")},
    {AuditEntity::Insats, QT_TRANSLATE_NOOP("Report", "Intervention")},
    {AuditEntity::Consent, QT_TRANSLATE_NOOP("Report", "Consent")},
    {AuditEntity::Handledare, QT_TRANSLATE_NOOP("Report", "Case worker")},
    {AuditEntity::AuditLog, QT_TRANSLATE_NOOP("Report", "Log")},
    {AuditEntity::Database, QT_TRANSLATE_NOOP("Report", "Database")},
}};

// Every value, once, in declaration order (AllAuditActions and AllAuditEntities are too).
static_assert(inDeclarationOrder(actionKeys) && inDeclarationOrder(actionWords) &&
              actionKeys.size() == AllAuditActions.size());
static_assert(inDeclarationOrder(entityKeys) && inDeclarationOrder(entityWords) &&
              entityKeys.size() == AllAuditEntities.size());

/// An ISO 8601 time from a details code as local "yyyy-MM-dd HH:mm".
QString timeText(const QString& iso)
{
    const QDateTime at = QDateTime::fromString(iso, Qt::ISODateWithMs);
    if (!at.isValid())
        return iso.isEmpty() ? u"–"_s : iso;
    return at.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s);
}

} // namespace

// Every text below keeps the translation context "Report" too.

QString auditActionKey(AuditAction action)
{
    return keyOf(actionKeys, action);
}

QString auditEntityKey(AuditEntity entity)
{
    return keyOf(entityKeys, entity);
}

std::optional<AuditAction> auditActionFromKey(const QString& key)
{
    return fromKey(actionKeys, key);
}

std::optional<AuditEntity> auditEntityFromKey(const QString& key)
{
    return fromKey(entityKeys, key);
}

QString auditActionText(AuditAction action)
{
    return QCoreApplication::translate("Report", rawKeyOf(actionWords, action));
}

QString auditEntityText(AuditEntity entity)
{
    return QCoreApplication::translate("Report", rawKeyOf(entityWords, entity));
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
