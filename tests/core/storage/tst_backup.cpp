#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include <unistd.h>

#include "cliutil.h"
#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/erasure.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "safetyutil.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

// Backups (backupTo, rotating automatic backups, restore as a copy), the files Database::open
// refuses, and disk full. `tilltro backup` is driven through the real executable.
class TestBackup : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    /// A fresh folder for one test.
    QString folder()
    {
        const QString f = m_dir.filePath(u"t%1"_s.arg(++m_counter));
        QDir().mkpath(f);
        return f;
    }

    /// A closed database of fictional deltagare.
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

    static QByteArray digestOf(const QString& path)
    {
        auto db = Database::open(path, Database::Access::ReadOnly);
        if (!db) {
            qWarning() << db.errorMessage();
            return {};
        }
        return test::contentDigest(*db.value());
    }

    static QFile::Permissions groupOrOther()
    {
        return QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup | QFile::ReadOther |
               QFile::WriteOther | QFile::ExeOther;
    }

    static void addParticipant(Database& db, const QString& code)
    {
        Participant p;
        p.code = code;
        p.name = u"Ny Person"_s;
        p.startDate = QDate(2026, 1, 1);
        QVERIFY2(ParticipantRepository(db).insert(p).ok(), qPrintable(code));
    }

    using Run = test::CliRun;

    static Run run(const QStringList& args)
    {
        return test::runTilltro(args + QStringList{u"--lang"_s, u"en"_s}, 60000);
    }

    /// Makes the file fail quick_check while its header stays valid: the b-tree page of the
    /// answer table's root gets an invalid page type.
    static bool corruptBtreePage(const QString& path)
    {
        int rootPage = 0;
        {
            auto db = Database::open(path, Database::Access::ReadOnly);
            if (!db)
                return false;
            QSqlQuery q(db.value()->connection());
            if (!q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'answer'"_s) || !q.next())
                return false;
            rootPage = q.value(0).toInt();
        }
        QByteArray bytes = test::readAll(path);
        const int pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
        const qsizetype offset = qsizetype(rootPage - 1) * pageSize;
        if (rootPage < 2 || offset + pageSize > bytes.size())
            return false;
        bytes[offset] = char(0x07);     // not one of 2, 5, 10, 13
        bytes[offset + 3] = char(0x7f); // absurd cell count
        return test::writeFile(path, bytes);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { Clock::resetForTests(); }

    // --- backupTo ----------------------------------------------------------------------------

    void backupTo_whileOpenForEditing_isAConsistentOwnerOnlyCopy()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        addParticipant(*db.value(), u"NY-1"_s); // committed, still only in the WAL
        const QByteArray expected = test::contentDigest(*db.value());

        const QString target = f + u"/copy.tilltro"_s;
        auto r = backupTo(*db.value(), target);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(QFileInfo(target).permissions() & groupOrOther(), QFile::Permissions());
        // Only the copy was added: no temporary or journal file is left beside it.
        QCOMPARE(test::filesIn(f), (QStringList{u"caseload.tilltro"_s, u"caseload.tilltro-shm"_s,
                                                u"caseload.tilltro-wal"_s,
                                                u"caseload.tilltro.lock"_s, u"copy.tilltro"_s}));
        // A self-contained file, not WAL: usable on its own, opened like any database.
        const QByteArray header = test::readAll(target).left(20);
        QCOMPARE(int(header[18]), 1);
        QCOMPARE(digestOf(target), expected);
        {
            auto copy = Database::open(target, Database::Access::ReadOnly);
            QVERIFY2(copy.ok(), qPrintable(copy.errorMessage()));
            QVERIFY(copy.value()->checkIntegrity(true).ok());
            QCOMPARE(copy.value()->schemaVersion(), Database::SchemaVersion);
        }
        // The working database goes on as before.
        addParticipant(*db.value(), u"NY-2"_s);
        QVERIFY(digestOf(target) == expected);
    }

    void backupTo_readOnlyConnection_worksWhileAnotherEdits()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        auto editor = Database::open(path);
        QVERIFY(editor.ok());
        addParticipant(*editor.value(), u"NY-1"_s);
        auto reader = Database::open(path, Database::Access::ReadOnly);
        QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
        const QString target = f + u"/copy.tilltro"_s;
        auto r = backupTo(*reader.value(), target);
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(digestOf(target), test::contentDigest(*editor.value()));
    }

    void backupTo_takesCommittedDataOnly()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        auto editor = Database::open(path);
        QVERIFY(editor.ok());
        auto reader = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(reader.ok());
        const QByteArray before = test::contentDigest(*reader.value());
        const QString target = f + u"/copy.tilltro"_s;
        Result<void> backedUp;
        auto written = editor.value()->write([&]() -> Result<void> {
            addParticipant(*editor.value(), u"HALVFÄRDIG"_s);
            backedUp = backupTo(*reader.value(), target); // while the write is open
            return {};
        });
        QVERIFY(written.ok());
        QVERIFY2(backedUp.ok(), qPrintable(backedUp.errorMessage()));
        QCOMPARE(digestOf(target), before);
    }

    void backupTo_existingTarget_refusedAndUntouched()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const QString target = f + u"/keep.tilltro"_s;
        QVERIFY(test::writeFile(target, "mine"));
        auto r = backupTo(*db.value(), target);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Conflict);
        QVERIFY2(r.errorMessage().contains(u"already exists"_s), qPrintable(r.errorMessage()));
        QCOMPARE(test::readAll(target), QByteArray("mine"));
        QCOMPARE(test::filesIn(f).filter(u".part"_s), QStringList());
    }

    void backupTo_theDatabaseItself_refused()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const QByteArray before = test::contentDigest(*db.value());
        QVERIFY(QFile::link(path, f + u"/alias.tilltro"_s));
        const QStringList targets{
            path, QString(f + u"/../"_s + QFileInfo(f).fileName() + u"/caseload.tilltro"_s),
            QString(f + u"/alias.tilltro"_s)};
        for (const QString& target : targets) {
            auto r = backupTo(*db.value(), target);
            QVERIFY2(!r.ok(), qPrintable(target));
            QVERIFY2(r.errorMessage().contains(u"database itself"_s), qPrintable(r.errorMessage()));
        }
        QCOMPARE(test::contentDigest(*db.value()), before);
        QVERIFY(db.value()->checkIntegrity(true).ok());
    }

    void backupTo_missingFolder_refused()
    {
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/caseload.tilltro"_s));
        QVERIFY(db.ok());
        auto r = backupTo(*db.value(), f + u"/no/such/folder/copy.tilltro"_s);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::NotFound);
        QVERIFY(!QFileInfo::exists(f + u"/no"_s));
    }

    void backupTo_diskFull_failsCleanlyAndLeavesNoFile_data()
    {
        QTest::addColumn<int>("limit");
        QTest::newRow("limit inside a page") << 50001;
        QTest::newRow("limit at a page boundary") << 49152;
    }

    void backupTo_diskFull_failsCleanlyAndLeavesNoFile()
    {
        QFETCH(int, limit);
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        const QByteArray before = test::contentDigest(*db.value());
        const QString out = f + u"/out"_s;
        QVERIFY(QDir().mkpath(out));
        Result<void> r;
        {
            // Every file this process writes is capped, as on a full disk.
            test::FileSizeLimit full{rlim_t(limit)};
            QVERIFY(full.ok());
            r = backupTo(*db.value(), out + u"/copy.tilltro"_s);
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Io);
        QVERIFY2(r.errorMessage().contains(u"Nothing was written"_s) ||
                     r.errorMessage().contains(u"nothing was written"_s),
                 qPrintable(r.errorMessage()));
        QCOMPARE(test::filesIn(out), QStringList());
        QCOMPARE(test::contentDigest(*db.value()), before);
        // And once there is space again it works.
        QVERIFY(backupTo(*db.value(), out + u"/copy.tilltro"_s).ok());
        QCOMPARE(digestOf(out + u"/copy.tilltro"_s), before);
    }

    // --- rotating automatic backups -----------------------------------------------------------

    void rotateBackups_keepsTheNewestFiveAndNeverTouchesOtherFiles()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        const QString backups = backupFolderFor(path);
        QCOMPARE(backups, f + u"/backups"_s);
        QVERIFY(QDir().mkpath(backups));
        const QStringList others{u"caseload-manual.tilltro"_s, u"notes.txt"_s,
                                 u"other-20200101-000000.tilltro"_s,
                                 u"caseload-2020010-000000.tilltro"_s,
                                 u".caseload-20260101-000000.tilltro.Ab12Cd.part"_s};
        for (const QString& name : others)
            QVERIFY(test::writeFile(backups + u'/' + name, name.toUtf8()));
        // Left by a backup that was killed two hours ago: cleaned up.
        const QString stale = backups + u"/.caseload-20250101-000000.tilltro.Xy34Zw.part"_s;
        QVERIFY(test::writeFile(stale, "half a backup"));
        {
            QFile file(stale);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTimeUtc().addSecs(-7200),
                                     QFileDevice::FileModificationTime));
        }
        QFile::setPermissions(backups, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

        auto db = Database::open(path);
        QVERIFY(db.ok());
        QStringList made;
        for (int i = 0; i < 7; ++i) {
            Clock::setFixedForTests(QDateTime(QDate(2026, 3, 1 + i), QTime(9, 30, 5)));
            auto r = rotateBackups(*db.value(), backups);
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
            made << QFileInfo(r.value()).fileName();
            addParticipant(*db.value(), u"NY-%1"_s.arg(i));
        }
        QCOMPARE(made.first(), u"caseload-20260301-093005.tilltro"_s);
        const std::vector<BackupInfo> list = listBackups(backups, u"caseload"_s);
        QCOMPARE(list.size(), size_t(5));
        for (size_t i = 0; i < list.size(); ++i) {
            QCOMPARE(QFileInfo(list[i].path).fileName(), made[6 - int(i)]); // newest first
            QCOMPARE(list[i].databaseName, u"caseload"_s);
            QCOMPARE(list[i].created, QDateTime(QDate(2026, 3, 7 - int(i)), QTime(9, 30, 5)));
            QCOMPARE(QFileInfo(list[i].path).permissions() & groupOrOther(), QFile::Permissions());
        }
        for (const QString& name : others)
            QCOMPARE(test::readAll(backups + u'/' + name), name.toUtf8());
        QVERIFY(!QFileInfo::exists(stale));
        // The newest backup has everything but the participant added after it.
        QCOMPARE(test::countRows(*Database::open(list[0].path, Database::Access::ReadOnly).value(),
                                 u"SELECT COUNT(*) FROM participant WHERE code LIKE 'NY-%'"_s),
                 6);
    }

    void rotateBackups_createsAnOwnerOnlyFolder()
    {
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/caseload.tilltro"_s));
        QVERIFY(db.ok());
        auto r = rotateBackups(*db.value(), backupFolderFor(db.value()->path()));
        QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
        QCOMPARE(QFileInfo(f + u"/backups"_s).permissions() & groupOrOther(), QFile::Permissions());
        QCOMPARE(QFileInfo(r.value()).absolutePath(), f + u"/backups"_s);
    }

    void rotateBackups_sameSecond_addsASequenceNumber()
    {
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/caseload.tilltro"_s));
        QVERIFY(db.ok());
        Clock::setFixedForTests(QDateTime(QDate(2026, 3, 1), QTime(9, 0)));
        QStringList names;
        for (int i = 0; i < 3; ++i) {
            auto r = rotateBackups(*db.value(), f + u"/backups"_s);
            QVERIFY2(r.ok(), qPrintable(r.errorMessage()));
            names << QFileInfo(r.value()).fileName();
        }
        QCOMPARE(names, (QStringList{u"caseload-20260301-090000.tilltro"_s,
                                     u"caseload-20260301-090000-2.tilltro"_s,
                                     u"caseload-20260301-090000-3.tilltro"_s}));
        const auto list = listBackups(f + u"/backups"_s);
        QCOMPARE(list.size(), size_t(3));
        QCOMPARE(list[0].sequence, 3);
        QCOMPARE(list[2].sequence, 0);
        // Pruning within the same second never frees a name for reuse: the numbers go on, so
        // the newest is always the one with the highest number.
        for (int i = 0; i < 4; ++i) {
            auto r = rotateBackups(*db.value(), f + u"/backups"_s, 2);
            QVERIFY(r.ok());
            QCOMPARE(QFileInfo(r.value()).fileName(),
                     u"caseload-20260301-090000-%1.tilltro"_s.arg(4 + i));
            QCOMPARE(listBackups(f + u"/backups"_s).front().path, r.value());
        }
        QCOMPARE(listBackups(f + u"/backups"_s).size(), size_t(2));
    }

    void rotateBackups_clockTurnedBack_keepsTheNewBackup()
    {
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/caseload.tilltro"_s));
        QVERIFY(db.ok());
        for (int i = 0; i < 5; ++i) {
            Clock::setFixedForTests(QDateTime(QDate(2030, 1, 1 + i), QTime(12, 0)));
            QVERIFY(rotateBackups(*db.value(), f + u"/backups"_s).ok());
        }
        Clock::setFixedForTests(QDateTime(QDate(2026, 1, 1), QTime(12, 0)));
        auto r = rotateBackups(*db.value(), f + u"/backups"_s);
        QVERIFY(r.ok());
        QVERIFY(QFileInfo::exists(r.value()));
        QCOMPARE(listBackups(f + u"/backups"_s).size(), size_t(5));
    }

    void rotateBackups_diskFull_deletesNothing()
    {
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/caseload.tilltro"_s));
        QVERIFY(db.ok());
        for (int i = 0; i < 5; ++i) {
            Clock::setFixedForTests(QDateTime(QDate(2026, 1, 1 + i), QTime(12, 0)));
            QVERIFY(rotateBackups(*db.value(), f + u"/backups"_s).ok());
        }
        const QStringList before = test::filesIn(f + u"/backups"_s);
        Clock::setFixedForTests(QDateTime(QDate(2026, 2, 1), QTime(12, 0)));
        Result<QString> r = QString();
        {
            test::FileSizeLimit full{20001};
            r = rotateBackups(*db.value(), f + u"/backups"_s);
        }
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(u"Nothing was written"_s), qPrintable(r.errorMessage()));
        QCOMPARE(test::filesIn(f + u"/backups"_s), before);
    }

    void listBackups_filtersByDatabaseName()
    {
        const QString f = folder();
        for (const QString& name :
             {u"a-20260101-120000.tilltro"_s, u"a-b-20260102-120000.tilltro"_s,
              u"a-20260103-120000-2.tilltro"_s, u"a-20261399-120000.tilltro"_s, u"a.tilltro"_s})
            QVERIFY(test::writeFile(f + u'/' + name, "x"));
        const auto a = listBackups(f, u"a"_s);
        QCOMPARE(a.size(), size_t(2));
        QCOMPARE(QFileInfo(a[0].path).fileName(), u"a-20260103-120000-2.tilltro"_s);
        QCOMPARE(QFileInfo(a[1].path).fileName(), u"a-20260101-120000.tilltro"_s);
        const auto all = listBackups(f);
        QCOMPARE(all.size(), size_t(3));
        QCOMPARE(all[1].databaseName, u"a-b"_s);
        QVERIFY(listBackups(f + u"/missing"_s).empty());
    }

    // --- newest backup and restore -----------------------------------------------------------

    void newestBackupFor_skipsDamagedBackupsAndChangesNothing()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        QVERIFY(!newestBackupFor(path).has_value());
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            for (int i = 0; i < 3; ++i) {
                Clock::setFixedForTests(QDateTime(QDate(2026, 1, 1 + i), QTime(12, 0)));
                QVERIFY(rotateBackups(*db.value(), backupFolderFor(path)).ok());
            }
        }
        const auto list = listBackups(backupFolderFor(path));
        QVERIFY(corruptBtreePage(list[0].path));
        QVERIFY(test::writeFile(list[1].path, "kaputt"));
        const QStringList files = test::filesIn(backupFolderFor(path));
        const QByteArray damaged = test::readAll(list[0].path);
        const QByteArray third = test::readAll(list[2].path);

        const auto newest = newestBackupFor(path);
        QVERIFY(newest.has_value());
        QCOMPARE(newest->path, list[2].path);
        QCOMPARE(test::filesIn(backupFolderFor(path)), files);
        QCOMPARE(test::readAll(list[0].path), damaged);
        QCOMPARE(test::readAll(list[2].path), third);
    }

    void restoreAsCopy_makesAWorkingCopyAndLeavesTheBackupUntouched()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        QString backup;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            auto r = rotateBackups(*db.value(), backupFolderFor(path));
            QVERIFY(r.ok());
            backup = r.value();
        }
        const QByteArray backupBytes = test::readAll(backup);
        const QStringList backupFiles = test::filesIn(backupFolderFor(path));
        Clock::setFixedForTests(QDateTime(QDate(2026, 5, 4), QTime(8, 7, 6)));
        const QString target = restoredCopyPathFor(path);
        QCOMPARE(target, f + u"/caseload (restored 2026-05-04 080706).tilltro"_s);

        auto restored = restoreAsCopy(backup, target);
        QVERIFY2(restored.ok(), qPrintable(restored.errorMessage()));
        QCOMPARE(restored.value(), target);
        QCOMPARE(test::readAll(backup), backupBytes);
        QCOMPARE(test::filesIn(backupFolderFor(path)), backupFiles);
        QCOMPARE(QFileInfo(target).permissions() & groupOrOther(), QFile::Permissions());
        QCOMPARE(digestOf(target), digestOf(path));
        {
            auto copy = Database::open(target); // a working copy: open for editing
            QVERIFY2(copy.ok(), qPrintable(copy.errorMessage()));
            addParticipant(*copy.value(), u"EFTER"_s);
        }
        QCOMPARE(test::readAll(backup), backupBytes);
        QVERIFY(restoredCopyPathFor(path) != target);
        QVERIFY(!QFileInfo::exists(restoredCopyPathFor(path)));
    }

    void restoreAsCopy_refusals_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::newRow("target exists") << u"exists"_s << u"already exists"_s;
        QTest::newRow("not a database") << u"text"_s << u"not a Tilltro database"_s;
        QTest::newRow("damaged backup") << u"damaged"_s << u"damaged"_s;
        QTest::newRow("missing backup") << u"missing"_s << u"does not exist"_s;
    }

    void restoreAsCopy_refusals()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        const QString f = folder();
        QString backup = f + u"/backup.tilltro"_s;
        if (kind == "text"_L1) {
            QVERIFY(test::writeFile(backup, "inte en databas"));
        } else if (kind != "missing"_L1) {
            makeDemo(backup);
            if (kind == "damaged"_L1)
                QVERIFY(corruptBtreePage(backup));
        }
        const QString target = f + u"/restored.tilltro"_s;
        if (kind == "exists"_L1)
            QVERIFY(test::writeFile(target, "keep"));
        const QByteArray before = test::readAll(backup);
        const QStringList files = test::filesIn(f);
        auto r = restoreAsCopy(backup, target);
        QVERIFY(!r.ok());
        QVERIFY2(r.errorMessage().contains(message), qPrintable(r.errorMessage()));
        QCOMPARE(test::readAll(backup), before);
        QCOMPARE(test::filesIn(f), files);
        if (kind == "exists"_L1)
            QCOMPARE(test::readAll(target), QByteArray("keep"));
    }

    // --- files Database::open refuses ---------------------------------------------------------

    void open_brokenFiles_clearMessageByteIdenticalNothingLeftBehind_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("errorKind");
        QTest::newRow("fails quick_check")
            << u"corrupt"_s << u"damaged"_s << int(Error::Kind::Invalid);
        QTest::newRow("not a Tilltro file")
            << u"text"_s << u"not a Tilltro database"_s << int(Error::Kind::Invalid);
        QTest::newRow("truncated") << u"truncated"_s << u"damaged"_s << int(Error::Kind::Invalid);
        QTest::newRow("newer schema")
            << u"newer"_s << u"newer version"_s << int(Error::Kind::Unsupported);
        QTest::newRow("missing") << u"missing"_s << u"does not exist"_s
                                 << int(Error::Kind::NotFound);
    }

    void open_brokenFiles_clearMessageByteIdenticalNothingLeftBehind()
    {
        QFETCH(QString, kind);
        QFETCH(QString, message);
        QFETCH(int, errorKind);
        const QString f = folder();
        const QString path = f + u"/caseload.tilltro"_s;
        if (kind != "missing"_L1) {
            makeDemo(path);
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(rotateBackups(*db.value(), backupFolderFor(path)).ok());
        }
        if (kind == "corrupt"_L1) {
            QVERIFY(corruptBtreePage(path));
        } else if (kind == "text"_L1) {
            QVERIFY(test::writeFile(path, "Mötesanteckningar, inte en databas.\n"));
        } else if (kind == "truncated"_L1) {
            QByteArray bytes = test::readAll(path);
            bytes.truncate(bytes.size() / 2);
            QVERIFY(test::writeFile(path, bytes));
        } else if (kind == "newer"_L1) {
            QByteArray bytes = test::readAll(path);
            qToBigEndian<qint32>(Database::SchemaVersion + 1, bytes.data() + 60);
            QVERIFY(test::writeFile(path, bytes));
        }
        const QByteArray before = test::readAll(path);
        const QStringList files = test::filesIn(f);
        for (auto access :
             {Database::Access::ReadWrite, Database::Access::ReadOnly, Database::Access::Inspect}) {
            auto db = Database::open(path, access);
            QVERIFY(!db.ok());
            QCOMPARE(int(db.error().kind), errorKind);
            QVERIFY2(db.errorMessage().contains(message), qPrintable(db.errorMessage()));
            // A truncated file already fails when SQLite reads its schema, with Database's
            // generic "The database file is damaged (...)", which does not name the file.
            if (kind != "truncated"_L1) {
                QVERIFY2(db.errorMessage().contains(QDir::toNativeSeparators(path)),
                         qPrintable(db.errorMessage()));
            }
        }
        QCOMPARE(test::readAll(path), before);
        // No lock file and no content left beside it. A read-only SQLite connection to a WAL
        // file may leave an empty -wal and a -shm (index only) behind, as `tilltro list` does.
        QStringList left = test::filesIn(f);
        if (!files.contains(u"caseload.tilltro-wal"_s) &&
            left.contains(u"caseload.tilltro-wal"_s)) {
            QCOMPARE(QFileInfo(path + u"-wal"_s).size(), 0);
            left.removeAll(u"caseload.tilltro-wal"_s);
            left.removeAll(u"caseload.tilltro-shm"_s);
        }
        QCOMPARE(left, files);
        if (kind == "missing"_L1) {
            QVERIFY(!newestBackupFor(path).has_value());
        } else {
            // What the window offers instead: the newest sound backup.
            const auto newest = newestBackupFor(path);
            QVERIFY(newest.has_value());
            QVERIFY(Database::open(newest->path, Database::Access::ReadOnly).ok());
        }
    }

    void open_readOnlyFile_readsButRefusesEditing()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
        const QByteArray before = test::readAll(path);
        {
            auto reader = Database::open(path, Database::Access::ReadOnly);
            QVERIFY2(reader.ok(), qPrintable(reader.errorMessage()));
            QVERIFY(reader.value()->isReadOnly());
            QCOMPARE(test::countRows(*reader.value(), u"SELECT COUNT(*) FROM participant"_s), 12);
            Participant p;
            p.code = u"X"_s;
            auto refused = ParticipantRepository(*reader.value()).insert(p);
            QVERIFY(!refused.ok());
            QVERIFY2(refused.errorMessage().contains(u"read-only"_s),
                     qPrintable(refused.errorMessage()));
        }
        QCOMPARE(test::readAll(path), before);
        if (::geteuid() == 0) {
            QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
            QSKIP("Running as root: file permissions do not stop root from writing, so the "
                  "read-only refusal cannot be observed here.");
        }
        auto editor = Database::open(path);
        QVERIFY(!editor.ok());
        QCOMPARE(editor.error().kind, Error::Kind::Io);
        QVERIFY2(editor.errorMessage().contains(u"read-only"_s), qPrintable(editor.errorMessage()));
        QCOMPARE(test::readAll(path), before);
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    }

    // --- a restore never brings back an erased deltagare ------------------------------------

    void reapplyErasures_erasedSinceTheBackupAreErasedInTheCopy()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        const QString backup = f + u"/backup.tilltro"_s;
        QByteArray name;
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(backupTo(*db.value(), backup).ok());
            auto p = ParticipantRepository(*db.value()).byId(4);
            QVERIFY(p.ok() && p.value());
            name = p.value()->code.toUtf8();
            QVERIFY(eraseParticipant(*db.value(), 4).ok());
            addParticipant(*db.value(), u"NY-EFTER"_s); // later work: not carried into the copy
        }
        auto copyPath = restoreAsCopy(backup, restoredCopyPathFor(path));
        QVERIFY2(copyPath.ok(), qPrintable(copyPath.errorMessage()));
        QVERIFY(test::readAll(copyPath.value()).contains(name)); // the backup still holds them
        {
            auto current = Database::open(path, Database::Access::ReadOnly);
            auto copy = Database::open(copyPath.value());
            QVERIFY(current.ok() && copy.ok());
            auto reapplied = reapplyErasures(*copy.value(), *current.value());
            QVERIFY2(reapplied.ok(), qPrintable(reapplied.errorMessage()));
            QVERIFY(reapplied->sameDatabase);
            QCOMPARE(reapplied->participantIds, std::vector<qint64>{4});
            QVERIFY(!ParticipantRepository(*copy.value()).byId(4).value());
            QCOMPARE(test::countRows(*copy.value(), u"SELECT COUNT(*) FROM participant"_s), 11);
            // Applying again erases nothing more (the copy's log has moved on from the
            // current one's).
            auto again = reapplyErasures(*copy.value(), *current.value());
            QVERIFY(again.ok() && again->participantIds.empty());
            QCOMPARE(test::countRows(*copy.value(), u"SELECT COUNT(*) FROM participant"_s), 11);
        }
        for (const QString& suffix : {u""_s, u"-wal"_s})
            QVERIFY(!test::readAll(copyPath.value() + suffix).contains(name));
    }

    void reapplyErasures_backupOfAnotherDatabase_changesNothing()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        const QString other = makeDemo(f + u"/other.tilltro"_s);
        {
            auto db = Database::open(other);
            QVERIFY(db.ok());
            addParticipant(*db.value(), u"ANNAN"_s); // its log now runs past the first one's
            auto current = Database::open(path);
            QVERIFY(current.ok());
            QVERIFY(eraseParticipant(*current.value(), 4).ok());
        }
        auto copyPath = restoreAsCopy(other, f + u"/copy.tilltro"_s);
        QVERIFY(copyPath.ok());
        auto current = Database::open(path, Database::Access::ReadOnly);
        auto copy = Database::open(copyPath.value());
        QVERIFY(current.ok() && copy.ok());
        const QByteArray before = test::contentDigest(*copy.value());
        auto reapplied = reapplyErasures(*copy.value(), *current.value());
        QVERIFY2(reapplied.ok(), qPrintable(reapplied.errorMessage()));
        QVERIFY(!reapplied->sameDatabase);
        QVERIFY(reapplied->participantIds.empty());
        QCOMPARE(test::contentDigest(*copy.value()), before);
        QVERIFY(ParticipantRepository(*copy.value()).byId(4).value());
    }

    // --- disk full during a save --------------------------------------------------------------

    void save_diskFull_clearMessageNothingChangedAndSavedLater()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        auto db = Database::open(path);
        QVERIFY(db.ok());
        auto instrument = Instrument::loadDefault();
        QVERIFY(instrument.ok());
        auto instrumentId = InstrumentRepository(*db.value()).ensureStored(instrument.value());
        QVERIFY(instrumentId.ok());
        const QByteArray before = test::contentDigest(*db.value());
        const int occasions = test::countRows(*db.value(), u"SELECT COUNT(*) FROM occasion"_s);

        Occasion o;
        o.participantId = 1;
        o.instrumentId = instrumentId.value();
        o.date = QDate(2026, 11, 1);
        o.state = OccasionState::Completed;
        o.notes = QString(20000, u'n'); // needs new pages
        o.answers[u"d_halsa"_s] = Answer::number(6);
        o.answers[u"tilltro"_s] = Answer::choice(u"ja_absolut"_s);
        const Occasion draft = o; // what the form holds
        {
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
            QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(q.value(0).toInt())));
        }
        auto r = OccasionRepository(*db.value()).save(o);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::Io);
        QVERIFY2(r.errorMessage().contains(u"disk is full"_s), qPrintable(r.errorMessage()));
        QCOMPARE(test::contentDigest(*db.value()), before);
        QVERIFY(db.value()->checkIntegrity(true).ok());

        // Space again: the draft the form kept is saved.
        {
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
        }
        Occasion again = draft;
        auto saved = OccasionRepository(*db.value()).save(again);
        QVERIFY2(saved.ok(), qPrintable(saved.errorMessage()));
        QCOMPARE(test::countRows(*db.value(), u"SELECT COUNT(*) FROM occasion"_s), occasions + 1);
        db.value().reset();
        auto reopened = Database::open(path);
        QVERIFY(reopened.ok());
        auto loaded = OccasionRepository(*reopened.value()).byId(again.id);
        QVERIFY(loaded.ok() && loaded.value().has_value());
        QCOMPARE(loaded.value()->notes, draft.notes);
        QCOMPARE(loaded.value()->answers, draft.answers);
    }

    void save_diskFull_theSameDraftCanBeSavedWhenThereIsSpace()
    {
        // The form keeps the Occasion it tried to save and saves that same object again. Make
        // the disk full at every size of occasion until one fails after its row was inserted
        // (so the insert was rolled back), and retry each failure with the same object.
        const QString f = folder();
        auto db = Database::open(makeDemo(f + u"/caseload.tilltro"_s));
        QVERIFY(db.ok());
        auto instrumentId =
            InstrumentRepository(*db.value()).ensureStored(Instrument::loadDefault().value());
        QVERIFY(instrumentId.ok());
        int failures = 0;
        QStringList retryFailures;
        for (int k = 0; k < 120; ++k) {
            QSqlQuery q(db.value()->connection());
            QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
            QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(q.value(0).toInt())));
            Occasion o;
            o.participantId = 1;
            o.instrumentId = instrumentId.value();
            o.date = QDate(2026, 11, 1);
            o.state = OccasionState::Completed;
            o.notes = QString(k * 7, u'n');
            for (const QString& key : {u"d_halsa"_s, u"d_lon"_s, u"d_soker"_s, u"d_kompetens"_s})
                o.answers[key] = Answer::number(5);
            const Occasion draft = o;
            const auto r = OccasionRepository(*db.value()).save(o);
            QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
            if (r.ok())
                continue;
            ++failures;
            QVERIFY2(r.errorMessage().contains(u"disk is full"_s), qPrintable(r.errorMessage()));
            if (auto again = OccasionRepository(*db.value()).save(o); !again)
                retryFailures
                    << u"size %1 (id %2 kept after rollback): %3"_s.arg(k * 7).arg(o.id).arg(
                           again.errorMessage());
            else
                QCOMPARE(OccasionRepository(*db.value()).byId(o.id).value()->notes, draft.notes);
        }
        QVERIFY(failures > 0);
        QVERIFY2(retryFailures.isEmpty(), qPrintable(retryFailures.join(u"\n"_s)));
    }

    // --- tilltro backup -----------------------------------------------------------------------

    void cli_backup_writesACopyWhileTheDatabaseIsOpenForEditing()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        auto db = Database::open(path); // the window has it open
        QVERIFY(db.ok());
        addParticipant(*db.value(), u"NY-1"_s);
        const QString out = f + u"/kopia.tilltro"_s;
        const Run r = run({u"backup"_s, u"--database"_s, path, u"--output"_s, out});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Backup written"_s));
        QCOMPARE(digestOf(out), test::contentDigest(*db.value()));
        QCOMPARE(QFileInfo(out).permissions() & groupOrOther(), QFile::Permissions());
    }

    void cli_backup_existingOutput_exit2AndUntouched()
    {
        const QString f = folder();
        const QString path = makeDemo(f + u"/caseload.tilltro"_s);
        const QString out = f + u"/kopia.tilltro"_s;
        QVERIFY(test::writeFile(out, "old"));
        const Run r = run({u"backup"_s, u"--database"_s, path, u"--output"_s, out});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));
        QCOMPARE(test::readAll(out), QByteArray("old"));
    }

    void cli_backup_errors_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("message");
        QTest::newRow("no --output") << u"nooutput"_s << 1 << u"--output"_s;
        QTest::newRow("missing database") << u"missing"_s << 2 << u"does not exist"_s;
        QTest::newRow("damaged database") << u"damaged"_s << 2 << u"damaged"_s;
    }

    void cli_backup_errors()
    {
        QFETCH(QString, kind);
        QFETCH(int, exitCode);
        QFETCH(QString, message);
        const QString f = folder();
        const QString path = f + u"/caseload.tilltro"_s;
        if (kind != "missing"_L1)
            makeDemo(path);
        if (kind == "damaged"_L1)
            QVERIFY(corruptBtreePage(path));
        QStringList args{u"backup"_s, u"--database"_s, path};
        if (kind != "nooutput"_L1)
            args << u"--output"_s << f + u"/out.tilltro"_s;
        const Run r = run(args);
        QCOMPARE(r.exitCode, exitCode);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(f + u"/out.tilltro"_s));
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
