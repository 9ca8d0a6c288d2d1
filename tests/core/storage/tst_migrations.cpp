#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/database.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;

// Every schema version ever released has a fixture in tests/data/schema/ made by that version's
// `tilltro demo`, and a test here that opens a copy with the current program and finds the data.
class TestMigrations : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString copyFixture(int version)
    {
        const QString source = test::dataPath(u"schema/v%1.tilltro"_s.arg(version));
        const QString target = m_dir.filePath(u"v%1-copy.tilltro"_s.arg(version));
        QFile::remove(target);
        if (!QFile::copy(source, target))
            return {};
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        return target;
    }

private Q_SLOTS:
    void fixtures_existForEveryVersion()
    {
        for (int v = 1; v <= Database::SchemaVersion; ++v)
            QVERIFY2(QFile::exists(test::dataPath(u"schema/v%1.tilltro"_s.arg(v))),
                     qPrintable(u"missing fixture for schema version %1"_s.arg(v)));
    }

    void open_fromVersion1_keepsParticipantsOccasionsAndPlans()
    {
        const QString path = copyFixture(1);
        QVERIFY(!path.isEmpty());
        auto db = Database::open(path);
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), Database::SchemaVersion);
        QVERIFY(db.value()->checkIntegrity(true).ok());

        auto participants = ParticipantRepository(*db.value()).all();
        QVERIFY(participants.ok());
        QCOMPARE(participants.value().size(), size_t(12));
        auto protectedOne = ParticipantRepository(*db.value()).byCode(u"D-0002"_s);
        QVERIFY(protectedOne.value().has_value());
        QVERIFY(protectedOne.value()->protectedIdentity);

        auto first = ParticipantRepository(*db.value()).byCode(u"D-0001"_s).value();
        QVERIFY(first.has_value());
        QCOMPARE(first->personnummer, u"19821105-9954"_s);
        auto occasions = OccasionRepository(*db.value()).forParticipant(first->id);
        QVERIFY(occasions.ok());
        QVERIFY(!occasions.value().empty());
        const Occasion& o = occasions.value().front();
        QVERIFY(o.answers.size() >= 12);
        auto instrument = InstrumentRepository(*db.value()).load(o.instrumentId);
        QVERIFY2(instrument.ok(), qPrintable(instrument.errorMessage()));
        for (const auto& [key, answer] : o.answers)
            QVERIFY2(instrument->accepts(key, answer), qPrintable(key));
        auto plans = PlanRepository(*db.value()).forParticipant(first->id);
        QVERIFY(plans.ok());
        QCOMPARE(plans.value().size(), size_t(1));
        QVERIFY(!plans.value()[0].delmal.empty());
    }

    void inspect_fromVersion1_reportsVersionWithoutChangingFile()
    {
        const QString path = copyFixture(1);
        const QByteArray before = test::fileHash(path);
        {
            auto db = Database::open(path, Database::Access::Inspect);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            QCOMPARE(db.value()->schemaVersion(), 1);
        }
        QCOMPARE(test::fileHash(path), before);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
