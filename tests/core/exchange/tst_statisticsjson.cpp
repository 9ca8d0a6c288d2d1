// The anonymous statistics summary as JSON and CSV (core/exchange/statisticsjson.h): what
// `tilltro stats --json` writes and `tilltro stats-merge` reads back. Written summaries read
// back equal; anything not a summary, or not anonymous, or hostile, is refused with the path of
// the offending member in the message. Not anonymous: a count of 1–4, a figure over fewer than
// 5, and a partition of a group (core/analysis/statistics.h) that shows a cell of 1–4 or whose
// hidden cells together (the whole minus the shown) hold 1–4. No translator is loaded: texts
// are the source texts.

#include <QTest>

#include <nlohmann/json.hpp>

#include <array>

#include "core/analysis/statistics.h"
#include "core/exchange/statisticsjson.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::analysis;
using namespace tilltro::exchange;

namespace {

using Json = nlohmann::ordered_json;

/// A summary with every kind of figure: shown, suppressed (null), zero, negative and a share
/// that has no short decimal form; every partition as unitStatistics() would give it.
UnitStatistics fixture()
{
    const QString Jobbinriktad = u"jobbinriktad"_s;
    const QString Social = u"social"_s;
    UnitStatistics s;
    s.from = QDate(2026, 1, 1);
    s.to = QDate(2026, 12, 31);
    s.sources = 2;
    s.instrumentKey = u"skapa-bip"_s;
    s.instrumentVersion = 2;
    s.filteredByHandledare = true;
    s.filteredCategory = Jobbinriktad;
    s.participants = 15;
    s.occasions = 30;
    s.withTwoOccasions = 10;                  // and 5
    s.overdue = 0;                            // and 15
    s.parallelShare = 0.4;                    // 6 and 9
    s.parallelWithJobOrientedShare = 1.0 / 3; // 5 and 10
    s.handledareChangeShare = 1.0 / 3;        // 5 and 10
    // a: 5, 6, 4: the 4 is hidden, and the first smallest shown (5); 6 of 15 unchanged.
    s.indicators = {{u"a"_s, 15, -0.5, -1.75, 2.0, {}, 0.4, {}},
                    {u"b"_s, std::nullopt, {}, {}, {}, {}, {}, {}}};
    s.handledareIndicators = {{u"a"_s, 0, {}, {}, {}, {}, {}, {}},
                              {u"b"_s, 5, 0.0, 0.0, 0.0, 0.0, 1.0, 0.0}};
    s.withHandledareChange = {5, {{u"a"_s, 5, 1.0, 1.0, 2.0, 1.0, 0.0, 0.0}}};
    s.withoutHandledareChange = {10, {{u"a"_s, 10, -1.0, -2.0, 0.0, 0.0, 0.5, 0.5}}};
    // 5, 3, 2, 5 and 0 without: the 3 and the 2 hidden (5 together); shares of the 15.
    s.withTilltro = 15;
    s.tilltro = {{u"ja_absolut"_s, {5, {{u"a"_s, 5, 2.0, 1.0, 3.0, 1.0, 0.0, 0.0}}}, 1.0 / 3},
                 {u"goda_mojligheter"_s, {std::nullopt, {}}, std::nullopt},
                 {u"tveksamt"_s, {std::nullopt, {}}, std::nullopt},
                 {u"nej"_s, {5, {}}, 1.0 / 3}};
    // 6 ended: 5 to work, 1 to studies, 0 other: only the 0 is shown.
    s.outcomes = {{{}, std::nullopt, std::nullopt, std::nullopt, std::nullopt},
                  {{Jobbinriktad, Social}, 6, std::nullopt, std::nullopt, 0}};
    return s;
}

/// `count` deltagare made up from `seed`: start and end dates, end reasons, insatser, changes
/// of handledare, occasions with ratings and Tilltro, some missing; the same for one seed.
std::vector<StatisticsParticipant> generated(unsigned seed, int count)
{
    unsigned state = seed;
    const auto next = [&](unsigned bound) {
        state = state * 1103515245u + 12345u;
        return int((state >> 16) % bound);
    };
    const auto rating = [&]() {
        return next(6) == 0 ? std::optional<int>() : std::optional<int>(1 + next(10));
    };
    std::vector<StatisticsParticipant> list;
    for (int i = 0; i < count; ++i) {
        StatisticsParticipant p;
        p.startDate = QDate(2025, 6, 1).addDays(next(500));
        p.handledareId = 1 + next(2);
        if (next(3) == 0) {
            p.endDate = p.startDate.addDays(30 + next(300));
            p.endReason = std::array{u"arbete"_s, u"studier"_s, u"flyttat"_s,
                                     u"annat"_s}[std::size_t(next(4))];
        }
        for (int k = next(3); k > 0; --k) {
            InsatsPeriod insats;
            insats.category = std::array{u"jobbinriktad"_s, u"social"_s, u"kompetenshojande"_s,
                                         u"halsoinriktad"_s}[std::size_t(next(4))];
            insats.start = p.startDate.addDays(next(60));
            if (next(2) == 0)
                insats.end = insats.start.addDays(next(200));
            p.insatser.push_back(insats);
        }
        if (next(3) == 0) {
            const QDate change = p.startDate.addDays(1 + next(300));
            p.assignments = {{0, 3 - p.handledareId, p.startDate, change},
                             {0, p.handledareId, change, {}}};
        } else {
            p.assignments = {{0, p.handledareId, p.startDate, {}}};
        }
        QDate date = p.startDate;
        for (int k = next(4); k > 0; --k) {
            date = date.addDays(20 + next(100));
            StatisticsOccasion o;
            o.date = date;
            o.deltagare = {rating(), rating()};
            o.handledare = {rating(), rating()};
            o.tilltro = next(4) == 0 ? std::optional<int>() : std::optional<int>(1 + next(4));
            p.occasions.push_back(o);
        }
        p.occasionsInPeriod = static_cast<int>(p.occasions.size());
        if (!p.occasions.empty())
            p.lastCompletedBeforeEnd = p.occasions.back().date;
        list.push_back(p);
    }
    return list;
}

StatisticsContext context()
{
    return {.indicatorKeys = {u"a"_s, u"b"_s},
            .tilltroOptions = {u"ja_absolut"_s, u"goda_mojligheter"_s, u"tveksamt"_s, u"nej"_s},
            .instrumentKey = u"skapa-bip"_s,
            .instrumentVersion = 1};
}

Json fixtureJson()
{
    return Json::parse(statisticsJson(fixture()).toStdString());
}

QByteArray bytesOf(const Json& document)
{
    return QByteArray::fromStdString(document.dump(2));
}

/// The refusal's message, or "accepted" when the summary was read.
QString refusal(const QByteArray& bytes)
{
    const auto read = readStatisticsJson(bytes);
    if (read)
        return u"accepted"_s;
    if (read.error().kind != Error::Kind::Invalid)
        return u"wrong kind: "_s + read.errorMessage();
    return read.errorMessage();
}

QString refusal(const Json& document)
{
    return refusal(bytesOf(document));
}

QString identity(const QString& key)
{
    return key;
}

} // namespace

