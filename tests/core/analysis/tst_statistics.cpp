// The unit's statistics (analysis::unitStatistics(), mergeStatistics(), quantile()) on small
// fixtures whose figures are worked out by hand from the rules in core/analysis/statistics.h,
// the anonymity rule first: a count is shown when it is 0 or at least 5, a share, median or
// quartile only over a group of at least 5; everything else is null ("färre än 5").

#include <QTest>

#include "core/analysis/statistics.h"
#include "core/instrument/instrument.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::analysis;

namespace {

/// How a suppressed (null) figure reads in the comparisons below.
constexpr int Suppressed = -1;
constexpr double SuppressedShare = -1.0;

const QDate Start(2026, 1, 1);
const QDate FirstVisit(2026, 2, 1);
const QDate LatestVisit(2026, 5, 1);

/// Two indicators, "a" and "b", and the default instrument's four Tilltro options.
StatisticsContext context()
{
    return {{u"a"_s, u"b"_s}, {u"ja_absolut"_s, u"goda_mojligheter"_s, u"tveksamt"_s, u"nej"_s}};
}

StatisticsFilter year2026()
{
    StatisticsFilter f;
    f.from = QDate(2026, 1, 1);
    f.to = QDate(2026, 12, 31);
    return f;
}

StatisticsOccasion occasion(const QDate& date, std::optional<int> a, std::optional<int> b = {},
                            std::optional<int> tilltro = {})
{
    StatisticsOccasion o;
    o.date = date;
    o.deltagare = {a, b};
    o.handledare = {std::nullopt, std::nullopt};
    o.tilltro = tilltro;
    return o;
}

/// A deltagare from 1 January 2026 with handledare 1 throughout, and these occasions.
StatisticsParticipant person(std::vector<StatisticsOccasion> occasions = {})
{
    StatisticsParticipant p;
    p.handledareId = 1;
    p.startDate = Start;
    p.assignments = {{0, 1, Start, {}}};
    p.occasionsInPeriod = static_cast<int>(occasions.size());
    if (!occasions.empty())
        p.lastCompletedBeforeEnd = occasions.back().date;
    p.occasions = std::move(occasions);
    return p;
}

/// A deltagare whose indicator "a" went from `first` to `latest`.
StatisticsParticipant changed(int first, int latest)
{
    return person({occasion(FirstVisit, first), occasion(LatestVisit, latest)});
}

/// Deltagare whose "a" changed by each of `changes` (from 5).
std::vector<StatisticsParticipant> withChanges(std::initializer_list<int> changes)
{
    std::vector<StatisticsParticipant> list;
    for (int c : changes)
        list.push_back(changed(5, 5 + c));
    return list;
}

InsatsPeriod insats(InsatsCategory category, const QDate& start, const QDate& end = {})
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

const IndicatorChange* indicator(const std::vector<IndicatorChange>& list, const QString& key)
{
    for (const IndicatorChange& c : list) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

const OutcomeRow* outcome(const UnitStatistics& s, const std::vector<InsatsCategory>& combination)
{
    for (const OutcomeRow& row : s.outcomes) {
        if (row.combination == combination)
            return &row;
    }
    return nullptr;
}

} // namespace

// A figure, with null read as Suppressed / SuppressedShare.
#define COMPARE_COUNT(actual, expected) QCOMPARE((actual).value_or(Suppressed), expected)
#define COMPARE_SHARE(actual, expected) QCOMPARE((actual).value_or(SuppressedShare), expected)
#define COMPARE_CHANGE(c, n_, q1_, median_, q3_, improved_, unchanged_, worsened_)                 \
    do {                                                                                           \
        const IndicatorChange* change_ = (c);                                                      \
        QVERIFY(change_);                                                                          \
        COMPARE_COUNT(change_->n, n_);                                                             \
        COMPARE_SHARE(change_->q1, q1_);                                                           \
        COMPARE_SHARE(change_->median, median_);                                                   \
        COMPARE_SHARE(change_->q3, q3_);                                                           \
        COMPARE_SHARE(change_->improved, improved_);                                               \
        COMPARE_SHARE(change_->unchanged, unchanged_);                                             \
        COMPARE_SHARE(change_->worsened, worsened_);                                               \
    } while (false)
#define COMPARE_SUPPRESSED_CHANGE(c, n_)                                                           \
    COMPARE_CHANGE(c, n_, SuppressedShare, SuppressedShare, SuppressedShare, SuppressedShare,      \
                   SuppressedShare, SuppressedShare)

class TestStatistics : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- quantile() --------------------------------------------------------------------------

    void quantile_linearInterpolation()
    {
        QCOMPARE(quantile({7}, 0.0), 7.0);
        QCOMPARE(quantile({7}, 0.5), 7.0);
        QCOMPARE(quantile({7}, 1.0), 7.0);
        // {1, 3}: positions p·1.
        QCOMPARE(quantile({1, 3}, 0.0), 1.0);
        QCOMPARE(quantile({1, 3}, 0.25), 1.5);
        QCOMPARE(quantile({1, 3}, 0.5), 2.0);
        QCOMPARE(quantile({1, 3}, 1.0), 3.0);
        // {10, 20, 30, 40}: q1 at position 0.75, q3 at 2.25.
        QCOMPARE(quantile({10, 20, 30, 40}, 0.25), 17.5);
        QCOMPARE(quantile({10, 20, 30, 40}, 0.5), 25.0);
        QCOMPARE(quantile({10, 20, 30, 40}, 0.75), 32.5);
        // Negative values: {-4, -2}, median -3.
        QCOMPARE(quantile({-4, -2}, 0.5), -3.0);
    }

