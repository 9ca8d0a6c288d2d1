#include <QStringList>
#include <QTest>
#include <QVariant>

#include <algorithm>
#include <optional>
#include <vector>

#include "core/analysis/progression.h"
#include "core/instrument/instrument.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using analysis::Direction;
using analysis::DirectionCounts;

Q_DECLARE_METATYPE(tilltro::analysis::Direction)
Q_DECLARE_METATYPE(tilltro::analysis::DirectionCounts)
Q_DECLARE_METATYPE(std::vector<int>)

namespace {

/// The deltagare's question keys of the shipped instrument, in indicator order.
const QStringList DeltagareKeys{u"d_mojligheter"_s, u"d_klara_jobb"_s, u"d_samarbete"_s,
                                u"d_halsa"_s,       u"d_vardagen"_s,   u"d_kompetens"_s,
                                u"d_lon"_s,         u"d_soker"_s};

/// One answer written as a word: a number, a non-answer code, "." for no answer stored at all,
/// or "empty" for an emptied answer (Answer{}).
std::optional<Answer> answerFrom(const QString& word)
{
    if (word == "."_L1)
        return std::nullopt;
    if (word == "empty"_L1)
        return Answer{};
    bool isNumber = false;
    const int number = word.toInt(&isNumber);
    return isNumber ? Answer::number(number) : Answer::choice(word);
}

/// An occasion written as "C:<answers>" (completed) or "D:<answers>" (draft), where <answers>
/// are the eight deltagare answers in indicator order separated by spaces, or a single answer
/// that is given to every indicator. The id is `index + 1`, the date a quarter per index.
Occasion occasionFrom(const QString& spec, int index)
{
    Occasion o;
    o.id = index + 1;
    o.participantId = 7;
    o.date = QDate(2025, 12, 1).addMonths(3 * index);
    o.state = spec.startsWith("D:"_L1) ? OccasionState::Draft : OccasionState::Completed;
    QStringList words = spec.mid(2).split(u' ', Qt::SkipEmptyParts);
    if (words.size() == 1)
        words = QStringList(DeltagareKeys.size(), words.front());
    for (int i = 0; i < DeltagareKeys.size() && i < words.size(); ++i) {
        if (const auto answer = answerFrom(words[i]))
            o.answers[DeltagareKeys[i]] = *answer;
    }
    return o;
}

std::vector<Occasion> occasionsFrom(const QStringList& specs)
{
    std::vector<Occasion> occasions;
    for (int i = 0; i < specs.size(); ++i)
        occasions.push_back(occasionFrom(specs[i], i));
    return occasions;
}

/// std::optional<int> as a QVariant, so "no value" and 0 compare as different things.
QVariant v(std::optional<int> value)
{
    return value ? QVariant(*value) : QVariant();
}

const QVariant None;

DirectionCounts tally(int improved, int unchanged, int worsened, int unknown)
{
    return DirectionCounts{improved, unchanged, worsened, unknown};
}

QStringList rowKeys(const analysis::Progression& p)
{
    QStringList keys;
    for (const auto& row : p.rows)
        keys << row.indicatorKey;
    return keys;
}

} // namespace

class TestProgression : public QObject {
    Q_OBJECT

private:
    Instrument m_instrument;

private Q_SLOTS:
    void initTestCase()
    {
        auto loaded = Instrument::loadDefault();
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        m_instrument = std::move(loaded).value();
    }

    // --- one indicator across occasions -----------------------------------------------------