class TestStatisticsJson : public QObject {
    Q_OBJECT

private Q_SLOTS:
    // --- Writing and reading back ------------------------------------------------------------

    void roundTrip_equal()
    {
        const UnitStatistics s = fixture();
        const QByteArray bytes = statisticsJson(s);
        QVERIFY(bytes.endsWith('\n'));
        const auto read = readStatisticsJson(bytes);
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QVERIFY(read.value() == s);
        // And again: the same bytes.
        QCOMPARE(statisticsJson(read.value()), bytes);
    }

    void roundTrip_fromTheBeginning()
    {
        UnitStatistics s;
        s.instrumentKey = u"skapa-bip"_s;
        s.to = QDate(2026, 6, 30);
        s.participants = 0;
        s.occasions = 0;
        const auto read = readStatisticsJson(statisticsJson(s));
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QVERIFY(!read.value().from.isValid());
        QVERIFY(read.value() == s);
    }

    void roundTrip_computedSummaries_data()
    {
        QTest::addColumn<int>("deltagare");
        QTest::addColumn<int>("withOccasion");
        // A group of four: all but the zero counts suppressed.
        QTest::newRow("four") << 4 << 3;
        // Five with three occasions between them (a count under 5), all three judged "nej"
        // at the first: cells 0 ("ja"), 3 ("nej") and 2 without, the 3 and the 2 hidden.
        QTest::newRow("five, three occasions") << 5 << 3;
        // Five, each judged "nej" at the first occasion: the "ja" group is 0 of 5 (a share of
        // 0 over five deltagare), the "nej" group 5 of 5.
        QTest::newRow("five, all with an occasion") << 5 << 5;
        // Eight, six with an occasion: 0, 6 and 2 without: the 2 hidden and the 6 with it.
        QTest::newRow("eight, six with an occasion") << 8 << 6;
        QTest::newRow("none") << 0 << 0;
    }

