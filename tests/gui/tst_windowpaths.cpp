#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

#include <functional>

#include "core/storage/auditlog.h"
#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/participantrepository.h"
#include "damage.h"
#include "dialogs/filedialog.h"
#include "dialogs/handbookdialog.h"
#include "dialogs/messagebox.h"
#include "dialogs/participantdialog.h"
#include "dialogs/reportoptionsdialog.h"
#include "i18n.h"
#include "mainwindow.h"
#include "models/caseloadmodel.h"
#include "testutil.h"
#include "widgets/participantview.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::app;
using namespace tilltro::storage;
using namespace tilltro::gui;

// The paths a new user takes in the first hour, driven by the keys and clicks they use: the
// caseload opens a deltagare, F1 opens the manual, the PDF and print actions, and the window
// comes back as it was left.
class TestWindowPaths : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_database;

    static QTableView* table(MainWindow& window)
    {
        return window.findChild<QTableView*>(u"caseloadTableView"_s);
    }
    static QTabWidget* tabs(MainWindow& window)
    {
        return window.findChild<QTabWidget*>(u"mainTabWidget"_s);
    }
    static QAction* action(MainWindow& window, const QString& name)
    {
        return window.findChild<QAction*>(name);
    }

    qint64 idOf(const QString& code) const
    {
        auto db = Database::open(m_database, Database::Access::ReadOnly);
        auto p = ParticipantRepository(*db.value()).byCode(code);
        return p.value() ? p.value()->id : 0;
    }

    /// The caseload row (in the view) of a participant.
    static QModelIndex rowOf(MainWindow& window, qint64 id)
    {
        QAbstractItemModel* model = table(window)->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, CaseloadModel::NameColumn);
            if (index.data(CaseloadModel::ParticipantIdRole).toLongLong() == id)
                return index;
        }
        return {};
    }

    /// Answers the modal dialogs as they come, each with the first handler whose type fits;
    /// stops when `handlers` are used up or after 10 s.
    void answerModals(std::vector<std::function<bool(QWidget*)>> handlers)
    {
        auto* timer = new QTimer(this);
        auto remaining = std::make_shared<std::vector<std::function<bool(QWidget*)>>>(handlers);
        auto started = std::make_shared<QElapsedTimer>();
        started->start();
        connect(timer, &QTimer::timeout, this, [timer, remaining, started] {
            QWidget* modal = QApplication::activeModalWidget();
            if (modal && !remaining->empty() && remaining->front()(modal))
                remaining->erase(remaining->begin());
            if (remaining->empty() || started->elapsed() > 10000) {
                timer->stop();
                timer->deleteLater();
            }
        });
        timer->start(20);
    }

    std::unique_ptr<MainWindow> openWindow()
    {
        auto window = std::make_unique<MainWindow>();
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !window->openDatabase(m_database))
            return nullptr;
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"TilltroTests"_s);
        QCoreApplication::setApplicationName(u"tst_windowpaths"_s);
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(installTranslators(*qApp, u"sv"_s));
        m_database = m_dir.filePath(u"demo.tilltro"_s);
        auto db = Database::create(m_database);
        QVERIFY(db.ok());
        QVERIFY(fillWithDemoData(*db.value()).ok());
    }

    void cleanup()
    {
        FileDialog::resetForTests();
        MessageBox::resetForTests();
        QSettings().clear();
    }

    void caseload_enter_opensTheParticipantView_andSwitchesToItWhenOpen()
    {
        auto window = openWindow();
        QVERIFY(window);
        const qint64 id = idOf(u"D-0003"_s);
        window->selectParticipant(id);
        table(*window)->setFocus();
        QTest::keyClick(table(*window), Qt::Key_Return);
        QCOMPARE(tabs(*window)->count(), 2);
        auto* view = qobject_cast<ParticipantView*>(tabs(*window)->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->participantId(), id);
        QVERIFY2(!window->statusBar()->currentMessage().contains(u"senare version"_s),
                 qPrintable(window->statusBar()->currentMessage()));

        // Back to the caseload; Enter again shows the same tab instead of a second one.
        tabs(*window)->setCurrentIndex(0);
        table(*window)->setFocus();
        QTest::keyClick(table(*window), Qt::Key_Enter);
        QCOMPARE(tabs(*window)->count(), 2);
        QCOMPARE(tabs(*window)->currentWidget(), view);
    }

    void caseload_doubleClick_opensTheParticipantView()
    {
        auto window = openWindow();
        QVERIFY(window);
        const qint64 id = idOf(u"D-0005"_s);
        const QModelIndex index = rowOf(*window, id);
        QVERIFY(index.isValid());
        QWidget* viewport = table(*window)->viewport();
        const QPoint centre = table(*window)->visualRect(index).center();
        // A double-click is a press, a release and a double-click event (as QWidget gets them).
        QTest::mouseClick(viewport, Qt::LeftButton, {}, centre);
        QTest::mouseDClick(viewport, Qt::LeftButton, {}, centre);
        QCOMPARE(tabs(*window)->count(), 2);
        auto* view = qobject_cast<ParticipantView*>(tabs(*window)->currentWidget());
        QVERIFY(view);
        QCOMPARE(view->participantId(), id);
    }

    void f1_opensTheManual_withItsImages_searchable()
    {
        auto window = openWindow();
        QVERIFY(window);
        QAction* manual = action(*window, u"handbookAction"_s);
        QVERIFY(manual);
        QCOMPARE(manual->shortcut(), QKeySequence(Qt::Key_F1));
        QVERIFY(manual->text().contains(u"Handbok"_s));
        window->activateWindow();
        QTest::keyClick(window.get(), Qt::Key_F1);
        auto* dialog = window->findChild<HandbookDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QTextDocument* document = dialog->browser()->document();
        QVERIFY(document->toPlainText().startsWith(u"Tilltro – handbok"_s));
        QVERIFY(document->toPlainText().contains(u"Deltagarlistan"_s));

        // Every image the manual names is in the program and loads.
        int images = 0;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFormat format = it.fragment().charFormat();
                if (!format.isImageFormat())
                    continue;
                const QString name = format.toImageFormat().name();
                const QVariant image = dialog->browser()->loadResource(
                    QTextDocument::ImageResource,
                    QUrl(HandbookDialog::source()).resolved(QUrl(name)));
                // Loaded, and no wider than the text column (no horizontal scroll bar).
                QImage loaded;
                if (image.typeId() == QMetaType::QImage)
                    loaded = image.value<QImage>();
                else
                    loaded.loadFromData(image.toByteArray());
                QVERIFY2(!loaded.isNull(), qPrintable(name));
                QVERIFY2(loaded.width() <= 640, qPrintable(name));
                ++images;
            }
        }
        QVERIFY2(images >= 2, qPrintable(QString::number(images)));

        // Search: found, and said when not.
        auto* search = dialog->findChild<QLineEdit*>(u"searchLineEdit"_s);
        QVERIFY(search);
        QTest::keyClicks(search, u"gallring"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QCOMPARE(dialog->browser()->textCursor().selectedText().toLower(), u"gallring"_s);
        search->clear();
        QTest::keyClicks(search, u"xyzzyplugh"_s);
        QVERIFY(!dialog->findNext());
        QCOMPARE(dialog->findChild<QLabel*>(u"statusLabel"_s)->text(), u"Hittades inte"_s);

        // F1 again shows the same window rather than a second one.
        window->showHandbook();
        QCOMPARE(window->findChildren<HandbookDialog*>().size(), 1);
    }

    void helpMenu_hasAboutQt()
    {
        auto window = openWindow();
        QVERIFY(window);
        QAction* aboutQt = action(*window, u"aboutQtAction"_s);
        QVERIFY(aboutQt);
        QVERIFY(aboutQt->text().contains(u"Qt"_s));
        answerModals({[](QWidget* modal) {
            if (!qobject_cast<QMessageBox*>(modal))
                return false;
            static_cast<QDialog*>(modal)->accept();
            return true;
        }});
        aboutQt->trigger(); // returns when the box is closed
    }

    void exportPdf_writesTheChosenFileAndLogsIt()
    {
        auto window = openWindow();
        QVERIFY(window);
        const qint64 id = idOf(u"D-0001"_s);
        window->selectParticipant(id);
        const QString path = m_dir.filePath(u"plan.pdf"_s);
        FileDialog::setNextAnswerForTests(path);
        answerModals({[](QWidget* modal) {
            if (!qobject_cast<ReportOptionsDialog*>(modal))
                return false;
            static_cast<QDialog*>(modal)->accept();
            return true;
        }});
        action(*window, u"exportPdfAction"_s)->trigger();
        QVERIFY2(MessageBox::lastTextForTests().isEmpty(),
                 qPrintable(MessageBox::lastTextForTests()));
        QVERIFY(test::readAll(path).startsWith("%PDF-"));
        QVERIFY(window->statusBar()->currentMessage().contains(u"plan.pdf"_s));
        auto entries = AuditLog(*window->database()).forParticipant(id);
        QVERIFY(entries.ok());
        QCOMPARE(entries->back().action, u"export"_s);

        // Cancelling the file chooser writes nothing.
        const QString other = m_dir.filePath(u"other.pdf"_s);
        FileDialog::setNextAnswerForTests(QString());
        answerModals({[](QWidget* modal) {
            if (!qobject_cast<ReportOptionsDialog*>(modal))
                return false;
            static_cast<QDialog*>(modal)->accept();
            return true;
        }});
        action(*window, u"exportPdfAction"_s)->trigger();
        QVERIFY(!QFile::exists(other));
        QCOMPARE(AuditLog(*window->database()).forParticipant(id)->size(), entries->size());
    }

    void print_showsThePlanInThePreview_andLogsOnlyWhenPrinted()
    {
        auto window = openWindow();
        QVERIFY(window);
        const qint64 id = idOf(u"D-0001"_s);
        window->selectParticipant(id);
        const auto before = AuditLog(*window->database()).forParticipant(id)->size();
        int pages = -1;
        answerModals({[](QWidget* modal) {
                          if (!qobject_cast<ReportOptionsDialog*>(modal))
                              return false;
                          static_cast<QDialog*>(modal)->accept();
                          return true;
                      },
                      [&pages](QWidget* modal) {
                          auto* preview = qobject_cast<QPrintPreviewDialog*>(modal);
                          if (!preview)
                              return false;
                          auto* widget = preview->findChild<QPrintPreviewWidget*>();
                          pages = widget ? widget->pageCount() : -1;
                          if (pages <= 0)
                              return false; // not painted yet: look again
                          preview->reject();
                          return true;
                      }});
        action(*window, u"printAction"_s)->trigger();
        QVERIFY2(pages >= 1, qPrintable(QString::number(pages)));
        QCOMPARE(AuditLog(*window->database()).forParticipant(id)->size(), before);
    }

    // The caseload shows at once; the check runs beside it and holds writes. Damage found then
    // takes the damaged-file path: the file is closed, never written, and the user is told.
    void open_damagedFile_caseloadFirst_thenTheCheckClosesIt()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"damaged.tilltro"_s);
        QVERIFY(QFile::copy(m_database, path));
        QVERIFY(test::damageTable(path, u"audit_log"_s));
        const QByteArray before = test::readAll(path);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageBox::setNextAnswerForTests(QMessageBox::Ok);
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.caseloadModel()->rowCount() > 0); // shown before the verdict
        QTRY_VERIFY(window.database() == nullptr);
        QVERIFY2(MessageBox::lastTextForTests().contains(u"skadad"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        QCOMPARE(window.caseloadModel()->rowCount(), 0);
        QCOMPARE(test::readAll(path), before);
    }

    void open_soundFile_checkPasses_andTheAutomaticBackupFollows()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"sound.tilltro"_s);
        QVERIFY(QFile::copy(m_database, path));
        MainWindow window;
        QVERIFY(window.openDatabase(path));
        QTRY_VERIFY(!window.database()->integrityCheckPending());
        QVERIFY(MessageBox::lastTextForTests().isEmpty());
        // The automatic backup waits for the verdict, then is made.
        QTRY_VERIFY(!QDir(backupFolderFor(path)).entryList(QDir::Files).isEmpty());
    }

    // The choosers start in a folder that exists: on a fresh account there is often no
    // Documents folder, and the chooser would then say it cannot find it.
    void fileChoosers_startInAFolderThatExists()
    {
        // A home of the test's own: the documents folder is never the real user's.
        QTemporaryDir home;
        const QByteArray oldHome = qgetenv("HOME");
        const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
        const auto restore = qScopeGuard([&] {
            qputenv("HOME", oldHome);
            if (oldConfig.isNull())
                qunsetenv("XDG_CONFIG_HOME");
            else
                qputenv("XDG_CONFIG_HOME", oldConfig);
        });
        qputenv("HOME", QFile::encodeName(home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u".config"_s)));
        const QString documents =
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        QVERIFY2(documents.startsWith(home.path()), qPrintable(documents));
        QVERIFY(!QFileInfo::exists(documents));
        QCOMPARE(FileDialog::startFolder(), QDir::homePath());
        QVERIFY(QDir().mkpath(documents));
        QCOMPARE(FileDialog::startFolder(), documents);
    }

    // Ending a participation from the menu shows at once in the deltagare's open tab, not only
    // when it is opened again.
    void endParticipation_updatesTheOpenTab()
    {
        auto window = openWindow();
        QVERIFY(window);
        const qint64 id = idOf(u"D-0009"_s);
        ParticipantView* view = window->openParticipantView(id);
        QVERIFY(view);
        auto* header = view->findChild<QLabel*>(u"headerLabel"_s);
        QVERIFY(header);
        QVERIFY2(header->text().contains(u"Nästa skattning"_s), qPrintable(header->text()));
        window->selectParticipant(id);
        answerModals({[](QWidget* modal) {
            auto* dialog = qobject_cast<ParticipantDialog*>(modal);
            if (!dialog)
                return false;
            auto* reason = dialog->findChild<QComboBox*>(u"endReasonComboBox"_s);
            if (!reason || !reason->hasFocus())
                return false; // not ready yet
            QTest::keyClick(reason, Qt::Key_Down);
            QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
            return true;
        }});
        action(*window, u"endParticipantAction"_s)->trigger();
        QVERIFY2(header->text().contains(u"Avslutad"_s), qPrintable(header->text()));
        QVERIFY(!header->text().contains(u"Nästa skattning"_s));
    }

    void eraseParticipant_confirmsWithAnEraseButton()
    {
        auto window = openWindow();
        QVERIFY(window);
        window->selectParticipant(idOf(u"D-0010"_s));
        MessageBox::setNextAnswerForTests(QMessageBox::Cancel);
        action(*window, u"eraseParticipantAction"_s)->trigger();
        QCOMPARE(MessageBox::lastActionForTests(), u"Radera"_s);
        QVERIFY(idOf(u"D-0010"_s) != 0); // cancelled: still there
    }

    // "4 000" in the About box is one unbreakable number.
    void about_keepsTheNumberTogether()
    {
        auto window = openWindow();
        QVERIFY(window);
        QString text;
        answerModals({[&text](QWidget* modal) {
            auto* box = qobject_cast<QMessageBox*>(modal);
            if (!box)
                return false;
            text = box->informativeText();
            box->accept();
            return true;
        }});
        action(*window, u"aboutAction"_s)->trigger();
        QVERIFY2(text.contains(u"4\u00a0000"_s), qPrintable(text));
    }

    void firstStart_usesMostOfTheScreen()
    {
        QSettings().clear();
        MainWindow window;
        const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
        QVERIFY2(available.contains(window.geometry()),
                 qPrintable(u"%1,%2 %3x%4 in %5,%6 %7x%8"_s.arg(window.x())
                                .arg(window.y())
                                .arg(window.width())
                                .arg(window.height())
                                .arg(available.x())
                                .arg(available.y())
                                .arg(available.width())
                                .arg(available.height())));
        QVERIFY(window.width() >= available.width() * 8 / 10);
        QVERIFY(window.height() >= available.height() * 8 / 10);
    }

    void nextStart_restoresSizeAndOpenTabs()
    {
        const qint64 first = idOf(u"D-0001"_s);
        const qint64 second = idOf(u"D-0007"_s);
        {
            auto window = openWindow();
            QVERIFY(window);
            window->resize(900, 640);
            QVERIFY(window->openParticipantView(first));
            QVERIFY(window->openParticipantView(second));
            tabs(*window)->setCurrentIndex(1);
            QVERIFY(window->close());
        }
        auto window = openWindow();
        QVERIFY(window);
        QCOMPARE(window->size(), QSize(900, 640));
        QCOMPARE(tabs(*window)->count(), 3);
        auto* shown = qobject_cast<ParticipantView*>(tabs(*window)->currentWidget());
        QVERIFY(shown);
        QCOMPARE(shown->participantId(), first);
        QCOMPARE(qobject_cast<ParticipantView*>(tabs(*window)->widget(2))->participantId(), second);
    }
};

QTEST_MAIN(TestWindowPaths)
#include "tst_windowpaths.moc"
