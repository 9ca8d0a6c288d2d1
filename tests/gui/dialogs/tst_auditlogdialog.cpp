#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/participantrepository.h"
#include "core/storage/safetyutil.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/messagebox.h"
#include "report/registerextract.h"
#include "testutil.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::gui;

// Drives the real log dialog: one deltagare's entries or all, shown literally, exported as CSV.
class TestAuditLogDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    qint64 m_first = 0;
    qint64 m_second = 0;

    /// Two deltagare; the first has entries whose details look like markup, a formula, and
    /// text that needs CSV quoting, and one with an action this program does not know.
    std::unique_ptr<Database> makeDatabase(QString* path = nullptr)
    {
        const QString file = m_dir.filePath(u"log%1.tilltro"_s.arg(++m_serial));
        if (path)
            *path = file;
        auto created = Database::create(file);
        if (!created)
            return nullptr;
        std::unique_ptr<Database> db = std::move(created).value();
        // An hour ago, a minute apart: what the user does later is newer.
        const QDateTime base = QDateTime::currentDateTime().addSecs(-3600);
        Clock::setFixedForTests(base);
        Participant first;
        first.code = u"FORSTA-1"_s;
        first.name = u"Första Person"_s;
        Participant second;
        second.code = u"ANDRA-2"_s;
        if (!ParticipantRepository(*db).insert(first) || !ParticipantRepository(*db).insert(second))
            return nullptr;
        m_first = first.id;
        m_second = second.id;
        auto written = db->write([&]() -> Result<void> {
            AuditLog log(*db);
            Clock::setFixedForTests(base.addSecs(60));
            if (auto r = log.record(AuditAction::Update, AuditEntity::Occasion, 7, first.id,
                                    u"<b>x</b>"_s);
                !r)
                return r;
            Clock::setFixedForTests(base.addSecs(120));
            if (auto r = log.record(AuditAction::Export, AuditEntity::Participant, first.id,
                                    first.id, u"=HYPERLINK(\"http://x\"),a"_s);
                !r)
                return r;
            Clock::setFixedForTests(base.addSecs(180));
            // An action this version does not know, as an import from a newer one can bring.
            AuditEntry unknown;
            unknown.at = Clock::now();
            unknown.osUser = u"someone"_s;
            unknown.action = u"frobnicate"_s;
            unknown.entity = u"gizmo"_s;
            unknown.details = u"line one\nline two"_s;
            return log.restoreEntry(first.id, unknown);
        });
        Clock::resetForTests();
        if (!written)
            return nullptr;
        return db;
    }

    static QStringList column(const QTableView* table, int column, int role = Qt::DisplayRole)
    {
        QStringList values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values << table->model()->index(row, column).data(role).toString();
        return values;
    }

    static int exportEntries(Database& db)
    {
        int n = 0;
        for (const AuditEntry& e : AuditLog(db).all().value())
            n += (e.action == u"export"_s && e.entity == u"auditlog"_s) ? 1 : 0;
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"TilltroTests"_s);
        QCoreApplication::setApplicationName(u"tst_auditlogdialog"_s);
        QStandardPaths::setTestModeEnabled(true);
    }

    void cleanup()
    {
        MessageBox::resetForTests();
        Clock::resetForTests();
    }

    void participantLog_onlyTheirEntries_newestFirst_inWords()
    {
        auto db = makeDatabase();
        QVERIFY(db);
        AuditLogDialog dialog(test::lend(*db), m_first, u"Första Person"_s);
        QVERIFY(dialog.errorMessage().isEmpty());
        QVERIFY(dialog.windowTitle().contains(u"Första Person"_s));
        auto* table = dialog.findChild<QTableView*>(u"entriesTableView"_s);
        QVERIFY(table);
        QVERIFY(!table->accessibleName().isEmpty());
        // create (participant), then the three added: newest first.
        QCOMPARE(table->model()->rowCount(), 4);
        QCOMPARE(column(table, AuditLogDialog::ActionColumn),
                 (QStringList{u"frobnicate"_s, u"Exported"_s, u"Changed"_s, u"Created"_s}));
        QCOMPARE(column(table, AuditLogDialog::EntityColumn),
                 (QStringList{u"gizmo"_s, u"Participant"_s, u"Assessment"_s, u"Participant"_s}));
        QVERIFY(table->isColumnHidden(AuditLogDialog::ParticipantColumn));
        const QStringList times = column(table, AuditLogDialog::TimeColumn);
        QVERIFY(times[0] > times[1] && times[1] > times[2]);
        QCOMPARE(QDateTime::fromString(times[3], u"yyyy-MM-dd HH:mm:ss"_s).isValid(), true);
        QVERIFY(!column(table, AuditLogDialog::UserColumn).contains(QString()));
        // The other deltagare's "create" is not here.
        QCOMPARE(AuditLog(*db).forParticipant(m_second).value().size(), size_t(1));

        // Sortable: oldest first on request.
        table->sortByColumn(AuditLogDialog::TimeColumn, Qt::AscendingOrder);
        QCOMPARE(column(table, AuditLogDialog::ActionColumn).first(), u"Created"_s);
    }

    void details_shownLiterallyNeverAsRichText()
    {
        auto db = makeDatabase();
        QVERIFY(db);
        AuditLogDialog dialog(test::lend(*db), m_first, u"FORSTA-1"_s);
        auto* table = dialog.findChild<QTableView*>(u"entriesTableView"_s);
        const QStringList details = column(table, AuditLogDialog::DetailsColumn);
        QVERIFY(details.contains(u"<b>x</b>"_s));
        QVERIFY(details.contains(u"=HYPERLINK(\"http://x\"),a"_s));
        // A tooltip would render markup: it carries the text escaped.
        const QStringList tips = column(table, AuditLogDialog::DetailsColumn, Qt::ToolTipRole);
        const QString tip = tips.at(details.indexOf(u"<b>x</b>"_s));
        QVERIFY2(tip.contains(u"&lt;b&gt;x&lt;/b&gt;"_s), qPrintable(tip));
        QVERIFY(!tip.contains(u"<b>"_s));
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    void wholeLog_everyoneWithTheirCode()
    {
        auto db = makeDatabase();
        QVERIFY(db);
        AuditLogDialog dialog(test::lend(*db), 0, QString());
        auto* table = dialog.findChild<QTableView*>(u"entriesTableView"_s);
        QCOMPARE(table->model()->rowCount(), int(AuditLog(*db).all().value().size()));
        QVERIFY(!table->isColumnHidden(AuditLogDialog::ParticipantColumn));
        const QStringList codes = column(table, AuditLogDialog::ParticipantColumn);
        QVERIFY(codes.contains(u"FORSTA-1"_s));
        QVERIFY(codes.contains(u"ANDRA-2"_s));
    }

    void actionAndEntityWords_unknownShownAsStored()
    {
        QCOMPARE(auditActionText(u"erase"_s), u"Erased"_s);
        QCOMPARE(auditActionText(u"print"_s), u"Printed"_s);
        QCOMPARE(auditActionText(u"import"_s), u"Imported"_s);
        QCOMPARE(auditActionText(u"delete"_s), u"Deleted"_s);
        QCOMPARE(auditActionText(u"<i>new</i>"_s), u"<i>new</i>"_s);
        QCOMPARE(auditEntityText(u"auditlog"_s), u"Log"_s);
        QCOMPARE(auditEntityText(u"plan"_s), u"Action plan"_s);
        QCOMPARE(auditEntityText(u"widget"_s), u"widget"_s);
        QCOMPARE(auditActionText(u"restore"_s), u"Restored"_s);
        QCOMPARE(auditEntityText(u"database"_s), u"Database"_s);
    }

    void exportCsv_quotedFormulaSafeOwnerOnly_andRecordedInTheLog()
    {
        auto db = makeDatabase();
        QVERIFY(db);
        AuditLogDialog dialog(test::lend(*db), m_first, u"FORSTA-1"_s);
        auto* table = dialog.findChild<QTableView*>(u"entriesTableView"_s);
        QCOMPARE(exportEntries(*db), 0);
        const QString path = m_dir.filePath(u"log.csv"_s);
        QVERIFY(dialog.exportCsv(path));

        const QByteArray bytes = test::readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 byte-order mark, for Excel
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.endsWith(u"\r\n"_s));
        const QStringList lines = text.split(u"\r\n"_s);
        QCOMPARE(lines.first(),
                 u"time,user,action,entity,entity_id,participant_id,participant,details"_s);
        // Four entries (the export entry itself is written with, not into, the export).
        QCOMPARE(lines.size(), 1 + 4 + 1);
        QVERIFY(text.contains(u",update,occasion,7,%1,FORSTA-1,<b>x</b>\r\n"_s.arg(m_first)));
        // A formula gets a leading quote; comma and quotes are quoted RFC 4180 style.
        QVERIFY2(text.contains(u",\"'=HYPERLINK(\"\"http://x\"\"),a\"\r\n"_s), qPrintable(text));
        // A line break stays inside its quoted field.
        QVERIFY(text.contains(
            u",frobnicate,gizmo,,%1,FORSTA-1,\"line one\nline two\"\r\n"_s.arg(m_first)));
        QVERIFY(!text.contains(u"Första Person"_s)); // the log holds no names
        QCOMPARE(QFileInfo(path).permissions() & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                  QFileDevice::ReadOther | QFileDevice::WriteOther),
                 QFileDevice::Permissions());

        // The export is itself in the log, about that deltagare, with counts only.
        QCOMPARE(exportEntries(*db), 1);
        const AuditEntry last = AuditLog(*db).forParticipant(m_first).value().back();
        QCOMPARE(last.action, u"export"_s);
        QCOMPARE(last.entity, u"auditlog"_s);
        QCOMPARE(last.details, u"participant log, 4 entries"_s);
        QCOMPARE(table->model()->rowCount(), 5); // shown at once
        QCOMPARE(column(table, AuditLogDialog::EntityColumn).first(), u"Log"_s);
    }

    // The window words the stored detail codes (like the register extract); the CSV keeps the
    // codes, like its action and entity columns.
    void detailCodes_wordedInTheWindow_keptInTheCsv()
    {
        auto db = makeDatabase();
        QVERIFY(db);
        auto recorded = db->write([&]() -> Result<void> {
            AuditLog log(*db);
            if (auto r =
                    log.record(AuditAction::Update, AuditEntity::Occasion, 7, m_first, u"draft"_s);
                !r)
                return r;
            return log.record(AuditAction::Export, AuditEntity::Participant, m_first, m_first,
                              u"action plan pdf, sensitive left out"_s);
        });
        QVERIFY(recorded.ok());
        AuditLogDialog dialog(test::lend(*db), m_first, u"FORSTA-1"_s);
        auto* table = dialog.findChild<QTableView*>(u"entriesTableView"_s);
        const QStringList details = column(table, AuditLogDialog::DetailsColumn);
        QVERIFY2(details.contains(u"Draft (not completed)"_s), qPrintable(details.join(u'|')));
        QVERIFY(details.contains(u"Action plan as PDF, sensitive information left out"_s));
        QVERIFY(!details.contains(u"draft"_s));
        const QStringList tips = column(table, AuditLogDialog::DetailsColumn, Qt::ToolTipRole);
        QVERIFY(tips.at(details.indexOf(u"Draft (not completed)"_s)).contains(u"Draft"_s));

        const QString path = m_dir.filePath(u"codes.csv"_s);
        QVERIFY(dialog.exportCsv(path));
        const QString text = QString::fromUtf8(test::readAll(path).mid(3));
        QVERIFY2(text.contains(u",update,occasion,7,%1,FORSTA-1,draft\r\n"_s.arg(m_first)),
                 qPrintable(text));
        QVERIFY(text.contains(u",\"action plan pdf, sensitive left out\"\r\n"_s));
    }

    // Every export is recorded: on a read-only database there is no export at all.
    void exportCsv_readOnlyDatabase_refusedNoFile_buttonDisabled()
    {
        QString path;
        auto db = makeDatabase(&path);
        QVERIFY(db);
        db.reset();
        auto reader = Database::open(path, Database::Access::ReadOnly);
        QVERIFY(reader.ok());
        AuditLogDialog dialog(test::lend(*reader.value()), m_first, u"FORSTA-1"_s);
        QVERIFY(dialog.errorMessage().isEmpty());
        auto* button = dialog.findChild<QPushButton*>(u"exportPushButton"_s);
        QVERIFY(!button->isEnabled());
        QVERIFY(button->toolTip().contains(u"read-only"_s));
        const QString csv = m_dir.filePath(u"readonly.csv"_s);
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QVERIFY(!dialog.exportCsv(csv));
        QVERIFY2(MessageBox::lastTextForTests().contains(u"read-only"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        QVERIFY(!QFileInfo::exists(csv));
        QVERIFY(!exportAuditLogCsv(*reader.value(), csv).ok());
        QVERIFY(!QFileInfo::exists(csv));
        QCOMPARE(QDir(m_dir.path()).entryList({u"readonly.csv*"_s}, QDir::Files | QDir::Hidden),
                 QStringList());
    }

    // The user chose to replace an earlier export, then the commit fails: the earlier file is
    // still there as it was (the new one is put in place only after the commit).
    void exportCsv_commitFails_existingFileKept_nothingRecorded()
    {
        auto db = makeDatabase();
        QVERIFY(db);
        const QString folder = m_dir.filePath(u"overwrite"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString csv = folder + u"/log.csv"_s;
        QVERIFY(test::writeFile(csv, "an earlier export"));
        AuditLogDialog dialog(test::lend(*db), m_first, u"FORSTA-1"_s);
        {
            test::FailingCommit failing(*db);
            if (!failing.ok())
                QSKIP("SQLite's commit hook cannot be reached");
            MessageBox::setNextAnswerForTests(QMessageBox::Ok);
            QVERIFY(!dialog.exportCsv(csv));
        }
        QCOMPARE(test::readAll(csv), QByteArray("an earlier export"));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden), QStringList{u"log.csv"_s});
        QCOMPARE(exportEntries(*db), 0);
        // Once the commit succeeds, the file is replaced and the export recorded.
        QVERIFY(dialog.exportCsv(csv));
        QVERIFY(test::readAll(csv).startsWith("\xEF\xBB\xBF"));
        QCOMPARE(exportEntries(*db), 1);
    }

    void exportCsv_ontoTheDatabase_refusedNothingRecorded()
    {
        QString path;
        auto db = makeDatabase(&path);
        QVERIFY(db);
        const QByteArray before = test::readAll(path);
        AuditLogDialog dialog(test::lend(*db), 0, QString());
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QVERIFY(!dialog.exportCsv(path));
        QVERIFY(MessageBox::lastTextForTests().contains(u"database itself"_s));
        QCOMPARE(exportEntries(*db), 0);
        QVERIFY(!dialog.exportCsv(path + u"-wal"_s));
        QCOMPARE(test::readAll(path).size(), before.size());
        // An unwritable folder: no file, nothing recorded.
        QVERIFY(!dialog.exportCsv(m_dir.filePath(u"no/such/folder/log.csv"_s)));
        QCOMPARE(exportEntries(*db), 0);
    }
};

QTEST_MAIN(TestAuditLogDialog)
#include "tst_auditlogdialog.moc"
