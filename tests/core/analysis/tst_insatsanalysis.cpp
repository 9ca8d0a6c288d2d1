#include <QRandomGenerator>
#include <QStringList>
#include <QTest>

#include <algorithm>
#include <array>
#include <set>
#include <utility>
#include <vector>

#include "core/analysis/insatsanalysis.h"
#include "core/instrument/instrument.h"

using namespace Qt::StringLiterals;
using namespace tilltro;

using Periods = std::vector<InsatsPeriod>;
Q_DECLARE_METATYPE(Periods)

namespace {

const QString Job = u"jobbinriktad"_s;
const QString Skills = u"kompetenshojande"_s;
const QString Health = u"halsoinriktad"_s;
const QString Social = u"social"_s;

/// 2026-01-<day>: most cases use January 2026 as their window.
QDate jan(int day)
{
    return QDate(2026, 1, day);
}

InsatsPeriod period(const QString& category, const QDate& start, const QDate& end = {})
{
    InsatsPeriod p;
    p.category = category;
    p.title = category;
    p.start = start;
    p.end = end;
    return p;
}

/// Category keys in the order of the built-in list, so a failing comparison prints readable
/// values.
QStringList codes(const std::set<QString>& categories)
{
    QStringList result(categories.begin(), categories.end());
    const InsatsLists& lists = InsatsLists::defaults();
    std::stable_sort(result.begin(), result.end(), [&](const QString& a, const QString& b) {
        return lists.categoryPosition(a) < lists.categoryPosition(b);
    });
    return result;
}

QString gapText(const QDate& first, const QDate& last)
{
    return first.toString(Qt::ISODate) + ".."_L1 + last.toString(Qt::ISODate);
}

QStringList gapTexts(const std::vector<std::pair<QDate, QDate>>& gaps)
{
    QStringList result;
    for (const auto& [first, last] : gaps)
        result << gapText(first, last);
    return result;
}

Participant participant(const QDate& startDate, const QDate& endDate = {})
{
    Participant p;
    p.code = u"D-0001"_s;
    p.startDate = startDate;
    p.endDate = endDate;
    return p;
}

} // namespace

