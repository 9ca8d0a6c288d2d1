#pragma once

#include <optional>
#include <vector>

#include "../instrument/instrument.h"
#include "../result.h"

namespace tilltro::storage {

class Database;

/// One stored instrument version as listed (InstrumentRepository::list()).
struct StoredInstrument {
    qint64 rowId = 0;
    QString id;
    int version = 0;
    QByteArray json;   ///< as stored
    int occasions = 0; ///< how many occasions were answered with it
};

/// Every instrument version ever used is stored, JSON and all, so replacing the shipped file
/// never changes the meaning of old answers.
class InstrumentRepository {
public:
    explicit InstrumentRepository(Database& db)
        : m_db(db)
    {
    }

    /// The row id of this instrument version, storing it first if new. A stored version with
    /// the same id and version but different content is refused (Conflict).
    Result<qint64> ensureStored(const Instrument& instrument);
    /// The instrument stored at `rowId`, parsed and validated.
    Result<Instrument> load(qint64 rowId) const;

    /// Every stored instrument version with how many occasions use it, in the order stored.
    Result<std::vector<StoredInstrument>> list() const;

    /// The setting (app_setting) that holds the row id of the version new occasions use.
    static constexpr auto ForNewOccasionsKey = "instrument.forNewOccasions";
    /// The row id chosen for new occasions; 0 when none is (the built-in default). A setting
    /// that is not a row id is an error naming it.
    Result<qint64> chosenForNewOccasions() const;
    /// The instrument new occasions use: the stored version chosen, else the built-in default
    /// (Instrument::loadDefault()). What names a record's insats category or end reason.
    Result<Instrument> forNewOccasions() const;

    // For the JSON exchange (src/core/exchange):
    /// Row ids of every stored instrument version, in the order they were stored.
    Result<std::vector<qint64>> storedRowIds() const;
    /// The row id of instrument `id` version `version`, or nothing when it is not stored.
    Result<std::optional<qint64>> findRowId(const QString& id, int version) const;

private:
    Database& m_db;
};

} // namespace tilltro::storage
