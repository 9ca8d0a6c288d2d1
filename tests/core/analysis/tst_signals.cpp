// The BIP signals of one deltagare (analysis::signalsFor()), rule by rule, firing and not
// firing, on small fixtures whose expectations are worked out by hand from the rules in
// core/analysis/signals.h. "Today" is Monday 15 June 2026 throughout; the last three months
// are then 15 March to 15 June 2026 (QDate::addMonths(-3)).

#include <QTest>

#include "core/analysis/signals.h"
#include "core/domain/occasion.h"
#include "core/instrument/instrument.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::analysis;

namespace {

const QDate Today(2026, 6, 15);

InsatsPeriod insats(const QString& category, const QDate& start, const QDate& end = {})
{
    InsatsPeriod p;
    p.category = category;
    p.start = start;
    p.end = end;
    return p;
}

HandledareAssignment assignment(qint64 handledareId, const QDate& from, const QDate& to = {})
{
    return {0, handledareId, from, to};
}

/// A completed occasion. Low is decided here by hand for the default instrument's four
/// options: levels 1 (Nej) and 2 (Tveksamt) are low.
TrendPoint point(const QDate& date, std::optional<int> tilltro,
                 std::optional<int> malmedvetenhet = std::nullopt)
{
    return {date, tilltro, tilltro && *tilltro <= 2, malmedvetenhet};
}

/// A running participation with nothing to signal: started 1 January 2026, a jobbinriktad and
/// a social insats running in parallel today, one handledare, consent given, the next occasion
/// due in a month, no draft.
SignalInput quiet()
{
    SignalInput in;
    in.startDate = QDate(2026, 1, 1);
    in.jobOrientedCategory = u"jobbinriktad"_s;
    in.insatser = {insats(u"jobbinriktad"_s, QDate(2026, 1, 1)),
                   insats(u"social"_s, QDate(2026, 3, 1))};
    in.assignments = {assignment(1, QDate(2026, 1, 1))};
    in.nextDue = QDate(2026, 7, 15);
    in.hasConsent = true;
    return in;
}

SignalSet setOf(std::initializer_list<BipSignal> signals)
{
    SignalSet s;
    for (BipSignal signal : signals)
        s.insert(signal);
    return s;
}

QStringList codes(const SignalSet& set)
{
    QStringList list;
    for (BipSignal s : set.toList())
        list << codeOf(s);
    return list;
}

} // namespace

// Compares sets by their codes, so a failure prints which signals differ.
#define COMPARE_SIGNALS(actual, ...) QCOMPARE(codes(actual), codes(setOf({__VA_ARGS__})))