    void row_data()
    {
        QTest::addColumn<QStringList>("occasions");
        QTest::addColumn<bool>("includeDrafts");
        QTest::addColumn<QVariant>("first");
        QTest::addColumn<QVariant>("previous");
        QTest::addColumn<QVariant>("latest");
        QTest::addColumn<QVariant>("changeSincePrevious");
        QTest::addColumn<QVariant>("changeSinceFirst");
        QTest::addColumn<Direction>("sincePrevious");
        QTest::addColumn<Direction>("sinceFirst");

        QTest::newRow("noOccasions_noValuesNoChange")
            << QStringList{} << false << None << None << None << None << None << Direction::Unknown
            << Direction::Unknown;
        QTest::newRow("firstEqualsLatestWhenOneOccasion")
            << QStringList{u"C:5"_s} << false << QVariant(5) << None << QVariant(5) << None << None
            << Direction::Unknown << Direction::Unknown;
        QTest::newRow("twoOccasions_previousIsFirst_improved")
            << QStringList{u"C:4"_s, u"C:6"_s} << false << QVariant(4) << QVariant(4) << QVariant(6)
            << QVariant(2) << QVariant(2) << Direction::Improved << Direction::Improved;
        QTest::newRow("threeOccasions_worsenedSincePrevious_improvedSinceFirst")
            << QStringList{u"C:3"_s, u"C:8"_s, u"C:6"_s} << false << QVariant(3) << QVariant(8)
            << QVariant(6) << QVariant(-2) << QVariant(3) << Direction::Worsened
            << Direction::Improved;
        QTest::newRow("sameValue_unchangedIsZeroNotUnknown")
            << QStringList{u"C:5"_s, u"C:5"_s} << false << QVariant(5) << QVariant(5) << QVariant(5)
            << QVariant(0) << QVariant(0) << Direction::Unchanged << Direction::Unchanged;
        QTest::newRow("nonAnswerIsAGapNotZero")
            << QStringList{u"C:4"_s, u"C:vet_ej"_s} << false << QVariant(4) << QVariant(4) << None
            << None << None << Direction::Unknown << Direction::Unknown;
        QTest::newRow("nonAnswerAtFirst_noChangeSinceFirstButSincePrevious")
            << QStringList{u"C:vill_ej_svara"_s, u"C:4"_s, u"C:6"_s} << false << None << QVariant(4)
            << QVariant(6) << QVariant(2) << None << Direction::Improved << Direction::Unknown;
        QTest::newRow("nonAnswerAtPrevious_latestColumnStillComparesWithFirst")
            << QStringList{u"C:4"_s, u"C:vet_ej"_s, u"C:6"_s} << false << QVariant(4) << None
            << QVariant(6) << None << QVariant(2) << Direction::Unknown << Direction::Improved;
        QTest::newRow("nonAnswerAtLatest_latestIsNotTheLastValueThereWas")
            << QStringList{u"C:4"_s, u"C:6"_s, u"C:vet_ej"_s} << false << QVariant(4) << QVariant(6)
            << None << None << None << Direction::Unknown << Direction::Unknown;
        QTest::newRow("answerNotStored_isNoValue")
            << QStringList{u"C:4"_s, u"C:."_s} << false << QVariant(4) << QVariant(4) << None
            << None << None << Direction::Unknown << Direction::Unknown;
        QTest::newRow("emptiedAnswer_isNoValue")
            << QStringList{u"C:4"_s, u"C:empty"_s} << false << QVariant(4) << QVariant(4) << None
            << None << None << Direction::Unknown << Direction::Unknown;
        QTest::newRow("zeroOnAOneToTenScale_isNoValue")
            << QStringList{u"C:4"_s, u"C:0"_s} << false << QVariant(4) << QVariant(4) << None
            << None << None << Direction::Unknown << Direction::Unknown;
        QTest::newRow("outOfScaleNumber_isNoValue")
            << QStringList{u"C:4"_s, u"C:11"_s} << false << QVariant(4) << QVariant(4) << None
            << None << None << Direction::Unknown << Direction::Unknown;
        QTest::newRow("scaleEnds_countAsValues")
            << QStringList{u"C:1"_s, u"C:10"_s} << false << QVariant(1) << QVariant(1)
            << QVariant(10) << QVariant(9) << QVariant(9) << Direction::Improved
            << Direction::Improved;
        QTest::newRow("draftAtEnd_ignored")
            << QStringList{u"C:4"_s, u"D:9"_s} << false << QVariant(4) << None << QVariant(4)
            << None << None << Direction::Unknown << Direction::Unknown;
        QTest::newRow("draftInMiddle_ignored_previousIsTheCompletedOne")
            << QStringList{u"C:4"_s, u"D:9"_s, u"C:6"_s} << false << QVariant(4) << QVariant(4)
            << QVariant(6) << QVariant(2) << QVariant(2) << Direction::Improved
            << Direction::Improved;
        QTest::newRow("draftAtStart_ignored_firstIsTheCompletedOne")
            << QStringList{u"D:2"_s, u"C:4"_s, u"C:3"_s} << false << QVariant(4) << QVariant(4)
            << QVariant(3) << QVariant(-1) << QVariant(-1) << Direction::Worsened
            << Direction::Worsened;
        QTest::newRow("onlyDrafts_nothingCounted")
            << QStringList{u"D:4"_s, u"D:5"_s} << false << None << None << None << None << None
            << Direction::Unknown << Direction::Unknown;
        QTest::newRow("draftsCounted_whenAsked")
            << QStringList{u"C:4"_s, u"D:9"_s} << true << QVariant(4) << QVariant(4) << QVariant(9)
            << QVariant(5) << QVariant(5) << Direction::Improved << Direction::Improved;
    }

