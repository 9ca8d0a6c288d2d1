#pragma once

#include <QDateTime>
#include <QString>

#include <vector>

#include "../domain/occasion.h"
#include "../domain/participant.h"
#include "../instrument/instrument.h"
#include "../result.h"

namespace tilltro::analysis {

// Rules of a mättillfälle that do not need the database. Throughout, an Answer that is empty
// (no value and no code, Answer::isEmpty()) counts as no answer at all, as if its key were
// absent: the form may keep an emptied field that way.

/// The required questions of `instrument` that `occasion` has no answer for, in instrument
/// order. An explicit non-answer ("vet_ej", "vill_ej_svara", ...) counts as answered, and so
/// does an answer that is present but not accepted (that is reported by invalidAnswers()).
/// When the deltagare did not take part (Occasion::deltagareAbsent), the deltagare's questions
/// (Respondent::Deltagare) are not required. The pointers point into `instrument`.
std::vector<const Question*> missingAnswers(const Instrument& instrument, const Occasion& occasion);

/// The deltagare's questions (Respondent::Deltagare) that `occasion` has an answer to although
/// the deltagare did not take part (Occasion::deltagareAbsent), in instrument order; always
/// empty when the deltagare took part. A non-answer ("vill_ej_svara", ...) is an answer too:
/// "did not take part" is said once, not as eight "Prefer not to say". The pointers point into
/// `instrument`.
std::vector<const Question*> answersWhileAbsent(const Instrument& instrument,
                                                const Occasion& occasion);

/// The keys of the answers in `occasion` that `instrument` does not accept (see
/// Instrument::accepts()): a value outside the numeric scale or on a choice question, an option
/// the question does not have, a non-answer the question does not allow, or a key that is not
/// a question of the instrument. Questions of the instrument come first in instrument order,
/// then unknown keys in key order.
std::vector<QString> invalidAnswers(const Instrument& instrument, const Occasion& occasion);

/// The draft -> completed transition.
///
/// Refuses with Error::Kind::Invalid, leaving `occasion` unchanged, when missingAnswers(),
/// answersWhileAbsent() or invalidAnswers() is not empty. The message names the questions by their
/// labels in the UI language (QLocale().name().left(2)): "Answer these before completing: Hälsa
/// (participant), Tilltro." and/or "These answers are not valid: ...". A label that two questions
/// share (the deltagare's and the handledare's rating of the same indicator) is followed by
/// "(participant)" or "(case worker)"; an unknown key is named by the key itself. An occasion
/// the deltagare did not take part in needs only the handledare's part, and is refused while
/// the deltagare's part has answers: "The participant did not take part, yet the participant's
/// part has answers: Hälsa (participant), ...".
///
/// An occasion dated after now.date() is refused too (see checkOccasionDate()), its sentence
/// first.
///
/// On success a draft gets state Completed and completedAt = now. An occasion that is already
/// completed passes the same checks; on success it keeps its completedAt (now is recorded only
/// when it has none).
Result<void> completeOccasion(const Instrument& instrument, Occasion& occasion,
                              const QDateTime& now);

/// An occasion is recorded on the day it is held: refuses (Error::Kind::Invalid) a date after
/// `today`, or no date at all. "The assessment is dated 2027-03-04, after today (2026-11-24). An
/// assessment is recorded on the day it is held."
Result<void> checkOccasionDate(const QDate& date, const QDate& today);

/// The dates of a participation against its occasions (`occasionDates`, in any order; invalid
/// ones are ignored): the start may not be after the first occasion, and the end not before the
/// latest one. An invalid `start` or `end` (not recorded, still running) is not checked.
/// Refuses with Error::Kind::Invalid naming both dates: "The start date 2026-03-01 is after the
/// first assessment (2026-02-10)." or "The end date 2026-05-01 is before the latest assessment
/// (2026-06-02)." (the start is checked first).
Result<void> checkParticipationDates(const QDate& start, const QDate& end,
                                     const std::vector<QDate>& occasionDates);

/// The number of times the responsible handledare changed (BIP: each change lowers the job
/// chance). The periods are taken in order of `from` (stable for equal dates, so pass them in
/// the order they were made); each period whose handledare differs from the one before counts
/// once, so a period followed by one for the same handledare is no change. 0 for none or one.
int handledareChanges(const std::vector<HandledareAssignment>& periods);

} // namespace tilltro::analysis