    void roundTrip_computedSummaries()
    {
        // What unitStatistics() gives is always a summary readStatisticsJson() reads.
        QFETCH(int, deltagare);
        QFETCH(int, withOccasion);
        const StatisticsContext context{.indicatorKeys = {u"a"_s},
                                        .tilltroOptions = {u"ja"_s, u"nej"_s},
                                        .instrumentKey = u"skapa-bip"_s,
                                        .instrumentVersion = 1};
        StatisticsFilter filter;
        filter.to = QDate(2026, 12, 31);
        std::vector<StatisticsParticipant> list(static_cast<std::size_t>(deltagare));
        for (int i = 0; i < deltagare; ++i) {
            StatisticsParticipant& p = list[std::size_t(i)];
            p.startDate = QDate(2026, 1, 1);
            if (i < withOccasion) {
                StatisticsOccasion o;
                o.date = QDate(2026, 11, 1);
                o.deltagare = {5};
                o.handledare = {std::nullopt};
                o.tilltro = 1; // "nej"
                p.occasions = {o};
                p.occasionsInPeriod = 1;
                p.lastCompletedBeforeEnd = o.date;
            }
        }
        const UnitStatistics s = unitStatistics(list, context, filter);
        const auto read = readStatisticsJson(statisticsJson(s));
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QVERIFY(read.value() == s);
    }

    void roundTrip_generatedSummaries()
    {
        // What unitStatistics() gives for made-up units of every size, alone and merged, is a
        // summary readStatisticsJson() reads back equal: the writer never shows a partition
        // the reader refuses.
        StatisticsFilter year;
        year.from = QDate(2026, 1, 1);
        year.to = QDate(2026, 12, 31);
        StatisticsFilter fromTheBeginning;
        fromTheBeginning.to = QDate(2026, 6, 30);
        int hiddenCells = 0;
        for (unsigned seed = 1; seed <= 120; ++seed) {
            const int count = int(seed % 40);
            const auto list = generated(seed, count);
            for (const StatisticsFilter& filter : {year, fromTheBeginning}) {
                const UnitStatistics s = unitStatistics(list, context(), filter);
                const auto read = readStatisticsJson(statisticsJson(s));
                QVERIFY2(read.ok(), qPrintable(u"seed %1: "_s.arg(seed) + read.errorMessage()));
                QVERIFY2(read.value() == s, qPrintable(u"seed %1"_s.arg(seed)));
                for (const IndicatorChange& c : s.indicators)
                    hiddenCells += c.n && *c.n >= 5 && (!c.improved || !c.unchanged) ? 1 : 0;
            }
        }
        // The made-up units do hide cells, so the partitions were put to the test.
        QVERIFY(hiddenCells > 10);
    }

    void document_membersAndNulls()
    {
        const Json d = fixtureJson();
        QCOMPARE(d["format"].get<std::string>(), std::string("tilltro-statistics"));
        QCOMPARE(d["version"].get<int>(), 1);
        QCOMPARE(d["period"]["from"].get<std::string>(), std::string("2026-01-01"));
        QCOMPARE(d["period"]["to"].get<std::string>(), std::string("2026-12-31"));
        QCOMPARE(d["minimumGroup"].get<int>(), 5);
        QCOMPARE(d["sources"].get<int>(), 2);
        QVERIFY(d["instrument"] == Json({{"key", "skapa-bip"}, {"version", 2}}));
        QVERIFY(d["filters"] == Json({{"handledare", true}, {"category", "jobbinriktad"}}));
        QCOMPARE(d["participants"].get<int>(), 15);
        QCOMPARE(d["overdue"].get<int>(), 0);
        QCOMPARE(d["parallelShare"].get<double>(), 0.4);
        QCOMPARE(d["handledareChangeShare"].get<double>(), 1.0 / 3);
        QCOMPARE(d["withTilltro"].get<int>(), 15);
        QCOMPARE(d["bipParallelWithJobOrientedShare"].get<double>(), 0.18);
        const Json& a = d["indicators"][0];
        QCOMPARE(a["key"].get<std::string>(), std::string("a"));
        QCOMPARE(a["n"].get<int>(), 15);
        QCOMPARE(a["median"].get<double>(), -0.5);
        QCOMPARE(a["q1"].get<double>(), -1.75);
        QCOMPARE(a["q3"].get<double>(), 2.0);
        QVERIFY(a["improved"].is_null());
        QCOMPARE(a["unchanged"].get<double>(), 0.4);
        QVERIFY(a["worsened"].is_null());
        const Json& b = d["indicators"][1];
        for (const char* member :
             {"n", "median", "q1", "q3", "improved", "unchanged", "worsened"}) {
            QVERIFY2(b.contains(member) && b[member].is_null(), member);
        }
        QVERIFY(d["continuity"]["withChange"]["participants"] == 5);
        QVERIFY(d["tilltro"][1]["participants"].is_null());
        QVERIFY(d["tilltro"][1]["share"].is_null());
        QVERIFY(d["outcomes"][0]["insatser"].empty());
        QVERIFY(d["outcomes"][1]["insatser"] == Json::array({"jobbinriktad", "social"}));
        QVERIFY(d["outcomes"][1]["arbete"].is_null());
        QVERIFY(d["outcomes"][1]["studier"].is_null());
        QCOMPARE(d["outcomes"][1]["other"].get<int>(), 0);

        // Not narrowed: false and null.
        UnitStatistics all = fixture();
        all.filteredByHandledare = false;
        all.filteredCategory.reset();
        const Json e = Json::parse(statisticsJson(all).toStdString());
        QVERIFY(e["filters"] == Json({{"handledare", false}, {"category", nullptr}}));
        const auto read = readStatisticsJson(statisticsJson(all));
        QVERIFY2(read.ok(), qPrintable(read.errorMessage()));
        QVERIFY(read.value() == all);
    }

