// Reads an exchange document: hostile bytes in, validated values out (see
// docs/exchange-format.md). Nothing here touches a database.

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <exception>
#include <initializer_list>
#include <limits>
#include <map>
#include <string>
#include <type_traits>
#include <utility>

#include "../clock.h"
#include "../domain/personnummer.h"
#include "../json/jsonguard.h"
#include "../json/jsonreader.h"
#include "exchangedocument.h"

using namespace tilltro::storage;

using namespace Qt::StringLiterals;

namespace tilltro::exchange::detail {

namespace {

using Json = nlohmann::ordered_json;

// Shared with the instrument loader: one refusal (thrown by Reader at the first problem and
// caught in readDocument()) and one wording for a value of the wrong type.
using json::array;
using json::boolean;
using json::object;
using json::optionalValue;
using json::Refusal;
using json::refuse;

/// A value in the document and the path that names it in messages.
using Field = json::Field<Json>;

/// Validates a parsed document field by field. Members the format does not have are refused:
/// the exchange carries personal data, so a misspelt field must not be dropped silently.
class Reader {
    Q_DECLARE_TR_FUNCTIONS(Exchange)

public:
    explicit Reader(const Progress& progress)
        : m_progress(progress)
    {
    }

    /// Reads `document`, freeing each participant's part of it once read.
    ExchangeDocument read(Json& document)
    {
        const Field root{document, {}};
        if (!document.is_object())
            refuse({}, tr("The file must hold a JSON object ({...}); this is not a Tilltro "
                          "exchange file."));
        readFormat(document);
        allowOnly(root, {"format", "formatVersion", "exportedAt", "generator", "scope",
                         "sensitiveIncluded", "instruments", "handledare", "participants"});

        ExchangeDocument result;
        result.exportedAt = timestamp(field(root, "exportedAt"));
        if (const Json* generator = optionalValue(document, "generator"))
            static_cast<void>(text({*generator, u"generator"_s}));
        const Field scope = field(root, "scope");
        if (const QString s = text(scope); s != "database"_L1 && s != "participant"_L1)
            refuse(scope.path, tr("must be \"database\" or \"participant\""));
        result.sensitiveIncluded = boolean(field(root, "sensitiveIncluded"));
        m_sensitiveIncluded = result.sensitiveIncluded;

        readInstruments(field(root, "instruments"), result);
        readHandledare(field(root, "handledare"), result);

        const Field participantsField = field(root, "participants");
        Json& participants = document["participants"];
        array(participantsField);
        const int total = progressTotal(participants.size());
        QHash<QString, QString> pathByCode;
        result.participants.reserve(participants.size());
        for (std::size_t i = 0; i < participants.size(); ++i) {
            const QString path = elementPath(participantsField.path, std::int64_t(i));
            DocumentParticipant p = participant({participants[i], path}, result);
            const QString& code = p.participant.code;
            if (const auto it = pathByCode.constFind(code); it != pathByCode.cend()) {
                refuse(memberPath(path, u"code"_s),
                       tr("%1 is also the code of %2").arg(quoted(code), it.value()));
            }
            pathByCode.insert(code, path);
            result.participants.push_back(std::move(p));
            participants[i] = nullptr; // read: free its part of the tree
            if (m_progress && !m_progress(int(i) + 1, total))
                throw Refusal{makeError(Error::Kind::Invalid, cancelledMessage(true))};
        }
        return result;
    }

private:
    static void readFormat(const Json& document)
    {
        const Field root{document, {}};
        const Field format = field(root, "format");
        if (!format.value.is_string() || format.value.get_ref<const std::string&>() != FormatName) {
            if (format.value.is_string() &&
                format.value.get_ref<const std::string&>() == "tilltro-instrument") {
                refuse(format.path, tr("this is an instrument definition, not an exchange file; "
                                       "instruments are loaded elsewhere"));
            }
            refuse(format.path, tr("must be \"%1\"; this is not a Tilltro exchange file")
                                    .arg(QLatin1StringView(FormatName)));
        }
        const Field formatVersion = field(root, "formatVersion");
        const Json& v = formatVersion.value;
        if (v.is_number_unsigned() && v.get<std::uint64_t>() > std::uint64_t(FormatVersion)) {
            refuse(formatVersion.path,
                   tr("the file was made by a newer version of Tilltro (exchange format version "
                      "%1; this version reads version %2). Update Tilltro to import it.")
                       .arg(QString::fromStdString(v.dump()))
                       .arg(FormatVersion),
                   Error::Kind::Unsupported);
        }
        // An older version is read as this one: what was added since is optional.
        if (!v.is_number_integer() || v.get<std::int64_t>() < OldestFormatVersion ||
            v.get<std::int64_t>() > FormatVersion) {
            refuse(formatVersion.path, tr("must be %1").arg(FormatVersion));
        }
    }

