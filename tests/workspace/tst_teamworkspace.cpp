#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using tilltro::workspace::Workspace;

// The workspace's use cases on both backends (issue 17): a database file, and a team database
// on PostgreSQL. The file rows run everywhere; the server rows run when the team test
// (tests/team/run-team-tests.sh) gives the addresses of its throwaway cluster:
//   TILLTRO_TEAM_URI       handledare anna's login (a ~/.pgpass-style PGPASSFILE logs in)
//   TILLTRO_TEAM_URI_BO    handledare bo's
//   TILLTRO_TEAM_URI_SARA  the samordnare's
// and TILLTRO_TEAM_REQUIRED=1 makes their absence a failure there, never a silent skip.
class TestTeamWorkspace : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_file; ///< the database file of the "file" rows
    int m_serial = 0;

    static QString env(const char* name) { return qEnvironmentVariable(name); }
    static bool haveServer() { return !env("TILLTRO_TEAM_URI").isEmpty(); }

    /// Opens `backend` ("file" or "server") in `ws` as anna (or as `uri` when given); a
    /// second reader of the file reads beside its editor.
    void open(Workspace& ws, const QString& backend, const QString& uri = {},
              workspace::Access access = workspace::Access::Edit)
    {
        const QString where =
            backend == "server"_L1 ? (uri.isEmpty() ? env("TILLTRO_TEAM_URI") : uri) : m_file;
        auto opened = ws.open(where, access);
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QCOMPARE(ws.isTeam(), backend == "server"_L1);
    }

    /// A new deltagare of the current handledare, with a code of its own.
    Participant addParticipant(Workspace& ws)
    {
        Participant p;
        p.code = u"TW-%1-%2"_s.arg(QCoreApplication::applicationPid()).arg(++m_serial);
        p.name = u"Test <b>Deltagare</b>"_s;
        p.startDate = QDate(2026, 1, 10);
        auto me = ws.currentUser();
        if (me && me.value())
            p.handledareId = me.value()->id;
        std::vector<Consent> consents;
        auto saved = ws.saveParticipant(p, consents, {});
        if (!saved)
            qWarning("%s", qPrintable(saved.errorMessage()));
        return p;
    }

    /// A completed occasion of `participantId` on `date` answering every numeric question of
    /// the instrument for new occasions with `value`.
    Occasion addOccasion(Workspace& ws, qint64 participantId, const QDate& date, int value,
                         OccasionState state = OccasionState::Completed)
    {
        auto instrument = ws.instrumentForNewOccasions();
        Occasion o;
        o.participantId = participantId;
        o.date = date;
        o.state = state;
        o.notes = u"anteckning"_s;
        if (instrument) {
            for (const Question& q : instrument->questions()) {
                if (q.scale.type == Scale::Type::Numeric)
                    o.answers[q.key] = Answer{std::clamp(value, q.scale.min, q.scale.max), {}};
            }
            auto saved = ws.saveOccasion(o, instrument.value());
            if (!saved)
                qWarning("%s", qPrintable(saved.errorMessage()));
        }
        return o;
    }

    static void backends()
    {
        QTest::addColumn<QString>("backend");
        QTest::newRow("file") << u"file"_s;
        if (haveServer())
            QTest::newRow("server") << u"server"_s;
    }

    /// For the tests only a team database has: skipped (said so) without a server.
    static bool requireServer() { return haveServer(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (env("TILLTRO_TEAM_REQUIRED") == "1"_L1) {
            QVERIFY2(haveServer() && !env("TILLTRO_TEAM_URI_BO").isEmpty() &&
                         !env("TILLTRO_TEAM_URI_SARA").isEmpty(),
                     "the team run must give TILLTRO_TEAM_URI, _BO and _SARA");
        }
        m_file = QDir(m_dir.path()).filePath(u"local.tilltro"_s);
        Workspace ws;
        auto made = ws.create(m_file);
        QVERIFY2(made, qPrintable(made.errorMessage()));
        Handledare anna;
        anna.name = u"Anna"_s;
        QVERIFY(ws.setCurrentUser(anna));
    }

    // Everything of one deltagare saved, read back the same, and seen by the caseload, the
    // statistics and the audit log.
    void savesAndReadsBack_data() { backends(); }
    void savesAndReadsBack()
    {
        QFETCH(QString, backend);
        Workspace ws;
        open(ws, backend);
        const Participant p = addParticipant(ws);
        QVERIFY(p.id > 0);

        Occasion draft = addOccasion(ws, p.id, QDate(2026, 3, 1), 4, OccasionState::Draft);
        QVERIFY(draft.id > 0);
        draft.state = OccasionState::Completed;
        auto instrument = ws.instrument(draft.instrumentId);
        QVERIFY2(instrument, qPrintable(instrument.errorMessage()));
        auto completed = ws.saveOccasion(draft, instrument.value());
        QVERIFY2(completed, qPrintable(completed.errorMessage()));
        const Occasion later = addOccasion(ws, p.id, QDate(2026, 6, 1), 7);
        QVERIFY(later.id > 0);

        InsatsPeriod insats;
        insats.participantId = p.id;
        insats.category = u"jobbinriktad"_s;
        insats.title = u"Praktik"_s;
        insats.start = QDate(2026, 2, 1);
        QVERIFY(ws.saveInsats(insats));
        QVERIFY(insats.id > 0);

        Handlingsplan plan;
        plan.participantId = p.id;
        plan.occasionId = later.id;
        plan.goalText = u"Arbete inom vården"_s;
        plan.nextMeeting = QDate(2026, 9, 1);
        Delmal d;
        d.what = u"Körkort"_s;
        d.activities.push_back(
            Activity{0, u"Boka teori"_s, u"Deltagaren"_s, QDate(2026, 7, 1), false});
        plan.delmal.push_back(d);
        auto planSaved = ws.savePlan(plan);
        QVERIFY2(planSaved, qPrintable(planSaved.errorMessage()));
        QVERIFY(plan.id > 0 && plan.delmal.front().id > 0 &&
                plan.delmal.front().activities.front().id > 0);

        // Read back by a second workspace: what the server (or file) holds, not a cache.
        Workspace reader;
        open(reader, backend, {}, workspace::Access::ReadOnly);
        auto stored = reader.participant(p.id);
        QVERIFY(stored && stored.value());
        QCOMPARE(stored.value()->name, p.name); // literally, markup and all
        auto occasions = reader.occasions(p.id);
        QVERIFY(occasions);
        QCOMPARE(occasions->size(), std::size_t(2));
        QCOMPARE(occasions->front().answers, draft.answers);
        QCOMPARE(occasions->front().state, OccasionState::Completed);
        auto plans = reader.plans(p.id);
        QVERIFY(plans && plans->size() == 1);
        QCOMPARE(plans->front().delmal.front().activities.front().what, u"Boka teori"_s);
        QCOMPARE(plans->front().nextMeeting, QDate(2026, 9, 1));

        auto caseload = reader.caseload(QDate(2026, 12, 4));
        QVERIFY2(caseload, qPrintable(caseload.errorMessage()));
        const auto row =
            std::find_if(caseload->begin(), caseload->end(),
                         [&](const CaseloadRow& r) { return r.participantId == p.id; });
        QVERIFY(row != caseload->end());
        QCOMPARE(row->lastOccasion, QDate(2026, 6, 1));

        analysis::StatisticsFilter filter;
        filter.to = QDate(2026, 12, 4);
        auto statistics = reader.statistics(filter);
        QVERIFY2(statistics, qPrintable(statistics.errorMessage()));

        auto log = reader.auditLog(p.id);
        QVERIFY(log);
        const bool created = std::any_of(log->begin(), log->end(), [](const AuditEntry& e) {
            return e.action == "create"_L1 && e.entity == "occasion"_L1;
        });
        QVERIFY(created);
        if (backend == "server"_L1) {
            // Written by the server's triggers, with the login.
            for (const AuditEntry& e : log.value())
                QCOMPARE(e.osUser, u"anna"_s);
        }
    }

    // Moving in and out: a deltagare exported from one backend imports into the other with
    // their history; into a team database they become the login's.
    void movesBetweenFileAndServer()
    {
        if (!requireServer())
            QSKIP("no team database given (tests/team/run-team-tests.sh gives one)");
        Workspace local;
        open(local, u"file"_s);
        const Participant p = addParticipant(local);
        addOccasion(local, p.id, QDate(2026, 4, 1), 5);
        const QString out = QDir(m_dir.path()).filePath(u"move.json"_s);
        exchange::ExportOptions options;
        options.participantCode = p.code;
        auto exported = local.exportFile(out, options);
        QVERIFY2(exported, qPrintable(exported.errorMessage()));

        Workspace team;
        open(team, u"server"_s);
        auto imported = team.importFile(out);
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QCOMPARE(imported->codes, QStringList{p.code});
        auto moved = team.participantByCode(p.code);
        QVERIFY(moved && moved.value());
        auto me = team.currentUser();
        QVERIFY(me && me.value());
        QCOMPARE(moved.value()->handledareId, me.value()->id);
        auto occasions = team.occasions(moved.value()->id);
        QVERIFY(occasions && occasions->size() == 1);
        QCOMPARE(occasions->front().date, QDate(2026, 4, 1));

        // And out again, from the server to a new file.
        const QString back = QDir(m_dir.path()).filePath(u"back.json"_s);
        auto again = team.exportFile(back, options);
        QVERIFY2(again, qPrintable(again.errorMessage()));
        Workspace copy;
        QVERIFY(copy.create(QDir(m_dir.path()).filePath(u"copy.tilltro"_s)));
        auto into = copy.importFile(back);
        QVERIFY2(into, qPrintable(into.errorMessage()));
        auto copied = copy.participantByCode(p.code);
        QVERIFY(copied && copied.value());
        auto copiedOccasions = copy.occasions(copied.value()->id);
        QVERIFY(copiedOccasions && copiedOccasions->size() == 1);
        QCOMPARE(copiedOccasions->front().answers, occasions->front().answers);
    }

    /// A new database file at `name` with `count` deltagare, the first with a completed occasion
    /// carrying notes and a sensitive answer; their codes.
    QStringList localFile(const QString& name, int count)
    {
        Workspace local;
        if (!local.create(QDir(m_dir.path()).filePath(name)))
            return {};
        Handledare me;
        me.name = u"Anna Lokal"_s;
        if (!local.setCurrentUser(me))
            return {};
        QStringList codes;
        for (int i = 0; i < count; ++i) {
            const Participant p = addParticipant(local);
            codes << p.code;
            if (i == 0) {
                Occasion o = addOccasion(local, p.id, QDate(2026, 4, 1), 5);
                o.notes = u"Känsligt: samtal om boendet"_s;
                o.answers[u"vald"_s] = Answer::choice(u"nej"_s);
                auto instrument = local.instrument(o.instrumentId);
                if (!instrument || !local.saveOccasion(o, instrument.value()))
                    return {};
            }
        }
        return codes;
    }

    // Flytta till teamdatabas: everything of every deltagare into the team database, as the
    // login's; the file then read-only, its log saying where they went.
    void movesAFileIntoTheTeamDatabase()
    {
        if (!requireServer())
            QSKIP("no team database given");
        const QStringList codes = localFile(u"move-keep.tilltro"_s, 2);
        QCOMPARE(codes.size(), 2);
        const QString file = QDir(m_dir.path()).filePath(u"move-keep.tilltro"_s);
        Workspace ws;
        QVERIFY(ws.open(file));
        auto moved =
            ws.moveToTeamDatabase(env("TILLTRO_TEAM_URI"), workspace::AfterMove::KeepReadOnly);
        QVERIFY2(moved, qPrintable(moved.errorMessage()));
        QVERIFY2(moved.warning().isEmpty(), qPrintable(moved.warning()));
        QCOMPARE(moved->codes, codes);
        QVERIFY(!moved->localErased);
        QVERIFY(ws.isTeam()); // the workspace works in the team database now

        auto first = ws.participantByCode(codes.first());
        QVERIFY(first && first.value());
        auto me = ws.currentUser();
        QCOMPARE(first.value()->handledareId, me.value()->id);
        auto occasions = ws.occasions(first.value()->id);
        QVERIFY(occasions && occasions->size() == 1);
        QCOMPARE(occasions->front().notes, u"Känsligt: samtal om boendet"_s);
        QCOMPARE(occasions->front().answers.at(u"vald"_s), Answer::choice(u"nej"_s));

        // The file: as it was, read-only, its log saying where its deltagare went.
        Workspace local;
        auto edit = local.open(file);
        QVERIFY(!edit);
        QVERIFY2(edit.errorMessage().contains(u"read-only"_s), qPrintable(edit.errorMessage()));
        QVERIFY(local.open(file, workspace::Access::ReadOnly));
        auto kept = local.participantByCode(codes.first());
        QVERIFY(kept && kept.value());
        auto log = local.auditLog(kept.value()->id);
        QVERIFY(log);
        const bool recorded = std::any_of(log->begin(), log->end(), [](const AuditEntry& e) {
            return e.action == "export"_L1 && e.details.startsWith(u"moved to team database"_s);
        });
        QVERIFY(recorded);
    }

    void movesAndErasesTheFile()
    {
        if (!requireServer())
            QSKIP("no team database given");
        const QStringList codes = localFile(u"move-erase.tilltro"_s, 1);
        const QString file = QDir(m_dir.path()).filePath(u"move-erase.tilltro"_s);
        Workspace ws;
        QVERIFY(ws.open(file));
        auto moved =
            ws.moveToTeamDatabase(env("TILLTRO_TEAM_URI"), workspace::AfterMove::EraseLocal);
        QVERIFY2(moved, qPrintable(moved.errorMessage()));
        QVERIFY(moved->localErased);
        auto there = ws.participantByCode(codes.first());
        QVERIFY(there && there.value());
        Workspace local;
        QVERIFY(local.open(file));
        auto left = local.participantByCode(codes.first());
        QVERIFY(left && !left.value());
    }

    // A code the team database already has: nothing moves, nothing changes in the file.
    void aMoveIsAllOrNothing()
    {
        if (!requireServer())
            QSKIP("no team database given");
        const QStringList codes = localFile(u"move-refused.tilltro"_s, 2);
        const QString file = QDir(m_dir.path()).filePath(u"move-refused.tilltro"_s);
        {
            // The second code is taken in the team database already.
            Workspace team;
            open(team, u"server"_s);
            Participant taken;
            taken.code = codes.at(1);
            taken.handledareId = team.currentUser().value()->id;
            std::vector<Consent> none;
            QVERIFY(team.saveParticipant(taken, none, {}));
        }
        Workspace ws;
        QVERIFY(ws.open(file));
        auto moved =
            ws.moveToTeamDatabase(env("TILLTRO_TEAM_URI"), workspace::AfterMove::EraseLocal);
        QVERIFY(!moved);
        QVERIFY2(moved.errorMessage().contains(codes.at(1)), qPrintable(moved.errorMessage()));
        QVERIFY(!ws.isTeam());
        QCOMPARE(ws.path(), QFileInfo(file).canonicalFilePath());
        auto still = ws.participantByCode(codes.first());
        QVERIFY(still && still.value()); // the file is as it was
        Workspace team;
        open(team, u"server"_s);
        auto notMoved = team.participantByCode(codes.first());
        QVERIFY(notMoved && !notMoved.value()); // and nothing half-moved
    }

    // Two saves made from the same version: the second changes nothing and shows both versions.
    void staleSavesAreRefused()
    {
        if (!requireServer())
            QSKIP("no team database given (a file has one editor at a time: its lock)");
        Workspace first;
        Workspace second;
        open(first, u"server"_s);
        open(second, u"server"_s);
        Participant p = addParticipant(first);
        Occasion o = addOccasion(first, p.id, QDate(2026, 5, 1), 3, OccasionState::Draft);

        auto mine = first.participant(p.id);
        auto theirs = second.participant(p.id);
        QVERIFY(mine && mine.value() && theirs && theirs.value());
        Participant a = *mine.value();
        Participant b = *theirs.value();
        a.name = u"Först sparat"_s;
        b.name = u"Sparat sedan"_s;
        std::vector<Consent> none;
        QVERIFY(first.saveParticipant(a, none, {}));
        auto refused = second.saveParticipant(b, none, {});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Stale);
        QVERIFY2(refused.errorMessage().contains(u"“Först sparat” → “Sparat sedan”"_s),
                 qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(u"anna"_s), qPrintable(refused.errorMessage()));
        auto kept = second.participant(p.id);
        QCOMPARE(kept.value()->name, u"Först sparat"_s);
        // Saved again from what is stored now, it goes through.
        Participant fresh = *kept.value();
        fresh.name = u"Sparat sedan"_s;
        QVERIFY(second.saveParticipant(fresh, none, {}));

        // A draft typed in two places: the autosave of the second is refused, the first kept.
        auto instrument = first.instrument(o.instrumentId);
        QVERIFY(instrument);
        auto other = second.occasion(o.id);
        QVERIFY(other && other.value());
        Occasion o2 = *other.value();
        const QString key = o.answers.begin()->first;
        o.answers[key] = Answer{8, {}};
        QVERIFY(first.saveOccasion(o, instrument.value()));
        QVERIFY(first.saveOccasion(o, instrument.value())); // its own autosaves go on
        o2.answers[key] = Answer{2, {}};
        auto stale = second.saveOccasion(o2, instrument.value());
        QVERIFY(!stale);
        QVERIFY2(stale.errorMessage().contains(key), qPrintable(stale.errorMessage()));
        auto stored = first.occasion(o.id);
        QCOMPARE(stored.value()->answers.at(key).value, std::optional<int>(8));

        // And a plan.
        Handlingsplan plan;
        plan.participantId = p.id;
        plan.goalText = u"Mål ett"_s;
        QVERIFY(first.savePlan(plan));
        auto plans = second.plans(p.id);
        QVERIFY(plans && plans->size() == 1);
        Handlingsplan plan2 = plans->front();
        plan.goalText = u"Mål två"_s;
        QVERIFY(first.savePlan(plan));
        plan2.goalText = u"Mål tre"_s;
        auto stalePlan = second.savePlan(plan2);
        QVERIFY(!stalePlan);
        QVERIFY2(stalePlan.errorMessage().contains(u"“Mål två” → “Mål tre”"_s),
                 qPrintable(stalePlan.errorMessage()));
    }

    // What the server lets another handledare see and do, through the program.
    void anotherHandledareSeesNothing()
    {
        if (!requireServer())
            QSKIP("no team database given");
        Workspace anna;
        open(anna, u"server"_s);
        const Participant p = addParticipant(anna);
        const Occasion o = addOccasion(anna, p.id, QDate(2026, 2, 2), 6);
        QVERIFY(o.id > 0);

        Workspace bo;
        open(bo, u"server"_s, env("TILLTRO_TEAM_URI_BO"));
        auto seen = bo.participant(p.id);
        QVERIFY(seen);
        QVERIFY(!seen.value());
        auto caseload = bo.caseload(QDate(2026, 12, 4));
        QVERIFY(caseload);
        for (const CaseloadRow& row : caseload.value())
            QVERIFY(row.participantId != p.id);
        auto occasions = bo.occasions(p.id);
        QVERIFY(occasions && occasions->empty());
        // An occasion for anna's deltagare is refused by the server; nothing is added.
        Occasion forged = o;
        forged.id = 0;
        auto instrument = bo.instrumentForNewOccasions();
        QVERIFY(instrument);
        QVERIFY(!bo.saveOccasion(forged, instrument.value()));
        auto still = anna.occasions(p.id);
        QCOMPARE(still->size(), std::size_t(1));

        // A handover in the deltagare dialog, with a consent withdrawn in the same save: bo then
        // has the whole history, the withdrawal included, and anna none.
        std::vector<Consent> consents{Consent{}};
        consents.front().participantId = p.id;
        consents.front().scope = u"registrering"_s;
        consents.front().given = QDate(2026, 1, 10);
        Participant current = *anna.participant(p.id).value();
        QVERIFY(anna.saveParticipant(current, consents, {}));
        const std::vector<Consent> stored = consents;
        consents.front().withdrawn = QDate(2026, 11, 30);
        auto boUser = bo.currentUser();
        QVERIFY(boUser && boUser.value());
        Participant moved = *anna.participant(p.id).value();
        moved.handledareId = boUser.value()->id;
        auto handed = anna.saveParticipant(moved, consents, stored);
        QVERIFY2(handed, qPrintable(handed.errorMessage()));
        auto bosNow = bo.occasions(p.id);
        QVERIFY(bosNow);
        QCOMPARE(bosNow->size(), std::size_t(1));
        auto bosConsents = bo.consents(p.id);
        QVERIFY(bosConsents && bosConsents->size() == 1);
        QCOMPARE(bosConsents->front().withdrawn, QDate(2026, 11, 30));
        auto annasNow = anna.participant(p.id);
        QVERIFY(annasNow && !annasNow.value());
    }

    // A lost connection (a server restart, a fail-over) is taken up again on the next step.
    void reconnectsAfterTheConnectionIsLost()
    {
        if (!requireServer())
            QSKIP("no team database given");
        Workspace ws;
        open(ws, u"server"_s);
        QSqlQuery end = ws.database()->prepare(u"SELECT pg_terminate_backend(pg_backend_pid())"_s);
        end.exec(); // the server ends this session: the call itself fails
        auto caseload = ws.caseload(QDate(2026, 12, 4));
        QVERIFY2(caseload, qPrintable(caseload.errorMessage()));
        const Participant p = addParticipant(ws);
        QVERIFY(p.id > 0);
    }

    // What is a file's task, or another role's, is refused in words and changes nothing.
    void refusesWhatIsNotAHandledaresOnTheServer()
    {
        if (!requireServer())
            QSKIP("no team database given");
        Workspace ws;
        open(ws, u"server"_s);
        const Participant p = addParticipant(ws);
        auto backup = ws.backup(QDir(m_dir.path()).filePath(u"copy.tilltro-backup"_s));
        QVERIFY(!backup);
        QVERIFY2(backup.errorMessage().contains(u"IT department"_s),
                 qPrintable(backup.errorMessage()));
        QVERIFY(!QFile::exists(QDir(m_dir.path()).filePath(u"copy.tilltro-backup"_s)));
        auto erased = ws.erase({p.id});
        QVERIFY(!erased);
        QVERIFY2(erased.errorMessage().contains(u"tilltro_erase"_s),
                 qPrintable(erased.errorMessage()));
        QVERIFY(ws.participant(p.id).value().has_value());
        QVERIFY(!ws.fillWithDemoData());
        Handledare someone;
        someone.name = u"Någon"_s;
        QVERIFY(!ws.setCurrentUser(someone));
        QVERIFY(ws.backupFolder().isEmpty());

        Workspace sara;
        auto refused = sara.open(env("TILLTRO_TEAM_URI_SARA"));
        QVERIFY(!refused);
        QVERIFY2(refused.errorMessage().contains(u"samordnare"_s),
                 qPrintable(refused.errorMessage()));
        QVERIFY(!sara.isOpen());
    }
};

QTEST_GUILESS_MAIN(TestTeamWorkspace)
#include "tst_teamworkspace.moc"
