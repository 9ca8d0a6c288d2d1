#include "instrument.h"

#include "../json/jsonguard.h"
#include "../json/jsonreader.h"
#include "localizedreader.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <limits>
#include <optional>
#include <string>
#include <utility>

using namespace Qt::StringLiterals;

namespace tilltro {

namespace {

using Json = nlohmann::json;

constexpr std::int64_t MaxDocumentBytes = 4 * 1024 * 1024;
constexpr int MaxDepth = 64;               // no instrument needs more than 7 levels
constexpr std::int64_t MaxScaleSpan = 100; // max - min of a numeric scale
constexpr std::size_t MinIndicators = 3;   // a radar chart needs three axes

// Shared with the JSON exchange reader: one way to name a path and to quote document text in
// an error, one refusal and one wording for a value of the wrong type.
using json::array;
using json::boolean;
using json::jsonExplanation;
using json::object;
using json::optionalValue;
using json::quoted;
using json::Refusal;
using json::refuse;
using json::syntaxError;

/// A value in the document and the path that names it in messages.
using Field = json::Field<Json>;

QString member(const QString& parent, const QString& name)
{
    return json::memberPath(parent, name);
}

QString element(const QString& parent, std::size_t index)
{
    return json::elementPath(parent, static_cast<std::int64_t>(index));
}

/// What the structure guard lets through: at most 4 MiB, nested at most 64 levels (a hostile
/// document could make anything walking the tree run out of stack). Nothing else needs a bound
/// of its own: no text, number, object or count of values can be larger than the document.
json::JsonLimits structureLimits()
{
    json::JsonLimits limits;
    limits.maxDocumentBytes = MaxDocumentBytes;
    limits.maxStringBytes = MaxDocumentBytes;
    limits.maxNumberChars = static_cast<int>(MaxDocumentBytes);
    limits.maxDepth = MaxDepth;
    limits.maxMembers = MaxDocumentBytes;
    limits.maxValues = MaxDocumentBytes;
    return limits;
}

template <typename T> const T* findByKey(const std::vector<T>& items, const QString& key)
{
    const auto it =
        std::find_if(items.begin(), items.end(), [&key](const T& item) { return item.key == key; });
    return it == items.end() ? nullptr : &*it;
}

struct Contents {
    QString id;
    int version = 0;
    LocalizedText name;
    std::vector<NonAnswerDef> nonAnswers;
    std::vector<Indicator> indicators;
    std::vector<Question> questions;
    std::optional<std::vector<InsatsCategoryDef>> insatsCategories;
    std::optional<std::vector<EndReasonDef>> endReasons;
};

/// Validates a parsed document field by field (see docs/instrument-format.md). Members the
/// format does not know are ignored, so a newer Tilltro can add optional fields without this
/// version refusing its files.
class Reader {
    Q_DECLARE_TR_FUNCTIONS(Instrument)

public:
    /// The contents of `document`; throws Refusal naming the first field in error.
    static Contents read(const Json& document)
    {
        if (!document.is_object())
            refuse({}, tr("the instrument must be a JSON object ({...})"));
        readFormat(document);

        Contents contents;
        contents.id = key(field(document, "id", {}));
        const Field version = field(document, "version", {});
        contents.version = integer(version);
        if (contents.version < 1)
            refuse(version.path, tr("must be 1 or more"));
        contents.name = localized(field(document, "name", {}));

        contents.nonAnswers = keyedList<NonAnswerDef>(field(document, "nonAnswers", {}),
                                                      [](const Json&, const QString&, auto&) {});

        const Field indicators = field(document, "indicators", {});
        contents.indicators = keyedList<Indicator>(
            indicators, [](const Json& entry, const QString& path, Indicator& indicator) {
                indicator.bipSignificant = flag(entry, "bipSignificant", path, false);
            });
        if (contents.indicators.size() < MinIndicators) {
            refuse(indicators.path,
                   tr("must have at least %1 indicators: the radar chart needs three axes")
                       .arg(qulonglong{MinIndicators}));
        }

        contents.questions =
            questions(field(document, "questions", {}), contents.nonAnswers, contents.indicators);
        for (std::size_t i = 0; i < contents.indicators.size(); ++i) {
            const QString& indicatorKey = contents.indicators[i].key;
            if (std::none_of(contents.questions.begin(), contents.questions.end(),
                             [&](const Question& q) { return q.indicator == indicatorKey; })) {
                refuse(element(u"indicators"_s, i),
                       tr("no question rates this indicator, so its radar axis would be empty"));
            }
        }
        readInsatsLists(document, contents);
        return contents;
    }

