// The workspace's use cases without any widget: each against a temporary database, checking
// what it changed, the signals it emitted and the audit entries it wrote.

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/auditlog.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/participantrepository.h"
#include "testutil.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using tilltro::workspace::Access;
using tilltro::workspace::Workspace;

namespace {

/// The audit entries of the workspace's database as "action/entity" pairs, oldest first.
QStringList auditTrail(Workspace& ws, qint64 participantId = 0)
{
    QStringList trail;
    auto entries = ws.auditLog(participantId);
    if (!entries)
        return {u"error: "_s + entries.errorMessage()};
    for (const AuditEntry& e : entries.value())
        trail << e.action + u'/' + e.entity;
    return trail;
}

Participant newParticipant(const QString& code, const QString& name = {})
{
    Participant p;
    p.code = code;
    p.name = name;
    p.startDate = QDate(2026, 1, 15);
    return p;
}

} // namespace

class TestWorkspace : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString& name) const { return m_dir.filePath(name); }

    /// A workspace on a new database holding one deltagare (returned in `added`).
    std::unique_ptr<Workspace> withParticipant(const QString& name, Participant& added)
    {
        auto ws = std::make_unique<Workspace>();
        if (auto r = ws->create(file(name)); !r) {
            qWarning() << r.errorMessage();
            return nullptr;
        }
        added = newParticipant(u"A-1"_s, u"Anna Andersson"_s);
        std::vector<Consent> consents;
        if (auto r = ws->saveParticipant(added, consents, {}); !r) {
            qWarning() << r.errorMessage();
            return nullptr;
        }
        return ws;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        Clock::setFixedForTests(QDateTime(QDate(2026, 12, 4), QTime(10, 0)));
    }

    void closedWorkspaceRefusesWithAMessage()
    {
        Workspace ws;
        QVERIFY(!ws.isOpen());
        auto rows = ws.caseload(QDate(2026, 12, 4));
        QVERIFY(!rows);
        QVERIFY(!rows.errorMessage().isEmpty());
        Participant p = newParticipant(u"X-1"_s);
        std::vector<Consent> consents;
        QSignalSpy added(&ws, &Workspace::participantAdded);
        QVERIFY(!ws.saveParticipant(p, consents, {}));
        QCOMPARE(added.count(), 0);
    }

    void createOpensAndAnnounces()
    {
        Workspace ws;
        QSignalSpy opened(&ws, &Workspace::opened);
        QVERIFY(ws.create(file(u"create.tilltro"_s)));
        QCOMPARE(opened.count(), 1);
        QVERIFY(ws.isOpen());
        QVERIFY(!ws.isReadOnly());
        QCOMPARE(ws.path(), QFileInfo(file(u"create.tilltro"_s)).canonicalFilePath());
        // Never over an existing file; the open database stays open.
        Workspace other;
        QVERIFY(!other.create(file(u"create.tilltro"_s)));
        QVERIFY(!other.isOpen());
    }

    void openFailureKeepsTheOpenDatabase()
    {
        Workspace ws;
        QVERIFY(ws.create(file(u"keep.tilltro"_s)));
        const QString before = ws.path();
        QSignalSpy closed(&ws, &Workspace::closed);
        auto missing = ws.open(file(u"missing.tilltro"_s));
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QCOMPARE(ws.path(), before);
        QCOMPARE(closed.count(), 0);
    }

    void secondEditorGetsAConflict()
    {
        Workspace first;
        QVERIFY(first.create(file(u"held.tilltro"_s)));
        Workspace second;
        auto refused = second.open(file(u"held.tilltro"_s), Access::Edit);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        // Reading beside the editor is possible (the window offers it).
        QVERIFY(second.open(file(u"held.tilltro"_s), Access::ReadOnly));
        QVERIFY(second.isReadOnly());
        Participant p = newParticipant(u"R-1"_s);
        std::vector<Consent> consents;
        QVERIFY(!second.saveParticipant(p, consents, {}));
    }

    void saveParticipantAnnouncesAndAudits()
    {
        Workspace ws;
        QVERIFY(ws.create(file(u"save.tilltro"_s)));
        QSignalSpy added(&ws, &Workspace::participantAdded);
        QSignalSpy changed(&ws, &Workspace::participantChanged);

        Participant p = newParticipant(u"S-1"_s, u"Sara Svensson"_s);
        Consent consent;
        consent.scope = u"registrering"_s;
        consent.given = QDate(2026, 1, 15);
        std::vector<Consent> consents{consent};
        QVERIFY(ws.saveParticipant(p, consents, {}));
        QVERIFY(p.id > 0);
        QVERIFY(consents.front().id > 0);
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toLongLong(), p.id);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(auditTrail(ws, p.id), (QStringList{u"create/participant"_s, u"create/consent"_s}));

        // Changed: the consent withdrawn, the name changed, all in one go.
        const std::vector<Consent> stored = consents;
        p.name = u"Sara Ström"_s;
        consents.front().withdrawn = QDate(2026, 6, 1);
        QVERIFY(ws.saveParticipant(p, consents, stored));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ws.participant(p.id).value()->name, u"Sara Ström"_s);
        QCOMPARE(ws.consents(p.id).value().front().withdrawn, QDate(2026, 6, 1));
        // The consents first: a change of handledare, saved with the deltagare's row, may take
        // the deltagare out of a team database's sight.
        QCOMPARE(auditTrail(ws, p.id).mid(2),
                 (QStringList{u"update/consent"_s, u"update/participant"_s}));

        // A taken code changes nothing and says nothing.
        Participant twin = newParticipant(u"S-1"_s);
        std::vector<Consent> none;
        auto refused = ws.saveParticipant(twin, none, {});
        QVERIFY(!refused);
        QCOMPARE(twin.id, 0);
        QCOMPARE(added.count(), 1);
    }

    void reopenParticipationClearsTheEnd()
    {
        Participant p;
        auto ws = withParticipant(u"reopen.tilltro"_s, p);
        QVERIFY(ws);
        p.endDate = QDate(2026, 6, 30);
        p.endReason = u"arbete"_s;
        std::vector<Consent> none;
        QVERIFY(ws->saveParticipant(p, none, {}));
        QSignalSpy changed(ws.get(), &Workspace::participantChanged);
        QVERIFY(ws->reopenParticipation(p.id));
        QCOMPARE(changed.count(), 1);
        const Participant reopened = *ws->participant(p.id).value();
        QVERIFY(!reopened.endDate.isValid());
        QCOMPARE(reopened.endReason, QString());
        QVERIFY(!ws->reopenParticipation(p.id + 1000)); // nobody
        QCOMPARE(changed.count(), 1);
    }

    void occasionsInsatserAndPlansAnnounceTheirDeltagare()
    {
        Participant p;
        auto ws = withParticipant(u"occasion.tilltro"_s, p);
        QVERIFY(ws);
        auto instrument = Instrument::loadDefault();
        QVERIFY2(instrument, qPrintable(instrument.errorMessage()));

        QSignalSpy occasionSaved(ws.get(), &Workspace::occasionSaved);
        Occasion o;
        o.participantId = p.id;
        o.date = QDate(2026, 12, 1);
        QVERIFY(ws->saveOccasion(o, instrument.value()));
        QVERIFY(o.id > 0);
        QVERIFY(o.instrumentId > 0); // the version is stored with the first save
        QCOMPARE(occasionSaved.count(), 1);
        QCOMPARE(occasionSaved.first().at(0).toLongLong(), p.id);
        QCOMPARE(occasionSaved.first().at(1).toLongLong(), o.id);
        QCOMPARE(occasionSaved.first().at(2).toBool(), true); // new: the lists show it
        // A draft saved again as it is typed: announced, but nothing a list shows changed.
        o.notes = u"anteckning"_s;
        QVERIFY(ws->saveOccasion(o, instrument.value()));
        QCOMPARE(occasionSaved.count(), 2);
        QCOMPARE(occasionSaved.last().at(2).toBool(), false);
        o.date = QDate(2026, 12, 2); // re-dated: listed again
        QVERIFY(ws->saveOccasion(o, instrument.value()));
        QCOMPARE(occasionSaved.last().at(2).toBool(), true);
        QCOMPARE(ws->instrument(o.instrumentId).value().id(), instrument.value().id());
        QCOMPARE(ws->occasions(p.id).value().size(), size_t(1));

        QSignalSpy insatsChanged(ws.get(), &Workspace::insatsChanged);
        InsatsPeriod period;
        period.participantId = p.id;
        period.title = u"Praktik"_s;
        period.category = u"jobbinriktad"_s;
        period.start = QDate(2026, 2, 1);
        QVERIFY(ws->saveInsats(period));
        QCOMPARE(insatsChanged.count(), 1);
        QCOMPARE(insatsChanged.first().first().toLongLong(), p.id);

        QSignalSpy planChanged(ws.get(), &Workspace::planChanged);
        Handlingsplan plan;
        plan.participantId = p.id;
        plan.goalText = u"Arbete inom vården"_s;
        QVERIFY(ws->savePlan(plan));
        QCOMPARE(planChanged.count(), 1);
        QCOMPARE(planChanged.first().first().toLongLong(), p.id);
        const QStringList trail = auditTrail(*ws, p.id);
        QVERIFY2(trail.contains(u"create/occasion"_s), qPrintable(trail.join(u", "_s)));
        QVERIFY2(trail.contains(u"create/insats"_s), qPrintable(trail.join(u", "_s)));
        QVERIFY2(trail.contains(u"create/plan"_s), qPrintable(trail.join(u", "_s)));
    }

    void setCurrentUserAddsAndChooses()
    {
        Workspace ws;
        QVERIFY(ws.create(file(u"user.tilltro"_s)));
        QVERIFY(!ws.currentUser().value());
        QSignalSpy changed(&ws, &Workspace::handledareChanged);
        Handledare h;
        h.name = u"Hanna Handledare"_s;
        QVERIFY(ws.setCurrentUser(h));
        QVERIFY(h.id > 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ws.currentUser().value()->id, h.id);
        QCOMPARE(ws.handledare().value().size(), size_t(1));
    }

    void eraseRemovesAnnouncesAndReplacesBackups()
    {
        Participant p;
        auto ws = withParticipant(u"erase.tilltro"_s, p);
        QVERIFY(ws);
        // An automatic backup made before the erasure still holds the deltagare.
        auto made = ws->maintain();
        QVERIFY(made);
        QVERIFY2(made.warning().isEmpty(), qPrintable(made.warning()));
        const QString folder = ws->backupFolder();
        QCOMPARE(listBackups(folder).size(), size_t(1));
        const QString oldBackup = listBackups(folder).front().path;

        QSignalSpy erased(ws.get(), &Workspace::participantsErased);
        auto done = ws->erase({p.id});
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QVERIFY2(done.warning().isEmpty(), qPrintable(done.warning()));
        QCOMPARE(done->backupsReplaced, 1);
        QVERIFY(!QFile::exists(oldBackup));
        QCOMPARE(erased.count(), 1);
        QCOMPARE(erased.first().first().value<QList<qint64>>(), QList<qint64>{p.id});
        QVERIFY(!ws->participant(p.id).value());
        QCOMPARE(auditTrail(*ws).last(), u"erase/participant"_s);

        // Nobody to erase: an error, no signal.
        auto nobody = ws->erase({p.id});
        QVERIFY(!nobody);
        QCOMPARE(nobody.error().kind, Error::Kind::NotFound);
        QCOMPARE(erased.count(), 1);
    }

    void doneWithAWarningWhenTheBackupsCannotBeMade()
    {
        // In a folder of its own: the backups' folder beside it is this test's alone.
        QVERIFY(QDir(m_dir.path()).mkpath(u"warn"_s));
        Participant p;
        auto ws = withParticipant(u"warn/warn.tilltro"_s, p);
        QVERIFY(ws);
        // A file where the automatic backups' folder should be: no backup can be made there.
        QVERIFY(test::writeFile(ws->backupFolder(), "not a folder"));
        auto maintained = ws->maintain();
        QVERIFY(maintained); // the database itself is fine
        QVERIFY2(!maintained.warning().isEmpty(), "the failed backup must be said");
    }

    void eraseDoneWithAWarningWhenTheFileCannotBeCleanedYet()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"busy"_s));
        Participant p;
        auto ws = withParticipant(u"busy/busy.tilltro"_s, p);
        QVERIFY(ws);
        {
            QSqlQuery fast(ws->database()->connection());
            QVERIFY(fast.exec(u"PRAGMA busy_timeout = 100"_s));
        }
        // Another program reading the file keeps its old pages: the rows go, the clean-up waits.
        auto reader = Database::open(ws->path(), Database::Access::ReadOnly);
        QVERIFY(reader);
        QSqlQuery reading(reader.value()->connection());
        QVERIFY(reading.exec(u"SELECT code FROM participant"_s) && reading.next());

        QSignalSpy erased(ws.get(), &Workspace::participantsErased);
        auto done = ws->erase({p.id});
        QVERIFY2(done, qPrintable(done.errorMessage())); // erased: not an error
        QCOMPARE(erased.count(), 1);
        QVERIFY(!ws->participant(p.id).value());
        QVERIFY2(done.warning().contains(u"has been erased"_s), qPrintable(done.warning()));
    }

    void borrowedDatabaseStaysTheCallers()
    {
        auto db = Database::create(file(u"borrowed.tilltro"_s));
        QVERIFY(db);
        {
            Workspace ws;
            QSignalSpy opened(&ws, &Workspace::opened);
            ws.borrow(*db.value());
            QCOMPARE(opened.count(), 1);
            QCOMPARE(ws.database(), db.value().get());
            Participant p = newParticipant(u"B-1"_s);
            std::vector<Consent> none;
            QVERIFY(ws.saveParticipant(p, none, {}));
        }
        // The workspace is gone; the database is still open and holds what was saved.
        QVERIFY(ParticipantRepository(*db.value()).byCode(u"B-1"_s).value());
    }

    void restoreReappliesErasuresAndLogs()
    {
        Participant anna;
        auto ws = withParticipant(u"restore.tilltro"_s, anna);
        QVERIFY(ws);
        const QString backup = file(u"restore-backup.tilltro"_s);
        QVERIFY(ws->backup(backup));
        QVERIFY(!ws->backup(backup)); // never over an existing file
        const QString current = ws->path();
        QVERIFY(ws->erase({anna.id}));

        auto restored = ws->restoreBackup(backup);
        QVERIFY2(restored, qPrintable(restored.errorMessage()));
        QCOMPARE(restored->erasedAgain, 1);
        QVERIFY(restored->path != current);
        QCOMPARE(ws->path(), current); // the copy is not opened

        Workspace copy;
        QVERIFY(copy.open(restored->path));
        QVERIFY(!copy.participantByCode(u"A-1"_s).value()); // not brought back
        const QStringList trail = auditTrail(copy);
        QCOMPARE(trail.last(), u"restore/database"_s);

        // What is not a backup leaves no copy behind.
        const QString junk = file(u"junk.tilltro"_s);
        QVERIFY(test::writeFile(junk, QByteArray(4096, 'x')));
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        QVERIFY(!ws->restoreBackup(junk));
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
    }

    void recoveryPutsTheCopyBesideTheDamagedFile()
    {
        QVERIFY(QDir(m_dir.path()).mkpath(u"elsewhere"_s));
        Participant p;
        auto ws = withParticipant(u"elsewhere/kept.tilltro"_s, p);
        QVERIFY(ws);
        const QString backup = file(u"elsewhere/kept-backup.tilltro"_s);
        QVERIFY(ws->backup(backup));
        ws->close();
        // Another database is open; the damaged one is in a folder of its own.
        Workspace other;
        QVERIFY(other.create(file(u"other.tilltro"_s)));
        const QString damaged = file(u"damaged/db.tilltro"_s);
        QVERIFY(QDir(m_dir.path()).mkpath(u"damaged"_s));
        QVERIFY(test::writeFile(damaged, "not a database"));
        auto copy = other.recoverFromBackup(backup, damaged);
        QVERIFY2(copy, qPrintable(copy.errorMessage()));
        QCOMPARE(QFileInfo(copy->path).absolutePath(), QFileInfo(damaged).absolutePath());
        QCOMPARE(copy->erasedAgain, 0); // the backup is not an earlier state of `other`
        QCOMPARE(test::readAll(damaged), QByteArray("not a database"));
    }

    void importAnnouncesTheCodesAndRefusesAll()
    {
        Participant anna;
        auto source = withParticipant(u"source.tilltro"_s, anna);
        QVERIFY(source);
        const QString exported = file(u"exchange.json"_s);
        exchange::ExportOptions options;
        auto summary = source->exportFile(exported, options);
        QVERIFY2(summary, qPrintable(summary.errorMessage()));
        QCOMPARE(summary->codes, QStringList{u"A-1"_s});
        QCOMPARE(auditTrail(*source, anna.id).last(), u"export/participant"_s);

        Workspace target;
        QVERIFY(target.create(file(u"target.tilltro"_s)));
        QSignalSpy imported(&target, &Workspace::participantsImported);
        auto done = target.importFile(exported);
        QVERIFY2(done, qPrintable(done.errorMessage()));
        QCOMPARE(imported.count(), 1);
        QCOMPARE(imported.first().first().toStringList(), QStringList{u"A-1"_s});
        QVERIFY(target.participantByCode(u"A-1"_s).value());

        // Again: the code is taken, nothing is imported, nothing announced.
        auto again = target.importFile(exported);
        QVERIFY(!again);
        QCOMPARE(again.error().kind, Error::Kind::Conflict);
        QCOMPARE(imported.count(), 1);
    }

    void instrumentsListTheBuiltInDefaultUntilStored()
    {
        Workspace ws;
        QVERIFY(ws.create(file(u"instruments-new.tilltro"_s)));
        const auto builtIn = Instrument::loadDefault();
        QVERIFY(builtIn);
        auto listed = ws.instruments();
        QVERIFY2(listed, qPrintable(listed.errorMessage()));
        QCOMPARE(listed->size(), std::size_t(1));
        const workspace::InstrumentEntry& entry = listed->front();
        QCOMPARE(entry.rowId, qint64(0));
        QCOMPARE(entry.id, builtIn->id());
        QCOMPARE(entry.version, builtIn->version());
        QVERIFY(entry.builtIn);
        QVERIFY(entry.forNewOccasions);
        QCOMPARE(entry.occasions, 0);
        auto forNew = ws.instrumentForNewOccasions();
        QVERIFY(forNew);
        QCOMPARE(forNew->json(), builtIn->json());
    }

    void importInstrumentStoresAuditsAndAnnounces()
    {
        Participant anna;
        auto ws = withParticipant(u"instruments-import.tilltro"_s, anna);
        QVERIFY(ws);
        QSignalSpy changed(ws.get(), &Workspace::instrumentsChanged);
        auto imported = ws->importInstrument(test::dataPath(u"instruments/minimal.json"_s));
        QVERIFY2(imported, qPrintable(imported.errorMessage()));
        QVERIFY(!imported->alreadyStored);
        QVERIFY(imported->entry.rowId > 0);
        QCOMPARE(imported->entry.id, u"minimal"_s);
        QCOMPARE(imported->entry.version, 1);
        QVERIFY(!imported->entry.forNewOccasions); // importing does not choose it
        QCOMPARE(changed.count(), 1);
        QCOMPARE(auditTrail(*ws).last(), u"import/instrument"_s);
        auto listed = ws->instruments();
        QVERIFY(listed);
        QCOMPARE(listed->size(), std::size_t(2)); // the import and the built-in default
        // New occasions still use the built-in default.
        QCOMPARE(ws->instrumentForNewOccasions()->id(), Instrument::loadDefault()->id());

        // The same file again changes nothing.
        const int logged = int(ws->auditLog()->size());
        auto again = ws->importInstrument(test::dataPath(u"instruments/minimal.json"_s));
        QVERIFY(again);
        QVERIFY(again->alreadyStored);
        QCOMPARE(again->entry.rowId, imported->entry.rowId);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(int(ws->auditLog()->size()), logged);
    }

    void importInstrumentRefusesNamingTheFileAndTheField()
    {
        Workspace ws;
        QVERIFY(ws.create(file(u"instruments-refused.tilltro"_s)));
        QSignalSpy changed(&ws, &Workspace::instrumentsChanged);
        const QString broken = test::dataPath(u"instruments/broken/scale-max-not-greater.json"_s);
        auto refused = ws.importInstrument(broken);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY2(refused.errorMessage().contains(QDir::toNativeSeparators(broken)),
                 qPrintable(refused.errorMessage()));
        QVERIFY2(refused.errorMessage().contains(u"scale.max"_s),
                 qPrintable(refused.errorMessage()));
        auto missing = ws.importInstrument(file(u"no-such-instrument.json"_s));
        QVERIFY(!missing);
        QVERIFY(missing.errorMessage().contains(u"no-such-instrument.json"_s));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(ws.instruments()->size(), std::size_t(1)); // only the built-in default
        QVERIFY(ws.auditLog()->empty());

        // The same id and version with other content: a conflict, the stored one kept.
        QVERIFY(ws.importInstrument(test::dataPath(u"instruments/minimal.json"_s)));
        QByteArray changedWording = test::readAll(test::dataPath(u"instruments/minimal.json"_s));
        changedWording.replace("Minimalt instrument", "Annan formulering");
        const QString other = file(u"minimal-other.json"_s);
        QVERIFY(test::writeFile(other, changedWording));
        auto conflict = ws.importInstrument(other);
        QVERIFY(!conflict);
        QCOMPARE(conflict.error().kind, Error::Kind::Conflict);
        QVERIFY2(conflict.errorMessage().contains(QDir::toNativeSeparators(other)),
                 qPrintable(conflict.errorMessage()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(ws.instruments()->size(), std::size_t(2));
    }

    void chosenInstrumentIsUsedForNewOccasionsOnly()
    {
        Participant anna;
        auto ws = withParticipant(u"instruments-choose.tilltro"_s, anna);
        QVERIFY(ws);
        // An occasion answered with the built-in default before the change.
        auto builtIn = ws->instrumentForNewOccasions();
        QVERIFY(builtIn);
        Occasion old;
        old.participantId = anna.id;
        old.date = QDate(2026, 3, 1);
        QVERIFY(ws->saveOccasion(old, builtIn.value()));

        auto imported = ws->importInstrument(test::dataPath(u"instruments/minimal.json"_s));
        QVERIFY(imported);
        QSignalSpy changed(ws.get(), &Workspace::instrumentsChanged);
        auto chosen = ws->setInstrumentForNewOccasions(imported->entry.rowId);
        QVERIFY2(chosen, qPrintable(chosen.errorMessage()));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(auditTrail(*ws).last(), u"update/instrument"_s);
        QCOMPARE(ws->setting(QString::fromLatin1(Workspace::InstrumentForNewOccasionsKey))
                     .value()
                     .value_or(QString()),
                 QString::number(imported->entry.rowId));
        auto forNew = ws->instrumentForNewOccasions();
        QVERIFY(forNew);
        QCOMPARE(forNew->id(), u"minimal"_s);

        auto listed = ws->instruments();
        QVERIFY(listed);
        for (const workspace::InstrumentEntry& entry : listed.value()) {
            QCOMPARE(entry.forNewOccasions, entry.rowId == imported->entry.rowId);
            if (entry.builtIn)
                QCOMPARE(entry.occasions, 1);
        }
        // The old occasion keeps its version.
        auto reread = ws->occasion(old.id);
        QVERIFY(reread && reread.value());
        QCOMPARE(ws->instrument(reread.value()->instrumentId)->id(), builtIn->id());

        // An instrument that is not there is refused, and nothing changes.
        auto missing = ws->setInstrumentForNewOccasions(9999);
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        QCOMPARE(ws->instrumentForNewOccasions()->id(), u"minimal"_s);
        QCOMPARE(changed.count(), 1);

        // Back to the built-in default (0 stores it first when needed).
        QVERIFY(ws->setInstrumentForNewOccasions(0));
        QCOMPARE(ws->instrumentForNewOccasions()->json(), builtIn->json());
    }

    void checkThoroughlySaysTheVersions()
    {
        Workspace ws;
        QVERIFY(ws.create(file(u"check.tilltro"_s)));
        auto checked = ws.checkThoroughly();
        QVERIFY2(checked, qPrintable(checked.errorMessage()));
        QCOMPARE(checked->schemaVersion, Database::SchemaVersion);
        QCOMPARE(checked->programSchemaVersion, Database::SchemaVersion);
        ws.close();
        QVERIFY(!ws.checkThoroughly());
    }

    void reviewAuditLogIsRecorded_unlessTheReviewFails()
    {
        Participant p;
        auto ws = withParticipant(u"review.tilltro"_s, p);
        QVERIFY(ws);
        const auto before = ws->auditLog().value().size();
        std::size_t seen = 0;
        QVERIFY(ws->reviewAuditLog(0, [&](const std::vector<AuditEntry>& entries) {
            seen = entries.size();
            return Result<void>();
        }));
        QCOMPARE(seen, before);
        QCOMPARE(auditTrail(*ws).last(), u"export/auditlog"_s);
        // The delivery fails (a closed pipe, say): nothing is recorded.
        const auto recorded = ws->auditLog().value().size();
        QVERIFY(!ws->reviewAuditLog(p.id, [](const std::vector<AuditEntry>&) -> Result<void> {
            return makeError(Error::Kind::Io, u"stdout closed"_s);
        }));
        QCOMPARE(ws->auditLog().value().size(), recorded);
    }

    void lateVerdictOfAClosedDatabaseIsIgnored()
    {
        Workspace ws;
        QVERIFY(ws.create(file(u"verdict.tilltro"_s)));
        const QString path = ws.path();
        ws.close();
        QVERIFY(ws.open(path, Access::Edit, workspace::Check::InBackground));
        QSignalSpy checked(&ws, &Workspace::integrityChecked);
        ws.startIntegrityCheck();
        QVERIFY(checked.wait(10000));
        QVERIFY(ws.integrityVerdict());
        // Started, then another database opened: the first verdict is not reported.
        ws.close();
        QVERIFY(ws.open(path, Access::Edit, workspace::Check::InBackground));
        ws.startIntegrityCheck();
        ws.close();
        QVERIFY(!checked.wait(500));
        QCOMPARE(checked.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
