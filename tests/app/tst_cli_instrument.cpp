#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include "cliutil.h"
#include "core/instrument/instrument.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using test::runTilltro;

// `tilltro instrument list|import|use` through the real executable: the versions in the
// database, a new version imported from a JSON file, the one new occasions use chosen; every
// refusal with exit 1 (usage) or 2 (failure), a message naming the file and the field, and
// nothing changed.
class TestCliInstrument : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    QJsonArray listed()
    {
        const auto run =
            runTilltro({u"instrument"_s, u"list"_s, u"--json"_s, u"--database"_s, m_database});
        if (run.exitCode != 0) {
            qWarning() << run.err;
            return {};
        }
        return QJsonDocument::fromJson(run.out.toUtf8()).array();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_database = m_dir.filePath(u"instruments.tilltro"_s);
        const auto demo = runTilltro({u"demo"_s, u"--database"_s, m_database});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void list_showsTheBuiltInDefaultInUse()
    {
        const auto builtIn = Instrument::loadDefault();
        QVERIFY(builtIn);
        const QJsonArray rows = listed();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(u"id"_s).toString(), builtIn->id());
        QCOMPARE(row.value(u"version"_s).toInt(), builtIn->version());
        QVERIFY(row.value(u"builtIn"_s).toBool());
        QVERIFY(row.value(u"forNewOccasions"_s).toBool());
        QVERIFY(row.value(u"occasions"_s).toInt() > 0); // the demo's occasions

        const auto text = runTilltro(
            {u"instrument"_s, u"list"_s, u"--database"_s, m_database, u"--lang"_s, u"en"_s});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"used for new occasions"_s), qPrintable(text.out));
    }

    void import_refusesABrokenFile_namingTheFileAndTheField()
    {
        const QString broken = test::dataPath(u"instruments/broken/scale-max-not-greater.json"_s);
        const auto run = runTilltro({u"instrument"_s, u"import"_s, u"--input"_s, broken,
                                     u"--database"_s, m_database, u"--lang"_s, u"en"_s});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QDir::toNativeSeparators(broken)), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"questions[3].scale.max"_s), qPrintable(run.err));
        QCOMPARE(listed().size(), 1);
    }

    void usage_refusedWithExitOne()
    {
        const QList<QStringList> bad = {
            {u"instrument"_s},
            {u"instrument"_s, u"remove"_s},
            {u"instrument"_s, u"import"_s},
            {u"instrument"_s, u"use"_s},
            {u"instrument"_s, u"use"_s, u"--id"_s, u"two"_s},
            {u"instrument"_s, u"list"_s, u"--input"_s, u"x.json"_s},
            {u"instrument"_s, u"list"_s, u"extra"_s},
        };
        for (QStringList args : bad) {
            args << u"--database"_s << m_database;
            const auto run = runTilltro(args);
            QVERIFY2(run.exitCode == 1, qPrintable(args.join(u' ') + u": "_s + run.err));
            QVERIFY2(!run.err.isEmpty(), qPrintable(args.join(u' ')));
        }
        QCOMPARE(listed().size(), 1);
    }

    void importThenUse_newOccasionsUseIt()
    {
        const QString file = test::dataPath(u"instruments/minimal.json"_s);
        const auto imported = runTilltro({u"instrument"_s, u"import"_s, u"--input"_s, file,
                                          u"--database"_s, m_database, u"--lang"_s, u"en"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        QJsonArray rows = listed();
        QCOMPARE(rows.size(), 2);
        const QJsonObject added = rows.at(1).toObject();
        QCOMPARE(added.value(u"id"_s).toString(), u"minimal"_s);
        QVERIFY(!added.value(u"forNewOccasions"_s).toBool());
        const QString rowId = QString::number(added.value(u"rowId"_s).toInteger());

        // Other content under the same id and version: refused, naming the file.
        QByteArray other = test::readAll(file);
        other.replace("Minimalt instrument", "Annan formulering");
        const QString otherPath = m_dir.filePath(u"other.json"_s);
        QVERIFY(test::writeFile(otherPath, other));
        const auto conflict = runTilltro({u"instrument"_s, u"import"_s, u"--input"_s, otherPath,
                                          u"--database"_s, m_database, u"--lang"_s, u"en"_s});
        QCOMPARE(conflict.exitCode, 2);
        QVERIFY2(conflict.err.contains(QDir::toNativeSeparators(otherPath)),
                 qPrintable(conflict.err));

        const auto missing = runTilltro(
            {u"instrument"_s, u"use"_s, u"--id"_s, u"999"_s, u"--database"_s, m_database});
        QCOMPARE(missing.exitCode, 2);

        const auto used = runTilltro({u"instrument"_s, u"use"_s, u"--id"_s, rowId, u"--database"_s,
                                      m_database, u"--lang"_s, u"en"_s});
        QVERIFY2(used.exitCode == 0, qPrintable(used.err));
        QVERIFY2(used.out.contains(u"minimal"_s), qPrintable(used.out));
        rows = listed();
        QCOMPARE(rows.size(), 2);
        QVERIFY(!rows.at(0).toObject().value(u"forNewOccasions"_s).toBool());
        QVERIFY(rows.at(1).toObject().value(u"forNewOccasions"_s).toBool());

        const auto log = runTilltro({u"audit-log"_s, u"--json"_s, u"--database"_s, m_database});
        QCOMPARE(log.exitCode, 0);
        QVERIFY2(log.out.contains(u"\"instrument\""_s), qPrintable(log.out));
    }
};

QTEST_GUILESS_MAIN(TestCliInstrument)
#include "tst_cli_instrument.moc"
