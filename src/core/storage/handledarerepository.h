#pragma once

#include <optional>
#include <vector>

#include "../domain/handledare.h"
#include "../result.h"

namespace tilltro::storage {

class Database;

/// The register of handledare, and which of them is the person using the program.
class HandledareRepository {
public:
    explicit HandledareRepository(Database& db)
        : m_db(db)
    {
    }

    /// Validates (a name is required) and stores; sets `h.id`.
    Result<void> insert(Handledare& h);
    Result<void> update(const Handledare& h);
    Result<std::vector<Handledare>> all() const; ///< by name
    Result<std::optional<Handledare>> byId(qint64 id) const;

    /// The handledare the program's user is, if chosen (asked on first start).
    Result<std::optional<Handledare>> currentUser() const;
    Result<void> setCurrentUser(qint64 handledareId);

private:
    Database& m_db;
};

/// Simple key/value settings stored in the database (organisation-wide, travel with the file).
class SettingsRepository {
public:
    explicit SettingsRepository(Database& db)
        : m_db(db)
    {
    }
    Result<std::optional<QString>> value(const QString& key) const;
    Result<void> setValue(const QString& key, const QString& value);

private:
    Database& m_db;
};

} // namespace tilltro::storage