    void row()
    {
        QFETCH(QStringList, occasions);
        QFETCH(bool, includeDrafts);

        analysis::ProgressionOptions options;
        options.includeDrafts = includeDrafts;
        const auto p = analysis::progression(m_instrument, occasionsFrom(occasions), options);

        QCOMPARE(int(p.rows.size()), 8);
        // Every indicator got the same answers, so every row must say the same.
        for (const auto& row : p.rows) {
            QTEST(v(row.first), "first");
            QTEST(v(row.previous), "previous");
            QTEST(v(row.latest), "latest");
            QTEST(v(row.changeSincePrevious), "changeSincePrevious");
            QTEST(v(row.changeSinceFirst), "changeSinceFirst");
            QTEST(row.sincePrevious, "sincePrevious");
            QTEST(row.sinceFirst, "sinceFirst");
        }
    }

    // --- the columns ------------------------------------------------------------------------

    void columns_nameTheCountedOccasions_draftsSkipped()
    {
        const auto occasions = occasionsFrom({u"C:4"_s, u"C:5"_s, u"D:6"_s, u"C:7"_s, u"D:8"_s});
        const auto p = analysis::progression(m_instrument, occasions);

        QCOMPARE(p.countedOccasions, 3);
        QVERIFY(p.firstOccasion && p.previousOccasion && p.latestOccasion);
        QCOMPARE(p.firstOccasion->index, 0);
        QCOMPARE(p.firstOccasion->id, 1);
        QCOMPARE(p.firstOccasion->date, QDate(2025, 12, 1));
        QCOMPARE(p.previousOccasion->index, 1);
        QCOMPARE(p.latestOccasion->index, 3);
        QCOMPARE(p.latestOccasion->id, 4);
        QCOMPARE(p.latestOccasion->date, QDate(2026, 9, 1));
    }

    void columns_deltagareAbsent_leftOutOfTheDeltagaresSeriesOnly()
    {
        auto occasions = occasionsFrom({u"C:4"_s, u"C:5"_s, u"C:."_s, u"C:7"_s});
        occasions[2].deltagareAbsent = true;
        occasions[2].answers[u"h_halsa"_s] = Answer::number(6);
        occasions[3].answers[u"h_halsa"_s] = Answer::number(8);

        const auto p = analysis::progression(m_instrument, occasions);
        QCOMPARE(p.countedOccasions, 3);
        QCOMPARE(p.previousOccasion->index, 1); // not the occasion without the deltagare
        QCOMPARE(p.latestOccasion->index, 3);
        QCOMPARE(p.rows[0].changeSincePrevious, std::optional<int>(2));
        QCOMPARE(p.countsSincePrevious, tally(8, 0, 0, 0));

        // The handledare's series has every occasion.
        analysis::ProgressionOptions handledare;
        handledare.respondent = Respondent::Handledare;
        const auto h = analysis::progression(m_instrument, occasions, handledare);
        QCOMPARE(h.countedOccasions, 4);
        QCOMPARE(h.previousOccasion->index, 2);
        const auto halsa = std::find_if(h.rows.begin(), h.rows.end(),
                                        [](const auto& r) { return r.indicatorKey == "halsa"_L1; });
        QVERIFY(halsa != h.rows.end());
        QCOMPARE(halsa->changeSincePrevious, std::optional<int>(2));
    }