    void statisticsContext_defaultInstrument()
    {
        const auto instrument = Instrument::loadDefault();
        QVERIFY(instrument.ok());
        const StatisticsContext c = statisticsContext(instrument.value());
        const std::vector<QString> keys{u"mojligheter"_s, u"klara_jobb"_s, u"samarbete"_s,
                                        u"halsa"_s,       u"vardagen"_s,   u"kompetens"_s,
                                        u"lon"_s,         u"soker"_s};
        QVERIFY(c.indicatorKeys == keys);
        const std::vector<QString> options{u"ja_absolut"_s, u"goda_mojligheter"_s, u"tveksamt"_s,
                                           u"nej"_s};
        QVERIFY(c.tilltroOptions == options);
    }

    // --- Indicator change ------------------------------------------------------------------

    void indicatorChange_oddCount()
    {
        // "a" changed by -2, 0, 1, 3, 5 (listed out of order): sorted positions 0–4, q1 at
        // position 1 (0), median at 2 (1), q3 at 3 (3). Three improved, one unchanged, one
        // worsened of five.
        auto list = withChanges({3, -2, 5, 0, 1});
        // "b" at both occasions for four of them only (the fifth has it at the first only).
        for (std::size_t i = 0; i < 4; ++i) {
            list[i].occasions.front().deltagare[1] = 4;
            list[i].occasions.back().deltagare[1] = 6;
        }
        list[4].occasions.front().deltagare[1] = 4;
        // The handledare's rating of "a": 5 at both for all five.
        for (StatisticsParticipant& p : list) {
            p.occasions.front().handledare[0] = 5;
            p.occasions.back().handledare[0] = 5;
        }
        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 5);
        COMPARE_COUNT(s.occasions, 10);
        COMPARE_COUNT(s.withTwoOccasions, 5);
        QCOMPARE(s.indicators.size(), std::size_t(2));
        QCOMPARE(s.indicators[0].key, u"a"_s);
        QCOMPARE(s.indicators[1].key, u"b"_s);
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 5, 0.0, 1.0, 3.0, 0.6, 0.2, 0.2);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.indicators, u"b"_s), Suppressed);
        // The handledare's: all unchanged; nobody has the handledare's "b".
        COMPARE_CHANGE(indicator(s.handledareIndicators, u"a"_s), 5, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.handledareIndicators, u"b"_s), 0);
    }

    void indicatorChange_evenCountInterpolates()
    {
        // Sorted -3, -1, 0, 2, 2, 7: q1 at position 1.25 = -1 + 0.25·1 = -0.75; the median at
        // 2.5 = 0 + 0.5·2 = 1; q3 at 3.75 = 2 + 0.75·0 = 2.
        const UnitStatistics s =
            unitStatistics(withChanges({2, -3, 7, 0, -1, 2}), context(), year2026());
        COMPARE_COUNT(s.participants, 6);
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 6, -0.75, 1.0, 2.0, 3.0 / 6, 1.0 / 6,
                       2.0 / 6);
    }

    void indicatorChange_nonAnswerAndSingleOccasionLeftOut()
    {
        // Five with a change of +1; a sixth with a non-answer at the latest, a seventh with one
        // occasion only: n stays 5.
        auto list = withChanges({1, 1, 1, 1, 1});
        list.push_back(person({occasion(FirstVisit, 5), occasion(LatestVisit, std::nullopt)}));
        list.push_back(person({occasion(FirstVisit, 5)}));
        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 7);
        COMPARE_COUNT(s.occasions, 13);
        COMPARE_COUNT(s.withTwoOccasions, 6);
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 5, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0);
    }

    // --- Anonymity -------------------------------------------------------------------------

    void groupOfFour_everythingSuppressed()
    {
        auto list = withChanges({1, 2, 3, 4});
        list[0].insatser = {insats(InsatsCategory::Jobbinriktad, Start),
                            insats(InsatsCategory::Social, Start)};
        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, Suppressed);
        COMPARE_COUNT(s.occasions, Suppressed);
        COMPARE_COUNT(s.withTwoOccasions, Suppressed);
        COMPARE_COUNT(s.overdue, Suppressed);
        COMPARE_SHARE(s.parallelShare, SuppressedShare);
        COMPARE_SHARE(s.parallelWithJobOrientedShare, SuppressedShare);
        COMPARE_SHARE(s.handledareChangeShare, SuppressedShare);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.indicators, u"a"_s), Suppressed);
        COMPARE_COUNT(s.withoutHandledareChange.participants, Suppressed);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.withoutHandledareChange.indicators, u"a"_s),
                                  Suppressed);
        COMPARE_COUNT(s.withHandledareChange.participants, 0);
    }

    void groupOfFive_shown()
    {
        // The same four and one more (+5): sorted 1, 2, 3, 4, 5. Only the first has parallel
        // insatser, a jobbinriktad and a social one. Every one is overdue at the end of the
        // year: the latest occasion was on 1 May, the next one was due on 1 August.
        auto list = withChanges({1, 2, 3, 4, 5});
        list[0].insatser = {insats(InsatsCategory::Jobbinriktad, Start),
                            insats(InsatsCategory::Social, Start)};
        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 5);
        COMPARE_COUNT(s.occasions, 10);
        COMPARE_COUNT(s.withTwoOccasions, 5);
        COMPARE_COUNT(s.overdue, 5);
        COMPARE_SHARE(s.parallelShare, 0.2);
        COMPARE_SHARE(s.parallelWithJobOrientedShare, 0.2);
        COMPARE_SHARE(s.handledareChangeShare, 0.0);
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 5, 2.0, 3.0, 4.0, 1.0, 0.0, 0.0);
        COMPARE_COUNT(s.withoutHandledareChange.participants, 5);
        COMPARE_CHANGE(indicator(s.withoutHandledareChange.indicators, u"a"_s), 5, 2.0, 3.0, 4.0,
                       1.0, 0.0, 0.0);
        COMPARE_COUNT(s.withHandledareChange.participants, 0);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.withHandledareChange.indicators, u"a"_s), 0);
    }

    void noDeltagare_countsShownAsZero()
    {
        const UnitStatistics s = unitStatistics({}, context(), year2026());
        QCOMPARE(s.from, QDate(2026, 1, 1));
        QCOMPARE(s.to, QDate(2026, 12, 31));
        QCOMPARE(s.sources, 1);
        COMPARE_COUNT(s.participants, 0);
        COMPARE_COUNT(s.occasions, 0);
        COMPARE_COUNT(s.withTwoOccasions, 0);
        COMPARE_COUNT(s.overdue, 0);
        COMPARE_SHARE(s.parallelShare, SuppressedShare); // a share of nobody
        COMPARE_SUPPRESSED_CHANGE(indicator(s.indicators, u"a"_s), 0);
        QVERIFY(s.outcomes.empty());
        QCOMPARE(s.tilltro.size(), std::size_t(4));
        for (const TilltroGroup& t : s.tilltro) {
            COMPARE_COUNT(t.group.participants, 0);
            COMPARE_SHARE(t.share, SuppressedShare);
        }
    }

    void zeroAmongFive_shownAsZero()
    {
        // Five with one occasion each and nothing overdue (the latest on 1 December, the next
        // due 1 March 2027): none with two, no change to measure.
        std::vector<StatisticsParticipant> list;
        for (int i = 0; i < 5; ++i)
            list.push_back(person({occasion(QDate(2026, 12, 1), 5)}));
        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 5);
        COMPARE_COUNT(s.occasions, 5);
        COMPARE_COUNT(s.withTwoOccasions, 0);
        COMPARE_COUNT(s.overdue, 0);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.indicators, u"a"_s), 0);
    }

    void occasionsCount_underFiveSuppressed()
    {
        // Five deltagare with three occasions between them: a count of 1–4 is never shown,
        // whatever it counts (and the summary's reader refuses one).
        std::vector<StatisticsParticipant> list;
        for (int i = 0; i < 5; ++i)
            list.push_back(person(i < 3 ? std::vector{occasion(QDate(2026, 12, 1), 5)}
                                        : std::vector<StatisticsOccasion>{}));
        UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 5);
        COMPARE_COUNT(s.occasions, Suppressed);

        // Two more occasions: five, shown.
        list[3] = person({occasion(QDate(2026, 12, 1), 5)});
        list[4] = person({occasion(QDate(2026, 12, 1), 5)});
        s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.occasions, 5);
    }

    // --- Filters -----------------------------------------------------------------------------

    void periodFilter_participationsOverlappingThePeriod()
    {
        StatisticsFilter f;
        f.from = QDate(2026, 3, 1);
        f.to = QDate(2026, 8, 31);
        const auto at = [](const QDate& start, const QDate& end, int occasions) {
            StatisticsParticipant p = person();
            p.startDate = start;
            p.endDate = end;
            p.endReason = end.isValid() ? EndReason::Annat : EndReason::None;
            p.assignments = {assignment(1, start)};
            p.occasionsInPeriod = occasions;
            p.lastCompletedBeforeEnd = QDate(2026, 8, 1); // nothing overdue on 31 August
            return p;
        };
        // The loader counts occasions in the period; these figures show whose are summed.
        const std::vector list{
            at(QDate(2025, 6, 1), QDate(2026, 2, 28), 100), // ended the day before: out
            at(QDate(2025, 6, 1), QDate(2026, 3, 1), 1),    // ended on the first day: in
            at(QDate(2026, 8, 31), {}, 1),                  // started on the last day: in
            at(QDate(2026, 9, 1), {}, 100),                 // starts after: out
            at(QDate(2026, 1, 1), {}, 1),                   // runs through: in
            at(QDate(2025, 1, 1), {}, 1),                   // runs through: in
            at(QDate(2026, 4, 1), QDate(2026, 6, 30), 1),   // inside: in
        };
        UnitStatistics s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, 5);
        COMPARE_COUNT(s.occasions, 5);
        COMPARE_COUNT(s.overdue, 0);
        QCOMPARE(s.from, QDate(2026, 3, 1));
        QCOMPARE(s.to, QDate(2026, 8, 31));

        // From the beginning: the one that ended in February counts too.
        f.from = QDate();
        s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, 6);
        COMPARE_COUNT(s.occasions, 105);
        QVERIFY(!s.from.isValid());
    }

    void handledareFilter_responsibleAtSomeTimeInThePeriod()
    {
        const auto with = [](const QDate& start, qint64 now,
                             std::vector<HandledareAssignment> assignments) {
            StatisticsParticipant p = person();
            p.startDate = start;
            p.handledareId = now;
            p.assignments = std::move(assignments);
            p.lastCompletedBeforeEnd = QDate(2026, 12, 1);
            return p;
        };
        const std::vector list{
            // A: handledare 7 from the start: in.
            with(Start, 7, {assignment(7, Start)}),
            // B: 3, then 7 from 1 March: in, and a change in the period.
            with(QDate(2025, 1, 1), 7,
                 {assignment(3, QDate(2025, 1, 1), QDate(2026, 3, 1)),
                  assignment(7, QDate(2026, 3, 1))}),
            // C: 7 until 31 December 2025, then 3: out (and its change is before the period).
            with(QDate(2025, 1, 1), 3,
                 {assignment(7, QDate(2025, 1, 1), QDate(2025, 12, 31)),
                  assignment(3, QDate(2025, 12, 31))}),
            // D: no history recorded, handledare 7 now: in.
            with(Start, 7, {}),
            // E: no history, handledare 3: out.
            with(Start, 3, {}),
            // F: 3 throughout: out.
            with(QDate(2025, 1, 1), 3, {assignment(3, QDate(2025, 1, 1))}),
            // G: 7 from 1 February: in.
            with(QDate(2026, 2, 1), 7, {assignment(7, QDate(2026, 2, 1))}),
            // H: 7 until 1 January 2026, then 3: in (responsible on 1 January), a change.
            with(QDate(2025, 1, 1), 3,
                 {assignment(7, QDate(2025, 1, 1), QDate(2026, 1, 1)),
                  assignment(3, QDate(2026, 1, 1))}),
            // I: 3, then 7 from 2027: out, and its change is after the period.
            with(QDate(2025, 1, 1), 7,
                 {assignment(3, QDate(2025, 1, 1), QDate(2027, 1, 1)),
                  assignment(7, QDate(2027, 1, 1))}),
        };
        StatisticsFilter f = year2026();
        f.handledareId = 7;
        UnitStatistics s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, 5);                // A, B, D, G, H
        COMPARE_SHARE(s.handledareChangeShare, 2.0 / 5); // B and H
        COMPARE_COUNT(s.withHandledareChange.participants, Suppressed);
        COMPARE_COUNT(s.withoutHandledareChange.participants, Suppressed);

        // Everybody: nine, still two changes in the period.
        f.handledareId = 0;
        s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, 9);
        COMPARE_SHARE(s.handledareChangeShare, 2.0 / 9);
        COMPARE_COUNT(s.withHandledareChange.participants, Suppressed);
        COMPARE_COUNT(s.withoutHandledareChange.participants, 7);
    }

    void categoryFilter_anInsatsOfTheCategoryInThePeriod()
    {
        const auto with = [](std::vector<InsatsPeriod> insatser, const QDate& end = {}) {
            StatisticsParticipant p = person();
            p.startDate = QDate(2025, 1, 1);
            p.endDate = end;
            p.insatser = std::move(insatser);
            return p;
        };
        using enum InsatsCategory;
        const std::vector list{
            with({insats(Halsoinriktad, QDate(2025, 6, 1))}),                      // in
            with({insats(Halsoinriktad, QDate(2025, 6, 1), QDate(2026, 1, 1))}),   // in
            with({insats(Halsoinriktad, QDate(2026, 12, 31))}),                    // in
            with({insats(Jobbinriktad, Start), insats(Halsoinriktad, Start)}),     // in
            with({insats(Halsoinriktad, QDate(2026, 5, 1), QDate(2026, 5, 1))}),   // in
            with({insats(Halsoinriktad, QDate(2025, 1, 1), QDate(2025, 12, 31))}), // out
            with({insats(Jobbinriktad, Start)}),                                   // out
            // Ended 30 June, the hälsoinriktad insats starts after: out.
            with({insats(Halsoinriktad, QDate(2026, 7, 1))}, QDate(2026, 6, 30)),
        };
        StatisticsFilter f = year2026();
        f.category = Halsoinriktad;
        UnitStatistics s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, 5);
        COMPARE_SHARE(s.parallelShare, 0.2);
        COMPARE_SHARE(s.parallelWithJobOrientedShare, 0.2);

        f.category = Jobbinriktad; // two
        s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, Suppressed);
        f.category = Social; // none
        s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, 0);
    }

    // --- BIP conditions ----------------------------------------------------------------------

    void parallelShares()
    {
        const auto with = [](std::vector<InsatsPeriod> insatser, const QDate& start = Start) {
            StatisticsParticipant p = person();
            p.startDate = start;
            p.insatser = std::move(insatser);
            return p;
        };
        using enum InsatsCategory;
        const std::vector list{
            // 1: a jobbinriktad with a kompetenshöjande alongside: parallel, with a job one.
            with({insats(Jobbinriktad, Start, QDate(2026, 6, 30)),
                  insats(Kompetenshojande, QDate(2026, 3, 1), QDate(2026, 4, 30))}),
            // 2: two jobbinriktade together: parallel, not "with a job-oriented one".
            with({insats(Jobbinriktad, Start, QDate(2026, 3, 31)),
                  insats(Jobbinriktad, QDate(2026, 2, 1), QDate(2026, 5, 31))}),
            // 3: kompetenshöjande and social together: parallel only.
            with({insats(Kompetenshojande, Start), insats(Social, QDate(2026, 2, 1))}),
            // 4: one after the other: neither.
            with({insats(Jobbinriktad, Start, QDate(2026, 2, 28)),
                  insats(Social, QDate(2026, 3, 1))}),
            // 5: none.
            with({}),
            // 6: parallel with a job one, but all in 2025, before the period: neither.
            with({insats(Jobbinriktad, QDate(2025, 1, 1), QDate(2025, 12, 31)),
                  insats(Social, QDate(2025, 6, 1), QDate(2025, 12, 31))},
                 QDate(2025, 1, 1)),
            // 7: a social insats from 2025 ending on 1 June, a jobbinriktad from 1 June: one
            // common day in the period, both.
            with({insats(Social, QDate(2025, 1, 1), QDate(2026, 6, 1)),
                  insats(Jobbinriktad, QDate(2026, 6, 1))},
                 QDate(2025, 1, 1)),
        };
        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 7);
        COMPARE_SHARE(s.parallelShare, 4.0 / 7);                // 1, 2, 3, 7
        COMPARE_SHARE(s.parallelWithJobOrientedShare, 2.0 / 7); // 1, 7
        QCOMPARE(BipParallelWithJobOrientedShare, 0.18);
    }

    void handledareContinuity_groups()
    {
        // Five with a change on 1 April (all +1), five without (0, 0, 0, 0, -1); one of these
        // had a change in 2025, before the period.
        std::vector<StatisticsParticipant> list;
        for (int i = 0; i < 5; ++i) {
            StatisticsParticipant p = changed(5, 6);
            p.assignments = {assignment(1, Start, QDate(2026, 4, 1)),
                             assignment(2, QDate(2026, 4, 1))};
            list.push_back(p);
        }
        for (int change : {0, 0, 0, 0, -1})
            list.push_back(changed(5, 5 + change));
        list.back().startDate = QDate(2025, 1, 1);
        list.back().assignments = {assignment(1, QDate(2025, 1, 1), QDate(2025, 6, 1)),
                                   assignment(2, QDate(2025, 6, 1))};

        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 10);
        COMPARE_SHARE(s.handledareChangeShare, 0.5);
        COMPARE_COUNT(s.withHandledareChange.participants, 5);
        COMPARE_CHANGE(indicator(s.withHandledareChange.indicators, u"a"_s), 5, 1.0, 1.0, 1.0, 1.0,
                       0.0, 0.0);
        COMPARE_COUNT(s.withoutHandledareChange.participants, 5);
        // Sorted -1, 0, 0, 0, 0.
        COMPARE_CHANGE(indicator(s.withoutHandledareChange.indicators, u"a"_s), 5, 0.0, 0.0, 0.0,
                       0.0, 0.8, 0.2);
        // All ten, sorted -1, 0, 0, 0, 0, 1, 1, 1, 1, 1: q1 at 2.25 = 0, median at 4.5 = 0.5,
        // q3 at 6.75 = 1.
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 10, 0.0, 0.5, 1.0, 0.5, 0.4, 0.1);
    }

    void tilltroGroups_byTheFirstOccasion_bestFirst()
    {
        std::vector<StatisticsParticipant> list;
        // Five with Ja, absolut (level 4) at the first occasion, "a" changed by 2, 2, 3, 4, -1.
        for (int change : {2, 2, 3, 4, -1}) {
            StatisticsParticipant p = changed(5, 5 + change);
            p.occasions.front().tilltro = 4;
            p.occasions.back().tilltro = 1; // the latest does not decide the group
            list.push_back(p);
        }
        // Two with Tveksamt (2).
        for (int i = 0; i < 2; ++i) {
            StatisticsParticipant p = changed(5, 6);
            p.occasions.front().tilltro = 2;
            list.push_back(p);
        }
        // One without a tilltro at the first occasion: in no group.
        StatisticsParticipant unknown = changed(5, 6);
        unknown.occasions.back().tilltro = 1;
        list.push_back(unknown);

        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 8);
        QCOMPARE(s.tilltro.size(), std::size_t(4));
        QCOMPARE(s.tilltro[0].key, u"ja_absolut"_s);
        QCOMPARE(s.tilltro[1].key, u"goda_mojligheter"_s);
        QCOMPARE(s.tilltro[2].key, u"tveksamt"_s);
        QCOMPARE(s.tilltro[3].key, u"nej"_s);
        // Shares of the seven with a tilltro at the first occasion.
        COMPARE_COUNT(s.tilltro[0].group.participants, 5);
        COMPARE_SHARE(s.tilltro[0].share, 5.0 / 7);
        // Sorted -1, 2, 2, 3, 4.
        COMPARE_CHANGE(indicator(s.tilltro[0].group.indicators, u"a"_s), 5, 2.0, 2.0, 3.0, 0.8, 0.0,
                       0.2);
        COMPARE_COUNT(s.tilltro[1].group.participants, 0);
        COMPARE_SHARE(s.tilltro[1].share, 0.0);
        COMPARE_COUNT(s.tilltro[2].group.participants, Suppressed);
        COMPARE_SHARE(s.tilltro[2].share, SuppressedShare);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.tilltro[2].group.indicators, u"a"_s), Suppressed);
        COMPARE_COUNT(s.tilltro[3].group.participants, 0);
        COMPARE_SHARE(s.tilltro[3].share, 0.0);
    }

    void outcomes_byCombination()
    {
        using enum InsatsCategory;
        std::vector<StatisticsParticipant> list;
        const auto ended = [](const QDate& end, EndReason reason,
                              std::vector<InsatsPeriod> insatser, const QDate& start = Start) {
            StatisticsParticipant p = person();
            p.startDate = start;
            p.assignments = {assignment(1, start)};
            p.endDate = end;
            p.endReason = reason;
            p.insatser = std::move(insatser);
            return p;
        };
        // Six with a jobbinriktad insats: five to work, one to studies.
        for (int i = 0; i < 6; ++i) {
            list.push_back(ended(QDate(2026, 6, 30), i < 5 ? EndReason::Arbete : EndReason::Studier,
                                 {insats(Jobbinriktad, Start, QDate(2026, 5, 31))}));
        }
        // Five who had a social insats in 2025 (before the period, inside the participation)
        // and a jobbinriktad in 2026; they moved away.
        for (int i = 0; i < 5; ++i) {
            list.push_back(ended(QDate(2026, 4, 30), EndReason::Flyttat,
                                 {insats(Social, QDate(2025, 2, 1), QDate(2025, 6, 30)),
                                  insats(Jobbinriktad, Start, QDate(2026, 3, 31))},
                                 QDate(2025, 1, 1)));
        }
        // Three without any insats, to work: a row under 5.
        for (int i = 0; i < 3; ++i)
            list.push_back(ended(QDate(2026, 9, 30), EndReason::Arbete, {}));
        // Not ended in the period: before it, after it, still running.
        list.push_back(ended(QDate(2025, 12, 31), EndReason::Arbete, {}, QDate(2025, 1, 1)));
        list.push_back(ended(QDate(2027, 1, 15), EndReason::Arbete, {}));
        list.push_back(person());

        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 16);
        QCOMPARE(s.outcomes.size(), std::size_t(3));

        const OutcomeRow* job = outcome(s, {Jobbinriktad});
        QVERIFY(job);
        COMPARE_COUNT(job->ended, 6);
        COMPARE_COUNT(job->arbete, 5);
        COMPARE_COUNT(job->studier, Suppressed);
        COMPARE_COUNT(job->other, 0);

        const OutcomeRow* both = outcome(s, {Jobbinriktad, Social});
        QVERIFY(both);
        COMPARE_COUNT(both->ended, 5);
        COMPARE_COUNT(both->arbete, 0);
        COMPARE_COUNT(both->studier, 0);
        COMPARE_COUNT(both->other, 5);

        const OutcomeRow* none = outcome(s, {});
        QVERIFY(none);
        COMPARE_COUNT(none->ended, Suppressed);
        COMPARE_COUNT(none->arbete, Suppressed);
        COMPARE_COUNT(none->studier, Suppressed);
        COMPARE_COUNT(none->other, Suppressed);
    }

    void overdue_onThePeriodsLastDay()
    {
        StatisticsFilter f;
        f.from = QDate(2026, 1, 1);
        f.to = QDate(2026, 11, 30);
        const auto with = [](const QDate& last, const QDate& end = {}) {
            StatisticsParticipant p = person();
            p.lastCompletedBeforeEnd = last;
            p.endDate = end;
            return p;
        };
        std::vector list{
            with(QDate(2026, 8, 29)),                      // due 29 November: overdue
            with(QDate(2026, 8, 29)),                      // overdue
            with({}),                                      // due at the start: overdue
            with(QDate(2026, 1, 15), QDate(2027, 1, 10)),  // still running on 30 Nov: overdue
            with(QDate(2026, 8, 30)),                      // due 30 November: not yet
            with(QDate(2026, 10, 1)),                      // due 1 January: not
            with(QDate(2026, 1, 15), QDate(2026, 11, 15)), // ended: not
            with(QDate(2026, 5, 1)),                       // due 1 August: overdue
        };
        UnitStatistics s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, 8);
        COMPARE_COUNT(s.overdue, 5);

        list.pop_back(); // four overdue among seven
        s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, 7);
        COMPARE_COUNT(s.overdue, Suppressed);
    }

    // --- mergeStatistics() -----------------------------------------------------------------

    void merge_countsSharesAndQuartiles()
    {
        UnitStatistics a;
        a.from = QDate(2026, 1, 1);
        a.to = QDate(2026, 6, 30);
        a.participants = 5;
        a.occasions = 12;
        a.withTwoOccasions = 5;
        a.overdue = 0;
        a.parallelShare = 0.2;
        a.parallelWithJobOrientedShare = 0.2;
        a.handledareChangeShare = 0.4;
        a.indicators = {{u"a"_s, 5, 1.0, 0.0, 2.0, 0.6, 0.2, 0.2}};

        UnitStatistics b;
        b.sources = 2;
        b.from = QDate(2026, 3, 1);
        b.to = QDate(2026, 12, 31);
        b.participants = 10;
        b.occasions = 30;
        b.withTwoOccasions = std::nullopt;
        b.overdue = 5;
        b.parallelShare = 0.5;
        b.parallelWithJobOrientedShare = 0.1;
        b.handledareChangeShare = 0.0;
        b.indicators = {{u"a"_s, 10, 2.5, 1.0, 4.0, 0.5, 0.3, 0.2},
                        {u"b"_s, std::nullopt, {}, {}, {}, {}, {}, {}}};

        const UnitStatistics m = mergeStatistics({a, b});
        QCOMPARE(m.sources, 3);
        QCOMPARE(m.from, QDate(2026, 1, 1));
        QCOMPARE(m.to, QDate(2026, 12, 31));
        COMPARE_COUNT(m.participants, 15);
        COMPARE_COUNT(m.occasions, 42);
        COMPARE_COUNT(m.withTwoOccasions, 5); // only a gave it
        COMPARE_COUNT(m.overdue, 5);
        // (0.2·5 + 0.5·10) / 15 = 6 / 15.
        COMPARE_SHARE(m.parallelShare, 0.4);
        // (0.2·5 + 0.1·10) / 15 = 2 / 15; (0.4·5 + 0·10) / 15 = 2 / 15.
        COMPARE_SHARE(m.parallelWithJobOrientedShare, 2.0 / 15);
        COMPARE_SHARE(m.handledareChangeShare, 2.0 / 15);
        QCOMPARE(m.indicators.size(), std::size_t(2));
        // Weighted by n: median (1·5 + 2.5·10) / 15 = 2; q1 (0·5 + 1·10) / 15; q3 (2·5 + 4·10)
        // / 15; improved (3 + 5) / 15; unchanged (1 + 3) / 15; worsened (1 + 2) / 15.
        COMPARE_CHANGE(indicator(m.indicators, u"a"_s), 15, 10.0 / 15, 2.0, 50.0 / 15, 8.0 / 15,
                       4.0 / 15, 3.0 / 15);
        COMPARE_SUPPRESSED_CHANGE(indicator(m.indicators, u"b"_s), Suppressed);
    }

    void merge_suppressionAppliedAgain()
    {
        // A summary that is not anonymous (3 deltagare, a share over them) merged with an
        // empty one: the 3 is not shown, nor the share.
        UnitStatistics bad;
        bad.to = QDate(2026, 12, 31);
        bad.participants = 3;
        bad.occasions = 3;
        bad.parallelShare = 1.0;
        bad.indicators = {{u"a"_s, 3, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0}};
        UnitStatistics empty;
        empty.to = QDate(2026, 6, 30);
        empty.participants = 0;
        empty.occasions = 0;
        empty.indicators = {{u"a"_s, 0, {}, {}, {}, {}, {}, {}}};

        const UnitStatistics m = mergeStatistics({bad, empty});
        QCOMPARE(m.sources, 2);
        QVERIFY(!m.from.isValid()); // both from the beginning
        QCOMPARE(m.to, QDate(2026, 12, 31));
        COMPARE_COUNT(m.participants, Suppressed);
        COMPARE_COUNT(m.occasions, Suppressed);
        COMPARE_SHARE(m.parallelShare, SuppressedShare);
        COMPARE_SUPPRESSED_CHANGE(indicator(m.indicators, u"a"_s), Suppressed);

        // A suppressed count is left out of the sum: null and 0 give 0; null alone, null.
        UnitStatistics small;
        small.to = QDate(2026, 12, 31);
        const UnitStatistics m2 = mergeStatistics({small, empty});
        COMPARE_COUNT(m2.participants, 0);
        const UnitStatistics m3 = mergeStatistics({small, small});
        COMPARE_COUNT(m3.participants, Suppressed);
        COMPARE_SHARE(m3.parallelShare, SuppressedShare);
    }

    void merge_periodFromTheBeginningWins()
    {
        UnitStatistics a;
        a.from = QDate(2026, 1, 1);
        a.to = QDate(2026, 6, 30);
        UnitStatistics b;
        b.to = QDate(2026, 3, 31);
        const UnitStatistics m = mergeStatistics({a, b});
        QVERIFY(!m.from.isValid());
        QCOMPARE(m.to, QDate(2026, 6, 30));
    }

    void merge_nothing()
    {
        const UnitStatistics m = mergeStatistics({});
        QCOMPARE(m.sources, 0);
        QVERIFY(!m.participants);
    }

    void merge_groupsTilltroAndOutcomes()
    {
        using enum InsatsCategory;
        UnitStatistics a;
        a.to = QDate(2026, 12, 31);
        a.withHandledareChange = {5, {{u"a"_s, 5, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0}}};
        a.withoutHandledareChange = {std::nullopt,
                                     {{u"a"_s, std::nullopt, {}, {}, {}, {}, {}, {}}}};
        a.tilltro = {{u"ja_absolut"_s, {5, {}}, 1.0}, {u"nej"_s, {0, {}}, 0.0}};
        a.outcomes = {{{Jobbinriktad}, 5, 5, 0, 0}};

        UnitStatistics b;
        b.to = QDate(2026, 12, 31);
        b.withHandledareChange = {5, {{u"a"_s, 5, 3.0, 2.0, 5.0, 0.6, 0.2, 0.2}}};
        b.withoutHandledareChange = {6, {{u"a"_s, 6, 0.0, -1.0, 1.0, 0.5, 0.0, 0.5}}};
        b.tilltro = {{u"ja_absolut"_s, {std::nullopt, {}}, std::nullopt}, {u"nej"_s, {5, {}}, 1.0}};
        b.outcomes = {{{Jobbinriktad}, std::nullopt, std::nullopt, std::nullopt, std::nullopt},
                      {{}, 6, 0, 0, 6}};

        const UnitStatistics m = mergeStatistics({a, b});
        COMPARE_COUNT(m.withHandledareChange.participants, 10);
        // Median (1·5 + 3·5) / 10 = 2; q1 (1·5 + 2·5) / 10 = 1.5; q3 (1·5 + 5·5) / 10 = 3;
        // improved (1·5 + 0.6·5) / 10 = 0.8; unchanged 0.1; worsened 0.1.
        COMPARE_CHANGE(indicator(m.withHandledareChange.indicators, u"a"_s), 10, 1.5, 2.0, 3.0, 0.8,
                       0.1, 0.1);
        // Only b's: median 0, q1 -1, q3 1.
        COMPARE_COUNT(m.withoutHandledareChange.participants, 6);
        COMPARE_CHANGE(indicator(m.withoutHandledareChange.indicators, u"a"_s), 6, -1.0, 0.0, 1.0,
                       0.5, 0.0, 0.5);

        // Tilltro: 5 + (left out) = 5 and 0 + 5 = 5; shares of the 10 recomputed.
        QCOMPARE(m.tilltro.size(), std::size_t(2));
        QCOMPARE(m.tilltro[0].key, u"ja_absolut"_s);
        COMPARE_COUNT(m.tilltro[0].group.participants, 5);
        COMPARE_SHARE(m.tilltro[0].share, 0.5);
        QCOMPARE(m.tilltro[1].key, u"nej"_s);
        COMPARE_COUNT(m.tilltro[1].group.participants, 5);
        COMPARE_SHARE(m.tilltro[1].share, 0.5);

        QCOMPARE(m.outcomes.size(), std::size_t(2));
        const OutcomeRow* job = outcome(m, {Jobbinriktad});
        QVERIFY(job);
        COMPARE_COUNT(job->ended, 5);
        COMPARE_COUNT(job->arbete, 5);
        COMPARE_COUNT(job->studier, 0);
        COMPARE_COUNT(job->other, 0);
        const OutcomeRow* none = outcome(m, {});
        QVERIFY(none);
        COMPARE_COUNT(none->ended, 6);
        COMPARE_COUNT(none->other, 6);
    }

    void merge_ofComputedSummaries()
    {
        // Two databases' summaries, merged: the counts and the exact shares agree with one
        // computation over all ten deltagare.
        auto first = withChanges({1, 2, 3, 4, 5});
        first[0].insatser = {insats(InsatsCategory::Jobbinriktad, Start),
                             insats(InsatsCategory::Social, Start)};
        auto second = withChanges({0, 0, 0, -1, -2});
        for (int i = 0; i < 3; ++i) {
            second[std::size_t(i)].insatser = {insats(InsatsCategory::Social, Start),
                                               insats(InsatsCategory::Kompetenshojande, Start)};
        }
        const UnitStatistics m = mergeStatistics({unitStatistics(first, context(), year2026()),
                                                  unitStatistics(second, context(), year2026())});
        QCOMPARE(m.sources, 2);
        COMPARE_COUNT(m.participants, 10);
        COMPARE_COUNT(m.occasions, 20);
        COMPARE_SHARE(m.parallelShare, 0.4);                // 1 + 3 of 10
        COMPARE_SHARE(m.parallelWithJobOrientedShare, 0.1); // 1 of 10
        // improved 5 + 0 of 10; unchanged 0 + 3; worsened 0 + 2. The median is the mean of
        // 3 and 0 (an approximation: the true median of all ten is 0.5).
        COMPARE_CHANGE(indicator(m.indicators, u"a"_s), 10, (2.0 + -1.0) / 2, 1.5, (4.0 + 0.0) / 2,
                       0.5, 0.3, 0.2);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
