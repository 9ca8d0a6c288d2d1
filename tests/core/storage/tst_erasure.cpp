#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <set>

#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/auditlog.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/erasure.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/insatsrepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"
#include "safetyutil.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

namespace {

// Distinctive strings for the deltagare who is erased. Each must be gone from every byte of the
// database file and its -wal file afterwards.
const QString Name = u"Zyxwerasmus Qvarnbäckström"_s;
const QString Code = u"RADERA-7Q3X"_s;
const QString Personnummer = u"191212121212"_s; // stored as 19121212-1212
const QString FirstNotes = u"FÖRSTA-ANTECKNING-PELIKAN om skulder och hälsa"_s;
const QString Notes = u"ANDRA-ANTECKNING-PELIKAN: berättade om våld i hemmet"_s;
const QString LongNotes = u"LÅNG-ANTECKNING-ALBATROSS "_s.repeated(300); // overflow pages
const QString DelmalWhat = u"DELMÅL-KORMORAN praktik på lager"_s;
const QString DelmalWhy = u"VARFÖR-KORMORAN"_s;
const QString FollowUp = u"UPPFÖLJNING-KORMORAN"_s;
const QString ResponsibleName = u"ANSVARIG-KORMORAN"_s;
const QString ActivityWhat = u"AKTIVITET-TRANA ringa arbetsgivaren"_s;
const QString ActivityWho = u"VEM-TRANA"_s;
const QString InsatsTitle = u"INSATS-HÄGER arbetsträning"_s;
const QString InsatsProvider = u"ANORDNARE-HÄGER"_s;
const QString GoalText = u"MÅL-STORK undersköterska"_s;
const QString ConsentParty = u"PART-LOMVIA"_s;

QList<QByteArray> markers()
{
    return {Name.toUtf8(),
            u"Zyxwerasmus"_s.toUtf8(),
            u"Qvarnbäckström"_s.toUtf8(),
            Code.toUtf8(),
            "121212-1212",
            "PELIKAN",
            "ALBATROSS",
            "KORMORAN",
            "TRANA",
            u"HÄGER"_s.toUtf8(),
            "STORK",
            "LOMVIA"};
}

/// The markers found in the file (empty when it does not exist).
QStringList markersIn(const QString& path)
{
    const QByteArray bytes = test::readAll(path);
    QStringList found;
    for (const QByteArray& marker : markers()) {
        if (bytes.contains(marker))
            found << QString::fromUtf8(marker);
    }
    return found;
}

QStringList markersInDatabaseFiles(const QString& path)
{
    QStringList found;
    for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        for (const QString& marker : markersIn(path + suffix))
            found << marker + u" in "_s + QFileInfo(path + suffix).fileName();
    }
    return found;
}

// Every table about a deltagare and how to find their rows; tables shared by all stay.
struct PersonalTable {
    QString table;
    QString count; ///< SQL counting the rows of participant ?1
};
const std::vector<PersonalTable> personalTables{
    {u"participant"_s, u"SELECT COUNT(*) FROM participant WHERE id = ?1"_s},
    {u"handledare_assignment"_s,
     u"SELECT COUNT(*) FROM handledare_assignment WHERE participant_id = ?1"_s},
    {u"consent"_s, u"SELECT COUNT(*) FROM consent WHERE participant_id = ?1"_s},
    {u"occasion"_s, u"SELECT COUNT(*) FROM occasion WHERE participant_id = ?1"_s},
    {u"answer"_s, u"SELECT COUNT(*) FROM answer JOIN occasion o ON o.id = occasion_id "
                  u"WHERE o.participant_id = ?1"_s},
    {u"occasion_edit"_s, u"SELECT COUNT(*) FROM occasion_edit JOIN occasion o ON "
                         u"o.id = occasion_id WHERE o.participant_id = ?1"_s},
    {u"insats"_s, u"SELECT COUNT(*) FROM insats WHERE participant_id = ?1"_s},
    {u"plan"_s, u"SELECT COUNT(*) FROM plan WHERE participant_id = ?1"_s},
    {u"delmal"_s, u"SELECT COUNT(*) FROM delmal JOIN plan p ON p.id = plan_id "
                  u"WHERE p.participant_id = ?1"_s},
    {u"activity"_s, u"SELECT COUNT(*) FROM activity JOIN delmal d ON d.id = delmal_id "
                    u"JOIN plan p ON p.id = d.plan_id WHERE p.participant_id = ?1"_s},
};
// sqlite_sequence holds only the AUTOINCREMENT counters (table names and numbers).
const QStringList sharedTables{u"handledare"_s, u"app_setting"_s, u"instrument"_s, u"audit_log"_s,
                               u"sqlite_sequence"_s};

