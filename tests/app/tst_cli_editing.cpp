// Commands that open a database for editing (issue 11): each finishes an erasure whose
// clean-up is pending, and two imports into one new database at once end clearly.

#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "cliutil.h"
#include "core/storage/database.h"
#include "core/storage/erasure.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/participantrepository.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

namespace {

const QString ErasedName = u"Zyxwerasmus Qvarnbäckström"_s;
const QString ErasedCode = u"RADERA-7Q3X"_s;

int countRows(Database& db, const QString& sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return -1;
    return q.value(0).toInt();
}

int pendingMarks(Database& db)
{
    return countRows(db,
                     u"SELECT COUNT(*) FROM app_setting WHERE key = 'erasure_cleanup_pending'"_s);
}

/// The program started as runTilltro() starts it, without waiting.
std::unique_ptr<QProcess> startTilltro(const QStringList& args)
{
    auto process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"DISPLAY"_s);
    env.remove(u"QT_QPA_PLATFORM"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    process->setProcessEnvironment(env);
    process->start(QStringLiteral(TILLTRO_EXECUTABLE), args);
    return process;
}

} // namespace

class TestCliEditing : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importJson_pendingErasure_finishedOnOpen()
    {
        const QString path = m_dir.filePath(u"pending.tilltro"_s);
        {
            auto created = Database::create(path);
            QVERIFY2(created.ok(), qPrintable(created.errorMessage()));
            Database& db = *created.value();
            Handledare h{0, u"Anna Handledare"_s, u"Kommunen"_s, true};
            QVERIFY(HandledareRepository(db).insert(h).ok());
            Participant p;
            p.code = ErasedCode;
            p.name = ErasedName;
            p.handledareId = h.id;
            p.startDate = QDate(2025, 1, 15);
            QVERIFY(ParticipantRepository(db).insert(p).ok());
            // As in tst_erasure: another program's open read keeps the clean-up from finishing,
            // so the erasure leaves its mark for the next open for editing.
            auto reader = Database::open(path, Database::Access::ReadOnly);
            QVERIFY(reader.ok());
            QSqlQuery fast(db.connection());
            QVERIFY(fast.exec(u"PRAGMA busy_timeout = 100"_s));
            QSqlQuery reading(reader.value()->connection());
            QVERIFY(reading.exec(u"SELECT code FROM participant"_s) && reading.next());
            auto erased = eraseParticipant(db, p.id);
            QVERIFY(!erased.ok());
            QVERIFY2(erased.errorMessage().contains(u"has been erased"_s),
                     qPrintable(erased.errorMessage()));
            QCOMPARE(pendingMarks(db), 1);
        }

        const test::CliRun run =
            test::runTilltro({u"import-json"_s, u"--database"_s, path, u"--input"_s,
                              test::dataPath(u"exchange/good/full.json"_s), u"--lang"_s, u"en"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Completed the clean-up of an earlier erasure."_s),
                 qPrintable(run.out));
        QVERIFY2(run.out.contains(u"Imported 2 deltagare"_s), qPrintable(run.out));

        auto db = Database::open(path, Database::Access::ReadOnly);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QCOMPARE(pendingMarks(*db.value()), 0);
        QCOMPARE(countRows(*db.value(), u"SELECT COUNT(*) FROM participant"_s), 2);
        db.value().reset();
        for (const QString& file : QStringList{path, path + u"-wal"_s}) {
            const QByteArray bytes = test::readAll(file);
            QVERIFY2(!bytes.contains(ErasedName.toUtf8()), qPrintable(file));
            QVERIFY2(!bytes.contains(ErasedCode.toUtf8()), qPrintable(file));
        }
    }

    void importJson_twoAtOnceIntoNewPath_oneImportsOtherToldClearly()
    {
        const QString input = test::dataPath(u"exchange/good/full.json"_s);
        // A few rounds: the two meet at different points of the creation.
        for (int round = 0; round < 10; ++round) {
            const QString path = m_dir.filePath(u"race%1/new.tilltro"_s.arg(round));
            const QStringList args{u"import-json"_s, u"--database"_s, path, u"--input"_s, input,
                                   u"--lang"_s,      u"en"_s};
            auto first = startTilltro(args);
            auto second = startTilltro(args);
            QVERIFY(first->waitForFinished(120000));
            QVERIFY(second->waitForFinished(120000));
            QCOMPARE(first->exitStatus(), QProcess::NormalExit);
            QCOMPARE(second->exitStatus(), QProcess::NormalExit);
            const bool firstWon = first->exitCode() == 0;
            QProcess& loser = firstWon ? *second : *first;
            QVERIFY2(firstWon != (second->exitCode() == 0),
                     qPrintable(u"round %1: exit codes %2 and %3"_s.arg(round)
                                    .arg(first->exitCode())
                                    .arg(second->exitCode())));
            const QString said = QString::fromUtf8(loser.readAllStandardError());
            QVERIFY2(!said.trimmed().isEmpty(), qPrintable(u"round %1"_s.arg(round)));
            QVERIFY2(!said.contains(u"not a Tilltro database"_s), qPrintable(said));
            qInfo().noquote() << u"round %1, the other one was told:"_s.arg(round)
                              << said.trimmed();

            auto db = Database::open(path, Database::Access::ReadOnly);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            QVERIFY(db.value()->checkIntegrity(true).ok());
            QCOMPARE(countRows(*db.value(), u"SELECT COUNT(*) FROM participant"_s), 2);
            QCOMPARE(
                countRows(*db.value(), u"SELECT COUNT(*) FROM participant WHERE code = 'X-0001'"_s),
                1);
        }
    }
};

QTEST_GUILESS_MAIN(TestCliEditing)
#include "tst_cli_editing.moc"