    /// The optional `insatsCategories` and `endReasons` of `document` (an instrument, or the
    /// built-in lists).
    static void readInsatsLists(const Json& document, Contents& contents)
    {
        if (const Json* value = optionalValue(document, "insatsCategories")) {
            const Field list{*value, u"insatsCategories"_s};
            auto categories = keyedList<InsatsCategoryDef>(
                list, [](const Json& entry, const QString& path, InsatsCategoryDef& category) {
                    category.description = optionalLocalized(entry, "description", path);
                    category.jobOriented = flag(entry, "jobOriented", path, false);
                });
            const auto jobOriented = std::count_if(
                categories.begin(), categories.end(),
                [](const InsatsCategoryDef& category) { return category.jobOriented; });
            if (jobOriented != 1) {
                refuse(list.path, tr("exactly one category must have \"jobOriented\": true (it "
                                     "has %1): BIP's signals count insatser of that category as "
                                     "job-oriented")
                                      .arg(qlonglong{jobOriented}));
            }
            contents.insatsCategories = std::move(categories);
        }
        if (const Json* value = optionalValue(document, "endReasons")) {
            const Field list{*value, u"endReasons"_s};
            if (value->is_array() && value->empty())
                refuse(list.path, tr("must have at least one end reason"));
            contents.endReasons = keyedList<EndReasonDef>(
                list, [](const Json& entry, const QString& path, EndReasonDef& reason) {
                    reason.description = optionalLocalized(entry, "description", path);
                    if (const Json* outcome = optionalValue(entry, "outcome")) {
                        const Field f{*outcome, member(path, u"outcome"_s)};
                        const QString word = string(f);
                        if (word == "arbete"_L1)
                            reason.outcome = EndOutcome::Arbete;
                        else if (word == "studier"_L1)
                            reason.outcome = EndOutcome::Studier;
                        else
                            refuse(f.path, tr("must be \"arbete\" or \"studier\", or left out"));
                    }
                });
        }
    }

    /// The built-in lists' document: {"format": "tilltro-insats-lists", "formatVersion": 1,
    /// "insatsCategories": [...], "endReasons": [...]}, both required.
    static Contents readListsDocument(const Json& document)
    {
        if (!document.is_object() ||
            string(field(document, "format", {})) != "tilltro-insats-lists"_L1) {
            refuse(u"format"_s, tr("must be \"tilltro-insats-lists\""));
        }
        Contents contents;
        field(document, "insatsCategories", {});
        field(document, "endReasons", {});
        readInsatsLists(document, contents);
        return contents;
    }

private:
    static void readFormat(const Json& document)
    {
        const Field format = field(document, "format", {});
        if (string(format) != "tilltro-instrument"_L1) {
            refuse(format.path,
                   tr("must be \"tilltro-instrument\"; this is not a Tilltro instrument"));
        }
        const Field formatVersion = field(document, "formatVersion", {});
        const int version = integer(formatVersion);
        if (version > Instrument::FormatVersion) {
            refuse(formatVersion.path,
                   tr("the instrument was made for a newer version of Tilltro (format version "
                      "%1; this version reads %2). Update Tilltro to use it.")
                       .arg(version)
                       .arg(Instrument::FormatVersion),
                   Error::Kind::Unsupported);
        }
        if (version != Instrument::FormatVersion)
            refuse(formatVersion.path, tr("must be %1").arg(Instrument::FormatVersion));
    }