    // ----- the parts of the document -----

    void readInstruments(const Field& list, ExchangeDocument& result)
    {
        QHash<QString, QString> pathByVersion;
        const auto readEntry = [&](const Field& entry) {
            const Field idField = field(entry, "id");
            const QString id = text(idField);
            const Field versionField = field(entry, "version");
            const int version = integer(versionField, 1, std::numeric_limits<int>::max());
            const Field jsonField = field(entry, "json");
            object(jsonField);
            const std::string dumped = jsonField.value.dump(2) + '\n';
            auto instrument = Instrument::fromJson(QByteArray::fromStdString(dumped));
            if (!instrument)
                refuse(jsonField.path, instrument.errorMessage());
            if (instrument->id() != id) {
                refuse(idField.path, tr("%1 differs from the id in json (%2)")
                                         .arg(quoted(id), quoted(instrument->id())));
            }
            if (instrument->version() != version) {
                refuse(versionField.path, tr("%1 differs from the version in json (%2)")
                                              .arg(version)
                                              .arg(instrument->version()));
            }
            const QString name = id + u'/' + QString::number(version);
            if (const auto it = pathByVersion.constFind(name); it != pathByVersion.cend()) {
                refuse(entry.path, tr("%1 version %2 is listed twice (also %3)")
                                       .arg(quoted(id))
                                       .arg(version)
                                       .arg(it.value()));
            }
            pathByVersion.insert(name, entry.path);
            result.instruments.push_back({std::move(instrument).value(), entry.path});
        };
        forEachEntry(list, {"id", "version", "json"}, readEntry);
    }

    void readHandledare(const Field& list, ExchangeDocument& result)
    {
        const auto readEntry = [&](const Field& entry) {
            Handledare h;
            h.name = nonEmptyText(field(entry, "name")).trimmed();
            h.organisation = text(field(entry, "organisation")).trimmed();
            h.active = boolean(field(entry, "active"));
            const auto key = std::pair{h.name, h.organisation};
            if (const auto it = m_handledareIndex.find(key); it != m_handledareIndex.end()) {
                refuse(entry.path, tr("the same name and organisation as %1")
                                       .arg(result.handledare[std::size_t(it->second)].path));
            }
            m_handledareIndex.emplace(key, int(result.handledare.size()));
            result.handledare.push_back({h, entry.path});
        };
        forEachEntry(list, {"name", "organisation", "active"}, readEntry);
    }

    /// A reference {"name": ..., "organisation": ...} to an entry of "handledare"; null gives
    /// NoHandledare when `nullable`.
    int handledareRef(const Field& f, bool nullable) const
    {
        if (nullable && f.value.is_null())
            return NoHandledare;
        if (!f.value.is_object()) {
            refuse(f.path, nullable ? tr("must be null or an object {\"name\": ..., "
                                         "\"organisation\": ...}")
                                    : tr("must be an object {\"name\": ..., \"organisation\": "
                                         "...}"));
        }
        allowOnly(f, {"name", "organisation"});
        const QString name = nonEmptyText(field(f, "name")).trimmed();
        const QString organisation = text(field(f, "organisation")).trimmed();
        const auto it = m_handledareIndex.find(std::pair{name, organisation});
        if (it == m_handledareIndex.end()) {
            refuse(f.path, tr("%1 (%2) is not in the document's list of handledare")
                               .arg(quoted(name), quoted(organisation)));
        }
        return it->second;
    }

