#include "statisticsjson.h"

#include <QCoreApplication>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <functional>

#include "../domain/csv.h"
#include "../domain/insats.h"
#include "../json/jsonguard.h"
#include "../json/jsonreader.h"

using namespace Qt::StringLiterals;

namespace tilltro::exchange {

namespace {

using Json = nlohmann::ordered_json;
using analysis::GroupChange;
using analysis::IndicatorChange;
using analysis::MinimumGroup;
using analysis::OutcomeRow;
using analysis::TilltroGroup;
using analysis::UnitStatistics;

// --- Writing ---------------------------------------------------------------------------------

Json orNull(const std::optional<int>& v)
{
    return v ? Json(*v) : Json(nullptr);
}

Json orNull(const std::optional<double>& v)
{
    return v ? Json(*v) : Json(nullptr);
}

Json dateOrNull(const QDate& d)
{
    return d.isValid() ? Json(d.toString(Qt::ISODate).toStdString()) : Json(nullptr);
}

Json indicatorsJson(const std::vector<IndicatorChange>& list)
{
    Json array = Json::array();
    for (const IndicatorChange& c : list) {
        array.push_back({{"key", c.key.toStdString()},
                         {"n", orNull(c.n)},
                         {"median", orNull(c.median)},
                         {"q1", orNull(c.q1)},
                         {"q3", orNull(c.q3)},
                         {"improved", orNull(c.improved)},
                         {"unchanged", orNull(c.unchanged)},
                         {"worsened", orNull(c.worsened)}});
    }
    return array;
}

Json groupJson(const GroupChange& g)
{
    return {{"participants", orNull(g.participants)}, {"indicators", indicatorsJson(g.indicators)}};
}

// --- Reading ---------------------------------------------------------------------------------

using json::Field;
using json::refuse;

const Json& member(const Field<Json>& object, const char* name)
{
    const auto it = object.value.find(name);
    if (it == object.value.end())
        refuse(json::memberPath(object.path, QString::fromLatin1(name)),
               QCoreApplication::translate("Statistics", "is missing"));
    return *it;
}

Field<Json> field(const Field<Json>& object, const char* name)
{
    return {member(object, name), json::memberPath(object.path, QString::fromLatin1(name))};
}

std::optional<int> count(const Field<Json>& object, const char* name)
{
    const Field<Json> f = field(object, name);
    if (f.value.is_null())
        return std::nullopt;
    if (!f.value.is_number_integer() || f.value.get<std::int64_t>() < 0 ||
        f.value.get<std::int64_t>() > 100'000'000)
        refuse(f.path, QCoreApplication::translate("Statistics",
                                                   "must be a whole number, 0 or more, or null"));
    const int n = static_cast<int>(f.value.get<std::int64_t>());
    if (n > 0 && n < MinimumGroup)
        refuse(f.path, QCoreApplication::translate(
                           "Statistics",
                           "is %1: a figure under 5 deltagare must be null (the summary is not "
                           "anonymous)")
                           .arg(n));
    return n;
}

std::optional<double> number(const Field<Json>& object, const char* name, bool isShare)
{
    const Field<Json> f = field(object, name);
    if (f.value.is_null())
        return std::nullopt;
    if (!f.value.is_number() || !std::isfinite(f.value.get<double>()))
        refuse(f.path, QCoreApplication::translate("Statistics", "must be a number or null"));
    const double v = f.value.get<double>();
    if (isShare && (v < 0 || v > 1))
        refuse(f.path, QCoreApplication::translate("Statistics",
                                                   "must be a share between 0 and 1, or null"));
    if (!isShare && std::fabs(v) > 1000)
        refuse(f.path, QCoreApplication::translate("Statistics",
                                                   "must be a change on the instrument's scale"));
    return v;
}

/// A figure computed over a group of `n` must be null when the group is under 5.
template <typename T>
void requireSuppressed(const Field<Json>& object, const char* name, const std::optional<T>& v,
                       const std::optional<int>& n)
{
    if (v && (!n || *n < MinimumGroup))
        refuse(json::memberPath(object.path, QString::fromLatin1(name)),
               QCoreApplication::translate(
                   "Statistics",
                   "must be null: it rests on fewer than 5 deltagare (the summary is not "
                   "anonymous)"));
}

/// The cells of a partition of `whole` deltagare, given as shares (or counts): each shown cell
/// must hold 0 or at least 5 deltagare, and so must the hidden ones together (the whole minus
/// the shown), or one could be worked out by subtraction.
void requirePartition(const QString& path, const std::vector<std::optional<double>>& shares,
                      const std::optional<int>& whole, bool areCounts = false)
{
    if (!whole || *whole <= 0)
        return;
    int shown = 0;
    for (const auto& share : shares) {
        if (!share)
            continue;
        const int n = areCounts ? int(std::lround(*share)) : int(std::lround(*share * *whole));
        if (n > 0 && n < MinimumGroup)
            refuse(path,
                   QCoreApplication::translate(
                       "Statistics", "shows a part of %1 deltagare (the summary is not anonymous)")
                       .arg(n));
        shown += n;
    }
    const int hidden = *whole - shown;
    if (hidden < 0)
        refuse(path, QCoreApplication::translate("Statistics",
                                                 "shows more deltagare than its group has"));
    if (hidden > 0 && hidden < MinimumGroup)
        refuse(path, QCoreApplication::translate(
                         "Statistics",
                         "lets %1 hidden deltagare be worked out by subtraction (the summary is "
                         "not anonymous)")
                         .arg(std::max(hidden, 0)));
}

std::optional<double> asNumber(const std::optional<int>& v)
{
    return v ? std::optional<double>(*v) : std::nullopt;
}

QString keyOf(const Field<Json>& object)
{
    const Field<Json> f = field(object, "key");
    if (!f.value.is_string() || f.value.get<std::string>().empty() ||
        f.value.get<std::string>().size() > 100)
        refuse(f.path, QCoreApplication::translate("Statistics", "must be a key (text)"));
    return QString::fromStdString(f.value.get<std::string>());
}

std::vector<IndicatorChange> readIndicators(const Field<Json>& f)
{
    std::vector<IndicatorChange> list;
    const Json& array = json::array(f);
    for (std::size_t i = 0; i < array.size(); ++i) {
        const Field<Json> item{array[i], json::elementPath(f.path, std::int64_t(i))};
        json::object(item);
        IndicatorChange c;
        c.key = keyOf(item);
        c.n = count(item, "n");
        c.median = number(item, "median", false);
        c.q1 = number(item, "q1", false);
        c.q3 = number(item, "q3", false);
        c.improved = number(item, "improved", true);
        c.unchanged = number(item, "unchanged", true);
        c.worsened = number(item, "worsened", true);
        requireSuppressed(item, "median", c.median, c.n);
        requireSuppressed(item, "q1", c.q1, c.n);
        requireSuppressed(item, "q3", c.q3, c.n);
        requireSuppressed(item, "improved", c.improved, c.n);
        requireSuppressed(item, "unchanged", c.unchanged, c.n);
        requireSuppressed(item, "worsened", c.worsened, c.n);
        requirePartition(item.path, {c.improved, c.unchanged, c.worsened}, c.n);
        list.push_back(c);
    }
    return list;
}

GroupChange readGroup(const Field<Json>& f)
{
    json::object(f);
    return {count(f, "participants"), readIndicators(field(f, "indicators"))};
}

QDate readDate(const Field<Json>& object, const char* name, bool required)
{
    const Field<Json> f = field(object, name);
    if (f.value.is_null() && !required)
        return {};
    const QDate d =
        f.value.is_string()
            ? QDate::fromString(QString::fromStdString(f.value.get<std::string>()), Qt::ISODate)
            : QDate();
    if (!d.isValid())
        refuse(f.path,
               required ? QCoreApplication::translate("Statistics", "must be a date (YYYY-MM-DD)")
                        : QCoreApplication::translate("Statistics",
                                                      "must be a date (YYYY-MM-DD) or null"));
    return d;
}

UnitStatistics readSummary(const Json& document)
{
    const Field<Json> top{document, QString()};
    json::object(top);
    const Field<Json> format = field(top, "format");
    if (!format.value.is_string() || format.value.get<std::string>() != StatisticsFormat)
        refuse(format.path,
               QCoreApplication::translate(
                   "Statistics", "must be \"tilltro-statistics\": this is not a statistics "
                                 "summary from Tilltro"));
    const Field<Json> version = field(top, "version");
    if (!version.value.is_number_integer() ||
        version.value.get<std::int64_t>() != StatisticsFormatVersion)
        refuse(version.path,
               QCoreApplication::translate(
                   "Statistics", "must be 1: this program reads version 1 of the summary"));

    UnitStatistics s;
    const Field<Json> period = field(top, "period");
    json::object(period);
    s.from = readDate(period, "from", false);
    s.to = readDate(period, "to", true);
    const Field<Json> sources = field(top, "sources");
    if (!sources.value.is_number_integer() || sources.value.get<std::int64_t>() < 1 ||
        sources.value.get<std::int64_t>() > 100000)
        refuse(sources.path,
               QCoreApplication::translate("Statistics", "must be a whole number, 1 or more"));
    s.sources = static_cast<int>(sources.value.get<std::int64_t>());
    s.participants = count(top, "participants");
    s.occasions = count(top, "occasions");
    s.withTwoOccasions = count(top, "withTwoOccasions");
    s.overdue = count(top, "overdue");
    s.parallelShare = number(top, "parallelShare", true);
    s.parallelWithJobOrientedShare = number(top, "parallelWithJobOrientedShare", true);
    s.handledareChangeShare = number(top, "handledareChangeShare", true);
    requireSuppressed(top, "parallelShare", s.parallelShare, s.participants);
    requireSuppressed(top, "parallelWithJobOrientedShare", s.parallelWithJobOrientedShare,
                      s.participants);
    requireSuppressed(top, "handledareChangeShare", s.handledareChangeShare, s.participants);
    for (const char* name :
         {"parallelShare", "parallelWithJobOrientedShare", "handledareChangeShare"}) {
        const auto share = number(top, name, true);
        const auto rest = share ? std::optional<double>(1.0 - *share) : std::nullopt;
        requirePartition(json::memberPath({}, QString::fromLatin1(name)), {share, rest},
                         s.participants);
    }
    for (const auto& [name, part] :
         {std::pair{"withTwoOccasions", s.withTwoOccasions}, std::pair{"overdue", s.overdue}}) {
        const auto rest =
            part && s.participants ? std::optional<double>(*s.participants - *part) : std::nullopt;
        if (part)
            requirePartition(json::memberPath({}, QString::fromLatin1(name)),
                             {asNumber(part), rest}, s.participants, true);
    }
    s.withTilltro = count(top, "withTilltro");
    if (s.withTilltro && s.participants)
        requirePartition(json::memberPath({}, QString::fromLatin1("withTilltro")),
                         {asNumber(s.withTilltro), double(*s.participants - *s.withTilltro)},
                         s.participants, true);
    const Field<Json> instrument = field(top, "instrument");
    json::object(instrument);
    s.instrumentKey = keyOf(instrument);
    const Field<Json> instrumentVersion = field(instrument, "version");
    if (!instrumentVersion.value.is_number_integer() ||
        instrumentVersion.value.get<std::int64_t>() < 0 ||
        instrumentVersion.value.get<std::int64_t>() > 100000)
        refuse(instrumentVersion.path,
               QCoreApplication::translate("Statistics", "must be a whole number, 0 or more"));
    s.instrumentVersion = static_cast<int>(instrumentVersion.value.get<std::int64_t>());
    const Field<Json> filters = field(top, "filters");
    json::object(filters);
    s.filteredByHandledare = json::boolean(field(filters, "handledare"));
    const Field<Json> filterCategory = field(filters, "category");
    if (!filterCategory.value.is_null()) {
        const QString key = filterCategory.value.is_string()
                                ? QString::fromStdString(filterCategory.value.get<std::string>())
                                : QString();
        if (isInstrumentKey(key))
            s.filteredCategory = key;
        else
            refuse(filterCategory.path,
                   QCoreApplication::translate("Statistics", "must be an insats category or null"));
    }
    s.indicators = readIndicators(field(top, "indicators"));
    s.handledareIndicators = readIndicators(field(top, "handledareIndicators"));
    const Field<Json> continuity = field(top, "continuity");
    json::object(continuity);
    s.withHandledareChange = readGroup(field(continuity, "withChange"));
    s.withoutHandledareChange = readGroup(field(continuity, "withoutChange"));
    requirePartition(continuity.path,
                     {asNumber(s.withHandledareChange.participants),
                      asNumber(s.withoutHandledareChange.participants)},
                     s.participants, true);

    const Field<Json> tilltro = field(top, "tilltro");
    const Json& groups = json::array(tilltro);
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const Field<Json> item{groups[i], json::elementPath(tilltro.path, std::int64_t(i))};
        json::object(item);
        TilltroGroup t;
        t.key = keyOf(item);
        t.group.participants = count(item, "participants");
        t.share = number(item, "share", true);
        t.group.indicators = readIndicators(field(item, "indicators"));
        // The share is of all the deltagare with a tilltro, so a group of 0 may have one.
        if (t.share && !t.group.participants)
            requireSuppressed(item, "share", t.share, t.group.participants);
        s.tilltro.push_back(t);
    }
    std::vector<std::optional<double>> tilltroGroups;
    for (const TilltroGroup& t : s.tilltro)
        tilltroGroups.push_back(asNumber(t.group.participants));
    requirePartition(tilltro.path, tilltroGroups, s.participants, true);

