#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QString>
#include <QStringList>
#include <QTest>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <functional>
#include <optional>

#include "core/instrument/instrument.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using tilltro::Answer;
using tilltro::Error;
using tilltro::Instrument;
using tilltro::LocalizedText;
using tilltro::Question;
using tilltro::Respondent;
using tilltro::Scale;
using tilltro::test::dataPath;
using tilltro::test::readAll;

namespace {

using Json = nlohmann::json;

/// tests/data/instruments/minimal.json: three indicators, five questions. Every file in
/// broken/ is this document with one thing wrong.
QByteArray minimalBytes()
{
    return readAll(dataPath(u"instruments/minimal.json"_s));
}

Json minimalDocument()
{
    const QByteArray bytes = minimalBytes();
    return Json::parse(bytes.cbegin(), bytes.cend());
}

/// The minimal instrument with an unknown first member "extra" holding `value`.
QByteArray withExtraMember(const QByteArray& value)
{
    const QByteArray head = "{\"extra\": " + value + ",";
    return minimalBytes().replace(0, 1, head);
}

QByteArray toBytes(const Json& document)
{
    return QByteArray::fromStdString(document.dump(2));
}

/// The minimal instrument with `count` indicators, each rated by a deltagare question.
QByteArray instrumentWithIndicators(int count)
{
    Json document = minimalDocument();
    const Json numericScale = document["questions"][0]["scale"];
    Json indicators = Json::array();
    Json questions = Json::array();
    for (int i = 0; i < count; ++i) {
        const std::string key = "indikator_" + std::to_string(i);
        indicators.push_back({{"key", key},
                              {"label", {{"sv", "Indikator " + std::to_string(i)}}},
                              {"bipSignificant", i % 2 == 0}});
        questions.push_back({{"key", "d_" + key},
                             {"respondent", "deltagare"},
                             {"indicator", key},
                             {"label", {{"sv", "Indikator " + std::to_string(i)}}},
                             {"text", {{"sv", "Fråga " + std::to_string(i)}}},
                             {"scale", numericScale},
                             {"nonAnswers", {"vet_ej"}}});
    }
    document["indicators"] = indicators;
    document["questions"] = questions;
    return toBytes(document);
}

QStringList keysOf(const std::vector<const Question*>& questions)
{
    QStringList keys;
    for (const Question* q : questions)
        keys.append(q->key);
    return keys;
}

} // namespace

class TestInstrument : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void loadDefault_succeeds();
    void loadDefault_hasEightIndicatorsInOrder();
    void loadDefault_marksFiveIndicatorsAndTwoQuestionsBipSignificant();
    void loadDefault_hasSixteenIndicatorQuestionsAndFourOthers();
    void loadDefault_onlyValdAndRiskbrukAreSensitive();
    void loadDefault_pairsDeltagareAndHandledareByIndicator();
    void loadDefault_indicatorQuestionsShareTheScale1To10();
    void loadDefault_keepsTheExactBytes();

    void loadBuiltIn_v1_keepsItsBytes();
    void loadBuiltIn_unknownVersion_refusedNamingIt();
    void builtInV2_keepsV1sKeysIndicatorsAndSignificance();
    void builtInV2_everyText_inSwedishEnglishAndDanish();
    void builtInV2_valdAndRiskbruk_letTheDeltagareDecline();
    void builtInV2_handledareItems_areQuestionsWithFittingAnchors();

    void fromJson_minimalInstrument_loads();
    void fromJson_indicatorCount_loads_data();
    void fromJson_indicatorCount_loads();
    void fromJson_optionalFieldsLeftOutOrNull_takeDefaults();
    void fromJson_unknownKeys_areIgnored();
    void fromJson_indicatorScales_minThenMaxAsTheFirst();

    void fromJson_brokenDocument_refusedNamingTheField_data();
    void fromJson_brokenDocument_refusedNamingTheField();
    void fromJson_nesting100000Deep_refusedWithoutCrash();
    void fromJson_deepNestingUnderUnknownKey_refused();
    void fromJson_nesting64Deep_loads();
    void fromJson_documentOver4MiB_refusedBeforeParsing();
    void fromJson_documentOfExactly4MiB_loads();

    void accepts_data();
    void accepts();
    void questionForIndicator_emptyKey_returnsNull();

    void localizedText_fallsBackToSwedishThenEnglishThenFirst_data();
    void localizedText_fallsBackToSwedishThenEnglishThenFirst();
};

