// The unit's statistics (analysis::unitStatistics(), mergeStatistics(), shownCells(),
// quantile()) on small fixtures whose figures are worked out by hand from the rules in
// core/analysis/statistics.h, the anonymity rules first: a group is shown by its size when that
// is 0 or at least 5, a median or quartile only over a group of at least 5; the cells of a
// partition of a group (improved / unchanged / worsened, with / without a change of handledare,
// the Tilltro groups and those without one, work / studies / other, parallel or not, overdue or
// not, two occasions or not) only where shownCells() allows: a cell of 1–4 is hidden, and while
// the hidden cells hold 1–4 together the smallest shown cell that is not 0 is hidden too (the
// first of equals). Everything hidden is null ("färre än 5").

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

/// Two indicators, "a" and "b", and the default instrument's four Tilltro options, of an
/// instrument "test", version 3.
StatisticsContext context()
{
    return {.indicatorKeys = {u"a"_s, u"b"_s},
            .tilltroOptions = {u"ja_absolut"_s, u"goda_mojligheter"_s, u"tveksamt"_s, u"nej"_s},
            .instrumentKey = u"test"_s,
            .instrumentVersion = 3};
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

/// `count` deltagare whose "a" changed by `change` (from 5) and whose first occasion had
/// `tilltro` (none: no Tilltro).
std::vector<StatisticsParticipant> repeated(int count, int change, std::optional<int> tilltro = {})
{
    std::vector<StatisticsParticipant> list;
    for (int i = 0; i < count; ++i) {
        StatisticsParticipant p = changed(5, 5 + change);
        p.occasions.front().tilltro = tilltro;
        list.push_back(p);
    }
    return list;
}

void append(std::vector<StatisticsParticipant>& list,
            const std::vector<StatisticsParticipant>& more)
{
    list.insert(list.end(), more.begin(), more.end());
}

/// shownCells() as text, "+" shown and "-" hidden: "-+-".
QString shown(const std::vector<int>& counts)
{
    QString text;
    for (bool b : shownCells(counts))
        text += b ? u'+' : u'-';
    return text;
}

// The built-in insats categories' keys (InsatsLists::defaults()).
const QString Jobbinriktad = u"jobbinriktad"_s;
const QString Kompetenshojande = u"kompetenshojande"_s;
const QString Halsoinriktad = u"halsoinriktad"_s;
const QString Social = u"social"_s;

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

const IndicatorChange* indicator(const std::vector<IndicatorChange>& list, const QString& key)
{
    for (const IndicatorChange& c : list) {
        if (c.key == key)
            return &c;
    }
    return nullptr;
}

const OutcomeRow* outcome(const UnitStatistics& s, const std::vector<QString>& combination)
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
        QCOMPARE(c.instrumentKey, u"skapa-bip"_s);
        QCOMPARE(c.instrumentVersion, Instrument::DefaultVersion);
    }

    // --- shownCells() --------------------------------------------------------------------------

    void shownCells_smallCellsAndWhatGivesThemAway_data()
    {
        QTest::addColumn<std::vector<int>>("counts");
        QTest::addColumn<QString>("expected");
        // 3 is hidden; the hidden hold 3, so the smallest shown non-zero cell (10) goes too.
        QTest::newRow("3, 0, 10") << std::vector<int>{3, 0, 10} << u"-+-"_s;
        QTest::newRow("5, 5, 5") << std::vector<int>{5, 5, 5} << u"+++"_s;
        QTest::newRow("0, 0, 7") << std::vector<int>{0, 0, 7} << u"+++"_s;
        // Hidden together: 12, at least 5, so nothing more.
        QTest::newRow("4, 4, 4") << std::vector<int>{4, 4, 4} << u"---"_s;
        // 1 hidden; then 6 (hidden 7); 9 stays.
        QTest::newRow("1, 6, 9") << std::vector<int>{1, 6, 9} << u"--+"_s;
        // The first of two equal smallest cells.
        QTest::newRow("2, 5, 5") << std::vector<int>{2, 5, 5} << u"--+"_s;
        QTest::newRow("5, 2, 5") << std::vector<int>{5, 2, 5} << u"--+"_s;
        // 4 and 1 hidden hold 5 together: the 5 stays.
        QTest::newRow("4, 1, 5") << std::vector<int>{4, 1, 5} << u"--+"_s;
        // Three of 1: hidden 3, the 5 goes (hidden 8), the 6 stays.
        QTest::newRow("1, 1, 1, 6, 5") << std::vector<int>{1, 1, 1, 6, 5} << u"---+-"_s;
        // Nothing else to hide: the 0 stays shown, the 4 alone is hidden.
        QTest::newRow("4, 0") << std::vector<int>{4, 0} << u"-+"_s;
        QTest::newRow("3") << std::vector<int>{3} << u"-"_s;
        QTest::newRow("0, 0") << std::vector<int>{0, 0} << u"++"_s;
        QTest::newRow("none") << std::vector<int>{} << QString();
        // 9 and 5 are both ≥ 5: a pair is shown or hidden together.
        QTest::newRow("9, 5") << std::vector<int>{9, 5} << u"++"_s;
        QTest::newRow("6, 3") << std::vector<int>{6, 3} << u"--"_s;
    }

    void shownCells_smallCellsAndWhatGivesThemAway()
    {
        QFETCH(std::vector<int>, counts);
        QFETCH(QString, expected);
        QCOMPARE(shown(counts), expected);
    }

    // --- Indicator change ------------------------------------------------------------------

    void indicatorChange_oddCount()
    {
        // "a" changed by -2, 0, 1, 3, 5 (listed out of order): sorted positions 0–4, q1 at
        // position 1 (0), median at 2 (1), q3 at 3 (3). Three improved, one unchanged, one
        // worsened of five: all three cells are 1–4, hidden (together 5, so nothing more).
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
        COMPARE_COUNT(s.withTwoOccasions, 5); // 5 and 0
        QCOMPARE(s.indicators.size(), std::size_t(2));
        QCOMPARE(s.indicators[0].key, u"a"_s);
        QCOMPARE(s.indicators[1].key, u"b"_s);
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 5, 0.0, 1.0, 3.0, SuppressedShare,
                       SuppressedShare, SuppressedShare);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.indicators, u"b"_s), Suppressed);
        // The handledare's: all unchanged (0, 5, 0: all shown); nobody has the handledare's "b".
        COMPARE_CHANGE(indicator(s.handledareIndicators, u"a"_s), 5, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.handledareIndicators, u"b"_s), 0);
    }

    void indicatorChange_deltagareAbsent_changeBetweenTheOccasionsTheyTookPartIn()
    {
        // Five deltagare with +2 between February and May; each then had an occasion in August
        // without the deltagare (no ratings of theirs, the handledare's 9 on "a").
        auto list = withChanges({2, 2, 2, 2, 2});
        for (StatisticsParticipant& p : list) {
            p.occasions.front().handledare[0] = 5;
            StatisticsOccasion absent = occasion(QDate(2026, 8, 1), std::nullopt);
            absent.deltagareAbsent = true;
            absent.handledare[0] = 9;
            p.occasions.push_back(absent);
            p.occasionsInPeriod = 3;
        }
        const UnitStatistics s = unitStatistics(list, context(), year2026());
        // The deltagare's change is still counted, February to May: five improved by 2.
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 5, 2.0, 2.0, 2.0, 1.0, 0.0, 0.0);
        // The handledare's runs to the latest occasion, August: +4 each.
        COMPARE_CHANGE(indicator(s.handledareIndicators, u"a"_s), 5, 4.0, 4.0, 4.0, 1.0, 0.0, 0.0);
        // With the first occasion absent as well, the deltagare has one occasion: no change.
        for (StatisticsParticipant& p : list)
            p.occasions.front().deltagareAbsent = true;
        const UnitStatistics one = unitStatistics(list, context(), year2026());
        COMPARE_SUPPRESSED_CHANGE(indicator(one.indicators, u"a"_s), 0);
    }

    void indicatorChange_evenCountInterpolates()
    {
        // Sorted -3, -1, 0, 2, 2, 7: q1 at position 1.25 = -1 + 0.25·1 = -0.75; the median at
        // 2.5 = 0 + 0.5·2 = 1; q3 at 3.75 = 2 + 0.75·0 = 2. Improved 3, unchanged 1, worsened
        // 2: all 1–4, hidden.
        const UnitStatistics s =
            unitStatistics(withChanges({2, -3, 7, 0, -1, 2}), context(), year2026());
        COMPARE_COUNT(s.participants, 6);
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 6, -0.75, 1.0, 2.0, SuppressedShare,
                       SuppressedShare, SuppressedShare);
    }

    void indicatorChange_nonAnswerAndSingleOccasionLeftOut()
    {
        // Five with a change of +1; a sixth with a non-answer at the latest, a seventh with one
        // occasion only: n stays 5, all improved (5, 0, 0).
        auto list = withChanges({1, 1, 1, 1, 1});
        list.push_back(person({occasion(FirstVisit, 5), occasion(LatestVisit, std::nullopt)}));
        list.push_back(person({occasion(FirstVisit, 5)}));
        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 7);
        COMPARE_COUNT(s.occasions, 13);
        // Six with two occasions, one without: the 1 is hidden, and the 6 with it.
        COMPARE_COUNT(s.withTwoOccasions, Suppressed);
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 5, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0);
    }

    void indicatorChange_sharesHiddenWithTheirComplement()
    {
        // Eleven: five improved (+1), one unchanged, five worsened (-1). The 1 is hidden; the
        // hidden hold 1, so the smallest shown cell goes too, the first of the two 5s
        // (improved): only worsened, 5 of 11, is shown. Sorted -1 ×5, 0, 1 ×5: q1 at position
        // 2.5 = -1, the median at 5 = 0, q3 at 7.5 = 1.
        std::vector<StatisticsParticipant> list = repeated(5, 1);
        append(list, repeated(1, 0));
        append(list, repeated(5, -1));
        UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 11);
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 11, -1.0, 0.0, 1.0, SuppressedShare,
                       SuppressedShare, 5.0 / 11);

        // Five more unchanged: 5, 6, 5 of 16, all shown.
        append(list, repeated(5, 0));
        s = unitStatistics(list, context(), year2026());
        // Sorted -1 ×5, 0 ×6, 1 ×5: q1 at 3.75 = -1, the median at 7.5 = 0, q3 at 11.25 = 1.
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 16, -1.0, 0.0, 1.0, 5.0 / 16, 6.0 / 16,
                       5.0 / 16);

        // Two worsened among 14 improved: 14, 0, 2. The 2 is hidden, then the 14: only
        // "unchanged", 0, is shown.
        list = repeated(14, 1);
        append(list, repeated(2, -1));
        s = unitStatistics(list, context(), year2026());
        // Sorted -1, -1, 1 ×14: q1 at 3.75 = 1.
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 16, 1.0, 1.0, 1.0, SuppressedShare, 0.0,
                       SuppressedShare);
    }

    // --- Anonymity -------------------------------------------------------------------------

    void groupOfFour_everythingSuppressed()
    {
        auto list = withChanges({1, 2, 3, 4});
        list[0].insatser = {insats(u"jobbinriktad"_s, Start), insats(u"social"_s, Start)};
        list[0].occasions.front().tilltro = 4;
        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, Suppressed);
        COMPARE_COUNT(s.occasions, Suppressed);
        COMPARE_COUNT(s.withTwoOccasions, Suppressed);
        COMPARE_COUNT(s.overdue, Suppressed);
        COMPARE_SHARE(s.parallelShare, SuppressedShare);
        COMPARE_SHARE(s.parallelWithJobOrientedShare, SuppressedShare);
        COMPARE_SHARE(s.handledareChangeShare, SuppressedShare);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.indicators, u"a"_s), Suppressed);
        // Nobody with a change and four without: neither side is told, not even the empty one
        // (0 with a change would say that all four kept their handledare).
        COMPARE_COUNT(s.withoutHandledareChange.participants, Suppressed);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.withoutHandledareChange.indicators, u"a"_s),
                                  Suppressed);
        COMPARE_COUNT(s.withHandledareChange.participants, Suppressed);
        // Nothing about the Tilltro of fewer than five, not even its empty groups.
        COMPARE_COUNT(s.withTilltro, Suppressed);
        QCOMPARE(s.tilltro.size(), std::size_t(4));
        for (const TilltroGroup& t : s.tilltro) {
            COMPARE_COUNT(t.group.participants, Suppressed);
            COMPARE_SHARE(t.share, SuppressedShare);
            COMPARE_SUPPRESSED_CHANGE(indicator(t.group.indicators, u"a"_s), Suppressed);
        }
    }

    void groupOfFive_shown()
    {
        // The same four and one more (+5): sorted 1, 2, 3, 4, 5. Every one is overdue at the
        // end of the year: the latest occasion was on 1 May, the next one was due on 1 August.
        auto list = withChanges({1, 2, 3, 4, 5});
        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 5);
        COMPARE_COUNT(s.occasions, 10);
        COMPARE_COUNT(s.withTwoOccasions, 5);
        COMPARE_COUNT(s.overdue, 5);
        COMPARE_SHARE(s.parallelShare, 0.0); // 0 and 5
        COMPARE_SHARE(s.parallelWithJobOrientedShare, 0.0);
        COMPARE_SHARE(s.handledareChangeShare, 0.0);
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 5, 2.0, 3.0, 4.0, 1.0, 0.0, 0.0);
        COMPARE_COUNT(s.withoutHandledareChange.participants, 5);
        COMPARE_CHANGE(indicator(s.withoutHandledareChange.indicators, u"a"_s), 5, 2.0, 3.0, 4.0,
                       1.0, 0.0, 0.0);
        COMPARE_COUNT(s.withHandledareChange.participants, 0);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.withHandledareChange.indicators, u"a"_s), 0);
        // What the summary is of.
        QCOMPARE(s.instrumentKey, u"test"_s);
        QCOMPARE(s.instrumentVersion, 3);
        QVERIFY(!s.filteredByHandledare);
        QVERIFY(!s.filteredCategory);

        // One of the five with parallel insatser, a jobbinriktad and a social one: 1 and 4,
        // both hidden.
        list[0].insatser = {insats(u"jobbinriktad"_s, Start), insats(u"social"_s, Start)};
        const UnitStatistics t = unitStatistics(list, context(), year2026());
        COMPARE_SHARE(t.parallelShare, SuppressedShare);
        COMPARE_SHARE(t.parallelWithJobOrientedShare, SuppressedShare);
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
        COMPARE_SHARE(s.handledareChangeShare, SuppressedShare);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.indicators, u"a"_s), 0);
        COMPARE_COUNT(s.withHandledareChange.participants, 0);
        COMPARE_COUNT(s.withoutHandledareChange.participants, 0);
        QVERIFY(s.outcomes.empty());
        // Every cell of the Tilltro partition is 0: all shown, no share of nobody.
        COMPARE_COUNT(s.withTilltro, Suppressed);
        QCOMPARE(s.tilltro.size(), std::size_t(4));
        for (const TilltroGroup& t : s.tilltro) {
            COMPARE_COUNT(t.group.participants, 0);
            COMPARE_SHARE(t.share, SuppressedShare);
        }
    }

    void zeroAmongFive_shownAsZero()
    {
        // Five with one occasion each, none with a Tilltro, nothing overdue (the latest on
        // 1 December, the next due 1 March 2027): none with two, no change to measure.
        std::vector<StatisticsParticipant> list;
        for (int i = 0; i < 5; ++i)
            list.push_back(person({occasion(QDate(2026, 12, 1), 5)}));
        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 5);
        COMPARE_COUNT(s.occasions, 5);
        COMPARE_COUNT(s.withTwoOccasions, 0);
        COMPARE_COUNT(s.overdue, 0);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.indicators, u"a"_s), 0);
        // Tilltro cells 0, 0, 0, 0 and 5 without: all shown; nobody to take a share of.
        COMPARE_COUNT(s.withTilltro, 0);
        for (const TilltroGroup& t : s.tilltro) {
            COMPARE_COUNT(t.group.participants, 0);
            COMPARE_SHARE(t.share, SuppressedShare);
        }
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
            p.endReason = end.isValid() ? u"annat"_s : QString();
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
        COMPARE_COUNT(s.participants, 5); // A, B, D, G, H
        QVERIFY(s.filteredByHandledare);
        // B and H changed: 2 and 3, both hidden, and so is the share.
        COMPARE_SHARE(s.handledareChangeShare, SuppressedShare);
        COMPARE_COUNT(s.withHandledareChange.participants, Suppressed);
        COMPARE_COUNT(s.withoutHandledareChange.participants, Suppressed);

        // Everybody: nine, still two changes in the period: 2 is hidden, and the 7 with it
        // (9 − 7 would give the 2 away).
        f.handledareId = 0;
        s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, 9);
        QVERIFY(!s.filteredByHandledare);
        COMPARE_SHARE(s.handledareChangeShare, SuppressedShare);
        COMPARE_COUNT(s.withHandledareChange.participants, Suppressed);
        COMPARE_COUNT(s.withoutHandledareChange.participants, Suppressed);
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
        QCOMPARE(s.filteredCategory, std::optional<QString>(Halsoinriktad));
        QVERIFY(!s.filteredByHandledare);
        // One of the five has parallel insatser (with a job-oriented one): 1 and 4, hidden.
        COMPARE_SHARE(s.parallelShare, SuppressedShare);
        COMPARE_SHARE(s.parallelWithJobOrientedShare, SuppressedShare);

        f.category = Jobbinriktad; // two
        s = unitStatistics(list, context(), f);
        QCOMPARE(s.filteredCategory, std::optional<QString>(Jobbinriktad));
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
        // Each of the seven five times, so that no cell is under 5.
        std::vector<StatisticsParticipant> five;
        for (int i = 0; i < 5; ++i)
            append(five, list);
        const UnitStatistics s = unitStatistics(five, context(), year2026());
        COMPARE_COUNT(s.participants, 35);
        COMPARE_SHARE(s.parallelShare, 20.0 / 35);                // 1, 2, 3, 7
        COMPARE_SHARE(s.parallelWithJobOrientedShare, 10.0 / 35); // 1, 7
        QCOMPARE(BipParallelWithJobOrientedShare, 0.18);

        // The seven once: 4 and 3 parallel or not, 2 and 5 with a job-oriented one or not:
        // every cell hidden, or given away by one that is.
        const UnitStatistics once = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(once.participants, 7);
        COMPARE_SHARE(once.parallelShare, SuppressedShare);
        COMPARE_SHARE(once.parallelWithJobOrientedShare, SuppressedShare);
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
        // Sorted -1, 0, 0, 0, 0. Improved 0 (shown), unchanged 4 and worsened 1: hidden, 5
        // together.
        COMPARE_CHANGE(indicator(s.withoutHandledareChange.indicators, u"a"_s), 5, 0.0, 0.0, 0.0,
                       0.0, SuppressedShare, SuppressedShare);
        // All ten, sorted -1, 0, 0, 0, 0, 1, 1, 1, 1, 1: q1 at 2.25 = 0, median at 4.5 = 0.5,
        // q3 at 6.75 = 1. Improved 5 shown; unchanged 4 and worsened 1 hidden.
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 10, 0.0, 0.5, 1.0, 0.5, SuppressedShare,
                       SuppressedShare);
    }

    void handledareContinuity_threeAndFive_bothHidden()
    {
        // Eight: three with a change on 1 April (+1), five without (+2). The 3 is hidden, and
        // so is the 5 (8 − 5 would give the 3 away): no share, and nothing of either group,
        // not even its indicators' n.
        std::vector<StatisticsParticipant> list;
        for (int i = 0; i < 3; ++i) {
            StatisticsParticipant p = changed(5, 6);
            p.assignments = {assignment(1, Start, QDate(2026, 4, 1)),
                             assignment(2, QDate(2026, 4, 1))};
            list.push_back(p);
        }
        append(list, repeated(5, 2));
        UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 8);
        COMPARE_SHARE(s.handledareChangeShare, SuppressedShare);
        COMPARE_COUNT(s.withHandledareChange.participants, Suppressed);
        COMPARE_COUNT(s.withoutHandledareChange.participants, Suppressed);
        QCOMPARE(s.withHandledareChange.indicators.size(), std::size_t(2));
        COMPARE_SUPPRESSED_CHANGE(indicator(s.withHandledareChange.indicators, u"a"_s), Suppressed);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.withHandledareChange.indicators, u"b"_s), Suppressed);
        QCOMPARE(s.withoutHandledareChange.indicators.size(), std::size_t(2));
        COMPARE_SUPPRESSED_CHANGE(indicator(s.withoutHandledareChange.indicators, u"a"_s),
                                  Suppressed);
        // The whole group is still shown: 3 improved by 1, 5 by 2 (8, 0, 0), sorted 1, 1, 1,
        // 2, 2, 2, 2, 2: q1 at 1.75 = 1, the median at 3.5 = 2, q3 at 5.25 = 2.
        COMPARE_CHANGE(indicator(s.indicators, u"a"_s), 8, 1.0, 2.0, 2.0, 1.0, 0.0, 0.0);

        // Two more with a change: 5 and 5, both shown.
        for (int i = 0; i < 2; ++i) {
            StatisticsParticipant p = changed(5, 6);
            p.assignments = {assignment(1, Start, QDate(2026, 4, 1)),
                             assignment(2, QDate(2026, 4, 1))};
            list.push_back(p);
        }
        s = unitStatistics(list, context(), year2026());
        COMPARE_SHARE(s.handledareChangeShare, 0.5);
        COMPARE_COUNT(s.withHandledareChange.participants, 5);
        COMPARE_CHANGE(indicator(s.withHandledareChange.indicators, u"a"_s), 5, 1.0, 1.0, 1.0, 1.0,
                       0.0, 0.0);
        COMPARE_COUNT(s.withoutHandledareChange.participants, 5);
        COMPARE_CHANGE(indicator(s.withoutHandledareChange.indicators, u"a"_s), 5, 2.0, 2.0, 2.0,
                       1.0, 0.0, 0.0);
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
        // Five with Nej (1), "a" unchanged.
        append(list, repeated(5, 0, 1));
        // Five without a Tilltro at the first occasion (one at the latest): in no group.
        for (int i = 0; i < 5; ++i) {
            StatisticsParticipant p = changed(5, 6);
            p.occasions.back().tilltro = 1;
            list.push_back(p);
        }

        // Cells 5, 0, 0, 5 and 5 without: all shown. The shares are of the ten with one.
        UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 15);
        COMPARE_COUNT(s.withTilltro, 10);
        QCOMPARE(s.tilltro.size(), std::size_t(4));
        QCOMPARE(s.tilltro[0].key, u"ja_absolut"_s);
        QCOMPARE(s.tilltro[1].key, u"goda_mojligheter"_s);
        QCOMPARE(s.tilltro[2].key, u"tveksamt"_s);
        QCOMPARE(s.tilltro[3].key, u"nej"_s);
        COMPARE_COUNT(s.tilltro[0].group.participants, 5);
        COMPARE_SHARE(s.tilltro[0].share, 0.5);
        // Sorted -1, 2, 2, 3, 4: improved 4 and worsened 1, hidden (5 together).
        COMPARE_CHANGE(indicator(s.tilltro[0].group.indicators, u"a"_s), 5, 2.0, 2.0, 3.0,
                       SuppressedShare, 0.0, SuppressedShare);
        COMPARE_COUNT(s.tilltro[1].group.participants, 0);
        COMPARE_SHARE(s.tilltro[1].share, 0.0);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.tilltro[1].group.indicators, u"a"_s), 0);
        COMPARE_COUNT(s.tilltro[2].group.participants, 0);
        COMPARE_SHARE(s.tilltro[2].share, 0.0);
        COMPARE_COUNT(s.tilltro[3].group.participants, 5);
        COMPARE_SHARE(s.tilltro[3].share, 0.5);
        COMPARE_CHANGE(indicator(s.tilltro[3].group.indicators, u"a"_s), 5, 0.0, 0.0, 0.0, 0.0, 1.0,
                       0.0);

        // Two with Tveksamt (2): cells 5, 0, 2, 5, 5. The 2 is hidden, and the first of the
        // smallest shown, Ja, absolut's 5: hidden 7. Those without a Tilltro are still shown,
        // so the shares are of the twelve with one.
        append(list, repeated(2, 1, 2));
        s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 17);
        COMPARE_COUNT(s.withTilltro, 12);
        COMPARE_COUNT(s.tilltro[0].group.participants, Suppressed);
        COMPARE_SHARE(s.tilltro[0].share, SuppressedShare);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.tilltro[0].group.indicators, u"a"_s), Suppressed);
        COMPARE_COUNT(s.tilltro[1].group.participants, 0);
        COMPARE_SHARE(s.tilltro[1].share, 0.0);
        COMPARE_COUNT(s.tilltro[2].group.participants, Suppressed);
        COMPARE_SHARE(s.tilltro[2].share, SuppressedShare);
        COMPARE_SUPPRESSED_CHANGE(indicator(s.tilltro[2].group.indicators, u"a"_s), Suppressed);
        COMPARE_COUNT(s.tilltro[3].group.participants, 5);
        COMPARE_SHARE(s.tilltro[3].share, 5.0 / 12);
        COMPARE_CHANGE(indicator(s.tilltro[3].group.indicators, u"a"_s), 5, 0.0, 0.0, 0.0, 0.0, 1.0,
                       0.0);
    }

    void tilltroGroups_withoutTilltroHidden_noShares()
    {
        // Five Ja, absolut, six Goda möjligheter, three without a Tilltro: cells 5, 6, 0, 0, 3.
        // The 3 is hidden, then Ja, absolut's 5 (hidden 8). Goda möjligheter's 6 is shown, but
        // with those without a Tilltro hidden there is no count to take a share of.
        std::vector<StatisticsParticipant> list = repeated(5, 1, 4);
        append(list, repeated(6, 1, 3));
        append(list, repeated(3, 1));
        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 14);
        COMPARE_COUNT(s.withTilltro, Suppressed);
        COMPARE_COUNT(s.tilltro[0].group.participants, Suppressed);
        COMPARE_SHARE(s.tilltro[0].share, SuppressedShare);
        COMPARE_COUNT(s.tilltro[1].group.participants, 6);
        COMPARE_SHARE(s.tilltro[1].share, SuppressedShare);
        COMPARE_CHANGE(indicator(s.tilltro[1].group.indicators, u"a"_s), 6, 1.0, 1.0, 1.0, 1.0, 0.0,
                       0.0);
        COMPARE_COUNT(s.tilltro[2].group.participants, 0);
        COMPARE_SHARE(s.tilltro[2].share, SuppressedShare);
        COMPARE_COUNT(s.tilltro[3].group.participants, 0);
        COMPARE_SHARE(s.tilltro[3].share, SuppressedShare);
    }

    void outcomes_byCombination()
    {
        std::vector<StatisticsParticipant> list;
        const auto ended = [](const QDate& end, const QString& reason,
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
            list.push_back(ended(QDate(2026, 6, 30), i < 5 ? u"arbete"_s : u"studier"_s,
                                 {insats(Jobbinriktad, Start, QDate(2026, 5, 31))}));
        }
        // Five who had a social insats in 2025 (before the period, inside the participation)
        // and a jobbinriktad in 2026; they moved away.
        for (int i = 0; i < 5; ++i) {
            list.push_back(ended(QDate(2026, 4, 30), u"flyttat"_s,
                                 {insats(Social, QDate(2025, 2, 1), QDate(2025, 6, 30)),
                                  insats(Jobbinriktad, Start, QDate(2026, 3, 31))},
                                 QDate(2025, 1, 1)));
        }
        // Three without any insats, to work: a row under 5.
        for (int i = 0; i < 3; ++i)
            list.push_back(ended(QDate(2026, 9, 30), u"arbete"_s, {}));
        // Not ended in the period: before it, after it, still running.
        list.push_back(ended(QDate(2025, 12, 31), u"arbete"_s, {}, QDate(2025, 1, 1)));
        list.push_back(ended(QDate(2027, 1, 15), u"arbete"_s, {}));
        list.push_back(person());

        const UnitStatistics s = unitStatistics(list, context(), year2026());
        COMPARE_COUNT(s.participants, 16);
        QCOMPARE(s.outcomes.size(), std::size_t(3));

        // 5, 1 and 0: the 1 is hidden, and the 5 with it (6 − 0 − 5 would give it away); the
        // 0 is shown.
        const OutcomeRow* job = outcome(s, {Jobbinriktad});
        QVERIFY(job);
        COMPARE_COUNT(job->ended, 6);
        COMPARE_COUNT(job->arbete, Suppressed);
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

    void overdue_agreedNextMeetingCountsAsInTheCaseload()
    {
        StatisticsFilter f;
        f.from = QDate(2026, 1, 1);
        f.to = QDate(2026, 11, 30);
        std::vector<StatisticsParticipant> list;
        for (int i = 0; i < 5; ++i) {
            StatisticsParticipant p = person();
            p.lastCompletedBeforeEnd = QDate(2026, 8, 29); // the rule: due 29 November, overdue
            list.push_back(p);
        }
        COMPARE_COUNT(unitStatistics(list, context(), f).overdue, 5);
        // A meeting agreed for December: not overdue on 30 November.
        for (StatisticsParticipant& p : list)
            p.nextMeeting = QDate(2026, 12, 10);
        COMPARE_COUNT(unitStatistics(list, context(), f).overdue, 0);
        // One agreed at (not after) the last occasion no longer counts: the rule again.
        for (StatisticsParticipant& p : list)
            p.nextMeeting = QDate(2026, 8, 29);
        COMPARE_COUNT(unitStatistics(list, context(), f).overdue, 5);
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
            with(QDate(2026, 9, 1)),                       // due 1 December: not
            with(QDate(2026, 11, 1)),                      // due 1 February: not
            with(QDate(2026, 5, 1)),                       // due 1 August: overdue
        };
        UnitStatistics s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, 10);
        COMPARE_COUNT(s.overdue, 5); // and 5 not

        list.pop_back(); // four overdue among nine: the 4 hidden, and the 5 with it
        s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, 9);
        COMPARE_COUNT(s.overdue, Suppressed);

        // Three more not overdue: 5 of 13 overdue, 8 not.
        list.push_back(with(QDate(2026, 5, 1)));
        for (int i = 0; i < 3; ++i)
            list.push_back(with(QDate(2026, 10, 1)));
        s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.participants, 13);
        COMPARE_COUNT(s.overdue, 5);
        // ... and of three more overdue, 8 of 16.
        for (int i = 0; i < 3; ++i)
            list.push_back(with({}));
        s = unitStatistics(list, context(), f);
        COMPARE_COUNT(s.overdue, 8);
    }

    // --- mergeStatistics() -----------------------------------------------------------------

    void merge_countsSharesAndQuartiles()
    {
        UnitStatistics a;
        a.instrumentKey = u"test"_s;
        a.instrumentVersion = 3;
        a.from = QDate(2026, 1, 1);
        a.to = QDate(2026, 6, 30);
        a.participants = 10;
        a.occasions = 12;
        a.withTwoOccasions = 10;
        a.overdue = 0;
        a.parallelShare = 0.5;                // 5 and 5
        a.parallelWithJobOrientedShare = 0.0; // 0 and 10
        a.handledareChangeShare = 0.5;        // 5 and 5
        // a: 5 improved, 0 unchanged, 5 worsened; c: 5, 0, 0.
        a.indicators = {{u"a"_s, 10, 1.0, 0.0, 2.0, 0.5, 0.0, 0.5},
                        {u"c"_s, 5, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0}};

        UnitStatistics b;
        b.instrumentKey = u"test"_s;
        b.instrumentVersion = 3;
        b.sources = 2;
        b.from = QDate(2026, 3, 1);
        b.to = QDate(2026, 12, 31);
        b.participants = 15;
        b.occasions = 30;
        b.withTwoOccasions = std::nullopt;    // hidden
        b.overdue = 5;                        // and 10
        b.parallelShare = 1.0 / 3;            // 5 and 10
        b.parallelWithJobOrientedShare = 1.0; // 15 and 0
        b.handledareChangeShare = 0.0;        // 0 and 15
        // a: 5, 5, 5; b: nothing; c: hidden but for a 0 (say 0, 4, 2).
        b.indicators = {{u"a"_s, 15, 2.5, 1.0, 4.0, 1.0 / 3, 1.0 / 3, 1.0 / 3},
                        {u"b"_s, std::nullopt, {}, {}, {}, {}, {}, {}},
                        {u"c"_s, 6, 0.0, 0.0, 1.0, 0.0, {}, {}}};

        QVERIFY(mergeableSummaries({a, b}).ok());
        const UnitStatistics m = mergeStatistics({a, b});
        QCOMPARE(m.sources, 3);
        QCOMPARE(m.instrumentKey, u"test"_s);
        QCOMPARE(m.instrumentVersion, 3);
        QCOMPARE(m.from, QDate(2026, 1, 1));
        QCOMPARE(m.to, QDate(2026, 12, 31));
        COMPARE_COUNT(m.participants, 25);
        COMPARE_COUNT(m.occasions, 42);
        // b hid it: a merged count would be of a's deltagare only, yet read as of all 25.
        COMPARE_COUNT(m.withTwoOccasions, Suppressed);
        COMPARE_COUNT(m.overdue, 5); // 0 + 5 of 10 + 15
        // Cells recombined: 5 + 5 of 25; 0 + 15 of 25; 5 + 0 of 25.
        COMPARE_SHARE(m.parallelShare, 0.4);
        COMPARE_SHARE(m.parallelWithJobOrientedShare, 0.6);
        COMPARE_SHARE(m.handledareChangeShare, 0.2);
        QCOMPARE(m.indicators.size(), std::size_t(3));
        // Weighted by n: median (1·10 + 2.5·15) / 25 = 1.9; q1 (0·10 + 1·15) / 25 = 0.6; q3
        // (2·10 + 4·15) / 25 = 3.2. Cells 5 + 5, 0 + 5, 5 + 5 of 25.
        COMPARE_CHANGE(indicator(m.indicators, u"a"_s), 25, 0.6, 1.9, 3.2, 0.4, 0.2, 0.4);
        COMPARE_SUPPRESSED_CHANGE(indicator(m.indicators, u"b"_s), Suppressed);
        // c: n adds up to 11; b does not show every cell, so merged cells would be a's five
        // alone, yet read as of all 11: no shares. Median (1·5 + 0·6) / 11, q1 the same, q3
        // (1·5 + 1·6) / 11 = 1.
        QVERIFY(indicator(m.indicators, u"c"_s));
        const IndicatorChange& c = *indicator(m.indicators, u"c"_s);
        COMPARE_COUNT(c.n, 11);
        COMPARE_SHARE(c.median, 5.0 / 11);
        COMPARE_SHARE(c.q1, 5.0 / 11);
        COMPARE_SHARE(c.q3, 1.0);
        COMPARE_SHARE(c.improved, SuppressedShare);
        COMPARE_SHARE(c.unchanged, SuppressedShare);
        COMPARE_SHARE(c.worsened, SuppressedShare);
    }

    void merge_refusesDifferentInstruments()
    {
        UnitStatistics a;
        a.instrumentKey = u"skapa-bip"_s;
        a.instrumentVersion = 1;
        a.to = QDate(2026, 12, 31);
        UnitStatistics b = a;
        b.instrumentVersion = 2;
        UnitStatistics other = a;
        other.instrumentKey = u"annat"_s;

        QVERIFY(mergeableSummaries({}).ok());
        QVERIFY(mergeableSummaries({a}).ok());
        // Two versions of one instrument merge by key; the version is 0, "several".
        QVERIFY(mergeableSummaries({a, b}).ok());
        UnitStatistics m = mergeStatistics({a, b});
        QCOMPARE(m.instrumentKey, u"skapa-bip"_s);
        QCOMPARE(m.instrumentVersion, 0);
        m = mergeStatistics({a, a});
        QCOMPARE(m.instrumentVersion, 1);
        // ... and stays 0 after a third of the first version.
        m = mergeStatistics({a, b, a});
        QCOMPARE(m.instrumentVersion, 0);

        for (const auto& summaries :
             {std::vector{a, other}, std::vector{a, b, other}, std::vector{other, a}}) {
            const Result<void> refused = mergeableSummaries(summaries);
            QVERIFY(!refused.ok());
            QCOMPARE(refused.error().kind, Error::Kind::Invalid);
            QVERIFY2(refused.errorMessage().contains(u"skapa-bip"_s) &&
                         refused.errorMessage().contains(u"annat"_s),
                     qPrintable(refused.errorMessage()));
        }
    }

    void merge_filters()
    {
        UnitStatistics a;
        a.instrumentKey = u"test"_s;
        a.to = QDate(2026, 12, 31);
        a.filteredCategory = Jobbinriktad;
        UnitStatistics b = a;
        b.filteredByHandledare = true;
        UnitStatistics c = a;
        c.filteredCategory = Social;
        UnitStatistics none = a;
        none.filteredCategory.reset();

        // One category throughout: kept; one handledare chosen in any: so in the merge.
        UnitStatistics m = mergeStatistics({a, b});
        QCOMPARE(m.filteredCategory, std::optional<QString>(Jobbinriktad));
        QVERIFY(m.filteredByHandledare);
        m = mergeStatistics({a, a});
        QVERIFY(!m.filteredByHandledare);
        // Different categories, or one narrowed and one not: no single category, wherever
        // the different one comes.
        for (const auto& summaries :
             {std::vector{a, c}, std::vector{c, a}, std::vector{a, c, a}, std::vector{a, none},
              std::vector{none, a}, std::vector{a, none, b}}) {
            m = mergeStatistics(summaries);
            QVERIFY(!m.filteredCategory);
        }
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
        UnitStatistics a;
        a.to = QDate(2026, 12, 31);
        a.participants = 5;
        a.withHandledareChange = {5, {{u"a"_s, 5, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0}}};
        a.withoutHandledareChange = {0, {{u"a"_s, 0, {}, {}, {}, {}, {}, {}}}};
        a.withTilltro = 5;
        a.tilltro = {{u"ja_absolut"_s, {5, {}}, 1.0}, {u"nej"_s, {0, {}}, 0.0}};
        a.outcomes = {{{Jobbinriktad}, 5, 5, 0, 0}};

        UnitStatistics b;
        b.to = QDate(2026, 12, 31);
        b.participants = 20;
        // a: 5 improved, 5 worsened.
        b.withHandledareChange = {10, {{u"a"_s, 10, 3.0, 2.0, 5.0, 0.5, 0.0, 0.5}}};
        b.withoutHandledareChange = {10, {{u"a"_s, 10, 0.0, -1.0, 1.0, 0.5, 0.0, 0.5}}};
        // Ja, absolut hidden (say 3), Nej 5, and those without a Tilltro hidden (say 12): no
        // count of those with one, no share.
        b.tilltro = {{u"ja_absolut"_s, {std::nullopt, {}}, std::nullopt},
                     {u"nej"_s, {5, {}}, std::nullopt}};
        b.outcomes = {{{Jobbinriktad}, std::nullopt, std::nullopt, std::nullopt, std::nullopt},
                      {{}, 6, 0, 0, 6}};

        const UnitStatistics m = mergeStatistics({a, b});
        COMPARE_COUNT(m.participants, 25);
        COMPARE_COUNT(m.withHandledareChange.participants, 15);
        // Median (1·5 + 3·10) / 15 = 7/3; q1 (1·5 + 2·10) / 15 = 5/3; q3 (1·5 + 5·10) / 15 =
        // 11/3; cells 5 + 5, 0 + 0, 0 + 5 of 15.
        COMPARE_CHANGE(indicator(m.withHandledareChange.indicators, u"a"_s), 15, 5.0 / 3, 7.0 / 3,
                       11.0 / 3, 10.0 / 15, 0.0, 5.0 / 15);
        // a's n is 0: b's alone, median 0, q1 -1, q3 1.
        COMPARE_COUNT(m.withoutHandledareChange.participants, 10);
        COMPARE_CHANGE(indicator(m.withoutHandledareChange.indicators, u"a"_s), 10, -1.0, 0.0, 1.0,
                       0.5, 0.0, 0.5);

        // Tilltro: 5 + (left out) = 5 and 0 + 5 = 5. b hid a group and its count of those with
        // a Tilltro, so the merged groups are sums of what was shown: no whole, and no shares.
        QCOMPARE(m.tilltro.size(), std::size_t(2));
        QCOMPARE(m.tilltro[0].key, u"ja_absolut"_s);
        COMPARE_COUNT(m.tilltro[0].group.participants, 5);
        COMPARE_SHARE(m.tilltro[0].share, SuppressedShare);
        QCOMPARE(m.tilltro[1].key, u"nej"_s);
        COMPARE_COUNT(m.tilltro[1].group.participants, 5);
        COMPARE_SHARE(m.tilltro[1].share, SuppressedShare);
        COMPARE_COUNT(m.withTilltro, Suppressed);

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
        COMPARE_COUNT(none->arbete, 0);
        COMPARE_COUNT(none->studier, 0);
        COMPARE_COUNT(none->other, 6);
    }

    void merge_outcomeReasonsOnlyFromRowsShowingAll()
    {
        UnitStatistics a;
        a.to = QDate(2026, 12, 31);
        a.outcomes = {{{Social}, 6, {}, {}, 0}}; // say 5, 1, 0: work and studies hidden
        UnitStatistics b = a;
        b.outcomes = {{{Social}, 10, 5, 0, 5}};
        const UnitStatistics m = mergeStatistics({a, b});
        QCOMPARE(m.outcomes.size(), std::size_t(1));
        // Ended adds up; the reasons are b's alone.
        COMPARE_COUNT(m.outcomes[0].ended, 16);
        COMPARE_COUNT(m.outcomes[0].arbete, 5);
        COMPARE_COUNT(m.outcomes[0].studier, 0);
        COMPARE_COUNT(m.outcomes[0].other, 5);
    }

    void merge_sameCategoriesInAnotherOrderAreOneRow()
    {
        // Two units whose lists order the same categories differently.
        UnitStatistics a;
        a.to = QDate(2026, 12, 31);
        a.outcomes = {{{Social, Jobbinriktad}, 6, 3, 0, 3}};
        UnitStatistics b = a;
        b.outcomes = {{{Jobbinriktad, Social}, 10, 5, 0, 5}};
        const UnitStatistics m = mergeStatistics({a, b});
        QCOMPARE(m.outcomes.size(), std::size_t(1));
        COMPARE_COUNT(m.outcomes[0].ended, 16);
        COMPARE_COUNT(m.outcomes[0].arbete, 8);
        QCOMPARE(m.outcomes[0].combination, (std::vector<QString>{Social, Jobbinriktad}));
    }

    void merge_ofComputedSummaries()
    {
        // Two databases' summaries, merged: the counts and the exact shares agree with one
        // computation over all twenty deltagare. The first: ten, five +1 (with a jobbinriktad
        // and a social insats in parallel) and five unchanged; the second: ten, five -1 (with a
        // social and a kompetenshöjande one in parallel) and five +2.
        std::vector<StatisticsParticipant> first = repeated(5, 1);
        for (StatisticsParticipant& p : first)
            p.insatser = {insats(Jobbinriktad, Start), insats(Social, Start)};
        append(first, repeated(5, 0));
        std::vector<StatisticsParticipant> second = repeated(5, -1);
        for (StatisticsParticipant& p : second)
            p.insatser = {insats(Social, Start), insats(Kompetenshojande, Start)};
        append(second, repeated(5, 2));

        const UnitStatistics one = unitStatistics(first, context(), year2026());
        const UnitStatistics two = unitStatistics(second, context(), year2026());
        // Each alone: 5 and 5 parallel; 5 and 5 or 0 and 10 with a job-oriented one.
        COMPARE_SHARE(one.parallelWithJobOrientedShare, 0.5);
        COMPARE_SHARE(two.parallelWithJobOrientedShare, 0.0);
        // Sorted 0 ×5, 1 ×5: q1 at 2.25 = 0, median at 4.5 = 0.5, q3 at 6.75 = 1; sorted -1 ×5,
        // 2 ×5: q1 -1, median 0.5, q3 2.
        COMPARE_CHANGE(indicator(one.indicators, u"a"_s), 10, 0.0, 0.5, 1.0, 0.5, 0.5, 0.0);
        COMPARE_CHANGE(indicator(two.indicators, u"a"_s), 10, -1.0, 0.5, 2.0, 0.5, 0.0, 0.5);

        QVERIFY(mergeableSummaries({one, two}).ok());
        const UnitStatistics m = mergeStatistics({one, two});
        QCOMPARE(m.sources, 2);
        QCOMPARE(m.instrumentKey, u"test"_s);
        QCOMPARE(m.instrumentVersion, 3);
        COMPARE_COUNT(m.participants, 20);
        COMPARE_COUNT(m.occasions, 40);
        COMPARE_COUNT(m.withTwoOccasions, 20);
        COMPARE_SHARE(m.parallelShare, 0.5);                 // 5 + 5 of 20
        COMPARE_SHARE(m.parallelWithJobOrientedShare, 0.25); // 5 + 0 of 20
        COMPARE_SHARE(m.handledareChangeShare, 0.0);
        // Improved 5 + 5, unchanged 5 + 0, worsened 0 + 5 of 20; the quartiles are the means
        // weighted by n (an approximation: the true q1 of all twenty is -0.25).
        COMPARE_CHANGE(indicator(m.indicators, u"a"_s), 20, -0.5, 0.5, 1.5, 0.5, 0.25, 0.25);
        // No Tilltro anywhere: 0 with one, of twenty.
        COMPARE_COUNT(m.withTilltro, 0);
    }
};

QTEST_GUILESS_MAIN(TestStatistics)
#include "tst_statistics.moc"
