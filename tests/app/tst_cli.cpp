#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtEndian>
#include <QTest>

#include "cliutil.h"
#include "core/storage/database.h"
#include "damage.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

// Drives the real `tilltro` executable as a script would, without a display.
class TestCli : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demo;

    using Run = test::CliRun;

    static Run run(const QStringList& args) { return test::runTilltro(args, 60000); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_demo = m_dir.filePath(u"demo.tilltro"_s);
        const Run r = run({u"demo"_s, u"--database"_s, m_demo, u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }

    void demo_existingFile_refusedAndUntouched()
    {
        const QByteArray before = test::fileHash(m_demo);
        const Run r = run({u"demo"_s, u"--database"_s, m_demo, u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"already exists"_s));
        QCOMPARE(test::fileHash(m_demo), before);
    }

    void check_demo_ok()
    {
        const Run r = run({u"check"_s, u"--database"_s, m_demo, u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"integrity ok"_s));
        QVERIFY(r.out.contains(u"version %1"_s.arg(Database::SchemaVersion)));
    }

    void check_badFiles_exit2AndByteIdentical_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expectedMessage");
        QTest::newRow("text file") << u"text"_s << u"not a Tilltro database"_s;
        QTest::newRow("truncated database") << u"truncated"_s << u"damaged"_s;
        QTest::newRow("newer version") << u"newer"_s << u"newer version"_s;
        QTest::newRow("missing file") << u"missing"_s << u"does not exist"_s;
    }

    void check_badFiles_exit2AndByteIdentical()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expectedMessage);
        const QString path = m_dir.filePath(kind + u".tilltro"_s);
        QByteArray bytes;
        if (kind == "text"_L1) {
            bytes = "Detta är ingen databas.\n";
        } else if (kind != "missing"_L1) {
            bytes = test::readAll(m_demo);
            if (kind == "truncated"_L1)
                bytes.truncate(bytes.size() * 2 / 3);
            else
                qToBigEndian<qint32>(Database::SchemaVersion + 5, bytes.data() + 60);
        }
        if (kind != "missing"_L1)
            QVERIFY(test::writeFile(path, bytes));
        const Run r = run({u"check"_s, u"--database"_s, path, u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expectedMessage), qPrintable(r.err));
        if (kind == "missing"_L1)
            QVERIFY(!QFile::exists(path));
        else
            QCOMPARE(test::readAll(path), bytes);
    }

    void check_swedishByDefault()
    {
        const Run r = run({u"check"_s, u"--database"_s, m_dir.filePath(u"nope.tilltro"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"finns inte"_s), qPrintable(r.err));
    }

    void list_printsEveryParticipantAndHidesProtectedName()
    {
        const Run r = run({u"list"_s, u"--database"_s, m_demo, u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 12);
        QVERIFY(lines[1].startsWith(u"D-0002\t[protected]\t"_s));
    }

    void list_json_hasDocumentedKeysAndNullNameWhenProtected()
    {
        const Run r = run({u"list"_s, u"--database"_s, m_demo, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray rows = doc.array();
        QCOMPARE(rows.size(), 12);
        for (const auto& value : rows) {
            const QJsonObject row = value.toObject();
            for (const auto& key : {u"code"_s, u"name"_s, u"handledare"_s, u"lastOccasion"_s,
                                    u"nextDue"_s, u"overdue"_s})
                QVERIFY2(row.contains(key), qPrintable(key));
            QVERIFY(row.value(u"overdue"_s).isBool());
            // The BIP signals by key; "overdue" among them exactly when the row is overdue.
            QVERIFY(row.value(u"signals"_s).isArray());
            QCOMPARE(row.value(u"signals"_s).toArray().contains(u"overdue"_s),
                     row.value(u"overdue"_s).toBool());
            if (!row.value(u"nextDue"_s).isNull())
                QVERIFY(
                    QDate::fromString(row.value(u"nextDue"_s).toString(), Qt::ISODate).isValid());
        }
        QVERIFY(rows[1].toObject().value(u"name"_s).isNull()); // D-0002, protected
        QCOMPARE(rows[0].toObject().value(u"code"_s).toString(), u"D-0001"_s);
        QVERIFY(rows[0].toObject().value(u"name"_s).isString());
    }

    // This test process holds the database open for editing, as the window would; the commands
    // that only read (and record that they did) run beside it, the writers are refused.
    void readCommands_runBesideAnEditor_writersAreRefused()
    {
        const QString path = m_dir.filePath(u"beside.tilltro"_s);
        QVERIFY(QFile::copy(m_demo, path));
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        const QString out = m_dir.filePath(u"beside-out"_s);
        QVERIFY(QDir().mkpath(out));
        const QList<QStringList> readers = {
            {u"list"_s},
            {u"export-json"_s, u"--output"_s, out + u"/all.json"_s},
            {u"export-pdf"_s, u"--participant"_s, u"D-0001"_s, u"--output"_s, out + u"/plan.pdf"_s},
            {u"extract"_s, u"--participant"_s, u"D-0003"_s, u"--output"_s, out},
            {u"audit-log"_s, u"--json"_s},
        };
        for (const QStringList& args : readers) {
            const Run r = run(args + QStringList{u"--database"_s, path, u"--lang"_s, u"en"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(args.first() + u": "_s + r.err));
        }
        QVERIFY(test::readAll(out + u"/plan.pdf"_s).startsWith("%PDF-"));
        // The exports were recorded in the log the editor holds open.
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(u"SELECT count(*) FROM audit_log WHERE action IN ('export', 'extract')"_s));
        QVERIFY(q.next());
        QVERIFY2(q.value(0).toInt() >= 3, qPrintable(q.value(0).toString()));

        const QList<QStringList> writers = {
            {u"import-json"_s, u"--input"_s, out + u"/all.json"_s},
            {u"erase"_s, u"--participant"_s, u"D-0001"_s, u"--yes"_s},
        };
        for (const QStringList& args : writers) {
            const Run r = run(args + QStringList{u"--database"_s, path, u"--lang"_s, u"en"_s});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(u"already open"_s), qPrintable(r.err));
        }
    }

    // Opening the file again in the same program (File › Open recent on the file in use, a
    // read-only look) must not drop the locks SQLite holds on it: a command beside the window
    // would then think it was alone and fold and delete the window's WAL.
    void reopenInProcess_keepsTheEditorsLocks_readerBesideLeavesTheWal()
    {
        const QString path = m_dir.filePath(u"reopened.tilltro"_s);
        QVERIFY(QFile::copy(m_demo, path));
        auto editor = Database::open(path);
        QVERIFY(editor.ok());
        QVERIFY(QFile::exists(path + u"-wal"_s));
        QCOMPARE(Database::open(path).error().kind, Error::Kind::Conflict);
        QVERIFY(Database::open(path, Database::Access::ReadOnly).ok());
        const Run r = run({u"export-json"_s, u"--database"_s, path, u"--output"_s,
                           m_dir.filePath(u"reopened.json"_s)});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(QFile::exists(path + u"-wal"_s));
        QVERIFY(QFile::exists(path + u"-shm"_s));
        {
            QSqlQuery q(editor.value()->connection());
            QVERIFY(q.exec(u"INSERT INTO app_setting (key, value) VALUES ('after', 'x')"_s));
        }
        editor.value().reset();
        auto reopened = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(reopened.ok());
        QVERIFY(reopened.value()->checkIntegrity(true).ok());
        QSqlQuery q(reopened.value()->connection());
        QVERIFY(q.exec(u"SELECT (SELECT count(*) FROM app_setting WHERE key = 'after'), "
                       "(SELECT count(*) FROM audit_log WHERE action = 'export')"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        QVERIFY(q.value(1).toInt() >= 1);
    }

    // Commands that only read do not check every page first; what they read is checked by
    // SQLite, and damage there is the usual message and exit code 2.
    void readCommands_damagedTable_exit2WithMessage_fileUntouched()
    {
        const QString path = m_dir.filePath(u"damaged-table.tilltro"_s);
        QVERIFY(QFile::copy(m_demo, path));
        QVERIFY(test::damageTable(path, u"participant"_s));
        const QByteArray before = test::readAll(path);
        for (const QStringList& args :
             {QStringList{u"list"_s},
              QStringList{u"export-json"_s, u"--output"_s, m_dir.filePath(u"damaged.json"_s)}}) {
            const Run r = run(args + QStringList{u"--database"_s, path, u"--lang"_s, u"en"_s});
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(u"damaged"_s), qPrintable(r.err));
            QVERIFY(r.out.isEmpty());
        }
        QVERIFY(!QFile::exists(m_dir.filePath(u"damaged.json"_s)));
        // `check` still checks everything.
        const Run check = run({u"check"_s, u"--database"_s, path, u"--lang"_s, u"en"_s});
        QCOMPARE(check.exitCode, 2);
        QCOMPARE(test::readAll(path), before);
    }

    void usage_errors_exit1_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("no --database") << QStringList{u"list"_s};
        QTest::newRow("unknown option") << QStringList{u"check"_s, u"--frobnicate"_s};
        QTest::newRow("extra argument") << QStringList{u"check"_s, u"--database"_s, u"x"_s, u"y"_s};
        QTest::newRow("extra argument before the command")
            << QStringList{u"--database"_s, u"x"_s, u"list"_s, u"y"_s};
        QTest::newRow("typo in the command") << QStringList{u"lst"_s, u"--database"_s, u"x"_s};
        QTest::newRow("typo after a global option")
            << QStringList{u"--database"_s, u"x"_s, u"lst"_s};
        QTest::newRow("unknown option without a command") << QStringList{u"--frobnicate"_s};
        QTest::newRow("a stray word") << QStringList{u"hello"_s};
        QTest::newRow("one dash for --lang") << QStringList{u"-lang"_s, u"en"_s};
    }

    // Never the window: without a display it would abort, in a script it would hang.
    void usage_errors_exit1()
    {
        QFETCH(QStringList, args);
        const Run r = run(args + QStringList{u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QVERIFY(r.out.isEmpty());
    }

    void usage_unknownCommand_namesItAndListsTheCommands()
    {
        const Run r = run({u"lst"_s, u"--database"_s, m_demo, u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"Unknown command: lst"_s), qPrintable(r.err));
        for (const auto& command : {u"list"_s, u"export-pdf"_s, u"audit-log"_s})
            QVERIFY2(r.err.contains(u"  "_s + command), qPrintable(command));
    }

    void globalOptions_beforeTheCommand_areAccepted()
    {
        const Run before =
            run({u"--lang"_s, u"en"_s, u"--database"_s, m_demo, u"list"_s, u"--json"_s});
        QVERIFY2(before.exitCode == 0, qPrintable(before.err));
        const Run after = run({u"list"_s, u"--json"_s, u"--database"_s, m_demo});
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(before.out, after.out);
        const Run inlineValue = run({u"--database="_s + m_demo, u"list"_s, u"--json"_s});
        QCOMPARE(inlineValue.exitCode, 0);
        QCOMPARE(inlineValue.out, after.out);
    }

    // runTilltro() removes DISPLAY and QT_QPA_PLATFORM: a server or a script.
    void versionAndHelp_withoutDisplay_exit0_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        QTest::newRow("--version") << QStringList{u"--version"_s} << u"Tilltro 0."_s;
        QTest::newRow("-v") << QStringList{u"-v"_s} << u"Tilltro 0."_s;
        QTest::newRow("--help") << QStringList{u"--help"_s} << u"export-pdf"_s;
        QTest::newRow("-h in Swedish") << QStringList{u"-h"_s} << u"Kommandon:"_s;
        QTest::newRow("a command's --help")
            << QStringList{u"export-pdf"_s, u"--help"_s} << u"--participant"_s;
    }

    void versionAndHelp_withoutDisplay_exit0()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        const Run r = run(args);
        QVERIFY2(r.exitCode == 0, qPrintable(u"%1: %2"_s.arg(r.exitCode).arg(r.err)));
        QVERIFY2(r.out.contains(expected), qPrintable(r.out));
    }

    void window_withoutDisplay_saysSoInsteadOfAborting()
    {
        const Run r = run({u"--database"_s, m_demo, u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"needs a display"_s), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