    static std::vector<Question> questions(const Field& list,
                                           const std::vector<NonAnswerDef>& nonAnswers,
                                           const std::vector<Indicator>& indicators)
    {
        QHash<QString, QString> ratedBy;  // "indicator/respondent" -> path of its question
        std::optional<Scale> sharedScale; // of the questions that rate an indicator
        QString sharedScalePath;

        auto result = keyedList<Question>(list, [&](const Json& entry, const QString& path,
                                                    Question& question) {
            const Field respondentField = field(entry, "respondent", path);
            const QString respondentCode = string(respondentField);
            if (respondentCode == "deltagare"_L1)
                question.respondent = Respondent::Deltagare;
            else if (respondentCode == "handledare"_L1)
                question.respondent = Respondent::Handledare;
            else
                refuse(respondentField.path, tr("must be \"deltagare\" or \"handledare\""));

            if (const Json* indicatorValue = optionalValue(entry, "indicator")) {
                const Field indicator{*indicatorValue, member(path, u"indicator"_s)};
                question.indicator = string(indicator);
                if (!findByKey(indicators, question.indicator)) {
                    refuse(indicator.path, tr("%1 is not one of the instrument's indicators")
                                               .arg(quoted(question.indicator)));
                }
                const QString pair = question.indicator + u'/' + respondentCode;
                if (const auto it = ratedBy.constFind(pair); it != ratedBy.cend()) {
                    refuse(indicator.path,
                           tr("%1 already has a question for the %2 (%3)")
                               .arg(quoted(question.indicator), respondentCode, it.value()));
                }
                ratedBy.insert(pair, path);
            }

            question.text = localized(field(entry, "text", path));
            const Field scaleField = field(entry, "scale", path);
            question.scale = scale(scaleField, nonAnswers);
            if (!question.indicator.isEmpty()) {
                if (question.scale.type != Scale::Type::Numeric) {
                    refuse(member(scaleField.path, u"type"_s),
                           tr("must be \"numeric\": the question rates an indicator"));
                }
                if (!sharedScale) {
                    sharedScale = question.scale;
                    sharedScalePath = path;
                }
                // The same min, then the same max, as the first such question.
                for (const auto& [name, end] :
                     {std::pair{u"min"_s, &Scale::min}, std::pair{u"max"_s, &Scale::max}}) {
                    if (question.scale.*end != (*sharedScale).*end) {
                        refuse(member(scaleField.path, name),
                               tr("must be %1 like the other questions that rate an indicator "
                                  "(%2): the radar chart has one scale")
                                   .arg((*sharedScale).*end)
                                   .arg(sharedScalePath));
                    }
                }
            }

            const Field accepted = field(entry, "nonAnswers", path);
            const Json& codes = array(accepted);
            for (std::size_t i = 0; i < codes.size(); ++i) {
                const Field code{codes[i], element(accepted.path, i)};
                const QString nonAnswer = string(code);
                if (!findByKey(nonAnswers, nonAnswer)) {
                    refuse(
                        code.path,
                        tr("%1 is not one of the instrument's nonAnswers").arg(quoted(nonAnswer)));
                }
                if (question.nonAnswers.contains(nonAnswer))
                    refuse(code.path, tr("%1 is listed twice").arg(quoted(nonAnswer)));
                question.nonAnswers.append(nonAnswer);
            }

            question.required = flag(entry, "required", path, true);
            question.sensitive = flag(entry, "sensitive", path, false);
            question.bipSignificant = flag(entry, "bipSignificant", path, false);
            if (const Json* easyRead = optionalValue(entry, "easyRead")) {
                question.easyRead = instrumentreading::easyReadEntry(
                    Field{*easyRead, member(path, u"easyRead"_s)}, question);
            }
        });
        if (result.empty())
            refuse(list.path, tr("must have at least one question"));
        return result;
    }

    static Scale scale(const Field& scaleField, const std::vector<NonAnswerDef>& nonAnswers)
    {
        const Json& entry = object(scaleField);
        const QString& path = scaleField.path;
        Scale result;
        const Field type = field(entry, "type", path);
        const QString typeName = string(type);
        if (typeName == "numeric"_L1) {
            result.type = Scale::Type::Numeric;
            result.min = integer(field(entry, "min", path));
            const Field max = field(entry, "max", path);
            result.max = integer(max);
            if (result.max <= result.min)
                refuse(max.path, tr("must be greater than min"));
            if (static_cast<std::int64_t>(result.max) - result.min > MaxScaleSpan) {
                refuse(max.path,
                       tr("must be at most %1 more than min").arg(qlonglong{MaxScaleSpan}));
            }
            result.minLabel = localized(field(entry, "minLabel", path));
            result.maxLabel = localized(field(entry, "maxLabel", path));
        } else if (typeName == "choice"_L1) {
            result.type = Scale::Type::Choice;
            const Field options = field(entry, "options", path);
            result.options = keyedList<ScaleOption>(
                options, [&nonAnswers](const Json&, const QString& optionPath, ScaleOption& o) {
                    // Answer::code holds either an option or a non-answer: they must differ.
                    if (findByKey(nonAnswers, o.key)) {
                        refuse(member(optionPath, u"key"_s),
                               tr("%1 is also the key of a non-answer, so the two answers could "
                                  "not be told apart")
                                   .arg(quoted(o.key)));
                    }
                });
            if (result.options.size() < 2)
                refuse(options.path, tr("must have at least two options"));
        } else {
            refuse(type.path, tr("must be \"numeric\" or \"choice\""));
        }
        return result;
    }

