#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cliutil.h"
#include "testutil.h"

using namespace Qt::StringLiterals;

// The files the command line writes and reads for the user (issue 11, "Hardening"), run as a
// script would: --output naming a pipe, a device, a link or one of the database's own files is
// refused with exit 2 and left as it was; --input naming a pipe with no writer is refused at
// once instead of blocking; a full disk is named as such, with the file.
class TestCliFiles : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;
    int m_counter = 0;

    using Run = tilltro::test::CliRun;

    static Run run(QStringList args, int timeoutMs = 60000)
    {
        args << u"--lang"_s << u"en"_s;
        return tilltro::test::runTilltro(args, timeoutMs);
    }

    /// Runs the program with every file it writes capped at `bytes` (RLIMIT_FSIZE), as on a full
    /// disk.
    static Run runWithFileSizeLimit(QStringList args, rlim_t bytes)
    {
        args << u"--lang"_s << u"en"_s;
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"DISPLAY"_s);
        env.remove(u"QT_QPA_PLATFORM"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(env);
        process.setChildProcessModifier([bytes]() {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit limit{};
            ::getrlimit(RLIMIT_FSIZE, &limit);
            limit.rlim_cur = bytes;
            ::setrlimit(RLIMIT_FSIZE, &limit);
        });
        process.start(QStringLiteral(TILLTRO_EXECUTABLE), args);
        if (!process.waitForFinished(120000))
            return {};
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -2,
                QString::fromUtf8(process.readAllStandardOutput()),
                QString::fromUtf8(process.readAllStandardError())};
    }

    QString folder()
    {
        const QString f = m_dir.filePath(u"t%1"_s.arg(++m_counter));
        QDir().mkpath(f);
        return f;
    }

    static bool makeFifo(const QString& path)
    {
        return ::mkfifo(QFile::encodeName(path).constData(), 0600) == 0;
    }

    static bool isFifo(const QString& path)
    {
        struct stat st {};
        return ::lstat(QFile::encodeName(path).constData(), &st) == 0 && S_ISFIFO(st.st_mode);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(u"demo.tilltro"_s);
        const Run r = run({u"demo"_s, u"--database"_s, m_database});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void output_fifo_refusedAndStaysAFifo_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::newRow("export-json") << QStringList{u"export-json"_s};
        QTest::newRow("export-pdf")
            << QStringList{u"export-pdf"_s, u"--participant"_s, u"D-0001"_s};
        QTest::newRow("audit-log") << QStringList{u"audit-log"_s};
        QTest::newRow("backup") << QStringList{u"backup"_s};
    }

    void output_fifo_refusedAndStaysAFifo()
    {
        QFETCH(QStringList, command);
        const QString fifo = folder() + u"/out"_s;
        QVERIFY(makeFifo(fifo));
        const QByteArray before = tilltro::test::fileHash(m_database);
        const Run r =
            run(command + QStringList{u"--database"_s, m_database, u"--output"_s, fifo}, 30000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(fifo), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
        QVERIFY(isFifo(fifo));
        QCOMPARE(tilltro::test::fileHash(m_database), before);
    }

    void exportJson_fifo_saysWhy()
    {
        const QString fifo = folder() + u"/out.json"_s;
        QVERIFY(makeFifo(fifo));
        const Run r = run({u"export-json"_s, u"--database"_s, m_database, u"--output"_s, fifo});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not an ordinary file"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"Nothing was written"_s), qPrintable(r.err));
        QVERIFY(isFifo(fifo));
    }

    void output_symlinkRefusedTargetUnchanged()
    {
        const QString f = folder();
        QVERIFY(tilltro::test::writeFile(f + u"/precious.txt"_s, "precious"));
        const QString link = f + u"/out.json"_s;
        QVERIFY(QFile::link(f + u"/precious.txt"_s, link));
        const Run r = run({u"export-json"_s, u"--database"_s, m_database, u"--output"_s, link});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"symbolic link"_s), qPrintable(r.err));
        QVERIFY(QFileInfo(link).isSymLink());
        QCOMPARE(tilltro::test::readAll(f + u"/precious.txt"_s), QByteArray("precious"));
    }

    void output_companionNamesRefused_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("suffix");
        for (const QString& command : {u"export-json"_s, u"backup"_s, u"audit-log"_s}) {
            for (const QString& suffix : {u"-journal"_s, u"-wal"_s, u"-shm"_s, u".lock"_s}) {
                QTest::addRow("%s %s", qPrintable(command), qPrintable(suffix))
                    << command << suffix;
            }
        }
    }

    void output_companionNamesRefused()
    {
        QFETCH(QString, command);
        QFETCH(QString, suffix);
        const QString target = m_database + suffix;
        // SQLite may leave an empty -wal and -shm beside a closed database; the others are free.
        const bool existed = QFileInfo::exists(target);
        const QByteArray before = tilltro::test::fileHash(m_database);
        const Run r = run({command, u"--database"_s, m_database, u"--output"_s, target});
        QCOMPARE(r.exitCode, 2);
        // (`backup` says first that an existing file is never overwritten.)
        QVERIFY2(r.err.contains(u"database itself"_s) ||
                     (existed && r.err.contains(u"already exists"_s)),
                 qPrintable(r.err));
        if (!existed)
            QVERIFY(!QFileInfo::exists(target));
        else
            QVERIFY(!tilltro::test::readAll(target).startsWith("{"));
        QCOMPARE(tilltro::test::fileHash(m_database), before);
        QCOMPARE(run({u"check"_s, u"--database"_s, m_database}).exitCode, 0);
    }

    void importJson_fifoInput_refusedPromptly()
    {
        const QString fifo = folder() + u"/in.json"_s;
        QVERIFY(makeFifo(fifo));
        QElapsedTimer timer;
        timer.start();
        // Before the fix the program blocked for ever opening the pipe: 20 s is plenty.
        const Run r =
            run({u"import-json"_s, u"--database"_s, m_database, u"--input"_s, fifo}, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(fifo), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"not an ordinary file"_s), qPrintable(r.err));
        QVERIFY(timer.elapsed() < 20000);
        QVERIFY(isFifo(fifo));
    }

    void importJson_deviceInput_refused()
    {
        const Run r = run(
            {u"import-json"_s, u"--database"_s, m_database, u"--input"_s, u"/dev/zero"_s}, 20000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"not an ordinary file"_s), qPrintable(r.err));
    }

    void diskFull_saysSoAndNamesTheFile_data()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("name");
        QTest::newRow("export-json") << QStringList{u"export-json"_s} << u"all.json"_s;
        QTest::newRow("export-pdf")
            << QStringList{u"export-pdf"_s, u"--participant"_s, u"D-0001"_s} << u"plan.pdf"_s;
    }

    void diskFull_saysSoAndNamesTheFile()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, name);
        const QString out = folder();
        const QString path = out + u'/' + name;
        // Larger than the few pages of audit entries the database takes, smaller than the file.
        const Run r = runWithFileSizeLimit(
            command + QStringList{u"--database"_s, m_database, u"--output"_s, path}, 50000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"disk is full"_s), qPrintable(r.err));
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"Unknown error"_s), qPrintable(r.err));
        QCOMPARE(QDir(out).entryList(QDir::Files | QDir::Hidden), QStringList());
        QCOMPARE(run({u"check"_s, u"--database"_s, m_database}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestCliFiles)
#include "tst_cli_files.moc"
