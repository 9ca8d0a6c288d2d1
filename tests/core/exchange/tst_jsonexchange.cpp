#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include <sys/resource.h>

#include <algorithm>
#include <memory>
#include <set>
#include <string>

#include "cliutil.h"
#include "core/exchange/jsonexchange.h"
#include "core/instrument/instrument.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using tilltro::test::dataPath;
using tilltro::test::readAll;

namespace {

using Json = nlohmann::json; // unordered: comparisons ignore member order

Json parse(const QByteArray& bytes)
{
    return Json::parse(bytes.cbegin(), bytes.cend());
}

QByteArray fixture(const QString& name)
{
    return readAll(dataPath(u"exchange/"_s + name));
}

/// A document without what legitimately differs between two exports of the same content.
Json comparable(Json document)
{
    document.erase("exportedAt");
    document.erase("generator");
    return document;
}

/// `comparable()` without the audit logs (an import adds its own entries).
Json withoutAudit(Json document)
{
    document = comparable(std::move(document));
    for (Json& p : document["participants"])
        p.erase("auditLog");
    return document;
}

QString differences(const Json& a, const Json& b)
{
    return QString::fromStdString(Json::diff(a, b).dump()).left(3000);
}

/// Everything in the database as the exchange sees it, sensitive content included.
Json snapshot(Database& db)
{
    exchange::ExportOptions options;
    options.includeSensitive = true;
    auto bytes = exchange::buildDocument(db, options);
    if (!bytes)
        return Json(bytes.errorMessage().toStdString());
    return comparable(parse(bytes.value()));
}

exchange::ExportOptions sensitive(bool include, const QString& code = {})
{
    exchange::ExportOptions options;
    options.includeSensitive = include;
    options.participantCode = code;
    return options;
}

std::size_t auditCount(Database& db, const QString& action)
{
    std::size_t count = 0;
    auto all = ParticipantRepository(db).all();
    if (!all)
        return 0;
    for (const Participant& p : all.value()) {
        auto entries = AuditLog(db).forParticipant(p.id);
        for (const AuditEntry& e : entries.value())
            count += e.action == action ? 1 : 0;
    }
    return count;
}

long maxResidentKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

/// The schema node `node` stands for, following "$ref": "#/$defs/...".
const Json& resolved(const Json& schema, const Json& node)
{
    const Json* n = &node;
    while (n->is_object() && n->contains("$ref")) {
        const std::string ref = (*n)["$ref"].get<std::string>();
        n = &schema["$defs"][ref.substr(std::string("#/$defs/").size())];
    }
    return *n;
}

bool typeFits(const Json& node, const Json& value)
{
    if (!node.contains("type"))
        return true;
    const auto name = [](const Json& v) -> std::string {
        if (v.is_null())
            return "null";
        if (v.is_boolean())
            return "boolean";
        if (v.is_number_integer())
            return "integer";
        if (v.is_number())
            return "number";
        if (v.is_string())
            return "string";
        return v.is_array() ? "array" : "object";
    };
    const Json& type = node["type"];
    const std::string actual = name(value);
    if (type.is_string())
        return type == actual;
    return std::find(type.begin(), type.end(), actual) != type.end();
}

/// Walks `value` along `node` of the JSON Schema, checking only the shape: every member of an
/// object is a declared property (or additionalProperties allows it) and every required one is
/// there. Enough to see the schema and the exporter drift apart.
void checkShape(const Json& schema, const Json& node, const Json& value, const std::string& path,
                QStringList& problems)
{
    const Json* s = &resolved(schema, node);
    if (s->contains("oneOf")) {
        const Json* chosen = nullptr;
        for (const Json& branch : (*s)["oneOf"]) {
            const Json& b = resolved(schema, branch);
            bool fits = typeFits(b, value);
            if (fits && value.is_object() && b.contains("required")) {
                for (const Json& r : b["required"])
                    fits = fits && value.contains(r.get<std::string>());
            }
            if (fits) {
                chosen = &b;
                break;
            }
        }
        if (!chosen) {
            problems << QString::fromStdString(path + ": no oneOf branch fits");
            return;
        }
        s = chosen;
    }
    if (!typeFits(*s, value)) {
        problems << QString::fromStdString(path + ": wrong type");
        return;
    }
    if (value.is_object() && s->contains("properties")) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            const std::string member = path + "." + it.key();
            if ((*s)["properties"].contains(it.key()))
                checkShape(schema, (*s)["properties"][it.key()], it.value(), member, problems);
            else if (s->contains("additionalProperties") && (*s)["additionalProperties"] == false)
                problems << QString::fromStdString(member + ": not in the schema");
        }
        if (s->contains("required")) {
            for (const Json& r : (*s)["required"]) {
                if (!value.contains(r.get<std::string>()))
                    problems << QString::fromStdString(path + "." + r.get<std::string>() +
                                                       ": required by the schema, not written");
            }
        }
    } else if (value.is_object() && s->contains("additionalProperties") &&
               (*s)["additionalProperties"].is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it)
            checkShape(schema, (*s)["additionalProperties"], it.value(), path + "." + it.key(),
                       problems);
    } else if (value.is_array() && s->contains("items")) {
        for (std::size_t i = 0; i < value.size(); ++i)
            checkShape(schema, (*s)["items"], value[i], path + "[" + std::to_string(i) + "]",
                       problems);
    }
}

/// The member names in `value`, except inside embedded instruments and answers (whose names
/// come from the instrument).
void memberNames(const Json& value, std::set<std::string>& names)
{
    if (value.is_object()) {
        for (auto it = value.begin(); it != value.end(); ++it) {
            names.insert(it.key());
            if (it.key() != "json" && it.key() != "answers")
                memberNames(it.value(), names);
        }
    } else if (value.is_array()) {
        for (const Json& element : value)
            memberNames(element, names);
    }
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

/// The real executable, as a script would run it.
Run runCli(const QStringList& args)
{
    const test::CliRun r = test::runTilltro(args + QStringList{u"--lang"_s, u"en"_s});
    return {r.exitCode, r.out, r.err};
}

} // namespace