class TestSignals : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- SignalSet and the words ---------------------------------------------------------

    void signalSet_insertContainsSizeAndOrder()
    {
        SignalSet s;
        QVERIFY(s.isEmpty());
        QCOMPARE(s.size(), 0);
        s.insert(BipSignal::UnfinishedDraft);
        s.insert(BipSignal::NoInsats);
        s.insert(BipSignal::UnfinishedDraft); // twice: still one
        QVERIFY(!s.isEmpty());
        QCOMPARE(s.size(), 2);
        QVERIFY(s.contains(BipSignal::NoInsats));
        QVERIFY(s.contains(BipSignal::UnfinishedDraft));
        QVERIFY(!s.contains(BipSignal::Overdue));
        const std::vector<BipSignal> expected{BipSignal::NoInsats, BipSignal::UnfinishedDraft};
        QVERIFY(s.toList() == expected);
        QVERIFY(s == setOf({BipSignal::NoInsats, BipSignal::UnfinishedDraft}));
        QVERIFY(!(s == setOf({BipSignal::NoInsats})));
    }

    void codesWordsAndExplanations()
    {
        QCOMPARE(codeOf(BipSignal::NoInsats), u"no_insats"_s);
        QCOMPARE(codeOf(BipSignal::DueSoon), u"due_soon"_s);
        QVERIFY(fromCode<BipSignal>(u"handledare_changed"_s) == BipSignal::HandledareChanged);
        QVERIFY(!fromCode<BipSignal>(u"nonsense"_s));
        // No translator loaded: the source words.
        QCOMPARE(signalWord(BipSignal::NoInsats), u"No insats"_s);
        QCOMPARE(signalWord(BipSignal::LowTilltro), u"Low belief"_s);
        QStringList explanations;
        for (int i = 0; i < BipSignalCount; ++i) {
            const QString e = signalExplanation(BipSignal(i));
            QVERIFY2(!e.isEmpty(), qPrintable(codeOf(BipSignal(i))));
            QVERIFY(!explanations.contains(e));
            explanations << e;
        }
        QVERIFY(signalExplanation(BipSignal::HandledareChanged).contains(u"22 %"_s));
        QVERIFY(signalExplanation(BipSignal::NoJobOriented).contains(u"18 %"_s));
    }

    // --- Tilltro against the default instrument ------------------------------------------

    void tilltroLevel_defaultInstrument()
    {
        const auto instrument = Instrument::loadDefault();
        QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
        const Instrument& i = instrument.value();
        const std::optional<int> None;
        // Options best first: ja_absolut, goda_mojligheter, tveksamt, nej → 4, 3, 2, 1.
        QCOMPARE(tilltroLevel(i, Answer::choice(u"ja_absolut"_s)), std::optional<int>(4));
        QCOMPARE(tilltroLevel(i, Answer::choice(u"goda_mojligheter"_s)), std::optional<int>(3));
        QCOMPARE(tilltroLevel(i, Answer::choice(u"tveksamt"_s)), std::optional<int>(2));
        QCOMPARE(tilltroLevel(i, Answer::choice(u"nej"_s)), std::optional<int>(1));
        QCOMPARE(tilltroLevel(i, Answer::choice(u"vet_ej"_s)), None);
        QCOMPARE(tilltroLevel(i, Answer{}), None);
        QCOMPARE(tilltroLevel(i, Answer::choice(u"kanske"_s)), None);
        QCOMPARE(tilltroLevel(i, Answer::number(4)), None);
    }

    void isLowTilltro_lowerHalfOfFourOptions()
    {
        const auto instrument = Instrument::loadDefault();
        QVERIFY(instrument.ok());
        QVERIFY(isLowTilltro(instrument.value(), 1)); // Nej
        QVERIFY(isLowTilltro(instrument.value(), 2)); // Tveksamt
        QVERIFY(!isLowTilltro(instrument.value(), 3));
        QVERIFY(!isLowTilltro(instrument.value(), 4));
    }

    // --- The rules ---------------------------------------------------------------------------

    void quietParticipation_noSignals()
    {
        const SignalResult r = signalsFor(quiet(), Today);
        COMPARE_SIGNALS(r.signals);
        QVERIFY(r.signals.isEmpty());
        QCOMPARE(r.daysWithoutInsats, 0);
        QCOMPARE(r.handledareChanges, 0);
    }

    void invalidToday_noSignals()
    {
        SignalInput in = quiet();
        in.hasConsent = false;
        QVERIFY(signalsFor(in, QDate()).signals.isEmpty());
    }

    void noInsats_whenNothingRunsToday()
    {
        // Both insatser ended yesterday: they ran in parallel, one job-oriented, within the
        // last three months, so only NoInsats speaks. Today is the one day without.
        SignalInput in = quiet();
        in.insatser = {insats(u"jobbinriktad"_s, QDate(2026, 1, 1), Today.addDays(-1)),
                       insats(u"social"_s, QDate(2026, 3, 1), Today.addDays(-1))};
        SignalResult r = signalsFor(in, Today);
        COMPARE_SIGNALS(r.signals, BipSignal::NoInsats);
        QCOMPARE(r.daysWithoutInsats, 1);

        // Ending today: still running today.
        for (InsatsPeriod& p : in.insatser)
            p.end = Today;
        r = signalsFor(in, Today);
        COMPARE_SIGNALS(r.signals);
        QCOMPARE(r.daysWithoutInsats, 0);
    }

    void noInsatsAtAll_onlyNoInsats()
    {
        SignalInput in = quiet();
        in.insatser.clear();
        SignalResult r = signalsFor(in, Today);
        COMPARE_SIGNALS(r.signals, BipSignal::NoInsats);
        // 1 January to 15 June inclusive: 31 + 28 + 31 + 30 + 31 + 15.
        QCOMPARE(r.daysWithoutInsats, 166);

        // An insats that ended before the last three months (1 January to 1 March) does not
        // make them "not parallel" or "not job-oriented"; it covers 31 + 28 + 1 = 60 days.
        in.insatser = {insats(u"jobbinriktad"_s, QDate(2026, 1, 1), QDate(2026, 3, 1))};
        r = signalsFor(in, Today);
        COMPARE_SIGNALS(r.signals, BipSignal::NoInsats);
        QCOMPARE(r.daysWithoutInsats, 106);
    }

    void notParallel_oneAfterTheOther()
    {
        // Jobbinriktad 20 March to 30 April, then kompetenshöjande from 1 May: never the same
        // day. A job-oriented one was there, so only NotParallel.
        SignalInput in = quiet();
        in.insatser = {insats(u"jobbinriktad"_s, QDate(2026, 3, 20), QDate(2026, 4, 30)),
                       insats(u"kompetenshojande"_s, QDate(2026, 5, 1))};
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::NotParallel);

        // Starting on 30 April instead: one common day, parallel.
        in.insatser[1].start = QDate(2026, 4, 30);
        COMPARE_SIGNALS(signalsFor(in, Today).signals);
    }

    void notParallel_aSingleInsats()
    {
        SignalInput in = quiet();
        in.insatser = {insats(u"jobbinriktad"_s, QDate(2026, 1, 1))};
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::NotParallel);
    }

    void noJobOriented_onlyWithinTheLastThreeMonths()
    {
        // Kompetenshöjande and social in parallel, no job-oriented one: NoJobOriented only.
        SignalInput in = quiet();
        in.insatser = {insats(u"kompetenshojande"_s, QDate(2026, 1, 1)),
                       insats(u"social"_s, QDate(2026, 2, 1))};
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::NoJobOriented);

        // A jobbinriktad that ended on 14 March, the day before the window: still none.
        in.insatser.push_back(insats(u"jobbinriktad"_s, QDate(2026, 1, 1), QDate(2026, 3, 14)));
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::NoJobOriented);

        // Ending on 15 March, the window's first day: there was one.
        in.insatser.back().end = QDate(2026, 3, 15);
        COMPARE_SIGNALS(signalsFor(in, Today).signals);
    }

    void startedLastMonth_windowStartsAtTheStart()
    {
        // Started 20 May. A jobbinriktad 1 April to 19 May lies inside the last three months
        // but before the participation: the window is 20 May to 15 June, where only the social
        // insats runs.
        SignalInput in = quiet();
        in.startDate = QDate(2026, 5, 20);
        in.assignments = {assignment(1, in.startDate)};
        in.insatser = {insats(u"jobbinriktad"_s, QDate(2026, 4, 1), QDate(2026, 5, 19)),
                       insats(u"social"_s, QDate(2026, 5, 20))};
        SignalResult r = signalsFor(in, Today);
        COMPARE_SIGNALS(r.signals, BipSignal::NotParallel, BipSignal::NoJobOriented);
        QCOMPARE(r.daysWithoutInsats, 0);

        // With only a kompetenshöjande insats from 1 June: 20–31 May are without, 12 days.
        in.insatser = {insats(u"kompetenshojande"_s, QDate(2026, 6, 1))};
        r = signalsFor(in, Today);
        COMPARE_SIGNALS(r.signals, BipSignal::NotParallel, BipSignal::NoJobOriented);
        QCOMPARE(r.daysWithoutInsats, 12);

        // With none: 20 May to 15 June, 12 + 15 days, and NoInsats alone.
        in.insatser.clear();
        r = signalsFor(in, Today);
        COMPARE_SIGNALS(r.signals, BipSignal::NoInsats);
        QCOMPARE(r.daysWithoutInsats, 27);
    }

    void endedParticipation_noSignalsButDaysCounted()
    {
        // Ended 31 May, with everything that would otherwise signal.
        SignalInput in;
        in.jobOrientedCategory = u"jobbinriktad"_s;
        in.startDate = QDate(2026, 1, 1);
        in.endDate = QDate(2026, 5, 31);
        in.insatser = {insats(u"social"_s, QDate(2026, 1, 1), QDate(2026, 1, 31))};
        in.assignments = {assignment(1, QDate(2026, 1, 1), QDate(2026, 4, 1)),
                          assignment(2, QDate(2026, 4, 1))};
        in.completed = {point(QDate(2026, 1, 10), 4, 8), point(QDate(2026, 2, 10), 3, 7),
                        point(QDate(2026, 3, 10), 1, 5)};
        in.nextDue = QDate(2026, 6, 10);
        in.hasConsent = false;
        in.oldestDraft = QDate(2026, 5, 1);
        const SignalResult r = signalsFor(in, Today);
        COMPARE_SIGNALS(r.signals);
        // 1 January to 31 May is 151 days; the insats covered the 31 of January.
        QCOMPARE(r.daysWithoutInsats, 120);
        QCOMPARE(r.handledareChanges, 1);
    }

    void handledareChanged_afterTheLatestOccasion()
    {
        SignalInput in = quiet();
        in.assignments = {assignment(1, QDate(2026, 1, 1), QDate(2026, 4, 1)),
                          assignment(2, QDate(2026, 4, 1))};

        in.completed = {point(QDate(2026, 3, 15), 4)};
        SignalResult r = signalsFor(in, Today);
        COMPARE_SIGNALS(r.signals, BipSignal::HandledareChanged);
        QCOMPARE(r.handledareChanges, 1);

        // An occasion after the change: the new handledare has met them.
        in.completed.push_back(point(QDate(2026, 4, 15), 4));
        COMPARE_SIGNALS(signalsFor(in, Today).signals);

        // An occasion on the day of the change: the change did not begin after it.
        in.completed.back().date = QDate(2026, 4, 1);
        COMPARE_SIGNALS(signalsFor(in, Today).signals);

        // Before any occasion: any change after the first assignment counts.
        in.completed.clear();
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::HandledareChanged);
    }

    void handledareChanged_notForTheSameHandledareAgain()
    {
        SignalInput in = quiet();
        in.completed = {point(QDate(2026, 3, 15), 4)};
        // Handledare 1 again after a closed period: no change of person.
        in.assignments = {assignment(1, QDate(2026, 1, 1), QDate(2026, 4, 1)),
                          assignment(1, QDate(2026, 4, 1))};
        SignalResult r = signalsFor(in, Today);
        COMPARE_SIGNALS(r.signals);
        QCOMPARE(r.handledareChanges, 0);

        // 1 → 2 → 1, given out of order: two changes, the latest after the occasion.
        in.assignments = {assignment(1, QDate(2026, 5, 1)),
                          assignment(1, QDate(2026, 1, 1), QDate(2026, 2, 1)),
                          assignment(2, QDate(2026, 2, 1), QDate(2026, 5, 1))};
        r = signalsFor(in, Today);
        COMPARE_SIGNALS(r.signals, BipSignal::HandledareChanged);
        QCOMPARE(r.handledareChanges, 2);
    }

    void lowTilltro_atTheLatestOccasionWithALevel()
    {
        SignalInput in = quiet();
        in.completed = {point(QDate(2026, 1, 15), 4), point(QDate(2026, 4, 15), 2)};
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::LowTilltro);

        // Improved to 4 at the latest: no longer low.
        in.completed = {point(QDate(2026, 1, 15), 2), point(QDate(2026, 4, 15), 4)};
        COMPARE_SIGNALS(signalsFor(in, Today).signals);

        // The latest has no level (Vet ej): the one before with a level, Nej, counts.
        in.completed = {point(QDate(2026, 1, 15), 1), point(QDate(2026, 4, 15), std::nullopt)};
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::LowTilltro);

        // Goda möjligheter is not low.
        in.completed = {point(QDate(2026, 4, 15), 3)};
        COMPARE_SIGNALS(signalsFor(in, Today).signals);
    }

    void tilltroFalling_needsThreeStrictlyFallingLevels()
    {
        SignalInput in = quiet();
        // 4, 3, 2: fell at each of the last two (and 2 is low).
        in.completed = {point(QDate(2026, 1, 1), 4), point(QDate(2026, 2, 1), 3),
                        point(QDate(2026, 3, 1), 2)};
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::LowTilltro,
                        BipSignal::TilltroFalling);

        // 4, 3: only one fall.
        in.completed.pop_back();
        COMPARE_SIGNALS(signalsFor(in, Today).signals);

        // 3, 2, 2: the second did not fall.
        in.completed = {point(QDate(2026, 1, 1), 3), point(QDate(2026, 2, 1), 2),
                        point(QDate(2026, 3, 1), 2)};
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::LowTilltro);

        // 4, –, 3, –, 2: occasions without a level are skipped.
        in.completed = {point(QDate(2026, 1, 1), 4), point(QDate(2026, 1, 15), std::nullopt),
                        point(QDate(2026, 2, 1), 3), point(QDate(2026, 2, 15), std::nullopt),
                        point(QDate(2026, 3, 1), 2)};
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::LowTilltro,
                        BipSignal::TilltroFalling);

        // 2, 4, 3, 2: the last three (4, 3, 2) fell; the rise before them does not matter.
        in.completed = {point(QDate(2026, 1, 1), 2), point(QDate(2026, 2, 1), 4),
                        point(QDate(2026, 3, 1), 3), point(QDate(2026, 4, 1), 2)};
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::LowTilltro,
                        BipSignal::TilltroFalling);

        // 4, 3, 2, 3: the last three (3, 2, 3) did not.
        in.completed.push_back(point(QDate(2026, 5, 1), 3));
        COMPARE_SIGNALS(signalsFor(in, Today).signals);
    }

    void malmedvetenhetFalling_sinceThePreviousValue()
    {
        SignalInput in = quiet();
        in.completed = {point(QDate(2026, 1, 1), 4, 7), point(QDate(2026, 4, 1), 4, 6)};
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::MalmedvetenhetFalling);

        in.completed.back().malmedvetenhet = 7; // unchanged
        COMPARE_SIGNALS(signalsFor(in, Today).signals);
        in.completed.back().malmedvetenhet = 8; // rose
        COMPARE_SIGNALS(signalsFor(in, Today).signals);

        // 7, –, 5: the non-answer between is skipped.
        in.completed = {point(QDate(2026, 1, 1), 4, 7), point(QDate(2026, 2, 1), 4, std::nullopt),
                        point(QDate(2026, 3, 1), 4, 5)};
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::MalmedvetenhetFalling);

        // A single value: nothing to fall from.
        in.completed = {point(QDate(2026, 3, 1), 4, 5)};
        COMPARE_SIGNALS(signalsFor(in, Today).signals);
    }

    void overdueAndDueSoon_edges()
    {
        SignalInput in = quiet();
        in.nextDue = Today.addDays(-1);
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::Overdue);
        in.nextDue = Today; // due today: not overdue yet, due soon
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::DueSoon);
        in.nextDue = Today.addDays(14); // 29 June
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::DueSoon);
        in.nextDue = Today.addDays(15); // 30 June
        COMPARE_SIGNALS(signalsFor(in, Today).signals);
        in.nextDue = QDate(); // not known
        COMPARE_SIGNALS(signalsFor(in, Today).signals);
    }

    void noConsent()
    {
        SignalInput in = quiet();
        in.hasConsent = false;
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::NoConsent);
    }

    void unfinishedDraft_fromAnEarlierDayOnly()
    {
        SignalInput in = quiet();
        in.oldestDraft = Today;
        COMPARE_SIGNALS(signalsFor(in, Today).signals);
        in.oldestDraft = Today.addDays(-1);
        COMPARE_SIGNALS(signalsFor(in, Today).signals, BipSignal::UnfinishedDraft);
    }

    void everythingAtOnce()
    {
        // No insats, handledare changed after the only occasion (Tveksamt), next occasion
        // overdue, no consent, an old draft.
        SignalInput in;
        in.jobOrientedCategory = u"jobbinriktad"_s;
        in.startDate = QDate(2026, 2, 1);
        in.assignments = {assignment(1, QDate(2026, 2, 1), QDate(2026, 5, 1)),
                          assignment(2, QDate(2026, 5, 1))};
        in.completed = {point(QDate(2026, 2, 10), 2, 5)};
        in.nextDue = QDate(2026, 5, 10);
        in.oldestDraft = QDate(2026, 6, 1);
        const SignalResult r = signalsFor(in, Today);
        COMPARE_SIGNALS(r.signals, BipSignal::NoInsats, BipSignal::HandledareChanged,
                        BipSignal::LowTilltro, BipSignal::Overdue, BipSignal::NoConsent,
                        BipSignal::UnfinishedDraft);
        QCOMPARE(r.signals.size(), 6);
        // 1 February to 15 June: 28 + 31 + 30 + 31 + 15.
        QCOMPARE(r.daysWithoutInsats, 135);
        QCOMPARE(r.handledareChanges, 1);
    }
};

QTEST_GUILESS_MAIN(TestSignals)
#include "tst_signals.moc"
