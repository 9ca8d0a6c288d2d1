#include <QTemporaryDir>
#include <QTest>

#include "core/analysis/caseload.h"
#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/caseloadrepository.h"
#include "core/storage/database.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

class TestCaseload : public QObject {
    Q_OBJECT

private:
    static CaseloadRow row(const QDate& start, const QDate& last, const QDate& end = {})
    {
        CaseloadRow r;
        r.code = u"D-1"_s;
        r.startDate = start;
        r.lastOccasion = last;
        r.endDate = end;
        r.hasConsent = true;
        return r;
    }

private Q_SLOTS:
    void deriveDue_threeMonthsAfterLastCompleted()
    {
        std::vector rows{row(QDate(2026, 1, 5), QDate(2026, 8, 31))};
        analysis::deriveDue(rows, QDate(2026, 11, 24));
        QCOMPARE(rows[0].nextDue, QDate(2026, 11, 30)); // 31 Nov does not exist
        QVERIFY(!rows[0].overdue);
    }

    void deriveDue_noOccasionYet_dueAtStart()
    {
        std::vector rows{row(QDate(2026, 11, 1), {})};
        analysis::deriveDue(rows, QDate(2026, 11, 24));
        QCOMPARE(rows[0].nextDue, QDate(2026, 11, 1));
        QVERIFY(rows[0].overdue);
    }

    void deriveDue_dueToday_notOverdue()
    {
        std::vector rows{row(QDate(2026, 1, 1), QDate(2026, 8, 24))};
        analysis::deriveDue(rows, QDate(2026, 11, 24));
        QCOMPARE(rows[0].nextDue, QDate(2026, 11, 24));
        QVERIFY(!rows[0].overdue);
    }

    void deriveDue_endedParticipation_neverOverdue()
    {
        std::vector rows{row(QDate(2025, 1, 1), QDate(2025, 3, 1), QDate(2025, 6, 1))};
        analysis::deriveDue(rows, QDate(2026, 11, 24));
        QVERIFY(!rows[0].nextDue.isValid());
        QVERIFY(!rows[0].overdue);
    }

    void deriveDue_agreedNextMeetingAfterLastOccasion_isTheDueDate()
    {
        // Agreed at the meeting of 2026-08-31: earlier than the three-month rule...
        std::vector rows{row(QDate(2026, 1, 5), QDate(2026, 8, 31))};
        rows[0].nextMeeting = QDate(2026, 10, 15);
        analysis::deriveDue(rows, QDate(2026, 10, 20));
        QCOMPARE(rows[0].nextDue, QDate(2026, 10, 15));
        QVERIFY(rows[0].overdue);
        // ... or later.
        rows[0].nextMeeting = QDate(2027, 1, 20);
        analysis::deriveDue(rows, QDate(2026, 12, 15));
        QCOMPARE(rows[0].nextDue, QDate(2027, 1, 20));
        QVERIFY(!rows[0].overdue);
    }

    void deriveDue_nextMeetingNotAfterLastOccasion_threeMonthRule()
    {
        // The meeting agreed has been held (or passed with a later occasion): the rule again.
        for (const QDate& agreed : {QDate(2026, 8, 31), QDate(2026, 6, 1)}) {
            std::vector rows{row(QDate(2026, 1, 5), QDate(2026, 8, 31))};
            rows[0].nextMeeting = agreed;
            analysis::deriveDue(rows, QDate(2026, 11, 24));
            QCOMPARE(rows[0].nextDue, QDate(2026, 11, 30));
        }
    }

    void deriveDue_nextMeetingBeforeAnyOccasion_isTheDueDate()
    {
        std::vector rows{row(QDate(2026, 1, 5), QDate())};
        rows[0].nextMeeting = QDate(2026, 2, 1);
        analysis::deriveDue(rows, QDate(2026, 1, 20));
        QCOMPARE(rows[0].nextDue, QDate(2026, 2, 1));
    }

    void proposedNextMeeting_threeMonthsOn_sameAsTheDueRule()
    {
        QCOMPARE(proposedNextMeeting(QDate(2026, 3, 3)), QDate(2026, 6, 3));
        QCOMPARE(proposedNextMeeting(QDate(2026, 8, 31)), QDate(2026, 11, 30));
        QVERIFY(!proposedNextMeeting(QDate()).isValid());
        QCOMPARE(nextOccasionDue(QDate(2026, 8, 31), QDate()),
                 proposedNextMeeting(QDate(2026, 8, 31)));
    }