void TestInstrument::loadDefault_succeeds()
{
    const auto instrument = Instrument::loadDefault();
    QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
    QCOMPARE(instrument->id(), u"skapa-bip"_s);
    QCOMPARE(instrument->version(), Instrument::DefaultVersion);
    QCOMPARE(instrument->version(), 2);
    QVERIFY(instrument->name(u"sv"_s).startsWith(u"SKAPA"_s));
    QCOMPARE(instrument->nonAnswers().size(), 4u);
    QVERIFY(instrument->nonAnswer(u"vet_ej"_s));
    QVERIFY(instrument->nonAnswer(u"vill_ej_svara"_s));
    QVERIFY(instrument->nonAnswer(u"ej_aktuellt"_s));
    QVERIFY(instrument->nonAnswer(u"deltagaren_vill_ej"_s));
}

void TestInstrument::loadDefault_hasEightIndicatorsInOrder()
{
    const auto instrument = Instrument::loadDefault();
    QVERIFY(instrument.ok());
    QStringList keys;
    for (const auto& indicator : instrument->indicators())
        keys.append(indicator.key);
    QCOMPARE(keys, (QStringList{u"mojligheter"_s, u"klara_jobb"_s, u"samarbete"_s, u"halsa"_s,
                                u"vardagen"_s, u"kompetens"_s, u"lon"_s, u"soker"_s}));
    QCOMPARE(instrument->indicator(u"lon"_s)->label.text(u"sv"_s), u"Realistisk lönenivå"_s);
}

void TestInstrument::loadDefault_marksFiveIndicatorsAndTwoQuestionsBipSignificant()
{
    const auto instrument = Instrument::loadDefault();
    QVERIFY(instrument.ok());
    QStringList significantIndicators;
    for (const auto& indicator : instrument->indicators()) {
        if (indicator.bipSignificant)
            significantIndicators.append(indicator.key);
    }
    QCOMPARE(significantIndicators, (QStringList{u"mojligheter"_s, u"klara_jobb"_s, u"samarbete"_s,
                                                 u"halsa"_s, u"soker"_s}));
    QStringList significantOthers;
    for (const auto& question : instrument->questions()) {
        if (question.indicator.isEmpty() && question.bipSignificant)
            significantOthers.append(question.key);
    }
    QCOMPARE(significantOthers, (QStringList{u"tilltro"_s, u"malmedvetenhet"_s}));
    QCOMPARE(significantIndicators.size() + significantOthers.size(), 7);
    // A question that rates an indicator is as significant as the indicator.
    for (const auto& question : instrument->questions()) {
        if (!question.indicator.isEmpty()) {
            QCOMPARE(question.bipSignificant,
                     instrument->indicator(question.indicator)->bipSignificant);
        }
    }
}

void TestInstrument::loadDefault_hasSixteenIndicatorQuestionsAndFourOthers()
{
    const auto instrument = Instrument::loadDefault();
    QVERIFY(instrument.ok());
    QCOMPARE(instrument->questions().size(), 20u);
    const auto rating =
        std::count_if(instrument->questions().begin(), instrument->questions().end(),
                      [](const Question& q) { return !q.indicator.isEmpty(); });
    QCOMPARE(rating, 16);
    QCOMPARE(keysOf(instrument->questionsFor(Respondent::Deltagare)),
             (QStringList{u"d_mojligheter"_s, u"d_klara_jobb"_s, u"d_samarbete"_s, u"d_halsa"_s,
                          u"d_vardagen"_s, u"d_kompetens"_s, u"d_lon"_s, u"d_soker"_s}));
    const QStringList handledare = keysOf(instrument->questionsFor(Respondent::Handledare));
    QCOMPARE(handledare.size(), 12);
    QCOMPARE(handledare.mid(8),
             (QStringList{u"tilltro"_s, u"malmedvetenhet"_s, u"vald"_s, u"riskbruk"_s}));
    QCOMPARE(instrument->question(u"tilltro"_s)->scale.type, Scale::Type::Choice);
    QCOMPARE(instrument->question(u"tilltro"_s)->scale.options.size(), 4u);
    QCOMPARE(instrument->question(u"malmedvetenhet"_s)->scale.type, Scale::Type::Numeric);
    // The handledare's own rating of the indicators is optional; the deltagare's is not.
    QVERIFY(!instrument->question(u"h_halsa"_s)->required);
    QVERIFY(instrument->question(u"d_halsa"_s)->required);
}

