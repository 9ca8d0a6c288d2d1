#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/insatsrepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

class TestRepositories : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_counter = 0;

    qint64 addHandledare(const QString& name)
    {
        Handledare h{0, name, u"Kommunen"_s, true};
        auto r = HandledareRepository(*m_db).insert(h);
        return r ? h.id : 0;
    }

    Participant addParticipant(const QString& code)
    {
        Participant p;
        p.code = code;
        p.name = u"Test Testsson"_s;
        p.startDate = QDate(2026, 1, 10);
        auto r = ParticipantRepository(*m_db).insert(p);
        if (!r)
            qWarning() << r.errorMessage();
        return p;
    }

    int countRows(const QString& table)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(u"SELECT COUNT(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void init()
    {
        Clock::setFixedForTests(QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
        auto db = Database::create(m_dir.filePath(u"repo-%1.tilltro"_s.arg(++m_counter)));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
    }

    void cleanup()
    {
        m_db.reset();
        Clock::resetForTests();
    }

    void handledare_roundTripAndCurrentUser()
    {
        HandledareRepository repo(*m_db);
        QVERIFY(!repo.currentUser().value().has_value());
        Handledare h{0, u"  Lars Bergström "_s, u"Samordningsförbundet"_s, true};
        QVERIFY(repo.insert(h).ok());
        QVERIFY(h.id > 0);
        auto loaded = repo.byId(h.id);
        QVERIFY(loaded.ok() && loaded.value().has_value());
        QCOMPARE(loaded.value()->name, u"Lars Bergström"_s);
        QVERIFY(repo.setCurrentUser(h.id).ok());
        QCOMPARE(repo.currentUser().value()->id, h.id);
        h.active = false;
        h.name = u"Lars B."_s;
        QVERIFY(repo.update(h).ok());
        QCOMPARE(repo.byId(h.id).value()->name, u"Lars B."_s);
        QCOMPARE(repo.byId(h.id).value()->active, false);
    }

    void handledare_emptyName_refused()
    {
        Handledare h{0, u"   "_s, {}, true};
        auto r = HandledareRepository(*m_db).insert(h);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QCOMPARE(countRows(u"handledare"_s), 0);
    }

    void participant_roundTripNormalisesPersonnummer()
    {
        const qint64 handledare = addHandledare(u"Anna"_s);
        ParticipantRepository repo(*m_db);
        Participant p;
        p.code = u" D-0042 "_s;
        p.name = u"Amina Yusuf"_s;
        p.personnummer = u"8211059954"_s;
        p.protectedIdentity = true;
        p.goalType = GoalType::Studier;
        p.startDate = QDate(2026, 2, 1);
        p.handledareId = handledare;
        QVERIFY2(repo.insert(p).ok(), "insert");
        auto loaded = repo.byCode(u"D-0042"_s);
        QVERIFY(loaded.ok() && loaded.value().has_value());
        QCOMPARE(loaded.value()->personnummer, u"19821105-9954"_s);
        QCOMPARE(loaded.value()->code, u"D-0042"_s);
        QCOMPARE(loaded.value()->protectedIdentity, true);
        QCOMPARE(loaded.value()->goalType, GoalType::Studier);
        QCOMPARE(*loaded.value(), p);
        QCOMPARE(loaded.value()->displayName(), u"D-0042"_s); // protected: the code
    }

    void participant_invalidPersonnummer_refusedWithReason()
    {
        Participant p;
        p.code = u"D-1"_s;
        p.personnummer = u"19821105-9955"_s; // wrong check digit
        auto r = ParticipantRepository(*m_db).insert(p);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Invalid);
        QVERIFY(r.errorMessage().contains(u"personnummer"_s));
        QCOMPARE(countRows(u"participant"_s), 0);
    }

    void participant_duplicateCodeOrPersonnummer_refused()
    {
        ParticipantRepository repo(*m_db);
        Participant a;
        a.code = u"D-1"_s;
        a.personnummer = u"19821105-9954"_s;
        QVERIFY(repo.insert(a).ok());
        Participant sameCode;
        sameCode.code = u"D-1"_s;
        auto r1 = repo.insert(sameCode);
        QVERIFY(!r1.ok());
        QCOMPARE(r1.error().kind, Error::Kind::Conflict);
        QVERIFY(r1.errorMessage().contains(u"D-1"_s));
        Participant samePnr;
        samePnr.code = u"D-2"_s;
        samePnr.personnummer = u"821105-9954"_s; // other spelling of the same number
        auto r2 = repo.insert(samePnr);
        QVERIFY(!r2.ok());
        QCOMPARE(r2.error().kind, Error::Kind::Conflict);
        QVERIFY(!r2.errorMessage().contains(u"D-1"_s)); // never says who has it
        QCOMPARE(countRows(u"participant"_s), 1);
    }

    void participant_changeOfHandledare_keepsHistory()
    {
        const qint64 first = addHandledare(u"Anna"_s);
        const qint64 second = addHandledare(u"Bo"_s);
        ParticipantRepository repo(*m_db);
        Participant p;
        p.code = u"D-7"_s;
        p.startDate = QDate(2026, 1, 1);
        p.handledareId = first;
        QVERIFY(repo.insert(p).ok());
        p.handledareId = second;
        QVERIFY(repo.update(p, QDate(2026, 6, 1)).ok());
        p.name = u"Nytt namn"_s; // not a handledare change
        QVERIFY(repo.update(p, QDate(2026, 7, 1)).ok());
        auto periods = repo.assignments(p.id);
        QVERIFY(periods.ok());
        QCOMPARE(periods.value().size(), size_t(2));
        QCOMPARE(periods.value()[0].handledareId, first);
        QCOMPARE(periods.value()[0].from, QDate(2026, 1, 1));
        QCOMPARE(periods.value()[0].to, QDate(2026, 6, 1));
        QCOMPARE(periods.value()[1].handledareId, second);
        QVERIFY(!periods.value()[1].to.isValid());
    }

    void participant_endWithoutReason_refused()
    {
        Participant p = addParticipant(u"D-8"_s);
        p.endDate = QDate(2026, 10, 1);
        auto r = ParticipantRepository(*m_db).update(p, QDate(2026, 10, 1));
        QVERIFY(!r.ok());
        p.endReason = u"arbete"_s;
        QVERIFY(ParticipantRepository(*m_db).update(p, QDate(2026, 10, 1)).ok());
        QCOMPARE(ParticipantRepository(*m_db).byId(p.id).value()->endReason, u"arbete"_s);
    }

    void participant_datesAroundOccasions_refused()
    {
        Participant p = addParticipant(u"D-9"_s);
        const qint64 instrumentId =
            InstrumentRepository(*m_db).ensureStored(Instrument::loadDefault().value()).value();
        for (const QDate& date : {QDate(2026, 3, 3), QDate(2026, 6, 2)}) {
            Occasion o;
            o.participantId = p.id;
            o.instrumentId = instrumentId;
            o.date = date;
            QVERIFY(OccasionRepository(*m_db).save(o).ok());
        }
        ParticipantRepository repo(*m_db);
        p.endDate = QDate(2026, 6, 1);
        p.endReason = u"arbete"_s;
        auto ended = repo.update(p, QDate(2026, 6, 1));
        QVERIFY(!ended.ok());
        QCOMPARE(ended.error().kind, Error::Kind::Invalid);
        QVERIFY2(ended.errorMessage().contains(u"latest assessment (2026-06-02)"_s),
                 qPrintable(ended.errorMessage()));
        QVERIFY(repo.byId(p.id).value()->isActive());
        p.endDate = QDate(2026, 6, 2); // the day of the latest is fine
        QVERIFY(repo.update(p, QDate(2026, 6, 2)).ok());

        p.startDate = QDate(2026, 3, 4);
        auto started = repo.update(p, QDate(2026, 6, 2));
        QVERIFY(!started.ok());
        QVERIFY2(started.errorMessage().contains(u"first assessment (2026-03-03)"_s),
                 qPrintable(started.errorMessage()));
    }

    void participant_suggestCode_isOneAboveHighest()
    {
        QCOMPARE(ParticipantRepository(*m_db).suggestCode().value(), u"D-0001"_s);
        addParticipant(u"D-0009"_s);
        addParticipant(u"X-77"_s);
        QCOMPARE(ParticipantRepository(*m_db).suggestCode().value(), u"D-0010"_s);
    }

    void consent_roundTripAndWithdrawal()
    {
        Participant p = addParticipant(u"D-2"_s);
        ParticipantRepository repo(*m_db);
        Consent c{0, p.id, u"registrering"_s, {}, QDate(2026, 1, 10), u"Anna"_s, {}};
        QVERIFY(repo.addConsent(c).ok());
        c.withdrawn = QDate(2026, 5, 1);
        QVERIFY(repo.updateConsent(c).ok());
        auto list = repo.consents(p.id);
        QCOMPARE(list.value().size(), size_t(1));
        QCOMPARE(list.value()[0], c);
        QVERIFY(!list.value()[0].isCurrentOn(QDate(2026, 6, 1)));
        QVERIFY(list.value()[0].isCurrentOn(QDate(2026, 4, 1)));
    }

    void instrument_storedOnceAndDifferentContentRefused()
    {
        auto instrument = Instrument::loadDefault();
        QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
        InstrumentRepository repo(*m_db);
        auto id1 = repo.ensureStored(instrument.value());
        auto id2 = repo.ensureStored(instrument.value());
        QVERIFY(id1.ok() && id2.ok());
        QCOMPARE(id1.value(), id2.value());
        auto loaded = repo.load(id1.value());
        QVERIFY(loaded.ok());
        QCOMPARE(loaded->json(), instrument->json());

        QByteArray changed = instrument->json();
        changed.replace("Möjligheter att få arbete", "Möjligheter till jobb");
        auto other = Instrument::fromJson(changed);
        QVERIFY2(other.ok(), qPrintable(other.errorMessage()));
        auto refused = repo.ensureStored(other.value());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(countRows(u"instrument"_s), 1);
    }

    void instrument_listedWithTheOccasionsUsingEach()
    {
        QVERIFY(InstrumentRepository(*m_db).list().value().empty());
        Participant p = addParticipant(u"D-11"_s);
        InstrumentRepository repo(*m_db);
        const Instrument builtIn = Instrument::loadDefault().value();
        const qint64 first = repo.ensureStored(builtIn).value();
        auto minimal =
            Instrument::fromJson(test::readAll(test::dataPath(u"instruments/minimal.json"_s)));
        QVERIFY2(minimal, qPrintable(minimal.errorMessage()));
        const qint64 second = repo.ensureStored(minimal.value()).value();
        for (const QDate& date : {QDate(2026, 3, 3), QDate(2026, 6, 2)}) {
            Occasion o;
            o.participantId = p.id;
            o.instrumentId = first;
            o.date = date;
            QVERIFY(OccasionRepository(*m_db).save(o).ok());
        }
        auto listed = repo.list();
        QVERIFY2(listed, qPrintable(listed.errorMessage()));
        QCOMPARE(listed->size(), std::size_t(2));
        const StoredInstrument& a = listed->at(0);
        const StoredInstrument& b = listed->at(1);
        QCOMPARE(a.rowId, first);
        QCOMPARE(a.id, builtIn.id());
        QCOMPARE(a.version, builtIn.version());
        QCOMPARE(a.json, builtIn.json());
        QCOMPARE(a.occasions, 2);
        QCOMPARE(b.rowId, second);
        QCOMPARE(b.id, u"minimal"_s);
        QCOMPARE(b.occasions, 0);
    }

    void occasion_roundTripWithAnswersAndNonAnswers()
    {
        Participant p = addParticipant(u"D-3"_s);
        const qint64 instrumentId =
            InstrumentRepository(*m_db).ensureStored(Instrument::loadDefault().value()).value();
        OccasionRepository repo(*m_db);
        Occasion o;
        o.participantId = p.id;
        o.instrumentId = instrumentId;
        o.date = QDate(2026, 3, 3);
        o.answers[u"d_halsa"_s] = Answer::number(4);
        o.answers[u"d_soker"_s] = Answer::choice(u"vet_ej"_s);
        o.answers[u"tilltro"_s] = Answer::choice(u"goda_mojligheter"_s);
        o.notes = u"<b>inte fet</b> & så vidare"_s;
        QVERIFY(repo.save(o).ok());
        auto loaded = repo.byId(o.id);
        QVERIFY(loaded.ok() && loaded.value().has_value());
        QCOMPARE(*loaded.value(), o);
        QCOMPARE(loaded.value()->answers.at(u"d_soker"_s).value, std::nullopt);
        auto list = repo.forParticipant(p.id);
        QCOMPARE(list.value().size(), size_t(1));
        QCOMPARE(list.value()[0], o);
    }

    void occasion_editingCompleted_recordsBeforeAndAfter()
    {
        Participant p = addParticipant(u"D-4"_s);
        const qint64 instrumentId =
            InstrumentRepository(*m_db).ensureStored(Instrument::loadDefault().value()).value();
        OccasionRepository repo(*m_db);
        Occasion o;
        o.participantId = p.id;
        o.instrumentId = instrumentId;
        o.date = QDate(2026, 3, 3);
        o.answers[u"d_halsa"_s] = Answer::number(4);
        QVERIFY(repo.save(o).ok());
        o.answers[u"d_halsa"_s] = Answer::number(5); // still a draft: no history
        QVERIFY(repo.save(o).ok());
        QCOMPARE(countRows(u"occasion_edit"_s), 0);
        o.state = OccasionState::Completed;
        QVERIFY(repo.save(o).ok());
        QVERIFY(o.completedAt.isValid());
        o.answers[u"d_halsa"_s] = Answer::number(7);
        QVERIFY(repo.save(o).ok());
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"SELECT field, before_value, after_value, edited_by FROM occasion_edit"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), u"d_halsa"_s);
        QCOMPARE(q.value(1).toString(), u"5"_s);
        QCOMPARE(q.value(2).toString(), u"7"_s);
        QVERIFY(!q.value(3).toString().isEmpty());
        QVERIFY(!q.next());
    }

    /// The audit entries about one occasion: "action details", oldest first.
    QStringList occasionEntries(qint64 participantId, qint64 occasionId)
    {
        QStringList list;
        for (const AuditEntry& e : AuditLog(*m_db).forParticipant(participantId).value()) {
            if (e.entity == "occasion"_L1 && e.entityId == occasionId)
                list << e.action + u' ' + e.details;
        }
        return list;
    }

    // The occasion form autosaves a draft seconds after every answer: one entry per editing
    // session, not one per autosave (issue 12 point 11).
    void occasion_draftAutosaves_oneEntryPerEditingSession()
    {
        Participant p = addParticipant(u"D-6"_s);
        const qint64 instrumentId =
            InstrumentRepository(*m_db).ensureStored(Instrument::loadDefault().value()).value();
        OccasionRepository repo(*m_db);
        Occasion o;
        o.participantId = p.id;
        o.instrumentId = instrumentId;
        o.date = QDate(2026, 3, 3);
        const QDateTime start(QDate(2026, 11, 24), QTime(10, 0));
        Clock::setFixedForTests(start);
        QVERIFY(repo.save(o).ok());
        // Autosaves a minute apart for 40 minutes: one session, logged when it began and again
        // once DraftSessionGapSecs had passed (the log shows when the draft was being edited).
        const qint64 gap = OccasionRepository::DraftSessionGapSecs;
        QDateTime at = start;
        for (int i = 1; i <= 40; ++i) {
            at = at.addSecs(60);
            Clock::setFixedForTests(at);
            o.answers[u"d_halsa"_s] = Answer::number(i % 10);
            QVERIFY(repo.save(o).ok());
        }
        QCOMPARE(occasionEntries(p.id, o.id), (QStringList{u"create draft"_s, u"update draft"_s}));

        // After a long gap: a new session, a new entry; its autosaves are covered by it.
        at = at.addSecs(gap);
        Clock::setFixedForTests(at);
        QVERIFY(repo.save(o).ok());
        at = at.addSecs(gap - 1);
        Clock::setFixedForTests(at);
        QVERIFY(repo.save(o).ok());
        QCOMPARE(occasionEntries(p.id, o.id),
                 (QStringList{u"create draft"_s, u"update draft"_s, u"update draft"_s}));

        // Something else recorded about the deltagare in between ends the session.
        Participant changed = p;
        changed.name = u"Test Ändrad"_s;
        QVERIFY(ParticipantRepository(*m_db).update(changed, QDate(2026, 11, 24)).ok());
        at = at.addSecs(10);
        Clock::setFixedForTests(at);
        QVERIFY(repo.save(o).ok());
        QVERIFY(repo.save(o).ok());
        QCOMPARE(occasionEntries(p.id, o.id), (QStringList{u"create draft"_s, u"update draft"_s,
                                                           u"update draft"_s, u"update draft"_s}));

        // Completing is always recorded, and so is every edit after it.
        o.state = OccasionState::Completed;
        QVERIFY(repo.save(o).ok());
        o.answers[u"d_halsa"_s] = Answer::number(3);
        QVERIFY(repo.save(o).ok());
        QVERIFY(repo.save(o).ok());
        QCOMPARE(
            occasionEntries(p.id, o.id),
            (QStringList{u"create draft"_s, u"update draft"_s, u"update draft"_s, u"update draft"_s,
                         u"update completed"_s, u"update completed"_s, u"update completed"_s}));
    }

    // Another draft of the same deltagare saved in between: each draft's session has its entry.
    void occasion_draftAutosaves_otherDraftInBetween_newEntry()
    {
        Participant p = addParticipant(u"D-7"_s);
        const qint64 instrumentId =
            InstrumentRepository(*m_db).ensureStored(Instrument::loadDefault().value()).value();
        OccasionRepository repo(*m_db);
        Occasion first;
        first.participantId = p.id;
        first.instrumentId = instrumentId;
        first.date = QDate(2026, 3, 3);
        Occasion second = first;
        second.date = QDate(2026, 6, 3);
        QVERIFY(repo.save(first).ok());
        QVERIFY(repo.save(second).ok());
        QVERIFY(repo.save(first).ok());
        QVERIFY(repo.save(first).ok());
        QCOMPARE(occasionEntries(p.id, first.id),
                 (QStringList{u"create draft"_s, u"update draft"_s}));
        QCOMPARE(occasionEntries(p.id, second.id), QStringList{u"create draft"_s});
    }

    void occasion_withoutDate_refused()
    {
        Participant p = addParticipant(u"D-5"_s);
        Occasion o;
        o.participantId = p.id;
        auto r = OccasionRepository(*m_db).save(o);
        QVERIFY(!r.ok());
        QCOMPARE(countRows(u"occasion"_s), 0);
    }

    void insats_roundTripAndBadPeriodRefused()
    {
        Participant p = addParticipant(u"D-6"_s);
        InsatsRepository repo(*m_db);
        InsatsPeriod period{
            0, p.id, u"halsoinriktad"_s, u"Fysioterapi"_s, u"Vårdcentralen"_s, QDate(2026, 2, 1),
            {}};
        QVERIFY(repo.save(period).ok());
        period.end = QDate(2026, 1, 1);
        QVERIFY(!repo.save(period).ok());
        period.end = QDate(2026, 5, 1);
        QVERIFY(repo.save(period).ok());
        auto list = repo.forParticipant(p.id);
        QCOMPARE(list.value().size(), size_t(1));
        QCOMPARE(list.value()[0], period);
        QVERIFY(repo.remove(period.id).ok());
        QVERIFY(repo.forParticipant(p.id).value().empty());
    }

    void plan_roundTripKeepsOrderOfDelmalAndActivities()
    {
        Participant p = addParticipant(u"D-9"_s);
        PlanRepository repo(*m_db);
        Handlingsplan plan;
        plan.participantId = p.id;
        plan.goalText = u"Arbete inom lager"_s;
        for (int i = 0; i < 3; ++i) {
            Delmal d;
            d.what = u"Delmål %1"_s.arg(i);
            d.indicators = {u"halsa"_s, u"soker"_s};
            d.targetLevel = 6 + i;
            d.status = DelmalStatus::Pagar;
            d.responsible = Responsible::Annan;
            d.responsibleName = u"Arbetsförmedlingen"_s;
            d.activities = {{0, u"Första"_s, u"Deltagaren"_s, QDate(2026, 12, 1), false},
                            {0, u"Andra"_s, u"Handledaren"_s, {}, true}};
            plan.delmal.push_back(d);
        }
        QVERIFY(repo.save(plan).ok());
        std::swap(plan.delmal[0], plan.delmal[2]); // reorder and save again
        plan.delmal[1].activities.pop_back();
        QVERIFY(repo.save(plan).ok());
        auto plans = repo.forParticipant(p.id);
        QCOMPARE(plans.value().size(), size_t(1));
        QCOMPARE(plans.value()[0], plan);
        QCOMPARE(plans.value()[0].delmal[0].what, u"Delmål 2"_s);
        QCOMPARE(countRows(u"activity"_s), 5);
    }

    void auditLog_recordsChangesInSameTransactionAndIsAppendOnly()
    {
        Participant p = addParticipant(u"D-10"_s);
        auto entries = AuditLog(*m_db).forParticipant(p.id);
        QVERIFY(entries.ok());
        QCOMPARE(entries.value().size(), size_t(1));
        QCOMPARE(entries.value()[0].action, u"create"_s);
        QCOMPARE(entries.value()[0].entity, u"participant"_s);
        QVERIFY(!entries.value()[0].osUser.isEmpty());
        QSqlQuery q(m_db->connection());
        QVERIFY(!q.exec(u"UPDATE audit_log SET action = 'x'"_s));
        // A refused change leaves no audit entry behind.
        Participant dup;
        dup.code = u"D-10"_s;
        QVERIFY(!ParticipantRepository(*m_db).insert(dup).ok());
        QCOMPARE(countRows(u"audit_log"_s), 1);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
