#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "cliutil.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/erasure.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/safetyutil.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

// `tilltro audit-log` and `tilltro gallring`, run as a script would. The deltagare are ended
// relative to the real today (the executable has no test clock).
class TestCliAudit : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    QDate m_today;

    using Run = test::CliRun;
    static Run run(const QStringList& args) { return test::runTilltro(args, 60000); }

    /// Deltagare ended exactly five years ago (not a candidate), five years and a day ago, ten
    /// years ago (protected identity, name never printed), and one still running.
    QString makeDatabase()
    {
        const QString path = m_dir.filePath(u"c%1.tilltro"_s.arg(++m_serial));
        auto db = Database::create(path);
        if (!db)
            return {};
        struct Row {
            QString code;
            QString name;
            QDate end;
            bool protectedIdentity;
        };
        const std::vector<Row> rows{
            {u"A-exakt-fem"_s, u"Anna Exakt"_s, m_today.addYears(-5), false},
            {u"B-fem-och-en-dag"_s, u"Bertil Dag"_s, m_today.addYears(-5).addDays(-1), false},
            {u"D-skyddad"_s, u"Hemlig Skyddadsson"_s, m_today.addYears(-10), true},
            {u"F-pagar"_s, u"Fatima Pågår"_s, QDate(), false},
        };
        for (const Row& row : rows) {
            Participant p;
            p.code = row.code;
            p.name = row.name;
            p.protectedIdentity = row.protectedIdentity;
            p.startDate = m_today.addYears(-12);
            p.endDate = row.end;
            p.endReason = row.end.isValid() ? u"flyttat"_s : QString();
            if (!ParticipantRepository(*db.value()).insert(p))
                return {};
        }
        return path;
    }

    static int count(const QString& path, const QString& what)
    {
        auto db = Database::open(path, Database::Access::ReadOnly);
        if (!db)
            return -1;
        if (what == "participants"_L1) {
            auto all = ParticipantRepository(*db.value()).all();
            return all ? int(all.value().size()) : -1;
        }
        auto entries = AuditLog(*db.value()).all();
        if (!entries)
            return -1;
        int n = 0;
        for (const AuditEntry& e : entries.value())
            n += (e.action + u'/' + e.entity == what) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_today = QDate::currentDate();
    }

    // --- gallring -----------------------------------------------------------------------------

    void gallring_listsStrictlyOlderThanTheRetention_withoutProtectedNames()
    {
        const QString path = makeDatabase();
        QVERIFY(!path.isEmpty());
        const Run r = run({u"gallring"_s, u"--database"_s, path, u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QVERIFY2(lines.size() >= 2, qPrintable(r.out));
        QVERIFY(lines[0].startsWith(u"D-skyddad\t[protected]\t"_s));
        QVERIFY(lines[1].startsWith(u"B-fem-och-en-dag\tBertil Dag\t"_s));
        QVERIFY(lines[1].contains(m_today.addYears(-5).addDays(-1).toString(Qt::ISODate)));
        QVERIFY(!r.out.contains(u"A-exakt-fem"_s)); // exactly five years: not yet
        QVERIFY(!r.out.contains(u"F-pagar"_s));
        QVERIFY(!r.out.contains(u"Hemlig"_s));
        QVERIFY(r.out.contains(m_today.addYears(-5).toString(Qt::ISODate))); // the limit
    }

    void gallring_json_yearsOption_andSetting()
    {
        const QString path = makeDatabase();
        Run r = run({u"gallring"_s, u"--database"_s, path, u"--json"_s, u"--years"_s, u"4"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(rows.size(), 3);
        const QJsonObject hidden = rows[0].toObject();
        QCOMPARE(hidden.value(u"code"_s).toString(), u"D-skyddad"_s);
        QVERIFY(hidden.value(u"name"_s).isNull());
        QCOMPARE(hidden.value(u"endReason"_s).toString(), u"flyttat"_s);
        QCOMPARE(rows[2].toObject().value(u"code"_s).toString(), u"A-exakt-fem"_s);
        QVERIFY(!r.out.contains(u"Hemlig"_s));
        QVERIFY(!r.err.contains(u"Hemlig"_s));

        // The retention period stored in the database is the default.
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(SettingsRepository(*db.value())
                        .setValue(QString::fromLatin1(RetentionYearsKey), u"8"_s)
                        .ok());
        }
        r = run({u"gallring"_s, u"--database"_s, path, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array().size(), 1);
    }

    void gallring_eraseWithoutYes_refusedAndNothingChanged()
    {
        const QString path = makeDatabase();
        const Run r =
            run({u"gallring"_s, u"--database"_s, path, u"--erase"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"cannot be undone"_s), qPrintable(r.err));
        QVERIFY(r.err.contains(u"B-fem-och-en-dag"_s)); // says what would be erased
        QVERIFY(r.err.contains(u"--yes"_s));
        QCOMPARE(count(path, u"participants"_s), 4);
        QCOMPARE(count(path, u"erase/participant"_s), 0);
    }

    void gallring_eraseYes_erasesTheCandidatesTogether()
    {
        const QString path = makeDatabase();
        const Run r = run(
            {u"gallring"_s, u"--database"_s, path, u"--erase"_s, u"--yes"_s, u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Erased 2 deltagare"_s), qPrintable(r.out));
        QCOMPARE(count(path, u"participants"_s), 2);
        QCOMPARE(count(path, u"erase/participant"_s), 2);
        auto db = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(db.ok());
        QVERIFY(ParticipantRepository(*db.value()).byCode(u"A-exakt-fem"_s).value());
        QVERIFY(ParticipantRepository(*db.value()).byCode(u"F-pagar"_s).value());
        db.value().reset();
        QVERIFY(!test::readAll(path).contains("Hemlig"));

        // Nothing left to erase: still fine.
        const Run again = run({u"gallring"_s, u"--database"_s, path, u"--erase"_s, u"--yes"_s});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(count(path, u"participants"_s), 2);
    }

    // A stored period that is not a whole number of years, or one that cannot be read, is an
    // error: never the default 5 in its place, which could erase deltagare still within theirs.
    void gallring_unusableRetentionSetting_exit2_nothingErased_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("says");
        QTest::newRow("not a number") << u"tio"_s << u"not a whole number"_s;
        QTest::newRow("zero") << u"0"_s << u"not a whole number"_s;
        QTest::newRow("a fraction") << u"10.5"_s << u"not a whole number"_s;
        // (An unreadable setting, once made by renaming its table, is now refused earlier as a
        // file Tilltro did not write: open_plantedSql_refused in tst_database.)
    }

    void gallring_unusableRetentionSetting_exit2_nothingErased()
    {
        QFETCH(QString, stored);
        QFETCH(QString, says);
        const QString path = makeDatabase();
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            if (stored.isNull()) {
                QSqlQuery q(db.value()->connection());
                QVERIFY(q.exec(u"ALTER TABLE app_setting RENAME TO app_setting_gone"_s));
            } else {
                QVERIFY(SettingsRepository(*db.value())
                            .setValue(QString::fromLatin1(RetentionYearsKey), stored)
                            .ok());
            }
        }
        const Run list = run({u"gallring"_s, u"--database"_s, path, u"--lang"_s, u"en"_s});
        QCOMPARE(list.exitCode, 2);
        QVERIFY2(list.err.contains(says), qPrintable(list.err));
        QVERIFY(list.out.isEmpty());
        const Run r = run(
            {u"gallring"_s, u"--database"_s, path, u"--erase"_s, u"--yes"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"retention period"_s) && r.err.contains(says), qPrintable(r.err));
        QVERIFY(!r.out.contains(u"Erased"_s));
        QCOMPARE(count(path, u"participants"_s), 4);
        QCOMPARE(count(path, u"erase/participant"_s), 0);
        // --years still chooses the period explicitly.
        const Run years =
            run({u"gallring"_s, u"--database"_s, path, u"--years"_s, u"5"_s, u"--json"_s});
        QVERIFY2(years.exitCode == 0, qPrintable(years.err));
        QCOMPARE(QJsonDocument::fromJson(years.out.toUtf8()).array().size(), 2);
    }

    void gallring_badUsage_exit1_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("--yes without --erase") << QStringList{u"--yes"_s};
        QTest::newRow("years not a number") << QStringList{u"--years"_s, u"fem"_s};
        QTest::newRow("years zero") << QStringList{u"--years"_s, u"0"_s};
        QTest::newRow("years negative") << QStringList{u"--years"_s, u"-3"_s};
        QTest::newRow("unknown option") << QStringList{u"--everyone"_s};
    }

    void gallring_badUsage_exit1()
    {
        QFETCH(QStringList, args);
        const QString path = makeDatabase();
        const Run r = run(QStringList{u"gallring"_s, u"--database"_s, path} + args);
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!r.err.isEmpty());
        QCOMPARE(count(path, u"participants"_s), 4);
    }

    void gallring_missingDatabase_exit2()
    {
        const QString missing = m_dir.filePath(u"missing.tilltro"_s);
        const Run r = run({u"gallring"_s, u"--database"_s, missing});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!QFileInfo::exists(missing));
    }

    // --- audit-log ----------------------------------------------------------------------------

    void auditLog_stdout_csvAndRecorded()
    {
        const QString path = makeDatabase();
        const int before = int(count(path, u"create/participant"_s));
        QCOMPARE(before, 4);
        const Run r = run({u"audit-log"_s, u"--database"_s, path});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.first(),
                 u"time,user,action,entity,entity_id,participant_id,participant,details"_s);
        QCOMPARE(lines.size(), 1 + 4);
        QVERIFY(!r.out.contains(u"Hemlig"_s));
        // Reading the log for a review is itself recorded.
        QCOMPARE(count(path, u"export/auditlog"_s), 1);
    }

    // A trigger planted in the file (here one that would make recording the export fail) is
    // refused before anything is read or printed, and nothing in the file runs.
    void auditLog_plantedTrigger_refused_nothingPrinted_exit2()
    {
        const QString path = makeDatabase();
        {
            auto db = Database::open(path);
            QVERIFY(db.ok());
            QVERIFY(test::failCommitsRecordingAnExport(*db.value()));
        }
        const QByteArray before = test::fileHash(path);
        for (const QStringList& extra : {QStringList{}, QStringList{u"--json"_s}}) {
            const Run r = run(
                QStringList{u"audit-log"_s, u"--database"_s, path, u"--lang"_s, u"en"_s} + extra);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(u"not a database Tilltro wrote"_s), qPrintable(r.err));
            QVERIFY2(r.out.isEmpty(), qPrintable(r.out));
        }
        QCOMPARE(test::fileHash(path), before);
    }

    void auditLog_participantJson_onlyTheirs()
    {
        const QString path = makeDatabase();
        const Run r = run({u"audit-log"_s, u"--database"_s, path, u"--participant"_s,
                           u"B-fem-och-en-dag"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QJsonParseError error;
        const QJsonArray entries = QJsonDocument::fromJson(r.out.toUtf8(), &error).array();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(entries.size(), 1);
        const QJsonObject e = entries[0].toObject();
        for (const auto& key : {u"time"_s, u"user"_s, u"action"_s, u"entity"_s, u"entityId"_s,
                                u"participantId"_s, u"participant"_s, u"details"_s})
            QVERIFY2(e.contains(key), qPrintable(key));
        QCOMPARE(e.value(u"participant"_s).toString(), u"B-fem-och-en-dag"_s);
        QCOMPARE(e.value(u"action"_s).toString(), u"create"_s);
        QVERIFY(QDateTime::fromString(e.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());
    }

    void auditLog_output_fileWithBomOwnerOnly()
    {
        const QString path = makeDatabase();
        const QString csv = m_dir.filePath(u"review.csv"_s);
        const Run r =
            run({u"audit-log"_s, u"--database"_s, path, u"--output"_s, csv, u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"4"_s));
        const QByteArray bytes = test::readAll(csv);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                                 "time,user,action"));
        QCOMPARE(QFileInfo(csv).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
                 QFileDevice::Permissions());
        QCOMPARE(count(path, u"export/auditlog"_s), 1);
    }

    void auditLog_badUsage_exit1_failures_exit2()
    {
        const QString path = makeDatabase();
        Run r = run({u"audit-log"_s, u"--database"_s, path, u"--json"_s, u"--output"_s,
                     m_dir.filePath(u"x.csv"_s)});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.csv"_s)));
        r = run({u"audit-log"_s, u"--database"_s, path, u"--participant"_s, u" "_s});
        QCOMPARE(r.exitCode, 1);
        r = run({u"audit-log"_s});
        QCOMPARE(r.exitCode, 1);
        r = run({u"audit-log"_s, u"--database"_s, path, u"--participant"_s, u"NO-SUCH"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());
        // Never onto the database itself.
        const QByteArray before = test::readAll(path);
        r = run({u"audit-log"_s, u"--database"_s, path, u"--output"_s, path});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(test::readAll(path).size(), before.size());
        QCOMPARE(count(path, u"export/auditlog"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
