#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <map>

#include "core/clock.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/erasure.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/participantrepository.h"
#include "dialogs/gallringdialog.h"
#include "dialogs/messagebox.h"
#include "mainwindow.h"
#include "models/caseloadmodel.h"
#include "testutil.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::gui;

namespace {

const QDate Today(2026, 11, 24);
// The protected deltagare's name: it must never be on screen.
const QString HiddenName = u"Hemlig Skyddadsson"_s;

enum Column { TickColumn, CodeColumn, NameColumn, EndDateColumn, EndReasonColumn };

} // namespace

// Drives the real gallring dialog on a database with deltagare ended at the boundaries of the
// retention period; "today" is fixed.
class TestGallringDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_serial = 0;
    std::map<QString, qint64> m_ids;

    /// A database with deltagare ended exactly 5 years ago (not a candidate: "more than"),
    /// 5 years and a day ago, 6 years ago, 10 years ago (protected identity), a year ago, and
    /// one still running.
    QString makeDatabase()
    {
        const QString path = m_dir.filePath(u"g%1.tilltro"_s.arg(++m_serial));
        auto db = Database::create(path);
        if (!db)
            return {};
        // A chosen user, so opening it in the window asks nothing.
        Handledare me;
        me.name = u"Lars Handledare"_s;
        if (!HandledareRepository(*db.value()).insert(me) ||
            !HandledareRepository(*db.value()).setCurrentUser(me.id))
            return {};
        struct Row {
            QString code;
            QString name;
            QDate end;
            bool protectedIdentity;
        };
        const std::vector<Row> rows{
            {u"A-exakt-fem"_s, u"Anna Exakt"_s, Today.addYears(-5), false},
            {u"B-fem-och-en-dag"_s, u"<b>Bertil</b>"_s, Today.addYears(-5).addDays(-1), false},
            {u"C-sex-ar"_s, u"Cecilia Sex"_s, Today.addYears(-6), false},
            {u"D-skyddad"_s, HiddenName, Today.addYears(-10), true},
            {u"E-ett-ar"_s, u"Erik Ett"_s, Today.addYears(-1), false},
            {u"F-pagar"_s, u"Fatima Pågår"_s, QDate(), false},
        };
        m_ids.clear();
        for (const Row& row : rows) {
            Participant p;
            p.code = row.code;
            p.name = row.name;
            p.protectedIdentity = row.protectedIdentity;
            p.startDate = Today.addYears(-12);
            p.endDate = row.end;
            p.endReason = row.end.isValid() ? u"arbete"_s : QString();
            if (!ParticipantRepository(*db.value()).insert(p))
                return {};
            m_ids[row.code] = p.id;
        }
        return path;
    }

    static QStringList column(const QTableView* table, int column)
    {
        QStringList values;
        for (int row = 0; row < table->model()->rowCount(); ++row)
            values << table->model()->index(row, column).data().toString();
        return values;
    }

    static QStringList allText(const QDialog& dialog)
    {
        QStringList texts{dialog.windowTitle()};
        for (const QLabel* label : dialog.findChildren<QLabel*>())
            texts << label->text();
        const auto* table = dialog.findChild<QTableView*>(u"participantsTableView"_s);
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            for (int c = 0; c < table->model()->columnCount(); ++c) {
                const QModelIndex index = table->model()->index(row, c);
                for (int role :
                     {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::AccessibleTextRole)})
                    texts << index.data(role).toString();
            }
        }
        return texts;
    }

    static int participantCount(Database& db)
    {
        auto all = ParticipantRepository(db).all();
        return all ? int(all.value().size()) : -1;
    }

    static void setRetention(Database& db, int years)
    {
        QVERIFY(SettingsRepository(db)
                    .setValue(QString::fromLatin1(RetentionYearsKey), QString::number(years))
                    .ok());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"TilltroTests"_s);
        QCoreApplication::setApplicationName(u"tst_gallringdialog"_s);
        QStandardPaths::setTestModeEnabled(true);
    }

    void init() { Clock::setFixedForTests(QDateTime(Today, QTime(10, 0))); }

    void cleanup()
    {
        MessageBox::resetForTests();
        Clock::resetForTests();
    }

    void list_defaultFiveYears_strictlyBeforeTheLimit()
    {
        const QString path = makeDatabase();
        QVERIFY(!path.isEmpty());
        auto db = Database::open(path);
        QVERIFY(db.ok());
        GallringDialog dialog(test::lend(*db.value()), {});
        QCOMPARE(dialog.years(), 5);
        const auto* table = dialog.findChild<QTableView*>(u"participantsTableView"_s);
        QVERIFY(table);
        // Ended exactly five years ago is not "more than five years": not listed. A day more is.
        QCOMPARE(column(table, CodeColumn),
                 (QStringList{u"D-skyddad"_s, u"C-sex-ar"_s, u"B-fem-och-en-dag"_s}));
        QCOMPARE(column(table, EndDateColumn),
                 (QStringList{u"2016-11-24"_s, u"2020-11-24"_s, u"2021-11-23"_s}));
        QVERIFY(!column(table, EndReasonColumn).contains(QString()));
        // The name is shown literally, the limit date is said.
        QCOMPARE(column(table, NameColumn).at(2), u"<b>Bertil</b>"_s);
        const auto* summary = dialog.findChild<QLabel*>(u"summaryLabel"_s);
        QVERIFY2(summary->text().contains(u"2021-11-24"_s), qPrintable(summary->text()));
        QCOMPARE(summary->textFormat(), Qt::PlainText);
        // Nothing is ticked until the user ticks it.
        QVERIFY(dialog.tickedParticipants().empty());
        QVERIFY(!dialog.findChild<QPushButton*>(u"erasePushButton"_s)->isEnabled());
    }

    void list_protectedIdentity_showsCodeAndMarkerNeverTheName()
    {
        const QString path = makeDatabase();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        GallringDialog dialog(test::lend(*db.value()), {});
        const auto* table = dialog.findChild<QTableView*>(u"participantsTableView"_s);
        QCOMPARE(column(table, NameColumn).at(0), u"[protected]"_s);
        for (const QString& text : allText(dialog)) {
            QVERIFY2(!text.contains(u"Hemlig"_s), qPrintable(text));
            QVERIFY2(!text.contains(u"Skyddadsson"_s), qPrintable(text));
        }
    }

    void list_retentionSetting_usedAndBoundaryMovesWithIt()
    {
        const QString path = makeDatabase();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        setRetention(*db.value(), 6);
        GallringDialog six(test::lend(*db.value()), {});
        QCOMPARE(six.years(), 6);
        // C ended exactly six years ago: now on the boundary, so not listed.
        QCOMPARE(column(six.findChild<QTableView*>(u"participantsTableView"_s), CodeColumn),
                 QStringList{u"D-skyddad"_s});
        setRetention(*db.value(), 1);
        GallringDialog one(test::lend(*db.value()), {});
        QCOMPARE(
            column(one.findChild<QTableView*>(u"participantsTableView"_s), CodeColumn),
            (QStringList{u"D-skyddad"_s, u"C-sex-ar"_s, u"B-fem-och-en-dag"_s, u"A-exakt-fem"_s}));
    }

    // A stored period that cannot be used lists nobody and erases nobody: never the default 5
    // in its place (a database set to ten years must not be thinned by five).
    void list_unusableRetentionSetting_saysSo_nothingListedOrErasable()
    {
        const QString path = makeDatabase();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        QVERIFY(SettingsRepository(*db.value())
                    .setValue(QString::fromLatin1(RetentionYearsKey), u"tio"_s)
                    .ok());
        GallringDialog dialog(test::lend(*db.value()), [](const std::vector<qint64>&) {
            qFatal("must not erase without a usable retention period");
            return false;
        });
        QVERIFY(!dialog.retentionError().isEmpty());
        QCOMPARE(dialog.years(), 0);
        QVERIFY(dialog.candidates().empty());
        const auto* summary = dialog.findChild<QLabel*>(u"summaryLabel"_s);
        QVERIFY2(summary->text().contains(u"tio"_s) &&
                     summary->text().contains(u"retention period"_s),
                 qPrintable(summary->text()));
        dialog.setAllTicked(true);
        QVERIFY(dialog.tickedParticipants().empty());
        QVERIFY(!dialog.findChild<QPushButton*>(u"erasePushButton"_s)->isEnabled());
        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        dialog.eraseTicked();
        QCOMPARE(participantCount(*db.value()), 6);

        // Unreadable: the same.
        QSqlQuery rename(db.value()->connection());
        QVERIFY(rename.exec(u"ALTER TABLE app_setting RENAME TO app_setting_gone"_s));
        GallringDialog unreadable(test::lend(*db.value()), {});
        QVERIFY2(unreadable.retentionError().contains(u"could not be read"_s),
                 qPrintable(unreadable.retentionError()));
        QVERIFY(unreadable.candidates().empty());
        QVERIFY(!unreadable.findChild<QPushButton*>(u"erasePushButton"_s)->isEnabled());
    }

    void list_nothingToErase_saysSoInsteadOfAnEmptyTable()
    {
        const QString path = makeDatabase();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        setRetention(*db.value(), 20);
        GallringDialog dialog(test::lend(*db.value()), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto* empty = dialog.findChild<QLabel*>(u"emptyLabel"_s);
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->text().isEmpty());
        QVERIFY(!dialog.findChild<QTableView*>(u"participantsTableView"_s)->isVisible());
        QVERIFY(!dialog.findChild<QPushButton*>(u"erasePushButton"_s)->isVisible());
    }

    void keyboard_spaceTicksTheRow_tabReachesEveryButton()
    {
        const QString path = makeDatabase();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        GallringDialog dialog(test::lend(*db.value()), {});
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* table = dialog.findChild<QTableView*>(u"participantsTableView"_s);
        QVERIFY(!table->accessibleName().isEmpty());
        QTRY_VERIFY(table->hasFocus());
        auto* erase = dialog.findChild<QPushButton*>(u"erasePushButton"_s);
        // Space on the first row (the cursor on the code column) ticks it; again unticks.
        table->setCurrentIndex(table->model()->index(0, CodeColumn));
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(dialog.tickedParticipants(), std::vector<qint64>{m_ids[u"D-skyddad"_s]});
        QVERIFY(erase->isEnabled());
        QTest::keyClick(table, Qt::Key_Down);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(dialog.tickedParticipants().size(), size_t(2));
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(dialog.tickedParticipants().size(), size_t(1));
        QCOMPARE(table->model()->index(0, TickColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Checked));

        // Tab order: list, tick all, tick none, erase, close.
        const QStringList order{u"tickAllPushButton"_s, u"tickNonePushButton"_s,
                                u"erasePushButton"_s};
        for (const QString& name : order) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QTRY_COMPARE(QApplication::focusWidget()->objectName(), name);
        }
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(qobject_cast<QPushButton*>(QApplication::focusWidget()));
        QVERIFY(QApplication::focusWidget()->parent()->objectName() == u"buttonBox"_s);

        dialog.findChild<QPushButton*>(u"tickAllPushButton"_s)->click();
        QCOMPARE(dialog.tickedParticipants().size(), size_t(3));
        dialog.findChild<QPushButton*>(u"tickNonePushButton"_s)->click();
        QVERIFY(dialog.tickedParticipants().empty());
        QVERIFY(!erase->isEnabled());
    }

    void erase_cancelled_changesNothing()
    {
        const QString path = makeDatabase();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        int calls = 0;
        GallringDialog dialog(test::lend(*db.value()), [&](const std::vector<qint64>& ids) {
            ++calls;
            return eraseParticipants(*db.value(), ids).ok();
        });
        dialog.setAllTicked(true);
        MessageBox::setNextAnswerForTests(QMessageBox::Cancel);
        dialog.eraseTicked();
        QVERIFY2(MessageBox::lastTextForTests().contains(u"3"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        QVERIFY(MessageBox::lastTextForTests().contains(u"cannot be undone"_s));
        QCOMPARE(MessageBox::lastActionForTests(), u"Erase"_s); // the button says what it does
        QCOMPARE(calls, 0);
        QCOMPARE(participantCount(*db.value()), 6);
        QCOMPARE(dialog.candidates().size(), size_t(3));
        QCOMPARE(dialog.tickedParticipants().size(), size_t(3));
    }

    /// The confirmation's button says "Erase", not "Yes"; Cancel is the default, so Enter alone
    /// erases nothing; Tab to Erase and Enter goes ahead.
    void erase_confirmationButtonSaysErase_byKeys()
    {
        const QString path = makeDatabase();
        auto db = Database::open(path);
        QVERIFY(db.ok());
        int calls = 0;
        GallringDialog dialog(test::lend(*db.value()), [&](const std::vector<qint64>& ids) {
            ++calls;
            return eraseParticipants(*db.value(), ids).ok();
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.setAllTicked(true);
        auto* erase = dialog.findChild<QPushButton*>(u"erasePushButton"_s);
        QVERIFY(erase->isEnabled());

        // Answers the box that comes with `key` pressed on `tabs` Tabs from its default button;
        // says what its buttons were.
        QStringList buttons;
        QString defaultButton;
        auto answer = [&](int tabs) {
            auto* timer = new QTimer(this);
            connect(timer, &QTimer::timeout, this, [&, tabs, timer] {
                auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
                if (!box || !box->isActiveWindow())
                    return; // not shown yet
                timer->stop();
                timer->deleteLater();
                buttons.clear();
                for (QAbstractButton* b : box->buttons())
                    buttons << b->text();
                defaultButton = box->defaultButton() ? box->defaultButton()->text() : QString();
                // What follows (the box saying it is done) is answered without being shown.
                MessageBox::setNextAnswerForTests(QMessageBox::Ok);
                for (int i = 0; i < tabs; ++i)
                    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
            });
            timer->start(20);
        };

        erase->setFocus(Qt::TabFocusReason);
        MessageBox::resetForTests(); // the real box
        answer(0);
        QTest::keyClick(erase, Qt::Key_Return); // Enter on the focused Erase ticked… button
        QVERIFY2(buttons.contains(u"Erase"_s), qPrintable(buttons.join(u", "_s)));
        QVERIFY2(!buttons.contains(u"&Yes"_s) && !buttons.contains(u"Yes"_s),
                 qPrintable(buttons.join(u", "_s)));
        QCOMPARE(defaultButton, u"Cancel"_s);
        QCOMPARE(calls, 0); // Enter on the default, Cancel
        QCOMPARE(participantCount(*db.value()), 6);

        MessageBox::resetForTests();
        answer(1); // Tab from Cancel to Erase
        QTest::keyClick(erase, Qt::Key_Return);
        QCOMPARE(calls, 1);
        QCOMPARE(participantCount(*db.value()), 3);
    }

    void erase_confirmed_erasesExactlyTheTickedAndClosesTheirTabs()
    {
        const QString path = makeDatabase();
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.openDatabase(path));
        QCOMPARE(window.caseloadModel()->rowCount(), 6);
        const qint64 bertil = m_ids[u"B-fem-och-en-dag"_s];
        const qint64 hidden = m_ids[u"D-skyddad"_s];
        const qint64 cecilia = m_ids[u"C-sex-ar"_s];
        QVERIFY(window.openParticipantView(bertil));
        QVERIFY(window.openParticipantView(cecilia));
        auto* tabs = window.findChild<QTabWidget*>(u"mainTabWidget"_s);
        QCOMPARE(tabs->count(), 3);

        GallringDialog dialog(
            *window.workspace(),
            [&](const std::vector<qint64>& ids) { return window.eraseParticipants(ids, u"t"_s); },
            &window);
        auto* table = dialog.findChild<QTableView*>(u"participantsTableView"_s);
        auto* model = table->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString code = model->index(row, CodeColumn).data().toString();
            if (code == u"B-fem-och-en-dag"_s || code == u"D-skyddad"_s)
                model->setData(model->index(row, TickColumn), Qt::Checked, Qt::CheckStateRole);
        }
        auto ticked = dialog.tickedParticipants();
        std::sort(ticked.begin(), ticked.end());
        auto expected = std::vector<qint64>{bertil, hidden};
        std::sort(expected.begin(), expected.end());
        QCOMPARE(ticked, expected);

        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        dialog.eraseTicked();
        QVERIFY2(MessageBox::lastTextForTests().contains(u"2 participant"_s),
                 qPrintable(MessageBox::lastTextForTests()));

        // Exactly the ticked are gone; the other candidate and everyone else stay.
        Database& db = *window.database();
        QVERIFY(!ParticipantRepository(db).byId(bertil).value());
        QVERIFY(!ParticipantRepository(db).byId(hidden).value());
        for (const QString& code : {u"A-exakt-fem"_s, u"C-sex-ar"_s, u"E-ett-ar"_s, u"F-pagar"_s})
            QVERIFY2(ParticipantRepository(db).byCode(code).value(), qPrintable(code));
        QCOMPARE(window.caseloadModel()->rowCount(), 4);
        // The erased one's tab closed, the other stays; the list shows what is left.
        QCOMPARE(tabs->count(), 2);
        QVERIFY(!window.participantView(bertil));
        QVERIFY(window.participantView(cecilia));
        QCOMPARE(column(table, CodeColumn), QStringList{u"C-sex-ar"_s});
        int erases = 0;
        for (const AuditEntry& e : AuditLog(db).all().value())
            erases += e.action == u"erase"_s ? 1 : 0;
        QCOMPARE(erases, 2);
        QVERIFY(!test::readAll(path).contains("Bertil"));
    }

    void readOnly_eraseDisabledInDialogAndMenu()
    {
        const QString path = makeDatabase();
        {
            auto reader = Database::open(path, Database::Access::ReadOnly);
            QVERIFY(reader.ok());
            GallringDialog dialog(test::lend(*reader.value()), [](const std::vector<qint64>&) {
                qFatal("must not erase on a read-only database");
                return false;
            });
            dialog.setAllTicked(true);
            QCOMPARE(dialog.tickedParticipants().size(), size_t(3));
            QVERIFY(!dialog.findChild<QPushButton*>(u"erasePushButton"_s)->isEnabled());
            MessageBox::setNextAnswerForTests(QMessageBox::Yes);
            dialog.eraseTicked();
            QCOMPARE(participantCount(*reader.value()), 6);
        }
        // The window: held by another editor, opened read-only: Retention is disabled.
        auto editor = Database::open(path);
        QVERIFY(editor.ok());
        MainWindow window;
        MessageBox::setNextAnswerForTests(QMessageBox::Yes); // "open it read-only instead?"
        QVERIFY(window.openDatabase(path));
        QVERIFY(window.database()->isReadOnly());
        QVERIFY(!window.findChild<QAction*>(u"gallringAction"_s)->isEnabled());
        MainWindow writable;
        MessageBox::resetForTests();
        editor.value().reset();
        QVERIFY(writable.openDatabase(path));
        QVERIFY(writable.findChild<QAction*>(u"gallringAction"_s)->isEnabled());
    }
};

QTEST_MAIN(TestGallringDialog)
#include "tst_gallringdialog.moc"
