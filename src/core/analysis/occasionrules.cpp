#include "occasionrules.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QStringList>

#include <algorithm>
#include <cstddef>

using namespace Qt::StringLiterals;

namespace tilltro::analysis {

namespace {

bool hasAnswer(const Occasion& occasion, const QString& key)
{
    const auto it = occasion.answers.find(key);
    return it != occasion.answers.end() && !it->second.isEmpty();
}

/// Names questions the way the form shows them, telling apart the deltagare's and the
/// handledare's questions that share a label.
class QuestionNames {
public:
    explicit QuestionNames(const Instrument& instrument)
        : m_language(QLocale().name().left(2))
    {
        for (const Question& q : instrument.questions())
            ++m_labelUses[q.label.text(m_language)];
    }

    QString name(const Question& q) const
    {
        const QString label = q.label.text(m_language);
        if (m_labelUses.value(label) < 2)
            return label;
        return q.respondent == Respondent::Deltagare
                   ? QCoreApplication::translate("Occasion", "%1 (participant)").arg(label)
                   : QCoreApplication::translate("Occasion", "%1 (case worker)").arg(label);
    }

private:
    QString m_language;
    QHash<QString, int> m_labelUses;
};

} // namespace

std::vector<const Question*> missingAnswers(const Instrument& instrument, const Occasion& occasion)
{
    std::vector<const Question*> missing;
    for (const Question& q : instrument.questions()) {
        if (occasion.deltagareAbsent && q.respondent == Respondent::Deltagare)
            continue;
        if (q.required && !hasAnswer(occasion, q.key))
            missing.push_back(&q);
    }
    return missing;
}

std::vector<const Question*> answersWhileAbsent(const Instrument& instrument,
                                                const Occasion& occasion)
{
    std::vector<const Question*> answered;
    if (!occasion.deltagareAbsent)
        return answered;
    for (const Question& q : instrument.questions()) {
        if (q.respondent == Respondent::Deltagare && hasAnswer(occasion, q.key))
            answered.push_back(&q);
    }
    return answered;
}

std::vector<QString> invalidAnswers(const Instrument& instrument, const Occasion& occasion)
{
    std::vector<QString> invalid;
    for (const Question& q : instrument.questions()) {
        const auto it = occasion.answers.find(q.key);
        if (it != occasion.answers.end() && !it->second.isEmpty() &&
            !instrument.accepts(q.key, it->second)) {
            invalid.push_back(q.key);
        }
    }
    for (const auto& [key, answer] : occasion.answers) { // std::map: in key order
        if (!answer.isEmpty() && !instrument.question(key))
            invalid.push_back(key);
    }
    return invalid;
}

Result<void> completeOccasion(const Instrument& instrument, Occasion& occasion,
                              const QDateTime& now)
{
    const auto missing = missingAnswers(instrument, occasion);
    const auto whileAbsent = answersWhileAbsent(instrument, occasion);
    const auto invalid = invalidAnswers(instrument, occasion);
    // An occasion without a date is the repository's to refuse; here only one after today.
    const auto dated =
        occasion.date.isValid() ? checkOccasionDate(occasion.date, now.date()) : Result<void>{};
    if (!missing.empty() || !whileAbsent.empty() || !invalid.empty() || !dated) {
        const QuestionNames names(instrument);
        QStringList sentences;
        if (!dated)
            sentences << dated.errorMessage();
        if (!missing.empty()) {
            QStringList list;
            for (const Question* q : missing)
                list << names.name(*q);
            sentences << QCoreApplication::translate("Occasion",
                                                     "Answer these before completing: %1.")
                             .arg(list.join(", "_L1));
        }
        if (!whileAbsent.empty()) {
            QStringList list;
            for (const Question* q : whileAbsent)
                list << names.name(*q);
            sentences << QCoreApplication::translate("Occasion",
                                                     "The participant did not take part, yet the "
                                                     "participant's part has answers: %1.")
                             .arg(list.join(", "_L1));
        }
        if (!invalid.empty()) {
            QStringList list;
            for (const QString& key : invalid) {
                const Question* q = instrument.question(key);
                list << (q ? names.name(*q) : key);
            }
            sentences << QCoreApplication::translate("Occasion", "These answers are not valid: %1.")
                             .arg(list.join(", "_L1));
        }
        return makeError(Error::Kind::Invalid, sentences.join(u' '));
    }
    if (occasion.state != OccasionState::Completed || !occasion.completedAt.isValid())
        occasion.completedAt = now;
    occasion.state = OccasionState::Completed;
    return {};
}

Result<void> checkOccasionDate(const QDate& date, const QDate& today)
{
    if (!date.isValid()) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("Occasion", "The occasion needs a date."));
    }
    if (today.isValid() && date > today) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "Occasion", "The assessment is dated %1, after today (%2). An "
                                         "assessment is recorded on the day it is held.")
                             .arg(date.toString(Qt::ISODate), today.toString(Qt::ISODate)));
    }
    return {};
}

Result<void> checkParticipationDates(const QDate& start, const QDate& end,
                                     const std::vector<QDate>& occasionDates)
{
    QDate first;
    QDate latest;
    for (const QDate& d : occasionDates) {
        if (!d.isValid())
            continue;
        if (!first.isValid() || d < first)
            first = d;
        if (!latest.isValid() || d > latest)
            latest = d;
    }
    if (!first.isValid())
        return {};
    if (start.isValid() && start > first) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "Participant", "The start date %1 is after the first assessment (%2).")
                             .arg(start.toString(Qt::ISODate), first.toString(Qt::ISODate)));
    }
    if (end.isValid() && end < latest) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "Participant", "The end date %1 is before the latest assessment (%2).")
                             .arg(end.toString(Qt::ISODate), latest.toString(Qt::ISODate)));
    }
    return {};
}

int handledareChanges(const std::vector<HandledareAssignment>& periods)
{
    std::vector<const HandledareAssignment*> ordered;
    ordered.reserve(periods.size());
    for (const HandledareAssignment& p : periods)
        ordered.push_back(&p);
    std::stable_sort(ordered.begin(), ordered.end(),
                     [](const HandledareAssignment* a, const HandledareAssignment* b) {
                         return a->from < b->from;
                     });
    int changes = 0;
    for (std::size_t i = 1; i < ordered.size(); ++i) {
        if (ordered[i]->handledareId != ordered[i - 1]->handledareId)
            ++changes;
    }
    return changes;
}

} // namespace tilltro::analysis