    void summarize_countsActiveOverdueAndMissingConsent()
    {
        std::vector rows{row(QDate(2026, 1, 1), QDate(2026, 2, 1)),
                         row(QDate(2026, 1, 1), QDate(2026, 10, 1)),
                         row(QDate(2025, 1, 1), {}, QDate(2025, 6, 1))};
        rows[1].hasConsent = false;
        rows[2].hasConsent = false; // ended: not counted
        analysis::deriveDue(rows, QDate(2026, 11, 24));
        const auto s = analysis::summarize(rows);
        QCOMPARE(s.total, 3);
        QCOMPARE(s.active, 2);
        QCOMPARE(s.overdue, 1);
        QCOMPARE(s.withoutConsent, 1);
    }

    void repository_hidesProtectedNamesAndUsesCompletedOccasionsOnly()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(u"c.tilltro"_s));
        QVERIFY(db.ok());
        ParticipantRepository participants(*db.value());
        Participant open;
        open.code = u"D-1"_s;
        open.name = u"Synlig Person"_s;
        open.startDate = QDate(2026, 1, 1);
        QVERIFY(participants.insert(open).ok());
        Participant hidden;
        hidden.code = u"D-2"_s;
        hidden.name = u"Hemlig Person"_s;
        hidden.protectedIdentity = true;
        hidden.startDate = QDate(2026, 1, 1);
        QVERIFY(participants.insert(hidden).ok());
        Consent consent{0,  open.id,           u"registrering"_s, {}, QDate(2026, 1, 1),
                        {}, QDate(2026, 12, 1)};
        QVERIFY(participants.addConsent(consent).ok());

        const qint64 instrumentId = InstrumentRepository(*db.value())
                                        .ensureStored(Instrument::loadDefault().value())
                                        .value();
        OccasionRepository occasions(*db.value());
        Occasion done{0,  open.id, instrumentId, QDate(2026, 6, 1), 0, OccasionState::Completed, {},
                      {}, {}};
        Occasion draft{0,  open.id, instrumentId, QDate(2026, 9, 1), 0, OccasionState::Draft, {},
                       {}, {}};
        QVERIFY(occasions.save(done).ok());
        QVERIFY(occasions.save(draft).ok());

        auto rows = CaseloadRepository(*db.value()).load(QDate(2026, 11, 24));
        QVERIFY(rows.ok());
        QCOMPARE(rows.value().size(), size_t(2));
        const CaseloadRow& a = rows.value()[0];
        const CaseloadRow& b = rows.value()[1];
        QCOMPARE(a.name, u"Synlig Person"_s);
        QCOMPARE(a.lastOccasion, QDate(2026, 6, 1));
        QVERIFY(a.hasDraft);
        QVERIFY(a.hasConsent);
        QCOMPARE(b.code, u"D-2"_s);
        QVERIFY(b.name.isEmpty());
        QVERIFY(b.protectedIdentity);
        QCOMPARE(b.displayName(), u"D-2"_s);
        QVERIFY(!b.hasConsent);
        // A consent withdrawn before "today" is not current.
        auto later = CaseloadRepository(*db.value()).load(QDate(2026, 12, 2));
        QVERIFY(!later.value()[0].hasConsent);
        QVERIFY(!a.nextMeeting.isValid());
    }

    void repository_readsTheNewestPlansNextMeeting()
    {
        QTemporaryDir dir;
        auto db = Database::create(dir.filePath(u"c.tilltro"_s));
        QVERIFY(db.ok());
        ParticipantRepository participants(*db.value());
        Participant one;
        one.code = u"D-1"_s;
        one.startDate = QDate(2026, 1, 1);
        QVERIFY(participants.insert(one).ok());
        Participant other;
        other.code = u"D-2"_s;
        other.startDate = QDate(2026, 1, 1);
        QVERIFY(participants.insert(other).ok());
        PlanRepository plans(*db.value());
        Handlingsplan older;
        older.participantId = one.id;
        older.nextMeeting = QDate(2026, 4, 1);
        QVERIFY(plans.save(older).ok());
        Handlingsplan newer;
        newer.participantId = one.id;
        newer.nextMeeting = QDate(2026, 7, 2);
        QVERIFY(plans.save(newer).ok());
        Handlingsplan none; // the other's newest plan agrees no meeting
        none.participantId = other.id;
        none.nextMeeting = QDate(2026, 5, 5);
        QVERIFY(plans.save(none).ok());
        none.id = 0;
        none.nextMeeting = QDate();
        QVERIFY(plans.save(none).ok());

        auto rows = CaseloadRepository(*db.value()).load(QDate(2026, 3, 1));
        QVERIFY(rows.ok());
        QCOMPARE(rows.value()[0].nextMeeting, QDate(2026, 7, 2));
        QVERIFY(!rows.value()[1].nextMeeting.isValid());
        analysis::deriveDue(rows.value(), QDate(2026, 3, 1));
        QCOMPARE(rows.value()[0].nextDue, QDate(2026, 7, 2));
        QCOMPARE(rows.value()[1].nextDue, QDate(2026, 1, 1));
    }
};

QTEST_GUILESS_MAIN(TestCaseload)
#include "tst_caseload.moc"
