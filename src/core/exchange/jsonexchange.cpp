#include "jsonexchange.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cerrno>
#include <exception>
#include <map>
#include <set>
#include <string>
#include <utility>

#include "../clock.h"
#include "../json/jsonguard.h"
#include "../storage/auditlog.h"
#include "../storage/database.h"
#include "../storage/filesafety.h"
#include "../storage/handledarerepository.h"
#include "../storage/insatsrepository.h"
#include "../storage/instrumentrepository.h"
#include "../storage/occasionrepository.h"
#include "../storage/participantrepository.h"
#include "../storage/planrepository.h"
#include "exchangedocument.h"

using namespace tilltro::storage;

using namespace Qt::StringLiterals;

namespace tilltro::exchange {

namespace {

using Json = nlohmann::ordered_json;

class Exchange {
    Q_DECLARE_TR_FUNCTIONS(Exchange)
};

// ----- export -----

Json text(const QString& s)
{
    return Json(s.toStdString());
}

Json textOrNull(const QString& s)
{
    return s.isNull() ? Json(nullptr) : text(s);
}

Json dateOrNull(const QDate& d)
{
    return d.isValid() ? text(d.toString(Qt::ISODate)) : Json(nullptr);
}

QString isoTimestamp(const QDateTime& t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

Json timestampOrNull(const QDateTime& t)
{
    return t.isValid() ? text(isoTimestamp(t)) : Json(nullptr);
}

/// `json` (pretty-printed) with every line but the first indented by `spaces`.
std::string indented(const Json& json, int spaces)
{
    const std::string dumped = json.dump(2);
    const std::string pad(std::size_t(spaces), ' ');
    std::string result;
    result.reserve(dumped.size() + dumped.size() / 8);
    for (const char c : dumped) {
        result += c;
        if (c == '\n')
            result += pad;
    }
    return result;
}

/// Reads what an export needs and turns it into JSON, remembering which instrument versions
/// and handledare the exported deltagare refer to.
class Exporter {
public:
    Exporter(Database& db, bool includeSensitive)
        : m_db(db)
        , m_includeSensitive(includeSensitive)
    {
    }

    Result<void> loadHandledare()
    {
        auto all = HandledareRepository(m_db).all();
        if (!all)
            return all.error();
        for (const Handledare& h : all.value())
            m_handledare.emplace(h.id, h);
        return {};
    }

    Result<Json> participant(const Participant& p)
    {
        Json result = Json::object();
        result["code"] = text(p.code);
        result["name"] = text(p.name);
        result["personnummer"] = p.personnummer.isEmpty() ? Json(nullptr) : text(p.personnummer);
        result["protectedIdentity"] = p.protectedIdentity;
        result["goalType"] = text(codeOf(p.goalType));
        result["startDate"] = dateOrNull(p.startDate);
        result["endDate"] = dateOrNull(p.endDate);
        result["endReason"] = p.endReason.isEmpty() ? Json(nullptr) : text(p.endReason);
        result["handledare"] = handledareRef(p.handledareId);

        ParticipantRepository participants(m_db);
        const auto assignment = [this](const HandledareAssignment& a) -> Json {
            return {{"handledare", handledareRef(a.handledareId)},
                    {"from", dateOrNull(a.from)},
                    {"to", dateOrNull(a.to)}};
        };
        if (auto r =
                putList(result, "handledareHistory", participants.assignments(p.id), assignment);
            !r)
            return r.error();

        const auto consent = [](const Consent& c) -> Json {
            return {{"scope", text(c.scope)},
                    {"party", text(c.party)},
                    {"given", dateOrNull(c.given)},
                    {"recordedBy", text(c.recordedBy)},
                    {"withdrawn", dateOrNull(c.withdrawn)}};
        };
        if (auto r = putList(result, "consents", participants.consents(p.id), consent); !r)
            return r.error();

        const auto insats = [](const InsatsPeriod& i) -> Json {
            return {{"category", text(i.category)},
                    {"title", text(i.title)},
                    {"provider", text(i.provider)},
                    {"start", dateOrNull(i.start)},
                    {"end", dateOrNull(i.end)}};
        };
        if (auto r =
                putList(result, "insatser", InsatsRepository(m_db).forParticipant(p.id), insats);
            !r)
            return r.error();

        OccasionRepository occasionRepository(m_db);
        auto occasions = occasionRepository.forParticipant(p.id);
        if (!occasions)
            return occasions.error();
        std::map<qint64, QDate> occasionDates;
        Json occasionList = Json::array();
        for (const Occasion& o : occasions.value()) {
            occasionDates.emplace(o.id, o.date);
            auto json = occasion(o, occasionRepository);
            if (!json)
                return json.error();
            occasionList.push_back(std::move(json).value());
        }
        result["occasions"] = std::move(occasionList);

        const auto handlingsplan = [&occasionDates](const Handlingsplan& plan) -> Json {
            const auto date = occasionDates.find(plan.occasionId);
            return {{"occasionDate",
                     date == occasionDates.end() ? Json(nullptr) : dateOrNull(date->second)},
                    {"goalType", text(codeOf(plan.goalType))},
                    {"goalText", text(plan.goalText)},
                    {"nextMeeting", dateOrNull(plan.nextMeeting)},
                    {"delmal", delmal(plan.delmal)}};
        };
        if (auto r =
                putList(result, "plans", PlanRepository(m_db).forParticipant(p.id), handlingsplan);
            !r)
            return r.error();

        const auto entry = [](const AuditEntry& e) -> Json {
            return {{"at", timestampOrNull(e.at)},
                    {"osUser", text(e.osUser)},
                    {"action", text(e.action)},
                    {"entity", text(e.entity)},
                    {"details", text(e.details)}};
        };
        if (auto r = putList(result, "auditLog", AuditLog(m_db).forParticipant(p.id), entry); !r)
            return r.error();
        return result;
    }

    /// The instrument versions referred to so far, or all stored ones.
    Result<Json> instruments(bool all)
    {
        if (all) {
            auto rows = InstrumentRepository(m_db).storedRowIds();
            if (!rows)
                return rows.error();
            for (const qint64 row : rows.value()) {
                if (auto loaded = instrument(row); !loaded)
                    return loaded.error();
            }
        }
        Json list = Json::array();
        for (const auto& [row, instrument] : m_instruments) {
            Q_UNUSED(row);
            const QByteArray bytes = instrument.json();
            Json embedded;
            try {
                embedded = Json::parse(bytes.cbegin(), bytes.cend());
            } catch (const std::exception&) {
                return makeError(Error::Kind::Invalid,
                                 Exchange::tr("The stored instrument %1 version %2 is damaged.")
                                     .arg(instrument.id())
                                     .arg(instrument.version()));
            }
            list.push_back({{"id", text(instrument.id())},
                            {"version", instrument.version()},
                            {"json", std::move(embedded)}});
        }
        return list;
    }

    /// The handledare referred to so far, or all of them; one entry per name and organisation.
    Json handledare(bool all) const
    {
        std::vector<Handledare> chosen;
        for (const auto& [id, h] : m_handledare) {
            if (all || m_usedHandledare.contains(id))
                chosen.push_back(h);
        }
        std::sort(chosen.begin(), chosen.end(), [](const Handledare& a, const Handledare& b) {
            return std::pair{a.name.trimmed(), a.organisation.trimmed()} <
                   std::pair{b.name.trimmed(), b.organisation.trimmed()};
        });
        Json list = Json::array();
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            const Handledare& h = chosen[i];
            const bool sameAsPrevious =
                i > 0 && chosen[i - 1].name.trimmed() == h.name.trimmed() &&
                chosen[i - 1].organisation.trimmed() == h.organisation.trimmed();
            if (sameAsPrevious) {
                list.back()["active"] = list.back()["active"].get<bool>() || h.active;
                continue;
            }
            list.push_back({{"name", text(h.name.trimmed())},
                            {"organisation", text(h.organisation.trimmed())},
                            {"active", h.active}});
        }
        return list;
    }

private:
    /// Sets `object[key]` to the JSON array of `toJson(row)` for each of `rows`, in order; the
    /// error of `rows` when reading them failed.
    template <typename T, typename ToJson>
    static Result<void> putList(Json& object, const char* key, const Result<std::vector<T>>& rows,
                                const ToJson& toJson)
    {
        if (!rows)
            return rows.error();
        Json list = Json::array();
        for (const T& row : rows.value())
            list.push_back(toJson(row));
        object[key] = std::move(list);
        return {};
    }

    Json handledareRef(qint64 id)
    {
        const auto it = m_handledare.find(id);
        if (id <= 0 || it == m_handledare.end())
            return nullptr;
        m_usedHandledare.insert(id);
        return {{"name", text(it->second.name.trimmed())},
                {"organisation", text(it->second.organisation.trimmed())}};
    }

    Result<const Instrument*> instrument(qint64 row)
    {
        if (const auto it = m_instruments.find(row); it != m_instruments.end())
            return &it->second;
        auto loaded = InstrumentRepository(m_db).load(row);
        if (!loaded)
            return loaded.error();
        return &m_instruments.emplace(row, std::move(loaded).value()).first->second;
    }

    bool isSensitive(const Instrument& instrument, const QString& field) const
    {
        if (field == "notes"_L1)
            return true;
        const Question* q = instrument.question(field);
        return q && q->sensitive;
    }

    Result<Json> occasion(const Occasion& o, OccasionRepository& repository)
    {
        auto loaded = instrument(o.instrumentId);
        if (!loaded)
            return loaded.error();
        const Instrument& inst = *loaded.value();

        Json answers = Json::object();
        auto addAnswer = [&](const QString& key, const Answer& a) {
            if (a.isEmpty() || (!m_includeSensitive && isSensitive(inst, key)))
                return;
            answers[key.toStdString()] =
                a.value ? Json{{"value", *a.value}} : Json{{"code", text(a.code)}};
        };
        // In the instrument's order, then any key it does not know (none, normally).
        for (const Question& q : inst.questions()) {
            if (const auto it = o.answers.find(q.key); it != o.answers.end())
                addAnswer(q.key, it->second);
        }
        for (const auto& [key, answer] : o.answers) {
            if (!inst.question(key))
                addAnswer(key, answer);
        }

        Json result = {{"date", dateOrNull(o.date)},
                       {"state", text(codeOf(o.state))},
                       {"deltagareAbsent", o.deltagareAbsent},
                       {"noInsats", o.noInsats},
                       {"handledare", handledareRef(o.handledareId)},
                       {"instrument", {{"id", text(inst.id())}, {"version", inst.version()}}},
                       {"answers", std::move(answers)}};
        if (m_includeSensitive)
            result["notes"] = text(o.notes);
        result["completedAt"] = timestampOrNull(o.completedAt);

        auto edits = repository.edits(o.id);
        if (!edits)
            return edits.error();
        Json editList = Json::array();
        for (const OccasionEdit& e : edits.value()) {
            if (!m_includeSensitive && isSensitive(inst, e.field))
                continue;
            editList.push_back({{"at", timestampOrNull(e.at)},
                                {"by", text(e.by)},
                                {"field", text(e.field)},
                                {"before", textOrNull(e.before)},
                                {"after", textOrNull(e.after)}});
        }
        result["edits"] = std::move(editList);
        return result;
    }

    static Json delmal(const std::vector<Delmal>& list)
    {
        Json result = Json::array();
        for (const Delmal& d : list) {
            Json indicators = Json::array();
            for (const QString& key : d.indicators)
                indicators.push_back(text(key));
            Json activities = Json::array();
            for (const Activity& a : d.activities) {
                activities.push_back({{"what", text(a.what)},
                                      {"who", text(a.who)},
                                      {"when", dateOrNull(a.when)},
                                      {"done", a.done}});
            }
            result.push_back({{"what", text(d.what)},
                              {"why", text(d.why)},
                              {"indicators", std::move(indicators)},
                              {"targetLevel", d.targetLevel ? Json(*d.targetLevel) : Json(nullptr)},
                              {"responsible", text(codeOf(d.responsible))},
                              {"responsibleName", text(d.responsibleName)},
                              {"start", dateOrNull(d.start)},
                              {"target", dateOrNull(d.target)},
                              {"status", text(codeOf(d.status))},
                              {"followUp", text(d.followUp)},
                              {"activities", std::move(activities)}});
        }
        return result;
    }

    Database& m_db;
    bool m_includeSensitive;
    std::map<qint64, Handledare> m_handledare;
    std::set<qint64> m_usedHandledare;
    std::map<qint64, Instrument> m_instruments;
};

/// Writes the document for `options` to `out`, calling `exported` for each deltagare once its
/// part is written (the audit entry of a real export).
Result<ExportSummary> writeDocument(Database& db, QIODevice& out, const ExportOptions& options,
                                    const std::function<Result<void>(const Participant&)>& exported)
{
    const bool wholeDatabase = options.participantCode.trimmed().isEmpty();
    std::vector<Participant> chosen;
    ParticipantRepository participants(db);
    if (wholeDatabase) {
        auto all = participants.all();
        if (!all)
            return all.error();
        chosen = std::move(all).value();
    } else {
        auto one = participants.byCode(options.participantCode);
        if (!one)
            return one.error();
        if (!one.value()) {
            return makeError(Error::Kind::NotFound,
                             Exchange::tr("No deltagare has the code %1.")
                                 .arg(elided(options.participantCode.trimmed())));
        }
        chosen.push_back(*one.value());
    }

    const auto write = [&out](const std::string& bytes) -> Result<void> {
        if (out.write(bytes.data(), qint64(bytes.size())) != qint64(bytes.size())) {
            const int error = errno;
            if (const auto* file = qobject_cast<const QFileDevice*>(&out);
                file && isDiskFull(*file, error))
                return diskFullError(file->fileName());
            return makeError(
                Error::Kind::Io,
                Exchange::tr("The file could not be written: %1").arg(out.errorString()));
        }
        return {};
    };
    const int total = int(chosen.size());
    const auto step = [&](int done) -> Result<void> {
        if (options.progress && !options.progress(done, total))
            return makeError(Error::Kind::Invalid, detail::cancelledMessage(false));
        return {};
    };
    if (auto r = step(0); !r)
        return r.error();

    try {
        Exporter exporter(db, options.includeSensitive);
        if (auto r = exporter.loadHandledare(); !r)
            return r.error();
        ExportSummary summary;
        summary.sensitiveIncluded = options.includeSensitive;

        // One deltagare: read first, so only what it refers to is listed. The whole database:
        // list everything, then stream the deltagare one at a time.
        std::vector<Json> ready;
        if (!wholeDatabase) {
            auto json = exporter.participant(chosen.front());
            if (!json)
                return json.error();
            ready.push_back(std::move(json).value());
        }
        auto instruments = exporter.instruments(wholeDatabase);
        if (!instruments)
            return instruments.error();
        Json head = Json::object();
        head["format"] = FormatName;
        head["formatVersion"] = FormatVersion;
        head["exportedAt"] = text(isoTimestamp(Clock::now()));
        head["generator"] = "Tilltro " TILLTRO_VERSION;
        head["scope"] = wholeDatabase ? "database" : "participant";
        head["sensitiveIncluded"] = options.includeSensitive;
        summary.instruments = int(instruments->size());
        head["instruments"] = std::move(instruments).value();
        head["handledare"] = exporter.handledare(wholeDatabase);
        summary.handledare = int(head["handledare"].size());
        head["participants"] = Json::array();

        // The head without its closing "]\n}", then the deltagare one by one.
        std::string opening = head.dump(2);
        opening.resize(opening.rfind("[]"));
        if (auto r = write(opening + (chosen.empty() ? "[" : "[\n    ")); !r)
            return r.error();
        for (std::size_t i = 0; i < chosen.size(); ++i) {
            Json json;
            if (wholeDatabase) {
                auto built = exporter.participant(chosen[i]);
                if (!built)
                    return built.error();
                json = std::move(built).value();
            } else {
                json = std::move(ready[i]);
            }
            if (auto r = write((i > 0 ? ",\n    " : "") + indented(json, 4)); !r)
                return r.error();
            if (exported) {
                if (auto r = exported(chosen[i]); !r)
                    return r.error();
            }
            summary.codes << chosen[i].code;
            if (auto r = step(int(i) + 1); !r)
                return r.error();
        }
        if (auto r = write(chosen.empty() ? "]\n}\n" : "\n  ]\n}\n"); !r)
            return r.error();
        return summary;
    } catch (const std::exception& ex) { // e.g. std::bad_alloc, or text that is not UTF-8
        return makeError(
            Error::Kind::Io,
            Exchange::tr("The export failed: %1").arg(QString::fromLocal8Bit(ex.what())));
    }
}

// ----- import -----

Error at(const QString& path, const Error& error)
{
    return makeError(error.kind, problemAt(path, error.message));
}

/// Reads `path` in chunks through the byte scanner, so an oversized or hostile file is refused
/// before it is read whole.
Result<QByteArray> readChecked(const QString& path, const Progress& progress)
{
    // Only an ordinary file: a pipe with no writer would block forever, a device never ends.
    if (auto checked = checkInputPath(path); !checked)
        return checked.error();
    const QFileInfo info(path);
    const QString shown = QDir::toNativeSeparators(path);
    if (info.size() > MaxFileBytes) {
        return makeError(Error::Kind::Invalid,
                         Exchange::tr("%1 is %2 MiB; Tilltro imports files of at most %3 MiB.")
                             .arg(shown)
                             .arg(double(info.size()) / (1024.0 * 1024.0), 0, 'f', 1)
                             .arg(MaxFileBytes / (1024 * 1024)));
    }
    QFile file;
    if (auto opened = openInputFile(file, path); !opened)
        return opened.error();
    JsonByteScanner scanner(detail::importLimits());
    QByteArray bytes;
    bytes.reserve(qsizetype(info.size()));
    constexpr qint64 Chunk = 4 * 1024 * 1024;
    QByteArray chunk(Chunk, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(chunk.data(), Chunk);
        if (n < 0) {
            return makeError(Error::Kind::Io,
                             Exchange::tr("Cannot read %1: %2").arg(shown, file.errorString()));
        }
        if (n == 0)
            break;
        if (!scanner.feed(chunk.constData(), n))
            return *scanner.problem();
        bytes.append(chunk.constData(), qsizetype(n));
        if (progress && !progress(0, 0))
            return makeError(Error::Kind::Invalid, detail::cancelledMessage(true));
    }
    return bytes;
}

/// Whether two instrument definitions say the same, whatever their layout and member order.
bool sameContent(const QByteArray& a, const QByteArray& b)
{
    try {
        return nlohmann::json::parse(a.cbegin(), a.cend()) ==
               nlohmann::json::parse(b.cbegin(), b.cend());
    } catch (const std::exception&) {
        return false;
    }
}

Result<ImportSummary> importDocument(Database& db, detail::ExchangeDocument& document,
                                     const ImportOptions& options)
{
    const Progress& progress = options.progress;
    ImportSummary summary;
    summary.sensitiveIncluded = document.sensitiveIncluded;
    const std::size_t count = document.participants.size();
    const int total = detail::progressTotal(count);

    const auto body = [&]() -> Result<void> {
        ParticipantRepository participants(db);

        // Nothing is ever overwritten: one code in use refuses the whole import.
        auto existing = participants.all();
        if (!existing)
            return existing.error();
        std::set<QString> codesInUse;
        for (const Participant& p : existing.value())
            codesInUse.insert(p.code);
        QStringList conflicts;
        for (const detail::DocumentParticipant& p : document.participants) {
            if (codesInUse.contains(p.participant.code))
                conflicts << p.participant.code;
        }
        if (!conflicts.isEmpty()) {
            const qsizetype shown = std::min<qsizetype>(conflicts.size(), 20);
            QString list = conflicts.mid(0, shown).join(u", "_s);
            if (conflicts.size() > shown)
                list += Exchange::tr(" and %1 more").arg(conflicts.size() - shown);
            return makeError(Error::Kind::Conflict,
                             Exchange::tr("The database already has deltagare with the code(s) "
                                          "%1. Nothing was imported: an import never overwrites.")
                                 .arg(list));
        }

        InstrumentRepository instrumentRepository(db);
        std::vector<qint64> instrumentRows;
        for (const detail::DocumentInstrument& entry : document.instruments) {
            const Instrument& instrument = entry.instrument;
            auto found = instrumentRepository.findRowId(instrument.id(), instrument.version());
            if (!found)
                return found.error();
            if (found.value()) {
                auto stored = instrumentRepository.load(*found.value());
                if (stored && sameContent(stored->json(), instrument.json())) {
                    instrumentRows.push_back(*found.value());
                    continue;
                }
            }
            // New, or different content under the same version: ensureStored decides (and
            // refuses the latter).
            auto row = instrumentRepository.ensureStored(instrument);
            if (!row)
                return at(entry.path, row.error());
            instrumentRows.push_back(row.value());
            if (!found.value())
                ++summary.instrumentsStored;
        }

        HandledareRepository handledareRepository(db);
        auto known = handledareRepository.all();
        if (!known)
            return known.error();
        std::map<std::pair<QString, QString>, qint64> byName;
        for (const Handledare& h : known.value())
            byName.emplace(std::pair{h.name.trimmed(), h.organisation.trimmed()}, h.id);
        std::vector<qint64> handledareIds;
        for (detail::DocumentHandledare& entry : document.handledare) {
            Handledare& h = entry.handledare;
            if (const auto it = byName.find(std::pair{h.name, h.organisation});
                it != byName.end()) {
                handledareIds.push_back(it->second);
                ++summary.handledareMatched;
                continue;
            }
            if (options.assignTo > 0) {
                handledareIds.push_back(options.assignTo);
                ++summary.handledareAssigned;
                continue;
            }
            if (auto r = handledareRepository.insert(h); !r)
                return at(entry.path, r.error());
            handledareIds.push_back(h.id);
            ++summary.handledareCreated;
        }
        const auto handledareId = [&](int index) {
            return index == detail::NoHandledare ? qint64(0) : handledareIds[std::size_t(index)];
        };

        OccasionRepository occasionRepository(db);
        InsatsRepository insatsRepository(db);
        PlanRepository planRepository(db);
        AuditLog audit(db);
        const QString details = u"exchange format %1, exported %2"_s.arg(FormatVersion)
                                    .arg(isoTimestamp(document.exportedAt));
        for (std::size_t i = 0; i < count; ++i) {
            detail::DocumentParticipant& entry = document.participants[i];
            Participant& p = entry.participant;
            p.handledareId =
                options.assignTo > 0 ? options.assignTo : handledareId(entry.handledare);
            if (auto r = participants.insert(p); !r)
                return at(entry.path, r.error());

            if (!db.isServer()) {
                std::vector<HandledareAssignment> periods;
                for (const detail::DocumentAssignment& a : entry.history)
                    periods.push_back({0, handledareId(a.handledare), a.from, a.to});
                if (auto r = participants.restoreAssignments(p.id, periods); !r)
                    return at(memberPath(entry.path, u"handledareHistory"_s), r.error());
            }

            for (std::size_t k = 0; k < entry.consents.size(); ++k) {
                Consent& c = entry.consents[k];
                c.participantId = p.id;
                if (auto r = participants.addConsent(c); !r) {
                    return at(elementPath(memberPath(entry.path, u"consents"_s), qint64(k)),
                              r.error());
                }
            }
            for (std::size_t k = 0; k < entry.insatser.size(); ++k) {
                InsatsPeriod& period = entry.insatser[k];
                period.participantId = p.id;
                if (auto r = insatsRepository.save(period); !r) {
                    return at(elementPath(memberPath(entry.path, u"insatser"_s), qint64(k)),
                              r.error());
                }
            }
            std::vector<qint64> occasionIds;
            for (detail::DocumentOccasion& o : entry.occasions) {
                o.occasion.participantId = p.id;
                o.occasion.instrumentId = instrumentRows[std::size_t(o.instrument)];
                o.occasion.handledareId = handledareId(o.handledare);
                if (auto r = occasionRepository.save(o.occasion); !r)
                    return at(o.path, r.error());
                occasionIds.push_back(o.occasion.id);
                for (const OccasionEdit& e : o.edits) {
                    if (auto r = occasionRepository.restoreEdit(o.occasion.id, e); !r)
                        return at(memberPath(o.path, u"edits"_s), r.error());
                }
            }
            for (detail::DocumentPlan& plan : entry.plans) {
                plan.plan.participantId = p.id;
                plan.plan.occasionId =
                    plan.occasion >= 0 ? occasionIds[std::size_t(plan.occasion)] : 0;
                if (auto r = planRepository.save(plan.plan); !r)
                    return at(plan.path, r.error());
            }
            for (const AuditEntry& e : db.isServer() ? std::vector<AuditEntry>() : entry.auditLog) {
                if (auto r = audit.restoreEntry(p.id, e); !r)
                    return at(memberPath(entry.path, u"auditLog"_s), r.error());
            }
            if (auto r = audit.record(AuditAction::Import, AuditEntity::Participant, p.id, p.id,
                                      details);
                !r)
                return r;
            summary.codes << p.code;
            if (progress && !progress(int(count + i + 1), total))
                return makeError(Error::Kind::Invalid, detail::cancelledMessage(true));
        }
        return {};
    };
    // Nothing may leave the transaction by an exception (e.g. std::bad_alloc): it rolls back.
    auto written = db.write([&]() -> Result<void> {
        try {
            return body();
        } catch (const std::exception& ex) {
            return makeError(
                Error::Kind::Io,
                Exchange::tr("The import failed: %1").arg(QString::fromLocal8Bit(ex.what())));
        }
    });
    if (!written)
        return written.error();
    return summary;
}

} // namespace

Result<ExportSummary> exportToFile(Database& db, const QString& path, const ExportOptions& options)
{
    const QString details =
        options.includeSensitive ? u"sensitive included"_s : u"sensitive left out"_s;
    ExportSummary summary;
    auto done = writeAuditedFile(db, path, [&](AuditLog& log, QIODevice& out) -> Result<void> {
        auto written = writeDocument(db, out, options, [&](const Participant& p) {
            return log.record(AuditAction::Export, AuditEntity::Participant, p.id, p.id, details);
        });
        if (!written)
            return written.error();
        summary = std::move(written).value();
        return {};
    });
    if (!done)
        return done.error();
    return summary;
}

Result<QByteArray> buildDocument(Database& db, const ExportOptions& options)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    auto written = writeDocument(db, buffer, options, {});
    if (!written)
        return written.error();
    buffer.close();
    return bytes;
}