    DocumentParticipant participant(const Field& entry, const ExchangeDocument& document) const
    {
        allowOnly(entry, {"code", "name", "personnummer", "protectedIdentity", "goalType",
                          "startDate", "endDate", "endReason", "handledare", "handledareHistory",
                          "consents", "insatser", "occasions", "plans", "auditLog"});
        DocumentParticipant result;
        result.path = entry.path;
        Participant& p = result.participant;
        p.code = nonEmptyText(field(entry, "code")).trimmed();
        p.name = text(field(entry, "name"));

        const Field pnrField = field(entry, "personnummer");
        if (!pnrField.value.is_null()) {
            const QString pnr = nonEmptyText(pnrField);
            auto parsed = Personnummer::parse(pnr, Clock::today());
            if (!parsed)
                refuse(pnrField.path,
                       tr("not a valid personnummer: %1").arg(parsed.errorMessage()));
            p.personnummer = parsed->normalized();
        }
        p.protectedIdentity = boolean(field(entry, "protectedIdentity"));
        p.goalType = goalType(field(entry, "goalType"));
        p.startDate = nullableDate(field(entry, "startDate"));
        p.endDate = nullableDate(field(entry, "endDate"));
        const Field endReasonField = field(entry, "endReason");
        if (endReasonField.value.is_null()) {
            if (p.endDate.isValid())
                refuse(endReasonField.path, tr("must say why the participation ended, since "
                                               "endDate is set"));
        } else {
            if (!p.endDate.isValid())
                refuse(endReasonField.path, tr("must be null while endDate is null"));
            // Any end reason's key: the unit's instrument may have its own list.
            const QString reason = text(endReasonField);
            if (!isInstrumentKey(reason)) {
                refuse(endReasonField.path, tr("must be the key of an end reason (a-z, 0-9, _ "
                                               "and -, such as \"arbete\")"));
            }
            p.endReason = reason;
        }
        if (p.startDate.isValid() && p.endDate.isValid() && p.endDate < p.startDate)
            refuse(memberPath(entry.path, u"endDate"_s), tr("is before startDate"));

        result.handledare = handledareRef(field(entry, "handledare"), true);
        result.history = history(field(entry, "handledareHistory"), result.handledare);
        result.consents = consents(field(entry, "consents"));
        result.insatser = insatser(field(entry, "insatser"));
        result.occasions = occasions(field(entry, "occasions"), document);
        result.plans = plans(field(entry, "plans"), result.occasions);
        result.auditLog = auditLog(field(entry, "auditLog"));
        return result;
    }

    std::vector<DocumentAssignment> history(const Field& list, int current) const
    {
        QString openPath;
        int openHandledare = NoHandledare;
        const auto readEntry = [&](const Field& entry) {
            DocumentAssignment a;
            a.handledare = handledareRef(field(entry, "handledare"), false);
            a.from = date(field(entry, "from"));
            const Field to = field(entry, "to");
            a.to = nullableDate(to);
            if (a.to.isValid() && a.to < a.from)
                refuse(to.path, tr("is before from"));
            if (!a.to.isValid()) {
                if (!openPath.isEmpty()) {
                    refuse(
                        to.path,
                        tr("only one period can be open (to null); %1 is open too").arg(openPath));
                }
                openPath = entry.path;
                openHandledare = a.handledare;
            }
            return a;
        };
        auto result = entriesOf(list, {"handledare", "from", "to"}, readEntry);
        if (!openPath.isEmpty() && openHandledare != current) {
            refuse(openPath, tr("the open period (to null) must be of the deltagare's current "
                                "handledare"));
        }
        return result;
    }

