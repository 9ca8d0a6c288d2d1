#include <QAction>
#include <QMainWindow>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>

#include "caseloadpane.h"
#include "core/analysis/signals.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "models/caseloadfilter.h"
#include "models/caseloadmodel.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::gui;

// The caseload's signal filter as the handledare uses it: the "Signals" button in the tool bar,
// a ticked signal narrowing the table, and a chosen deltagare never lost behind the filter.
class TestCaseloadPane : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QMainWindow m_window;
    QTableView* m_table = nullptr;
    CaseloadPane* m_pane = nullptr;

    /// The signal most deltagare of the demo have, and how many rows have it (counted here, not
    /// by the model).
    std::pair<BipSignal, int> commonestSignal() const
    {
        std::pair<BipSignal, int> best{BipSignal::NoInsats, -1};
        for (int i = 0; i < BipSignalCount; ++i) {
            int n = 0;
            for (const CaseloadRow& row : m_pane->model()->rows())
                n += row.bipSignals.contains(BipSignal(i)) ? 1 : 0;
            if (n > best.second)
                best = {BipSignal(i), n};
        }
        return best;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        auto db = Database::create(m_dir.filePath(u"demo.tilltro"_s));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        QVERIFY(fillWithDemoData(*m_db).ok());
        m_table = new QTableView(&m_window);
        m_window.setCentralWidget(m_table);
        auto* toolBar = m_window.addToolBar(u"main"_s);
        m_pane = new CaseloadPane(m_table, toolBar, test::lend(*m_db), &m_window);
        QVERIFY(m_pane->reload().isEmpty());
        m_window.resize(1100, 600);
        m_window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&m_window));
    }

    void button_reachableByKeyboardAndNamed()
    {
        QPushButton* button = m_pane->signalsButton();
        QCOMPARE(button->text(), u"Signals"_s);
        QVERIFY(!button->accessibleName().isEmpty());
        QVERIFY(button->focusPolicy() & Qt::TabFocus);
        QVERIFY(button->isVisible());
        QVERIFY(button->menu());
        // One action per signal, and "Show all".
        QCOMPARE(button->menu()->actions().size(), BipSignalCount + 2); // with the separator
    }

    void tickSignal_narrowsTheTableAndSaysSo()
    {
        const auto [signal, count] = commonestSignal();
        QVERIFY2(count > 0, "the demo has no signal at all");
        QVERIFY(count < m_pane->model()->rowCount()); // else the filter could not narrow
        QAction* action = m_pane->signalAction(signal);
        const QString word = analysis::signalWord(signal);
        QCOMPARE(action->text(), u"%1 (%2)"_s.arg(word).arg(count));
        QCOMPARE(action->toolTip(), analysis::signalExplanation(signal));

        action->trigger();
        QVERIFY(action->isChecked());
        QCOMPARE(m_table->model()->rowCount(), count);
        for (int r = 0; r < count; ++r) {
            const QString text =
                m_table->model()->index(r, CaseloadModel::SignalsColumn).data().toString();
            QVERIFY2(text.contains(word), qPrintable(text));
        }
        QCOMPARE(m_pane->signalsButton()->text(), u"Signals: %1"_s.arg(word));
        QVERIFY2(m_pane->summary().contains(u"%1 shown"_s.arg(count)),
                 qPrintable(m_pane->summary()));

        // "Show all" brings every row back.
        m_pane->signalsButton()->menu()->findChild<QAction*>(u"signalShowAllAction"_s)->trigger();
        QVERIFY(!action->isChecked());
        QCOMPARE(m_table->model()->rowCount(), m_pane->model()->rowCount());
        QCOMPARE(m_pane->signalsButton()->text(), u"Signals"_s);
    }

    void select_hiddenByTheSignalFilter_clearsIt()
    {
        const auto [signal, count] = commonestSignal();
        qint64 without = 0;
        for (const CaseloadRow& row : m_pane->model()->rows()) {
            if (!row.bipSignals.contains(signal))
                without = row.participantId;
        }
        QVERIFY(without != 0);
        m_pane->signalAction(signal)->trigger();
        QCOMPARE(m_table->model()->rowCount(), count);
        m_pane->select(without);
        QCOMPARE(m_pane->currentParticipantId(), without);
        QVERIFY(!m_pane->signalAction(signal)->isChecked());
        QVERIFY(m_pane->filter()->signalFilter().isEmpty());
    }

    void menu_spaceTicksASignalAndStaysOpen()
    {
        const auto [signal, count] = commonestSignal();
        QMenu* menu = m_pane->signalsButton()->menu();
        menu->popup(m_window.mapToGlobal(QPoint(10, 10)));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        menu->setActiveAction(m_pane->signalAction(signal));
        QTest::keyClick(menu, Qt::Key_Space);
        QVERIFY(m_pane->signalAction(signal)->isChecked());
        QVERIFY(menu->isVisible()); // a second signal can be ticked straight away
        QCOMPARE(m_table->model()->rowCount(), count);
        QTest::keyClick(menu, Qt::Key_Space);
        QVERIFY(!m_pane->signalAction(signal)->isChecked());
        QTest::keyClick(menu, Qt::Key_Escape);
        QTRY_VERIFY(!menu->isVisible());
        QCOMPARE(m_table->model()->rowCount(), m_pane->model()->rowCount());
    }

    void sortBySignals_mostFirst()
    {
        m_table->sortByColumn(CaseloadModel::SignalsColumn, Qt::DescendingOrder);
        int previous = std::numeric_limits<int>::max();
        for (int r = 0; r < m_table->model()->rowCount(); ++r) {
            const int n = m_table->model()
                              ->index(r, CaseloadModel::SignalsColumn)
                              .data(CaseloadModel::SortRole)
                              .toInt();
            QVERIFY(n <= previous);
            previous = n;
        }
        QVERIFY(m_table->model()
                    ->index(0, CaseloadModel::SignalsColumn)
                    .data(CaseloadModel::SortRole)
                    .toInt() > 0);
    }

    void cleanupTestCase()
    {
        delete m_pane;
        m_pane = nullptr;
    }
};

QTEST_MAIN(TestCaseloadPane)
#include "tst_caseloadpane.moc"