class TestJsonExchange : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;

    QString path(const QString& name) const { return m_dir->filePath(name); }

    /// A new database with the demo deltagare (D-0001...), or null.
    std::unique_ptr<Database> demo(const QString& name, int participants = 12)
    {
        auto db = Database::create(path(name));
        if (!db)
            return nullptr;
        DemoOptions options;
        options.participants = participants;
        if (!fillWithDemoData(*db.value(), options))
            return nullptr;
        return std::move(db).value();
    }

    /// A new database holding tests/data/exchange/good/full.json (X-0001, X-0002), or null.
    std::unique_ptr<Database> full(const QString& name)
    {
        auto db = Database::create(path(name));
        if (!db || !exchange::importBytes(*db.value(), fixture(u"good/full.json"_s)))
            return nullptr;
        return std::move(db).value();
    }

    /// Checks that `after` holds the `before` document's deltagare with their audit logs
    /// carried over and one "import" entry each.
    static bool auditCarriedOver(const Json& before, const Json& after, QString& why)
    {
        for (std::size_t i = 0; i < before["participants"].size(); ++i) {
            const Json& was = before["participants"][i]["auditLog"];
            const Json& now = after["participants"][i]["auditLog"];
            if (now.size() < was.size() + 1) {
                why = u"participant %1: log too short"_s.arg(i);
                return false;
            }
            const std::size_t start = now.size() - was.size() - 1;
            for (std::size_t k = 0; k < was.size(); ++k) {
                if (now[start + k] != was[k]) {
                    why = u"participant %1: entry %2 differs"_s.arg(i).arg(k);
                    return false;
                }
            }
            if (now.back()["action"] != "import" || now.back()["entity"] != "participant") {
                why = u"participant %1: no import entry at the end"_s.arg(i);
                return false;
            }
        }
        return true;
    }

    struct BrokenCase {
        const char* file;
        QString expected; ///< the start of the message
        int kind;
    };

    /// Every file in tests/data/exchange/broken with the refusal it gets.
    static std::vector<BrokenCase> brokenCases()
    {
        std::vector<BrokenCase> cases;
        const int invalid = int(Error::Kind::Invalid);
        const auto row = [&](const char* name, const QString& expected, int kind) {
            cases.push_back({name, expected, kind});
        };
        row("not-json.json", u"line 17, column 6: not valid JSON"_s, invalid);
        row("empty-file.json", u"The file is empty."_s, invalid);
        row("not-an-object.json", u"The file must hold a JSON object"_s, invalid);
        row("invalid-utf8.json", u"line 283, column 23: not valid JSON"_s, invalid);
        row("duplicate-key.json", u"participants[0]: the member \"code\" appears twice"_s, invalid);
        row("nul-character.json", u"participants[0].name: must not contain the NUL"_s, invalid);
        row("number-overflow.json", u"line 360, column 28: not valid JSON: number overflow"_s,
            invalid);
        row("wrong-format.json", u"format: must be \"tilltro-exchange\""_s, invalid);
        row("instrument-file.json", u"format: this is an instrument definition"_s, invalid);
        row("newer-format-version.json",
            u"formatVersion: the file was made by a newer version of Tilltro"_s,
            int(Error::Kind::Unsupported));
        row("missing-field.json", u"participants[0].code: is missing"_s, invalid);
        row("wrong-type.json", u"participants[0].protectedIdentity: must be true or false"_s,
            invalid);
        row("unknown-field.json", u"participants[0].personummer: not a field"_s, invalid);
        row("occasion-after-today.json",
            u"participants[0].occasions[2].date: 2999-12-31 is after today"_s, invalid);
        row("participants-not-array.json", u"participants: must be an array"_s, invalid);
        row("next-meeting-impossible-date.json",
            u"participants[0].plans[0].nextMeeting: \"2025-06-31\" is not a date written "
            u"YYYY-MM-DD"_s,
            invalid);
        row("absent-with-participant-answers.json",
            u"participants[0].occasions[3].answers.d_halsa: the participant did not take part "
            u"(\"deltagareAbsent\": true), yet this is an answer of theirs"_s,
            invalid);
        row("answer-out-of-range.json",
            u"participants[0].occasions[0].answers.d_halsa.value: must be a whole number from 1 "
            u"to 10"_s,
            invalid);
        row("answer-not-whole.json",
            u"participants[0].occasions[0].answers.d_halsa.value: must be a whole number"_s,
            invalid);
        row("number-beyond-64-bits.json",
            u"participants[0].occasions[0].answers.d_halsa.value: must be a whole number from 1 "
            u"to 10"_s,
            invalid);
        row("negative-beyond-64-bits.json",
            u"participants[0].occasions[0].answers.d_halsa.value: must be a whole number"_s,
            invalid);
        row("answer-value-and-code.json",
            u"participants[0].occasions[0].answers.d_halsa: must be either"_s, invalid);
        row("answer-unknown-question.json",
            u"participants[0].occasions[0].answers.lon: \"lon\" is not a question"_s, invalid);
        row("answer-bad-code.json",
            u"participants[0].occasions[0].answers.tilltro.code: \"kanske\" is not an option"_s,
            invalid);
        row("instrument-reference-missing.json",
            u"participants[0].occasions[0].instrument: instrument \"exchange-test\" version 7 is "
            u"not in the document's instruments"_s,
            invalid);
        row("broken-embedded-instrument.json", u"instruments[0].json: questions: is missing"_s,
            invalid);
        row("instrument-id-mismatch.json", u"instruments[0].id: \"other\" differs"_s, invalid);
        row("personnummer-check-digit.json",
            u"participants[0].personnummer: not a valid personnummer: The check digit is wrong"_s,
            invalid);
        row("impossible-date.json",
            u"participants[0].startDate: \"2025-02-30\" is not a date written YYYY-MM-DD"_s,
            invalid);
        row("date-with-time.json", u"participants[0].insatser[0].start: "_s, invalid);
        row("end-reason-without-end-date.json",
            u"participants[0].endReason: must be null while endDate is null"_s, invalid);
        row("end-reason-not-a-key.json",
            u"participants[0].endReason: must be the key of an end reason"_s, invalid);
        row("handledare-not-listed.json",
            u"participants[0].handledare: \"Okänd\" (\"\") is not in the document's list"_s,
            invalid);
        row("duplicate-code-in-file.json",
            u"participants[1].code: \"X-0001\" is also the code of participants[0]"_s, invalid);
        row("sensitive-answer-when-excluded.json",
            u"participants[0].occasions[0].answers.vald: the answer to a sensitive question"_s,
            invalid);
        row("notes-when-excluded.json", u"participants[0].occasions[0].notes: "_s, invalid);
        row("plan-occasion-date-unknown.json", u"participants[0].plans[0].occasionDate: "_s,
            invalid);
        row("two-open-handledare-periods.json",
            u"participants[0].handledareHistory[1].to: only one period can be open"_s, invalid);
        row("insats-ends-before-start.json", u"participants[0].insatser[0].end: is before start"_s,
            invalid);
        return cases;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void cleanup() { m_dir.reset(); }

    // ----- round trips -----

    void roundTrip_demoDatabase_newDatabaseHasSameContent()
    {
        auto source = demo(u"demo.tilltro"_s);
        QVERIFY(source);
        const QString file = path(u"all.json"_s);
        auto exported = exchange::exportToFile(*source, file, sensitive(true));
        QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
        QCOMPARE(exported->codes.size(), 12);
        const Json written = comparable(parse(readAll(file)));
        QCOMPARE(written["participants"].size(), 12u);

        const QString target = path(u"new/copy.tilltro"_s);
        auto imported = exchange::importInto(target, file);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QVERIFY(imported->databaseCreated);
        QCOMPARE(imported->codes, exported->codes);
        auto copy = Database::open(target);
        QVERIFY2(copy.ok(), qPrintable(copy.errorMessage()));
        const Json again = snapshot(*copy.value());

        QVERIFY2(withoutAudit(again) == withoutAudit(written),
                 qPrintable(differences(withoutAudit(written), withoutAudit(again))));
        QString why;
        QVERIFY2(auditCarriedOver(written, again, why), qPrintable(why));
    }

    void roundTrip_sensitiveLeftOut_sameContentAgain()
    {
        auto source = demo(u"demo.tilltro"_s, 4);
        QVERIFY(source);
        const QString file = path(u"all.json"_s);
        QVERIFY(exchange::exportToFile(*source, file, sensitive(false)).ok());
        const QString target = path(u"copy.tilltro"_s);
        auto imported = exchange::importInto(target, file);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QVERIFY(!imported->sensitiveIncluded);
        auto copy = Database::open(target);
        QVERIFY(copy.ok());
        auto again = exchange::buildDocument(*copy.value(), sensitive(false));
        QVERIFY(again.ok());
        const Json a = withoutAudit(parse(readAll(file)));
        const Json b = withoutAudit(parse(again.value()));
        QVERIFY2(a == b, qPrintable(differences(a, b)));
    }

    void roundTrip_everyFieldOfTheFormat_keptExactly()
    {
        // good/full.json uses every field: edits with null values, handledare history, a
        // withdrawn consent, an ended participation, a draft, plans with and without an
        // occasion, samordningsnummer, protected identity.
        auto db = full(u"full.tilltro"_s);
        QVERIFY(db);
        const Json original = comparable(parse(fixture(u"good/full.json"_s)));
        const Json again = snapshot(*db);
        QVERIFY2(withoutAudit(again) == withoutAudit(original),
                 qPrintable(differences(withoutAudit(original), withoutAudit(again))));
        QString why;
        QVERIFY2(auditCarriedOver(original, again, why), qPrintable(why));
    }

    void roundTrip_instrumentStoredWithTheSameContent()
    {
        auto db = full(u"full.tilltro"_s);
        QVERIFY(db);
        auto rows = InstrumentRepository(*db).storedRowIds();
        QVERIFY(rows.ok());
        QCOMPARE(rows->size(), 1u);
        auto stored = InstrumentRepository(*db).load(rows->front());
        QVERIFY(stored.ok());
        QCOMPARE(stored->id(), u"exchange-test"_s);
        QVERIFY(parse(stored->json()) ==
                parse(fixture(u"good/full.json"_s))["instruments"][0]["json"]);
    }

    // ----- export -----

    void exportOne_holdsOnlyThatDeltagareAndWhatItRefersTo()
    {
        auto db = demo(u"demo.tilltro"_s);
        QVERIFY(db);
        const QString file = path(u"one.json"_s);
        auto exported = exchange::exportToFile(*db, file, sensitive(false, u"D-0002"_s));
        QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
        QCOMPARE(exported->codes, QStringList{u"D-0002"_s});
        const Json document = parse(readAll(file));
        QVERIFY(document["scope"] == "participant");
        QCOMPARE(document["participants"].size(), 1u);
        const Json& p = document["participants"][0];
        QVERIFY(p["code"] == "D-0002");
        QVERIFY(p["protectedIdentity"] == true); // a full-fidelity exchange keeps it as stored
        QVERIFY(p["name"].is_string() && !p["name"].get<std::string>().empty());
        QCOMPARE(document["instruments"].size(), 1u);
        // Only the handledare D-0002 refers to, not all three.
        QCOMPARE(document["handledare"].size(), 1u);
        QVERIFY(document["handledare"][0]["name"] == p["handledare"]["name"]);
    }

    void exportOne_unknownCode_notFoundAndNoFile()
    {
        auto db = demo(u"demo.tilltro"_s, 2);
        QVERIFY(db);
        const QString file = path(u"one.json"_s);
        auto exported = exchange::exportToFile(*db, file, sensitive(false, u"D-9999"_s));
        QVERIFY(!exported.ok());
        QCOMPARE(exported.error().kind, Error::Kind::NotFound);
        QVERIFY(exported.errorMessage().contains(u"D-9999"_s));
        QVERIFY(!QFile::exists(file));
        QCOMPARE(auditCount(*db, u"export"_s), 0u);
    }

    void export_byDefault_leavesOutSensitiveAnswersNotesAndTheirEdits()
    {
        auto db = full(u"full.tilltro"_s);
        QVERIFY(db);
        const QString file = path(u"default.json"_s);
        auto exported = exchange::exportToFile(*db, file);
        QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
        QVERIFY(!exported->sensitiveIncluded);
        const QByteArray bytes = readAll(file);
        const Json document = parse(bytes);
        QVERIFY(document["sensitiveIncluded"] == false);
        const Json& occasions = document["participants"][0]["occasions"];
        QCOMPARE(occasions.size(), 4u);
        for (const Json& o : occasions) {
            QVERIFY(!o.contains("notes"));
            QVERIFY(!o["answers"].contains("vald"));
            // The last one the deltagare did not take part in: the handledare's part only.
            QCOMPARE(o["answers"].contains("d_halsa"), o["deltagareAbsent"] == false);
        }
        // Of the three edits only the one of d_halsa is not sensitive.
        QCOMPARE(occasions[0]["edits"].size(), 1u);
        QVERIFY(occasions[0]["edits"][0]["field"] == "d_halsa");
        // Not a trace of the texts in the file.
        QVERIFY(!bytes.contains("komma igång"));
        QVERIFY(!bytes.contains("Utkast."));
        QVERIFY(!bytes.contains("kom inte"));
        QVERIFY(!bytes.contains("ej_aktuellt\"}"));
        // And the document imports again.
        auto again = exchange::importInto(path(u"again.tilltro"_s), file);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    }

    void export_includeSensitive_hasSensitiveAnswersNotesAndEdits()
    {
        auto db = full(u"full.tilltro"_s);
        QVERIFY(db);
        const QString file = path(u"sensitive.json"_s);
        auto exported = exchange::exportToFile(*db, file, sensitive(true));
        QVERIFY2(exported.ok(), qPrintable(exported.errorMessage()));
        QVERIFY(exported->sensitiveIncluded);
        const Json document = parse(readAll(file));
        QVERIFY(document["sensitiveIncluded"] == true);
        const Json& o = document["participants"][0]["occasions"][0];
        QVERIFY(o["answers"]["vald"]["code"] == "ej_aktuellt");
        QVERIFY(o["notes"] == "Första samtalet.\nVill komma igång med praktik.");
        QCOMPARE(o["edits"].size(), 3u);
    }

    void export_recordsOneAuditEntryPerDeltagare_buildDocumentNone()
    {
        auto db = demo(u"demo.tilltro"_s, 3);
        QVERIFY(db);
        QVERIFY(exchange::buildDocument(*db).ok());
        QCOMPARE(auditCount(*db, u"export"_s), 0u);
        QVERIFY(exchange::exportToFile(*db, path(u"a.json"_s)).ok());
        QCOMPARE(auditCount(*db, u"export"_s), 3u);
        QVERIFY(exchange::exportToFile(*db, path(u"b.json"_s), sensitive(true, u"D-0001"_s)).ok());
        QCOMPARE(auditCount(*db, u"export"_s), 4u);
    }

    void export_file_isReadableByTheOwnerOnly()
    {
        auto db = demo(u"demo.tilltro"_s, 2);
        QVERIFY(db);
        const QString file = path(u"all.json"_s);
        QVERIFY(exchange::exportToFile(*db, file).ok());
        QCOMPARE(QFileInfo(file).permissions() &
                     (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
                 QFile::Permissions());
    }

    void export_unwritableTarget_failsWithoutFileOrAuditEntry()
    {
        auto db = demo(u"demo.tilltro"_s, 2);
        QVERIFY(db);
        const QString file = path(u"no-such-folder/all.json"_s);
        auto exported = exchange::exportToFile(*db, file);
        QVERIFY(!exported.ok());
        // Refused before anything is opened, as a backup into a missing folder is.
        QCOMPARE(exported.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFile::exists(file));
        QCOMPARE(auditCount(*db, u"export"_s), 0u);
    }

    void export_cancelled_writesNothingAndKeepsAnOldFile()
    {
        auto db = demo(u"demo.tilltro"_s, 5);
        QVERIFY(db);
        const QString file = path(u"all.json"_s);
        QVERIFY(test::writeFile(file, "old content\n"));
        exchange::ExportOptions options;
        int calls = 0;
        options.progress = [&](int done, int total) {
            ++calls;
            return !(done == 3 && total == 5);
        };
        auto exported = exchange::exportToFile(*db, file, options);
        QVERIFY(!exported.ok());
        QVERIFY(exported.errorMessage().contains(u"cancelled"_s));
        QCOMPARE(calls, 4); // 0, 1, 2, 3
        QCOMPARE(readAll(file), QByteArray("old content\n"));
        QCOMPARE(auditCount(*db, u"export"_s), 0u);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).filter(u"all.json"_s).size(), 1);
    }

    void export_ontoTheDatabaseItself_refused()
    {
        auto db = demo(u"demo.tilltro"_s, 2);
        QVERIFY(db);
        const Json before = snapshot(*db);
        auto exported = exchange::exportToFile(*db, db->path());
        QVERIFY(!exported.ok());
        QVERIFY(exported.errorMessage().contains(u"database itself"_s));
        QVERIFY(snapshot(*db) == before);
    }

    // ----- import: all or nothing -----

    void import_existingCodes_refusedNamingThemAndNothingChanges()
    {
        auto db = demo(u"demo.tilltro"_s, 4);
        QVERIFY(db);
        const QString file = path(u"all.json"_s);
        QVERIFY(exchange::exportToFile(*db, file).ok());
        const Json before = snapshot(*db);

        auto imported = exchange::importFile(*db, file);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, Error::Kind::Conflict);
        for (const auto& code : {u"D-0001"_s, u"D-0002"_s, u"D-0003"_s, u"D-0004"_s})
            QVERIFY2(imported.errorMessage().contains(code), qPrintable(imported.errorMessage()));
        QVERIFY2(snapshot(*db) == before, qPrintable(differences(before, snapshot(*db))));
    }

    void import_oneCodeInUse_refusesTheNewOnesToo()
    {
        auto db = demo(u"demo.tilltro"_s, 4);
        QVERIFY(db);
        const QString dbPath = db->path();
        Json document = parse(fixture(u"good/full.json"_s));
        document["participants"][1]["code"] = "D-0003";
        const QByteArray bytes = QByteArray::fromStdString(document.dump());
        const Json before = snapshot(*db);

        auto imported = exchange::importBytes(*db, bytes);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, Error::Kind::Conflict);
        QVERIFY(imported.errorMessage().contains(u"D-0003"_s));
        QVERIFY(!imported.errorMessage().contains(u"X-0001"_s));
        QVERIFY(snapshot(*db) == before);
        auto x = ParticipantRepository(*db).byCode(u"X-0001"_s);
        QVERIFY(x.ok() && !x.value());

        // Byte for byte too, once closed.
        db.reset();
        const QByteArray hash = test::fileHash(dbPath);
        {
            auto reopened = Database::open(dbPath);
            QVERIFY(reopened.ok());
            QVERIFY(!exchange::importBytes(*reopened.value(), bytes).ok());
        }
        QCOMPARE(test::fileHash(dbPath), hash);
    }

    void import_brokenFile_refusedNamingWhereAndNothingChanges_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<int>("kind");
        for (const BrokenCase& c : brokenCases()) {
            QTest::newRow(c.file) << u"broken/"_s + QString::fromLatin1(c.file) << c.expected
                                  << c.kind;
        }
    }

    void import_brokenFile_refusedNamingWhereAndNothingChanges()
    {
        QFETCH(QString, file);
        QFETCH(QString, expected);
        QFETCH(int, kind);
        auto db = demo(u"demo.tilltro"_s, 2);
        QVERIFY(db);
        const Json before = snapshot(*db);
        auto imported = exchange::importFile(*db, dataPath(u"exchange/"_s + file));
        QVERIFY(!imported.ok());
        QVERIFY2(imported.errorMessage().startsWith(expected), qPrintable(imported.errorMessage()));
        QCOMPARE(int(imported.error().kind), kind);
        QVERIFY(snapshot(*db) == before);

        // Into a path that does not exist: the same refusal, and no database is made.
        const QString target = path(u"made/for/it.tilltro"_s);
        auto into = exchange::importInto(target, dataPath(u"exchange/"_s + file));
        QVERIFY(!into.ok());
        QCOMPARE(into.errorMessage(), imported.errorMessage());
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(!QFileInfo::exists(path(u"made"_s)));
    }

    void import_everyBrokenFixture_isTested()
    {
        QStringList tested;
        for (const BrokenCase& c : brokenCases())
            tested << QString::fromLatin1(c.file);
        tested.sort();
        const QStringList files =
            QDir(dataPath(u"exchange/broken"_s)).entryList({u"*.json"_s}, QDir::Files, QDir::Name);
        QCOMPARE(files, tested);
    }

    void import_nestedHundredThousandDeep_refusedQuickly()
    {
        auto db = demo(u"demo.tilltro"_s, 2);
        QVERIFY(db);
        const Json before = snapshot(*db);
        constexpr int depth = 100000;
        const QByteArray bytes = "{\"format\": \"tilltro-exchange\", \"formatVersion\": 1, "
                                 "\"participants\": " +
                                 QByteArray(depth, '[') + QByteArray(depth, ']') + "}";
        QElapsedTimer timer;
        timer.start();
        auto imported = exchange::importBytes(*db, bytes);
        QVERIFY(!imported.ok());
        QVERIFY2(
            imported.errorMessage().startsWith(
                u"participants[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]"_s),
            qPrintable(imported.errorMessage()));
        QVERIFY(imported.errorMessage().endsWith(u"nested more than 80 levels deep"_s));
        QVERIFY(timer.elapsed() < 2000);
        QVERIFY(snapshot(*db) == before);

        // Unbalanced, as a file: refused the same way.
        const QString file = path(u"deep.json"_s);
        QVERIFY(test::writeFile(file, QByteArray(depth, '[')));
        auto fromFile = exchange::importFile(*db, file);
        QVERIFY(!fromFile.ok());
        QVERIFY(fromFile.errorMessage().contains(u"nested more than 80 levels deep"_s));
    }

    void import_hundredMegabyteString_refusedQuicklyWithoutReadingItAll()
    {
        auto db = demo(u"demo.tilltro"_s, 2);
        QVERIFY(db);
        const QString file = path(u"huge.json"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("{\"format\": \"tilltro-exchange\", \"formatVersion\": 1, \"participants\": "
                      "[{\"code\": \"X-1\", \"name\": \"");
            const QByteArray megabyte(1000 * 1000, 'a');
            for (int i = 0; i < 100; ++i)
                QVERIFY(out.write(megabyte) == megabyte.size());
            out.write("\"}]}");
        }
        QVERIFY(QFileInfo(file).size() > 100 * 1000 * 1000);
        const long residentBefore = maxResidentKiB();
        QElapsedTimer timer;
        timer.start();
        auto imported = exchange::importFile(*db, file);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!imported.ok());
        QCOMPARE(imported.errorMessage(),
                 u"participants[0].name: a text longer than 1 MiB, the most Tilltro reads in one "
                 u"field"_s);
        QVERIFY2(elapsed < 3000, qPrintable(QString::number(elapsed)));
        // It stopped after the first chunks: far from 100 MB more memory at the peak.
        const long grownKiB = maxResidentKiB() - residentBefore;
        QVERIFY2(grownKiB < 40 * 1024, qPrintable(QString::number(grownKiB)));
    }

    void import_fileOverTheLimit_refusedBeforeReading()
    {
        auto db = demo(u"demo.tilltro"_s, 2);
        QVERIFY(db);
        const QString file = path(u"big.json"_s);
        {
            QFile out(file);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QVERIFY(out.resize(exchange::MaxFileBytes + 1)); // sparse: costs no disk
        }
        QElapsedTimer timer;
        timer.start();
        auto imported = exchange::importFile(*db, file);
        QVERIFY(!imported.ok());
        QVERIFY2(imported.errorMessage().contains(u"at most 256 MiB"_s),
                 qPrintable(imported.errorMessage()));
        QVERIFY(timer.elapsed() < 1000);
    }

    void import_longNumber_refusedBeforeParsing()
    {
        auto db = demo(u"demo.tilltro"_s, 2);
        QVERIFY(db);
        Json document = parse(fixture(u"good/full.json"_s));
        std::string text = document.dump();
        const std::string target = "\"d_halsa\":{\"value\":4}";
        const auto at = text.find(target);
        QVERIFY(at != std::string::npos);
        text.replace(at, target.size(), "\"d_halsa\":{\"value\":" + std::string(5000, '9') + "}");
        auto imported = exchange::importBytes(*db, QByteArray::fromStdString(text));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.errorMessage(),
                 u"participants[0].occasions[0].answers.d_halsa.value: a number longer than 100 "
                 u"characters"_s);
    }

    // ----- import: new database, cancel, progress -----

    void import_intoMissingPath_createsTheDatabase()
    {
        const QString target = path(u"a/b/new.tilltro"_s);
        auto imported = exchange::importInto(target, dataPath(u"exchange/good/full.json"_s));
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QVERIFY(imported->databaseCreated);
        QCOMPARE(imported->codes, (QStringList{u"X-0001"_s, u"X-0002"_s}));
        QCOMPARE(imported->handledareCreated, 2);
        QCOMPARE(imported->instrumentsStored, 1);
        QVERIFY(imported->sensitiveIncluded);
        QVERIFY(!QFileInfo::exists(target + u".lock"_s)); // closed again
        auto db = Database::open(target);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        auto x = ParticipantRepository(*db.value()).byCode(u"X-0002"_s);
        QVERIFY(x.ok() && x.value());
        QCOMPARE(x.value()->personnummer, u"19700263-2870"_s);
        QVERIFY(x.value()->protectedIdentity);
    }

    void import_failingIntoMissingPath_leavesNoFileAndNoFolder()
    {
        // Valid JSON that fails while writing: two deltagare with one personnummer.
        Json document = parse(fixture(u"good/full.json"_s));
        document["participants"][1]["personnummer"] = document["participants"][0]["personnummer"];
        const QString input = path(u"twice.json"_s);
        QVERIFY(test::writeFile(input, QByteArray::fromStdString(document.dump(2))));

        const QString target = path(u"made/deeper/new.tilltro"_s);
        auto imported = exchange::importInto(target, input);
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, Error::Kind::Conflict);
        QVERIFY2(imported.errorMessage().startsWith(u"participants[1]: "_s),
                 qPrintable(imported.errorMessage()));
        for (const auto& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
            QVERIFY2(!QFileInfo::exists(target + suffix), qPrintable(suffix));
        QVERIFY(!QFileInfo::exists(path(u"made"_s)));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList{u"twice.json"_s});
    }

    void import_cancelled_nothingImported_data()
    {
        QTest::addColumn<int>("cancelAt");
        QTest::newRow("while reading the file") << 0;
        QTest::newRow("while checking the first deltagare") << 1;
        QTest::newRow("after writing the first deltagare") << 3;
        QTest::newRow("after writing the last deltagare") << 4;
    }

    void import_cancelled_nothingImported()
    {
        QFETCH(int, cancelAt);
        auto db = demo(u"demo.tilltro"_s, 2);
        QVERIFY(db);
        const Json before = snapshot(*db);
        exchange::ImportOptions options;
        bool asked = false;
        options.progress = [&](int done, int total) {
            if (done == cancelAt && (total == 4 || cancelAt == 0)) {
                asked = true;
                return false;
            }
            return true;
        };
        auto imported = exchange::importFile(*db, dataPath(u"exchange/good/full.json"_s), options);
        QVERIFY(asked);
        QVERIFY(!imported.ok());
        QVERIFY(imported.errorMessage().contains(u"cancelled"_s));
        QVERIFY2(snapshot(*db) == before, qPrintable(differences(before, snapshot(*db))));

        const QString target = path(u"new.tilltro"_s);
        asked = false;
        QVERIFY(
            !exchange::importInto(target, dataPath(u"exchange/good/full.json"_s), options).ok());
        QVERIFY(asked);
        QVERIFY(!QFileInfo::exists(target));
    }

    void import_progress_countsEveryDeltagareUpToTheTotal()
    {
        auto db = demo(u"demo.tilltro"_s, 2);
        QVERIFY(db);
        std::vector<std::pair<int, int>> calls;
        exchange::ImportOptions options;
        options.progress = [&](int done, int total) {
            calls.emplace_back(done, total);
            return true;
        };
        QVERIFY(exchange::importFile(*db, dataPath(u"exchange/good/full.json"_s), options).ok());
        QVERIFY(calls.size() >= 5);
        QCOMPARE(calls.back(), (std::pair{4, 4}));
        int last = 0;
        for (const auto& [done, total] : calls) {
            QVERIFY(total == 0 || total == 4);
            QVERIFY(done >= last);
            last = done;
        }
    }

    // ----- format versions -----

    void import_formatVersion1_readsAsOlderFormatWithoutNewMembers()
    {
        auto db = Database::create(path(u"v1.tilltro"_s));
        QVERIFY(db.ok());
        auto imported = exchange::importFile(*db.value(), dataPath(u"exchange/v1/full.json"_s));
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        auto karin = ParticipantRepository(*db.value()).byCode(u"X-0001"_s);
        QVERIFY(karin.ok() && karin.value());
        auto occasions = OccasionRepository(*db.value()).forParticipant((*karin.value()).id);
        QVERIFY(occasions.ok());
        QCOMPARE(occasions->size(), 3u);
        for (const Occasion& o : occasions.value())
            QVERIFY(!o.deltagareAbsent);
        auto plans = PlanRepository(*db.value()).forParticipant((*karin.value()).id);
        QVERIFY(plans.ok());
        QCOMPARE(plans->size(), 2u);
        for (const Handlingsplan& p : plans.value())
            QVERIFY(!p.nextMeeting.isValid());
    }

    void import_nextMeetingAndAbsence_stored()
    {
        auto db = full(u"full.tilltro"_s);
        QVERIFY(db);
        auto karin = ParticipantRepository(*db).byCode(u"X-0001"_s);
        QVERIFY(karin.ok() && karin.value());
        auto occasions = OccasionRepository(*db).forParticipant((*karin.value()).id);
        QVERIFY(occasions.ok());
        QCOMPARE(occasions->size(), 4u);
        QVERIFY(!occasions.value()[0].deltagareAbsent);
        QVERIFY(occasions.value()[3].deltagareAbsent);
        auto plans = PlanRepository(*db).forParticipant((*karin.value()).id);
        QVERIFY(plans.ok());
        QCOMPARE(plans.value()[0].nextMeeting, QDate(2025, 7, 21));
        QVERIFY(!plans.value()[1].nextMeeting.isValid());
    }

    void import_newMembersLeftOut_readAsNotAgreedAndPresent()
    {
        Json document = parse(fixture(u"good/full.json"_s));
        bool hadNoInsats = false;
        for (Json& o : document["participants"][0]["occasions"]) {
            o.erase("deltagareAbsent");
            hadNoInsats = hadNoInsats || o.value("noInsats", false);
            o.erase("noInsats");
        }
        QVERIFY(hadNoInsats); // the fixture records one occasion without an insats
        for (Json& p : document["participants"][0]["plans"])
            p.erase("nextMeeting");
        // Without the flag, the absent occasion is an ordinary one with the handledare's part.
        auto db = Database::create(path(u"left-out.tilltro"_s));
        QVERIFY(db.ok());
        auto imported =
            exchange::importBytes(*db.value(), QByteArray::fromStdString(document.dump()));
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        auto karin = ParticipantRepository(*db.value()).byCode(u"X-0001"_s);
        QVERIFY(karin.ok() && karin.value());
        auto occasions = OccasionRepository(*db.value()).forParticipant((*karin.value()).id);
        QVERIFY(occasions.ok());
        for (const Occasion& o : occasions.value()) {
            QVERIFY(!o.deltagareAbsent);
            QVERIFY(!o.noInsats); // left out: not recorded
        }
        auto plans = PlanRepository(*db.value()).forParticipant((*karin.value()).id);
        QVERIFY(plans.ok());
        QVERIFY(!plans.value()[0].nextMeeting.isValid());
    }

    void import_formatVersion2_readsWithoutNoInsats()
    {
        auto db = Database::create(path(u"v2.tilltro"_s));
        QVERIFY(db.ok());
        auto imported = exchange::importFile(*db.value(), dataPath(u"exchange/v2/full.json"_s));
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        auto karin = ParticipantRepository(*db.value()).byCode(u"X-0001"_s);
        QVERIFY(karin.ok() && karin.value());
        auto occasions = OccasionRepository(*db.value()).forParticipant((*karin.value()).id);
        QVERIFY(occasions.ok());
        QCOMPARE(occasions->size(), 4u);
        for (const Occasion& o : occasions.value())
            QVERIFY(!o.noInsats);
        QVERIFY(occasions.value()[3].deltagareAbsent); // version 2's own member still read
    }

    void import_noInsatsStoredAndExportedAgain()
    {
        auto db = full(u"no-insats.tilltro"_s);
        QVERIFY(db);
        auto karin = ParticipantRepository(*db).byCode(u"X-0001"_s);
        QVERIFY(karin.ok() && karin.value());
        auto occasions = OccasionRepository(*db).forParticipant((*karin.value()).id);
        QVERIFY(occasions.ok());
        int recorded = 0;
        for (const Occasion& o : occasions.value())
            recorded += o.noInsats ? 1 : 0;
        QCOMPARE(recorded, 1);
        QVERIFY(occasions.value()[0].noInsats); // 2025-01-20, before any insats
    }

    void import_deltagareAbsentNotABoolean_refusedNamingThePath()
    {
        Json document = parse(fixture(u"good/full.json"_s));
        document["participants"][0]["occasions"][3]["deltagareAbsent"] = "yes";
        auto db = Database::create(path(u"bad.tilltro"_s));
        QVERIFY(db.ok());
        auto imported =
            exchange::importBytes(*db.value(), QByteArray::fromStdString(document.dump()));
        QVERIFY(!imported.ok());
        QVERIFY2(imported.errorMessage().contains(
                     u"participants[0].occasions[3].deltagareAbsent: must be true or false"_s),
                 qPrintable(imported.errorMessage()));
        auto all = ParticipantRepository(*db.value()).all();
        QVERIFY(all.ok());
        QVERIFY(all->empty());
    }

    // ----- import: matching what the database has -----

    void import_intoExistingDatabase_addsTheDeltagare()
    {
        auto db = demo(u"demo.tilltro"_s, 3);
        QVERIFY(db);
        auto imported = exchange::importFile(*db, dataPath(u"exchange/good/full.json"_s));
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QVERIFY(!imported->databaseCreated);
        auto all = ParticipantRepository(*db).all();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 5u);
        QCOMPARE(auditCount(*db, u"import"_s), 2u);
    }

    void import_handledare_matchedByNameAndOrganisationOrCreated()
    {
        auto db = Database::create(path(u"db.tilltro"_s));
        QVERIFY(db.ok());
        HandledareRepository repository(*db.value());
        Handledare eva{0, u"Eva Sundberg"_s, u"Arbetsmarknadsenheten"_s, true};
        Handledare otherJonas{0, u"Jonas Wik"_s, u"Another organisation"_s, true};
        QVERIFY(repository.insert(eva).ok());
        QVERIFY(repository.insert(otherJonas).ok());

        auto imported = exchange::importFile(*db.value(), dataPath(u"exchange/good/full.json"_s));
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported->handledareMatched, 1);
        QCOMPARE(imported->handledareCreated, 1);
        QCOMPARE(repository.all()->size(), 3u);
        auto x = ParticipantRepository(*db.value()).byCode(u"X-0001"_s);
        QVERIFY(x.ok() && x.value());
        QCOMPARE(x.value()->handledareId, eva.id);
    }

    void import_instrumentVersionWithOtherContent_refused()
    {
        auto db = Database::create(path(u"db.tilltro"_s));
        QVERIFY(db.ok());
        Json instrument = parse(fixture(u"good/full.json"_s))["instruments"][0]["json"];
        instrument["name"]["sv"] = "Annan formulering";
        auto other = Instrument::fromJson(QByteArray::fromStdString(instrument.dump()));
        QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
        QVERIFY(InstrumentRepository(*db.value()).ensureStored(other.value()).ok());
        const Json before = snapshot(*db.value());

        auto imported = exchange::importFile(*db.value(), dataPath(u"exchange/good/full.json"_s));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, Error::Kind::Conflict);
        QVERIFY2(imported.errorMessage().startsWith(u"instruments[0]: "_s),
                 qPrintable(imported.errorMessage()));
        QVERIFY(snapshot(*db.value()) == before);
    }

    void import_instrumentAlreadyStoredWithOtherLayout_reused()
    {
        auto db = Database::create(path(u"db.tilltro"_s));
        QVERIFY(db.ok());
        const Json instrument = parse(fixture(u"good/full.json"_s))["instruments"][0]["json"];
        auto same = Instrument::fromJson(QByteArray::fromStdString(instrument.dump())); // compact
        QVERIFY(same.ok());
        QVERIFY(InstrumentRepository(*db.value()).ensureStored(same.value()).ok());

        auto imported = exchange::importFile(*db.value(), dataPath(u"exchange/good/full.json"_s));
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported->instrumentsStored, 0);
        QCOMPARE(InstrumentRepository(*db.value()).storedRowIds()->size(), 1u);
    }

    void import_personnummerInUse_refusedNamingTheDeltagare()
    {
        auto db = Database::create(path(u"db.tilltro"_s));
        QVERIFY(db.ok());
        Participant p;
        p.code = u"Y-1"_s;
        p.personnummer = u"196408233234"_s;
        QVERIFY(ParticipantRepository(*db.value()).insert(p).ok());
        const Json before = snapshot(*db.value());

        auto imported = exchange::importFile(*db.value(), dataPath(u"exchange/good/full.json"_s));
        QVERIFY(!imported.ok());
        QCOMPARE(imported.error().kind, Error::Kind::Conflict);
        QVERIFY2(imported.errorMessage().startsWith(u"participants[0]: "_s),
                 qPrintable(imported.errorMessage()));
        QVERIFY(imported.errorMessage().contains(u"personnummer"_s));
        QVERIFY(snapshot(*db.value()) == before);
    }

    // ----- the documentation -----

    void schemaAndDocs_describeEveryMemberTheExportWrites_data()
    {
        QTest::addColumn<bool>("includeSensitive");
        QTest::newRow("sensitive left out") << false;
        QTest::newRow("sensitive included") << true;
    }

    void schemaAndDocs_describeEveryMemberTheExportWrites()
    {
        QFETCH(bool, includeSensitive);
        const QByteArray schemaBytes =
            readAll(dataPath(u"../../docs/exchange-format.schema.json"_s));
        QVERIFY(!schemaBytes.isEmpty());
        const Json schema = parse(schemaBytes);
        QVERIFY(schema["$schema"] == "https://json-schema.org/draft/2020-12/schema");
        const QByteArray docs = readAll(dataPath(u"../../docs/exchange-format.md"_s));
        QVERIFY(!docs.isEmpty());

        auto db = full(u"full.tilltro"_s);
        QVERIFY(db);
        QVERIFY(fillWithDemoData(*db, DemoOptions{3, 2, 1, 3, 7, {}, true}).ok());
        auto document = exchange::buildDocument(*db, sensitive(includeSensitive));
        QVERIFY(document.ok());
        const Json exported = parse(document.value());
        QStringList problems;
        checkShape(schema, schema, exported, "$", problems);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        std::set<std::string> names;
        memberNames(exported, names);
        QVERIFY(names.size() > 60);
        for (const std::string& name : names) {
            const QByteArray quoted = '`' + QByteArray::fromStdString(name) + '`';
            QVERIFY2(docs.contains(quoted), name.c_str());
        }
    }

    // ----- command line -----

    void cli_exportThenImportIntoNewPath_exit0()
    {
        auto db = demo(u"demo.tilltro"_s, 3);
        QVERIFY(db);
        const QString dbPath = db->path();
        db.reset(); // the command line takes the lock
        const QString file = path(u"all.json"_s);
        Run r = runCli({u"export-json"_s, u"--database"_s, dbPath, u"--output"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Exported 3 deltagare"_s));
        QVERIFY(r.out.contains(u"--include-sensitive"_s));
        QVERIFY(parse(readAll(file))["sensitiveIncluded"] == false);

        const QString target = path(u"new/copy.tilltro"_s);
        r = runCli({u"import-json"_s, u"--database"_s, target, u"--input"_s, file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Created"_s), qPrintable(r.out));
        r = runCli({u"list"_s, u"--database"_s, target});
        QCOMPARE(r.out.split(u'\n', Qt::SkipEmptyParts).size(), 3);

        // Again into the same database: every code is taken.
        r = runCli({u"import-json"_s, u"--database"_s, target, u"--input"_s, file});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"D-0001, D-0002, D-0003"_s), qPrintable(r.err));
    }

    void cli_exportOneWithSensitive_exit0()
    {
        auto db = full(u"full.tilltro"_s);
        QVERIFY(db);
        const QString dbPath = db->path();
        db.reset();
        const QString file = path(u"one.json"_s);
        const Run r = runCli({u"export-json"_s, u"--database"_s, dbPath, u"--participant"_s,
                              u"X-0001"_s, u"--output"_s, file, u"--include-sensitive"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Json document = parse(readAll(file));
        QCOMPARE(document["participants"].size(), 1u);
        QVERIFY(document["participants"][0]["occasions"][0]["answers"]["vald"]["code"] ==
                "ej_aktuellt");
    }

    void cli_failures_exit2WithMessage_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("expected");
        QTest::newRow("broken input") << u"import-broken"_s
                                      << u"participants[0].occasions[0].answers.d_halsa.value: "
                                         u"must be a whole number from 1 to 10"_s;
        QTest::newRow("missing input") << u"import-missing"_s << u"does not exist"_s;
        QTest::newRow("unknown participant") << u"export-unknown"_s << u"No deltagare"_s;
        QTest::newRow("missing database") << u"export-nodb"_s << u"does not exist"_s;
    }

    void cli_failures_exit2WithMessage()
    {
        QFETCH(QString, command);
        QFETCH(QString, expected);
        auto db = demo(u"demo.tilltro"_s, 2);
        QVERIFY(db);
        const QString dbPath = db->path();
        db.reset();
        const QByteArray hash = test::fileHash(dbPath);
        QStringList args;
        if (command == "import-broken"_L1)
            args = {u"import-json"_s, u"--database"_s, dbPath, u"--input"_s,
                    dataPath(u"exchange/broken/answer-out-of-range.json"_s)};
        else if (command == "import-missing"_L1)
            args = {u"import-json"_s, u"--database"_s, dbPath, u"--input"_s, path(u"no.json"_s)};
        else if (command == "export-unknown"_L1)
            args = {u"export-json"_s, u"--database"_s,    dbPath, u"--participant"_s, u"Q-1"_s,
                    u"--output"_s,    path(u"out.json"_s)};
        else
            args = {u"export-json"_s, u"--database"_s, path(u"no.tilltro"_s), u"--output"_s,
                    path(u"out.json"_s)};
        const Run r = runCli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(path(u"out.json"_s)));
        QVERIFY(!QFileInfo::exists(path(u"no.tilltro"_s)));
        QCOMPARE(test::fileHash(dbPath), hash);
    }

    void cli_usageErrors_exit1_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("export without --output") << QStringList{u"export-json"_s};
        QTest::newRow("export with empty --participant")
            << QStringList{u"export-json"_s, u"--participant"_s, u""_s, u"--output"_s, u"x"_s};
        QTest::newRow("import without --input") << QStringList{u"import-json"_s};
        QTest::newRow("import with an export option")
            << QStringList{u"import-json"_s, u"--input"_s, u"x"_s, u"--include-sensitive"_s};
    }

    void cli_usageErrors_exit1()
    {
        QFETCH(QStringList, args);
        const QString dbPath = path(u"db.tilltro"_s);
        const Run r = runCli(args + QStringList{u"--database"_s, dbPath});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(!QFileInfo::exists(dbPath));
    }
};

QTEST_GUILESS_MAIN(TestJsonExchange)
#include "tst_jsonexchange.moc"
