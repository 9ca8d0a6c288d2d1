#include <QByteArray>
#include <QString>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "core/analysis/insatsanalysis.h"
#include "core/analysis/signals.h"
#include "core/instrument/easyread.h"
#include "core/instrument/instrument.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;

namespace {

using Json = nlohmann::json;

Json minimalDocument()
{
    const QByteArray bytes = test::readAll(test::dataPath(u"instruments/minimal.json"_s));
    return Json::parse(bytes.cbegin(), bytes.cend());
}

QByteArray toBytes(const Json& document)
{
    return QByteArray::fromStdString(document.dump(2));
}

/// A unit's own list: "Arbetsplats" is its job-oriented category, SFI has one of its own.
Json localCategories()
{
    return Json::parse(R"([
        {"key": "arbetsplats", "label": {"sv": "Arbetsplatsnära", "da": "Virksomhedsrettet"},
         "description": {"sv": "Praktik och arbetsträning"}, "jobOriented": true},
        {"key": "sfi", "label": {"sv": "SFI"}, "description": {"sv": "Svenska för invandrare"}},
        {"key": "halsa", "label": {"sv": "Hälsa"}}
    ])");
}

InsatsPeriod period(const QString& category, const QDate& start, const QDate& end = {})
{
    InsatsPeriod p;
    p.category = category;
    p.start = start;
    p.end = end;
    return p;
}

} // namespace

