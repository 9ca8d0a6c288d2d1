#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

#include <algorithm>

#include <nlohmann/json.hpp>

#include <unistd.h>

#include "core/clock.h"
#include "core/exchange/jsonexchange.h"
#include "core/storage/auditlog.h"
#include "core/storage/demodata.h"
#include "core/storage/insatsrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/safetyutil.h"
#include "pdftools.h"
#include "report/registerextract.h"
#include "reportfixture.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

namespace {

using Json = nlohmann::ordered_json;

Json parse(const QByteArray& bytes)
{
    return Json::parse(bytes.cbegin(), bytes.cend());
}

/// A document without what legitimately differs between two exports of the same content, and
/// without the audit log (an import adds its own entries).
Json withoutAudit(Json document)
{
    document.erase("exportedAt");
    document.erase("generator");
    for (Json& p : document["participants"])
        p.erase("auditLog");
    return document;
}

QString folded(const QString& text)
{
    static const QRegularExpression space(u"\\s+"_s);
    return QString(text).replace(space, u" "_s).trimmed();
}

/// Every text of the document a person could read, with where it is: the strings of the
/// deltagare's part and the header, leaving out what the PDF puts in words (codes: goal type,
/// state, status, answer codes, audit actions...) and the instrument definitions (not data
/// about the person). Timestamps are given as the PDF prints them.
void collectTexts(const Json& value, const QString& path, const QString& key,
                  std::vector<std::pair<QString, QString>>& texts)
{
    static const QStringList codes{
        u"format"_s, u"scope"_s,       u"goalType"_s, u"endReason"_s,   u"category"_s,
        u"state"_s,  u"responsible"_s, u"status"_s,   u"action"_s,      u"entity"_s,
        u"field"_s,  u"indicators"_s,  u"answers"_s,  u"instruments"_s, u"details"_s};
    static const QStringList times{u"exportedAt"_s, u"at"_s, u"completedAt"_s};
    if (codes.contains(key))
        return;
    if (value.is_object()) {
        // The values of an edited answer are codes too; a note or a date is printed as it is.
        const bool codedEdit =
            value.contains("field") && value["field"] != "notes" && value["field"] != "date";
        for (const auto& [name, member] : value.items()) {
            const QString n = QString::fromStdString(name);
            if (codedEdit && (n == "before"_L1 || n == "after"_L1))
                continue;
            collectTexts(member, path + u'.' + n, n, texts);
        }
    } else if (value.is_array()) {
        for (std::size_t i = 0; i < value.size(); ++i)
            collectTexts(value[i], u"%1[%2]"_s.arg(path).arg(i), key, texts);
    } else if (value.is_string()) {
        const QString text = QString::fromStdString(value.get<std::string>());
        if (text.trimmed().isEmpty())
            return;
        texts.emplace_back(path, times.contains(key) ? test::printedTime(text) : text);
    }
}

} // namespace

// The register extract (GDPR art. 15): the JSON and the PDF of everything stored about one
// deltagare, written together, recorded in the log.
class TestRegisterExtract : public QObject {
    Q_OBJECT

private:
    test::ReportFixture m_fx;
    QTemporaryDir m_out;
    qint64 m_full = 0;
    qint64 m_protected = 0;
    int m_folders = 0;

    static constexpr auto Notes = "Samtal om sömn och hemmet.\nVill börja <b>träna</b> & gå ut.";
    static constexpr auto EditedNotes = "Tidigare anteckning som ändrades i efterhand";

    QString folder()
    {
        const QString path = m_out.filePath(u"out-%1"_s.arg(++m_folders));
        QDir().mkpath(path);
        return path;
    }

    int extractEntries(qint64 participantId)
    {
        auto entries = AuditLog(*m_fx.db).forParticipant(participantId);
        if (!entries)
            return -1;
        return int(std::count_if(entries->begin(), entries->end(),
                                 [](const AuditEntry& e) { return e.action == "extract"_L1; }));
    }