    void columns_latestAbsent_latestIsTheLastOneTheDeltagareTookPartIn()
    {
        auto occasions = occasionsFrom({u"C:4"_s, u"C:6"_s, u"C:."_s});
        occasions[2].deltagareAbsent = true;
        const auto p = analysis::progression(m_instrument, occasions);
        QCOMPARE(p.countedOccasions, 2);
        QCOMPARE(p.latestOccasion->index, 1);
        QCOMPARE(p.countsSinceFirst, tally(8, 0, 0, 0));
        QCOMPARE(analysis::defaultOverlay(occasions), (std::vector<int>{0, 1}));
        // Only absences: nothing of the deltagare's to show.
        occasions[0].deltagareAbsent = occasions[1].deltagareAbsent = true;
        QCOMPARE(analysis::progression(m_instrument, occasions).countedOccasions, 0);
        QVERIFY(analysis::defaultOverlay(occasions).empty());
    }

    void columns_oneOccasion_firstIsLatestAndNoPrevious()
    {
        const auto p = analysis::progression(m_instrument, occasionsFrom({u"C:4"_s}));
        QCOMPARE(p.countedOccasions, 1);
        QVERIFY(p.firstOccasion && p.latestOccasion);
        QCOMPARE(*p.firstOccasion, *p.latestOccasion);
        QVERIFY(!p.previousOccasion);
    }

    void columns_noOccasions_none()
    {
        const auto p = analysis::progression(m_instrument, {});
        QCOMPARE(p.countedOccasions, 0);
        QVERIFY(!p.firstOccasion && !p.previousOccasion && !p.latestOccasion);
        QCOMPARE(int(p.rows.size()), 8); // the table still lists every indicator
        QCOMPARE(p.countsSincePrevious, tally(0, 0, 0, 8));
    }

    // --- order ------------------------------------------------------------------------------

    void rows_instrumentOrderByDefault()
    {
        const auto p = analysis::progression(m_instrument, occasionsFrom({u"C:5"_s}));
        QCOMPARE(rowKeys(p),
                 (QStringList{u"mojligheter"_s, u"klara_jobb"_s, u"samarbete"_s, u"halsa"_s,
                              u"vardagen"_s, u"kompetens"_s, u"lon"_s, u"soker"_s}));
        for (size_t i = 0; i < p.rows.size(); ++i)
            QCOMPARE(p.rows[i].indicatorIndex, int(i));
    }

    void rows_bipFirstOrdering_keepsInstrumentOrderWithinGroups()
    {
        analysis::ProgressionOptions options;
        options.bipSignificantFirst = true;
        const auto p = analysis::progression(m_instrument, occasionsFrom({u"C:5"_s}), options);
        QCOMPARE(rowKeys(p),
                 (QStringList{u"mojligheter"_s, u"klara_jobb"_s, u"samarbete"_s, u"halsa"_s,
                              u"soker"_s, u"vardagen"_s, u"kompetens"_s, u"lon"_s}));
        QCOMPARE(p.rows[4].indicatorIndex, 7);
        QVERIFY(p.rows[4].bipSignificant);
        QVERIFY(!p.rows[5].bipSignificant);
    }

    void indicatorOrder_bipFirst_indicesIntoInstrument()
    {
        QCOMPARE(analysis::indicatorOrder(m_instrument, false),
                 (std::vector<int>{0, 1, 2, 3, 4, 5, 6, 7}));
        QCOMPARE(analysis::indicatorOrder(m_instrument, true),
                 (std::vector<int>{0, 1, 2, 3, 7, 4, 5, 6}));
    }