    // --- Refusals ------------------------------------------------------------------------------

    void refuses_notJson()
    {
        QVERIFY(refusal(QByteArray("{not json")) != u"accepted"_s);
        QVERIFY(!refusal(QByteArray("{not json")).startsWith(u"wrong kind"_s));
        QVERIFY(refusal(QByteArray()) != u"accepted"_s);
        QVERIFY(refusal(QByteArray("[]")).contains(u"must be an object"_s));
        QVERIFY(refusal(QByteArray("\"tilltro-statistics\"")).contains(u"must be an object"_s));
    }

    void refuses_anotherFormatOrVersion()
    {
        Json d = fixtureJson();
        d["format"] = "tilltro-export";
        QVERIFY(refusal(d).startsWith(u"format: must be \"tilltro-statistics\""_s));
        d = fixtureJson();
        d.erase("format");
        QCOMPARE(refusal(d), u"format: is missing"_s);
        d = fixtureJson();
        d["version"] = 2;
        QVERIFY2(refusal(d).startsWith(u"version: must be 1"_s), qPrintable(refusal(d)));
        d["version"] = "1";
        QVERIFY(refusal(d).startsWith(u"version: must be 1"_s));
    }

    void refuses_aCountUnderFive()
    {
        Json d = fixtureJson();
        d["participants"] = 3;
        const QString m = refusal(d);
        QVERIFY2(m.startsWith(u"participants: is 3"_s), qPrintable(m));
        QVERIFY(m.contains(u"not anonymous"_s));

        for (int n : {1, 4}) {
            d = fixtureJson();
            d["indicators"][0]["n"] = n;
            QVERIFY2(refusal(d).startsWith(u"indicators[0].n: is %1"_s.arg(n)),
                     qPrintable(refusal(d)));
        }
        d = fixtureJson();
        d["occasions"] = 2;
        QVERIFY(refusal(d).startsWith(u"occasions: is 2"_s));
        d = fixtureJson();
        d["outcomes"][1]["arbete"] = 1;
        QVERIFY(refusal(d).startsWith(u"outcomes[1].arbete: is 1"_s));
        d = fixtureJson();
        d["continuity"]["withoutChange"]["participants"] = 4;
        QVERIFY(refusal(d).startsWith(u"continuity.withoutChange.participants: is 4"_s));

        // 0 and 5 are fine.
        d = fixtureJson();
        d["occasions"] = 0;
        QCOMPARE(refusal(d), u"accepted"_s);
        d["occasions"] = 5;
        QCOMPARE(refusal(d), u"accepted"_s);
    }

    void refuses_aFigureOverASuppressedGroup()
    {
        // A median where n is null.
        Json d = fixtureJson();
        d["indicators"][1]["median"] = 1.0;
        QVERIFY2(refusal(d).startsWith(u"indicators[1].median: must be null"_s),
                 qPrintable(refusal(d)));
        QVERIFY(refusal(d).contains(u"not anonymous"_s));
        // A share where the group is 0: a share of nobody is not a figure either.
        d = fixtureJson();
        d["handledareIndicators"][0]["improved"] = 0.0;
        QVERIFY(refusal(d).startsWith(u"handledareIndicators[0].improved: must be null"_s));
        // The top-level shares over a suppressed number of deltagare.
        d = fixtureJson();
        d["participants"] = nullptr;
        QVERIFY(refusal(d).startsWith(u"parallelShare: must be null"_s));
        // A tilltro share over a suppressed group.
        d = fixtureJson();
        d["tilltro"][1]["share"] = 0.1;
        QVERIFY(refusal(d).startsWith(u"tilltro[1].share: must be null"_s));
        // An outcome split of a suppressed row.
        d = fixtureJson();
        d["outcomes"][0]["other"] = 0;
        QVERIFY(refusal(d).startsWith(u"outcomes[0].other: must be null"_s));
    }