    /// A deltagare with something in every part of the exchange format.
    qint64 addFullParticipant()
    {
        auto d = test::ReportFixture::delmal(u"Praktik på lagret i Örebro"_s);
        d.followUp = u"Gick bra första veckan, fortsätter."_s;
        d.responsibleName = u"Åke själv"_s;
        d.activities.push_back({0, u"Ringa lagerchefen"_s, u"Deltagaren"_s, {2026, 9, 10}, true});
        d.activities.push_back({0, u"Skaffa skyddsskor"_s, u"Handledaren"_s, {}, false});
        auto second = test::ReportFixture::delmal(u"Sova bättre för att orka"_s, u"halsa"_s);
        second.responsible = Responsible::Annan;
        second.responsibleName = u"Vårdcentralen Haga"_s;
        const qint64 id =
            m_fx.addStandardParticipant(u"D-0001"_s, u"Åke Ström"_s, {d, second},
                                        u"19821105-9954"_s, false, QString::fromUtf8(Notes));

        ParticipantRepository participants(*m_fx.db);
        Consent consent;
        consent.participantId = id;
        consent.scope = u"registrering"_s;
        consent.given = QDate(2025, 11, 24);
        consent.recordedBy = u"Lars Bergström"_s;
        if (auto r = participants.addConsent(consent); !r)
            qWarning("%s", qPrintable(r.errorMessage()));
        Consent exchange;
        exchange.participantId = id;
        exchange.scope = u"informationsutbyte"_s;
        exchange.party = u"Arbetsförmedlingen Örebro"_s;
        exchange.given = QDate(2025, 12, 1);
        exchange.recordedBy = u"Lars Bergström"_s;
        exchange.withdrawn = QDate(2026, 3, 1);
        if (auto r = participants.addConsent(exchange); !r)
            qWarning("%s", qPrintable(r.errorMessage()));

        InsatsPeriod insats;
        insats.participantId = id;
        insats.category = u"jobbinriktad"_s;
        insats.title = u"Arbetsträning på Lagercentralen"_s;
        insats.provider = u"Lagercentralen AB"_s;
        insats.start = QDate(2026, 1, 10);
        insats.end = QDate(2026, 6, 30);
        if (auto r = InsatsRepository(*m_fx.db).save(insats); !r)
            qWarning("%s", qPrintable(r.errorMessage()));

        // A new handledare from the spring: the history has two periods.
        Handledare other;
        other.name = u"Maja Lindqvist"_s;
        other.organisation = u"Jobbcentrum Väst"_s;
        if (auto r = HandledareRepository(*m_fx.db).insert(other); !r)
            qWarning("%s", qPrintable(r.errorMessage()));
        auto p = participants.byId(id);
        Participant changed = *p.value();
        changed.handledareId = other.id;
        if (auto r = participants.update(changed, QDate(2026, 4, 1)); !r)
            qWarning("%s", qPrintable(r.errorMessage()));

        // A completed occasion edited afterwards: notes and an answer.
        auto occasions = OccasionRepository(*m_fx.db).forParticipant(id);
        Occasion first = occasions.value().front();
        first.notes = QString::fromUtf8(EditedNotes);
        first.answers[u"d_halsa"_s] = Answer::choice(u"vill_ej_svara"_s);
        if (auto r = OccasionRepository(*m_fx.db).save(first); !r)
            qWarning("%s", qPrintable(r.errorMessage()));
        // An occasion the deltagare did not take part in: the handledare's part only.
        Occasion absent = first;
        absent.id = 0;
        absent.date = QDate(2026, 11, 15);
        absent.deltagareAbsent = true;
        for (auto it = absent.answers.begin(); it != absent.answers.end();) {
            if (it->first.startsWith(u"d_"_s))
                it = absent.answers.erase(it);
            else
                ++it;
        }
        absent.notes.clear();
        if (auto r = OccasionRepository(*m_fx.db).save(absent); !r)
            qWarning("%s", qPrintable(r.errorMessage()));
        // A draft that is not completed yet.
        m_fx.addOccasion(id, QDate(2026, 11, 20), {7, 7, 7}, u"ej_aktuellt"_s, u"nej"_s,
                         u"Utkast: pratade om körkort"_s, false);
        return id;
    }