void TestInstrument::loadDefault_onlyValdAndRiskbrukAreSensitive()
{
    const auto instrument = Instrument::loadDefault();
    QVERIFY(instrument.ok());
    QStringList sensitive;
    for (const auto& question : instrument->questions()) {
        if (question.sensitive)
            sensitive.append(question.key);
    }
    QCOMPARE(sensitive, (QStringList{u"vald"_s, u"riskbruk"_s}));
    QCOMPARE(instrument->question(u"vald"_s)->nonAnswers,
             (QStringList{u"ej_aktuellt"_s, u"deltagaren_vill_ej"_s}));
}

void TestInstrument::loadDefault_pairsDeltagareAndHandledareByIndicator()
{
    const auto instrument = Instrument::loadDefault();
    QVERIFY(instrument.ok());
    for (const auto& indicator : instrument->indicators()) {
        const Question* own =
            instrument->questionForIndicator(indicator.key, Respondent::Deltagare);
        const Question* theirs =
            instrument->questionForIndicator(indicator.key, Respondent::Handledare);
        QVERIFY2(own && theirs, qPrintable(indicator.key));
        QCOMPARE(own->key, u"d_"_s + indicator.key);
        QCOMPARE(theirs->key, u"h_"_s + indicator.key);
    }
    QVERIFY(!instrument->questionForIndicator(u"okand"_s, Respondent::Deltagare));
}

void TestInstrument::loadDefault_indicatorQuestionsShareTheScale1To10()
{
    const auto instrument = Instrument::loadDefault();
    QVERIFY(instrument.ok());
    for (const auto& question : instrument->questions()) {
        if (question.indicator.isEmpty())
            continue;
        QCOMPARE(question.scale.type, Scale::Type::Numeric);
        QCOMPARE(question.scale.min, 1);
        QCOMPARE(question.scale.max, 10);
        QVERIFY(!question.scale.minLabel.text(u"sv"_s).isEmpty());
        QVERIFY(!question.scale.maxLabel.text(u"en"_s).isEmpty());
    }
}

void TestInstrument::loadDefault_keepsTheExactBytes()
{
    const auto instrument = Instrument::loadDefault();
    QVERIFY(instrument.ok());
    QFile resource(u":/instruments/skapa-bip-v2.json"_s);
    QVERIFY(resource.open(QIODevice::ReadOnly));
    QCOMPARE(instrument->json(), resource.readAll());
}

void TestInstrument::loadBuiltIn_v1_keepsItsBytes()
{
    // Occasions answered with v1 are read with the v1 stored in the database; the resource must
    // stay byte for byte what was stored, or a fresh database would store a different v1.
    const auto v1 = Instrument::loadBuiltIn(1);
    QVERIFY2(v1.ok(), qPrintable(v1.errorMessage()));
    QCOMPARE(v1->version(), 1);
    QCOMPARE(QCryptographicHash::hash(v1->json(), QCryptographicHash::Sha256).toHex(),
             "aa43dc18f4150744a53c310c58e7f7b6270f4258bf260c49bd76c1170a0a589d"_ba);
}

void TestInstrument::loadBuiltIn_unknownVersion_refusedNamingIt()
{
    for (const int version : {0, 99, -1}) {
        const auto missing = Instrument::loadBuiltIn(version);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY2(missing.errorMessage().contains(QString::number(version)),
                 qPrintable(missing.errorMessage()));
    }
}