    const Field<Json> outcomes = field(top, "outcomes");
    const Json& rows = json::array(outcomes);
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const Field<Json> item{rows[i], json::elementPath(outcomes.path, std::int64_t(i))};
        json::object(item);
        OutcomeRow row;
        const Field<Json> insatser = field(item, "insatser");
        const Json& categories = json::array(insatser);
        for (std::size_t c = 0; c < categories.size(); ++c) {
            const Field<Json> category{categories[c],
                                       json::elementPath(insatser.path, std::int64_t(c))};
            const QString key = category.value.is_string()
                                    ? QString::fromStdString(category.value.get<std::string>())
                                    : QString();
            if (!isInstrumentKey(key))
                refuse(category.path, QCoreApplication::translate(
                                          "Statistics", "must be the key of an insats category "
                                                        "(a-z, 0-9, _ and -, such as \"social\")"));
            if (std::find(row.combination.begin(), row.combination.end(), key) !=
                row.combination.end())
                refuse(category.path,
                       QCoreApplication::translate("Statistics", "%1 is listed twice")
                           .arg(json::quoted(key)));
            row.combination.push_back(key);
        }
        row.ended = count(item, "ended");
        row.arbete = count(item, "arbete");
        row.studier = count(item, "studier");
        row.other = count(item, "other");
        requireSuppressed(item, "arbete", row.arbete, row.ended);
        requireSuppressed(item, "studier", row.studier, row.ended);
        requireSuppressed(item, "other", row.other, row.ended);
        requirePartition(item.path,
                         {asNumber(row.arbete), asNumber(row.studier), asNumber(row.other)},
                         row.ended, true);
        s.outcomes.push_back(row);
    }
    return s;
}