    QByteArray snapshot()
    {
        exchange::ExportOptions options;
        options.participantCode = u"D-0001"_s;
        options.includeSensitive = true;
        return exchange::buildDocument(*m_fx.db, options).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_out.isValid());
        QVERIFY(m_fx.init());
        m_full = addFullParticipant();
        auto d = test::ReportFixture::delmal(u"Hitta en praktikplats"_s);
        m_protected = m_fx.addStandardParticipant(u"D-0002"_s, u"Skyddad Person"_s, {d},
                                                  u"19901211-9948"_s, true);
    }

    void cleanup() { Clock::resetForTests(); }

    void paths_nameCodeAndDate()
    {
        const auto files = report::registerExtractPaths(u"/tmp/x"_s, u"D/7:1"_s, {2026, 11, 24});
        QCOMPARE(files.json, u"/tmp/x/Register extract D_7_1 2026-11-24.json"_s);
        QCOMPARE(files.pdf, u"/tmp/x/Register extract D_7_1 2026-11-24.pdf"_s);
    }

    void extract_writesBothFiles_ownerOnly_titleNamesCodeOnly()
    {
        const QString dir = folder();
        auto written = report::writeRegisterExtract(*m_fx.db, m_full, dir);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        const auto expected = report::registerExtractPaths(dir, u"D-0001"_s, Clock::today());
        QCOMPARE(written->json, expected.json);
        QCOMPARE(written->pdf, expected.pdf);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 2); // no temporaries
        for (const QString& path : {written->json, written->pdf}) {
            QCOMPARE(QFileInfo(path).permissions() & 0x0077, QFileDevice::Permissions());
        }
        QVERIFY(test::readAll(written->pdf).startsWith("%PDF-"));
        if (test::toolPath(u"pdfinfo"_s).isEmpty())
            QSKIP("pdfinfo is needed (apt-get install poppler-utils)");
        QCOMPARE(test::pdfInfo(written->pdf, u"Title"_s), u"Register extract D-0001"_s);
        QVERIFY(!test::pdfInfo(written->pdf, u"Author"_s).contains(u"Ström"_s));
        if (!test::toolPath(u"qpdf"_s).isEmpty())
            QCOMPARE(test::runTool(u"qpdf"_s, {u"--check"_s, written->pdf}).exitCode, 0);
    }

    void extract_json_isAnExchangeDocumentWithEverything()
    {
        auto written = report::writeRegisterExtract(*m_fx.db, m_full, folder());
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        const Json doc = parse(test::readAll(written->json));
        QVERIFY(doc["format"] == "tilltro-exchange");
        QVERIFY(doc["scope"] == "participant");
        QVERIFY(doc["sensitiveIncluded"] == true);
        QVERIFY(doc["participants"].size() == 1u);
        const Json& p = doc["participants"][0];
        QVERIFY(p["name"] == "Åke Ström");
        QVERIFY(p["consents"].size() == 2u);
        QVERIFY(p["handledareHistory"].size() == 2u);
        QVERIFY(p["insatser"].size() == 1u);
        QVERIFY(p["occasions"].size() == 4u);
        QVERIFY(p["occasions"][1]["notes"] == Notes);
        QVERIFY(p["occasions"][1]["answers"].contains("vald"));
        QVERIFY(!p["occasions"][0]["edits"].empty());
        // Its own entry is in the log it hands over.
        QVERIFY(p["auditLog"].back()["action"] == "extract");

        // The same content as the database holds now (the entry included).
        QVERIFY(withoutAudit(doc) == withoutAudit(parse(snapshot())));
        QVERIFY(p["auditLog"] == parse(snapshot())["participants"][0]["auditLog"]);
    }

    void extract_json_reimportsIntoAnEmptyDatabase_sameContent()
    {
        auto written = report::writeRegisterExtract(*m_fx.db, m_full, folder());
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        const Json extracted = parse(test::readAll(written->json));

        const QString target = m_out.filePath(u"reimported.tilltro"_s);
        auto imported = exchange::importInto(target, written->json);
        QVERIFY2(imported.ok(), qPrintable(imported.errorMessage()));
        QCOMPARE(imported->codes, QStringList{u"D-0001"_s});
        auto copy = Database::open(target);
        QVERIFY2(copy.ok(), qPrintable(copy.errorMessage()));
        exchange::ExportOptions options;
        options.participantCode = u"D-0001"_s;
        options.includeSensitive = true;
        const Json again = parse(exchange::buildDocument(*copy.value(), options).value());
        QVERIFY2(withoutAudit(again) == withoutAudit(extracted),
                 Json::diff(withoutAudit(extracted), withoutAudit(again)).dump().c_str());
        // The log carried over entry for entry, followed by the import's own.
        const Json& was = extracted["participants"][0]["auditLog"];
        const Json& now = again["participants"][0]["auditLog"];
        QVERIFY(now.size() > was.size());
        const std::size_t start = now.size() - was.size() - 1;
        for (std::size_t k = 0; k < was.size(); ++k)
            QVERIFY(now[start + k] == was[k]);
        QVERIFY(now.back()["action"] == "import");
    }

    void extract_pdf_holdsEveryTextOfTheJson()
    {
        if (test::toolPath(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is needed (apt-get install poppler-utils)");
        auto written = report::writeRegisterExtract(*m_fx.db, m_full, folder());
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        const QString text = test::pdfText(written->pdf);
        std::vector<std::pair<QString, QString>> texts;
        collectTexts(parse(test::readAll(written->json)), u"$"_s, {}, texts);
        QVERIFY(texts.size() > 50);
        for (const auto& [path, value] : texts) {
            QVERIFY2(text.contains(folded(value)),
                     qPrintable(u"%1: \"%2\" is not in the PDF"_s.arg(path, value)));
        }
        // And what the person would look for, by name.
        for (const QString& expected :
             {u"Åke Ström"_s, u"19821105-9954"_s, u"Vill börja <b>träna</b> & gå ut."_s,
              QString::fromUtf8(EditedNotes), u"Praktik på lagret i Örebro"_s,
              u"Sova bättre för att orka"_s, u"Ringa lagerchefen"_s, u"Arbetsförmedlingen Örebro"_s,
              u"Arbetsträning på Lagercentralen"_s, u"Maja Lindqvist"_s, u"Jobbcentrum Väst"_s,
              u"Utkast: pratade om körkort"_s,
              // Sensitive answers and non-answers in words (the instrument's labels).
              u"Våld i nära relation"_s, u"Misstanke"_s, u"Riskbruk/missbruk"_s,
              u"Ej aktuellt att fråga"_s, u"Vill ej svara"_s, u"Vet ej"_s, u"Goda möjligheter"_s,
              // The occasion without the deltagare.
              u"did not take part"_s,
              // The sections.
              u"About you"_s, u"Consents"_s, u"Your case workers"_s, u"Interventions"_s,
              u"Assessments"_s, u"Action plans"_s, u"The log"_s, u"Register extract"_s,
              u"Page 1 of"_s}) {
            QVERIFY2(text.contains(folded(expected)), qPrintable(expected));
        }
        QVERIFY(test::pdfPages(written->pdf) >= 3);
    }

    void extract_protectedIdentity_isTheirOwn_nameIncluded_titleCodeOnly()
    {
        if (test::toolPath(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is needed (apt-get install poppler-utils)");
        auto written = report::writeRegisterExtract(*m_fx.db, m_protected, folder());
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        const QString text = test::pdfText(written->pdf);
        QVERIFY(text.contains(u"Skyddad Person"_s));
        QVERIFY(text.contains(u"19901211-9948"_s));
        QVERIFY(text.contains(u"Protected identity Yes"_s));
        QCOMPARE(test::pdfInfo(written->pdf, u"Title"_s), u"Register extract D-0002"_s);
        QVERIFY(!QFileInfo(written->pdf).fileName().contains(u"Skyddad"_s));
        QVERIFY(parse(test::readAll(written->json))["participants"][0]["name"] == "Skyddad Person");
    }

    void extract_auditEntry_oneWithoutPersonalData()
    {
        const int before = extractEntries(m_full);
        auto written = report::writeRegisterExtract(*m_fx.db, m_full, folder());
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));
        QCOMPARE(extractEntries(m_full), before + 1);
        auto entries = AuditLog(*m_fx.db).forParticipant(m_full);
        const AuditEntry& entry = entries->back();
        QCOMPARE(entry.action, u"extract"_s);
        QCOMPARE(entry.entity, u"participant"_s);
        QCOMPARE(entry.entityId, m_full);
        for (const QString& personal : {u"D-0001"_s, u"Åke"_s, u"Ström"_s, u"19821105"_s,
                                        u"Registerutdrag"_s, u"Register extract D"_s})
            QVERIFY2(!entry.details.contains(personal), qPrintable(entry.details));
    }

    // Issue 12 point 11: the log handed to the deltagare words every detail in the UI
    // language and has one row per editing session of a draft, not one per autosave.
    void extract_log_detailsInSwedish_oneRowPerDraftSession()
    {
        if (test::toolPath(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is needed (apt-get install poppler-utils)");
        const qint64 id = m_fx.addParticipant(u"D-0003"_s, u"Utkast Person"_s);
        m_fx.addOccasion(id, QDate(2026, 9, 2), {6, 7, 6, 5, 7, 6, 5, 8});
        const QDateTime start(QDate(2026, 11, 24), QTime(9, 0));
        Clock::setFixedForTests(start);
        const qint64 draftId =
            m_fx.addOccasion(id, QDate(2026, 11, 24), {5, 5, 5}, u"nej"_s, u"nej"_s, {}, false);
        OccasionRepository repo(*m_fx.db);
        Occasion draft = *repo.byId(draftId).value();
        for (int i = 1; i <= 80; ++i) {
            Clock::setFixedForTests(start.addSecs(20 * i));
            draft.answers[u"malmedvetenhet"_s] = Answer::number(i % 10);
            QVERIFY(repo.save(draft).ok());
        }
        Clock::setFixedForTests(start.addSecs(3600));
        exchange::ExportOptions exportOptions;
        exportOptions.participantCode = u"D-0003"_s;
        QVERIFY(exchange::exportToFile(*m_fx.db, m_out.filePath(u"d3.json"_s), exportOptions).ok());
        // A first extract, so the second one's log holds an extract entry before its own.
        QVERIFY(report::writeRegisterExtract(*m_fx.db, id, folder()).ok());

        QTranslator swedish;
        QVERIFY(swedish.load(u":/i18n/tilltro_sv.qm"_s));
        QCoreApplication::installTranslator(&swedish);
        auto written = report::writeRegisterExtract(*m_fx.db, id, folder());
        QCoreApplication::removeTranslator(&swedish);
        QVERIFY2(written.ok(), qPrintable(written.errorMessage()));

        // One entry for the draft: its creation and 80 autosaves in one session.
        const Json log = parse(test::readAll(written->json))["participants"][0]["auditLog"];
        int draftEntries = 0;
        for (const Json& e : log) {
            if (e["entity"] == "occasion" && e["details"] == "draft")
                ++draftEntries;
        }
        QCOMPARE(draftEntries, 1);
        QVERIFY2(log.size() < 12, qPrintable(QString::number(log.size())));

        const QString text = folded(test::pdfText(written->pdf));
        QVERIFY2(text.contains(u"Loggen"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Utkast (inte klar)"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Klar"_s), qPrintable(text));
        // No detail as the log stores it ("completed" is left out: it is also a word of the
        // source text of a sentence that may not be translated yet).
        for (const QString& code : {u"draft"_s, u"sensitive left out"_s, u"sensitive included"_s,
                                    u"register extract: json and pdf"_s, u"json and pdf"_s})
            QVERIFY2(!text.contains(code), qPrintable(code + u" in: "_s + text));
    }

    void extract_existingFile_refused_nothingWrittenNoEntry_data()
    {
        QTest::addColumn<bool>("pdfExists");
        QTest::newRow("the PDF exists") << true;
        QTest::newRow("the JSON exists") << false;
    }

    void extract_existingFile_refused_nothingWrittenNoEntry()
    {
        QFETCH(bool, pdfExists);
        const QString dir = folder();
        const auto files = report::registerExtractPaths(dir, u"D-0001"_s, Clock::today());
        const QString existing = pdfExists ? files.pdf : files.json;
        const QString other = pdfExists ? files.json : files.pdf;
        QVERIFY(test::writeFile(existing, "an earlier extract"));
        const int before = extractEntries(m_full);
        auto written = report::writeRegisterExtract(*m_fx.db, m_full, dir);
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::Conflict);
        QVERIFY2(written.errorMessage().contains(u"already exists"_s),
                 qPrintable(written.errorMessage()));
        QCOMPARE(test::readAll(existing), QByteArray("an earlier extract"));
        QVERIFY(!QFileInfo::exists(other));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 1);
        QCOMPARE(extractEntries(m_full), before);
    }

    void extract_unwritableFolder_nothingWrittenNoEntry()
    {
        const QString dir = folder();
        QVERIFY(QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        if (::access(QFile::encodeName(dir).constData(), W_OK) == 0) {
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                           QFileDevice::ExeOwner);
            QSKIP("running with rights that ignore folder permissions (root)");
        }
        const int before = extractEntries(m_full);
        auto written = report::writeRegisterExtract(*m_fx.db, m_full, dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().contains(u"Cannot write"_s),
                 qPrintable(written.errorMessage()));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 0);
        QCOMPARE(extractEntries(m_full), before);
    }

    void extract_diskFull_neitherFileNoEntry_data()
    {
        QTest::addColumn<bool>("jsonFits");
        QTest::newRow("the PDF does not fit") << true;
        QTest::newRow("nothing fits") << false;
    }

    // A full disk (a file-size limit: writes beyond it fail) while the second file, or the
    // first, is written: neither file is left, nor a temporary one, nor the audit entry.
    void extract_diskFull_neitherFileNoEntry()
    {
        QFETCH(bool, jsonFits);
        auto sizes = report::writeRegisterExtract(*m_fx.db, m_full, folder());
        QVERIFY2(sizes.ok(), qPrintable(sizes.errorMessage()));
        const qint64 json = QFileInfo(sizes->json).size();
        const qint64 pdf = QFileInfo(sizes->pdf).size();
        // "The PDF does not fit" needs a size limit between the two files: a PDF larger than the
        // JSON. How large the PDF is depends on the fonts the machine has (on a minimal Debian
        // root it can be the smaller one); there the case cannot be made, and says so.
        if (jsonFits && pdf <= json + 8192)
            QSKIP(qPrintable(
                u"this machine's PDF (%1 bytes) is not larger than the JSON (%2)"_s.arg(pdf).arg(
                    json)));

        const QString dir = folder();
        const int before = extractEntries(m_full);
        Result<report::RegisterExtractFiles> written = makeError(Error::Kind::Io, {});
        {
            test::FileSizeLimit limit(rlim_t(jsonFits ? json + 4096 : 1024));
            QVERIFY(limit.ok());
            written = report::writeRegisterExtract(*m_fx.db, m_full, dir);
        }
        QVERIFY(!written.ok());
        // Said as such, naming the file (Qt itself only says "Unknown error" then).
        QVERIFY2(written.errorMessage().contains(u"disk is full"_s),
                 qPrintable(written.errorMessage()));
        QVERIFY2(written.errorMessage().contains(jsonFits ? u".pdf"_s : u".json"_s),
                 qPrintable(written.errorMessage()));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(extractEntries(m_full), before);
        // And the database works on.
        auto again = report::writeRegisterExtract(*m_fx.db, m_full, dir);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    }

    // The commit fails: the files were not put in place yet (they appear only once the entry is
    // committed), so neither is there afterwards, and no entry is recorded.
    void extract_commitFails_neitherFileNoEntry()
    {
        const QString dir = folder();
        const auto files = report::registerExtractPaths(dir, u"D-0001"_s, Clock::today());
        const int before = extractEntries(m_full);
        bool seenAtCommit = true;
        Result<report::RegisterExtractFiles> written = makeError(Error::Kind::Io, {});
        {
            test::FailingCommit failing(*m_fx.db, [&] {
                seenAtCommit = QFileInfo::exists(files.json) || QFileInfo::exists(files.pdf);
            });
            if (!failing.ok())
                QSKIP("SQLite's commit hook cannot be reached");
            written = report::writeRegisterExtract(*m_fx.db, m_full, dir);
        }
        QVERIFY(!written.ok());
        QVERIFY(!seenAtCommit);
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(extractEntries(m_full), before);
        // And the database works on.
        auto again = report::writeRegisterExtract(*m_fx.db, m_full, dir);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
    }

    // The entry is committed, then the PDF cannot be put in place (a folder took its name at
    // that moment): the JSON is taken back too, the entry stays (the log never misses an
    // extract), and the message says so.
    void extract_pdfNotPutInPlaceAfterCommit_neitherFile_entryKept_saidSo()
    {
        const QString dir = folder();
        const auto files = report::registerExtractPaths(dir, u"D-0001"_s, Clock::today());
        const int before = extractEntries(m_full);
        Result<report::RegisterExtractFiles> written = makeError(Error::Kind::Io, {});
        {
            test::FailingCommit atCommit(
                *m_fx.db, [&] { QDir().mkpath(files.pdf + u"/kept"_s); }, false);
            if (!atCommit.ok())
                QSKIP("SQLite's commit hook cannot be reached");
            written = report::writeRegisterExtract(*m_fx.db, m_full, dir);
        }
        QVERIFY(!written.ok());
        const QString message = written.errorMessage();
        QVERIFY2(message.contains(u"recorded in the log"_s), qPrintable(message));
        QVERIFY2(message.contains(QDir::toNativeSeparators(files.pdf)), qPrintable(message));
        QVERIFY(!QFileInfo::exists(files.json));
        QVERIFY(QFileInfo(files.pdf).isDir());
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(extractEntries(m_full), before + 1);
        QVERIFY(QDir(files.pdf).removeRecursively());
    }

    // Sentences are whole translatable strings with placeholders, never joined pieces.
    void renderPdf_sentencesAreWholeTranslatableStrings()
    {
        if (test::toolPath(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is needed (apt-get install poppler-utils)");
        const QByteArray json = snapshot();
        const Json document = parse(json);
        const QString goal =
            QString::fromStdString(document["participants"][0]["plans"][0]["goalText"]);
        QVERIFY(!goal.isEmpty());
        // The extract's whole sentences in recognisable test text: each sentence is one
        // translatable string (a translation may reorder or reword it).
        auto pdf = [&] {
            const test::ContextTranslator sentences("Report", [](const char* source) -> QString {
                if (qstrcmp(source, "Goal: %1: %2") == 0)
                    return u"TARGET(%1) %2"_s;
                if (qstrcmp(source, "%1 · %2, version %3") == 0)
                    return u"FORM[%1|%2|v%3]"_s;
                return QString();
            });
            return report::renderRegisterExtractPdf(json);
        }();
        QVERIFY2(pdf.ok(), qPrintable(pdf.errorMessage()));
        const QString path = m_out.filePath(u"sentences.pdf"_s);
        QVERIFY(test::writeFile(path, pdf.value()));
        const QString text = test::pdfText(path);
        QVERIFY2(text.contains(folded(u"TARGET(Work) "_s + goal)), qPrintable(text));
        QVERIFY2(text.contains(u"FORM["_s), qPrintable(text));
    }

    void extract_missingFolder_refused()
    {
        const int before = extractEntries(m_full);
        auto written =
            report::writeRegisterExtract(*m_fx.db, m_full, m_out.filePath(u"no/such/folder"_s));
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().contains(u"does not exist"_s),
                 qPrintable(written.errorMessage()));
        QVERIFY(!QFileInfo::exists(m_out.filePath(u"no"_s)));
        QCOMPARE(extractEntries(m_full), before);
    }

    void extract_readOnlyDatabase_refused()
    {
        auto readOnly = Database::open(m_fx.db->path(), Database::Access::ReadOnly);
        QVERIFY2(readOnly.ok(), qPrintable(readOnly.errorMessage()));
        const QString dir = folder();
        auto written = report::writeRegisterExtract(*readOnly.value(), m_full, dir);
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().contains(u"read-only"_s),
                 qPrintable(written.errorMessage()));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden).size(), 0);
    }

    void extract_unknownParticipant_refused()
    {
        auto written = report::writeRegisterExtract(*m_fx.db, 999999, folder());
        QVERIFY(!written.ok());
        QCOMPARE(written.error().kind, Error::Kind::NotFound);
    }

    void renderPdf_needsExactlyOneParticipant()
    {
        exchange::ExportOptions options;
        options.includeSensitive = true;
        auto all = exchange::buildDocument(*m_fx.db, options);
        QVERIFY(all.ok());
        auto pdf = report::renderRegisterExtractPdf(all.value());
        QVERIFY(!pdf.ok());
        QVERIFY(!report::renderRegisterExtractPdf("not json").ok());
        QVERIFY(!report::renderRegisterExtractPdf("{}").ok());
    }

    void extract_everyDemoParticipant()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(u"demo.tilltro"_s));
        QVERIFY(db.ok());
        QVERIFY(fillWithDemoData(*db.value()).ok());
        auto all = ParticipantRepository(*db.value()).all();
        QVERIFY(all.ok() && !all->empty());
        for (const Participant& p : all.value()) {
            auto written = report::writeRegisterExtract(*db.value(), p.id, dir.path());
            QVERIFY2(written.ok(), qPrintable(p.code + u": "_s + written.errorMessage()));
            QVERIFY(test::readAll(written->pdf).startsWith("%PDF-"));
        }
    }
};

QTEST_MAIN(TestRegisterExtract)
#include "tst_registerextract.moc"
