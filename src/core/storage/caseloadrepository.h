#pragma once

#include <QDate>

#include <vector>

#include "../domain/caseloadrow.h"
#include "../result.h"

namespace tilltro::storage {

class Database;

/// The caseload in one query. Names of protected identities are never read out of the database
/// here, so they cannot leak into the list, its search or its tooltips.
class CaseloadRepository {
public:
    explicit CaseloadRepository(Database& db)
        : m_db(db)
    {
    }
    /// Rows by code; consent judged as of `today`. nextDue/overdue are left for analysis. Only
    /// the row of `participantId` when it is not 0.
    Result<std::vector<CaseloadRow>> load(const QDate& today, qint64 participantId = 0) const;

private:
    Database& m_db;
};

} // namespace tilltro::storage
