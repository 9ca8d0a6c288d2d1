#include "audit.h"
#include "csv.h"

#include "enumkeys.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace tilltro {

namespace {

/// What the log stores for each action and entity (see audit.h: never changed), and the words
/// for people: source texts of the translation context "Report", where they were first written
/// (for the register extract), so the existing translations still match.
constexpr EnumKeys<AuditAction, 9> actions{{
    {AuditAction::Create, "create", QT_TRANSLATE_NOOP("Report", "Created")},
    {AuditAction::Update, "update", QT_TRANSLATE_NOOP("Report", "Changed")},
    {AuditAction::Delete, "delete", QT_TRANSLATE_NOOP("Report", "Deleted")},
    {AuditAction::Erase, "erase", QT_TRANSLATE_NOOP("Report", "Erased")},
    {AuditAction::Export, "export", QT_TRANSLATE_NOOP("Report", "Exported")},
    {AuditAction::Import, "import", QT_TRANSLATE_NOOP("Report", "Imported")},
    {AuditAction::Print, "print", QT_TRANSLATE_NOOP("Report", "Printed")},
    {AuditAction::Extract, "extract", QT_TRANSLATE_NOOP("Report", "Register extract")},
    {AuditAction::Restore, "restore", QT_TRANSLATE_NOOP("Report", "Restored")},
}};
constexpr EnumKeys<AuditEntity, 9> entities{{
    {AuditEntity::Participant, "participant", QT_TRANSLATE_NOOP("Report", "Participant")},
    {AuditEntity::Occasion, "occasion", QT_TRANSLATE_NOOP("Report", "Assessment")},
    {AuditEntity::Plan, "plan", QT_TRANSLATE_NOOP("Report", "Action plan")},
    {AuditEntity::Insats, "insats", QT_TRANSLATE_NOOP("Report", "Intervention")},
    {AuditEntity::Consent, "consent", QT_TRANSLATE_NOOP("Report", "Consent")},
    {AuditEntity::Handledare, "handledare", QT_TRANSLATE_NOOP("Report", "Case worker")},
    {AuditEntity::AuditLog, "auditlog", QT_TRANSLATE_NOOP("Report", "Log")},
    {AuditEntity::Database, "database", QT_TRANSLATE_NOOP("Report", "Database")},
    {AuditEntity::Instrument, "instrument", QT_TRANSLATE_NOOP("Report", "Instrument")},
}};
// Every value, once, in declaration order (as AllAuditActions and AllAuditEntities).
static_assert(inDeclarationOrder(actions) && actions.size() == AllAuditActions.size());
static_assert(inDeclarationOrder(entities) && entities.size() == AllAuditEntities.size());

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
    return keyOf(actions, action);
}

QString auditEntityKey(AuditEntity entity)
{
    return keyOf(entities, entity);
}

std::optional<AuditAction> auditActionFromKey(const QString& key)
{
    return fromKey(actions, key);
}

std::optional<AuditEntity> auditEntityFromKey(const QString& key)
{
    return fromKey(entities, key);
}

QString auditActionText(AuditAction action)
{
    return QCoreApplication::translate("Report", wordOf(actions, action));
}

QString auditEntityText(AuditEntity entity)
{
    return QCoreApplication::translate("Report", wordOf(entities, entity));
}

QString auditActionText(const QString& key)
{
    return wordOrKey<AuditAction>(key, auditActionFromKey, auditActionText);
}

QString auditEntityText(const QString& key)
{
    return wordOrKey<AuditEntity>(key, auditEntityFromKey, auditEntityText);
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

namespace {

/// Local time with its offset from UTC, so the file says which time it means.
QString localIsoTime(const QDateTime& at)
{
    if (!at.isValid())
        return {};
    const QDateTime local = at.toLocalTime();
    return local.toOffsetFromUtc(local.offsetFromUtc()).toString(Qt::ISODate);
}

} // namespace

QByteArray auditLogCsv(const std::vector<AuditEntry>& entries)
{
    const auto id = [](qint64 value) { return value > 0 ? QString::number(value) : QString(); };
    QString text;
    text += u"time,user,action,entity,entity_id,participant_id,participant,details\r\n"_s;
    for (const AuditEntry& e : entries) {
        const QStringList fields{localIsoTime(e.at), e.osUser,       e.action,
                                 e.entity,           id(e.entityId), id(e.participantId),
                                 e.participantCode,  e.details};
        QStringList row;
        for (const QString& field : fields)
            row << csvField(field);
        text += row.join(u',') + u"\r\n"_s;
    }
    // The byte-order mark tells spreadsheet programs (Excel) that the file is UTF-8.
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace tilltro
