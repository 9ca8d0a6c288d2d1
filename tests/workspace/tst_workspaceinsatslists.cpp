#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <nlohmann/json.hpp>

#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "testutil.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using tilltro::workspace::Workspace;

// A unit's own insats categories and end reasons, brought by the instrument it chooses for new
// occasions (issue 16), as the use cases see them; and the schema-3 migration that lets the
// database hold them.
class TestWorkspaceInsatsLists : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    /// tests/data/instruments/minimal.json with the unit's own lists, written to a file.
    QString localInstrument()
    {
        const QByteArray bytes = test::readAll(test::dataPath(u"instruments/minimal.json"_s));
        auto document = nlohmann::json::parse(bytes.cbegin(), bytes.cend());
        document["version"] = 7;
        document["insatsCategories"] = nlohmann::json::parse(R"([
            {"key": "arbetsplats", "label": {"sv": "Arbetsplatsnära"}, "jobOriented": true},
            {"key": "sfi", "label": {"sv": "SFI"}, "description": {"sv": "Svenska för invandrare"}}
        ])");
        document["endReasons"] = nlohmann::json::parse(R"([
            {"key": "anstallning", "label": {"sv": "Anställning"}, "outcome": "arbete"},
            {"key": "annat", "label": {"sv": "Annat"}}
        ])");
        const QString path = m_dir.filePath(u"local-instrument.json"_s);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(QByteArray::fromStdString(document.dump(2)));
        return path;
    }

    /// Five deltagare (codes `prefix`0–4) who ended on 2026-06-01 for `reason`, each after an
    /// insats of `category` from February: enough to be shown in the statistics.
    static bool addEnded(Workspace& ws, const QString& prefix, const QString& category,
                         const QString& reason)
    {
        for (int i = 0; i < 5; ++i) {
            Participant p = participant(prefix + QString::number(i));
            std::vector<Consent> consents;
            if (!ws.saveParticipant(p, consents, {}))
                return false;
            InsatsPeriod insats;
            insats.participantId = p.id;
            insats.category = category;
            insats.start = QDate(2026, 2, 1);
            insats.end = QDate(2026, 6, 1);
            if (!ws.saveInsats(insats))
                return false;
            p.endDate = QDate(2026, 6, 1);
            p.endReason = reason;
            if (!ws.saveParticipant(p, consents, {}))
                return false;
        }
        return true;
    }

    static Participant participant(const QString& code)
    {
        Participant p;
        p.code = code;
        p.startDate = QDate(2026, 1, 15);
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Clock::setFixedForTests(QDateTime(QDate(2026, 12, 4), QTime(10, 0)));
    }

    void theChosenInstrumentsListsAreOffered()
    {
        Workspace ws;
        QVERIFY(ws.create(m_dir.filePath(u"local.tilltro"_s)));
        // Before a choice: the built-in lists.
        QCOMPARE(ws.insatsLists().jobOrientedCategory(), u"jobbinriktad"_s);

        const auto imported = ws.importInstrument(localInstrument());
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QCOMPARE(ws.insatsLists().jobOrientedCategory(), u"jobbinriktad"_s); // not chosen yet
        QVERIFY(ws.setInstrumentForNewOccasions(imported->entry.rowId));
        QCOMPARE(ws.insatsLists().jobOrientedCategory(), u"arbetsplats"_s);
        QCOMPARE(ws.insatsLists().categories.size(), std::size_t(2));

        Participant p = participant(u"L-1"_s);
        std::vector<Consent> consents;
        QVERIFY(ws.saveParticipant(p, consents, {}));
        InsatsPeriod sfi;
        sfi.participantId = p.id;
        sfi.category = u"sfi"_s;
        sfi.title = u"SFI kurs C"_s;
        sfi.start = QDate(2026, 10, 1);
        QVERIFY2(ws.saveInsats(sfi), "a category of the chosen list is saved");

        // A category that is not a key is refused and nothing is stored.
        InsatsPeriod broken = sfi;
        broken.id = 0;
        broken.category = u"Not a key"_s;
        const auto refused = ws.saveInsats(broken);
        QVERIFY(!refused);
        QVERIFY(!refused.errorMessage().isEmpty());
        QCOMPARE(ws.insatser(p.id)->size(), std::size_t(1));
        QCOMPARE(ws.insatser(p.id)->front().category, u"sfi"_s);

        // Ended with the unit's own reason; it reads back as written.
        p.endDate = QDate(2026, 12, 1);
        p.endReason = u"anstallning"_s;
        QVERIFY(ws.saveParticipant(p, consents, {}));
        QCOMPARE(ws.participant(p.id).value()->endReason, u"anstallning"_s);
        QCOMPARE(ws.endReasonLabel(u"anstallning"_s, u"sv"_s), u"Anställning"_s);
        // A built-in key still has its words after the choice; an unknown one is shown as is.
        QCOMPARE(ws.insatsCategoryLabel(u"social"_s, u"sv"_s), u"Social"_s);
        QCOMPARE(ws.insatsCategoryLabel(u"gammal_kategori"_s, u"sv"_s), u"gammal_kategori"_s);

        // Choosing the built-in instrument again brings the built-in lists back; the record
        // keeps its key.
        QVERIFY(ws.setInstrumentForNewOccasions(0));
        QCOMPARE(ws.insatsLists().jobOrientedCategory(), u"jobbinriktad"_s);
        QCOMPARE(ws.insatser(p.id)->front().category, u"sfi"_s);
    }

    void statisticsCountTheUnitsOwnOutcomes()
    {
        Workspace ws;
        QVERIFY(ws.create(m_dir.filePath(u"outcomes.tilltro"_s)));
        const auto imported = ws.importInstrument(localInstrument());
        QVERIFY(imported);
        QVERIFY(ws.setInstrumentForNewOccasions(imported->entry.rowId));
        // Five ended with "anstallning" (work), each with an SFI insats: enough to be shown.
        QVERIFY(addEnded(ws, u"S-"_s, u"sfi"_s, u"anstallning"_s));
        analysis::StatisticsFilter filter;
        filter.to = QDate(2026, 12, 1);
        filter.category = u"sfi"_s;
        const auto s = ws.statistics(filter);
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QCOMPARE(s->participants, std::optional<int>(5));
        QCOMPARE(s->outcomes.size(), std::size_t(1));
        QCOMPARE(s->outcomes.front().combination, std::vector<QString>{u"sfi"_s});
        QCOMPARE(s->outcomes.front().arbete, std::optional<int>(5));
        filter.category = u"arbetsplats"_s;
        QCOMPARE(ws.statistics(filter)->participants, std::optional<int>(0));

        // Five more, ended and recorded under the built-in list before the switch: "arbete"
        // still counts as work, and their "jobbinriktad" insats can still be filtered on.
        QVERIFY(ws.setInstrumentForNewOccasions(0));
        QVERIFY(addEnded(ws, u"B-"_s, u"jobbinriktad"_s, u"arbete"_s));
        QVERIFY(ws.setInstrumentForNewOccasions(imported->entry.rowId));
        filter.category = u"jobbinriktad"_s;
        const auto builtIn = ws.statistics(filter);
        QVERIFY(builtIn);
        QCOMPARE(builtIn->participants, std::optional<int>(5));
        QCOMPARE(builtIn->outcomes.size(), std::size_t(1));
        QCOMPARE(builtIn->outcomes.front().arbete, std::optional<int>(5));
    }

    void aVersion2FileMigratesAndTakesAnyCategory()
    {
        const QString path = m_dir.filePath(u"v2-copy.tilltro"_s);
        QVERIFY(QFile::copy(test::dataPath(u"schema/v2.tilltro"_s), path));
        QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
        // Every row with its id and category, and AUTOINCREMENT's counter.
        const auto insatsRows = [](storage::Database& db) {
            QStringList rows;
            QSqlQuery q(db.connection());
            if (!q.exec(u"SELECT id, participant_id, category, title, start_date, "
                        u"COALESCE(end_date, '') FROM insats ORDER BY id"_s))
                return QStringList{u"error"_s};
            while (q.next()) {
                QStringList cells;
                for (int c = 0; c < 6; ++c)
                    cells << q.value(c).toString();
                rows << cells.join(u'|');
            }
            return rows;
        };
        const auto counter = [](storage::Database& db) {
            QSqlQuery q(db.connection());
            return q.exec(u"SELECT seq FROM sqlite_sequence WHERE name = 'insats'"_s) && q.next()
                       ? q.value(0).toLongLong()
                       : -1;
        };
        // An insats deleted before the migration: its id must never come back.
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw-v2"_s);
            raw.setDatabaseName(path);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"DELETE FROM insats WHERE id = (SELECT MAX(id) FROM insats)"_s));
            q.finish();
            raw.close();
        }
        QSqlDatabase::removeDatabase(u"raw-v2"_s);
        QStringList before;
        qint64 counterBefore = 0;
        {
            auto old = storage::Database::open(path, storage::Database::Access::Inspect);
            QVERIFY2(old, qPrintable(old.errorMessage()));
            before = insatsRows(*old.value());
            counterBefore = counter(*old.value());
            QVERIFY(!before.isEmpty());
            QVERIFY(counterBefore > before.last().section(u'|', 0, 0).toLongLong());
        }
        Workspace ws;
        QVERIFY2(ws.open(path), "the version-2 file opens and is migrated");
        QCOMPARE(ws.database()->schemaVersion(), storage::Database::SchemaVersion);
        QCOMPARE(insatsRows(*ws.database()), before); // every row kept, with its id
        QCOMPARE(counter(*ws.database()), counterBefore);
        // The fixed list is gone from the table: a unit's own category is stored.
        QSqlQuery q(ws.database()->connection());
        QVERIFY(q.exec(u"SELECT participant_id FROM insats LIMIT 1"_s) && q.next());
        InsatsPeriod local;
        local.participantId = q.value(0).toLongLong();
        local.category = u"sfi"_s;
        local.start = QDate(2026, 11, 1);
        q.finish();
        QVERIFY(ws.saveInsats(local));
        QCOMPARE(local.id, counterBefore + 1); // not the deleted one's id
        // Old occasions recorded nothing; one can now say that no insats ran.
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM occasion WHERE no_insats = 1"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        auto occasions = ws.occasions(local.participantId);
        QVERIFY(occasions && !occasions->empty());
        Occasion occasion = occasions->front();
        occasion.noInsats = true;
        const auto instrument = ws.instrument(occasion.instrumentId);
        QVERIFY(instrument);
        QVERIFY(ws.saveOccasion(occasion, instrument.value()));
        QVERIFY(ws.occasions(local.participantId)->front().noInsats);
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceInsatsLists)
#include "tst_workspaceinsatslists.moc"
