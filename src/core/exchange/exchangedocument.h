#pragma once

// The exchange document as validated values, between the JSON reader and the import. Internal
// to src/core/exchange.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QString>

#include <vector>

#include "../domain/consent.h"
#include "../domain/handledare.h"
#include "../domain/handlingsplan.h"
#include "../domain/insats.h"
#include "../domain/occasion.h"
#include "../domain/participant.h"
#include "../instrument/instrument.h"
#include "../json/jsonguard.h"
#include "../result.h"
#include "../storage/auditlog.h"
#include "../storage/occasionrepository.h"
#include "jsonexchange.h"

namespace tilltro::exchange {

// The structure guard and its way of naming a place in a message, used unqualified throughout
// the exchange.
using json::checkJsonStructure;
using json::elementPath;
using json::elided;
using json::JsonByteScanner;
using json::memberPath;
using json::problemAt;
using json::quoted;

} // namespace tilltro::exchange

namespace tilltro::exchange::detail {

/// An index into ExchangeDocument::handledare, or NoHandledare.
inline constexpr int NoHandledare = -1;

struct DocumentHandledare {
    Handledare handledare; ///< id 0
    QString path;
};

struct DocumentInstrument {
    Instrument instrument; ///< json() is the embedded object, written out
    QString path;
};

struct DocumentAssignment {
    int handledare = NoHandledare;
    QDate from;
    QDate to;
};

struct DocumentOccasion {
    Occasion occasion;  ///< ids 0; answers, notes, state, date, completedAt as read
    int instrument = 0; ///< index into ExchangeDocument::instruments
    int handledare = NoHandledare;
    std::vector<storage::OccasionEdit> edits;
    QString path;
};

struct DocumentPlan {
    Handlingsplan plan; ///< ids 0
    int occasion = -1;  ///< index into the participant's occasions, or -1
    QString path;
};

struct DocumentParticipant {
    Participant participant; ///< id 0, handledareId 0
    int handledare = NoHandledare;
    std::vector<DocumentAssignment> history;
    std::vector<Consent> consents;
    std::vector<InsatsPeriod> insatser;
    std::vector<DocumentOccasion> occasions;
    std::vector<DocumentPlan> plans;
    std::vector<AuditEntry> auditLog;
    QString path;
};

struct ExchangeDocument {
    QDateTime exportedAt;
    bool sensitiveIncluded = false;
    std::vector<DocumentInstrument> instruments;
    std::vector<DocumentHandledare> handledare;
    std::vector<DocumentParticipant> participants;
};

/// Checks `bytes` (byte scan unless `bytesScanned`, structure check, then every field) and
/// returns its content, or an error naming the first problem by its JSON path. `progress` is
/// told (0, 0) before the parse and (i + 1, progressTotal(n)) after participant i; returning
/// false cancels. The bytes are let go once parsed, to keep the peak of memory down.
Result<ExchangeDocument> readDocument(QByteArray bytes, const Progress& progress,
                                      bool bytesScanned = false);

/// The units of work of an import of `participants`: each is read, then written.
inline int progressTotal(std::size_t participants)
{
    return int(2 * participants);
}

/// The limits of exchange::Max* as the structure guard's.
json::JsonLimits importLimits();

/// The message of a cancelled import or export.
QString cancelledMessage(bool import);

} // namespace tilltro::exchange::detail
