#include <QAction>
#include <QDir>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/participantrepository.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "mainwindow.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::gui;

// Participant › Register extract in the window: the folder comes from the (test-answered)
// folder chooser, the two files land there, the status bar names them.
class TestRegisterExtractAction : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    QAction* action(MainWindow& window)
    {
        return window.findChild<QAction*>(u"registerExtractAction"_s);
    }

    qint64 idOf(const QString& code)
    {
        auto db = Database::open(m_database, Database::Access::ReadOnly);
        auto p = ParticipantRepository(*db.value()).byCode(code);
        return p.value() ? p.value()->id : 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"TilltroTests"_s);
        QCoreApplication::setApplicationName(u"tst_registerextractaction"_s);
        QStandardPaths::setTestModeEnabled(true);
        m_database = m_dir.filePath(u"demo.tilltro"_s);
        auto db = Database::create(m_database);
        QVERIFY(db.ok());
        QVERIFY(fillWithDemoData(*db.value()).ok());
    }

    void cleanup()
    {
        FileDialog::resetForTests();
        MessageBox::resetForTests();
    }

    void action_writesBothFilesToTheChosenFolder()
    {
        const QString folder = m_dir.filePath(u"chosen"_s);
        QVERIFY(QDir().mkpath(folder));
        const qint64 id = idOf(u"D-0002"_s);
        QVERIFY(id != 0);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_database));
        QAction* extract = action(window);
        QVERIFY(extract);
        QVERIFY(!extract->toolTip().isEmpty());
        window.selectParticipant(id);
        QVERIFY(extract->isEnabled());

        FileDialog::setNextAnswerForTests(folder);
        extract->trigger();
        const QStringList files = QDir(folder).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files.size(), 2);
        QVERIFY(files[0].endsWith(u"D-0002 %1.json"_s.arg(Clock::today().toString(Qt::ISODate))));
        QVERIFY(files[1].endsWith(u".pdf"_s));
        const QString message = window.statusBar()->currentMessage();
        for (const QString& name : files)
            QVERIFY2(message.contains(name), qPrintable(message));
        QVERIFY(MessageBox::lastTextForTests().isEmpty());

        auto entries = AuditLog(*window.database()).forParticipant(id);
        QVERIFY(entries.ok());
        QCOMPARE(entries->back().action, u"extract"_s);

        // Again the same day into the same folder: refused with a message, nothing replaced.
        const QByteArray pdf = test::fileHash(QDir(folder).filePath(files[1]));
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        extract->trigger();
        QVERIFY2(MessageBox::lastTextForTests().contains(files[0]) ||
                     MessageBox::lastTextForTests().contains(files[1]),
                 qPrintable(MessageBox::lastTextForTests()));
        QCOMPARE(QDir(folder).entryList(QDir::Files, QDir::Name), files);
        QCOMPARE(test::fileHash(QDir(folder).filePath(files[1])), pdf);
    }

    void action_cancelledChooser_writesNothing()
    {
        MainWindow window;
        QVERIFY(window.openDatabase(m_database));
        window.selectParticipant(idOf(u"D-0001"_s));
        const int before =
            int(AuditLog(*window.database()).forParticipant(idOf(u"D-0001"_s)).value().size());
        FileDialog::setNextAnswerForTests(QString());
        action(window)->trigger();
        QCOMPARE(int(AuditLog(*window.database()).forParticipant(idOf(u"D-0001"_s)).value().size()),
                 before);
    }

    void action_readOnlyDatabase_disabled()
    {
        // A second window on a database the first one edits opens it read-only.
        MainWindow first;
        QVERIFY(first.openDatabase(m_database));
        MainWindow second;
        MessageBox::setNextAnswerForTests(QMessageBox::Yes); // "open it read-only instead?"
        QVERIFY(second.openDatabase(m_database));
        QVERIFY(second.database()->isReadOnly());
        second.selectParticipant(idOf(u"D-0001"_s));
        QCOMPARE(second.currentParticipantId(), idOf(u"D-0001"_s));
        QVERIFY(!action(second)->isEnabled());
        first.selectParticipant(idOf(u"D-0001"_s));
        QVERIFY(action(first)->isEnabled());
    }
};

QTEST_MAIN(TestRegisterExtractAction)
#include "tst_registerextractaction.moc"