class TestInsatsLists : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void builtInListsAreBipsFourAndTheSixReasons()
    {
        const InsatsLists& lists = InsatsLists::defaults();
        QStringList keys;
        for (const InsatsCategoryDef& c : lists.categories)
            keys << c.key;
        QCOMPARE(keys, (QStringList{u"jobbinriktad"_s, u"kompetenshojande"_s, u"halsoinriktad"_s,
                                    u"social"_s}));
        QCOMPARE(lists.jobOrientedCategory(), u"jobbinriktad"_s);
        // Every category says what belongs to it, in every language the program speaks.
        for (const InsatsCategoryDef& c : lists.categories) {
            for (const QString& language : {u"sv"_s, u"en"_s, u"da"_s}) {
                QVERIFY2(c.label.byLanguage.contains(language), qPrintable(c.key + language));
                QVERIFY2(c.description.byLanguage.contains(language), qPrintable(c.key + language));
            }
        }
        QVERIFY(lists.category(u"kompetenshojande"_s)->description.text(u"sv"_s).contains(u"SFI"));
        QVERIFY(lists.category(u"kompetenshojande"_s)
                    ->description.text(u"sv"_s)
                    .contains(u"vägledning"));
        QCOMPARE(lists.categoryLabel(u"halsoinriktad"_s, u"da"_s), u"Helbredsrettet"_s);

        QCOMPARE(lists.endReasons.size(), std::size_t(6));
        QCOMPARE(lists.outcomeOf(u"arbete"_s), EndOutcome::Arbete);
        QCOMPARE(lists.outcomeOf(u"studier"_s), EndOutcome::Studier);
        QCOMPARE(lists.outcomeOf(u"avbrott"_s), EndOutcome::Other);
        QCOMPARE(lists.endReasonLabel(u"avbrott"_s, u"sv"_s), u"Hoppat av"_s);
        // The built-in instruments bring no lists of their own: they use these.
        for (int version : {1, 2}) {
            const auto builtIn = Instrument::loadBuiltIn(version);
            QVERIFY(builtIn);
            QVERIFY(!builtIn->hasOwnInsatsLists());
            QCOMPARE(builtIn->insatsLists().jobOrientedCategory(), u"jobbinriktad"_s);
        }
    }

    void anInstrumentBringsItsOwnCategories()
    {
        Json document = minimalDocument();
        document["insatsCategories"] = localCategories();
        const auto instrument = Instrument::fromJson(toBytes(document));
        QVERIFY2(instrument, qPrintable(instrument.errorMessage()));
        QVERIFY(instrument->hasOwnInsatsLists());
        const InsatsLists& lists = instrument->insatsLists();
        QCOMPARE(lists.categories.size(), std::size_t(3));
        QCOMPARE(lists.jobOrientedCategory(), u"arbetsplats"_s);
        QCOMPARE(lists.categoryLabel(u"arbetsplats"_s, u"da"_s), u"Virksomhedsrettet"_s);
        // A language it lacks falls back to the instrument's main one.
        QCOMPARE(lists.categoryLabel(u"sfi"_s, u"da"_s), u"SFI"_s);
        // End reasons it leaves out are the built-in ones.
        QCOMPARE(lists.endReasons.size(), InsatsLists::defaults().endReasons.size());
        // A record made with the built-in list keeps its words; an unknown key is shown as is.
        QCOMPARE(lists.categoryLabel(u"social"_s, u"sv"_s), u"Social"_s);
        QCOMPARE(lists.categoryLabel(u"okand_kategori"_s, u"sv"_s), u"okand_kategori"_s);
        QCOMPARE(lists.categoryPosition(u"sfi"_s), std::size_t(1));
        QCOMPARE(lists.categoryPosition(u"social"_s), std::size_t(3)); // unlisted: last
    }

    void endReasonsCarryTheirOutcome()
    {
        Json document = minimalDocument();
        document["endReasons"] = Json::parse(R"([
            {"key": "anstallning", "label": {"sv": "Anställning"}, "outcome": "arbete"},
            {"key": "komvux", "label": {"sv": "Komvux"}, "outcome": "studier"},
            {"key": "sjukskriven", "label": {"sv": "Sjukskrivning"}}
        ])");
        const auto instrument = Instrument::fromJson(toBytes(document));
        QVERIFY2(instrument, qPrintable(instrument.errorMessage()));
        const InsatsLists& lists = instrument->insatsLists();
        QCOMPARE(lists.outcomeOf(u"anstallning"_s), EndOutcome::Arbete);
        QCOMPARE(lists.outcomeOf(u"komvux"_s), EndOutcome::Studier);
        QCOMPARE(lists.outcomeOf(u"sjukskriven"_s), EndOutcome::Other);
        QCOMPARE(lists.jobOrientedCategory(), u"jobbinriktad"_s); // the built-in categories
    }

    void brokenListsAreRefusedNamingThePath_data()
    {
        QTest::addColumn<QByteArray>("member");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no job-oriented") << QByteArray("insatsCategories")
                                         << QByteArray(R"([{"key": "a", "label": {"sv": "A"}}])")
                                         << u"insatsCategories"_s << u"exactly one category"_s;
        QTest::newRow("two job-oriented")
            << QByteArray("insatsCategories")
            << QByteArray(R"([{"key": "a", "label": {"sv": "A"}, "jobOriented": true},
                              {"key": "b", "label": {"sv": "B"}, "jobOriented": true}])")
            << u"insatsCategories"_s << u"(it has 2)"_s;
        QTest::newRow("key twice")
            << QByteArray("insatsCategories")
            << QByteArray(R"([{"key": "a", "label": {"sv": "A"}, "jobOriented": true},
                              {"key": "a", "label": {"sv": "B"}}])")
            << u"insatsCategories[1].key"_s << u"already the key"_s;
        QTest::newRow("key not a key")
            << QByteArray("insatsCategories")
            << QByteArray(R"([{"key": "Arbets plats", "label": {"sv": "A"}, "jobOriented": true}])")
            << u"insatsCategories[0].key"_s << u"may contain only"_s;
        QTest::newRow("empty list") << QByteArray("endReasons") << QByteArray("[]")
                                    << u"endReasons"_s << u"at least one end reason"_s;
        QTest::newRow("unknown outcome")
            << QByteArray("endReasons")
            << QByteArray(R"([{"key": "x", "label": {"sv": "X"}, "outcome": "jobb"}])")
            << u"endReasons[0].outcome"_s << u"\"arbete\" or \"studier\""_s;
        QTest::newRow("description not texts")
            << QByteArray("endReasons")
            << QByteArray(R"([{"key": "x", "label": {"sv": "X"}, "description": "X"}])")
            << u"endReasons[0].description"_s << u"object of texts"_s;
    }

    void brokenListsAreRefusedNamingThePath()
    {
        QFETCH(QByteArray, member);
        QFETCH(QByteArray, value);
        QFETCH(QString, path);
        QFETCH(QString, reason);
        Json document = minimalDocument();
        document[member.toStdString()] = Json::parse(value.toStdString());
        const auto refused = Instrument::fromJson(toBytes(document));
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(path), qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(reason), qPrintable(refused.errorMessage()));
    }

    void theJobOrientedCategoryIsTheInstrumentsOne()
    {
        // The same periods; only which category is job-oriented differs.
        const std::vector<InsatsPeriod> periods{
            period(u"arbetsplats"_s, QDate(2026, 9, 1)),
            period(u"sfi"_s, QDate(2026, 10, 1)),
        };
        const auto local = analysis::analyseInsatser(periods, QDate(2026, 9, 1), QDate(2026, 12, 1),
                                                     u"arbetsplats"_s);
        QVERIFY(local.includesJobOriented);
        QVERIFY(local.parallelWithJobOriented);
        const auto builtIn = analysis::analyseInsatser(periods, QDate(2026, 9, 1),
                                                       QDate(2026, 12, 1), u"jobbinriktad"_s);
        QVERIFY(!builtIn.includesJobOriented);
        QVERIFY(!builtIn.parallelWithJobOriented);
        QVERIFY(builtIn.parallel);

        // And so BIP's "no job-oriented insats" signal follows the instrument's mark.
        analysis::SignalInput input;
        input.startDate = QDate(2026, 8, 1);
        input.insatser = periods;
        input.jobOrientedCategory = u"arbetsplats"_s;
        const QDate today(2026, 12, 1);
        QVERIFY(!analysis::signalsFor(input, today).signals.contains(BipSignal::NoJobOriented));
        input.jobOrientedCategory = u"jobbinriktad"_s;
        QVERIFY(analysis::signalsFor(input, today).signals.contains(BipSignal::NoJobOriented));
    }

    void insatserRecordedUnderTheBuiltInListStayJobOriented()
    {
        Json document = minimalDocument();
        document["insatsCategories"] = localCategories();
        const auto local = Instrument::fromJson(toBytes(document));
        QVERIFY(local);
        const analysis::JobOriented jobOriented(local->insatsLists());
        QVERIFY(jobOriented.contains(u"arbetsplats"_s));  // the list's own mark
        QVERIFY(jobOriented.contains(u"jobbinriktad"_s)); // recorded before, built-in mark
        QVERIFY(!jobOriented.contains(u"sfi"_s));
        QVERIFY(!jobOriented.contains(u"kompetenshojande"_s));
        // A list that has the key decides for it, also against the built-in mark.
        document["insatsCategories"][1]["key"] = "jobbinriktad";
        const auto redefined = Instrument::fromJson(toBytes(document));
        QVERIFY2(redefined, qPrintable(redefined.errorMessage()));
        QVERIFY(!analysis::JobOriented(redefined->insatsLists()).contains(u"jobbinriktad"_s));
        // The built-in lists: just jobbinriktad.
        const analysis::JobOriented builtIn(InsatsLists::defaults());
        QVERIFY(builtIn.contains(u"jobbinriktad"_s));
        QVERIFY(!builtIn.contains(u"social"_s));
    }

    void reasonsRecordedUnderTheBuiltInListKeepTheirOutcome()
    {
        Json document = minimalDocument();
        document["endReasons"] = Json::parse(R"([
            {"key": "anstallning", "label": {"sv": "Anställning"}, "outcome": "arbete"},
            {"key": "annat", "label": {"sv": "Annat"}}
        ])");
        document["insatsCategories"] = localCategories();
        const auto local = Instrument::fromJson(toBytes(document));
        QVERIFY(local);
        const InsatsLists& lists = local->insatsLists();
        QCOMPARE(lists.outcomeOf(u"anstallning"_s), EndOutcome::Arbete);
        QCOMPARE(lists.outcomeOf(u"arbete"_s), EndOutcome::Arbete);   // built-in, recorded before
        QCOMPARE(lists.outcomeOf(u"studier"_s), EndOutcome::Studier); // the same
        QCOMPARE(lists.outcomeOf(u"annat"_s), EndOutcome::Other);
        QCOMPARE(lists.outcomeOf(u"okand"_s), EndOutcome::Other);
        // The built-in categories the list lacks can still be chosen where records are sought.
        QStringList keys;
        for (const InsatsCategoryDef& c : lists.categoriesWithBuiltIn())
            keys << c.key;
        QCOMPARE(keys, (QStringList{u"arbetsplats"_s, u"sfi"_s, u"halsa"_s, u"jobbinriktad"_s,
                                    u"kompetenshojande"_s, u"halsoinriktad"_s, u"social"_s}));
    }

    void labelsInASentence()
    {
        QCOMPARE(InsatsLists::inSentence(u"Jobbinriktad"_s), u"jobbinriktad"_s);
        QCOMPARE(InsatsLists::inSentence(u"SFI"_s), u"SFI"_s);
        QCOMPARE(InsatsLists::inSentence(u"A"_s), u"A"_s);
        QCOMPARE(InsatsLists::inSentence(QString()), QString());
    }

    void easyReadInTheInstrumentItself()
    {
        Json document = minimalDocument();
        document["questions"][0]["easyRead"] = Json::parse(
            R"({"text": {"sv": "Hur mår du?", "da": "Hvordan har du det?"},
                "minLabel": {"sv": "Dåligt"}, "maxLabel": {"sv": "Bra"}})");
        const auto instrument = Instrument::fromJson(toBytes(document));
        QVERIFY2(instrument, qPrintable(instrument.errorMessage()));
        const Question* first = instrument->question(u"d_halsa"_s);
        QCOMPARE(first->easyRead.text.text(u"da"_s), u"Hvordan har du det?"_s);
        QCOMPARE(first->easyRead.maxLabel.text(u"sv"_s), u"Bra"_s);

        // easyReadTexts() gives the instrument's own, and a sidecar's for the rest.
        QTemporaryDir dir;
        const QString sidecar = dir.filePath(u"sidecar.json"_s);
        QFile file(sidecar);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "tilltro-easyread", "formatVersion": 1,
            "instrument": "minimal", "instrumentVersion": 1, "questions": {
            "d_halsa": {"text": {"sv": "Sidovagnens"}, "minLabel": {"sv": "a"},
                        "maxLabel": {"sv": "b"}},
            "d_vardagen": {"text": {"sv": "Hur går dagarna?"}, "minLabel": {"sv": "Dåligt"},
                           "maxLabel": {"sv": "Bra"}}}})");
        file.close();
        const auto texts = easyReadTexts(instrument.value(), sidecar);
        QVERIFY2(texts, qPrintable(texts.errorMessage()));
        QCOMPARE(texts->at(u"d_halsa"_s).text.text(u"sv"_s), u"Hur mår du?"_s);
        QCOMPARE(texts->at(u"d_vardagen"_s).text.text(u"sv"_s), u"Hur går dagarna?"_s);

        // Not for a handledare question, and no anchors for a choice question.
        Json handledare = minimalDocument();
        for (auto& q : handledare["questions"]) {
            if (q["respondent"] == "handledare") {
                q["easyRead"] = Json::parse(R"({"text": {"sv": "x"}})");
                break;
            }
        }
        const auto refused = Instrument::fromJson(toBytes(handledare));
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"easyRead"_s),
                 qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(u"only a deltagare question"_s),
                 qPrintable(refused.errorMessage()));
    }
};

QTEST_GUILESS_MAIN(TestInsatsLists)
#include "tst_insatslists.moc"