void TestInstrument::builtInV2_keepsV1sKeysIndicatorsAndSignificance()
{
    const auto v1 = Instrument::loadBuiltIn(1);
    const auto v2 = Instrument::loadBuiltIn(2);
    QVERIFY2(v2.ok(), qPrintable(v2.errorMessage()));
    QCOMPARE(v2->id(), u"skapa-bip"_s);
    QCOMPARE(v2->version(), 2);
    QVERIFY(v1->json() != v2->json());
    // The same questions under the same keys, so that answers can be followed across versions.
    QCOMPARE(v2->questions().size(), v1->questions().size());
    for (const Question& q : v1->questions()) {
        const Question* same = v2->question(q.key);
        QVERIFY2(same, qPrintable(q.key));
        QCOMPARE(same->respondent, q.respondent);
        QCOMPARE(same->indicator, q.indicator);
        QCOMPARE(same->scale.type, q.scale.type);
        QCOMPARE(same->scale.min, q.scale.min);
        QCOMPARE(same->scale.max, q.scale.max);
        QCOMPARE(same->required, q.required);
        QCOMPARE(same->sensitive, q.sensitive);
        QCOMPARE(same->bipSignificant, q.bipSignificant);
        QCOMPARE(same->label.text(u"sv"_s), q.label.text(u"sv"_s));
        for (const auto& option : q.scale.options)
            QVERIFY(std::ranges::any_of(same->scale.options,
                                        [&](const auto& o) { return o.key == option.key; }));
        // The deltagare's questions are asked as before (Danish is added).
        if (q.respondent == Respondent::Deltagare) {
            QCOMPARE(same->text.text(u"sv"_s), q.text.text(u"sv"_s));
            QCOMPARE(same->text.text(u"en"_s), q.text.text(u"en"_s));
        }
    }
    QCOMPARE(v2->indicators().size(), v1->indicators().size());
    for (size_t i = 0; i < v1->indicators().size(); ++i) {
        QCOMPARE(v2->indicators()[i].key, v1->indicators()[i].key);
        QCOMPARE(v2->indicators()[i].bipSignificant, v1->indicators()[i].bipSignificant);
    }
    // Seven BIP-significant items, as the research found: five indicators and two others.
    QVERIFY(!v2->indicator(u"lon"_s)->bipSignificant);
    QVERIFY(v2->indicator(u"soker"_s)->bipSignificant);
}

void TestInstrument::builtInV2_everyText_inSwedishEnglishAndDanish()
{
    const auto v2 = Instrument::loadBuiltIn(2);
    QVERIFY2(v2.ok(), qPrintable(v2.errorMessage()));
    // Every text object of the document (name, labels, questions, anchors, options,
    // non-answers) has the three languages; found by walking the document, so none is missed.
    const QByteArray bytes = v2->json();
    int texts = 0;
    std::function<void(const Json&, const std::string&)> walk = [&](const Json& node,
                                                                    const std::string& path) {
        if (node.is_object() && node.contains("sv")) {
            ++texts;
            for (const char* language : {"sv", "en", "da"}) {
                QVERIFY2(node.contains(language) && node[language].is_string() &&
                             !node[language].get<std::string>().empty(),
                         (path + ": no " + language).c_str());
            }
            QVERIFY2(node.size() == 3, path.c_str());
            return;
        }
        if (node.is_object()) {
            for (const auto& [key, child] : node.items())
                walk(child, path + "." + key);
        } else if (node.is_array()) {
            for (size_t i = 0; i < node.size(); ++i)
                walk(node[i], path + "[" + std::to_string(i) + "]");
        }
    };
    walk(Json::parse(bytes.cbegin(), bytes.cend()), "");
    // name 1, non-answers 4, indicators 8, 20 questions x (label, text) 40, 17 numeric scales x
    // 2 anchors 34, options 4 + 3 + 3.
    QCOMPARE(texts, 1 + 4 + 8 + 40 + 34 + 10);
    QCOMPARE(v2->name(u"da"_s), u"SKAPA – måling af progression mod arbejde"_s);
    QCOMPARE(v2->question(u"malmedvetenhet"_s)->label.text(u"da"_s), u"Målrettethed"_s);
    QCOMPARE(v2->question(u"tilltro"_s)->label.text(u"da"_s), u"Tiltro"_s);
    QCOMPARE(v2->nonAnswer(u"vet_ej"_s)->label.text(u"da"_s), u"Ved ikke"_s);
}

void TestInstrument::builtInV2_valdAndRiskbruk_letTheDeltagareDecline()
{
    const auto v2 = Instrument::loadBuiltIn(2);
    QVERIFY2(v2.ok(), qPrintable(v2.errorMessage()));
    const auto* declined = v2->nonAnswer(u"deltagaren_vill_ej"_s);
    QVERIFY(declined);
    QCOMPARE(declined->label.text(u"sv"_s), u"Deltagaren vill inte svara"_s);
    QCOMPARE(declined->label.text(u"da"_s), u"Deltageren vil ikke svare"_s);
    for (const QString& key : {u"vald"_s, u"riskbruk"_s}) {
        QCOMPARE(v2->question(key)->nonAnswers,
                 (QStringList{u"ej_aktuellt"_s, u"deltagaren_vill_ej"_s}));
        QVERIFY(v2->accepts(key, Answer::choice(u"deltagaren_vill_ej"_s)));
        QVERIFY(v2->accepts(key, Answer::choice(u"ej_aktuellt"_s)));
    }
    // Only the sensitive items offer it; v1 does not know it.
    QVERIFY(!v2->accepts(u"tilltro"_s, Answer::choice(u"deltagaren_vill_ej"_s)));
    QVERIFY(
        !Instrument::loadBuiltIn(1)->accepts(u"vald"_s, Answer::choice(u"deltagaren_vill_ej"_s)));
}