    /// An array of objects with a unique `key` and a `label`; `readRest(entry, path, item)`
    /// reads whatever else an item has.
    template <typename T, typename ReadRest>
    static std::vector<T> keyedList(const Field& list, ReadRest readRest)
    {
        const Json& entries = array(list);
        std::vector<T> result;
        result.reserve(entries.size());
        QHash<QString, QString> pathByKey;
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const QString path = element(list.path, i);
            const Json& entry = object(Field{entries[i], path});
            T item;
            const Field keyField = field(entry, "key", path);
            item.key = key(keyField);
            if (const auto it = pathByKey.constFind(item.key); it != pathByKey.cend()) {
                refuse(keyField.path,
                       tr("%1 is already the key of %2").arg(quoted(item.key), it.value()));
            }
            pathByKey.insert(item.key, path);
            item.label = localized(field(entry, "label", path));
            readRest(entry, path, item);
            result.push_back(std::move(item));
        }
        return result;
    }

    static Field field(const Json& object, const char* name, const QString& parent)
    {
        const QString path = member(parent, QString::fromLatin1(name));
        const auto it = object.find(name);
        if (it == object.end())
            refuse(path, tr("is missing"));
        return {*it, path};
    }

    static QString string(const Field& f)
    {
        if (!f.value.is_string())
            refuse(f.path, tr("must be a string"));
        QString text = QString::fromStdString(f.value.get_ref<const std::string&>());
        if (text.trimmed().isEmpty())
            refuse(f.path, tr("must not be empty"));
        return text;
    }

    /// A string of a-z, 0-9, _ and -: it is stored in the database and in exports.
    static QString key(const Field& f)
    {
        QString text = string(f);
        if (!isInstrumentKey(text))
            refuse(f.path, tr("%1 may contain only a-z, 0-9, _ and -").arg(quoted(text)));
        return text;
    }

    static int integer(const Field& f)
    {
        constexpr int low = std::numeric_limits<int>::min();
        constexpr int high = std::numeric_limits<int>::max();
        const Json& v = f.value;
        if (v.is_number_unsigned()) {
            if (const auto n = v.get<std::uint64_t>(); n <= static_cast<std::uint64_t>(high))
                return static_cast<int>(n);
        } else if (v.is_number_integer()) {
            if (const auto n = v.get<std::int64_t>(); n >= low && n <= high)
                return static_cast<int>(n);
        } else if (!v.is_number_float() || std::abs(v.get<double>()) <= high) {
            // 10.0 and 1e1 are refused too: a whole number is written as one.
            refuse(f.path, tr("must be a whole number"));
        }
        refuse(f.path, tr("must be a whole number from %1 to %2").arg(low).arg(high));
    }

    /// The optional boolean `name`, or `fallback` when it is left out or null.
    static bool flag(const Json& object, const char* name, const QString& parent, bool fallback)
    {
        const Json* value = optionalValue(object, name);
        if (!value)
            return fallback;
        return boolean(Field{*value, member(parent, QString::fromLatin1(name))});
    }

    static LocalizedText localized(const Field& f)
    {
        return instrumentreading::localizedText(f, &Reader::string);
    }

    /// The optional texts `name` of `object`; none when left out or null.
    static LocalizedText optionalLocalized(const Json& object, const char* name,
                                           const QString& parent)
    {
        const Json* value = optionalValue(object, name);
        if (!value)
            return {};
        return localized(Field{*value, member(parent, QString::fromLatin1(name))});
    }
};

} // namespace