    // --- counts -----------------------------------------------------------------------------

    void counts_data()
    {
        QTest::addColumn<QStringList>("occasions");
        QTest::addColumn<DirectionCounts>("sincePrevious");
        QTest::addColumn<DirectionCounts>("sinceFirst");

        QTest::newRow("oneOccasion_allUnknown")
            << QStringList{u"C:5 5 5 5 5 5 5 5"_s} << tally(0, 0, 0, 8) << tally(0, 0, 0, 8);
        QTest::newRow("twoOccasions_mixed")
            << QStringList{u"C:5 5 5 5 5 5 5 5"_s, u"C:6 7 5 5 4 vet_ej . 10"_s}
            << tally(3, 2, 1, 2) << tally(3, 2, 1, 2);
        QTest::newRow("threeOccasions_previousAndFirstDiffer")
            << QStringList{u"C:5 5 5 5 5 5 5 5"_s, u"C:8 8 8 8 vet_ej 5 5 5"_s,
                           u"C:6 6 5 4 4 5 5 vet_ej"_s}
            << tally(0, 2, 4, 2) << tally(2, 3, 2, 1);
        QTest::newRow("draftsDoNotCount")
            << QStringList{u"C:5 5 5 5 5 5 5 5"_s, u"D:1 1 1 1 1 1 1 1"_s} << tally(0, 0, 0, 8)
            << tally(0, 0, 0, 8);
        QTest::newRow("allNonAnswers_allUnknownNeverWorsened")
            << QStringList{u"C:5 5 5 5 5 5 5 5"_s, u"C:vet_ej"_s} << tally(0, 0, 0, 8)
            << tally(0, 0, 0, 8);
    }

    void counts()
    {
        QFETCH(QStringList, occasions);
        const auto p = analysis::progression(m_instrument, occasionsFrom(occasions));
        QTEST(p.countsSincePrevious, "sincePrevious");
        QTEST(p.countsSinceFirst, "sinceFirst");
        const auto& c = p.countsSincePrevious;
        QCOMPARE(c.improved + c.unchanged + c.worsened + c.unknown, int(p.rows.size()));
    }

    void defaultOverlay_firstAndLatestCompleted_data()
    {
        QTest::addColumn<QStringList>("occasions");
        QTest::addColumn<bool>("includeDrafts");
        QTest::addColumn<std::vector<int>>("expected");
        QTest::newRow("none") << QStringList{} << false << std::vector<int>{};
        QTest::newRow("one") << QStringList{u"C:5"_s} << false << std::vector<int>{0};
        QTest::newRow("two") << QStringList{u"C:5"_s, u"C:6"_s} << false << std::vector<int>{0, 1};
        QTest::newRow("four_middleLeftOut") << QStringList{u"C:5"_s, u"C:6"_s, u"C:7"_s, u"C:8"_s}
                                            << false << std::vector<int>{0, 3};
        QTest::newRow("draftLatest_skipped")
            << QStringList{u"C:5"_s, u"C:6"_s, u"D:7"_s} << false << std::vector<int>{0, 1};
        QTest::newRow("draftLatest_shownWhenAsked")
            << QStringList{u"C:5"_s, u"C:6"_s, u"D:7"_s} << true << std::vector<int>{0, 2};
        QTest::newRow("onlyDrafts") << QStringList{u"D:5"_s} << false << std::vector<int>{};
    }

    void defaultOverlay_firstAndLatestCompleted()
    {
        QFETCH(QStringList, occasions);
        QFETCH(bool, includeDrafts);
        QTEST(analysis::defaultOverlay(occasionsFrom(occasions), includeDrafts), "expected");
    }

    void directionOf_signOfTheChange()
    {
        QCOMPARE(analysis::directionOf(3), Direction::Improved);
        QCOMPARE(analysis::directionOf(0), Direction::Unchanged);
        QCOMPARE(analysis::directionOf(-1), Direction::Worsened);
        QCOMPARE(analysis::directionOf(std::nullopt), Direction::Unknown);
    }