    std::vector<Consent> consents(const Field& list) const
    {
        const auto readEntry = [](const Field& entry) {
            Consent c;
            c.scope = nonEmptyText(field(entry, "scope")).trimmed();
            c.party = text(field(entry, "party"));
            c.given = date(field(entry, "given"));
            c.recordedBy = text(field(entry, "recordedBy"));
            const Field withdrawn = field(entry, "withdrawn");
            c.withdrawn = nullableDate(withdrawn);
            if (c.withdrawn.isValid() && c.withdrawn < c.given)
                refuse(withdrawn.path, tr("is before given"));
            return c;
        };
        return entriesOf(list, {"scope", "party", "given", "recordedBy", "withdrawn"}, readEntry);
    }

    std::vector<InsatsPeriod> insatser(const Field& list) const
    {
        const auto readEntry = [](const Field& entry) {
            InsatsPeriod period;
            const Field category = field(entry, "category");
            // Any category's key: the unit's instrument may have its own list.
            period.category = text(category);
            if (!isInstrumentKey(period.category)) {
                refuse(category.path, tr("must be the key of an insats category (a-z, 0-9, _ "
                                         "and -, such as \"jobbinriktad\")"));
            }
            period.title = text(field(entry, "title"));
            period.provider = text(field(entry, "provider"));
            period.start = date(field(entry, "start"));
            const Field end = field(entry, "end");
            period.end = nullableDate(end);
            if (period.end.isValid() && period.end < period.start)
                refuse(end.path, tr("is before start"));
            return period;
        };
        return entriesOf(list, {"category", "title", "provider", "start", "end"}, readEntry);
    }

    std::vector<DocumentOccasion> occasions(const Field& list,
                                            const ExchangeDocument& document) const
    {
        const auto readEntry = [&](const Field& entry) {
            DocumentOccasion o;
            o.path = entry.path;
            const Field dateField = field(entry, "date");
            o.occasion.date = date(dateField);
            // The same rule as in the form: an occasion is recorded on the day it is held.
            if (const QDate today = Clock::today(); o.occasion.date > today) {
                refuse(dateField.path, tr("%1 is after today (%2)")
                                           .arg(o.occasion.date.toString(Qt::ISODate),
                                                today.toString(Qt::ISODate)));
            }
            const Field stateField = field(entry, "state");
            const auto state = fromCode<OccasionState>(text(stateField));
            if (!state)
                refuse(stateField.path, tr("must be \"draft\" or \"completed\""));
            o.occasion.state = *state;
            o.handledare = handledareRef(field(entry, "handledare"), true);
            o.instrument = instrumentRef(field(entry, "instrument"), document);
            const Instrument& instrument =
                document.instruments[std::size_t(o.instrument)].instrument;
            o.occasion.answers = answers(field(entry, "answers"), instrument);
            if (const Json* absent = optionalMember(entry.value, "deltagareAbsent"))
                o.occasion.deltagareAbsent =
                    boolean(Field{*absent, memberPath(entry.path, u"deltagareAbsent"_s)});
            if (const Json* none = optionalMember(entry.value, "noInsats"))
                o.occasion.noInsats = boolean(Field{*none, memberPath(entry.path, u"noInsats"_s)});
            // The occasion form's rule: without the deltagare, the deltagare's part is empty.
            if (o.occasion.deltagareAbsent) {
                for (const auto& [key, answer] : o.occasion.answers) {
                    const Question* q = instrument.question(key);
                    if (q && q->respondent == Respondent::Deltagare) {
                        refuse(memberPath(memberPath(entry.path, u"answers"_s), key),
                               tr("the participant did not take part (\"deltagareAbsent\": "
                                  "true), yet this is an answer of theirs"));
                    }
                }
            }

            const Json* notes = optionalMember(entry.value, "notes");
            if (m_sensitiveIncluded) {
                o.occasion.notes = text(field(entry, "notes"));
            } else if (notes) {
                refuse(memberPath(entry.path, u"notes"_s),
                       tr("notes are sensitive, but the document says \"sensitiveIncluded\": "
                          "false"));
            }
            o.occasion.completedAt = nullableTimestamp(field(entry, "completedAt"));
            o.edits = edits(field(entry, "edits"), instrument);
            return o;
        };
        return entriesOf(list,
                         {"date", "state", "deltagareAbsent", "noInsats", "handledare",
                          "instrument", "answers", "notes", "completedAt", "edits"},
                         readEntry);
    }

