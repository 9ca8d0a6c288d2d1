#include "handledarerepository.h"

#include <QCoreApplication>

#include "auditlog.h"
#include "database.h"
#include "sqlrows.h"
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {
constexpr auto CurrentUserKey = "current_handledare_id";

Result<void> validate(const Handledare& h)
{
    if (h.name.trimmed().isEmpty()) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("Handledare", "A handledare needs a name."));
    }
    return {};
}

Handledare fromRow(const QSqlQuery& q)
{
    return {q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toBool()};
}
} // namespace

Result<void> HandledareRepository::insert(Handledare& h)
{
    if (auto valid = validate(h); !valid)
        return valid;
    return m_db.write([&]() -> Result<void> {
        QSqlQuery q =
            m_db.prepare(u"INSERT INTO handledare (name, organisation, active) VALUES (?, ?, ?) "
                         u"RETURNING id"_s);
        q.addBindValue(h.name.trimmed());
        q.addBindValue(sql::text(h.organisation.trimmed()));
        q.addBindValue(h.active ? 1 : 0);
        auto id = Database::execInsert(q);
        if (!id)
            return id.error();
        h.id = id.value();
        return AuditLog(m_db).record(AuditAction::Create, AuditEntity::Handledare, h.id, 0);
    });
}

Result<void> HandledareRepository::update(const Handledare& h)
{
    if (auto valid = validate(h); !valid)
        return valid;
    return m_db.write([&]() -> Result<void> {
        QSqlQuery q = m_db.prepare(
            u"UPDATE handledare SET name = ?, organisation = ?, active = ? WHERE id = ?"_s);
        q.addBindValue(h.name.trimmed());
        q.addBindValue(sql::text(h.organisation.trimmed()));
        q.addBindValue(h.active ? 1 : 0);
        q.addBindValue(h.id);
        if (auto r = Database::exec(q); !r)
            return r;
        return AuditLog(m_db).record(AuditAction::Update, AuditEntity::Handledare, h.id, 0);
    });
}

Result<std::vector<Handledare>> HandledareRepository::all() const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT id, name, organisation, active FROM handledare ORDER BY name, id"_s);
    return readRows(q, fromRow);
}

Result<std::optional<Handledare>> HandledareRepository::byId(qint64 id) const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT id, name, organisation, active FROM handledare WHERE id = ?"_s);
    q.addBindValue(id);
    return readFirstRow(q, fromRow);
}

Result<std::optional<Handledare>> HandledareRepository::currentUser() const
{
    if (m_db.isServer()) {
        // In a team database the login says who is working: its handledare row.
        QSqlQuery q = m_db.prepare(
            u"SELECT id FROM handledare WHERE db_user = session_user AND active = 1"_s);
        auto id = readFirstRow(q, [](const QSqlQuery& row) { return row.value(0).toLongLong(); });
        if (!id)
            return id.error();
        if (!id.value())
            return std::optional<Handledare>();
        return byId(*id.value());
    }
    auto stored = SettingsRepository(m_db).value(QString::fromLatin1(CurrentUserKey));
    if (!stored)
        return stored.error();
    if (!stored.value())
        return std::optional<Handledare>();
    return byId(stored.value()->toLongLong());
}

Result<void> HandledareRepository::setCurrentUser(qint64 handledareId)
{
    if (m_db.isServer()) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "Handledare", "In a team database you work as the handledare your "
                                           "login is connected to; its administratör changes "
                                           "that."));
    }
    return SettingsRepository(m_db).setValue(QString::fromLatin1(CurrentUserKey),
                                             QString::number(handledareId));
}

Result<std::optional<QString>> SettingsRepository::value(const QString& key) const
{
    QSqlQuery q = m_db.prepare(u"SELECT value FROM app_setting WHERE key = ?"_s);
    q.addBindValue(key);
    return readFirstRow(q, [](const QSqlQuery& row) { return row.value(0).toString(); });
}

Result<void> SettingsRepository::setValue(const QString& key, const QString& value)
{
    return m_db.write([&]() -> Result<void> {
        QSqlQuery q = m_db.prepare(u"INSERT INTO app_setting (key, value) VALUES (?, ?) "
                                   u"ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        q.addBindValue(key);
        q.addBindValue(value);
        return Database::exec(q);
    });
}

} // namespace tilltro::storage