    // --- respondents and the chart's input --------------------------------------------------

    void progression_handledareRespondent_readsTheHandledaresQuestions()
    {
        auto occasions = occasionsFrom({u"C:5"_s, u"C:5"_s});
        occasions[0].answers[u"h_halsa"_s] = Answer::number(2);
        occasions[1].answers[u"h_halsa"_s] = Answer::number(7);
        analysis::ProgressionOptions options;
        options.respondent = Respondent::Handledare;
        const auto p = analysis::progression(m_instrument, occasions, options);
        QCOMPARE(v(p.rows[3].first), QVariant(2));
        QCOMPARE(v(p.rows[3].latest), QVariant(7));
        QCOMPARE(v(p.rows[3].changeSinceFirst), QVariant(5));
        QCOMPARE(v(p.rows[0].latest), None); // the handledare rated nothing else
    }

    void indicatorValues_perIndicatorInInstrumentOrder()
    {
        Occasion o = occasionFrom(u"C:1 2 vet_ej 4 . 6 empty 10"_s, 0);
        o.answers[u"h_halsa"_s] = Answer::number(8);
        o.answers[u"h_soker"_s] = Answer::choice(u"vet_ej"_s);

        const auto deltagare = analysis::indicatorValues(m_instrument, o, Respondent::Deltagare);
        const std::vector<std::optional<int>> expectedDeltagare{
            1, 2, std::nullopt, 4, std::nullopt, 6, std::nullopt, 10};
        QCOMPARE(deltagare, expectedDeltagare);

        const auto handledare = analysis::indicatorValues(m_instrument, o, Respondent::Handledare);
        std::vector<std::optional<int>> expectedHandledare(8);
        expectedHandledare[3] = 8;
        QCOMPARE(handledare, expectedHandledare);
    }

    void indicatorValues_nonAnswerIsAGapNotZero()
    {
        const Occasion o = occasionFrom(u"C:vill_ej_svara"_s, 0);
        const auto values = analysis::indicatorValues(m_instrument, o, Respondent::Deltagare);
        QCOMPARE(int(values.size()), 8);
        for (const auto& value : values)
            QVERIFY(!value.has_value());
    }

    void indicatorValues_draftsAreReadToo()
    {
        const Occasion o = occasionFrom(u"D:3"_s, 0);
        const auto values = analysis::indicatorValues(m_instrument, o, Respondent::Deltagare);
        QCOMPARE(values.front(), std::optional<int>(3));
    }

    void indicatorValues_noQuestionForRespondent_noValue()
    {
        // In the minimal instrument only the handledare rates "soker".
        auto loaded =
            Instrument::fromJson(test::readAll(test::dataPath(u"instruments/minimal.json"_s)));
        QVERIFY2(loaded.ok(), qPrintable(loaded.errorMessage()));
        const Instrument minimal = std::move(loaded).value();
        Occasion o;
        o.answers[u"d_halsa"_s] = Answer::number(3);
        o.answers[u"h_soker"_s] = Answer::number(9);
        const std::vector<std::optional<int>> deltagare{3, std::nullopt, std::nullopt};
        const std::vector<std::optional<int>> handledare{std::nullopt, std::nullopt, 9};
        QCOMPARE(analysis::indicatorValues(minimal, o, Respondent::Deltagare), deltagare);
        QCOMPARE(analysis::indicatorValues(minimal, o, Respondent::Handledare), handledare);
        QCOMPARE(analysis::indicatorScale(minimal), (analysis::IndicatorScale{1, 10}));
    }

    void indicatorScale_sharedScaleOfTheDefaultInstrument()
    {
        QCOMPARE(analysis::indicatorScale(m_instrument), (analysis::IndicatorScale{1, 10}));
    }
};

QTEST_GUILESS_MAIN(TestProgression)
#include "tst_progression.moc"