Result<ImportSummary> importBytes(Database& db, const QByteArray& json,
                                  const ImportOptions& options)
{
    auto document = detail::readDocument(json, options.progress);
    if (!document)
        return document.error();
    return importDocument(db, document.value(), options);
}

Result<ImportSummary> importFile(Database& db, const QString& path, const ImportOptions& options)
{
    auto bytes = readChecked(path, options.progress);
    if (!bytes)
        return bytes.error();
    auto document = detail::readDocument(std::move(bytes).value(), options.progress, true);
    if (!document)
        return document.error();
    return importDocument(db, document.value(), options);
}

Result<ImportSummary> importInto(const QString& databasePath, const QString& inputPath,
                                 const ImportOptions& options)
{
    // The document is read and checked before a new database is made for it.
    auto bytes = readChecked(inputPath, options.progress);
    if (!bytes)
        return bytes.error();
    auto document = detail::readDocument(std::move(bytes).value(), options.progress, true);
    if (!document)
        return document.error();

    const QFileInfo info(databasePath);
    if (info.exists()) {
        auto db = Database::open(databasePath);
        if (!db) {
            // Another import making this database right now: its file is still empty.
            if (db.error().kind == Error::Kind::Invalid && isDatabaseBeingCreated(databasePath))
                return beingCreatedError(databasePath);
            return db.error();
        }
        return importDocument(*db.value(), document.value(), options);
    }

    // The folders Database::create() will make, outermost first, to remove on failure.
    QStringList madeFolders;
    for (QString dir = info.absolutePath(); !QFileInfo::exists(dir);) {
        madeFolders.prepend(dir);
        const QString parent = QFileInfo(dir).absolutePath();
        if (parent == dir)
            break;
        dir = parent;
    }
    const QString absolute = info.absoluteFilePath();
    const auto removeCreated = [&]() {
        for (const QString& file : companionFiles(absolute))
            QFile::remove(file);
        for (auto it = madeFolders.crbegin(); it != madeFolders.crend(); ++it)
            QDir().rmdir(*it); // only if empty
    };

    auto db = Database::create(databasePath);
    if (!db) { // create() removes what it made; a file that appeared meanwhile is not ours
        for (auto it = madeFolders.crbegin(); it != madeFolders.crend(); ++it)
            QDir().rmdir(*it);
        // Another program made the file since it was looked for (e.g. the same import, twice).
        if (QFileInfo::exists(databasePath))
            return beingCreatedError(databasePath);
        return db.error();
    }
    auto imported = importDocument(*db.value(), document.value(), options);
    if (!imported) {
        db.value().reset();
        removeCreated();
        return imported.error();
    }
    imported->databaseCreated = true;
    return imported;
}

} // namespace tilltro::exchange
