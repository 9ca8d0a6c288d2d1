#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#include "cliutil.h"
#include "core/storage/auditlog.h"
#include "pdftools.h"
#include "reportfixture.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

// `tilltro extract` as a user or a script runs it: no display, two files or none.
class TestExtractCli : public QObject {
    Q_OBJECT

private:
    test::ReportFixture m_fx;
    QString m_database;
    int m_folders = 0;

    using Run = test::CliRun;

    static Run run(const QStringList& args) { return test::runTilltro(args); }

    QStringList extractArgs(const QString& code, const QString& folder) const
    {
        return {u"extract"_s, u"--database"_s, m_database, u"--participant"_s,
                code,         u"--output"_s,   folder};
    }

    QString folder()
    {
        const QString path = m_fx.dir.filePath(u"out-%1"_s.arg(++m_folders));
        QDir().mkpath(path);
        return path;
    }

    static QStringList files(const QString& folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    /// The number of "extract" entries in the log (the database opened read-only alongside).
    int extractEntries() const
    {
        auto db = Database::open(m_database, Database::Access::ReadOnly);
        if (!db)
            return -1;
        auto p = ParticipantRepository(*db.value()).byCode(u"D-0001"_s);
        auto entries = AuditLog(*db.value()).forParticipant(p.value()->id);
        return int(std::count_if(entries->begin(), entries->end(),
                                 [](const AuditEntry& e) { return e.action == "extract"_L1; }));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_fx.init());
        auto d = test::ReportFixture::delmal(u"Praktik på lagret i Örebro"_s);
        m_fx.addStandardParticipant(u"D-0001"_s, u"Åke Ström"_s, {d}, u"19821105-9954"_s, true,
                                    u"Samtal om sömn och hemmet."_s);
        m_database = m_fx.db->path();
        m_fx.db.reset(); // the command takes the database's lock
    }

    void extract_writesTwoFilesAndPrintsTheirPaths()
    {
        const QString dir = folder();
        const Run r = run(extractArgs(u"D-0001"_s, dir));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList written = files(dir);
        QCOMPARE(written.size(), 2);
        for (const QString& name : written) {
            QVERIFY2(r.out.contains(QDir(dir).filePath(name)), qPrintable(r.out));
            QVERIFY(name.contains(u"D-0001"_s));
            QVERIFY(!name.contains(u"Ström"_s));
            QCOMPARE(QFileInfo(QDir(dir).filePath(name)).permissions() & 0x0077,
                     QFileDevice::Permissions());
        }
        QVERIFY(written[0].endsWith(u".json"_s));
        QVERIFY(written[1].endsWith(u".pdf"_s));
        QCOMPARE(extractEntries(), 1);
        if (test::toolPath(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is needed (apt-get install poppler-utils)");
        const QString text = test::pdfText(QDir(dir).filePath(written[1]));
        // Protected identity: the extract is the person's own, so their name is in it.
        for (const QString& expected : {u"Åke Ström"_s, u"19821105-9954"_s,
                                        u"Samtal om sömn och hemmet."_s, u"Sida 1 av"_s}) {
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + u" (if only Swedish words are missing: the report's "
                                           u"strings are not translated in tilltro_sv.ts)"_s));
        }
    }

    void extract_englishOnRequest()
    {
        const QString dir = folder();
        const Run r = run(extractArgs(u"D-0001"_s, dir) + QStringList{u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"Register extract D-0001"_s));
        if (test::toolPath(u"pdftotext"_s).isEmpty())
            QSKIP("pdftotext is needed (apt-get install poppler-utils)");
        const QString pdf = QDir(dir).filePath(files(dir).value(1));
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(u"What is a register extract?"_s));
        QVERIFY(text.contains(u"Domestic violence"_s)); // the instrument's English label
    }

    void extract_secondTheSameDay_refused_nothingChanged()
    {
        const QString dir = folder();
        Run r = run(extractArgs(u"D-0001"_s, dir) + QStringList{u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList first = files(dir);
        QByteArray hashes;
        for (const QString& name : first)
            hashes += test::fileHash(QDir(dir).filePath(name));
        const int entries = extractEntries();
        const QByteArray database = test::fileHash(m_database);

        r = run(extractArgs(u"D-0001"_s, dir) + QStringList{u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"already exists"_s), qPrintable(r.err));
        QCOMPARE(files(dir), first);
        QByteArray again;
        for (const QString& name : first)
            again += test::fileHash(QDir(dir).filePath(name));
        QCOMPARE(again, hashes);
        QCOMPARE(extractEntries(), entries);
        QCOMPARE(test::fileHash(m_database), database);
    }

    void extract_badUsage_exit1()
    {
        const QString dir = folder();
        Run r = run(
            {u"extract"_s, u"--database"_s, m_database, u"--output"_s, dir, u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"--participant"_s));
        r = run({u"extract"_s, u"--database"_s, m_database, u"--participant"_s, u"D-0001"_s,
                 u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"--output"_s));
        r = run({u"extract"_s, u"--participant"_s, u"D-0001"_s, u"--output"_s, dir, u"--lang"_s,
                 u"en"_s});
        QCOMPARE(r.exitCode, 1);
        r = run(extractArgs(u"D-0001"_s, dir) + QStringList{u"--include-sensitive"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(files(dir).isEmpty());
    }

    void extract_failures_exit2AndNoFile()
    {
        const QByteArray before = test::fileHash(m_database);
        const QString dir = folder();
        Run r = run(extractArgs(u"D-9999"_s, dir) + QStringList{u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"D-9999"_s), qPrintable(r.err));

        r = run(extractArgs(u"D-0001"_s, m_fx.dir.filePath(u"no/such/folder"_s)) +
                QStringList{u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"does not exist"_s), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_fx.dir.filePath(u"no"_s)));

        r = run({u"extract"_s, u"--database"_s, m_fx.dir.filePath(u"missing.tilltro"_s),
                 u"--participant"_s, u"D-0001"_s, u"--output"_s, dir, u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"does not exist"_s));
        QVERIFY(!QFileInfo::exists(m_fx.dir.filePath(u"missing.tilltro"_s)));

        QVERIFY(files(dir).isEmpty());
        QCOMPARE(test::fileHash(m_database), before);
    }
};

QTEST_GUILESS_MAIN(TestExtractCli)
#include "tst_extractcli.moc"
