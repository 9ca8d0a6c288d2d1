#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <fcntl.h>
#include <future>
#include <sys/stat.h>
#include <unistd.h>

#include "core/exchange/jsonexchange.h"
#include "core/storage/auditlog.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/filesafety.h"
#include "core/storage/lockfile.h"
#include "safetyutil.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

// Files the program writes or reads for the user (issue 11, "Hardening"): every writer refuses
// pipes, devices, folders, symbolic links, missing folders and the database's own companion
// files, and leaves them as they were; readers refuse what is not an ordinary file before
// opening it (a pipe with no writer never blocks); the lock file is never opened through a
// link; a full disk is named as such. Each case crafts the file it is about.
class TestFileSafety : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString folder()
    {
        const QString f = m_dir.filePath(u"t%1"_s.arg(++m_counter));
        QDir().mkpath(f);
        return f;
    }

    static QString makeDemo(const QString& path)
    {
        auto db = Database::create(path);
        if (!db) {
            qWarning() << db.errorMessage();
            return {};
        }
        if (auto r = fillWithDemoData(*db.value()); !r)
            qWarning() << r.errorMessage();
        return path;
    }

    static bool makeFifo(const QString& path)
    {
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
    }

    /// The type bits of `path` itself (a link is not followed); 0 when there is nothing.
    static mode_t typeOf(const QString& path)
    {
        struct stat st {};
        if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
            return 0;
        return st.st_mode & S_IFMT;
    }

    static int exports(Database& db)
    {
        return test::countRows(
            db,
            u"SELECT COUNT(*) FROM audit_log WHERE action = 'export' AND entity = 'participant'"_s);
    }

    static int entries(Database& db)
    {
        return test::countRows(db, u"SELECT COUNT(*) FROM audit_log"_s);
    }

    /// The permission bits of `path`.
    static mode_t modeOf(const QString& path)
    {
        struct stat st {};
        if (::stat(QFile::encodeName(path).constData(), &st) != 0)
            return 0;
        return st.st_mode & 07777;
    }

    /// Records one entry, then writes `bytes` into every file.
    static AuditedContent recordAndWrite(const QByteArray& bytes)
    {
        return [bytes](AuditLog& log, const std::vector<QIODevice*>& out) -> Result<void> {
            if (auto r = log.record(AuditAction::Export, AuditEntity::AuditLog, 0, 0, u"test"_s);
                !r)
                return r;
            for (QIODevice* file : out) {
                if (auto r = writeBytes(*file, bytes); !r)
                    return r;
            }
            return {};
        };
    }

    /// writeAuditedFile() with recordAndWrite().
    static Result<void> auditedWrite(Database& db, const QString& path, const QByteArray& bytes)
    {
        return writeAuditedFiles(db, {UserFile{path}}, recordAndWrite(bytes));
    }

    /// Runs `read` on another thread; should it block on `fifo` (the bug), a writer is opened
    /// so it returns, and the test fails instead of hanging.
    template <typename F> static bool returnsPromptly(const QString& fifo, F read)
    {
        auto done = std::async(std::launch::async, read);
        if (done.wait_for(std::chrono::seconds(10)) == std::future_status::ready)
            return true;
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
        done.wait();
        return false;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // --- the checks themselves --------------------------------------------------------------

    void checkOutputPath_ordinaryFilesPass()
    {
        const QString f = folder();
        QVERIFY(checkOutputPath(f + u"/new.json"_s).ok());
        QVERIFY(test::writeFile(f + u"/old.json"_s, "old"));
        QVERIFY(checkOutputPath(f + u"/old.json"_s).ok());
        // A link the person chose in a file dialog may be written through to an ordinary file.
        QVERIFY(QFile::link(f + u"/old.json"_s, f + u"/link.json"_s));
        QVERIFY(!checkOutputPath(f + u"/link.json"_s).ok());
        QVERIFY(checkOutputPath(f + u"/link.json"_s, {}, true).ok());
        // But never a link to nothing.
        QVERIFY(QFile::link(f + u"/nothing.json"_s, f + u"/dangling.json"_s));
        QVERIFY(!checkOutputPath(f + u"/dangling.json"_s, {}, true).ok());
    }

    void checkOutputPath_refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("fifo") << u"fifo"_s;
        QTest::newRow("char device") << u"device"_s;
        QTest::newRow("folder") << u"folder"_s;
        QTest::newRow("symlink") << u"symlink"_s;
        QTest::newRow("missing folder") << u"missing"_s;
        QTest::newRow("empty") << u"empty"_s;
    }

    void checkOutputPath_refusals()
    {
        QFETCH(QString, kind);
        const QString f = folder();
        QString path;
        Error::Kind expected = Error::Kind::Invalid;
        if (kind == "fifo"_L1) {
            path = f + u"/out.json"_s;
            QVERIFY(makeFifo(path));
        } else if (kind == "device"_L1) {
            path = u"/dev/null"_s;
        } else if (kind == "folder"_L1) {
            path = f;
        } else if (kind == "symlink"_L1) {
            QVERIFY(test::writeFile(f + u"/target"_s, "keep"));
            path = f + u"/out.json"_s;
            QVERIFY(QFile::link(f + u"/target"_s, path));
        } else if (kind == "missing"_L1) {
            path = f + u"/no/such/out.json"_s;
            expected = Error::Kind::NotFound;
        }
        const auto r = checkOutputPath(path);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, expected);
        if (!path.isEmpty())
            QVERIFY2(r.errorMessage().contains(QDir::toNativeSeparators(
                         kind == "missing"_L1 ? QFileInfo(path).absolutePath() : path)),
                     qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(u"othing was written"_s), qPrintable(r.errorMessage()));
    }

    void companionFiles_oneListForEveryName()
    {
        const QString f = folder();
        const QString db = f + u"/c.tilltro"_s;
        const QString canonical = QDir(f).canonicalPath() + u"/c.tilltro"_s;
        QCOMPARE(companionFiles(db),
                 QStringList({canonical, canonical + u"-wal"_s, canonical + u"-shm"_s,
                              canonical + u"-journal"_s, canonical + u".lock"_s}));
        QVERIFY(companionFiles({}).isEmpty());
        // Through "..": the same names.
        QVERIFY(
            isCompanionFile(f + u"/../"_s + QFileInfo(f).fileName() + u"/c.tilltro-journal"_s, db));
        QVERIFY(!isCompanionFile(f + u"/c.tilltro.json"_s, db));
    }

    // The one answer to "is this the database's own file?" (used by every writer through
    // checkOutputPath()): the database, its -wal, -shm, -journal and lock file; nothing else.
    void isCompanionFile_theDatabaseAndItsSideFilesOnly_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("owned");
        QTest::newRow("the database") << u"c.tilltro"_s << true;
        QTest::newRow("-wal") << u"c.tilltro-wal"_s << true;
        QTest::newRow("-shm") << u"c.tilltro-shm"_s << true;
        QTest::newRow("-journal") << u"c.tilltro-journal"_s << true;
        QTest::newRow(".lock") << u"c.tilltro.lock"_s << true;
        QTest::newRow("an export beside it") << u"c.tilltro.json"_s << false;
        QTest::newRow("a longer suffix") << u"c.tilltro-journal2"_s << false;
        QTest::newRow("another database") << u"d.tilltro"_s << false;
        QTest::newRow("another database's journal") << u"d.tilltro-journal"_s << false;
        QTest::newRow("the same name elsewhere") << u"sub/c.tilltro-journal"_s << false;
    }

    void isCompanionFile_theDatabaseAndItsSideFilesOnly()
    {
        QFETCH(QString, name);
        QFETCH(bool, owned);
        const QString f = folder();
        QVERIFY(QDir().mkpath(f + u"/sub"_s));
        auto db = Database::create(f + u"/c.tilltro"_s);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const QString path = f + u"/"_s + name;
        QCOMPARE(isCompanionFile(path, db.value()->path()), owned);
        // Whether the file exists or not.
        if (!QFileInfo::exists(path) && !name.startsWith(u"c.tilltro.lock"_s))
            QVERIFY(test::writeFile(path, "x"));
        QCOMPARE(isCompanionFile(path, db.value()->path()), owned);
        QCOMPARE(checkOutputPath(path, db.value()->path()).ok(), !owned);
    }

    // --- every writer, against the crafted files ---------------------------------------------

    void exportJson_fifoRefusedAndStaysAFifo()
    {
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/c.tilltro"_s));
        QVERIFY(db.ok());
        const QString fifo = f + u"/out.json"_s;
        QVERIFY(makeFifo(fifo));
        const auto r = exchange::exportToFile(*db.value(), fifo);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(fifo), qPrintable(r.errorMessage()));
        QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));
        QCOMPARE(exports(*db.value()), 0);

        // The audit-log CSV and a backup: the same.
        QVERIFY(!exportAuditLogCsv(*db.value(), fifo).ok());
        QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));
        const QString fifo2 = f + u"/backup.tilltro"_s;
        QVERIFY(makeFifo(fifo2));
        QVERIFY(!backupTo(*db.value(), fifo2).ok());
        QCOMPARE(typeOf(fifo2), mode_t(S_IFIFO));
    }

    void exportJson_charDeviceRefusedAndStaysADevice()
    {
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/c.tilltro"_s));
        QVERIFY(db.ok());
        const QString device = u"/dev/null"_s;
        QCOMPARE(typeOf(device), mode_t(S_IFCHR));
        // Checked first: were the check missing, a writer run as root would replace the device.
        QVERIFY(!checkOutputPath(device, db.value()->path()).ok());
        QVERIFY(!exchange::exportToFile(*db.value(), device).ok());
        QVERIFY(!exportAuditLogCsv(*db.value(), device).ok());
        QVERIFY(!backupTo(*db.value(), device).ok());
        QCOMPARE(typeOf(device), mode_t(S_IFCHR));
        QCOMPARE(exports(*db.value()), 0);
    }

    void exportJson_symlinkRefusedTargetUnchanged()
    {
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/c.tilltro"_s));
        QVERIFY(db.ok());
        const QString target = f + u"/precious.txt"_s;
        QVERIFY(test::writeFile(target, "precious"));
        const QString link = f + u"/out.json"_s;
        QVERIFY(QFile::link(target, link));
        const auto r = exchange::exportToFile(*db.value(), link);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"symbolic link"_s), qPrintable(r.errorMessage()));
        QVERIFY(!exportAuditLogCsv(*db.value(), link).ok());
        QCOMPARE(typeOf(link), mode_t(S_IFLNK));
        QCOMPARE(test::readAll(target), QByteArray("precious"));
        QCOMPARE(exports(*db.value()), 0);
    }

    void writers_refuseEveryCompanionName_data()
    {
        QTest::addColumn<QString>("suffix");
        QTest::newRow("the database") << QString();
        QTest::newRow("-wal") << u"-wal"_s;
        QTest::newRow("-shm") << u"-shm"_s;
        QTest::newRow("-journal") << u"-journal"_s;
        QTest::newRow(".lock") << u".lock"_s;
    }

    void writers_refuseEveryCompanionName()
    {
        QFETCH(QString, suffix);
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/c.tilltro"_s));
        QVERIFY(db.ok());
        const QString path = db.value()->path() + suffix;
        const bool existed = QFileInfo::exists(path);
        const QByteArray before = existed ? test::fileHash(path) : QByteArray();
        const QByteArray content = test::contentDigest(*db.value());

        const auto check = checkOutputPath(path, db.value()->path());
        QVERIFY(!check.ok());
        QVERIFY2(check.errorMessage().contains(u"database itself"_s),
                 qPrintable(check.errorMessage()));
        QVERIFY(!exchange::exportToFile(*db.value(), path).ok());
        QVERIFY(!exportAuditLogCsv(*db.value(), path).ok());
        if (!existed) { // backups never overwrite: only a free companion name is at stake
            const auto backup = backupTo(*db.value(), path);
            QVERIFY(!backup.ok());
            QVERIFY2(backup.errorMessage().contains(u"database itself"_s),
                     qPrintable(backup.errorMessage()));
        }
        QCOMPARE(QFileInfo::exists(path), existed);
        if (existed && suffix != "-wal"_L1 && suffix != "-shm"_L1)
            QCOMPARE(test::fileHash(path), before);
        QCOMPARE(test::contentDigest(*db.value()), content);
        QCOMPARE(exports(*db.value()), 0);
        QVERIFY(db.value()->checkIntegrity(true).ok());
    }

    void writers_refuseAHardLinkToTheDatabase()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/c.tilltro"_s);
        // Opened first: a database that already has a second name is not opened for editing.
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(::link(QFile::encodeName(path).constData(),
                       QFile::encodeName(f + u"/alias.json"_s).constData()) == 0);
        QVERIFY(!exchange::exportToFile(*db.value(), f + u"/alias.json"_s).ok());
        QVERIFY(db.value()->checkIntegrity(true).ok());
    }

    void writers_missingFolderRefused()
    {
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/c.tilltro"_s));
        QVERIFY(db.ok());
        const auto r = exchange::exportToFile(*db.value(), f + u"/no/such/out.json"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFileInfo::exists(f + u"/no"_s));
    }

    void writers_newNameAndExistingFileAccepted()
    {
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/c.tilltro"_s));
        QVERIFY(db.ok());
        QVERIFY(exchange::exportToFile(*db.value(), f + u"/new.json"_s).ok());
        QVERIFY(test::readAll(f + u"/new.json"_s).startsWith("{"));
        QVERIFY(test::writeFile(f + u"/old.json"_s, "old"));
        QVERIFY(exchange::exportToFile(*db.value(), f + u"/old.json"_s).ok());
        QVERIFY(test::readAll(f + u"/old.json"_s).startsWith("{"));
        QVERIFY(exportAuditLogCsv(*db.value(), f + u"/log.csv"_s).ok());
    }

    // --- readers ------------------------------------------------------------------------------

    void checkInputPath_refusesWhatIsNotAnOrdinaryFile()
    {
        const QString f = folder();
        const QString fifo = f + u"/in.json"_s;
        QVERIFY(makeFifo(fifo));
        for (const QString& path : {fifo, u"/dev/null"_s, u"/dev/zero"_s, f}) {
            const auto r = checkInputPath(path);
            QVERIFY2(!r.ok(), qPrintable(path));
            QCOMPARE(r.error().kind, Error::Kind::Invalid);
            QVERIFY2(r.errorMessage().contains(QDir::toNativeSeparators(path)),
                     qPrintable(r.errorMessage()));
        }
        const auto missing = checkInputPath(f + u"/none.json"_s);
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QVERIFY(test::writeFile(f + u"/ok.json"_s, "{}"));
        QVERIFY(checkInputPath(f + u"/ok.json"_s).ok());
        QFile file;
        QVERIFY(openInputFile(file, f + u"/ok.json"_s).ok());
        QCOMPARE(file.readAll(), QByteArray("{}"));
        QFile pipe;
        QVERIFY(!openInputFile(pipe, fifo).ok());
        QVERIFY(!pipe.isOpen());
    }

    void importJson_fifoWithNoWriterRefusedPromptly()
    {
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/c.tilltro"_s));
        QVERIFY(db.ok());
        const QString fifo = f + u"/in.json"_s;
        QVERIFY(makeFifo(fifo));
        QElapsedTimer timer;
        timer.start();
        Error error;
        bool refused = false;
        QVERIFY(returnsPromptly(fifo, [&]() {
            auto r = exchange::importFile(*db.value(), fifo);
            refused = !r.ok();
            if (!r.ok())
                error = r.error();
        }));
        QVERIFY(refused);
        QCOMPARE(error.kind, Error::Kind::Invalid);
        QVERIFY2(error.message.contains(fifo), qPrintable(error.message));
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(typeOf(fifo), mode_t(S_IFIFO));

        // importInto (the command line) and restoring a "backup" that is a pipe: the same.
        bool intoRefused = false;
        QVERIFY(returnsPromptly(fifo, [&]() {
            intoRefused = !exchange::importInto(f + u"/new.tilltro"_s, fifo).ok();
        }));
        QVERIFY(intoRefused);
        QVERIFY(!QFileInfo::exists(f + u"/new.tilltro"_s));
        bool restoreRefused = false;
        QVERIFY(returnsPromptly(fifo, [&]() {
            restoreRefused = !restoreAsCopy(fifo, f + u"/restored.tilltro"_s).ok();
        }));
        QVERIFY(restoreRefused);
        QVERIFY(!QFileInfo::exists(f + u"/restored.tilltro"_s));
    }

    // --- the lock file ------------------------------------------------------------------------

    void lockFile_symlinkRefusedTargetUntouched()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/c.tilltro"_s);
        const QString victim = f + u"/victim.txt"_s;
        QVERIFY(test::writeFile(victim, "precious"));
        QVERIFY(QFile::link(victim, path + u".lock"_s));

        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QVERIFY2(db.errorMessage().contains(u"lock file"_s), qPrintable(db.errorMessage()));
        QCOMPARE(test::readAll(victim), QByteArray("precious"));
        QCOMPARE(typeOf(path + u".lock"_s), mode_t(S_IFLNK));

        // A link to a file that does not exist yet is not followed either.
        QVERIFY(QFile::remove(path + u".lock"_s));
        QVERIFY(QFile::link(f + u"/made-by-lock"_s, path + u".lock"_s));
        LockFile lock(path + u".lock"_s);
        QVERIFY(!lock.acquire().ok());
        QVERIFY(!QFileInfo::exists(f + u"/made-by-lock"_s));
    }

    void lockFile_fifoOrHardLinkRefusedUntouched()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/c.tilltro"_s);
        QVERIFY(makeFifo(path + u".lock"_s));
        QElapsedTimer timer;
        timer.start();
        {
            LockFile lock(path + u".lock"_s);
            QVERIFY(!lock.acquire().ok());
        }
        QVERIFY(timer.elapsed() < 5000);
        QCOMPARE(typeOf(path + u".lock"_s), mode_t(S_IFIFO));

        QVERIFY(QFile::remove(path + u".lock"_s));
        const QString victim = f + u"/victim.txt"_s;
        QVERIFY(test::writeFile(victim, "precious"));
        QVERIFY(::link(QFile::encodeName(victim).constData(),
                       QFile::encodeName(path + u".lock"_s).constData()) == 0);
        auto db = Database::open(path);
        QVERIFY(!db.ok());
        QCOMPARE(test::readAll(victim), QByteArray("precious"));

        // Once the stray file is gone, the database opens and its lock is taken as before.
        QVERIFY(QFile::remove(path + u".lock"_s));
        auto again = Database::open(path);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        QCOMPARE(typeOf(path + u".lock"_s), mode_t(S_IFREG));
    }

    // --- writeAuditedFiles(): the one way a file the person chose is written -------------------

    void auditedWrite_newAndReplacedFiles_ownerOnly_recorded()
    {
        const QString f = folder();
        auto db = Database::create(f + u"/w.tilltro"_s);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const QString out = f + u"/out"_s;
        QVERIFY(QDir().mkpath(out));
        const QString fresh = out + u"/new.csv"_s;
        const QString old = out + u"/old.csv"_s;
        QVERIFY(test::writeFile(old, "an earlier export"));
        QVERIFY(::chmod(QFile::encodeName(old).constData(), 0644) == 0);
        const int before = entries(*db.value());

        auto r = auditedWrite(*db.value(), fresh, "fresh");
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        r = auditedWrite(*db.value(), old, "replaced");
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));

        QCOMPARE(test::readAll(fresh), QByteArray("fresh"));
        QCOMPARE(test::readAll(old), QByteArray("replaced"));
        QCOMPARE(modeOf(fresh), mode_t(0600));
        QCOMPARE(modeOf(old), mode_t(0600)); // not the 0644 of the file it replaced
        QCOMPARE(entries(*db.value()), before + 2);
        QCOMPARE(test::filesIn(out), (QStringList{u"new.csv"_s, u"old.csv"_s})); // no leftovers
    }

    void auditedWrite_auditFails_existingFileKept_nothingRecorded_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("read-only database") << u"read-only"_s;
        QTest::newRow("the entry breaks the commit") << u"trap"_s;
        QTest::newRow("the commit fails") << u"commit"_s;
        QTest::newRow("an error after the entry") << u"content"_s;
    }

    // The entry cannot be recorded: the file the person wanted to replace stays as it was, no
    // new file or temporary file is left, and the log has nothing.
    void auditedWrite_auditFails_existingFileKept_nothingRecorded()
    {
        QFETCH(QString, how);
        const QString f = folder();
        const QString path = f + u"/w.tilltro"_s;
        QVERIFY(Database::create(path).ok());
        auto db = Database::open(path, how == "read-only"_L1 ? Database::Access::ReadOnly
                                                             : Database::Access::ReadWrite);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        if (how == "trap"_L1)
            QVERIFY(test::failCommitsRecordingAnExport(*db.value()));
        const QString out = f + u"/out"_s;
        QVERIFY(QDir().mkpath(out));
        const QString target = out + u"/log.csv"_s;
        QVERIFY(test::writeFile(target, "an earlier export"));
        const int before = entries(*db.value());

        Result<void> r;
        if (how == "commit"_L1) {
            bool placedBeforeCommit = true;
            test::FailingCommit failing(*db.value(), [&] {
                placedBeforeCommit = test::readAll(target) != "an earlier export";
            });
            if (!failing.ok())
                QSKIP("SQLite's commit hook cannot be reached");
            r = auditedWrite(*db.value(), target, "new");
            QVERIFY(!placedBeforeCommit);
        } else if (how == "content"_L1) {
            r = writeAuditedFiles(
                *db.value(), {UserFile{target}},
                [](AuditLog& log, const std::vector<QIODevice*>& files) {
                    if (auto e = log.record(AuditAction::Export, AuditEntity::AuditLog, 0, 0); !e)
                        return e;
                    if (auto e = writeBytes(*files.front(), "new"); !e)
                        return e;
                    return Result<void>(makeError(Error::Kind::Io, u"no"_s));
                });
        } else {
            r = auditedWrite(*db.value(), target, "new");
        }
        QVERIFY(!r.ok());
        if (how == "read-only"_L1)
            QVERIFY2(r.errorMessage().contains(u"read-only"_s), qPrintable(r.errorMessage()));
        QCOMPARE(test::readAll(target), QByteArray("an earlier export"));
        QCOMPARE(test::filesIn(out), QStringList{u"log.csv"_s});
        QCOMPARE(entries(*db.value()), before);
    }

    void auditedWrite_fileWriteFails_existingFileKept_nothingRecorded_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("folder not writable") << u"folder"_s;
        QTest::newRow("a folder no one writes in (/proc)") << u"proc"_s;
        QTest::newRow("disk full") << u"full"_s;
    }

    void auditedWrite_fileWriteFails_existingFileKept_nothingRecorded()
    {
        QFETCH(QString, how);
        const QString f = folder();
        auto db = Database::create(f + u"/w.tilltro"_s);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const QString out = f + u"/out"_s;
        QVERIFY(QDir().mkpath(out));
        QString target = out + u"/log.csv"_s;
        QVERIFY(test::writeFile(target, "an earlier export"));
        const int before = entries(*db.value());
        const QByteArray big(1024 * 1024, 'x');

        Result<void> r;
        if (how == "folder"_L1) {
            QVERIFY(::chmod(QFile::encodeName(out).constData(), 0500) == 0);
            if (::access(QFile::encodeName(out).constData(), W_OK) == 0) {
                ::chmod(QFile::encodeName(out).constData(), 0700);
                QSKIP("running with rights that ignore folder permissions (root)");
            }
            r = auditedWrite(*db.value(), target, big);
            ::chmod(QFile::encodeName(out).constData(), 0700);
            QVERIFY2(r.errorMessage().contains(u"Cannot write"_s), qPrintable(r.errorMessage()));
        } else if (how == "proc"_L1) {
            const QString proc = u"/proc/self/tilltro-test.csv"_s;
            QVERIFY(checkOutputPath(proc).ok()); // a new name in an existing folder
            r = auditedWrite(*db.value(), proc, big);
            QVERIFY(!QFileInfo::exists(proc));
        } else {
            test::FileSizeLimit full{rlim_t(256 * 1024)};
            QVERIFY(full.ok());
            r = auditedWrite(*db.value(), target, big);
        }
        QVERIFY(!r.ok());
        if (how == "full"_L1)
            QVERIFY2(r.errorMessage().contains(u"disk is full"_s), qPrintable(r.errorMessage()));
        QCOMPARE(test::readAll(target), QByteArray("an earlier export"));
        QCOMPARE(test::filesIn(out), QStringList{u"log.csv"_s});
        QCOMPARE(entries(*db.value()), before);
    }

    // Not to be replaced: an existing file is refused before anything happens, and one that
    // appears while the content is written is refused before the commit and left as it is.
    void auditedWrite_noReplace_existingOrAppearingFileRefusedUntouched()
    {
        const QString f = folder();
        auto db = Database::create(f + u"/w.tilltro"_s);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const QString first = f + u"/a.json"_s;
        const QString second = f + u"/a.pdf"_s;
        const int before = entries(*db.value());

        QVERIFY(test::writeFile(second, "an earlier extract"));
        bool ran = false;
        auto r = writeAuditedFiles(*db.value(), {UserFile{first, false}, UserFile{second, false}},
                                   [&](AuditLog&, const std::vector<QIODevice*>&) {
                                       ran = true;
                                       return Result<void>();
                                   });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QVERIFY2(r.errorMessage().contains(u"already exists"_s), qPrintable(r.errorMessage()));
        QVERIFY(!ran);
        QVERIFY(QFile::remove(second));

        const AuditedContent write = recordAndWrite("new");
        r = writeAuditedFiles(*db.value(), {UserFile{first, false}, UserFile{second, false}},
                              [&](AuditLog& log, const std::vector<QIODevice*>& out) {
                                  if (auto e = write(log, out); !e)
                                      return e;
                                  test::writeFile(second, "made meanwhile");
                                  return Result<void>();
                              });
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QCOMPARE(test::readAll(second), QByteArray("made meanwhile"));
        QVERIFY(!QFileInfo::exists(first));
        QCOMPARE(test::filesIn(f).filter(u"a."_s), QStringList{u"a.pdf"_s});
        QCOMPARE(entries(*db.value()), before);
    }

    // The one step after the commit, putting the files in place, fails (a folder took the
    // second name at that moment): the first, new, file is taken back, the entry stays (the
    // log never misses what may have been handed out) and the message says so.
    void auditedWrite_putInPlaceFailsAfterCommit_newFilesTakenBack_entryKept_saidSo()
    {
        const QString f = folder();
        auto db = Database::create(f + u"/w.tilltro"_s);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const QString first = f + u"/b.json"_s;
        const QString second = f + u"/b.pdf"_s;
        const int before = entries(*db.value());
        const AuditedContent write = recordAndWrite("new");
        auto r = writeAuditedFiles(*db.value(), {UserFile{first}, UserFile{second}},
                                   [&](AuditLog& log, const std::vector<QIODevice*>& out) {
                                       QDir().mkpath(second + u"/kept"_s);
                                       return write(log, out);
                                   });
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"recorded in the log"_s), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QDir::toNativeSeparators(second)),
                 qPrintable(r.errorMessage()));
        QVERIFY(!QFileInfo::exists(first));
        QCOMPARE(test::filesIn(f).filter(u"b."_s), QStringList());
        QCOMPARE(entries(*db.value()), before + 1);
        QVERIFY(QDir(second).removeRecursively());
    }

    // Inside another transaction the commit would not be the one that counts: refused.
    void auditedWrite_insideATransaction_refused()
    {
        const QString f = folder();
        auto db = Database::create(f + u"/w.tilltro"_s);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const QString target = f + u"/nested.csv"_s;
        Result<void> inner;
        const auto outer = db.value()->write([&]() -> Result<void> {
            inner = auditedWrite(*db.value(), target, "nested");
            return {};
        });
        QVERIFY(outer.ok());
        QVERIFY(!inner.ok());
        QVERIFY(!QFileInfo::exists(target));
        QCOMPARE(test::filesIn(f).filter(u"nested"_s), QStringList());
    }

    void auditedWrite_refusesTheDatabasesOwnFiles_nothingRecorded()
    {
        const QString f = folder();
        auto db = Database::create(f + u"/w.tilltro"_s);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const int before = entries(*db.value());
        for (const QString& suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
            const auto r = auditedWrite(*db.value(), db.value()->path() + suffix, "x");
            QVERIFY(!r.ok());
            QVERIFY2(r.errorMessage().contains(u"database itself"_s), qPrintable(r.errorMessage()));
        }
        QCOMPARE(entries(*db.value()), before);
        QVERIFY(!QFileInfo::exists(db.value()->path() + u"-journal"_s));
        QVERIFY(db.value()->checkIntegrity(true).ok());
    }

    // The same, without a database and without an entry (a PDF while the database is open
    // read-only).
    void writeOwnerOnlyFile_replacesOwnerOnly_refusesTheDatabase()
    {
        const QString f = folder();
        const QString target = f + u"/plan.pdf"_s;
        QVERIFY(test::writeFile(target, "old"));
        QVERIFY(::chmod(QFile::encodeName(target).constData(), 0644) == 0);
        QVERIFY(writeOwnerOnlyFile(target, "new").ok());
        QCOMPARE(test::readAll(target), QByteArray("new"));
        QCOMPARE(modeOf(target), mode_t(0600));

        auto db = Database::create(f + u"/w.tilltro"_s);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QVERIFY(
            !writeOwnerOnlyFile(db.value()->path() + u"-journal"_s, "x", db.value()->path()).ok());
        QVERIFY(!QFileInfo::exists(db.value()->path() + u"-journal"_s));
        {
            test::FileSizeLimit full{rlim_t(1024)};
            QVERIFY(full.ok());
            const auto r = writeOwnerOnlyFile(target, QByteArray(64 * 1024, 'x'));
            QVERIFY(!r.ok());
            QVERIFY2(r.errorMessage().contains(u"disk is full"_s), qPrintable(r.errorMessage()));
        }
        QCOMPARE(test::readAll(target), QByteArray("new"));
        QCOMPARE(test::filesIn(f).filter(u"plan"_s), QStringList{u"plan.pdf"_s});
    }

    // --- disk full ------------------------------------------------------------------------------

    void exportJson_diskFull_saysSoAndNamesTheFile()
    {
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/c.tilltro"_s));
        QVERIFY(db.ok());
        const QString out = f + u"/out"_s;
        QVERIFY(QDir().mkpath(out));
        const QString path = out + u"/all.json"_s;
        Result<exchange::ExportSummary> r = makeError(Error::Kind::Io, {});
        {
            // Every file this process writes is capped, as on a full disk (the database's
            // few pages of audit entries still fit).
            test::FileSizeLimit full{rlim_t(50000)};
            QVERIFY(full.ok());
            r = exchange::exportToFile(*db.value(), path);
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Io);
        QVERIFY2(r.errorMessage().contains(u"disk is full"_s), qPrintable(r.errorMessage()));
        QVERIFY2(r.errorMessage().contains(QDir::toNativeSeparators(path)),
                 qPrintable(r.errorMessage()));
        QCOMPARE(test::filesIn(out).filter(u"all.json"_s), QStringList());
        QCOMPARE(exports(*db.value()), 0);
        // Space again: it works.
        QVERIFY(exchange::exportToFile(*db.value(), path).ok());
    }

    void diskFullError_namesTheFile()
    {
        const Error e = diskFullError(u"/tmp/x.pdf"_s);
        QCOMPARE(e.kind, Error::Kind::Io);
        QVERIFY(e.message.contains(u"disk is full"_s));
        QVERIFY(e.message.contains(u"/tmp/x.pdf"_s));
    }

    void isDatabaseBeingCreated_emptyFileBesideItsLock()
    {
        const QString f = folder();
        const QString db = f + u"/new.tilltro"_s;
        QVERIFY(test::writeFile(db, {}));
        // Empty, just made, and its creator holds the lock: being created.
        QVERIFY(test::writeFile(db + u".lock"_s, {}));
        QVERIFY(isDatabaseBeingCreated(db));
        const Error e = beingCreatedError(db);
        QCOMPARE(e.kind, Error::Kind::Conflict);
        QVERIFY2(e.message.contains(u"creating the database"_s), qPrintable(e.message));
        QVERIFY(e.message.contains(db));
        // Without the lock it waits a moment for one, then says no.
        QVERIFY(QFile::remove(db + u".lock"_s));
        QElapsedTimer timer;
        timer.start();
        QVERIFY(!isDatabaseBeingCreated(db));
        QVERIFY(timer.elapsed() < 5000);
        // A lock file appearing meanwhile (the creator taking its lock): yes.
        auto appears = std::async(std::launch::async, [&] {
            QThread::msleep(100);
            return test::writeFile(db + u".lock"_s, {});
        });
        QVERIFY(isDatabaseBeingCreated(db));
        QVERIFY(appears.get());
    }

    void isDatabaseBeingCreated_notForOtherFiles()
    {
        const QString f = folder();
        // Not empty: whatever it is, it is not being made by create() (which writes whole pages
        // with the header first).
        const QString text = f + u"/text.tilltro"_s;
        QVERIFY(test::writeFile(text, "just some text"));
        QVERIFY(test::writeFile(text + u".lock"_s, {}));
        QVERIFY(!isDatabaseBeingCreated(text));
        // Empty but left long ago (an interrupted creation), even beside a lock file.
        const QString old = f + u"/old.tilltro"_s;
        QVERIFY(test::writeFile(old, {}));
        QVERIFY(test::writeFile(old + u".lock"_s, {}));
        {
            QFile file(old);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600),
                                     QFileDevice::FileModificationTime));
        }
        QVERIFY(!isDatabaseBeingCreated(old));
        // Missing, a folder, a sound database.
        QVERIFY(!isDatabaseBeingCreated(f + u"/missing.tilltro"_s));
        QVERIFY(!isDatabaseBeingCreated(f));
        const QString sound = f + u"/sound.tilltro"_s;
        QVERIFY(Database::create(sound).ok());
        QVERIFY(!isDatabaseBeingCreated(sound));
    }
};

QTEST_GUILESS_MAIN(TestFileSafety)
#include "tst_filesafety.moc"