void TestInstrument::builtInV2_handledareItems_areQuestionsWithFittingAnchors()
{
    const auto v2 = Instrument::loadBuiltIn(2);
    QVERIFY2(v2.ok(), qPrintable(v2.errorMessage()));
    for (const Question* q : v2->questionsFor(Respondent::Handledare)) {
        if (q->indicator.isEmpty())
            continue;
        for (const QString& language : {u"sv"_s, u"en"_s, u"da"_s}) {
            QVERIFY2(q->text.text(language).endsWith(u'?'), qPrintable(q->key + u' ' + language));
            QVERIFY2(!q->text.text(language).contains(u':'), qPrintable(q->key));
        }
        for (const QString& anchor :
             {q->scale.minLabel.text(u"sv"_s), q->scale.maxLabel.text(u"sv"_s)})
            QVERIFY2(anchor != u"Mycket låg"_s && anchor != u"Mycket hög"_s, qPrintable(q->key));
    }
    const Question* lon = v2->question(u"h_lon"_s);
    QCOMPARE(lon->text.text(u"sv"_s), u"Hur realistisk är deltagarens bild av sin möjliga lön?"_s);
    QCOMPARE(lon->scale.minLabel.text(u"sv"_s), u"Inte alls realistisk"_s);
    QCOMPARE(lon->scale.maxLabel.text(u"sv"_s), u"Helt realistisk"_s);
    QCOMPARE(lon->scale.maxLabel.text(u"da"_s), u"Helt realistisk"_s);
}

void TestInstrument::fromJson_minimalInstrument_loads()
{
    const QByteArray bytes = minimalBytes();
    QVERIFY(!bytes.isEmpty());
    const auto instrument = Instrument::fromJson(bytes);
    QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
    QCOMPARE(instrument->id(), u"minimal"_s);
    QCOMPARE(instrument->indicators().size(), 3u);
    QCOMPARE(instrument->questions().size(), 5u);
    QCOMPARE(instrument->json(), bytes);
}

void TestInstrument::fromJson_indicatorCount_loads_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("3 indicators, the fewest a radar can draw") << 3;
    QTest::newRow("6 indicators") << 6;
    QTest::newRow("12 indicators") << 12;
}

void TestInstrument::fromJson_indicatorCount_loads()
{
    QFETCH(int, count);
    const auto instrument = Instrument::fromJson(instrumentWithIndicators(count));
    QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
    QCOMPARE(int(instrument->indicators().size()), count);
    QCOMPARE(int(instrument->questionsFor(Respondent::Deltagare).size()), count);
    QCOMPARE(instrument->indicators().back().key, u"indikator_%1"_s.arg(count - 1));
    QVERIFY(
        instrument->questionForIndicator(u"indikator_%1"_s.arg(count - 1), Respondent::Deltagare));
}

void TestInstrument::fromJson_optionalFieldsLeftOutOrNull_takeDefaults()
{
    Json document = minimalDocument();
    Json& question = document["questions"][0];
    question.erase("required");
    question.erase("sensitive");
    question["bipSignificant"] = nullptr;
    document["questions"][3]["indicator"] = nullptr;
    document["indicators"][0].erase("bipSignificant");
    const auto instrument = Instrument::fromJson(toBytes(document));
    QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
    const Question* q = instrument->question(u"d_halsa"_s);
    QVERIFY(q->required);
    QVERIFY(!q->sensitive);
    QVERIFY(!q->bipSignificant);
    QVERIFY(instrument->question(u"malmedvetenhet"_s)->indicator.isEmpty());
    QVERIFY(!instrument->indicators().front().bipSignificant);
}

void TestInstrument::fromJson_unknownKeys_areIgnored()
{
    Json document = minimalDocument();
    document["publisher"] = "Kommunen";
    document["questions"][0]["helpText"] = {{"sv", "Tänk på den senaste månaden."}};
    document["questions"][0]["scale"]["step"] = 1;
    document["questions"][4]["scale"]["options"][0]["colour"] = "#00aa00";
    const auto instrument = Instrument::fromJson(toBytes(document));
    QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
    QCOMPARE(instrument->questions().size(), 5u);
}

