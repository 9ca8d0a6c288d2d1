#include "instrumentrepository.h"

#include <QCoreApplication>

#include "../clock.h"
#include "database.h"
#include "handledarerepository.h"
#include "sqlrows.h"
#include "sqlvalues.h"

using namespace Qt::StringLiterals;

namespace tilltro::storage {

namespace {
qint64 firstId(const QSqlQuery& q)
{
    return q.value(0).toLongLong();
}
} // namespace

Result<qint64> InstrumentRepository::ensureStored(const Instrument& instrument)
{
    qint64 rowId = 0;
    auto stored = m_db.write([&]() -> Result<void> {
        QSqlQuery q = m_db.prepare(
            u"SELECT id, json FROM instrument WHERE instrument_key = ? AND version = ?"_s);
        q.addBindValue(instrument.id());
        q.addBindValue(instrument.version());
        if (auto r = Database::exec(q); !r)
            return r;
        if (q.next()) {
            // Compared as text: a byte-order mark in the file is not part of the content.
            if (q.value(1).toString() != QString::fromUtf8(instrument.json())) {
                return makeError(
                    Error::Kind::Conflict,
                    QCoreApplication::translate("Instrument",
                                                "The database already holds a different "
                                                "instrument %1 version %2. Give the new wording a "
                                                "new version number.")
                        .arg(instrument.id())
                        .arg(instrument.version()));
            }
            rowId = q.value(0).toLongLong();
            return {};
        }
        QSqlQuery insert = m_db.prepare(u"INSERT INTO instrument (instrument_key, version, json, "
                                        u"stored_at) VALUES (?, ?, ?, ?) "
                                        u"RETURNING id"_s);
        insert.addBindValue(instrument.id());
        insert.addBindValue(instrument.version());
        insert.addBindValue(QString::fromUtf8(instrument.json()));
        insert.addBindValue(sql::timestamp(Clock::now()));
        auto id = Database::execInsert(insert);
        if (!id)
            return id.error();
        rowId = id.value();
        return {};
    });
    if (!stored)
        return stored.error();
    return rowId;
}

Result<Instrument> InstrumentRepository::load(qint64 rowId) const
{
    QSqlQuery q = m_db.prepare(u"SELECT json FROM instrument WHERE id = ?"_s);
    q.addBindValue(rowId);
    if (auto r = Database::exec(q); !r)
        return r.error();
    if (!q.next()) {
        return makeError(Error::Kind::NotFound,
                         QCoreApplication::translate("Instrument",
                                                     "The instrument version %1 is missing from "
                                                     "the database.")
                             .arg(rowId));
    }
    return Instrument::fromJson(q.value(0).toString().toUtf8());
}

Result<std::vector<StoredInstrument>> InstrumentRepository::list() const
{
    QSqlQuery q = m_db.prepare(uR"(SELECT i.id, i.instrument_key, i.version, i.json,
                  (SELECT COUNT(*) FROM occasion o WHERE o.instrument_id = i.id)
           FROM instrument i ORDER BY i.id)"_s);
    return readRows(q, [](const QSqlQuery& row) {
        StoredInstrument stored;
        stored.rowId = row.value(0).toLongLong();
        stored.id = row.value(1).toString();
        stored.version = row.value(2).toInt();
        stored.json = row.value(3).toString().toUtf8();
        stored.occasions = row.value(4).toInt();
        return stored;
    });
}

Result<std::vector<qint64>> InstrumentRepository::storedRowIds() const
{
    QSqlQuery q = m_db.prepare(u"SELECT id FROM instrument ORDER BY id"_s);
    return readRows(q, firstId);
}

Result<std::optional<qint64>> InstrumentRepository::findRowId(const QString& id, int version) const
{
    QSqlQuery q =
        m_db.prepare(u"SELECT id FROM instrument WHERE instrument_key = ? AND version = ?"_s);
    q.addBindValue(id);
    q.addBindValue(version);
    return readFirstRow(q, firstId);
}

Result<qint64> InstrumentRepository::chosenForNewOccasions() const
{
    const QString key = QString::fromLatin1(ForNewOccasionsKey);
    auto value = SettingsRepository(m_db).value(key);
    if (!value)
        return value.error();
    if (!value.value())
        return qint64(0);
    bool ok = false;
    const qint64 rowId = value.value()->toLongLong(&ok);
    if (!ok || rowId <= 0) {
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("tilltro::workspace::Workspace",
                                        "The setting %1 is not an instrument's number: %2")
                .arg(key, *value.value()));
    }
    return rowId;
}

Result<Instrument> InstrumentRepository::forNewOccasions() const
{
    auto chosen = chosenForNewOccasions();
    if (!chosen)
        return chosen.error();
    return chosen.value() == 0 ? Instrument::loadDefault() : load(chosen.value());
}

} // namespace tilltro::storage