    int instrumentRef(const Field& f, const ExchangeDocument& document) const
    {
        object(f);
        allowOnly(f, {"id", "version"});
        const QString id = nonEmptyText(field(f, "id"));
        const int version = integer(field(f, "version"), 1, std::numeric_limits<int>::max());
        for (std::size_t i = 0; i < document.instruments.size(); ++i) {
            const Instrument& instrument = document.instruments[i].instrument;
            if (instrument.id() == id && instrument.version() == version)
                return int(i);
        }
        refuse(f.path, tr("instrument %1 version %2 is not in the document's instruments")
                           .arg(quoted(id))
                           .arg(version));
    }

    std::map<QString, Answer> answers(const Field& f, const Instrument& instrument) const
    {
        object(f);
        std::map<QString, Answer> result;
        for (auto it = f.value.begin(); it != f.value.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const Field entry{it.value(), memberPath(f.path, elided(key))};
            const Question* question = instrument.question(key);
            if (!question) {
                refuse(entry.path, tr("%1 is not a question of instrument %2 version %3")
                                       .arg(quoted(key), quoted(instrument.id()))
                                       .arg(instrument.version()));
            }
            if (question->sensitive && !m_sensitiveIncluded) {
                refuse(entry.path, tr("the answer to a sensitive question, but the document "
                                      "says \"sensitiveIncluded\": false"));
            }
            object(entry);
            const Json* value = optionalMember(entry.value, "value");
            const Json* code = optionalMember(entry.value, "code");
            if ((value != nullptr) == (code != nullptr) || entry.value.size() != 1) {
                refuse(entry.path, tr("must be either {\"value\": a number} or {\"code\": an "
                                      "option or non-answer}"));
            }
            Answer answer;
            if (value) {
                const Field valueField{*value, memberPath(entry.path, u"value"_s)};
                if (question->scale.type != Scale::Type::Numeric) {
                    refuse(valueField.path, tr("this question is answered with a code (an option "
                                               "or a non-answer), not a value"));
                }
                answer.value = integer(valueField, question->scale.min, question->scale.max);
            } else {
                const Field codeField{*code, memberPath(entry.path, u"code"_s)};
                answer.code = nonEmptyText(codeField);
                if (!instrument.accepts(key, answer)) {
                    refuse(codeField.path,
                           question->scale.type == Scale::Type::Numeric
                               ? tr("%1 is not a non-answer this question allows")
                                     .arg(quoted(answer.code))
                               : tr("%1 is not an option or a non-answer of this question")
                                     .arg(quoted(answer.code)));
                }
            }
            if (!instrument.accepts(key, answer)) // the domain's own rule, as the form uses it
                refuse(entry.path, tr("is not an answer this question accepts"));
            result.emplace(key, std::move(answer));
        }
        return result;
    }

    std::vector<OccasionEdit> edits(const Field& list, const Instrument& instrument) const
    {
        const auto readEntry = [&](const Field& entry) {
            OccasionEdit e;
            e.at = timestamp(field(entry, "at"));
            e.by = text(field(entry, "by"));
            const Field fieldName = field(entry, "field");
            e.field = nonEmptyText(fieldName);
            if (!m_sensitiveIncluded && isSensitiveField(e.field, instrument)) {
                refuse(fieldName.path, tr("an edit of sensitive content, but the document says "
                                          "\"sensitiveIncluded\": false"));
            }
            e.before = nullableText(field(entry, "before"));
            e.after = nullableText(field(entry, "after"));
            return e;
        };
        return entriesOf(list, {"at", "by", "field", "before", "after"}, readEntry);
    }