class TestInsatsAnalysis : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void analyseInsatser_summarisesWindow_data()
    {
        QTest::addColumn<Periods>("periods");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<bool>("parallel");
        QTest::addColumn<bool>("includesJobOriented");
        QTest::addColumn<bool>("parallelWithJobOriented");
        QTest::addColumn<int>("daysWithout");
        QTest::addColumn<QStringList>("gaps");

        const QStringList none;
        const QString wholeJanuary = gapText(jan(1), jan(31));

        QTest::newRow("noPeriods_everyDayWithout")
            << Periods{} << jan(1) << jan(31) << none << false << false << false << 31
            << QStringList{wholeJanuary};
        QTest::newRow("openPeriodFromBeforeWindow_runsToEnd_noGap")
            << Periods{period(Job, QDate(2025, 12, 1))} << jan(1) << jan(31)
            << QStringList{u"jobbinriktad"_s} << false << true << false << 0 << none;
        QTest::newRow("openPeriodStartingMidWindow_gapBeforeIt")
            << Periods{period(Social, jan(10))} << jan(1) << jan(31) << QStringList{u"social"_s}
            << false << false << false << 9 << QStringList{gapText(jan(1), jan(9))};
        QTest::newRow("gapInTheMiddle_exactGapDates")
            << Periods{period(Job, jan(1), jan(10)), period(Health, jan(16), jan(31))} << jan(1)
            << jan(31) << QStringList{u"jobbinriktad"_s, u"halsoinriktad"_s} << false << true
            << false << 5 << QStringList{gapText(jan(11), jan(15))};
        QTest::newRow("gapsAtBothEndsAndMiddle_inDateOrder")
            << Periods{period(Health, jan(20), jan(25)), period(Skills, jan(5), jan(10))} << jan(1)
            << jan(31) << QStringList{u"kompetenshojande"_s, u"halsoinriktad"_s} << false << false
            << false << 4 + 9 + 6
            << QStringList{gapText(jan(1), jan(4)), gapText(jan(11), jan(19)),
                           gapText(jan(26), jan(31))};
        QTest::newRow("parallelSameCategory_parallelButNotWithJob")
            << Periods{period(Health, jan(1), jan(15)), period(Health, jan(15), jan(31))} << jan(1)
            << jan(31) << QStringList{u"halsoinriktad"_s} << true << false << false << 0 << none;
        QTest::newRow("twoJobOrientedInParallel_notParallelWithJob")
            << Periods{period(Job, jan(1), jan(31)), period(Job, jan(10), jan(12))} << jan(1)
            << jan(31) << QStringList{u"jobbinriktad"_s} << true << true << false << 0 << none;
        QTest::newRow("jobOrientedInParallelWithHealth_countsAsParallelWithJob")
            << Periods{period(Job, jan(1), jan(31)), period(Health, jan(10), jan(20))} << jan(1)
            << jan(31) << QStringList{u"jobbinriktad"_s, u"halsoinriktad"_s} << true << true << true
            << 0 << none;
        QTest::newRow("jobAndHealthShareOnlyOneDay_countsAsParallelWithJob")
            << Periods{period(Job, jan(1), jan(15)), period(Health, jan(15), jan(31))} << jan(1)
            << jan(31) << QStringList{u"jobbinriktad"_s, u"halsoinriktad"_s} << true << true << true
            << 0 << none;
        QTest::newRow("jobThenHealthSequential_notParallel")
            << Periods{period(Job, jan(1), jan(15)), period(Health, jan(16), jan(31))} << jan(1)
            << jan(31) << QStringList{u"jobbinriktad"_s, u"halsoinriktad"_s} << false << true
            << false << 0 << none;
        QTest::newRow("healthAndSkillsParallelAfterJob_parallelButNotWithJob")
            << Periods{period(Job, jan(1), jan(9)), period(Health, jan(10), jan(31)),
                       period(Skills, jan(12), jan(20))}
            << jan(1) << jan(31)
            << QStringList{u"jobbinriktad"_s, u"kompetenshojande"_s, u"halsoinriktad"_s} << true
            << true << false << 0 << none;
        QTest::newRow("jobOverlapsHealthOnlyOutsideWindow_notParallelInWindow")
            << Periods{period(Job, QDate(2025, 12, 1), jan(3)), period(Health, QDate(2025, 12, 1))}
            << jan(4) << jan(31) << QStringList{u"halsoinriktad"_s} << false << false << false << 0
            << none;
        QTest::newRow("periodPartlyOutsideWindow_clipped")
            << Periods{period(Job, QDate(2025, 12, 15), jan(10))} << jan(1) << jan(31)
            << QStringList{u"jobbinriktad"_s} << false << true << false << 21
            << QStringList{gapText(jan(11), jan(31))};
        QTest::newRow("periodEndingOnFirstDay_coversThatDay")
            << Periods{period(Skills, QDate(2025, 12, 1), jan(1))} << jan(1) << jan(31)
            << QStringList{u"kompetenshojande"_s} << false << false << false << 30
            << QStringList{gapText(jan(2), jan(31))};
        QTest::newRow("periodStartingOnLastDay_coversThatDay")
            << Periods{period(Skills, jan(31))} << jan(1) << jan(31)
            << QStringList{u"kompetenshojande"_s} << false << false << false << 30
            << QStringList{gapText(jan(1), jan(30))};
        QTest::newRow("endBeforeWindowStart_ignored")
            << Periods{period(Job, QDate(2025, 11, 1), QDate(2025, 12, 31))} << jan(1) << jan(31)
            << none << false << false << false << 31 << QStringList{wholeJanuary};
        QTest::newRow("startAfterWindowEnd_ignored")
            << Periods{period(Job, QDate(2026, 2, 1))} << jan(1) << jan(31) << none << false
            << false << false << 31 << QStringList{wholeJanuary};
        QTest::newRow("endBeforeStart_ignored")
            << Periods{period(Job, jan(20), jan(10))} << jan(1) << jan(31) << none << false << false
            << false << 31 << QStringList{wholeJanuary};
        QTest::newRow("invalidStart_ignored")
            << Periods{period(Job, QDate(), jan(10))} << jan(1) << jan(31) << none << false << false
            << false << 31 << QStringList{wholeJanuary};
        QTest::newRow("leapYearFebruary_29Days")
            << Periods{} << QDate(2024, 2, 1) << QDate(2024, 2, 29) << none << false << false
            << false << 29 << QStringList{gapText(QDate(2024, 2, 1), QDate(2024, 2, 29))};
        QTest::newRow("leapYearFebruary_periodOverMonthEnd")
            << Periods{period(Job, QDate(2024, 2, 28), QDate(2024, 3, 5))} << QDate(2024, 2, 1)
            << QDate(2024, 2, 29) << QStringList{u"jobbinriktad"_s} << false << true << false << 27
            << QStringList{gapText(QDate(2024, 2, 1), QDate(2024, 2, 27))};
        QTest::newRow("commonYearFebruary_28Days")
            << Periods{} << QDate(2026, 2, 1) << QDate(2026, 2, 28) << none << false << false
            << false << 28 << QStringList{gapText(QDate(2026, 2, 1), QDate(2026, 2, 28))};
        QTest::newRow("oneDayWindow_uncovered")
            << Periods{period(Job, jan(2))} << jan(1) << jan(1) << none << false << false << false
            << 1 << QStringList{gapText(jan(1), jan(1))};
        QTest::newRow("toBeforeFrom_emptySummary")
            << Periods{period(Job, QDate(2025, 1, 1)), period(Health, QDate(2025, 1, 1))} << jan(31)
            << jan(1) << none << false << false << false << 0 << none;
        QTest::newRow("invalidFrom_emptySummary")
            << Periods{period(Job, QDate(2025, 1, 1))} << QDate() << jan(31) << none << false
            << false << false << 0 << none;
    }

    void analyseInsatser_summarisesWindow()
    {
        QFETCH(Periods, periods);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(QStringList, categories);
        QFETCH(bool, parallel);
        QFETCH(bool, includesJobOriented);
        QFETCH(bool, parallelWithJobOriented);
        QFETCH(int, daysWithout);
        QFETCH(QStringList, gaps);

        const auto summary = analysis::analyseInsatser(periods, from, to, Job);
        QCOMPARE(codes(summary.categories), categories);
        QCOMPARE(summary.parallel, parallel);
        QCOMPARE(summary.includesJobOriented, includesJobOriented);
        QCOMPARE(summary.parallelWithJobOriented, parallelWithJobOriented);
        QCOMPARE(summary.daysWithout, daysWithout);
        QCOMPARE(gapTexts(summary.gaps), gaps);
    }

    void analyseInsatser_randomPeriods_matchesDayByDayReference()
    {
        QRandomGenerator random(20260124); // fixed seed: a failure can be reproduced
        const QDate from(2025, 12, 1);
        const QDate to(2026, 3, 31);
        for (int round = 0; round < 300; ++round) {
            Periods periods;
            const int count = random.bounded(6);
            for (int i = 0; i < count; ++i) {
                const auto category =
                    std::array{Job, Skills, Health, Social}[std::size_t(random.bounded(4))];
                const QDate start = from.addDays(random.bounded(-30, 150));
                const QDate end =
                    random.bounded(4) == 0 ? QDate() : start.addDays(random.bounded(0, 60));
                periods.push_back(period(category, start, end));
            }

            std::set<QString> categories;
            bool parallel = false;
            bool withJob = false;
            int without = 0;
            std::vector<std::pair<QDate, QDate>> gaps;
            for (QDate day = from; day <= to; day = day.addDays(1)) {
                int total = 0;
                int jobs = 0;
                for (const InsatsPeriod& p : periods) {
                    if (!p.isRunningOn(day))
                        continue;
                    categories.insert(p.category);
                    ++total;
                    jobs += p.category == Job ? 1 : 0;
                }
                if (total == 0) {
                    ++without;
                    if (!gaps.empty() && gaps.back().second.addDays(1) == day)
                        gaps.back().second = day;
                    else
                        gaps.emplace_back(day, day);
                }
                parallel = parallel || total >= 2;
                withJob = withJob || (jobs > 0 && total > jobs);
            }

            const auto summary = analysis::analyseInsatser(periods, from, to, Job);
            const QByteArray where = "round " + QByteArray::number(round);
            QVERIFY2(summary.categories == categories, where.constData());
            QVERIFY2(summary.parallel == parallel, where.constData());
            QVERIFY2(summary.includesJobOriented == categories.contains(Job), where.constData());
            QVERIFY2(summary.parallelWithJobOriented == withJob, where.constData());
            QVERIFY2(summary.daysWithout == without, where.constData());
            QVERIFY2(gapTexts(summary.gaps) == gapTexts(gaps), where.constData());
        }
    }

    void analyseRecentInsatser_clipsToParticipation_data()
    {
        QTest::addColumn<Periods>("periods");
        QTest::addColumn<QDate>("startDate");
        QTest::addColumn<QDate>("endDate");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QDate>("from");
        QTest::addColumn<QDate>("to");
        QTest::addColumn<bool>("ended");
        QTest::addColumn<QStringList>("categories");
        QTest::addColumn<int>("daysWithout");
        QTest::addColumn<QStringList>("gaps");

        // "Today" is 2026-05-20 in most rows; three months before it is 2026-02-20, and
        // 2026-02-20..2026-05-20 has 9 + 31 + 30 + 20 = 90 days.
        const QDate today(2026, 5, 20);
        const QDate threeMonthsBack(2026, 2, 20);
        const QDate none;
        const QStringList noCategories;
        const QStringList noGaps;

        QTest::newRow("active, started long ago: the full three months")
            << Periods{} << QDate(2025, 1, 10) << none << today << threeMonthsBack << today << false
            << noCategories << 90 << QStringList{gapText(threeMonthsBack, today)};
        QTest::newRow("active, full window, one insats in the middle")
            << Periods{period(Job, QDate(2026, 3, 1), QDate(2026, 4, 15))} << QDate(2025, 1, 10)
            << none << today << threeMonthsBack << today << false << QStringList{u"jobbinriktad"_s}
            << 9 + 35
            << QStringList{gapText(threeMonthsBack, QDate(2026, 2, 28)),
                           gapText(QDate(2026, 4, 16), today)};
        QTest::newRow("started last month, no insats: days since the start only")
            << Periods{} << QDate(2026, 4, 22) << none << today << QDate(2026, 4, 22) << today
            << false << noCategories << 9 + 20 << QStringList{gapText(QDate(2026, 4, 22), today)};
        QTest::newRow("started last month, insats before the start is not looked at")
            << Periods{period(Job, QDate(2026, 3, 1), QDate(2026, 3, 31)),
                       period(Skills, QDate(2026, 5, 1))}
            << QDate(2026, 4, 22) << none << today << QDate(2026, 4, 22) << today << false
            << QStringList{u"kompetenshojande"_s} << 9
            << QStringList{gapText(QDate(2026, 4, 22), QDate(2026, 4, 30))};
        QTest::newRow("started today: one day")
            << Periods{} << today << none << today << today << today << false << noCategories << 1
            << QStringList{gapText(today, today)};
        // Ended 2025-03-14: the window is 2024-12-14..2025-03-14 = 18 + 31 + 28 + 14 = 91 days.
        QTest::newRow("ended long ago: the last three months of the participation")
            << Periods{period(Health, QDate(2024, 12, 1), QDate(2025, 2, 10))} << QDate(2024, 9, 1)
            << QDate(2025, 3, 14) << today << QDate(2024, 12, 14) << QDate(2025, 3, 14) << true
            << QStringList{u"halsoinriktad"_s} << 18 + 14
            << QStringList{gapText(QDate(2025, 2, 11), QDate(2025, 3, 14))};
        QTest::newRow("ended long ago, no insats")
            << Periods{} << QDate(2024, 9, 1) << QDate(2025, 3, 14) << today << QDate(2024, 12, 14)
            << QDate(2025, 3, 14) << true << noCategories << 91
            << QStringList{gapText(QDate(2024, 12, 14), QDate(2025, 3, 14))};
        // Ended 2026-04-30, within the last three months: the days after it are no gaps, and the
        // window is 2026-01-30..2026-04-30.
        QTest::newRow("ended within the window: up to the end date")
            << Periods{period(Social, QDate(2026, 2, 1))} << QDate(2025, 6, 1) << QDate(2026, 4, 30)
            << today << QDate(2026, 1, 30) << QDate(2026, 4, 30) << true << QStringList{u"social"_s}
            << 2 << QStringList{gapText(QDate(2026, 1, 30), QDate(2026, 1, 31))};
        QTest::newRow("started and ended within the window: only those days")
            << Periods{} << QDate(2026, 4, 22) << QDate(2026, 5, 5) << today << QDate(2026, 4, 22)
            << QDate(2026, 5, 5) << true << noCategories << 9 + 5
            << QStringList{gapText(QDate(2026, 4, 22), QDate(2026, 5, 5))};
        QTest::newRow("ends today: up to today, not ended")
            << Periods{} << QDate(2025, 1, 10) << today << today << threeMonthsBack << today
            << false << noCategories << 90 << QStringList{gapText(threeMonthsBack, today)};
        QTest::newRow("end date after today: up to today, not ended")
            << Periods{} << QDate(2025, 1, 10) << QDate(2026, 6, 30) << today << threeMonthsBack
            << today << false << noCategories << 90 << QStringList{gapText(threeMonthsBack, today)};
        QTest::newRow("start date not recorded: the full three months")
            << Periods{} << none << none << today << threeMonthsBack << today << false
            << noCategories << 90 << QStringList{gapText(threeMonthsBack, today)};
        QTest::newRow("start date after today: no window")
            << Periods{period(Job, QDate(2026, 3, 1))} << QDate(2026, 5, 21) << none << today
            << none << none << false << noCategories << 0 << noGaps;
        QTest::newRow("end date before start date: no window")
            << Periods{} << QDate(2026, 3, 1) << QDate(2026, 2, 1) << today << none << none << false
            << noCategories << 0 << noGaps;
        QTest::newRow("invalid day: no window")
            << Periods{} << QDate(2025, 1, 10) << none << none << none << none << false
            << noCategories << 0 << noGaps;
    }

    void analyseRecentInsatser_clipsToParticipation()
    {
        QFETCH(Periods, periods);
        QFETCH(QDate, startDate);
        QFETCH(QDate, endDate);
        QFETCH(QDate, day);
        QFETCH(QDate, from);
        QFETCH(QDate, to);
        QFETCH(bool, ended);
        QFETCH(QStringList, categories);
        QFETCH(int, daysWithout);
        QFETCH(QStringList, gaps);

        const auto recent =
            analysis::analyseRecentInsatser(periods, participant(startDate, endDate), day, Job);
        QCOMPARE(recent.from, from);
        QCOMPARE(recent.to, to);
        QCOMPARE(recent.ended, ended);
        QCOMPARE(codes(recent.summary.categories), categories);
        QCOMPARE(recent.summary.daysWithout, daysWithout);
        QCOMPARE(gapTexts(recent.summary.gaps), gaps);
        if (from.isValid()) {
            const auto same = analysis::analyseInsatser(periods, from, to, Job);
            QCOMPARE(recent.summary.parallel, same.parallel);
            QCOMPARE(recent.summary.parallelWithJobOriented, same.parallelWithJobOriented);
        }
    }

    void activeCategoriesOn_boundariesInclusive_data()
    {
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QStringList>("categories");

        QTest::newRow("dayBeforeStart_none") << jan(9) << QStringList{};
        QTest::newRow("startDay_included") << jan(10) << QStringList{u"jobbinriktad"_s};
        QTest::newRow("endDayOfOneStartOfOther_both")
            << jan(20) << QStringList{u"jobbinriktad"_s, u"halsoinriktad"_s};
        QTest::newRow("dayAfterEnd_onlyOpenOne") << jan(21) << QStringList{u"halsoinriktad"_s};
        QTest::newRow("yearsLater_openPeriodStillRuns")
            << QDate(2030, 6, 1) << QStringList{u"halsoinriktad"_s};
        QTest::newRow("invalidDay_none") << QDate() << QStringList{};
    }

    void activeCategoriesOn_boundariesInclusive()
    {
        QFETCH(QDate, day);
        QFETCH(QStringList, categories);
        const Periods periods{period(Job, jan(10), jan(20)), period(Health, jan(20))};
        QCOMPARE(codes(analysis::activeCategoriesOn(periods, day)), categories);
    }

    void activeCategoriesOn_sameCategoryTwice_listedOnce()
    {
        const Periods periods{period(Social, jan(1), jan(31)), period(Social, jan(5))};
        QCOMPARE(codes(analysis::activeCategoriesOn(periods, jan(6))), QStringList{u"social"_s});
    }
};

QTEST_GUILESS_MAIN(TestInsatsAnalysis)
#include "tst_insatsanalysis.moc"