    void refuses_aShareStandingForOneToFour()
    {
        // indicators[0]: n 15. improved 0.2 stands for 3 deltagare.
        Json d = fixtureJson();
        d["indicators"][0]["improved"] = 0.2;
        QString m = refusal(d);
        QVERIFY2(m.startsWith(u"indicators[0]: shows a part of 3 deltagare"_s), qPrintable(m));
        QVERIFY(m.contains(u"not anonymous"_s));
        // 1/15 stands for one.
        d["indicators"][0]["improved"] = 1.0 / 15;
        QVERIFY2(refusal(d).startsWith(u"indicators[0]: shows a part of 1 deltagare"_s),
                 qPrintable(refusal(d)));
        // 5 of 15 (and 6 unchanged) leaves 4 hidden: worsened is worked out by subtraction.
        d["indicators"][0]["improved"] = 1.0 / 3;
        m = refusal(d);
        QVERIFY2(m.startsWith(u"indicators[0]: lets 4 hidden deltagare be worked out"_s),
                 qPrintable(m));
        // ... and with worsened shown too, 5 + 6 + 4: the 4 is a part of 4.
        d["indicators"][0]["worsened"] = 4.0 / 15;
        QVERIFY(refusal(d).startsWith(u"indicators[0]: shows a part of 4 deltagare"_s));
        // 5 + 10 + 0 of 15, all shown, is fine; so is 5 and 10 shown with nothing hidden.
        d["indicators"][0]["unchanged"] = 2.0 / 3;
        d["indicators"][0]["worsened"] = 0.0;
        QCOMPARE(refusal(d), u"accepted"_s);
        // Shares that add up to more than the whole.
        d["indicators"][0]["worsened"] = 1.0 / 3;
        QVERIFY2(refusal(d).startsWith(u"indicators[0]: shows more deltagare than its group has"_s),
                 qPrintable(refusal(d)));

        // A Tilltro group's indicators, and the handledare's.
        d = fixtureJson();
        d["tilltro"][0]["indicators"][0]["improved"] = 0.6; // 3 of 5
        QVERIFY2(refusal(d).startsWith(u"tilltro[0].indicators[0]: shows a part of 3"_s),
                 qPrintable(refusal(d)));
        d = fixtureJson();
        d["handledareIndicators"][1]["unchanged"] = 0.8; // 4 of 5
        QVERIFY(refusal(d).startsWith(u"handledareIndicators[1]: shows a part of 4"_s));

        // The top-level shares of 15 deltagare: 3 of them, or 12 (leaving 3).
        for (const char* name :
             {"parallelShare", "parallelWithJobOrientedShare", "handledareChangeShare"}) {
            d = fixtureJson();
            d[name] = 0.2;
            QVERIFY2(refusal(d).startsWith(QString::fromLatin1(name) +
                                           u": shows a part of 3 deltagare"_s),
                     qPrintable(refusal(d)));
            d[name] = 0.8;
            QVERIFY2(refusal(d).startsWith(QString::fromLatin1(name) +
                                           u": shows a part of 3 deltagare"_s),
                     qPrintable(refusal(d)));
            d[name] = 0.0;
            QCOMPARE(refusal(d), u"accepted"_s);
            d[name] = 1.0;
            QCOMPARE(refusal(d), u"accepted"_s);
        }
    }

