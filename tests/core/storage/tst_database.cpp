#include <fcntl.h>
#include <future>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>
#include <sys/file.h>
#include <unistd.h>

#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/lockfile.h"
#include "damage.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

class TestDatabase : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString& name) const { return m_dir.filePath(name); }

    QString makeDatabase(const QString& name)
    {
        const QString p = path(name);
        auto db = Database::create(p);
        if (!db)
            qWarning() << db.errorMessage();
        Handledare h{0, u"Anna"_s, u"Org"_s, true};
        if (db)
            static_cast<void>(HandledareRepository(*db.value()).insert(h));
        return p;
    }

    static int pragma(Database& db, const QString& name)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(u"PRAGMA "_s + name) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void create_newFile_hasSchemaPragmasAndOwnerOnlyPermissions()
    {
        const QString p = path(u"sub/new.tilltro"_s);
        auto db = Database::create(p);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), Database::SchemaVersion);
        QCOMPARE(pragma(*db.value(), u"application_id"_s), Database::ApplicationId);
        QCOMPARE(pragma(*db.value(), u"foreign_keys"_s), 1);
        QCOMPARE(pragma(*db.value(), u"synchronous"_s), 2); // FULL
        QCOMPARE(pragma(*db.value(), u"secure_delete"_s), 1);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QCOMPARE(QFileInfo(p).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        QCOMPARE(QFileInfo(path(u"sub"_s)).permissions() & (QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());
    }

    void create_existingFile_refusedAndUntouched()
    {
        const QString p = path(u"existing.txt"_s);
        QVERIFY(test::writeFile(p, "keep me"));
        auto db = Database::create(p);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Conflict);
        QCOMPARE(test::readAll(p), QByteArray("keep me"));
    }

    void open_missingFile_refusedAndNotCreated()
    {
        const QString p = path(u"missing.tilltro"_s);
        auto db = Database::open(p);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::NotFound);
        QVERIFY(db.errorMessage().contains(u"missing.tilltro"_s));
        QVERIFY(!QFileInfo::exists(p));
    }

    void open_badFiles_refusedAndByteIdentical_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text file") << QByteArray("Hej, detta är en textfil.\n");
        QTest::newRow("empty file") << QByteArray();
        QTest::newRow("sqlite header only") << QByteArray("SQLite format 3\0", 16);
        QByteArray zeros(4096, '\0');
        QTest::newRow("zeros") << zeros;
    }

    void open_badFiles_refusedAndByteIdentical()
    {
        QFETCH(QByteArray, content);
        const QString p =
            path(u"bad-%1.tilltro"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(test::writeFile(p, content));
        auto db = Database::open(p);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Invalid);
        QVERIFY(db.errorMessage().contains(u"not a Tilltro database"_s));
        QCOMPARE(test::readAll(p), content);
        QVERIFY(!QFileInfo::exists(p + u"-wal"_s));
    }

    void open_foreignSqliteDatabase_refused()
    {
        const QString p = path(u"foreign.sqlite"_s);
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            other.setDatabaseName(p);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(u"CREATE TABLE t (x)"_s));
            other.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
        const QByteArray before = test::fileHash(p);
        auto db = Database::open(p);
        QVERIFY(!db.ok());
        QVERIFY(db.errorMessage().contains(u"not a Tilltro database"_s));
        QCOMPARE(test::fileHash(p), before);
    }

    void open_truncatedDatabase_refusedAndByteIdentical()
    {
        const QString p = makeDatabase(u"truncated.tilltro"_s);
        QByteArray bytes = test::readAll(p);
        QVERIFY(bytes.size() > 8192);
        bytes.truncate(bytes.size() / 2);
        QVERIFY(test::writeFile(p, bytes));
        auto db = Database::open(p);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Invalid);
        QCOMPARE(test::readAll(p), bytes);
    }

    void open_deferred_damagedTable_opens_backgroundCheckRefusesWrites()
    {
        const QString p = makeDatabase(u"damaged-later.tilltro"_s);
        QVERIFY(test::damageTable(p, u"handledare"_s));
        const QByteArray before = test::readAll(p);
        QVERIFY(!Database::open(p).ok()); // the check on opening finds it

        auto db = Database::open(p, Database::Access::ReadWrite, Database::Verify::Deferred);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        // Reading the damaged table says so instead of returning nothing.
        auto read = HandledareRepository(*db.value()).all();
        QVERIFY(!read.ok());
        QCOMPARE(read.error().kind, Error::Kind::Invalid);

        std::promise<Result<void>> reported;
        db.value()->startIntegrityCheck(
            [&reported](const Result<void>& verdict) { reported.set_value(verdict); });
        // A write made while the check runs waits for the verdict and is refused by it.
        auto written = db.value()->write([&] {
            QSqlQuery q(db.value()->connection());
            return q.exec(u"INSERT INTO app_setting (key, value) VALUES ('x', 'y')"_s)
                       ? Result<void>()
                       : Result<void>(Database::sqlError(q));
        });
        QVERIFY(!written.ok());
        QVERIFY2(written.errorMessage().contains(u"damaged"_s), qPrintable(written.errorMessage()));
        auto future = reported.get_future();
        QCOMPARE(future.wait_for(std::chrono::seconds(10)), std::future_status::ready);
        QVERIFY(!future.get().ok());
        QVERIFY(!db.value()->integrityCheckPending());
        db.value().reset();
        QCOMPARE(test::readAll(p), before);
    }

    void write_duringBackgroundCheck_isSavedOnceTheFileIsSound()
    {
        const QString p = makeDatabase(u"checked-later.tilltro"_s);
        auto db = Database::open(p, Database::Access::ReadWrite, Database::Verify::Deferred);
        QVERIFY(db.ok());
        std::promise<bool> reported;
        db.value()->startIntegrityCheck(
            [&reported](const Result<void>& verdict) { reported.set_value(verdict.ok()); });
        Handledare h{0, u"Berit"_s, u"Org"_s, false};
        QVERIFY(HandledareRepository(*db.value()).insert(h).ok());
        QVERIFY(reported.get_future().get());
        db.value().reset();
        auto reopened = Database::open(p, Database::Access::ReadOnly);
        QVERIFY(reopened.ok());
        QCOMPARE(HandledareRepository(*reopened.value()).all().value().size(), size_t(2));
    }

    void open_shared_readsBesideTheEditor_butNotAnOldSchema()
    {
        const QString p = makeDatabase(u"shared.tilltro"_s);
        auto editor = Database::open(p);
        QVERIFY(editor.ok());
        auto shared = Database::open(p, Database::Access::Shared, Database::Verify::Deferred);
        QVERIFY2(shared.ok(), qPrintable(shared.errorMessage()));
        QVERIFY(!shared.value()->isReadOnly());
        QCOMPARE(HandledareRepository(*shared.value()).all().value().size(), size_t(1));
        // A second editor is still refused.
        QCOMPARE(Database::open(p).error().kind, Error::Kind::Conflict);
    }

    // A database file is untrusted input: SQL planted in it never runs, and any object that is
    // not exactly Tilltro's is refused, in every mode, with the file left as it was.
    void open_plantedSql_refusedInEveryModeAndNeverRuns_data()
    {
        QTest::addColumn<QString>("plant");
        QTest::addColumn<QString>("named");
        QTest::newRow("trigger that deletes")
            << u"CREATE TRIGGER wipe AFTER INSERT ON audit_log BEGIN DELETE FROM handledare; END"_s
            << u"trigger \"wipe\""_s;
        QTest::newRow("hidden copy table")
            << u"CREATE TABLE shadow (pnr TEXT)"_s << u"table \"shadow\""_s;
        QTest::newRow("view") << u"CREATE VIEW v AS SELECT * FROM handledare"_s << u"view \"v\""_s;
        QTest::newRow("index") << u"CREATE INDEX extra ON handledare (name)"_s
                               << u"index \"extra\""_s;
        QTest::newRow("renamed table")
            << u"ALTER TABLE app_setting RENAME TO app_setting_gone"_s << u"app_setting"_s;
        QTest::newRow("added column")
            << u"ALTER TABLE handledare ADD COLUMN note TEXT"_s << u"table \"handledare\""_s;
    }

    void open_plantedSql_refusedInEveryModeAndNeverRuns()
    {
        QFETCH(QString, plant);
        QFETCH(QString, named);
        const QString p =
            makeDatabase(u"planted-%1.tilltro"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        {
            auto db = Database::open(p);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY2(q.exec(plant), qPrintable(q.lastError().text()));
        }
        const QByteArray before = test::readAll(p);
        for (auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly,
                            Database::Access::Inspect, Database::Access::Shared}) {
            for (auto verify : {Database::Verify::OnOpen, Database::Verify::Deferred}) {
                auto db = Database::open(p, access, verify);
                QVERIFY(!db.ok());
                QCOMPARE(db.error().kind, Error::Kind::Invalid);
                QVERIFY2(db.errorMessage().contains(u"not a database Tilltro wrote"_s) &&
                             db.errorMessage().contains(named),
                         qPrintable(db.errorMessage()));
                QCOMPARE(test::readAll(p), before);
                // Nor anything beside it.
                QVERIFY(!QFile::exists(p + u"-wal"_s));
                QVERIFY(!QFile::exists(p + u"-shm"_s));
            }
        }
    }

    void open_throughSymlink_usesTheRealFileForLockAndCompanions()
    {
        const QString p = makeDatabase(u"real.tilltro"_s);
        const QString link = path(u"link.tilltro"_s);
        QVERIFY(QFile::link(p, link));
        auto viaLink = Database::open(link);
        QVERIFY2(viaLink.ok(), qPrintable(viaLink.errorMessage()));
        QCOMPARE(viaLink.value()->path(), QFileInfo(p).canonicalFilePath());
        QVERIFY(QFile::exists(p + u".lock"_s));
        QVERIFY(!QFile::exists(link + u".lock"_s));
        // The same file under its real name: one editor only.
        auto viaName = Database::open(p);
        QVERIFY(!viaName.ok());
        QCOMPARE(viaName.error().kind, Error::Kind::Conflict);
    }

    void open_hardLinkedFile_notWritten_butReadable()
    {
        const QString p = makeDatabase(u"linked.tilltro"_s);
        const QString alias = path(u"alias.tilltro"_s);
        QVERIFY(::link(QFile::encodeName(p).constData(), QFile::encodeName(alias).constData()) ==
                0);
        const QByteArray before = test::readAll(p);
        for (const QString& name : {p, alias}) {
            for (auto access : {Database::Access::ReadWrite, Database::Access::Shared}) {
                auto db = Database::open(name, access);
                QVERIFY(!db.ok());
                QVERIFY2(db.errorMessage().contains(u"hard links"_s),
                         qPrintable(db.errorMessage()));
            }
            QVERIFY(Database::open(name, Database::Access::ReadOnly).ok());
        }
        QCOMPARE(test::readAll(p), before);
        QVERIFY(!QFile::exists(p + u".lock"_s) || QFileInfo(p + u".lock"_s).size() == 0);
    }

    void open_forEditing_locksTheFileItself()
    {
        const QString p = makeDatabase(u"inode.tilltro"_s);
        const QByteArray native = QFile::encodeName(p);
        auto tryLock = [&] {
            const int fd = ::open(native.constData(), O_RDONLY | O_CLOEXEC);
            const bool locked = fd >= 0 && ::flock(fd, LOCK_EX | LOCK_NB) == 0;
            if (fd >= 0)
                ::close(fd);
            return locked;
        };
        {
            auto db = Database::open(p);
            QVERIFY(db.ok());
            QVERIFY(!tryLock());
        }
        QVERIFY(tryLock());
    }

    // A file refused because of what its WAL holds keeps its WAL: opening never folds it into
    // the main file.
    void open_refusedForWhatTheWalHolds_mainFileAndWalUntouched_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("newer version in the WAL") << u"newer"_s;
        QTest::newRow("damaged main file, WAL pending") << u"damaged"_s;
    }

    void open_refusedForWhatTheWalHolds_mainFileAndWalUntouched()
    {
        QFETCH(QString, kind);
        const QString p = makeDatabase(u"wal-%1.tilltro"_s.arg(kind));
        const QString copy = path(u"wal-%1-copy.tilltro"_s.arg(kind));
        {
            auto db = Database::open(p);
            QVERIFY(db.ok());
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(u"PRAGMA wal_autocheckpoint = 0"_s));
            Handledare h{0, u"Berit"_s, u"Org"_s, false};
            QVERIFY(HandledareRepository(*db.value()).insert(h).ok());
            if (kind == "newer"_L1)
                QVERIFY(q.exec(u"PRAGMA user_version = %1"_s.arg(Database::SchemaVersion + 1)));
            // As a crash would leave them: the main file and its WAL, not checkpointed.
            QVERIFY(QFile::copy(p, copy));
            QVERIFY(QFile::copy(p + u"-wal"_s, copy + u"-wal"_s));
        }
        QVERIFY(QFileInfo(copy + u"-wal"_s).size() > 0);
        if (kind == "damaged"_L1)
            QVERIFY(test::damageTable(copy, u"participant"_s));
        const QByteArray main = test::readAll(copy);
        const QByteArray wal = test::readAll(copy + u"-wal"_s);
        for (auto access : {Database::Access::ReadWrite, Database::Access::Inspect}) {
            auto db = Database::open(copy, access);
            QVERIFY(!db.ok());
            QVERIFY2(db.errorMessage().contains(u"has not been changed"_s),
                     qPrintable(db.errorMessage()));
            QCOMPARE(test::readAll(copy), main);
            QCOMPARE(test::readAll(copy + u"-wal"_s), wal);
        }
    }

    void open_readOnly_interruptedChangePending_saysSoAndTouchesNothing()
    {
        const QString p = makeDatabase(u"hot.tilltro"_s);
        QVERIFY(test::writeFile(p + u"-journal"_s, QByteArray(2048, 'j')));
        const QByteArray before = test::readAll(p);
        for (auto access :
             {Database::Access::ReadOnly, Database::Access::Inspect, Database::Access::Shared}) {
            auto db = Database::open(p, access);
            QVERIFY(!db.ok());
            QVERIFY2(db.errorMessage().contains(u"interrupted"_s) &&
                         db.errorMessage().contains(u"opened for editing"_s),
                     qPrintable(db.errorMessage()));
            QVERIFY(!db.errorMessage().contains(u"read-only"_s));
        }
        QCOMPARE(test::readAll(p), before);
        QCOMPARE(test::readAll(p + u"-journal"_s), QByteArray(2048, 'j'));
    }

    void open_newerSchemaVersion_refusedAndByteIdentical()
    {
        const QString p = makeDatabase(u"newer.tilltro"_s);
        QByteArray bytes = test::readAll(p);
        qToBigEndian<qint32>(Database::SchemaVersion + 1, bytes.data() + 60);
        QVERIFY(test::writeFile(p, bytes));
        auto db = Database::open(p);
        QVERIFY(!db.ok());
        QCOMPARE(db.error().kind, Error::Kind::Unsupported);
        QVERIFY(db.errorMessage().contains(u"newer version"_s));
        QCOMPARE(test::readAll(p), bytes);
        auto inspected = Database::open(p, Database::Access::Inspect);
        QVERIFY(!inspected.ok());
        QCOMPARE(test::readAll(p), bytes);
    }

    void open_secondInstance_refusedNamingUserAndHost()
    {
        const QString p = makeDatabase(u"locked.tilltro"_s);
        auto first = Database::open(p);
        QVERIFY2(first.ok(), qPrintable(first.errorMessage()));
        auto second = Database::open(p);
        QVERIFY(!second.ok());
        QCOMPARE(second.error().kind, Error::Kind::Conflict);
        QVERIFY2(second.errorMessage().contains(LockFile::currentUserName()),
                 qPrintable(second.errorMessage()));
        QVERIFY(second.errorMessage().contains(QSysInfo::machineHostName()));
        // Reading alongside is allowed; it takes no lock.
        auto reader = Database::open(p, Database::Access::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
        QVERIFY(reader.value()->isReadOnly());
        first.value().reset();
        auto third = Database::open(p);
        QVERIFY2(third.ok(), qPrintable(third.errorMessage()));
    }

    void write_failingBody_rollsBackEverything()
    {
        auto db = Database::create(path(u"rollback.tilltro"_s));
        QVERIFY(db.ok());
        HandledareRepository repo(*db.value());
        auto result = db.value()->write([&]() -> Result<void> {
            Handledare h{0, u"Första"_s, {}, true};
            if (auto r = repo.insert(h); !r) // nested: a savepoint
                return r;
            return makeError(Error::Kind::Invalid, u"stop"_s);
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.errorMessage(), u"stop"_s);
        QVERIFY(repo.all().value().empty());
    }

    void write_readOnlyDatabase_refused()
    {
        const QString p = makeDatabase(u"ro.tilltro"_s);
        auto db = Database::open(p, Database::Access::ReadOnly);
        QVERIFY(db.ok());
        Handledare h{0, u"Ny"_s, {}, true};
        auto r = HandledareRepository(*db.value()).insert(h);
        QVERIFY(!r.ok());
        QCOMPARE(HandledareRepository(*db.value()).all().value().size(), size_t(1));
    }

    void write_diskFull_clearMessageAndNothingHalfWritten()
    {
        auto db = Database::create(path(u"full.tilltro"_s));
        QVERIFY(db.ok());
        HandledareRepository repo(*db.value());
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        auto result = db.value()->write([&]() -> Result<void> {
            for (int i = 0; i < 2000; ++i) {
                Handledare h{0, u"Handledare med ett långt namn nummer %1"_s.arg(i), {}, true};
                if (auto r = repo.insert(h); !r)
                    return r;
            }
            return {};
        });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Io);
        QVERIFY2(result.errorMessage().contains(u"disk is full"_s),
                 qPrintable(result.errorMessage()));
        QVERIFY(repo.all().value().empty());
        QVERIFY(db.value()->checkIntegrity(true).ok());
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