// --- CSV -------------------------------------------------------------------------------------

QString figure(const std::optional<int>& v)
{
    return v ? QString::number(*v) : suppressedText();
}

/// A part of a group of `whole`: its value, or why there is none.
QString part(const std::optional<double>& v, const std::optional<int>& whole)
{
    return v ? QString::number(*v, 'g', 6) : missingPartText(whole);
}

QString part(const std::optional<int>& v, const std::optional<int>& whole)
{
    return v ? QString::number(*v) : missingPartText(whole);
}

} // namespace

QString hiddenText()
{
    return QCoreApplication::translate("Statistics", "hidden");
}

QString missingPartText(const std::optional<int>& whole)
{
    if (whole == 0)
        return QStringLiteral("\u2013");
    return whole && *whole >= MinimumGroup ? hiddenText() : suppressedText();
}

QString suppressedText()
{
    return QCoreApplication::translate("Statistics", "fewer than 5");
}

QByteArray statisticsJson(const UnitStatistics& s)
{
    Json document = {
        {"format", StatisticsFormat},
        {"version", StatisticsFormatVersion},
        {"period", {{"from", dateOrNull(s.from)}, {"to", dateOrNull(s.to)}}},
        {"minimumGroup", MinimumGroup},
        {"sources", s.sources},
        {"instrument", {{"key", s.instrumentKey.toStdString()}, {"version", s.instrumentVersion}}},
        {"filters",
         {{"handledare", s.filteredByHandledare},
          {"category",
           s.filteredCategory ? Json(s.filteredCategory->toStdString()) : Json(nullptr)}}},
        {"participants", orNull(s.participants)},
        {"occasions", orNull(s.occasions)},
        {"withTwoOccasions", orNull(s.withTwoOccasions)},
        {"overdue", orNull(s.overdue)},
        {"parallelShare", orNull(s.parallelShare)},
        {"parallelWithJobOrientedShare", orNull(s.parallelWithJobOrientedShare)},
        {"bipParallelWithJobOrientedShare", analysis::BipParallelWithJobOrientedShare},
        {"handledareChangeShare", orNull(s.handledareChangeShare)},
        {"indicators", indicatorsJson(s.indicators)},
        {"handledareIndicators", indicatorsJson(s.handledareIndicators)},
        {"continuity",
         {{"withChange", groupJson(s.withHandledareChange)},
          {"withoutChange", groupJson(s.withoutHandledareChange)}}},
    };
    Json tilltro = Json::array();
    for (const TilltroGroup& t : s.tilltro) {
        tilltro.push_back({{"key", t.key.toStdString()},
                           {"participants", orNull(t.group.participants)},
                           {"share", orNull(t.share)},
                           {"indicators", indicatorsJson(t.group.indicators)}});
    }
    document["withTilltro"] = orNull(s.withTilltro);
    document["tilltro"] = tilltro;
    Json outcomes = Json::array();
    for (const OutcomeRow& row : s.outcomes) {
        Json categories = Json::array();
        for (const QString& c : row.combination)
            categories.push_back(c.toStdString());
        outcomes.push_back({{"insatser", categories},
                            {"ended", orNull(row.ended)},
                            {"arbete", orNull(row.arbete)},
                            {"studier", orNull(row.studier)},
                            {"other", orNull(row.other)}});
    }
    document["outcomes"] = outcomes;
    return QByteArray::fromStdString(document.dump(2)) + '\n';
}

