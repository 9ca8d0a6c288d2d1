// What StatisticsRepository loads for the BIP signals and the unit's statistics, checked against
// what the fixture (statisticsfixture.h) put into a new database.

#include <QTemporaryDir>
#include <QTest>

#include "core/analysis/statistics.h"
#include "core/clock.h"
#include "core/storage/statisticsrepository.h"
#include "statisticsfixture.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

namespace {

/// Indicator positions in the default instrument's order.
constexpr std::size_t KlaraJobb = 1;
constexpr std::size_t Halsa = 3;
constexpr std::size_t Soker = 7;

QList<QDate> datesOf(const std::vector<analysis::TrendPoint>& points)
{
    QList<QDate> dates;
    for (const auto& p : points)
        dates << p.date;
    return dates;
}

QList<QDate> datesOf(const std::vector<analysis::StatisticsOccasion>& occasions)
{
    QList<QDate> dates;
    for (const auto& o : occasions)
        dates << o.date;
    return dates;
}

/// The ratings as text, "-" for none: "-,6,-,5,-,-,-,-".
QString ratings(const std::vector<std::optional<int>>& values)
{
    QStringList list;
    for (const auto& v : values)
        list << (v ? QString::number(*v) : u"-"_s);
    return list.join(u',');
}

const analysis::StatisticsParticipant*
byStart(const std::vector<analysis::StatisticsParticipant>& list, const QDate& start)
{
    for (const auto& p : list) {
        if (p.startDate == start)
            return &p;
    }
    return nullptr;
}

} // namespace