std::map<QString, int> rowCounts(Database& db, qint64 participantId)
{
    std::map<QString, int> counts;
    for (const PersonalTable& t : personalTables) {
        QSqlQuery q(db.connection());
        q.prepare(t.count);
        q.addBindValue(participantId);
        counts[t.table] = q.exec() && q.next() ? q.value(0).toInt() : -1;
        counts[u"all:"_s + t.table] = test::countRows(db, u"SELECT COUNT(*) FROM "_s + t.table);
    }
    for (const QString& t : sharedTables)
        counts[u"all:"_s + t] = test::countRows(db, u"SELECT COUNT(*) FROM "_s + t);
    return counts;
}

} // namespace

class TestErasure : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString newPath() { return m_dir.filePath(u"e%1/caseload.tilltro"_s.arg(++m_counter)); }

    /// Registers the deltagare to erase with everything that can be stored about them:
    /// name, code, personnummer, consent, insats, occasions (one edited after completion, one
    /// with notes long enough for overflow pages), a plan with delmål and an activity.
    static qint64 addPersonToErase(Database& db, qint64 instrumentId, const QString& code = Code)
    {
        Handledare h{0, u"Anna Handledare"_s, u"Kommunen"_s, true};
        if (auto r = HandledareRepository(db).insert(h); !r) {
            qWarning() << r.errorMessage();
            return 0;
        }
        Participant p;
        p.code = code;
        p.name = Name;
        p.handledareId = h.id;
        p.personnummer = code == Code ? Personnummer : QString();
        p.startDate = QDate(2025, 1, 15);
        if (auto r = ParticipantRepository(db).insert(p); !r) {
            qWarning() << r.errorMessage();
            return 0;
        }
        Consent consent{
            0, p.id, u"informationsutbyte"_s, ConsentParty, QDate(2025, 1, 15), u"Lars Bergström"_s,
            {}};
        InsatsPeriod insats{
            0, p.id, u"jobbinriktad"_s, InsatsTitle, InsatsProvider, QDate(2025, 2, 1), {}};
        Occasion first;
        first.participantId = p.id;
        first.instrumentId = instrumentId;
        first.date = QDate(2025, 1, 20);
        first.state = OccasionState::Completed;
        first.notes = FirstNotes;
        first.answers[u"d_halsa"_s] = Answer::number(3);
        first.answers[u"vald"_s] = Answer::choice(u"misstanke"_s);
        Occasion second = first;
        second.date = QDate(2025, 4, 20);
        second.notes = LongNotes;
        bool ok = ParticipantRepository(db).addConsent(consent).ok() &&
                  InsatsRepository(db).save(insats).ok() &&
                  OccasionRepository(db).save(first).ok() &&
                  OccasionRepository(db).save(second).ok();
        first.notes = Notes; // an edit of a completed occasion: the history holds both texts
        first.answers[u"d_halsa"_s] = Answer::number(4);
        ok = ok && OccasionRepository(db).save(first).ok();
        Handlingsplan plan;
        plan.participantId = p.id;
        plan.occasionId = first.id;
        plan.goalText = GoalText;
        Delmal d;
        d.what = DelmalWhat;
        d.why = DelmalWhy;
        d.followUp = FollowUp;
        d.responsible = Responsible::Annan;
        d.responsibleName = ResponsibleName;
        d.activities.push_back({0, ActivityWhat, ActivityWho, QDate(2025, 3, 1), false});
        plan.delmal.push_back(d);
        ok = ok && PlanRepository(db).save(plan).ok();
        if (!ok)
            qWarning() << "could not store the person to erase";
        return ok ? p.id : 0;
    }

    /// A database with the person to erase among many others, edited so that b-tree pages
    /// have been split and rewritten around their rows. Left open.
    std::unique_ptr<Database> makeDatabase(const QString& path, qint64* erasedId)
    {
        auto created = Database::create(path);
        if (!created)
            return nullptr;
        std::unique_ptr<Database> db = std::move(created).value();
        auto instrument = Instrument::loadDefault();
        const qint64 instrumentId =
            InstrumentRepository(*db).ensureStored(instrument.value()).value();
        *erasedId = addPersonToErase(*db, instrumentId);
        DemoOptions options;
        options.participants = 60;
        if (auto r = fillWithDemoData(*db, options); !r)
            qWarning() << r.errorMessage();
        // More edits around them: the first occasion's notes grow and shrink.
        auto occasions = OccasionRepository(*db).forParticipant(*erasedId);
        for (int round = 0; occasions && round < 4; ++round) {
            Occasion o = occasions.value().front();
            o.notes = Notes + u" tillägg"_s.repeated(round * 40);
            static_cast<void>(OccasionRepository(*db).save(o));
        }
        return db;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void eraseParticipant_removesEveryRowAndEveryByte()
    {
        const QString path = newPath();
        qint64 id = 0;
        std::unique_ptr<Database> db = makeDatabase(path, &id);
        QVERIFY(db && id > 0);
        // Sanity: the search finds them before.
        QCOMPARE(markersInDatabaseFiles(path).size() >= markers().size(), true);
        const auto before = rowCounts(*db, id);
        for (const PersonalTable& t : personalTables)
            QVERIFY2(before.at(t.table) > 0, qPrintable(t.table)); // the test covers every table
        QSqlQuery tables(db->connection());
        QVERIFY(tables.exec(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s));
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            const bool known =
                sharedTables.contains(table) ||
                std::any_of(personalTables.begin(), personalTables.end(),
                            [&](const PersonalTable& t) { return t.table == table; });
            QVERIFY2(known, qPrintable(u"A new table must be covered by erasure: "_s + table));
        }
        tables.finish();
        // An entry whose details hold personal data (as one imported from elsewhere could), and
        // one whose details do not.
        QVERIFY(db->write([&]() -> Result<void> {
                      if (auto r = AuditLog(*db).record(AuditAction::Import,
                                                        AuditEntity::Participant, id, id,
                                                        u"imported: "_s + Name + u", "_s + Notes);
                          !r)
                          return r;
                      return AuditLog(*db).record(AuditAction::Export, AuditEntity::Participant, id,
                                                  id, u"sensitive left out"_s);
                  }).ok());
        const int auditBefore = int(AuditLog(*db).forParticipant(id).value().size());

        auto erased = eraseParticipant(*db, id);
        QVERIFY2(erased.ok(), qPrintable(erased.errorMessage()));

        const auto after = rowCounts(*db, id);
        for (const PersonalTable& t : personalTables) {
            QCOMPARE(after.at(t.table), 0);
            QCOMPARE(after.at(u"all:"_s + t.table),
                     before.at(u"all:"_s + t.table) - before.at(t.table));
        }
        for (const QString& t : {u"handledare"_s, u"app_setting"_s, u"instrument"_s})
            QCOMPARE(after.at(u"all:"_s + t), before.at(u"all:"_s + t));
        // Their audit entries stay (ids only), plus one erasure entry without personal data.
        auto audit = AuditLog(*db).forParticipant(id);
        QVERIFY(audit.ok());
        QCOMPARE(int(audit.value().size()), auditBefore + 1);
        const auto& entries = audit.value();
        const auto imported = std::find_if(entries.begin(), entries.end(), [](const AuditEntry& e) {
            return e.action == "import"_L1;
        });
        QVERIFY(imported != entries.end());
        QCOMPARE(imported->details, u"redacted"_s);
        QCOMPARE(imported->participantId, id);
        const auto exported = std::find_if(entries.begin(), entries.end(), [](const AuditEntry& e) {
            return e.action == "export"_L1;
        });
        QVERIFY(exported != entries.end());
        QCOMPARE(exported->details, u"sensitive left out"_s);
        QVERIFY(
            std::is_sorted(entries.begin(), entries.end(),
                           [](const AuditEntry& a, const AuditEntry& b) { return a.id < b.id; }));
        const AuditEntry& last = audit.value().back();
        QCOMPARE(last.action, u"erase"_s);
        QCOMPARE(last.entity, u"participant"_s);
        QCOMPARE(last.entityId, id);
        QCOMPARE(last.details, u"occasions=2 insatser=1 plans=1 consents=1"_s);
        QVERIFY(db->checkIntegrity(true).ok());

        // While still open, and after closing: not one byte left.
        QCOMPARE(markersInDatabaseFiles(path), QStringList());
        QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
        QCOMPARE(test::countRows(*db, u"SELECT COUNT(*) FROM app_setting WHERE key = "
                                      u"'erasure_cleanup_pending'"_s),
                 0);
        QVERIFY(!finishPendingErasure(*db).value());
        db.reset();
        QCOMPARE(markersInDatabaseFiles(path), QStringList());
        // Everyone else is still there.
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        QCOMPARE(test::countRows(*reopened.value(), u"SELECT COUNT(*) FROM participant"_s), 60);
        QVERIFY(test::readAll(path).contains("D-0060"));
    }

    void eraseParticipants_afterHeavyEditing_noStaleCopiesLeftInPages()
    {
        // secure_delete zeroes a row where it lies when deleted, but b-tree rebalancing during
        // earlier edits can leave older copies of it in the unused space of other pages. This
        // churn reproduces that (without the VACUUM in removeErasedTraces() some of the erased
        // codes and notes are still in the file afterwards).
        auto created = Database::create(newPath());
        QVERIFY(created.ok());
        Database& db = *created.value();
        const qint64 instrumentId =
            InstrumentRepository(db).ensureStored(Instrument::loadDefault().value()).value();
        QRandomGenerator rng(7);
        const int people = 400;
        const auto code = [](int i) { return u"P-%1-KOD"_s.arg(i, 4, 10, QLatin1Char('0')); };
        const auto note = [&rng](int i) -> QString {
            return u"NOTE-%1 "_s.arg(i, 4, 10, QLatin1Char('0')) +
                   QString(10 + int(rng.bounded(1500)), u'x');
        };
        std::vector<Occasion> occasions;
        auto filled = db.write([&]() -> Result<void> {
            for (int i = 0; i < people; ++i) {
                Participant p;
                p.code = code(i);
                if (auto r = ParticipantRepository(db).insert(p); !r)
                    return r;
                Occasion o;
                o.participantId = p.id;
                o.instrumentId = instrumentId;
                o.date = QDate(2026, 1, 1);
                o.notes = note(i);
                if (auto r = OccasionRepository(db).save(o); !r)
                    return r;
                occasions.push_back(o);
            }
            for (int k = 0; k < 1500; ++k) {
                const int i = int(rng.bounded(people));
                occasions[size_t(i)].notes = note(i);
                if (auto r = OccasionRepository(db).save(occasions[size_t(i)]); !r)
                    return r;
            }
            return {};
        });
        QVERIFY2(filled.ok(), qPrintable(filled.errorMessage()));
        std::vector<qint64> erase;
        std::set<int> erased;
        while (erased.size() < 40) {
            const int i = int(rng.bounded(people));
            if (erased.insert(i).second)
                erase.push_back(occasions[size_t(i)].participantId);
        }
        auto r = eraseParticipants(db, erase);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));

        const QByteArray bytes = test::readAll(db.path()) + test::readAll(db.path() + u"-wal"_s);
        QStringList left;
        for (int i = 0; i < people; ++i) {
            const QByteArray c = code(i).toUtf8();
            const QByteArray n = u"NOTE-%1 "_s.arg(i, 4, 10, QLatin1Char('0')).toUtf8();
            if (erased.count(i) && (bytes.contains(c) || bytes.contains(n)))
                left << code(i);
            if (!erased.count(i))
                QVERIFY(bytes.contains(c) && bytes.contains(n)); // the search works
        }
        QCOMPARE(left, QStringList());
    }

    void eraseParticipant_idOfTheNewestIsReused_auditHistoryNotInherited()
    {
        // participant.id is INTEGER PRIMARY KEY without AUTOINCREMENT: SQLite gives the next
        // deltagare max(id) + 1 unless the table is AUTOINCREMENT (it is): an erased deltagare's
        // id must never be handed to the next one.
        qint64 id = 0;
        auto db = makeDatabase(newPath(), &id);
        QVERIFY(db);
        Participant newest;
        newest.code = u"SIST-IN"_s;
        QVERIFY(ParticipantRepository(*db).insert(newest).ok());
        QVERIFY(eraseParticipant(*db, newest.id).ok());
        Participant next;
        next.code = u"NASTA"_s;
        QVERIFY(ParticipantRepository(*db).insert(next).ok());
        auto audit = AuditLog(*db).forParticipant(next.id);
        QVERIFY(audit.ok());
        QCOMPARE(audit.value().size(), size_t(1)); // only its own "create"
    }

    void eraseParticipant_unknownId_notFoundAndNothingChanged()
    {
        qint64 id = 0;
        auto db = makeDatabase(newPath(), &id);
        QVERIFY(db);
        const QByteArray before = test::contentDigest(*db);
        auto r = eraseParticipant(*db, 999999);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QCOMPARE(test::contentDigest(*db), before);
    }

    void eraseParticipant_readOnlyDatabase_refused()
    {
        const QString path = newPath();
        qint64 id = 0;
        {
            auto db = makeDatabase(path, &id);
            QVERIFY(db);
        }
        auto reader = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(reader.ok());
        auto r = eraseParticipant(*reader.value(), id);
        QVERIFY(!r.ok());
        QVERIFY(r.errorMessage().contains(u"read-only"_s));
        QCOMPARE(test::countRows(*reader.value(), u"SELECT COUNT(*) FROM participant"_s), 61);
    }

    void eraseParticipant_whileAnotherProgramReads_erasedAndTracesGoneOnClose()
    {
        const QString path = newPath();
        qint64 id = 0;
        std::unique_ptr<Database> db = makeDatabase(path, &id);
        QVERIFY(db);
        auto reader = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(reader.ok());
        {
            QSqlQuery fast(db->connection());
            QVERIFY(fast.exec(u"PRAGMA busy_timeout = 100"_s));
        }
        {
            QSqlQuery reading(reader.value()->connection());
            QVERIFY(reading.exec(u"SELECT code FROM participant"_s) && reading.next()); // snapshot

            auto r = eraseParticipant(*db, id);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, Error::Kind::Conflict);
            QVERIFY2(r.errorMessage().contains(u"has been erased"_s), qPrintable(r.errorMessage()));
            QCOMPARE(rowCounts(*db, id).at(u"participant"_s), 0);
        }
        reader.value().reset();
        // The erasure left a mark; finishing it (as on the next open for editing) clears it.
        QCOMPARE(test::countRows(*db, u"SELECT COUNT(*) FROM app_setting WHERE key = "
                                      u"'erasure_cleanup_pending'"_s),
                 1);
        auto finished = finishPendingErasure(*db);
        QVERIFY2(finished.ok(), qPrintable(finished.errorMessage()));
        QVERIFY(finished.value());
        QCOMPARE(markersInDatabaseFiles(path), QStringList());
        QVERIFY(!finishPendingErasure(*db).value()); // nothing left to do
        db.reset();
        QCOMPARE(markersInDatabaseFiles(path), QStringList());
    }

    void eraseParticipants_severalInOneTransaction_allOrNone()
    {
        qint64 id = 0;
        auto db = makeDatabase(newPath(), &id);
        QVERIFY(db);
        auto instrumentId =
            InstrumentRepository(*db).ensureStored(Instrument::loadDefault().value());
        const qint64 other = addPersonToErase(*db, instrumentId.value(), u"ANDRA-1"_s);
        QVERIFY(other > 0);
        const QByteArray before = test::contentDigest(*db);
        auto refused = eraseParticipants(*db, {id, other, 424242});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::NotFound);
        QCOMPARE(test::contentDigest(*db), before);

        auto erased = eraseParticipants(*db, {other, id, id});
        QVERIFY2(erased.ok(), qPrintable(erased.errorMessage()));
        QCOMPARE(rowCounts(*db, id).at(u"participant"_s), 0);
        QCOMPARE(rowCounts(*db, other).at(u"participant"_s), 0);
        QCOMPARE(test::countRows(*db, u"SELECT COUNT(*) FROM participant"_s), 60);
        QCOMPARE(test::countRows(*db, u"SELECT COUNT(*) FROM audit_log WHERE action = 'erase'"_s),
                 2);
        QCOMPARE(markersInDatabaseFiles(db->path()), QStringList());
        QVERIFY(eraseParticipants(*db, {}).ok());
    }

    void replaceAutomaticBackups_removesTheBackupsThatHoldTheErasedData()
    {
        const QString path = newPath();
        qint64 id = 0;
        std::unique_ptr<Database> db = makeDatabase(path, &id);
        QVERIFY(db);
        const QString backups = backupFolderFor(path);
        for (int i = 0; i < 3; ++i) {
            Clock::setFixedForTests(QDateTime(QDate(2026, 1, 1 + i), QTime(8, 0)));
            QVERIFY(rotateBackups(*db, backups).ok());
        }
        const QString unrelated = backups + u"/egen-kopia.tilltro"_s;
        QVERIFY(test::writeFile(unrelated, Code.toUtf8()));
        QVERIFY(!markersIn(listBackups(backups).front().path).isEmpty());
        QVERIFY(eraseParticipant(*db, id).ok());

        Clock::setFixedForTests(QDateTime(QDate(2026, 2, 1), QTime(8, 0)));
        auto replaced = replaceAutomaticBackups(*db, backups);
        Clock::resetForTests();
        QVERIFY2(replaced.ok(), qPrintable(replaced.errorMessage()));
        QCOMPARE(replaced.value(), 3);
        const auto list = listBackups(backups);
        QCOMPARE(list.size(), size_t(1));
        QCOMPARE(QFileInfo(list[0].path).fileName(), u"caseload-20260201-080000.tilltro"_s);
        QCOMPARE(markersIn(list[0].path), QStringList());
        QCOMPARE(test::countRows(*Database::open(list[0].path, Database::Access::ReadOnly).value(),
                                 u"SELECT COUNT(*) FROM participant"_s),
                 60);
        QCOMPARE(test::readAll(unrelated), Code.toUtf8()); // not ours: untouched
        QCOMPARE(test::filesIn(backups).size(), 2);

        // Nothing to replace: no backup is made either.
        const QString empty = m_dir.filePath(u"no-backups"_s);
        auto none = replaceAutomaticBackups(*db, empty);
        QVERIFY(none.ok());
        QCOMPARE(none.value(), 0);
        QVERIFY(!QFileInfo::exists(empty));
    }

    void gallringCandidates_endedMoreThanNYearsAgo()
    {
        auto created = Database::create(newPath());
        QVERIFY(created.ok());
        Database& db = *created.value();
        const QDate today(2026, 11, 24);
        struct Row {
            QString code;
            QDate end;
            bool protectedIdentity;
        };
        const std::vector<Row> rows{
            {u"A-sex-ar"_s, today.addYears(-6), false},
            {u"B-exakt-fem"_s, today.addYears(-5), false},
            {u"C-fem-och-en-dag"_s, today.addYears(-5).addDays(-1), false},
            {u"D-pagar"_s, {}, false},
            {u"E-ett-ar"_s, today.addYears(-1), false},
            {u"F-skyddad-tio-ar"_s, today.addYears(-10), true},
        };
        std::map<QString, qint64> ids;
        for (const Row& row : rows) {
            Participant p;
            p.code = row.code;
            p.name = u"Namn "_s + row.code;
            p.protectedIdentity = row.protectedIdentity;
            p.startDate = today.addYears(-12);
            p.endDate = row.end;
            p.endReason = row.end.isValid() ? u"arbete"_s : QString();
            QVERIFY(ParticipantRepository(db).insert(p).ok());
            ids[row.code] = p.id;
        }
        auto candidates = gallringCandidates(db, 5, today);
        QVERIFY(candidates.ok());
        QStringList codes;
        for (const GallringCandidate& c : candidates.value())
            codes << c.code;
        QCOMPARE(codes, (QStringList{u"F-skyddad-tio-ar"_s, u"A-sex-ar"_s, u"C-fem-och-en-dag"_s}));
        QCOMPARE(candidates.value()[0].name, QString()); // protected: no name
        QCOMPARE(candidates.value()[1].name, u"Namn A-sex-ar"_s);
        QCOMPARE(candidates.value()[1].endDate, today.addYears(-6));
        QCOMPARE(candidates.value()[1].endReason, u"arbete"_s);
        QCOMPARE(candidates.value()[1].participantId, ids[u"A-sex-ar"_s]);

        QCOMPARE(gallringCandidates(db, 0, today).value().size(), size_t(5));
        QVERIFY(!gallringCandidates(db, -1, today).ok());
        Clock::setFixedForTests(QDateTime(today, QTime(12, 0)));
        QCOMPARE(gallringCandidates(db).value().size(), size_t(3)); // default: 5 years, today
        Clock::resetForTests();

        std::vector<qint64> erase;
        for (const GallringCandidate& c : candidates.value())
            erase.push_back(c.participantId);
        QVERIFY(eraseParticipants(db, erase).ok());
        QVERIFY(gallringCandidates(db, 5, today).value().empty());
        QCOMPARE(test::countRows(db, u"SELECT COUNT(*) FROM participant"_s), 3);
        QVERIFY(!test::readAll(db.path()).contains("skyddad"));
    }

    // A setting that cannot be read or used is an error, never the default: a database set to
    // ten years must not be thinned by five.
    void retentionYears_missingIsTheDefault_unreadableOrBadIsAnError()
    {
        auto created = Database::create(newPath());
        QVERIFY(created.ok());
        Database& db = *created.value();
        const QString key = QString::fromLatin1(RetentionYearsKey);
        QCOMPARE(retentionYears(db).value(), DefaultRetentionYears); // nothing stored
        QVERIFY(SettingsRepository(db).setValue(key, u"10"_s).ok());
        QCOMPARE(retentionYears(db).value(), 10);
        for (const QString& bad : {u"tio"_s, u"0"_s, u"-3"_s, u"2.5"_s, u""_s, u"10 år"_s}) {
            QVERIFY(SettingsRepository(db).setValue(key, bad).ok());
            auto years = retentionYears(db);
            QVERIFY2(!years.ok(), qPrintable(bad));
            QCOMPARE(years.error().kind, Error::Kind::Invalid);
            QVERIFY2(years.errorMessage().contains(u"retention period"_s),
                     qPrintable(years.errorMessage()));
        }
        QSqlQuery rename(db.connection());
        QVERIFY(rename.exec(u"ALTER TABLE app_setting RENAME TO app_setting_gone"_s));
        auto unreadable = retentionYears(db);
        QVERIFY(!unreadable.ok());
        QVERIFY2(unreadable.errorMessage().contains(u"could not be read"_s),
                 qPrintable(unreadable.errorMessage()));
    }

    // --- tilltro erase ------------------------------------------------------------------------

    void cli_erase()
    {
        const QString path = newPath();
        qint64 id = 0;
        {
            auto db = makeDatabase(path, &id);
            QVERIFY(db);
            QVERIFY(rotateBackups(*db, backupFolderFor(path)).ok());
        }
        auto run = [](const QStringList& args) {
            QProcess process;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.remove(u"QT_QPA_PLATFORM"_s);
            env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(TILLTRO_EXECUTABLE),
                          args + QStringList{u"--lang"_s, u"en"_s});
            process.waitForFinished(60000);
            return std::tuple{process.exitCode(),
                              QString::fromUtf8(process.readAllStandardOutput()),
                              QString::fromUtf8(process.readAllStandardError())};
        };
        const QByteArray before = test::fileHash(path);

        // Without --yes: bad usage, an explanation, nothing changed.
        auto [code, out, err] = run({u"erase"_s, u"--database"_s, path, u"--participant"_s, Code});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(u"cannot be undone"_s) && err.contains(u"--yes"_s), qPrintable(err));
        QCOMPARE(test::fileHash(path), before);

        std::tie(code, out, err) = run({u"erase"_s, u"--database"_s, path, u"--yes"_s});
        QCOMPARE(code, 1);
        QVERIFY2(err.contains(u"--participant"_s), qPrintable(err));

        std::tie(code, out, err) =
            run({u"erase"_s, u"--database"_s, path, u"--participant"_s, u"NO-SUCH"_s, u"--yes"_s});
        QCOMPARE(code, 2);
        QVERIFY2(err.contains(u"No deltagare has the code NO-SUCH"_s), qPrintable(err));

        {
            auto window = Database::open(path); // the window holds the lock
            QVERIFY(window.ok());
            std::tie(code, out, err) =
                run({u"erase"_s, u"--database"_s, path, u"--participant"_s, Code, u"--yes"_s});
            QCOMPARE(code, 2);
            QCOMPARE(rowCounts(*window.value(), id).at(u"participant"_s), 1);
        }

        std::tie(code, out, err) =
            run({u"erase"_s, u"--database"_s, path, u"--participant"_s, Code, u"--yes"_s});
        QVERIFY2(code == 0, qPrintable(err));
        QVERIFY2(out.contains(u"Erased %1"_s.arg(Code)), qPrintable(out));
        QVERIFY2(out.contains(u"1 older automatic backup"_s), qPrintable(out));
        QCOMPARE(markersInDatabaseFiles(path), QStringList());
        const auto backups = listBackups(backupFolderFor(path));
        QCOMPARE(backups.size(), size_t(1));
        QCOMPARE(markersIn(backups[0].path), QStringList());
        auto db = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(db.ok());
        QVERIFY(!ParticipantRepository(*db.value()).byCode(Code).value().has_value());
        QCOMPARE(test::countRows(*db.value(), u"SELECT COUNT(*) FROM participant"_s), 60);
    }

    // Through a symbolic link, the clean-up follows the real file: its backups are replaced,
    // not a "backups" folder beside the link.
    void cli_erase_throughSymlink_replacesTheBackupsBesideTheRealFile()
    {
        const QString path = newPath();
        {
            qint64 id = 0;
            auto db = makeDatabase(path, &id);
            QVERIFY(db);
            QVERIFY(rotateBackups(*db, backupFolderFor(path)).ok());
        }
        QTemporaryDir elsewhere;
        const QString link = elsewhere.filePath(u"link.tilltro"_s);
        QVERIFY(QFile::link(path, link));
        QVERIFY(!markersIn(listBackups(backupFolderFor(path)).front().path).isEmpty());
        QProcess process;
        process.start(QStringLiteral(TILLTRO_EXECUTABLE),
                      {u"erase"_s, u"--database"_s, link, u"--participant"_s, Code, u"--yes"_s,
                       u"--lang"_s, u"en"_s});
        QVERIFY(process.waitForFinished(60000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
        QCOMPARE(markersInDatabaseFiles(path), QStringList());
        const auto backups = listBackups(backupFolderFor(path));
        QCOMPARE(backups.size(), size_t(1));
        QCOMPARE(markersIn(backups[0].path), QStringList());
        QVERIFY(!QDir(backupFolderFor(link)).exists());
        QVERIFY(!QFile::exists(link + u".lock"_s));
    }
};

QTEST_GUILESS_MAIN(TestErasure)
#include "tst_erasure.moc"