Result<UnitStatistics> readStatisticsJson(const QByteArray& bytes)
{
    json::JsonLimits limits;
    limits.maxDocumentBytes = 16 * 1024 * 1024;
    limits.maxStringBytes = 1024;
    limits.maxDepth = 10;
    limits.maxMembers = 100;
    limits.maxValues = 1'000'000;
    json::JsonByteScanner scanner(limits);
    if (!scanner.feed(bytes))
        return *scanner.problem();
    if (auto sound = json::checkJsonStructure(bytes, limits); !sound)
        return sound.error();
    try {
        const Json document = Json::parse(bytes.cbegin(), bytes.cend(), nullptr, true);
        return readSummary(document);
    } catch (const json::Refusal& refusal) {
        return refusal.error;
    } catch (const std::exception& ex) {
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate("Statistics", "The summary could not be read: %1")
                .arg(QString::fromLocal8Bit(ex.what())));
    }
}

QString statisticsCsv(const UnitStatistics& s,
                      const std::function<QString(const QString&)>& indicatorLabel,
                      const std::function<QString(const QString&)>& tilltroLabel)
{
    QStringList lines;
    const auto line = [&](const QString& name, const QString& group, const QString& indicator,
                          const QString& value) {
        lines << QStringList{csvField(name), csvField(group), csvField(indicator), csvField(value)}
                     .join(u',');
    };
    line(QCoreApplication::translate("Statistics", "Figure"),
         QCoreApplication::translate("Statistics", "Group"),
         QCoreApplication::translate("Statistics", "Indicator"),
         QCoreApplication::translate("Statistics", "Value"));
    line(QCoreApplication::translate("Statistics", "Period from"), {}, {},
         s.from.isValid() ? s.from.toString(Qt::ISODate) : QString());
    line(QCoreApplication::translate("Statistics", "Period to"), {}, {},
         s.to.toString(Qt::ISODate));
    line(QCoreApplication::translate("Statistics", "Summaries merged"), {}, {},
         QString::number(s.sources));
    line(QCoreApplication::translate("Statistics", "Deltagare"), {}, {}, figure(s.participants));
    line(QCoreApplication::translate("Statistics", "Assessments"), {}, {}, figure(s.occasions));
    line(QCoreApplication::translate("Statistics", "Deltagare with two assessments or more"), {},
         {}, part(s.withTwoOccasions, s.participants));
    line(QCoreApplication::translate("Statistics", "Overdue assessments"), {}, {},
         part(s.overdue, s.participants));
    line(QCoreApplication::translate("Statistics", "Share with parallel insatser"), {}, {},
         part(s.parallelShare, s.participants));
    line(QCoreApplication::translate("Statistics", "Share with a job-oriented insats in parallel"),
         {}, {}, part(s.parallelWithJobOrientedShare, s.participants));
    line(
        QCoreApplication::translate("Statistics", "BIP reference: job-oriented insats in parallel"),
        {}, {}, QString::number(analysis::BipParallelWithJobOrientedShare));
    line(QCoreApplication::translate("Statistics", "Share with a change of handledare"), {}, {},
         part(s.handledareChangeShare, s.participants));
    const auto indicators = [&](const QString& group, const std::vector<IndicatorChange>& list) {
        for (const IndicatorChange& c : list) {
            const QString label = indicatorLabel(c.key);
            line(QCoreApplication::translate("Statistics", "n"), group, label, figure(c.n));
            if (c.n == 0)
                continue; // no deltagare: nothing to tell, and nothing hidden
            line(QCoreApplication::translate("Statistics", "Median change"), group, label,
                 part(c.median, c.n));
            line(QCoreApplication::translate("Statistics", "Lower quartile"), group, label,
                 part(c.q1, c.n));
            line(QCoreApplication::translate("Statistics", "Upper quartile"), group, label,
                 part(c.q3, c.n));
            line(QCoreApplication::translate("Statistics", "Share improved"), group, label,
                 part(c.improved, c.n));
            line(QCoreApplication::translate("Statistics", "Share unchanged"), group, label,
                 part(c.unchanged, c.n));
            line(QCoreApplication::translate("Statistics", "Share worsened"), group, label,
                 part(c.worsened, c.n));
        }
    };
    indicators(QCoreApplication::translate("Statistics", "All, deltagare's rating"), s.indicators);
    indicators(QCoreApplication::translate("Statistics", "All, handledare's rating"),
               s.handledareIndicators);
    line(QCoreApplication::translate("Statistics", "Deltagare"),
         QCoreApplication::translate("Statistics", "With a change of handledare"), {},
         part(s.withHandledareChange.participants, s.participants));
    indicators(QCoreApplication::translate("Statistics", "With a change of handledare"),
               s.withHandledareChange.indicators);
    line(QCoreApplication::translate("Statistics", "Deltagare"),
         QCoreApplication::translate("Statistics", "Without a change of handledare"), {},
         part(s.withoutHandledareChange.participants, s.participants));
    indicators(QCoreApplication::translate("Statistics", "Without a change of handledare"),
               s.withoutHandledareChange.indicators);
    for (const TilltroGroup& t : s.tilltro) {
        const QString group =
            QCoreApplication::translate("Statistics", "Belief at the first assessment: %1")
                .arg(tilltroLabel(t.key));
        line(QCoreApplication::translate("Statistics", "Deltagare"), group, {},
             part(t.group.participants, s.participants));
        line(QCoreApplication::translate("Statistics", "Share"), group, {},
             part(t.share, t.group.participants));
        indicators(group, t.group.indicators);
    }
    for (const OutcomeRow& row : s.outcomes) {
        const QStringList names(row.combination.begin(), row.combination.end());
        const QString group =
            QCoreApplication::translate("Statistics", "Ended with insatser: %1")
                .arg(names.isEmpty() ? QCoreApplication::translate("Statistics", "none")
                                     : names.join(u'+'));
        line(QCoreApplication::translate("Statistics", "Ended"), group, {}, figure(row.ended));
        line(QCoreApplication::translate("Statistics", "To work"), group, {},
             part(row.arbete, row.ended));
        line(QCoreApplication::translate("Statistics", "To studies"), group, {},
             part(row.studier, row.ended));
        line(QCoreApplication::translate("Statistics", "Other ending"), group, {},
             part(row.other, row.ended));
    }
    return lines.join(u"\r\n"_s) + u"\r\n"_s;
}

} // namespace tilltro::exchange