    std::vector<DocumentPlan> plans(const Field& list,
                                    const std::vector<DocumentOccasion>& occasions) const
    {
        const auto readEntry = [&](const Field& entry) {
            DocumentPlan plan;
            plan.path = entry.path;
            const Field occasionDate = field(entry, "occasionDate");
            if (const QDate day = nullableDate(occasionDate); day.isValid()) {
                plan.occasion = occasionOn(day, occasions);
                if (plan.occasion < 0)
                    refuse(occasionDate.path, tr("no occasion of this deltagare is on that day"));
            }
            plan.plan.goalType = goalType(field(entry, "goalType"));
            plan.plan.goalText = text(field(entry, "goalText"));
            if (const Json* next = optionalMember(entry.value, "nextMeeting"))
                plan.plan.nextMeeting =
                    nullableDate({*next, memberPath(entry.path, u"nextMeeting"_s)});
            plan.plan.delmal = entriesOf(field(entry, "delmal"),
                                         {"what", "why", "indicators", "targetLevel", "responsible",
                                          "responsibleName", "start", "target", "status",
                                          "followUp", "activities"},
                                         delmalFrom);
            return plan;
        };
        return entriesOf(list, {"occasionDate", "goalType", "goalText", "nextMeeting", "delmal"},
                         readEntry);
    }

    /// The occasion a plan made on `day` belongs to: the first completed one that day, else the
    /// first one; -1 when there is none.
    static int occasionOn(const QDate& day, const std::vector<DocumentOccasion>& occasions)
    {
        int any = -1;
        for (std::size_t i = 0; i < occasions.size(); ++i) {
            if (occasions[i].occasion.date != day)
                continue;
            if (occasions[i].occasion.state == OccasionState::Completed)
                return int(i);
            if (any < 0)
                any = int(i);
        }
        return any;
    }

    /// A delmål of "plans" (its members checked by plans()).
    static Delmal delmalFrom(const Field& entry)
    {
        Delmal d;
        d.what = text(field(entry, "what"));
        d.why = text(field(entry, "why"));
        const Field indicators = field(entry, "indicators");
        const Json& keys = array(indicators);
        for (std::size_t i = 0; i < keys.size(); ++i) {
            const Field keyField{keys[i], elementPath(indicators.path, std::int64_t(i))};
            const QString k = key(keyField);
            if (d.indicators.contains(k))
                refuse(keyField.path, tr("%1 is listed twice").arg(quoted(k)));
            d.indicators.append(k);
        }
        const Field targetLevel = field(entry, "targetLevel");
        if (!targetLevel.value.is_null())
            d.targetLevel = integer(targetLevel, 0, 100);
        const Field responsible = field(entry, "responsible");
        const auto who = fromCode<Responsible>(text(responsible));
        if (!who)
            refuse(responsible.path, tr("must be \"deltagare\", \"handledare\" or \"annan\""));
        d.responsible = *who;
        d.responsibleName = text(field(entry, "responsibleName"));
        d.start = nullableDate(field(entry, "start"));
        d.target = nullableDate(field(entry, "target"));
        const Field status = field(entry, "status");
        const auto s = fromCode<DelmalStatus>(text(status));
        if (!s) {
            refuse(status.path, tr("must be one of \"ej_paborjat\", \"pagar\", \"uppnatt\", "
                                   "\"delvis_uppnatt\", \"ej_uppnatt\""));
        }
        d.status = *s;
        d.followUp = text(field(entry, "followUp"));
        const auto activity = [](const Field& a) {
            return Activity{0, text(field(a, "what")), text(field(a, "who")),
                            nullableDate(field(a, "when")), boolean(field(a, "done"))};
        };
        d.activities =
            entriesOf(field(entry, "activities"), {"what", "who", "when", "done"}, activity);
        return d;
    }