    void refuses_aCountLeavingOneToFour()
    {
        // Of 15 deltagare, 12 with two occasions gives the 3 without away; 11 the 4.
        Json d = fixtureJson();
        d["withTwoOccasions"] = 12;
        QString m = refusal(d);
        QVERIFY2(m.startsWith(u"withTwoOccasions: shows a part of 3 deltagare"_s), qPrintable(m));
        d["withTwoOccasions"] = 11;
        QVERIFY(refusal(d).startsWith(u"withTwoOccasions: shows a part of 4 deltagare"_s));
        d["withTwoOccasions"] = 15;
        QCOMPARE(refusal(d), u"accepted"_s);
        d = fixtureJson();
        d["overdue"] = 14;
        QVERIFY(refusal(d).startsWith(u"overdue: shows a part of 1 deltagare"_s));

        // 6 ended: 5 to work and 0 other leaves 1 (to studies) hidden.
        d = fixtureJson();
        d["outcomes"][1]["arbete"] = 5;
        m = refusal(d);
        QVERIFY2(m.startsWith(u"outcomes[1]: lets 1 hidden deltagare be worked out"_s),
                 qPrintable(m));
        // 0 work, 0 studies, 6 other: all shown.
        d["outcomes"][1]["arbete"] = 0;
        d["outcomes"][1]["studier"] = 0;
        d["outcomes"][1]["other"] = 6;
        QCOMPARE(refusal(d), u"accepted"_s);
        // 5 to work of 10 and the rest hidden: 5 hidden, fine.
        d["outcomes"][1]["ended"] = 10;
        d["outcomes"][1]["arbete"] = 5;
        d["outcomes"][1]["studier"] = nullptr;
        d["outcomes"][1]["other"] = nullptr;
        QCOMPARE(refusal(d), u"accepted"_s);
    }

    void refuses_continuityAndTilltroGivingAwayOneToFour()
    {
        // 15 deltagare: 5 with a change of handledare and 7 without leaves 3 unaccounted for.
        Json d = fixtureJson();
        d["continuity"]["withoutChange"]["participants"] = 7;
        d["continuity"]["withoutChange"]["indicators"] = Json::array();
        QString m = refusal(d);
        QVERIFY2(m.startsWith(u"continuity: lets 3 hidden deltagare be worked out"_s),
                 qPrintable(m));
        // With the group hidden: 10 hidden, fine.
        d["continuity"]["withoutChange"]["participants"] = nullptr;
        QCOMPARE(refusal(d), u"accepted"_s);

        // The Tilltro groups: 5 and 5 shown of 15 leaves 5 hidden; 5 and 7 would leave 3.
        d = fixtureJson();
        d["tilltro"][3]["participants"] = 7;
        m = refusal(d);
        QVERIFY2(m.startsWith(u"tilltro: lets 3 hidden deltagare be worked out"_s), qPrintable(m));
        // 12 with a Tilltro of 15 gives away the 3 without.
        d = fixtureJson();
        d["withTilltro"] = 12;
        m = refusal(d);
        QVERIFY2(m.startsWith(u"withTilltro: shows a part of 3 deltagare"_s), qPrintable(m));
        d["withTilltro"] = 10;
        QCOMPARE(refusal(d), u"accepted"_s);
        d["withTilltro"] = 3;
        QVERIFY(refusal(d).startsWith(u"withTilltro: is 3"_s));
    }

    void refuses_instrumentAndFiltersMissingOrMistyped()
    {
        Json d = fixtureJson();
        d.erase("instrument");
        QCOMPARE(refusal(d), u"instrument: is missing"_s);
        d = fixtureJson();
        d["instrument"].erase("key");
        QCOMPARE(refusal(d), u"instrument.key: is missing"_s);
        d["instrument"]["key"] = "";
        QVERIFY(refusal(d).startsWith(u"instrument.key: must be a key"_s));
        d = fixtureJson();
        d["instrument"]["version"] = -1;
        QVERIFY2(refusal(d).startsWith(u"instrument.version: must be a whole number"_s),
                 qPrintable(refusal(d)));
        d["instrument"]["version"] = "1";
        QVERIFY(refusal(d).startsWith(u"instrument.version: must be a whole number"_s));
        d["instrument"]["version"] = 0; // several versions merged
        QCOMPARE(refusal(d), u"accepted"_s);
        d = fixtureJson();
        d["instrument"] = "skapa-bip";
        QVERIFY(refusal(d).startsWith(u"instrument: must be an object"_s));

        d = fixtureJson();
        d.erase("filters");
        QCOMPARE(refusal(d), u"filters: is missing"_s);
        d = fixtureJson();
        d["filters"].erase("handledare");
        QCOMPARE(refusal(d), u"filters.handledare: is missing"_s);
        d = fixtureJson();
        d["filters"]["handledare"] = 7; // no handledare's id in a summary
        QVERIFY2(refusal(d).startsWith(u"filters.handledare: "_s), qPrintable(refusal(d)));
        QVERIFY(refusal(d) != u"accepted"_s);
        d = fixtureJson();
        d["filters"]["category"] = "Yoga och dans"; // not a key (any key is a category)
        QVERIFY(refusal(d).startsWith(u"filters.category: must be an insats category or null"_s));
        d["filters"]["category"] = 1;
        QVERIFY(refusal(d).startsWith(u"filters.category: must be an insats category or null"_s));
        d = fixtureJson();
        d["filters"].erase("category");
        QCOMPARE(refusal(d), u"filters.category: is missing"_s);

        d = fixtureJson();
        d.erase("withTilltro");
        QCOMPARE(refusal(d), u"withTilltro: is missing"_s);
    }

