#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

#include "cliutil.h"
#include "core/instrument/easyread.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "report/pdftools.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using test::runTilltro;

// `tilltro export-form` through the real executable, without a display: the blank deltagare
// form as a PDF, plain or easy-read, Swedish or English, written owner-only; and every bad
// request refused with exit 1, a message that says why, and nothing written.
class TestCliForm : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Instrument m_instrument;

    QString pdfText(const QString& path)
    {
        if (test::toolPath(u"pdftotext"_s).isEmpty())
            return {};
        return test::pdfText(path);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_instrument = Instrument::loadDefault().value();
    }

    void plain_inSwedishByDefault_ownerOnly()
    {
        const QString path = m_dir.filePath(u"form.pdf"_s);
        const auto run = runTilltro({u"export-form"_s, u"--output"_s, path});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QDir::toNativeSeparators(path)), qPrintable(run.out));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(5), QByteArray("%PDF-"));
        QCOMPARE(QFileInfo(path).permissions() &
                     (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext is needed to read the form back (apt-get install poppler-utils)");
        QVERIFY(text.contains(u"Namn"_s));
        for (const Question* q : m_instrument.questionsFor(Respondent::Deltagare))
            QVERIFY2(text.contains(q->text.text(u"sv"_s)), qPrintable(q->key));
        QVERIFY(!text.contains(u"Tilltro"_s));
        QVERIFY(!text.contains(u"Våld"_s));
    }

    void easyRead_inEnglish()
    {
        const QString path = m_dir.filePath(u"easy.pdf"_s);
        const auto run = runTilltro(
            {u"export-form"_s, u"--output"_s, path, u"--easy-read"_s, u"--lang"_s, u"en"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"Wrote the blank form"_s), qPrintable(run.out));
        const QString text = pdfText(path);
        if (text.isEmpty())
            QSKIP("pdftotext is needed to read the form back (apt-get install poppler-utils)");
        const auto easy = easyReadTexts(m_instrument).value();
        for (const auto& [key, texts] : easy)
            QVERIFY2(text.contains(texts.text.text(u"en"_s)), qPrintable(key));
        QVERIFY(text.contains(u"Name"_s));
        QVERIFY(!text.contains(u"Namn"_s));
    }

    void existingFile_isReplaced()
    {
        const QString path = m_dir.filePath(u"old.pdf"_s);
        QVERIFY(test::writeFile(path, "old"));
        const auto run = runTilltro({u"export-form"_s, u"--output"_s, path});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(test::readAll(path).startsWith("%PDF-"));
    }

    void badRequest_isRefused_andNothingWritten_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");  // in the message
        QTest::addColumn<QString>("untouched"); // a path that must not appear
        QTest::addColumn<int>("exitCode");      // 1: the request; 2: the file refused

        const QString out = m_dir.filePath(u"refused.pdf"_s);
        QTest::newRow("no --output") << QStringList{u"export-form"_s} << u"--output"_s << out << 1;
        QTest::newRow("empty --output")
            << QStringList{u"export-form"_s, u"--output"_s, u" "_s} << u"--output"_s << out << 1;
        QTest::newRow("unknown language")
            << QStringList{u"export-form"_s, u"--output"_s, out, u"--lang"_s, u"de"_s} << u"de"_s
            << out << 1;
        // A file that cannot be written is a failure (2), as for every other command.
        QTest::newRow("a folder") << QStringList{u"export-form"_s, u"--output"_s, m_dir.path()}
                                  << QDir::toNativeSeparators(m_dir.path()) << out << 2;
        const QString missing = m_dir.filePath(u"no-such-folder/form.pdf"_s);
        QTest::newRow("no such folder")
            << QStringList{u"export-form"_s, u"--output"_s, missing}
            << QDir::toNativeSeparators(m_dir.filePath(u"no-such-folder"_s)) << missing << 2;
        QTest::newRow("stray argument")
            << QStringList{u"export-form"_s, u"--output"_s, out, u"extra"_s} << u"extra"_s << out
            << 1;
    }

    void badRequest_isRefused_andNothingWritten()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QFETCH(QString, untouched);
        QFETCH(int, exitCode);
        const QStringList before = QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden);
        const auto run = runTilltro(args);
        QCOMPARE(run.exitCode, exitCode);
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QVERIFY(!QFileInfo::exists(untouched));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::AllEntries | QDir::Hidden), before);
    }

    void unwritableFolder_isRefused_andNothingWritten()
    {
        if (::geteuid() == 0)
            QSKIP("root may write in any folder");
        const QString folder = m_dir.filePath(u"locked"_s);
        QVERIFY(QDir().mkpath(folder));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner));
        const QString path = folder + u"/form.pdf"_s;
        const auto run = runTilltro({u"export-form"_s, u"--output"_s, path});
        QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(path)) ||
                     run.err.contains(QDir::toNativeSeparators(folder)),
                 qPrintable(run.err));
        QVERIFY(QDir(folder).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
    }

    void namedDatabase_isNeverWrittenOver()
    {
        const QString db = m_dir.filePath(u"caseload.tilltro"_s);
        QCOMPARE(runTilltro({u"demo"_s, u"--database"_s, db}).exitCode, 0);
        const QByteArray before = test::fileHash(db);
        const auto run = runTilltro({u"export-form"_s, u"--database"_s, db, u"--output"_s, db});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(u"database"_s), qPrintable(run.err));
        QCOMPARE(test::fileHash(db), before);
        QVERIFY(storage::Database::open(db, storage::Database::Access::ReadOnly).ok());
    }

    void help_listsTheCommand()
    {
        const auto run = runTilltro({u"--help"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"export-form"_s), qPrintable(run.out));
        const auto own = runTilltro({u"export-form"_s, u"--help"_s, u"--lang"_s, u"en"_s});
        QCOMPARE(own.exitCode, 0);
        QVERIFY(own.out.contains(u"--easy-read"_s));
        QVERIFY(own.out.contains(u"--output"_s));
    }
};

QTEST_GUILESS_MAIN(TestCliForm)
#include "tst_cli_form.moc"