class TestStatisticsRepository : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::StatisticsFixture m_fixture;
    Instrument m_instrument;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Clock::setFixedForTests(QDateTime(QDate(2026, 6, 15), QTime(10, 0)));
        auto db = Database::create(m_dir.filePath(u"s.tilltro"_s));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        const QString error = test::buildStatisticsFixture(*m_db, m_fixture);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        auto instrument = Instrument::loadDefault();
        QVERIFY(instrument.ok());
        m_instrument = instrument.value();
    }

    void cleanupTestCase() { Clock::resetForTests(); }

    void signalInputs_whatWasStored()
    {
        auto inputs = StatisticsRepository(*m_db).signalInputs(m_instrument);
        QVERIFY2(inputs.ok(), qPrintable(inputs.errorMessage()));
        QCOMPARE(inputs.value().size(), std::size_t(5));

        const analysis::SignalInput& s1 = inputs.value()[m_fixture.ids[u"S-1"_s]];
        QCOMPARE(s1.startDate, QDate(2026, 1, 1));
        QVERIFY(!s1.endDate.isValid());
        QCOMPARE(s1.oldestDraft, QDate(2026, 6, 1));
        QCOMPARE(s1.insatser.size(), std::size_t(2));
        QCOMPARE(s1.insatser[0].category, u"jobbinriktad"_s);
        QCOMPARE(s1.insatser[0].start, QDate(2026, 1, 10));
        QCOMPARE(s1.insatser[0].end, QDate(2026, 3, 31));
        QCOMPARE(s1.insatser[1].category, u"social"_s);
        QCOMPARE(s1.insatser[1].start, QDate(2026, 2, 1));
        QVERIFY(!s1.insatser[1].end.isValid());
        // No free text is read.
        QVERIFY(s1.insatser[0].title.isEmpty());
        QVERIFY(s1.insatser[0].provider.isEmpty());
        QCOMPARE(s1.assignments.size(), std::size_t(2));
        QCOMPARE(s1.assignments[0].handledareId, m_fixture.hanna);
        QCOMPARE(s1.assignments[0].from, QDate(2026, 1, 1));
        QCOMPARE(s1.assignments[0].to, QDate(2026, 6, 12));
        QCOMPARE(s1.assignments[1].handledareId, m_fixture.olle);
        QCOMPARE(s1.assignments[1].from, QDate(2026, 6, 12));
        QVERIFY(!s1.assignments[1].to.isValid());
        // The completed occasions, oldest first; the draft is not one.
        QCOMPARE(datesOf(s1.completed), (QList<QDate>{QDate(2026, 1, 15), QDate(2026, 4, 15),
                                                      QDate(2026, 5, 20), QDate(2026, 6, 10)}));
        QCOMPARE(s1.completed[0].tilltro, std::optional<int>(4));
        QCOMPARE(s1.completed[1].tilltro, std::optional<int>(3));
        QCOMPARE(s1.completed[2].tilltro, std::optional<int>(2));
        QCOMPARE(s1.completed[3].tilltro, std::optional<int>(1));
        QVERIFY(!s1.completed[0].tilltroLow);
        QVERIFY(!s1.completed[1].tilltroLow);
        QVERIFY(s1.completed[2].tilltroLow);
        QVERIFY(s1.completed[3].tilltroLow);
        QCOMPARE(s1.completed[0].malmedvetenhet, std::optional<int>(8));
        QCOMPARE(s1.completed[1].malmedvetenhet, std::optional<int>(6));
        QCOMPARE(s1.completed[2].malmedvetenhet, std::optional<int>(7));
        QCOMPARE(s1.completed[3].malmedvetenhet, std::optional<int>(5));
        // Left for the caller.
        QVERIFY(!s1.nextDue.isValid());
        QVERIFY(!s1.hasConsent);

        const analysis::SignalInput& s2 = inputs.value()[m_fixture.ids[u"S-2"_s]];
        QCOMPARE(s2.startDate, QDate(2026, 5, 20));
        QCOMPARE(s2.oldestDraft, QDate(2026, 5, 25));
        QVERIFY(s2.completed.empty());
        QVERIFY(s2.insatser.empty());
        QCOMPARE(s2.assignments.size(), std::size_t(1));
        QCOMPARE(s2.assignments[0].from, QDate(2026, 5, 20));

        const analysis::SignalInput& s3 = inputs.value()[m_fixture.ids[u"S-3"_s]];
        QCOMPARE(s3.endDate, QDate(2026, 3, 31));
        QVERIFY(!s3.oldestDraft.isValid());
        QCOMPARE(s3.insatser.size(), std::size_t(1));
        QCOMPARE(s3.insatser[0].category, u"kompetenshojande"_s);
    }

    void signalInputs_anOccasionWithoutTilltroIsStillCompleted()
    {
        // S-4's latest completed occasion (1 May) has neither Tilltro nor Målmedvetenhet: it is
        // still its latest completed occasion, the one a change of handledare is measured from.
        auto inputs = StatisticsRepository(*m_db).signalInputs(m_instrument);
        QVERIFY(inputs.ok());
        const analysis::SignalInput& s4 = inputs.value()[m_fixture.ids[u"S-4"_s]];
        QCOMPARE(datesOf(s4.completed), (QList<QDate>{QDate(2026, 3, 1), QDate(2026, 5, 1)}));
        QCOMPARE(s4.completed[0].tilltro, std::optional<int>(3));
        QVERIFY(!s4.completed[1].tilltro);
        QVERIFY(!s4.completed[1].malmedvetenhet);
    }

    void participants_firstAndLatestInThePeriod()
    {
        const analysis::StatisticsContext context = analysis::statisticsContext(m_instrument);
        QCOMPARE(context.instrumentKey, u"skapa-bip"_s);
        QCOMPARE(context.instrumentVersion, Instrument::DefaultVersion);
        auto list = StatisticsRepository(*m_db).participants(m_instrument, context,
                                                             QDate(2026, 2, 1), QDate(2026, 5, 31));
        QVERIFY2(list.ok(), qPrintable(list.errorMessage()));
        QCOMPARE(list.value().size(), std::size_t(5));

        const auto* s1 = byStart(list.value(), QDate(2026, 1, 1));
        QVERIFY(s1);
        QCOMPARE(s1->handledareId, m_fixture.olle);
        QVERIFY(!s1->endDate.isValid());
        QCOMPARE(s1->endReason, QString());
        QCOMPARE(s1->insatser.size(), std::size_t(2));
        QCOMPARE(s1->assignments.size(), std::size_t(2));
        // 15 April and 20 May are inside; 15 January and 10 June are not, nor the draft.
        QCOMPARE(s1->occasionsInPeriod, 2);
        QCOMPARE(datesOf(s1->occasions), (QList<QDate>{QDate(2026, 4, 15), QDate(2026, 5, 20)}));
        QCOMPARE(s1->lastCompletedBeforeEnd, QDate(2026, 5, 20));
        const auto& first = s1->occasions.front();
        const auto& latest = s1->occasions.back();
        QCOMPARE(first.deltagare.size(), std::size_t(8));
        QCOMPARE(ratings(first.deltagare), u"-,6,-,5,-,-,-,-"_s); // d_soker vet_ej: none
        QCOMPARE(ratings(first.handledare), u"-,-,-,-,-,-,-,-"_s);
        QCOMPARE(first.tilltro, std::optional<int>(3));
        QCOMPARE(ratings(latest.deltagare), u"-,7,-,3,-,-,-,5"_s);
        QCOMPARE(ratings(latest.handledare), u"-,6,-,-,-,-,-,-"_s);
        QCOMPARE(latest.tilltro, std::optional<int>(2));
        QCOMPARE(latest.deltagare[KlaraJobb], std::optional<int>(7));
        QCOMPARE(latest.deltagare[Halsa], std::optional<int>(3));
        QCOMPARE(latest.deltagare[Soker], std::optional<int>(5));

        const auto* s2 = byStart(list.value(), QDate(2026, 5, 20));
        QVERIFY(s2);
        QCOMPARE(s2->occasionsInPeriod, 0); // a draft only
        QVERIFY(s2->occasions.empty());
        QVERIFY(!s2->lastCompletedBeforeEnd.isValid());
        QCOMPARE(s2->handledareId, m_fixture.hanna);

        const auto* s3 = byStart(list.value(), QDate(2025, 10, 1));
        QVERIFY(s3);
        QCOMPARE(s3->endDate, QDate(2026, 3, 31));
        QCOMPARE(s3->endReason, u"arbete"_s);
        QCOMPARE(s3->occasionsInPeriod, 0);

        const auto* s4 = byStart(list.value(), QDate(2026, 1, 2));
        QVERIFY(s4);
        QCOMPARE(s4->occasionsInPeriod, 2);
        QCOMPARE(datesOf(s4->occasions), (QList<QDate>{QDate(2026, 3, 1), QDate(2026, 5, 1)}));
        QCOMPARE(s4->occasions.front().tilltro, std::optional<int>(3));
        QCOMPARE(ratings(s4->occasions.front().deltagare), u"-,-,-,-,-,-,-,-"_s);
        QVERIFY(!s4->occasions.back().tilltro);
        QCOMPARE(ratings(s4->occasions.back().deltagare), u"-,5,-,-,-,-,-,-"_s);
        QCOMPARE(s4->lastCompletedBeforeEnd, QDate(2026, 5, 1));
    }

    void participants_fromTheBeginning()
    {
        const analysis::StatisticsContext context = analysis::statisticsContext(m_instrument);
        StatisticsRepository repository(*m_db);

        // Up to 30 June: all four of S-1's, the first and the latest loaded.
        auto list = repository.participants(m_instrument, context, QDate(), QDate(2026, 6, 30));
        QVERIFY(list.ok());
        const auto* s1 = byStart(list.value(), QDate(2026, 1, 1));
        QVERIFY(s1);
        QCOMPARE(s1->occasionsInPeriod, 4);
        QCOMPARE(datesOf(s1->occasions), (QList<QDate>{QDate(2026, 1, 15), QDate(2026, 6, 10)}));
        QCOMPARE(ratings(s1->occasions.front().deltagare), u"-,4,-,-,-,-,-,-"_s); // d_halsa vet_ej
        QCOMPARE(ratings(s1->occasions.front().handledare), u"-,5,-,-,-,-,-,-"_s);
        QCOMPARE(s1->occasions.front().tilltro, std::optional<int>(4));
        QCOMPARE(ratings(s1->occasions.back().deltagare), u"-,8,-,-,-,-,-,-"_s);
        QCOMPARE(s1->occasions.back().tilltro, std::optional<int>(1));
        QCOMPARE(s1->lastCompletedBeforeEnd, QDate(2026, 6, 10));

        // Up to 31 May: three, the latest before the end is 20 May.
        list = repository.participants(m_instrument, context, QDate(), QDate(2026, 5, 31));
        QVERIFY(list.ok());
        s1 = byStart(list.value(), QDate(2026, 1, 1));
        QVERIFY(s1);
        QCOMPARE(s1->occasionsInPeriod, 3);
        QCOMPARE(datesOf(s1->occasions), (QList<QDate>{QDate(2026, 1, 15), QDate(2026, 5, 20)}));
        QCOMPARE(s1->lastCompletedBeforeEnd, QDate(2026, 5, 20));

        // From 1 June: one in the period (10 June); the latest before the end is still the one
        // of 10 June, and for S-4 the one of 1 May, before the period.
        list =
            repository.participants(m_instrument, context, QDate(2026, 6, 1), QDate(2026, 6, 30));
        QVERIFY(list.ok());
        s1 = byStart(list.value(), QDate(2026, 1, 1));
        QVERIFY(s1);
        QCOMPARE(s1->occasionsInPeriod, 1);
        QCOMPARE(datesOf(s1->occasions), (QList<QDate>{QDate(2026, 6, 10)}));
        const auto* s4 = byStart(list.value(), QDate(2026, 1, 2));
        QVERIFY(s4);
        QCOMPARE(s4->occasionsInPeriod, 0);
        QVERIFY(s4->occasions.empty());
        QCOMPARE(s4->lastCompletedBeforeEnd, QDate(2026, 5, 1));
    }
};

QTEST_GUILESS_MAIN(TestStatisticsRepository)
#include "tst_statisticsrepository.moc"
