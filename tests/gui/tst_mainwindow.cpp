#include <QApplication>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "dialogs/messagebox.h"
#include "i18n.h"
#include "mainwindow.h"
#include "models/caseloadfilter.h"
#include "testutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;

class TestMainWindow : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_demoPath;

    static QStringList visibleColumn(QTableView* table, int column)
    {
        QStringList values;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            values << table->model()->index(r, column).data().toString();
        return values;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"TilltroTests"_s);
        QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installTranslators(*qApp, u"sv"_s));
        m_demoPath = m_dir.filePath(u"demo.tilltro"_s);
        auto db = Database::create(m_demoPath);
        QVERIFY(db.ok());
        QVERIFY(fillWithDemoData(*db.value()).ok());
    }

    void cleanup() { MessageBox::resetForTests(); }

    void open_demoDatabase_showsCaseloadInSwedish()
    {
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_demoPath));
        auto* table = window.findChild<QTableView*>(u"caseloadTableView"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 12);
        QCOMPARE(table->model()->headerData(0, Qt::Horizontal).toString(), u"Kod"_s);
        QVERIFY(window.windowTitle().contains(u"demo.tilltro"_s));
        // The protected deltagare shows a marker, never a name.
        const QStringList names = visibleColumn(table, 1);
        QVERIFY(names.contains(u"[skyddad]"_s));
    }

    void search_typingFiltersVisibleRowsAsYouType()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(m_demoPath));
        auto* table = window.findChild<QTableView*>(u"caseloadTableView"_s);
        auto* search = window.findChild<QLineEdit*>(u"searchLineEdit"_s);
        QVERIFY(table && search);
        QVERIFY(!search->accessibleName().isEmpty());

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier); // Ctrl+F focuses the search
        QTRY_VERIFY(search->hasFocus());
        QTest::keyClicks(search, u"D-000"_s);
        QCOMPARE(table->model()->rowCount(), 9);
        QTest::keyClicks(search, u"4"_s);
        QCOMPARE(visibleColumn(table, 0), QStringList{u"D-0004"_s});
        search->clear();
        QCOMPARE(table->model()->rowCount(), 12);
        QTest::keyClicks(search, u"ingen sådan person"_s);
        QCOMPARE(table->model()->rowCount(), 0);
    }

    void open_notADatabase_showsMessageAndKeepsCurrent()
    {
        const QString junk = m_dir.filePath(u"junk.tilltro"_s);
        QVERIFY(test::writeFile(junk, "inte en databas"));
        MainWindow window;
        QVERIFY(window.openDatabase(m_demoPath));
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QVERIFY(!window.openDatabase(junk));
        QVERIFY(MessageBox::lastTextForTests().contains(u"junk.tilltro"_s));
        QVERIFY(window.database() != nullptr);
        QCOMPARE(window.database()->path(), QFileInfo(m_demoPath).absoluteFilePath());
        QCOMPARE(test::readAll(junk), QByteArray("inte en databas"));
    }

    void open_lockedDatabase_refusedWhileOtherWindowHasIt()
    {
        MainWindow first;
        QVERIFY(first.openDatabase(m_demoPath));
        MainWindow second;
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QVERIFY(!second.openDatabase(m_demoPath));
        QVERIFY(second.database() == nullptr);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