LocalizedText instrumentreading::localizedText(const json::Field<nlohmann::json>& f,
                                               const TextReader& text)
{
    // A language code such as "sv", "en", "se" or "sv-FI".
    static const QRegularExpression languageCode(u"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$"_s);
    if (!f.value.is_object())
        refuse(f.path,
               QCoreApplication::translate(
                   "Instrument", "must be an object of texts by language, e.g. {\"sv\": \"...\"}"));
    if (f.value.empty())
        refuse(f.path, QCoreApplication::translate("Instrument",
                                                   "must have a text in at least one language"));
    LocalizedText result;
    for (auto it = f.value.begin(); it != f.value.end(); ++it) {
        const QString language = QString::fromStdString(it.key());
        if (!languageCode.match(language).hasMatch()) {
            refuse(f.path, QCoreApplication::translate(
                               "Instrument", "%1 is not a language code such as \"sv\" or \"en\"")
                               .arg(quoted(language)));
        }
        result.byLanguage.insert(language, text({it.value(), member(f.path, language)}));
    }
    return result;
}

QString LocalizedText::text(const QString& language) const
{
    if (byLanguage.isEmpty())
        return {};
    // "sv_SE" (QLocale::name()) and "sv-SE" find "sv" when there is no text for the region.
    const QString primary = language.section(u'_', 0, 0).section(u'-', 0, 0);
    for (const QString& candidate : {language, primary, u"sv"_s, u"en"_s}) {
        if (const auto it = byLanguage.constFind(candidate); it != byLanguage.cend())
            return it.value();
    }
    return byLanguage.first();
}

Result<Instrument> Instrument::fromJson(const QByteArray& json)
{
    // The guard refuses what nlohmann::json would otherwise accept silently or at great cost (a
    // member twice in one object: the tree keeps only the last; deep nesting) and names the line
    // and column of a syntax error. It builds nothing, so a refused document costs no memory.
    if (auto sound = json::checkJsonStructure(json, structureLimits()); !sound)
        return sound.error();
    try {
        const Json document = Json::parse(json.cbegin(), json.cend(), nullptr, true);
        Contents contents = Reader::read(document);

        Instrument instrument;
        instrument.m_id = std::move(contents.id);
        instrument.m_version = contents.version;
        instrument.m_name = std::move(contents.name);
        instrument.m_json = json;
        instrument.m_nonAnswers = std::move(contents.nonAnswers);
        instrument.m_indicators = std::move(contents.indicators);
        instrument.m_questions = std::move(contents.questions);
        instrument.m_ownInsatsLists = contents.insatsCategories || contents.endReasons;
        instrument.m_insatsLists.categories = contents.insatsCategories
                                                  ? std::move(*contents.insatsCategories)
                                                  : InsatsLists::defaults().categories;
        instrument.m_insatsLists.endReasons = contents.endReasons
                                                  ? std::move(*contents.endReasons)
                                                  : InsatsLists::defaults().endReasons;
        return instrument;
    } catch (const Refusal& refusal) {
        return refusal.error;
    } catch (const Json::parse_error& ex) {
        return syntaxError(json, ex.byte, ex);
    } catch (const Json::exception& ex) {
        return makeError(Error::Kind::Invalid, QCoreApplication::translate(
                                                   "Instrument", "The instrument is not valid: %1")
                                                   .arg(jsonExplanation(ex.what())));
    } catch (const std::exception& ex) { // e.g. std::bad_alloc
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("Instrument", "The instrument could not be read: %1")
                .arg(QString::fromLocal8Bit(ex.what())));
    }
}

bool isInstrumentKey(const QString& text)
{
    return !text.isEmpty() && std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
    });
}

const InsatsLists& InsatsLists::defaults()
{
    static const InsatsLists lists = [] {
        QFile file(u":/instruments/insats-lists.json"_s);
        if (!file.open(QIODevice::ReadOnly))
            qFatal("The built-in insats lists are missing from the resources");
        const QByteArray bytes = file.readAll();
        try {
            Contents contents =
                Reader::readListsDocument(Json::parse(bytes.cbegin(), bytes.cend(), nullptr, true));
            return InsatsLists{std::move(*contents.insatsCategories),
                               std::move(*contents.endReasons)};
        } catch (const Refusal& refusal) {
            qFatal("The built-in insats lists are not valid: %s",
                   qPrintable(refusal.error.message));
        } catch (const std::exception& ex) {
            qFatal("The built-in insats lists are not valid: %s", ex.what());
        }
    }();
    return lists;
}

const InsatsCategoryDef* InsatsLists::category(const QString& key) const
{
    return findByKey(categories, key);
}

