#include <QFile>
#include <QSqlQuery>
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

    void open_fromVersion1_addsNextMeetingAndAbsenceAndKeepsPlans()
    {
        const QString path = copyFixture(1);
        QVERIFY(!path.isEmpty());
        qint64 participantId = 0;
        std::vector<Handlingsplan> before;
        {
            // What version 1 holds, read before it is changed.
            auto old = Database::open(path, Database::Access::Inspect);
            QVERIFY2(old.ok(), qPrintable(old.errorMessage()));
            QSqlQuery q(old.value()->connection());
            QVERIFY(q.exec(u"SELECT COUNT(*) FROM plan"_s) && q.next());
            QVERIFY(q.value(0).toInt() > 0);
        }
        {
            auto db = Database::open(path);
            QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
            QCOMPARE(db.value()->schemaVersion(), Database::SchemaVersion);
            auto first = ParticipantRepository(*db.value()).byCode(u"D-0001"_s).value();
            QVERIFY(first.has_value());
            participantId = first->id;
            auto plans = PlanRepository(*db.value()).forParticipant(participantId);
            QVERIFY(plans.ok());
            QVERIFY(!plans.value().empty());
            before = plans.value();
            for (const Handlingsplan& p : before)
                QVERIFY(!p.nextMeeting.isValid()); // none agreed before there was a field
            auto occasions = OccasionRepository(*db.value()).forParticipant(participantId);
            QVERIFY(occasions.ok());
            for (const Occasion& o : occasions.value())
                QVERIFY(!o.deltagareAbsent);

            // The new columns take values.
            Handlingsplan plan = before.back();
            plan.nextMeeting = QDate(2027, 1, 15);
            QVERIFY(PlanRepository(*db.value()).save(plan).ok());
            Occasion occasion = occasions.value().back();
            occasion.deltagareAbsent = true;
            QVERIFY(OccasionRepository(*db.value()).save(occasion).ok());
        }
        // A migrated file has the schema a new one has: it opens again, for editing and for
        // reading, and keeps what was saved.
        auto again = Database::open(path, Database::Access::ReadOnly);
        QVERIFY2(again.ok(), qPrintable(again.errorMessage()));
        auto plans = PlanRepository(*again.value()).forParticipant(participantId);
        QVERIFY(plans.ok());
        QCOMPARE(plans.value().size(), before.size());
        QCOMPARE(plans.value().back().nextMeeting, QDate(2027, 1, 15));
        // Saving writes the delmål anew (new ids); what they say is kept.
        const auto withoutIds = [](std::vector<Delmal> list) {
            for (Delmal& d : list) {
                d.id = 0;
                for (Activity& a : d.activities)
                    a.id = 0;
            }
            return list;
        };
        QCOMPARE(withoutIds(plans.value().back().delmal), withoutIds(before.back().delmal));
        auto occasions = OccasionRepository(*again.value()).forParticipant(participantId);
        QVERIFY(occasions.ok());
        QVERIFY(occasions.value().back().deltagareAbsent);
    }

    void migratedSchema_isTheSchemaOfANewFile()
    {
        const QString path = copyFixture(1);
        QVERIFY(Database::open(path).ok());
        const QString fresh = m_dir.filePath(u"fresh.tilltro"_s);
        QFile::remove(fresh);
        QVERIFY(Database::create(fresh).ok());
        const auto schemaOf = [](const QString& file) {
            QStringList objects;
            auto db = Database::open(file, Database::Access::Inspect);
            if (!db)
                return objects;
            QSqlQuery q(db.value()->connection());
            q.exec(u"SELECT type, name, sql FROM sqlite_master ORDER BY type, name"_s);
            while (q.next())
                objects << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' +
                               q.value(2).toString();
            return objects;
        };
        const QStringList migrated = schemaOf(path);
        QVERIFY(!migrated.isEmpty());
        QCOMPARE(migrated, schemaOf(fresh));
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