// The questions that rate an indicator share the first one's scale: min is checked before max.
void TestInstrument::fromJson_indicatorScales_minThenMaxAsTheFirst()
{
    const QByteArray bytes = instrumentWithIndicators(3);
    const Json document = Json::parse(bytes.cbegin(), bytes.cend());
    const int min = document["questions"][0]["scale"]["min"].get<int>();
    const int max = document["questions"][0]["scale"]["max"].get<int>();
    const auto refusal = [&](std::optional<int> newMin, std::optional<int> newMax) {
        Json changed = document;
        Json& scale = changed["questions"][2]["scale"];
        if (newMin)
            scale["min"] = *newMin;
        if (newMax)
            scale["max"] = *newMax;
        return Instrument::fromJson(toBytes(changed)).errorMessage();
    };
    const QString tail = u" like the other questions that rate an indicator (questions[0]): the "
                         u"radar chart has one scale"_s;
    QCOMPARE(refusal(min - 1, std::nullopt),
             u"questions[2].scale.min: must be %1"_s.arg(min) + tail);
    QCOMPARE(refusal(std::nullopt, max - 1),
             u"questions[2].scale.max: must be %1"_s.arg(max) + tail);
    QCOMPARE(refusal(min - 1, max - 1), u"questions[2].scale.min: must be %1"_s.arg(min) + tail);
    QCOMPARE(refusal(std::nullopt, std::nullopt), QString());
}

void TestInstrument::fromJson_brokenDocument_refusedNamingTheField_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("messageStart");
    QTest::addColumn<Error::Kind>("kind");

    const auto row = [](const char* name, const char* file, const char* start,
                        Error::Kind kind = Error::Kind::Invalid) {
        QTest::newRow(name) << QString::fromLatin1(file) << QString::fromUtf8(start) << kind;
    };
    // Syntax: the position instead of a path. The structure guard's words, as the exchange's.
    row("empty file", "empty-file.json", "The file is empty.");
    row("not JSON at all", "not-json.json", "line 1, column 1: not valid JSON");
    row("truncated", "truncated.json", "line 161, column 14: not valid JSON");
    row("text after the document", "trailing-garbage.json", "line 205, column 1: not valid JSON");
    row("ill-formed UTF-8", "invalid-utf8.json", "line 8, column 20: not valid JSON");
    row("number beyond a double", "number-overflow.json", "line 5, column 18: not valid JSON");
    row("duplicate JSON key", "duplicate-json-key.json",
        "questions[2]: the member \"key\" appears twice");
    // The document as a whole.
    row("top level is an array", "not-an-object.json", "the instrument must be a JSON object");
    row("wrong format", "wrong-format.json", "format: must be \"tilltro-instrument\"");
    row("newer formatVersion", "newer-format-version.json",
        "formatVersion: the instrument was made for a newer version of Tilltro",
        Error::Kind::Unsupported);
    row("older formatVersion", "older-format-version.json", "formatVersion: must be 1");
    row("id with capitals and space", "bad-id.json", "id: ");
    row("version is a string", "wrong-type-version.json", "version: must be a whole number");
    row("version 0", "version-zero.json", "version: must be 1 or more");
    row("version beyond int64", "huge-number.json", "version: must be a whole number from");
    row("name without texts", "empty-name.json", "name: must have a text");
    row("name keyed by a word", "bad-language-code.json",
        "name: \"svenska\" is not a language code");
    // Lists.
    row("duplicate non-answer key", "duplicate-non-answer-key.json",
        "nonAnswers[1].key: \"vet_ej\" is already the key of nonAnswers[0]");
    row("two indicators", "two-indicators.json", "indicators: must have at least 3 indicators");
    row("indicator nobody rates", "unrated-indicator.json", "indicators[1]: no question rates");
    row("questions missing", "missing-questions.json", "questions: is missing");
    row("questions empty", "empty-questions.json", "questions: must have at least one question");
    // Questions.
    row("duplicate question key", "duplicate-question-key.json",
        "questions[2].key: \"d_vardagen\" is already the key of questions[1]");
    row("unknown respondent", "bad-respondent.json", "questions[0].respondent: must be");
    row("unknown indicator", "unknown-indicator.json", "questions[1].indicator: \"ekonomi\"");
    row("second deltagare question for one indicator", "duplicate-indicator-question.json",
        "questions[1].indicator: \"halsa\" already has a question");
    row("question text missing", "missing-question-text.json", "questions[1].text: is missing");
    row("blank label", "blank-label.json", "questions[1].label.sv: must not be empty");
    row("required is a string", "required-not-bool.json", "questions[0].required: must be true");
    row("unknown non-answer", "unknown-non-answer.json",
        "questions[0].nonAnswers[1]: \"ej_aktuellt\"");
    row("nonAnswers is a string", "non-answers-not-array.json",
        "questions[0].nonAnswers: must be an array");
    // Scales.
    row("max not greater than min", "scale-max-not-greater.json",
        "questions[3].scale.max: must be greater than min");
    row("scale of 101 steps", "scale-too-wide.json", "questions[3].scale.max: must be at most 100");
    row("min with a fraction", "scale-min-not-integer.json",
        "questions[3].scale.min: must be a whole number");
    row("min beyond int", "scale-min-out-of-range.json",
        "questions[3].scale.min: must be a whole number from");
    row("unknown scale type", "unknown-scale-type.json", "questions[3].scale.type: must be");
    row("choice with one option", "choice-one-option.json",
        "questions[4].scale.options: must have at least two options");
    row("duplicate option key", "duplicate-option-key.json",
        "questions[4].scale.options[1].key: \"ja_absolut\" is already the key");
    row("option key that is a non-answer", "option-is-non-answer.json",
        "questions[4].scale.options[3].key: \"vet_ej\" is also the key of a non-answer");
    row("indicator question with a choice scale", "indicator-choice-scale.json",
        "questions[2].scale.type: must be \"numeric\"");
    row("indicator questions on different scales", "indicator-scale-mismatch.json",
        "questions[1].scale.max: must be 10 like the other questions");
}