    std::vector<AuditEntry> auditLog(const Field& list) const
    {
        const auto readEntry = [](const Field& entry) {
            AuditEntry e;
            e.at = timestamp(field(entry, "at"));
            e.osUser = text(field(entry, "osUser"));
            e.action = nonEmptyText(field(entry, "action"));
            e.entity = nonEmptyText(field(entry, "entity"));
            e.details = text(field(entry, "details"));
            return e;
        };
        return entriesOf(list, {"at", "osUser", "action", "entity", "details"}, readEntry);
    }

    // ----- lists -----

    /// Calls `readEntry` with each entry of the array `list`, in order, once it is known to be an
    /// object with no member but those `allowed`.
    template <typename Read>
    static void forEachEntry(const Field& list, std::initializer_list<std::string_view> allowed,
                             Read readEntry)
    {
        const Json& entries = array(list);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            const Field entry{entries[i], elementPath(list.path, std::int64_t(i))};
            allowOnly(entry, allowed);
            readEntry(entry);
        }
    }

    /// What `readEntry` makes of each entry of the array `list` (as forEachEntry()), in order.
    template <typename Read>
    static std::vector<std::invoke_result_t<Read&, const Field&>>
    entriesOf(const Field& list, std::initializer_list<std::string_view> allowed, Read readEntry)
    {
        std::vector<std::invoke_result_t<Read&, const Field&>> result;
        forEachEntry(list, allowed,
                     [&](const Field& entry) { result.push_back(readEntry(entry)); });
        return result;
    }

    // ----- values -----

    static GoalType goalType(const Field& f)
    {
        const auto type = fromCode<GoalType>(text(f));
        if (!type)
            refuse(f.path, tr("must be \"arbete\" or \"studier\""));
        return *type;
    }

    static Field field(const Field& parent, const char* name)
    {
        const QString path = memberPath(parent.path, QString::fromLatin1(name));
        const Json& members = object(parent);
        const auto it = members.find(name);
        if (it == members.end())
            refuse(path, tr("is missing"));
        return {*it, path};
    }

    /// The member `name` (which may be null), or nullptr when it is left out.
    static const Json* optionalMember(const Json& object, const char* name)
    {
        const auto it = object.find(name);
        return it == object.end() ? nullptr : &*it;
    }

    /// Refuses a member that is not in `allowed`.
    static void allowOnly(const Field& f, std::initializer_list<std::string_view> allowed)
    {
        object(f);
        for (auto it = f.value.begin(); it != f.value.end(); ++it) {
            if (std::find(allowed.begin(), allowed.end(), it.key()) == allowed.end()) {
                refuse(memberPath(f.path, elided(QString::fromStdString(it.key()))),
                       tr("not a field of the exchange format (misspelt?)"));
            }
        }
    }

    /// Any string, empty included. A NUL character is refused: no field needs one and other
    /// programs reading the database would cut the text there.
    static QString text(const Field& f)
    {
        if (!f.value.is_string())
            refuse(f.path, tr("must be a string"));
        const std::string& bytes = f.value.get_ref<const std::string&>();
        if (bytes.find('\0') != std::string::npos)
            refuse(f.path, tr("must not contain the NUL character (\\u0000)"));
        return QString::fromStdString(bytes);
    }

    static QString nonEmptyText(const Field& f)
    {
        QString result = text(f);
        if (result.trimmed().isEmpty())
            refuse(f.path, tr("must not be empty"));
        return result;
    }

    /// A string, or a null QString for null.
    static QString nullableText(const Field& f)
    {
        if (f.value.is_null())
            return {};
        QString result = text(f);
        if (result.isNull())
            result = u""_s; // present but empty: kept apart from null
        return result;
    }

    /// A string of a-z, 0-9, _ and - (an indicator or question key).
    static QString key(const Field& f)
    {
        const QString result = nonEmptyText(f);
        const bool plain = std::all_of(result.cbegin(), result.cend(), [](QChar c) {
            return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'_' || c == u'-';
        });
        if (!plain)
            refuse(f.path, tr("%1 may contain only a-z, 0-9, _ and -").arg(quoted(result)));
        return result;
    }

