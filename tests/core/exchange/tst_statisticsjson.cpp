// The anonymous statistics summary as JSON and CSV (core/exchange/statisticsjson.h): what
// `tilltro stats --json` writes and `tilltro stats-merge` reads back. Written summaries read
// back equal; anything not a summary, or not anonymous, or hostile, is refused with the path of
// the offending member in the message. No translator is loaded: texts are the source texts.

#include <QTest>

#include <nlohmann/json.hpp>

#include "core/analysis/statistics.h"
#include "core/exchange/statisticsjson.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::analysis;
using namespace tilltro::exchange;

namespace {

using Json = nlohmann::ordered_json;

/// A summary with every kind of figure: shown, suppressed (null), zero, negative and a share
/// that has no short decimal form.
UnitStatistics fixture()
{
    using enum InsatsCategory;
    UnitStatistics s;
    s.from = QDate(2026, 1, 1);
    s.to = QDate(2026, 12, 31);
    s.sources = 2;
    s.participants = 12;
    s.occasions = 30;
    s.withTwoOccasions = 8;
    s.overdue = 0;
    s.parallelShare = 0.25;
    s.parallelWithJobOrientedShare = 1.0 / 3;
    s.handledareChangeShare = 0.5;
    s.indicators = {{u"a"_s, 12, -0.5, -1.75, 2.0, 1.0 / 3, 1.0 / 6, 0.5},
                    {u"b"_s, std::nullopt, {}, {}, {}, {}, {}, {}}};
    s.handledareIndicators = {{u"a"_s, 0, {}, {}, {}, {}, {}, {}},
                              {u"b"_s, 5, 1.0, 0.0, 1.0, 0.6, 0.4, 0.0}};
    s.withHandledareChange = {5, {{u"a"_s, 5, 1.0, 1.0, 2.0, 0.8, 0.2, 0.0}}};
    s.withoutHandledareChange = {7, {{u"a"_s, 7, -1.0, -2.0, 0.0, 0.0, 2.0 / 7, 5.0 / 7}}};
    s.tilltro = {{u"ja_absolut"_s, {5, {{u"a"_s, 5, 2.0, 1.0, 3.0, 1.0, 0.0, 0.0}}}, 0.5},
                 {u"goda_mojligheter"_s, {std::nullopt, {}}, std::nullopt},
                 {u"tveksamt"_s, {5, {}}, 0.5},
                 {u"nej"_s, {0, {}}, 0.0}};
    s.outcomes = {{{}, std::nullopt, std::nullopt, std::nullopt, std::nullopt},
                  {{Jobbinriktad, Social}, 6, 5, 0, std::nullopt}};
    return s;
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
        // at the first: the "ja" and "nej" groups are 0 and 3 of 3.
        QTest::newRow("five, three occasions") << 5 << 3;
        // Five, each judged "nej" at the first occasion: the "ja" group is 0 of 5 (a share of
        // 0 over five deltagare), the "nej" group 5 of 5.
        QTest::newRow("five, all with an occasion") << 5 << 5;
    }

    void roundTrip_computedSummaries()
    {
        // What unitStatistics() gives is always a summary readStatisticsJson() reads.
        QFETCH(int, deltagare);
        QFETCH(int, withOccasion);
        const StatisticsContext context{{u"a"_s}, {u"ja"_s, u"nej"_s}};
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

    void document_membersAndNulls()
    {
        const Json d = fixtureJson();
        QCOMPARE(d["format"].get<std::string>(), std::string("tilltro-statistics"));
        QCOMPARE(d["version"].get<int>(), 1);
        QCOMPARE(d["period"]["from"].get<std::string>(), std::string("2026-01-01"));
        QCOMPARE(d["period"]["to"].get<std::string>(), std::string("2026-12-31"));
        QCOMPARE(d["minimumGroup"].get<int>(), 5);
        QCOMPARE(d["sources"].get<int>(), 2);
        QCOMPARE(d["participants"].get<int>(), 12);
        QCOMPARE(d["overdue"].get<int>(), 0);
        QCOMPARE(d["parallelShare"].get<double>(), 0.25);
        QCOMPARE(d["handledareChangeShare"].get<double>(), 0.5);
        QCOMPARE(d["bipParallelWithJobOrientedShare"].get<double>(), 0.18);
        const Json& a = d["indicators"][0];
        QCOMPARE(a["key"].get<std::string>(), std::string("a"));
        QCOMPARE(a["n"].get<int>(), 12);
        QCOMPARE(a["median"].get<double>(), -0.5);
        QCOMPARE(a["q1"].get<double>(), -1.75);
        QCOMPARE(a["q3"].get<double>(), 2.0);
        QCOMPARE(a["worsened"].get<double>(), 0.5);
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
        QVERIFY(d["outcomes"][1]["other"].is_null());
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
        d["outcomes"][1]["insatser"][0] = "yoga";
        QVERIFY(refusal(d).startsWith(u"outcomes[1].insatser[0]: must be an insats category"_s));
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
        QVERIFY(lines.contains(u"Deltagare,,,12"_s));
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

        // Suppressed figures elsewhere.
        QVERIFY(lines.contains(
            u"Deltagare,Belief at the first assessment: goda_mojligheter,,fewer than 5"_s));
        QVERIFY(lines.contains(u"Share,Belief at the first assessment: goda_mojligheter,,"
                               u"fewer than 5"_s));
        QVERIFY(lines.contains(u"Share,Belief at the first assessment: nej,,0"_s));
        QVERIFY(lines.contains(u"Ended,Ended with insatser: none,,fewer than 5"_s));
        QVERIFY(lines.contains(u"Ended,Ended with insatser: jobbinriktad+social,,6"_s));
        QVERIFY(lines.contains(u"Other ending,Ended with insatser: jobbinriktad+social,,"
                               u"fewer than 5"_s));
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
