#include "signals.h"

#include <QCoreApplication>

#include <algorithm>

#include "../domain/occasion.h"
#include "../instrument/instrument.h"
#include "insatsanalysis.h"
#include "occasionrules.h"

namespace tilltro::analysis {

namespace {

constexpr int DueSoonDays = 14;

/// The values of the last `count` points that have one, oldest first.
template <typename Get>
std::vector<int> lastValues(const std::vector<TrendPoint>& points, std::size_t count, Get get)
{
    std::vector<int> values;
    for (auto it = points.rbegin(); it != points.rend() && values.size() < count; ++it) {
        if (const std::optional<int> v = get(*it))
            values.push_back(*v);
    }
    std::reverse(values.begin(), values.end());
    return values;
}

bool strictlyFalling(const std::vector<int>& values, std::size_t needed)
{
    if (values.size() < needed)
        return false;
    for (std::size_t i = 1; i < values.size(); ++i) {
        if (values[i] >= values[i - 1])
            return false;
    }
    return true;
}

bool changedSince(const std::vector<HandledareAssignment>& assignments, const QDate& since)
{
    std::vector<HandledareAssignment> sorted = assignments;
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const auto& a, const auto& b) { return a.from < b.from; });
    for (std::size_t i = 1; i < sorted.size(); ++i) {
        if (sorted[i].handledareId != sorted[i - 1].handledareId &&
            (!since.isValid() || sorted[i].from > since))
            return true;
    }
    return false;
}

} // namespace

TilltroScale::TilltroScale(const Instrument& instrument)
{
    if (const Question* q = instrument.question(QString::fromLatin1(TilltroKey))) {
        for (const ScaleOption& option : q->scale.options)
            m_options.push_back(option.key.toUtf8());
    }
}

std::optional<int> TilltroScale::level(QByteArrayView code) const
{
    if (code.isEmpty())
        return std::nullopt;
    for (std::size_t i = 0; i < m_options.size(); ++i) {
        if (code == m_options[i])
            return static_cast<int>(m_options.size() - i);
    }
    return std::nullopt;
}

bool TilltroScale::isLow(int level) const
{
    return !m_options.empty() && level <= static_cast<int>(m_options.size()) / 2;
}

std::optional<int> tilltroLevel(const Instrument& instrument, const Answer& answer)
{
    return TilltroScale(instrument).level(answer.code.toUtf8());
}

bool isLowTilltro(const Instrument& instrument, int level)
{
    return TilltroScale(instrument).isLow(level);
}

SignalResult signalsFor(const SignalInput& input, const QDate& today)
{
    SignalResult result;
    result.handledareChanges = handledareChanges(input.assignments);
    if (input.startDate.isValid() && input.startDate <= today) {
        const QDate to = input.endDate.isValid() ? std::min(input.endDate, today) : today;
        result.daysWithoutInsats =
            analyseInsatser(input.insatser, input.startDate, to, input.jobOrientedCategory)
                .daysWithout;
    }
    if (input.endDate.isValid() || !today.isValid())
        return result;

    SignalSet& s = result.signals;
    if (std::none_of(input.insatser.begin(), input.insatser.end(),
                     [&](const InsatsPeriod& p) { return p.isRunningOn(today); }))
        s.insert(BipSignal::NoInsats);

    Participant participation;
    participation.startDate = input.startDate;
    const RecentInsatser recent =
        analyseRecentInsatser(input.insatser, participation, today, input.jobOrientedCategory);
    if (!recent.summary.categories.empty()) {
        if (!recent.summary.parallel)
            s.insert(BipSignal::NotParallel);
        if (!recent.summary.includesJobOriented)
            s.insert(BipSignal::NoJobOriented);
    }

    const QDate latest = input.completed.empty() ? QDate() : input.completed.back().date;
    if (changedSince(input.assignments, latest))
        s.insert(BipSignal::HandledareChanged);

    const auto tilltro = [](const TrendPoint& p) { return p.tilltro; };
    for (auto it = input.completed.rbegin(); it != input.completed.rend(); ++it) {
        if (it->tilltro) {
            if (it->tilltroLow)
                s.insert(BipSignal::LowTilltro);
            break;
        }
    }
    if (strictlyFalling(lastValues(input.completed, 3, tilltro), 3))
        s.insert(BipSignal::TilltroFalling);
    const auto malmedvetenhet = [](const TrendPoint& p) { return p.malmedvetenhet; };
    if (strictlyFalling(lastValues(input.completed, 2, malmedvetenhet), 2))
        s.insert(BipSignal::MalmedvetenhetFalling);

    if (input.nextDue.isValid()) {
        if (input.nextDue < today)
            s.insert(BipSignal::Overdue);
        else if (input.nextDue <= today.addDays(DueSoonDays))
            s.insert(BipSignal::DueSoon);
    }
    if (!input.hasConsent)
        s.insert(BipSignal::NoConsent);
    if (input.oldestDraft.isValid() && input.oldestDraft < today)
        s.insert(BipSignal::UnfinishedDraft);
    return result;
}

QString signalWord(BipSignal signal)
{
    return QCoreApplication::translate("Signal", wordOf(EnumCodes<BipSignal>::table, signal));
}

QString signalExplanation(BipSignal signal)
{
    // In declaration order, one per signal.
    static const char* const explanations[BipSignalCount] = {
        QT_TRANSLATE_NOOP("Signal",
                          "No insats is running. In BIP, deltagare without any insats drifted "
                          "further away from work."),
        QT_TRANSLATE_NOOP("Signal",
                          "In the last three months no two insatser ran at the same time. In BIP, "
                          "skills, health and social insatser helped when they ran in parallel "
                          "with a job-oriented one."),
        QT_TRANSLATE_NOOP("Signal",
                          "None of the insatser in the last three months was job-oriented. In BIP, "
                          "skills, health and social insatser moved people only in parallel with a "
                          "job-oriented one; only about 18 % had such a combination."),
        QT_TRANSLATE_NOOP("Signal",
                          "The handledare has changed since the latest assessment. In BIP, each "
                          "change of handledare lowered the chance of a job by about 22 %; a good "
                          "handover softens it."),
        QT_TRANSLATE_NOOP(
            "Signal", "At the latest assessment the handledare's belief was doubtful or no. In "
                      "BIP, the handledare's belief was the strongest sign of a job: after a "
                      "year 27 % of those believed in were in work, against 1 % of the others."),
        QT_TRANSLATE_NOOP("Signal",
                          "The handledare's belief fell at each of the last two assessments. In "
                          "BIP, the handledare's belief was one of the strongest signs of the way "
                          "ahead."),
        QT_TRANSLATE_NOOP(
            "Signal", "Goal-directedness fell since the previous assessment. In BIP, "
                      "goal-directedness was one of the seven indicators that predicted a job."),
        QT_TRANSLATE_NOOP("Signal",
                          "The next assessment is overdue. BIP's results rest on following each "
                          "deltagare up every three months."),
        QT_TRANSLATE_NOOP("Signal",
                          "The next assessment is due within 14 days: book the meeting. BIP's "
                          "results rest on following each deltagare up every three months."),
        QT_TRANSLATE_NOOP("Signal",
                          "There is no current consent for registration. Ask for it at the next "
                          "meeting, or end the registration."),
        QT_TRANSLATE_NOOP(
            "Signal", "An assessment was started on an earlier day and never completed: it does "
                      "not count in the change table or the statistics until it is."),
    };
    const int index = static_cast<int>(signal);
    return index >= 0 && index < BipSignalCount
               ? QCoreApplication::translate("Signal", explanations[index])
               : QString();
}

} // namespace tilltro::analysis