    void refuses_outOfRangeAndMistyped()
    {
        Json d = fixtureJson();
        d["parallelShare"] = 1.5;
        QVERIFY2(refusal(d).startsWith(u"parallelShare: must be a share between 0 and 1"_s),
                 qPrintable(refusal(d)));
        d["parallelShare"] = -0.1;
        QVERIFY(refusal(d).startsWith(u"parallelShare: must be a share between 0 and 1"_s));
        d = fixtureJson();
        d["indicators"][0]["unchanged"] = "0.5";
        QVERIFY(refusal(d).startsWith(u"indicators[0].unchanged: must be a number or null"_s));
        d = fixtureJson();
        d["indicators"][0]["median"] = 1e6;
        QVERIFY(refusal(d).startsWith(u"indicators[0].median: must be a change"_s));
        d = fixtureJson();
        d["participants"] = -5;
        QVERIFY(refusal(d).startsWith(u"participants: must be a whole number"_s));
        d["participants"] = 5.5;
        QVERIFY(refusal(d).startsWith(u"participants: must be a whole number"_s));
        d = fixtureJson();
        d["sources"] = 0;
        QVERIFY(refusal(d).startsWith(u"sources: must be a whole number, 1 or more"_s));
        d = fixtureJson();
        d["period"]["to"] = nullptr;
        QVERIFY(refusal(d).startsWith(u"period.to: must be a date"_s));
        d = fixtureJson();
        d["period"]["from"] = "2026-02-30";
        QVERIFY(refusal(d).startsWith(u"period.from: must be a date"_s));
        d = fixtureJson();
        d["outcomes"][1]["insatser"][0] = "Yoga och dans"; // not a key
        QVERIFY2(refusal(d).startsWith(
                     u"outcomes[1].insatser[0]: must be the key of an insats category"_s),
                 qPrintable(refusal(d)));
        d = fixtureJson();
        d["indicators"][0]["key"] = 7;
        QVERIFY(refusal(d).startsWith(u"indicators[0].key: must be a key"_s));
        d = fixtureJson();
        d["indicators"] = Json::object();
        QVERIFY(refusal(d).startsWith(u"indicators: must be an array"_s));
    }

    void refuses_aMissingMember()
    {
        Json d = fixtureJson();
        d.erase("overdue");
        QCOMPARE(refusal(d), u"overdue: is missing"_s);
        d = fixtureJson();
        d["continuity"].erase("withChange");
        QCOMPARE(refusal(d), u"continuity.withChange: is missing"_s);
        d = fixtureJson();
        d["indicators"][0].erase("q3");
        QCOMPARE(refusal(d), u"indicators[0].q3: is missing"_s);
        d = fixtureJson();
        d["tilltro"][2].erase("indicators");
        QCOMPARE(refusal(d), u"tilltro[2].indicators: is missing"_s);
    }

    void refuses_hostileInput()
    {
        // Nested far deeper than a summary ever is, alone and inside a summary.
        const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
        QVERIFY(refusal(deep).contains(u"nested more than 10 levels deep"_s));
        Json d = fixtureJson();
        Json nested = Json::array();
        for (int i = 0; i < 20; ++i)
            nested = Json::array({nested});
        d["indicators"] = nested;
        QVERIFY2(refusal(d).contains(u"nested more than 10 levels deep"_s), qPrintable(refusal(d)));
        // A key far longer than any key.
        d = fixtureJson();
        d["indicators"][0]["key"] = std::string(5000, 'x');
        QVERIFY(refusal(d) != u"accepted"_s);
        // An object with a great many members.
        d = fixtureJson();
        for (int i = 0; i < 1000; ++i)
            d["extra"]["m" + std::to_string(i)] = i;
        QVERIFY(refusal(d) != u"accepted"_s);
        // Truncated in the middle.
        const QByteArray whole = statisticsJson(fixture());
        QVERIFY(refusal(whole.left(whole.size() / 2)) != u"accepted"_s);
        // Not UTF-8 text at all.
        QVERIFY(refusal(QByteArray("\xff\xfe\x00\x01", 4)) != u"accepted"_s);
    }

    // --- CSV -----------------------------------------------------------------------------------