void TestInstrument::fromJson_brokenDocument_refusedNamingTheField()
{
    QFETCH(QString, file);
    QFETCH(QString, messageStart);
    QFETCH(Error::Kind, kind);

    QFile f(dataPath(u"instruments/broken/"_s + file));
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
    const auto instrument = Instrument::fromJson(f.readAll());
    QVERIFY(!instrument.ok());
    QVERIFY2(instrument.errorMessage().startsWith(messageStart),
             qPrintable(instrument.errorMessage()));
    QCOMPARE(instrument.error().kind, kind);
}

void TestInstrument::fromJson_nesting100000Deep_refusedWithoutCrash()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    const auto instrument = Instrument::fromJson(deep);
    QVERIFY(!instrument.ok());
    QVERIFY2(instrument.errorMessage().endsWith(u": nested more than 64 levels deep"_s),
             qPrintable(instrument.errorMessage()));
}

void TestInstrument::fromJson_deepNestingUnderUnknownKey_refused()
{
    // Unknown keys are ignored, but only after the depth check has seen them.
    const auto instrument =
        Instrument::fromJson(withExtraMember(QByteArray(100000, '[') + QByteArray(100000, ']')));
    QVERIFY(!instrument.ok());
    QVERIFY2(instrument.errorMessage().startsWith(u"extra[0][0]"_s),
             qPrintable(instrument.errorMessage()));
    QVERIFY(instrument.errorMessage().endsWith(u"nested more than 64 levels deep"_s));
}

void TestInstrument::fromJson_nesting64Deep_loads()
{
    // The document object is level 1, so 63 arrays under it make 64 levels.
    const auto instrument =
        Instrument::fromJson(withExtraMember(QByteArray(63, '[') + QByteArray(63, ']')));
    QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
}

void TestInstrument::fromJson_documentOver4MiB_refusedBeforeParsing()
{
    // Valid apart from its size, so only the size check can refuse it.
    QByteArray bytes = minimalBytes();
    bytes.append(QByteArray(4 * 1024 * 1024 + 1 - bytes.size(), ' '));
    const auto instrument = Instrument::fromJson(bytes);
    QVERIFY(!instrument.ok());
    QCOMPARE(instrument.error().kind, Error::Kind::Invalid);
    QCOMPARE(instrument.errorMessage(),
             u"The document is larger than 4 MiB, the most Tilltro reads."_s);
}

void TestInstrument::fromJson_documentOfExactly4MiB_loads()
{
    QByteArray bytes = minimalBytes();
    bytes.append(QByteArray(4 * 1024 * 1024 - bytes.size(), ' '));
    const auto instrument = Instrument::fromJson(bytes);
    QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
    QCOMPARE(instrument->json().size(), 4 * 1024 * 1024);
}

