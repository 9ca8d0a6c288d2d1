// The workspace's caseload with the BIP signals of each deltagare, and the unit's statistics,
// over the database of core/storage/statisticsfixture.h. Expectations worked out by hand from
// the rules in core/analysis/signals.h and statistics.h; "today" is 15 June 2026.

#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"
#include "core/storage/statisticsfixture.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

namespace {

const QDate Today(2026, 6, 15);

QStringList codes(const SignalSet& set)
{
    QStringList list;
    for (BipSignal s : set.toList())
        list << codeOf(s);
    return list;
}

} // namespace

class TestWorkspaceStatistics : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    test::StatisticsFixture m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Clock::setFixedForTests(QDateTime(Today, QTime(10, 0)));
        auto db = Database::create(m_dir.filePath(u"w.tilltro"_s));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        const QString error = test::buildStatisticsFixture(*m_db, m_fixture);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { Clock::resetForTests(); }

    void caseload_signalsPerDeltagare_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QStringList>("signals");
        QTest::addColumn<int>("daysWithoutInsats");
        QTest::addColumn<int>("handledareChanges");

        // Parallel insatser with a job-oriented one in the last three months (15 March – 15
        // June: jobbinriktad to 31 March, social running); Olle took over on 12 June, after the
        // latest occasion (10 June); Tilltro 3, 2, 1 (falling, low at the latest); Målmedvetenhet
        // 7 then 5; the next occasion is due 10 September; a draft from 1 June. Without insats
        // 1–9 January.
        QTest::newRow("S-1") << u"S-1"_s
                             << QStringList{u"handledare_changed"_s, u"low_tilltro"_s,
                                            u"tilltro_falling"_s, u"malmedvetenhet_falling"_s,
                                            u"unfinished_draft"_s}
                             << 9 << 1;
        // Started last month with nothing: no insats (20 May – 15 June, 27 days), the first
        // occasion was due at the start, no consent, a draft from 25 May. No "not parallel":
        // there were no insatser to run in parallel.
        QTest::newRow("S-2") << u"S-2"_s
                             << QStringList{u"no_insats"_s, u"overdue"_s, u"no_consent"_s,
                                            u"unfinished_draft"_s}
                             << 27 << 0;
        // Ended: no signals. 1 October 2025 – 31 March 2026 is 182 days, October's insats
        // covered 31 of them.
        QTest::newRow("S-3") << u"S-3"_s << QStringList{} << 151 << 0;
        // The change of handledare (1 April) came before the latest completed occasion (1 May):
        // nothing to signal; next due 1 August.
        QTest::newRow("S-4") << u"S-4"_s << QStringList{} << 0 << 1;
        // One jobbinriktad insats only, no occasion yet (due at the start, 1 February).
        QTest::newRow("S-5") << u"S-5"_s << QStringList{u"not_parallel"_s, u"overdue"_s} << 0 << 0;
    }

    void caseload_signalsPerDeltagare()
    {
        QFETCH(QString, code);
        QFETCH(QStringList, signals);
        QFETCH(int, daysWithoutInsats);
        QFETCH(int, handledareChanges);
        auto rows = test::lend(*m_db).caseload(Today);
        QVERIFY2(rows.ok(), qPrintable(rows.errorMessage()));
        QCOMPARE(rows.value().size(), std::size_t(5));
        const auto row = std::find_if(rows.value().begin(), rows.value().end(),
                                      [&](const CaseloadRow& r) { return r.code == code; });
        QVERIFY(row != rows.value().end());
        QCOMPARE(row->participantId, m_fixture.ids[code]);
        QCOMPARE(codes(row->bipSignals), signals);
        QCOMPARE(row->daysWithoutInsats, daysWithoutInsats);
        QCOMPARE(row->handledareChanges, handledareChanges);
    }

    void statistics_firstHalfOf2026()
    {
        analysis::StatisticsFilter filter;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 6, 30);
        auto s = test::lend(*m_db).statistics(filter);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        const analysis::UnitStatistics& u = s.value();
        QCOMPARE(u.from, filter.from);
        QCOMPARE(u.to, filter.to);
        // Of the database's instrument, not narrowed.
        QCOMPARE(u.instrumentKey, u"skapa-bip"_s);
        QCOMPARE(u.instrumentVersion, Instrument::DefaultVersion);
        QVERIFY(!u.filteredByHandledare);
        QVERIFY(!u.filteredCategory);
        // All five overlap the period (S-3 ended 31 March).
        QCOMPARE(u.participants, std::optional<int>(5));
        // S-1's four and S-4's two; the drafts are not counted.
        QCOMPARE(u.occasions, std::optional<int>(6));
        // Two with two occasions or more (S-1, S-4): fewer than 5.
        QVERIFY(!u.withTwoOccasions);
        // Overdue on 30 June: S-2 (due 20 May) and S-5 (due 1 February): fewer than 5.
        QVERIFY(!u.overdue);
        // Parallel (with a job-oriented one): S-1 and S-4; a change in the period: S-1, S-4.
        // 2 and 3 each time: both hidden, no share.
        QVERIFY(!u.parallelShare);
        QVERIFY(!u.parallelWithJobOrientedShare);
        QVERIFY(!u.handledareChangeShare);
        QVERIFY(!u.withHandledareChange.participants);
        QVERIFY(!u.withoutHandledareChange.participants);
        // Only S-1 has Klara ett jobb at a first and a latest occasion: fewer than 5.
        QCOMPARE(u.indicators.size(), std::size_t(8));
        QCOMPARE(u.indicators[1].key, u"klara_jobb"_s);
        QVERIFY(!u.indicators[1].n);
        QVERIFY(!u.indicators[1].median);
        // S-3 ended to work in the period with a kompetenshöjande insats: a row of one.
        QCOMPARE(u.outcomes.size(), std::size_t(1));
        QVERIFY(u.outcomes[0].combination == std::vector<QString>{u"kompetenshojande"_s});
        QVERIFY(!u.outcomes[0].ended);
        QVERIFY(!u.outcomes[0].arbete);
        // Tilltro at the first occasion in the period: S-1 Ja, absolut; S-4 Goda möjligheter;
        // three without. Cells 1, 1, 0, 0 and 3: the 1s and the 3 hidden (5 together), the 0s
        // shown; with those without one hidden, no count of those with one and no share.
        QCOMPARE(u.tilltro.size(), std::size_t(4));
        QVERIFY(!u.withTilltro);
        QVERIFY(!u.tilltro[0].group.participants);
        QVERIFY(!u.tilltro[1].group.participants);
        QCOMPARE(u.tilltro[2].group.participants, std::optional<int>(0));
        QCOMPARE(u.tilltro[3].group.participants, std::optional<int>(0));
        for (const analysis::TilltroGroup& t : u.tilltro)
            QVERIFY(!t.share);
    }

    void statistics_perHandledare()
    {
        // Olle was responsible for S-1 (from 12 June) and S-4 (from 1 April) only.
        analysis::StatisticsFilter filter;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 6, 30);
        filter.handledareId = m_fixture.olle;
        auto s = test::lend(*m_db).statistics(filter);
        QVERIFY(s.ok());
        QVERIFY(s.value().filteredByHandledare);
        QVERIFY(!s.value().participants);
        QVERIFY(!s.value().occasions);
        // Hanna had all five at some time in the period.
        filter.handledareId = m_fixture.hanna;
        s = test::lend(*m_db).statistics(filter);
        QVERIFY(s.ok());
        QVERIFY(s.value().filteredByHandledare);
        QCOMPARE(s.value().participants, std::optional<int>(5));
    }

    void statistics_perCategory()
    {
        // A jobbinriktad insats in the first half of 2026: S-1, S-4, S-5. Three: nothing shown
        // but the category it was narrowed to.
        analysis::StatisticsFilter filter;
        filter.from = QDate(2026, 1, 1);
        filter.to = QDate(2026, 6, 30);
        filter.category = u"jobbinriktad"_s;
        auto s = test::lend(*m_db).statistics(filter);
        QVERIFY2(s.ok(), qPrintable(s.errorMessage()));
        QCOMPARE(s.value().filteredCategory, std::optional<QString>(u"jobbinriktad"_s));
        QVERIFY(!s.value().filteredByHandledare);
        QVERIFY(!s.value().participants);
        QVERIFY(!s.value().parallelShare);
        // None had a hälsoinriktad one: 0, shown.
        filter.category = u"halsoinriktad"_s;
        s = test::lend(*m_db).statistics(filter);
        QVERIFY(s.ok());
        QCOMPARE(s.value().participants, std::optional<int>(0));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceStatistics)
#include "tst_workspacestatistics.moc"