    void csv_suppressedQuotedAndNoFormulaPrefixOnNumbers()
    {
        QCOMPARE(suppressedText(), u"fewer than 5"_s);
        const auto indicatorLabel = [](const QString& key) {
            return key == u"a"_s ? u"Klara \"ett\" jobb, själv"_s : u"=B1"_s;
        };
        const QString csv = statisticsCsv(fixture(), indicatorLabel, identity);
        QVERIFY(csv.endsWith(u"\r\n"_s));
        const QStringList lines = csv.split(u"\r\n"_s);
        QCOMPARE(lines.first(), u"Figure,Group,Indicator,Value"_s);
        QVERIFY(lines.contains(u"Period from,,,2026-01-01"_s));
        QVERIFY(lines.contains(u"Period to,,,2026-12-31"_s));
        QVERIFY(lines.contains(u"Summaries merged,,,2"_s));
        QVERIFY(lines.contains(u"Deltagare,,,15"_s));
        QVERIFY(lines.contains(u"Overdue assessments,,,0"_s));
        QVERIFY(lines.contains(u"Share with a job-oriented insats in parallel,,,0.333333"_s));
        QVERIFY(lines.contains(u"BIP reference: job-oriented insats in parallel,,,0.18"_s));

        // A group name with a comma, a label with quotes and a comma: quoted, quotes doubled.
        // A negative median is a number, not a formula: no leading '.
        const QString group = u"\"All, deltagare's rating\""_s;
        const QString labelA = u"\"Klara \"\"ett\"\" jobb, själv\""_s;
        QVERIFY2(lines.contains(u"Median change,"_s + group + u',' + labelA + u",-0.5"_s),
                 qPrintable(csv));
        QVERIFY(lines.contains(u"Lower quartile,"_s + group + u',' + labelA + u",-1.75"_s));
        // A label that a spreadsheet would read as a formula gets a leading '.
        QVERIFY(lines.contains(u"n,"_s + group + u",'=B1,fewer than 5"_s));
        QVERIFY(lines.contains(u"Median change,"_s + group + u",'=B1,fewer than 5"_s));

        // Suppressed figures elsewhere: a group hidden as a part of a group that is shown reads
        // "hidden"; its share, of a group not shown, "fewer than 5".
        QVERIFY2(
            lines.contains(u"Deltagare,Belief at the first assessment: goda_mojligheter,,hidden"_s),
            qPrintable(lines.join(u'\n')));
        QVERIFY(lines.contains(u"Share,Belief at the first assessment: goda_mojligheter,,"
                               u"fewer than 5"_s));
        QVERIFY(lines.contains(u"Share,Belief at the first assessment: nej,,0.333333"_s));
        QVERIFY(lines.contains(u"Share,Belief at the first assessment: tveksamt,,fewer than 5"_s));
        QVERIFY(lines.contains(u"Share unchanged,"_s + group + u',' + labelA + u",0.4"_s));
        QVERIFY(lines.contains(u"Share improved,"_s + group + u',' + labelA + u",hidden"_s));
        QVERIFY(lines.contains(u"Ended,Ended with insatser: none,,fewer than 5"_s));
        QVERIFY(lines.contains(u"Ended,Ended with insatser: jobbinriktad+social,,6"_s));
        QVERIFY(lines.contains(u"To work,Ended with insatser: jobbinriktad+social,,hidden"_s));
        QVERIFY(lines.contains(u"To studies,Ended with insatser: jobbinriktad+social,,hidden"_s));
        QVERIFY(lines.contains(u"Other ending,Ended with insatser: jobbinriktad+social,,0"_s));
        QVERIFY(lines.contains(u"Deltagare,With a change of handledare,,5"_s));

        // Every line has four fields (outside quotes, three commas).
        for (const QString& line : lines) {
            if (line.isEmpty())
                continue;
            int commas = 0;
            bool quoted = false;
            for (QChar c : line) {
                if (c == u'"')
                    quoted = !quoted;
                else if (c == u',' && !quoted)
                    ++commas;
            }
            QVERIFY2(commas == 3, qPrintable(line));
        }
    }

    void csv_aGroupLabelStartingLikeAFormula()
    {
        // The tilltro label is inside the group's text, which starts with words: no prefix.
        const auto tilltroLabel = [](const QString&) { return u"=1+1"_s; };
        const QString csv = statisticsCsv(fixture(), identity, tilltroLabel);
        QVERIFY(csv.contains(u"\r\nDeltagare,Belief at the first assessment: =1+1,,5\r\n"_s));
    }
};

QTEST_GUILESS_MAIN(TestStatisticsJson)
#include "tst_statisticsjson.moc"