void TestInstrument::accepts_data()
{
    QTest::addColumn<QString>("question");
    QTest::addColumn<Answer>("answer");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("numeric at min") << u"d_halsa"_s << Answer::number(1) << true;
    QTest::newRow("numeric at max") << u"d_halsa"_s << Answer::number(10) << true;
    QTest::newRow("numeric below min") << u"d_halsa"_s << Answer::number(0) << false;
    QTest::newRow("numeric above max") << u"d_halsa"_s << Answer::number(11) << false;
    QTest::newRow("non-answer the question offers")
        << u"d_halsa"_s << Answer::choice(u"vill_ej_svara"_s) << true;
    QTest::newRow("non-answer the question does not offer")
        << u"h_halsa"_s << Answer::choice(u"vill_ej_svara"_s) << false;
    QTest::newRow("non-answer of another question")
        << u"d_halsa"_s << Answer::choice(u"ej_aktuellt"_s) << false;
    QTest::newRow("unknown code on a numeric question")
        << u"d_halsa"_s << Answer::choice(u"vet_inte"_s) << false;
    QTest::newRow("option key on a numeric question")
        << u"d_halsa"_s << Answer::choice(u"nej"_s) << false;
    QTest::newRow("choice option") << u"tilltro"_s << Answer::choice(u"ja_absolut"_s) << true;
    QTest::newRow("option of another choice question")
        << u"tilltro"_s << Answer::choice(u"misstanke"_s) << false;
    QTest::newRow("number on a choice question") << u"tilltro"_s << Answer::number(1) << false;
    QTest::newRow("non-answer on a choice question")
        << u"vald"_s << Answer::choice(u"ej_aktuellt"_s) << true;
    QTest::newRow("empty answer") << u"d_halsa"_s << Answer{} << false;
    QTest::newRow("value and code together") << u"d_halsa"_s << Answer{5, u"vet_ej"_s} << false;
    QTest::newRow("unknown question") << u"okand"_s << Answer::number(5) << false;
}

void TestInstrument::accepts()
{
    QFETCH(QString, question);
    QFETCH(Answer, answer);
    QFETCH(bool, accepted);

    const auto instrument = Instrument::loadDefault();
    QVERIFY(instrument.ok());
    QCOMPARE(instrument->accepts(question, answer), accepted);
}

void TestInstrument::questionForIndicator_emptyKey_returnsNull()
{
    // Questions without an indicator have an empty indicator key; it must not match them.
    const auto instrument = Instrument::loadDefault();
    QVERIFY(instrument.ok());
    QVERIFY(!instrument->questionForIndicator({}, Respondent::Handledare));
}

void TestInstrument::localizedText_fallsBackToSwedishThenEnglishThenFirst_data()
{
    QTest::addColumn<QStringList>("texts"); // language, text, language, text...
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("expected");

    const QStringList all{u"da"_s, u"Dansk"_s, u"en"_s, u"English"_s, u"sv"_s, u"Svenska"_s};
    QTest::newRow("the language asked for") << all << u"da"_s << u"Dansk"_s;
    QTest::newRow("region falls back to its language") << all << u"en_GB"_s << u"English"_s;
    QTest::newRow("missing language gives Swedish") << all << u"fi"_s << u"Svenska"_s;
    QTest::newRow("no Swedish gives English")
        << QStringList{u"da"_s, u"Dansk"_s, u"en"_s, u"English"_s} << u"fi"_s << u"English"_s;
    QTest::newRow("neither gives the first")
        << QStringList{u"fi"_s, u"Suomi"_s, u"da"_s, u"Dansk"_s} << u"sv"_s << u"Dansk"_s;
    QTest::newRow("empty language") << all << QString() << u"Svenska"_s;
    QTest::newRow("no texts") << QStringList{} << u"sv"_s << QString();
}

void TestInstrument::localizedText_fallsBackToSwedishThenEnglishThenFirst()
{
    QFETCH(QStringList, texts);
    QFETCH(QString, language);
    QFETCH(QString, expected);

    LocalizedText text;
    for (qsizetype i = 0; i + 1 < texts.size(); i += 2)
        text.byLanguage.insert(texts[i], texts[i + 1]);
    QCOMPARE(text.text(language), expected);
}

QTEST_GUILESS_MAIN(TestInstrument)
#include "tst_instrument.moc"