const EndReasonDef* InsatsLists::endReason(const QString& key) const
{
    return findByKey(endReasons, key);
}

std::vector<InsatsCategoryDef> InsatsLists::categoriesWithBuiltIn() const
{
    std::vector<InsatsCategoryDef> all = categories;
    for (const InsatsCategoryDef& builtIn : defaults().categories) {
        if (!category(builtIn.key))
            all.push_back(builtIn);
    }
    return all;
}

QString InsatsLists::jobOrientedCategory() const
{
    for (const InsatsCategoryDef& c : categories) {
        if (c.jobOriented)
            return c.key;
    }
    return {};
}

QString InsatsLists::categoryLabel(const QString& key, const QString& language) const
{
    if (const InsatsCategoryDef* c = category(key))
        return c->label.text(language);
    const InsatsCategoryDef* builtIn = defaults().category(key);
    return builtIn ? builtIn->label.text(language) : key;
}

QString InsatsLists::endReasonLabel(const QString& key, const QString& language) const
{
    if (const EndReasonDef* r = endReason(key))
        return r->label.text(language);
    const EndReasonDef* builtIn = defaults().endReason(key);
    return builtIn ? builtIn->label.text(language) : key;
}

QString InsatsLists::inSentence(const QString& label)
{
    if (label.size() < 2 || !label.at(1).isLower())
        return label;
    return label.at(0).toLower() + label.mid(1);
}

EndOutcome InsatsLists::outcomeOf(const QString& key) const
{
    // A reason recorded under the built-in list keeps what it counted as (as its words do).
    if (const EndReasonDef* r = endReason(key))
        return r->outcome;
    const EndReasonDef* builtIn = defaults().endReason(key);
    return builtIn ? builtIn->outcome : EndOutcome::Other;
}

std::size_t InsatsLists::categoryPosition(const QString& key) const
{
    const InsatsCategoryDef* c = category(key);
    return c ? static_cast<std::size_t>(c - categories.data()) : categories.size();
}

Result<Instrument> Instrument::loadDefault()
{
    return loadBuiltIn(DefaultVersion);
}

Result<Instrument> Instrument::loadBuiltIn(int version)
{
    QFile file(u":/instruments/skapa-bip-v%1.json"_s.arg(version));
    if (!file.open(QIODevice::ReadOnly)) {
        if (version == DefaultVersion) {
            return makeError(Error::Kind::NotFound,
                             QCoreApplication::translate("Instrument",
                                                         "The default instrument is missing from "
                                                         "this build of Tilltro: %1")
                                 .arg(file.errorString()));
        }
        return makeError(Error::Kind::NotFound,
                         QCoreApplication::translate(
                             "Instrument", "Version %1 of the SKAPA instrument is not built into "
                                           "this version of Tilltro.")
                             .arg(version));
    }
    return fromJson(file.readAll());
}

std::vector<const Question*> Instrument::questionsFor(Respondent respondent) const
{
    std::vector<const Question*> result;
    for (const Question& q : m_questions) {
        if (q.respondent == respondent)
            result.push_back(&q);
    }
    return result;
}

const Question* Instrument::question(const QString& key) const
{
    return findByKey(m_questions, key);
}

const Indicator* Instrument::indicator(const QString& key) const
{
    return findByKey(m_indicators, key);
}

const NonAnswerDef* Instrument::nonAnswer(const QString& key) const
{
    return findByKey(m_nonAnswers, key);
}

const Question* Instrument::questionForIndicator(const QString& indicatorKey,
                                                 Respondent respondent) const
{
    if (indicatorKey.isEmpty())
        return nullptr;
    const auto it = std::find_if(m_questions.begin(), m_questions.end(), [&](const Question& q) {
        return q.indicator == indicatorKey && q.respondent == respondent;
    });
    return it == m_questions.end() ? nullptr : &*it;
}

bool Instrument::accepts(const QString& key, const Answer& answer) const
{
    const Question* q = question(key);
    if (!q || answer.isEmpty())
        return false;
    if (answer.value) {
        return answer.code.isEmpty() && q->scale.type == Scale::Type::Numeric &&
               *answer.value >= q->scale.min && *answer.value <= q->scale.max;
    }
    if (q->nonAnswers.contains(answer.code))
        return true;
    return q->scale.type == Scale::Type::Choice && findByKey(q->scale.options, answer.code);
}

} // namespace tilltro
