#include <QTemporaryDir>
#include <QTest>

#include "cliutil.h"
#include "pdftools.h"
#include "reportfixture.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

// `tilltro export-pdf` as a user or a script runs it: no display, Swedish unless asked.
class TestExportPdfCli : public QObject {
    Q_OBJECT

private:
    test::ReportFixture m_fx;
    QString m_database;

    using Run = test::CliRun;

    static Run run(const QStringList& args) { return test::runTilltro(args); }

    QStringList exportArgs(const QString& code, const QString& output) const
    {
        return {u"export-pdf"_s, u"--database"_s, m_database, u"--participant"_s, code,
                u"--output"_s,   output};
    }

    QString out(const QString& name) const { return m_fx.dir.filePath(name); }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::toolPath(u"pdftotext"_s).isEmpty() || test::toolPath(u"qpdf"_s).isEmpty())
            QSKIP("pdftotext and qpdf are needed (apt-get install poppler-utils qpdf)");
        QVERIFY(m_fx.init());
        auto d = test::ReportFixture::delmal(u"Praktik på lagret i Örebro"_s);
        d.activities.push_back({0, u"Ringa lagerchefen"_s, u"Deltagaren"_s, {}, false});
        m_fx.addStandardParticipant(u"D-0001"_s, u"Åke Ström"_s, {d}, u"19821105-9954"_s, false,
                                    u"Samtal om sömn och hemmet."_s);
        m_fx.addStandardParticipant(u"D-0002"_s, u"Skyddad Person"_s, {d}, u"19901211-9948"_s,
                                    true);
        m_database = m_fx.db->path();
        m_fx.db.reset(); // the command takes the database's lock
    }

    void exportPdf_swedishByDefaultWithoutADisplay()
    {
        const QString pdf = out(u"sv.pdf"_s);
        const Run r = run(exportArgs(u"D-0001"_s, pdf));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"D-0001"_s));
        QCOMPARE(test::runTool(u"qpdf"_s, {u"--check"_s, pdf}).exitCode, 0);
        const QString text = test::pdfText(pdf);
        const int pages = test::pdfPages(pdf);
        QVERIFY(pages >= 1);
        for (const QString& expected :
             {u"Handlingsplan"_s, u"Åke Ström"_s, u"19821105-9954"_s, u"Lars Bergström"_s,
              u"Praktik på lagret i Örebro"_s, u"Ringa lagerchefen"_s, u"Delmål"_s,
              u"Underskrifter"_s, u"Möjligheter att få arbete"_s, u"Sida 1 av %1"_s.arg(pages)}) {
            QVERIFY2(text.contains(expected),
                     qPrintable(expected + u" (if only Swedish words are missing: the report's "
                                           u"strings are not translated in tilltro_sv.ts)"_s));
        }
        QVERIFY(!text.contains(u"Samtal om sömn"_s));
        QVERIFY(r.out.contains(u"--include-sensitive"_s));
    }

    void exportPdf_englishOnRequest()
    {
        const QString pdf = out(u"en.pdf"_s);
        const Run r = run(exportArgs(u"D-0001"_s, pdf) + QStringList{u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(u"Action plan"_s));
        QVERIFY(text.contains(u"Page 1 of"_s));
    }

    void exportPdf_sensitiveAndEasyReadOptions()
    {
        const QString pdf = out(u"sensitive.pdf"_s);
        Run r = run(exportArgs(u"D-0001"_s, pdf) +
                    QStringList{u"--include-sensitive"_s, u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QString text = test::pdfText(pdf);
        QVERIFY(text.contains(u"Samtal om sömn och hemmet."_s));
        QVERIFY(text.contains(u"Domestic violence"_s)); // the instrument's English label

        const QString easy = out(u"easy.pdf"_s);
        r = run(exportArgs(u"D-0001"_s, easy) +
                QStringList{u"--easy-read"_s, u"--lang"_s, u"en"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        text = test::pdfText(easy);
        QVERIFY(text.contains(u"Steps on the way"_s));
        QVERIFY(!text.contains(u"Samtal om sömn"_s));
    }

    void exportPdf_protectedIdentity_codeOnly()
    {
        const QString pdf = out(u"protected.pdf"_s);
        const Run r = run(exportArgs(u"D-0002"_s, pdf));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains(u"D-0002"_s));
        QVERIFY(!text.contains(u"Skyddad Person"_s));
        QVERIFY(!text.contains(u"19901211"_s));
    }

    void exportPdf_existingOutputReplaced()
    {
        const QString pdf = out(u"again.pdf"_s);
        QVERIFY(test::writeFile(pdf, "last quarter"));
        const Run r = run(exportArgs(u"D-0001"_s, pdf));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(test::readAll(pdf).startsWith("%PDF-"));
    }

    void exportPdf_badUsage_exit1()
    {
        Run r = run({u"export-pdf"_s, u"--database"_s, m_database, u"--output"_s, out(u"x.pdf"_s),
                     u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"--participant"_s));
        r = run({u"export-pdf"_s, u"--database"_s, m_database, u"--participant"_s, u"D-0001"_s,
                 u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(u"--output"_s));
        r = run({u"export-pdf"_s, u"--participant"_s, u"D-0001"_s, u"--output"_s, out(u"x.pdf"_s),
                 u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 1);
        r = run(exportArgs(u"D-0001"_s, out(u"x.pdf"_s)) + QStringList{u"--colour"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(!QFile::exists(out(u"x.pdf"_s)));
    }

    void exportPdf_failures_exit2AndNoFile()
    {
        const QByteArray before = test::fileHash(m_database);
        Run r =
            run(exportArgs(u"D-9999"_s, out(u"none.pdf"_s)) + QStringList{u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"D-9999"_s), qPrintable(r.err));
        QVERIFY(!QFile::exists(out(u"none.pdf"_s)));

        r = run({u"export-pdf"_s, u"--database"_s, out(u"missing.tilltro"_s), u"--participant"_s,
                 u"D-0001"_s, u"--output"_s, out(u"none.pdf"_s), u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"does not exist"_s));
        QVERIFY(!QFile::exists(out(u"missing.tilltro"_s)));

        r = run(exportArgs(u"D-0001"_s, out(u"no/folder/plan.pdf"_s)) +
                QStringList{u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.isEmpty());

        r = run(exportArgs(u"D-0001"_s, m_database) + QStringList{u"--lang"_s, u"en"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(u"database itself"_s));
        // A refused export changes nothing, the database least of all.
        QCOMPARE(test::fileHash(m_database), before);
    }
};

QTEST_GUILESS_MAIN(TestExportPdfCli)
#include "tst_exportpdfcli.moc"
