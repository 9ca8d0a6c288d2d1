#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <map>

#include "core/domain/participant.h"
#include "core/instrument/instrument.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/erasure.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/participantrepository.h"
#include "safetyutil.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

// Kills a process that is writing to a database (SIGKILL, at seeded random moments) and checks
// that every save it acknowledged is there, complete, and the file is sound. The writer is
// tests/core/storage/crashhelper.cpp.
class TestCrashSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QElapsedTimer m_total;

    /// Starts the helper, lets it run for `ms` after `after` was printed (at once when empty),
    /// kills it with SIGKILL and returns every complete line it printed.
    static QStringList runAndKill(const QStringList& args, int ms, const QByteArray& after = {},
                                  bool* finishedByItself = nullptr)
    {
        QProcess helper;
        helper.setProcessChannelMode(QProcess::SeparateChannels);
        helper.start(QStringLiteral(TILLTRO_CRASH_HELPER), args);
        if (!helper.waitForStarted(10000))
            return {u"not started"_s};
        QByteArray output;
        QElapsedTimer timer;
        timer.start();
        bool armed = after.isEmpty();
        while (helper.state() == QProcess::Running) {
            if (!armed && output.contains(after)) {
                armed = true;
                timer.restart();
            }
            const qint64 left = armed ? ms - timer.elapsed() : 10000;
            if (left <= 0)
                break;
            helper.waitForReadyRead(int(std::min<qint64>(left, 20)));
            output += helper.readAllStandardOutput();
        }
        const bool running = helper.state() == QProcess::Running;
        if (finishedByItself)
            *finishedByItself = !running;
        helper.kill(); // SIGKILL
        helper.waitForFinished(10000);
        output += helper.readAllStandardOutput();
        const QByteArray errors = helper.readAllStandardError();
        if (!errors.isEmpty())
            qWarning() << "helper:" << errors;
        // Only complete lines: a line cut off by the kill was never acknowledged.
        const qsizetype end = output.lastIndexOf('\n');
        return QString::fromUtf8(output.left(end + 1)).split(u'\n', Qt::SkipEmptyParts);
    }

    /// What occasion n holds (mirrors crashhelper.cpp).
    static std::map<QString, QString> expectedAnswers(qint64 n)
    {
        static const QStringList keys{u"d_mojligheter"_s, u"d_klara_jobb"_s, u"d_samarbete"_s,
                                      u"d_halsa"_s,       u"d_vardagen"_s,   u"d_kompetens"_s,
                                      u"d_lon"_s,         u"d_soker"_s,      u"malmedvetenhet"_s};
        std::map<QString, QString> answers;
        for (int i = 0; i < keys.size(); ++i)
            answers[keys[i]] = QString::number(int((n + i) % 10) + 1);
        answers[u"tilltro"_s] = u"goda_mojligheter"_s;
        return answers;
    }

    static QString integrity(Database& db)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(u"PRAGMA integrity_check"_s))
            return q.lastError().text();
        QStringList rows;
        while (q.next())
            rows << q.value(0).toString();
        return rows.join(u"; "_s);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_total.start();
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"crash.tilltro"_s);
        auto db = Database::create(m_path);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QVERIFY(InstrumentRepository(*db.value()).ensureStored(Instrument::loadDefault().value()));
        Participant p;
        p.code = u"D-0001"_s;
        p.startDate = QDate(2026, 1, 1);
        QVERIFY(ParticipantRepository(*db.value()).insert(p).ok());
        QCOMPARE(p.id, 1);
    }

    void killedWhileSavingOccasions_everyAcknowledgedSaveIsThereAndComplete()
    {
        QRandomGenerator rng(20261124);
        std::map<qint64, qint64> acknowledged; // occasion id -> n
        int rounds = 0;
        int maxPerRound = 0;
        QElapsedTimer timer;
        timer.start();
        for (; rounds < 20; ++rounds) {
            const int ms = 50 + int(rng.bounded(251));
            const QStringList lines = runAndKill({u"occasions"_s, m_path}, ms);
            int thisRound = 0;
            for (const QString& line : lines) {
                const QStringList parts = line.split(u' ');
                QVERIFY2(parts.size() == 2, qPrintable(line));
                acknowledged[parts[1].toLongLong()] = parts[0].toLongLong();
                ++thisRound;
            }
            maxPerRound = std::max(maxPerRound, thisRound);

            // As the next start of Tilltro finds it: -wal and -shm of a killed writer.
            auto db = Database::open(m_path, Database::Access::ReadOnly);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            QCOMPARE(integrity(*db.value()), u"ok"_s);
            std::map<qint64, std::pair<QString, std::map<QString, QString>>> stored;
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(u"SELECT o.id, o.state, a.question_key, "
                           u"COALESCE(CAST(a.value AS TEXT), a.code) "
                           u"FROM occasion o LEFT JOIN answer a ON a.occasion_id = o.id"_s));
            while (q.next()) {
                auto& [state, answers] = stored[q.value(0).toLongLong()];
                state = q.value(1).toString();
                answers[q.value(2).toString()] = q.value(3).toString();
            }
            for (const auto& [id, n] : acknowledged) {
                const auto found = stored.find(id);
                QVERIFY2(found != stored.end(),
                         qPrintable(
                             u"round %1: occasion %2 (save %3) lost"_s.arg(rounds).arg(id).arg(n)));
                QCOMPARE(found->second.first, u"completed"_s);
                QCOMPARE(found->second.second, expectedAnswers(n));
            }
            QSqlQuery notes(db.value()->connection());
            QVERIFY(notes.exec(u"SELECT COUNT(*) FROM occasion WHERE notes NOT LIKE 'crash-%'"_s) &&
                    notes.next());
            QCOMPARE(notes.value(0).toInt(), 0);
        }
        QVERIFY2(acknowledged.size() >= 20, "the helper should get saves done before the kills");
        qInfo("%d rounds, %d acknowledged saves (at most %d in one round), all present with all "
              "answers; integrity_check ok every round; %lld ms",
              rounds, int(acknowledged.size()), maxPerRound,
              static_cast<long long>(timer.elapsed()));

        // And the normal way in: open for editing, then close cleanly.
        auto db = Database::open(m_path);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QVERIFY(db.value()->checkIntegrity(true).ok());
    }

    void killedDuringOneLargeTransaction_allOrNothing()
    {
        // Calibrate: how long the one transaction takes here, uninterrupted.
        const int count = 6000;
        bool finished = false;
        const QStringList calibration = runAndKill(
            {u"bulk"_s, m_path, u"CAL"_s, QString::number(count)}, 30000, "begin", &finished);
        QVERIFY2(finished && calibration.size() == 2 && calibration[1].startsWith(u"committed"_s),
                 qPrintable(calibration.join(u'|')));
        const int duration = std::max(calibration[1].section(u' ', 1).toInt(), 20);

        QRandomGenerator rng(42);
        int none = 0;
        int all = 0;
        const int rounds = 8;
        for (int round = 0; round < rounds; ++round) {
            // Spread over the transaction: from its first rows to just after its commit.
            const int ms =
                int(duration * (0.05 + 1.15 * round / (rounds - 1))) + int(rng.bounded(10));
            const QString prefix = u"BULK%1"_s.arg(round);
            const QStringList lines =
                runAndKill({u"bulk"_s, m_path, prefix, QString::number(count)}, ms, "begin");
            const bool acknowledged = lines.size() == 2;

            auto db = Database::open(m_path, Database::Access::ReadOnly);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            QCOMPARE(integrity(*db.value()), u"ok"_s);
            const int stored = test::countRows(
                *db.value(),
                u"SELECT COUNT(*) FROM participant WHERE code LIKE '%1-%'"_s.arg(prefix));
            const int audited = test::countRows(
                *db.value(), u"SELECT COUNT(*) FROM audit_log a JOIN participant p ON "
                             u"p.id = a.participant_id WHERE p.code LIKE '%1-%' "
                             u"AND a.action = 'create' AND a.entity = 'participant'"_s.arg(prefix));
            QVERIFY2(stored == 0 || stored == count,
                     qPrintable(u"round %1 killed after %2 ms: %3 of %4 rows"_s.arg(round)
                                    .arg(ms)
                                    .arg(stored)
                                    .arg(count)));
            QCOMPARE(audited, stored);
            if (acknowledged)
                QCOMPARE(stored, count);
            (stored == 0 ? none : all) += 1;
        }
        qInfo("one transaction of %d participants (%d ms uninterrupted), killed %d times: "
              "%d times nothing, %d times all",
              count, duration, rounds, none, all);
        QVERIFY2(none > 0, "at least one kill should land inside the transaction");
    }

    void killedWhileMakingBackups_everyBackupIsCompleteOrAbsent()
    {
        const QString path = m_dir.filePath(u"backed-up.tilltro"_s);
        {
            auto db = Database::create(path);
            QVERIFY(db.ok());
            QVERIFY(fillWithDemoData(*db.value()).ok());
        }
        const QString folder = m_dir.filePath(u"backups"_s);
        QRandomGenerator rng(5);
        QStringList acknowledged;
        const int rounds = 8;
        for (int round = 0; round < rounds; ++round) {
            const QStringList lines =
                runAndKill({u"backups"_s, path, folder}, 30 + int(rng.bounded(150)));
            acknowledged += lines;
            // Every visible backup opens and is sound: a cut-off one is never under a backup
            // name (at most a hidden temporary file, removed by a later rotation).
            const std::vector<BackupInfo> backups = listBackups(folder);
            QVERIFY(backups.size() <= 4); // keep 3, plus one made just before it was killed
            for (const BackupInfo& backup : backups) {
                auto db = Database::open(backup.path, Database::Access::ReadOnly);
                QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
                QCOMPARE(integrity(*db.value()), u"ok"_s);
            }
            if (!lines.isEmpty())
                QVERIFY(QFileInfo::exists(lines.last()));
        }
        QVERIFY(!acknowledged.isEmpty());
        qInfo("%d rounds, %d backups acknowledged; every backup left was complete and sound",
              rounds, int(acknowledged.size()));
    }

    void killedWhileErasing_erasedPeopleLeaveNoTraceOnceReopened()
    {
        // Thirty deltagare to erase, each with a code and a note found nowhere else.
        const auto note = [](int i) { return u"ERNOTE-%1"_s.arg(i, 4, 10, QLatin1Char('0')); };
        const QString path = m_dir.filePath(u"erased.tilltro"_s);
        {
            auto db = Database::create(path);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            QVERIFY(fillWithDemoData(*db.value()).ok());
            auto added = db.value()->write([&]() -> Result<void> {
                for (int i = 0; i < 30; ++i) {
                    Participant p;
                    p.code = u"ER-%1"_s.arg(i, 4, 10, QLatin1Char('0'));
                    p.name = note(i);
                    if (auto r = ParticipantRepository(*db.value()).insert(p); !r)
                        return r;
                }
                return {};
            });
            QVERIFY(added.ok());
        }
        QRandomGenerator rng(11);
        int acknowledged = 0;
        int remaining = 30;
        int rounds = 0;
        int finished = 0;
        for (; rounds < 12 && remaining > 0; ++rounds) {
            acknowledged += int(runAndKill({u"erase"_s, path}, 20 + int(rng.bounded(120))).size());
            QStringList present;
            {
                // As Tilltro does after opening for editing.
                auto db = Database::open(path);
                QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
                auto pending = finishPendingErasure(*db.value());
                QVERIFY2(pending.ok(), qPrintable(pending.errorMessage()));
                finished += pending.value() ? 1 : 0;
                QCOMPARE(integrity(*db.value()), u"ok"_s);
                QSqlQuery q(db.value()->connection());
                QVERIFY(q.exec(u"SELECT name FROM participant WHERE code LIKE 'ER-%'"_s));
                while (q.next())
                    present << q.value(0).toString();
            }
            remaining = int(present.size());
            QVERIFY(remaining <= 30 - acknowledged); // every acknowledged erasure holds
            // Whoever is gone from the table is gone from the bytes too.
            const QByteArray bytes = test::readAll(path) + test::readAll(path + u"-wal"_s);
            for (int i = 0; i < 30; ++i)
                QCOMPARE(bytes.contains(note(i).toUtf8()), present.contains(note(i)));
        }
        const int erased = 30 - remaining;
        qInfo("%d rounds erased %d deltagare; %d interrupted clean-ups finished on reopening; no "
              "trace of anyone erased",
              rounds, erased, finished);
    }

    void cleanupTestCase() { qInfo("total %lld ms", static_cast<long long>(m_total.elapsed())); }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