    static int integer(const Field& f, int low, int high)
    {
        const Json& v = f.value;
        if (v.is_number_unsigned()) {
            if (const auto n = v.get<std::uint64_t>();
                n <= std::uint64_t(std::max(high, 0)) && std::int64_t(n) >= std::int64_t(low))
                return int(n);
        } else if (v.is_number_integer()) {
            if (const auto n = v.get<std::int64_t>(); n >= low && n <= high)
                return int(n);
        }
        refuse(f.path, tr("must be a whole number from %1 to %2").arg(low).arg(high));
    }

    static QDate date(const Field& f)
    {
        static const QRegularExpression pattern(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
        if (!f.value.is_string())
            refuse(f.path, tr("must be a date written YYYY-MM-DD"));
        const QString s = text(f);
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (!pattern.match(s).hasMatch() || !d.isValid())
            refuse(f.path, tr("%1 is not a date written YYYY-MM-DD").arg(quoted(s)));
        return d;
    }

    static QDate nullableDate(const Field& f)
    {
        if (f.value.is_null())
            return {};
        if (!f.value.is_string())
            refuse(f.path, tr("must be null or a date written YYYY-MM-DD"));
        return date(f);
    }

    static QDateTime timestamp(const Field& f)
    {
        static const QRegularExpression pattern(
            u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?(Z|[+-]\\d{2}:\\d{2})$"_s);
        if (!f.value.is_string())
            refuse(f.path, tr("must be a time written YYYY-MM-DDThh:mm:ss.sssZ"));
        const QString s = text(f);
        const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!pattern.match(s).hasMatch() || !t.isValid()) {
            refuse(f.path, tr("%1 is not a time written YYYY-MM-DDThh:mm:ss.sssZ").arg(quoted(s)));
        }
        return t.toUTC();
    }

    static QDateTime nullableTimestamp(const Field& f)
    {
        if (f.value.is_null())
            return {};
        return timestamp(f);
    }

    static bool isSensitiveField(const QString& name, const Instrument& instrument)
    {
        if (name == "notes"_L1)
            return true;
        const Question* q = instrument.question(name);
        return q && q->sensitive;
    }

    const Progress& m_progress;
    bool m_sensitiveIncluded = false;
    std::map<std::pair<QString, QString>, int> m_handledareIndex;
};

} // namespace

json::JsonLimits importLimits()
{
    json::JsonLimits limits;
    limits.maxDocumentBytes = MaxFileBytes;
    limits.maxStringBytes = MaxStringBytes;
    limits.maxNumberChars = MaxNumberChars;
    limits.maxDepth = MaxDepth;
    limits.maxMembers = MaxMembers;
    limits.maxValues = MaxValues;
    return limits;
}

QString cancelledMessage(bool import)
{
    return import ? QCoreApplication::translate("Exchange",
                                                "The import was cancelled; nothing was imported.")
                  : QCoreApplication::translate("Exchange",
                                                "The export was cancelled; no file was written.");
}

Result<ExchangeDocument> readDocument(QByteArray bytes, const Progress& progress, bool bytesScanned)
{
    const json::JsonLimits limits = importLimits();
    if (!bytesScanned) {
        JsonByteScanner scanner(limits);
        if (!scanner.feed(bytes))
            return *scanner.problem();
    }
    if (progress && !progress(0, 0))
        return makeError(Error::Kind::Invalid, cancelledMessage(true));
    if (auto sound = checkJsonStructure(bytes, limits); !sound)
        return sound.error();
    try {
        Json document = Json::parse(bytes.cbegin(), bytes.cend(), nullptr, true);
        bytes = QByteArray();
        return Reader(progress).read(document);
    } catch (const Refusal& refusal) {
        return refusal.error;
    } catch (const std::exception& ex) { // e.g. std::bad_alloc; the checks above catch the rest
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate("Exchange", "The file could not be read: %1")
                             .arg(QString::fromLocal8Bit(ex.what())));
    }
}

} // namespace tilltro::exchange::detail
