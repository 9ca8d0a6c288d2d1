#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "cliutil.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using test::runTilltro;

// `tilltro stats` and `tilltro stats-merge` through the real executable, on a database whose
// figures are worked out by hand: eleven deltagare with two completed assessments each, Anna
// Berg responsible for ten of them and Bo Ek for one. "Klara ett jobb" (the deltagare's rating)
// moves 3→5 for five of Anna's, 5→4 for her other five, and stays at 5 for Bo's:
// - all: changes {−1 ×5, 0, +2 ×5}: n 11, median 0, quartiles −1 and 2 (QUARTILE.INC);
//   improved 5, unchanged 1, worsened 5: the 1 is hidden, and so is the first of the two 5s
//   (else 11 − 5 − 5 would give it away): improved and unchanged null, worsened 5/11;
// - Anna: {−1 ×5, +2 ×5}: n 10, median 0.5, quartiles −1 and 2, improved 0.5, unchanged 0,
//   worsened 0.5;
// - Bo: one deltagare: nothing.
class TestCliStats : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_db;

    QJsonObject json(const test::CliRun& run)
    {
        return QJsonDocument::fromJson(run.out.toUtf8()).object();
    }

    static QJsonObject indicator(const QJsonObject& summary, const QString& key)
    {
        for (const QJsonValue& v : summary[u"indicators"_s].toArray()) {
            if (v.toObject()[u"key"_s].toString() == key)
                return v.toObject();
        }
        return {};
    }

    QString write(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = m_dir.filePath(u"unit.tilltro"_s);
        auto created = Database::create(m_db);
        QVERIFY(created.ok());
        Database& db = *created.value();
        Handledare anna{0, u"Anna Berg"_s, {}, true};
        Handledare bo{0, u"Bo Ek"_s, {}, true};
        QVERIFY(HandledareRepository(db).insert(anna).ok());
        QVERIFY(HandledareRepository(db).insert(bo).ok());
        const qint64 instrumentId =
            InstrumentRepository(db).ensureStored(Instrument::loadDefault().value()).value();
        const std::pair<int, int> ratings[] = {{3, 5}, {3, 5}, {3, 5}, {3, 5}, {3, 5}, {5, 4},
                                               {5, 4}, {5, 4}, {5, 4}, {5, 4}, {5, 5}};
        for (int i = 0; i < 11; ++i) {
            Participant p;
            p.code = u"D-%1"_s.arg(i + 1);
            p.name = u"Namn Hemligsson %1"_s.arg(i + 1);
            p.startDate = QDate(2026, 1, 10);
            p.handledareId = i < 10 ? anna.id : bo.id;
            QVERIFY(ParticipantRepository(db).insert(p).ok());
            for (int k = 0; k < 2; ++k) {
                Occasion o{0,
                           p.id,
                           instrumentId,
                           QDate(2026, k == 0 ? 2 : 8, 1),
                           0,
                           OccasionState::Completed,
                           u"anteckning"_s,
                           {},
                           {}};
                o.answers[u"d_klara_jobb"_s] =
                    Answer::number(k == 0 ? ratings[i].first : ratings[i].second);
                QVERIFY(OccasionRepository(db).save(o).ok());
            }
        }
    }

    void json_handComputed_andAnonymous()
    {
        const auto run = runTilltro({u"stats"_s, u"--database"_s, m_db, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject s = json(run);
        QCOMPARE(s[u"format"_s].toString(), u"tilltro-statistics"_s);
        QCOMPARE(s[u"participants"_s].toInt(), 11);
        QCOMPARE(s[u"occasions"_s].toInt(), 22);
        QCOMPARE(s[u"instrument"_s].toObject()[u"key"_s].toString(), u"skapa-bip"_s);
        QCOMPARE(s[u"filters"_s].toObject()[u"handledare"_s].toBool(), false);
        const QJsonObject k = indicator(s, u"klara_jobb"_s);
        QCOMPARE(k[u"n"_s].toInt(), 11);
        QCOMPARE(k[u"median"_s].toDouble(), 0.0);
        QCOMPARE(k[u"q1"_s].toDouble(), -1.0);
        QCOMPARE(k[u"q3"_s].toDouble(), 2.0);
        QVERIFY(k[u"improved"_s].isNull());
        QVERIFY(k[u"unchanged"_s].isNull());
        QCOMPARE(k[u"worsened"_s].toDouble(), 5.0 / 11);
        // No one rated Hälsa: n 0, the rest null.
        const QJsonObject h = indicator(s, u"halsa"_s);
        QCOMPARE(h[u"n"_s].toInt(), 0);
        QVERIFY(h[u"median"_s].isNull());
        QVERIFY(!run.out.contains(u"Hemligsson"_s));
        QVERIFY(!run.out.contains(u"D-1"_s));
        QVERIFY(!run.out.contains(u"anteckning"_s));
        QVERIFY(!run.out.contains(u"Anna"_s));
    }

    void handledareFilter_groupOfFiveShown_groupOfOneSuppressed()
    {
        auto run = runTilltro(
            {u"stats"_s, u"--database"_s, m_db, u"--json"_s, u"--handledare"_s, u"Anna Berg"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run)[u"participants"_s].toInt(), 10);
        QCOMPARE(json(run)[u"filters"_s].toObject()[u"handledare"_s].toBool(), true);
        const QJsonObject k = indicator(json(run), u"klara_jobb"_s);
        QCOMPARE(k[u"median"_s].toDouble(), 0.5);
        QCOMPARE(k[u"improved"_s].toDouble(), 0.5);
        QCOMPARE(k[u"unchanged"_s].toDouble(), 0.0);
        QCOMPARE(k[u"worsened"_s].toDouble(), 0.5);

        run = runTilltro(
            {u"stats"_s, u"--database"_s, m_db, u"--json"_s, u"--handledare"_s, u"bo ek"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(json(run)[u"participants"_s].isNull());
        QVERIFY(json(run)[u"occasions"_s].isNull());
        QVERIFY(indicator(json(run), u"klara_jobb"_s)[u"n"_s].isNull());

        run = runTilltro({u"stats"_s, u"--database"_s, m_db, u"--handledare"_s, u"Ingen"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"Ingen"_s));
    }

    void periodFilter()
    {
        const auto run = runTilltro({u"stats"_s, u"--database"_s, m_db, u"--json"_s, u"--from"_s,
                                     u"2026-01-01"_s, u"--to"_s, u"2026-05-31"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(json(run)[u"occasions"_s].toInt(), 11);
        QCOMPARE(json(run)[u"withTwoOccasions"_s].toInt(), 0);
        QCOMPARE(json(run)[u"period"_s].toObject()[u"from"_s].toString(), u"2026-01-01"_s);
    }

    void badUsage_saysWhy_andExitsOne_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("said");
        QTest::newRow("impossible date")
            << QStringList{u"--from"_s, u"2026-02-30"_s} << u"2026-02-30"_s;
        QTest::newRow("future") << QStringList{u"--to"_s, u"2999-01-01"_s} << u"2999-01-01"_s;
        QTest::newRow("from after to")
            << QStringList{u"--from"_s, u"2026-06-01"_s, u"--to"_s, u"2026-05-01"_s}
            << u"2026-06-01"_s;
        QTest::newRow("two outputs") << QStringList{u"--json"_s, u"--csv"_s} << u"--json"_s;
        QTest::newRow("category") << QStringList{u"--category"_s, u"praktik"_s} << u"praktik"_s;
    }

    void badUsage_saysWhy_andExitsOne()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, said);
        const auto run = runTilltro(QStringList{u"stats"_s, u"--database"_s, m_db} + args);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(said), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }

    void csv_and_pdf_withoutADisplay()
    {
        auto run =
            runTilltro({u"stats"_s, u"--database"_s, m_db, u"--csv"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains(u"Klara ett jobb"_s) || run.out.contains(u"Managing a job"_s));
        // The improved share of all eleven is hidden (it would give away the one unchanged).
        QVERIFY2(run.out.contains(u"\"Share improved\",\"All, deltagare's rating\""_s) ||
                     run.out.contains(u"hidden"_s),
                 qPrintable(run.out.left(600)));
        QVERIFY(run.out.contains(u",hidden"_s));
        // Swedish by default.
        run = runTilltro({u"stats"_s, u"--database"_s, m_db, u"--csv"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u",dold"_s), qPrintable(run.out.left(400)));
        const QString pdf = m_dir.filePath(u"stats.pdf"_s);
        run = runTilltro({u"stats"_s, u"--database"_s, m_db, u"--output"_s, pdf});
        QCOMPARE(run.exitCode, 0);
        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        // The database is never a place to write the statistics to.
        run = runTilltro({u"stats"_s, u"--database"_s, m_db, u"--output"_s, m_db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(Database::open(m_db, Database::Access::ReadOnly).ok());
    }

    void merge_addsCounts_andRecombinesShares()
    {
        const auto a = runTilltro({u"stats"_s, u"--database"_s, m_db, u"--json"_s});
        const auto b = runTilltro(
            {u"stats"_s, u"--database"_s, m_db, u"--json"_s, u"--handledare"_s, u"Anna Berg"_s});
        const QString first = write(u"a.json"_s, a.out.toUtf8());
        const QString second = write(u"b.json"_s, b.out.toUtf8());
        const auto run =
            runTilltro({u"stats-merge"_s, u"--input"_s, first, u"--input"_s, second, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        const QJsonObject m = json(run);
        QCOMPARE(m[u"sources"_s].toInt(), 2);
        QCOMPARE(m[u"participants"_s].toInt(), 21);
        QCOMPARE(m[u"occasions"_s].toInt(), 42);
        // n adds up. The directions are hidden in the first summary, so a merged share would be
        // of Anna's ten only, yet read as of all 21: none is given.
        const QJsonObject k = indicator(m, u"klara_jobb"_s);
        QCOMPARE(k[u"n"_s].toInt(), 21);
        QVERIFY(k[u"improved"_s].isNull());
        QVERIFY(k[u"worsened"_s].isNull());
        // The median: the mean of 0 (n 11) and 0.5 (n 10), weighted by n.
        QVERIFY(qAbs(k[u"median"_s].toDouble() - 5.0 / 21) < 1e-12);

        // Two summaries that show every direction: the directions add up exactly, 10 up and
        // 10 down of 20, and the merged summary reads back.
        // The same summary twice would count its deltagare twice: refused.
        const QString annaAgain = write(u"c.json"_s, b.out.toUtf8());
        const auto twice = runTilltro(
            {u"stats-merge"_s, u"--input"_s, second, u"--input"_s, annaAgain, u"--json"_s});
        QCOMPARE(twice.exitCode, 2);
        QVERIFY2(twice.err.contains(u"twice"_s) || twice.err.contains(u"två gånger"_s),
                 qPrintable(twice.err));
        // Anna's deltagare from another unit's database, say: the same figures over another
        // period.
        const auto other =
            runTilltro({u"stats"_s, u"--database"_s, m_db, u"--json"_s, u"--handledare"_s,
                        u"Anna Berg"_s, u"--from"_s, u"2026-01-01"_s});
        const QString annaElsewhere = write(u"d.json"_s, other.out.toUtf8());
        const auto both = runTilltro(
            {u"stats-merge"_s, u"--input"_s, second, u"--input"_s, annaElsewhere, u"--json"_s});
        QCOMPARE(both.exitCode, 0);
        const QJsonObject k2 = indicator(json(both), u"klara_jobb"_s);
        QCOMPARE(k2[u"n"_s].toInt(), 20);
        QCOMPARE(k2[u"improved"_s].toDouble(), 0.5);
        QCOMPARE(k2[u"unchanged"_s].toDouble(), 0.0);
        QCOMPARE(k2[u"worsened"_s].toDouble(), 0.5);
        const QString merged = write(u"merged.json"_s, both.out.toUtf8());
        const auto again =
            runTilltro({u"stats-merge"_s, u"--input"_s, merged, u"--input"_s, first, u"--json"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(json(again)[u"sources"_s].toInt(), 3);
    }

    void merge_refusesWhatIsNotAnAnonymousSummary()
    {
        const QString good =
            write(u"good.json"_s,
                  runTilltro({u"stats"_s, u"--database"_s, m_db, u"--json"_s}).out.toUtf8());
        QByteArray leaky;
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::ReadOnly));
            leaky = f.readAll();
        }
        leaky.replace("\"participants\": 11", "\"participants\": 3");
        const QString bad = write(u"leaky.json"_s, leaky);
        auto run =
            runTilltro({u"stats-merge"_s, u"--input"_s, good, u"--input"_s, bad, u"--json"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"leaky.json"_s), qPrintable(run.err));
        QVERIFY(run.err.contains(u"participants"_s));
        QVERIFY(run.out.isEmpty());

        // Another instrument's indicators do not mean the same.
        QByteArray other;
        {
            QFile f(good);
            QVERIFY(f.open(QIODevice::ReadOnly));
            other = f.readAll();
        }
        QVERIFY(other.contains("\"key\": \"skapa-bip\""));
        other.replace("\"key\": \"skapa-bip\"", "\"key\": \"lokal-variant\"");
        const QString foreign = write(u"other.json"_s, other);
        run = runTilltro({u"stats-merge"_s, u"--input"_s, good, u"--input"_s, foreign});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"lokal-variant"_s), qPrintable(run.err));

        run = runTilltro({u"stats-merge"_s, u"--input"_s, u"/dev/zero"_s});
        QCOMPARE(run.exitCode, 2);
        run = runTilltro({u"stats-merge"_s, u"--input"_s, m_db});
        QCOMPARE(run.exitCode, 2);
        run = runTilltro({u"stats-merge"_s});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(u"--input"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliStats)
#include "tst_cli_stats.moc"
