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
    }
};

QTEST_GUILESS_MAIN(TestCaseload)
#include "tst_caseload.moc"
