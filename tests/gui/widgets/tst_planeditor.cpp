#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"
#include "models/plandocument.h"
#include "widgets/dateedit.h"
#include "widgets/planeditor.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::gui;

class TestPlanEditor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    Instrument m_instrument;
    qint64 m_participant = 0;
    int m_counter = 0;

    std::vector<Handlingsplan> storedPlans()
    {
        auto plans = PlanRepository(*m_db).forParticipant(m_participant);
        return plans ? plans.value() : std::vector<Handlingsplan>{};
    }

    qint64 completedOccasion(const QDate& date)
    {
        Occasion o;
        o.participantId = m_participant;
        o.instrumentId = InstrumentRepository(*m_db).ensureStored(m_instrument).value();
        o.date = date;
        o.state = OccasionState::Completed;
        static_cast<void>(OccasionRepository(*m_db).save(o));
        return o.id;
    }

private Q_SLOTS:
    void init()
    {
        Clock::setFixedForTests(QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
        m_instrument = Instrument::loadDefault().value();
        auto db = Database::create(m_dir.filePath(u"plan-%1.tilltro"_s.arg(++m_counter)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        Participant p;
        p.code = u"D-0001"_s;
        QVERIFY(ParticipantRepository(*m_db).insert(p).ok());
        m_participant = p.id;
    }

    void cleanup()
    {
        m_db.reset();
        Clock::resetForTests();
    }

    void nextMeeting_agreedProposedThreeMonthsOnSavedAndUndoable()
    {
        const qint64 held = completedOccasion(QDate(2026, 9, 1));
        Handlingsplan plan;
        plan.participantId = m_participant;
        plan.occasionId = held;
        QVERIFY(PlanRepository(*m_db).save(plan).ok());
        PlanEditor editor(test::lend(*m_db), m_participant, m_instrument);
        editor.show();
        auto* agreed = editor.findChild<QCheckBox*>(u"nextMeetingCheckBox"_s);
        auto* date = editor.findChild<DateEdit*>(u"planNextMeetingDateEdit"_s);
        QVERIFY(agreed && date);
        QVERIFY(!agreed->isChecked());
        QVERIFY(!date->isEnabled());
        // Agreeing proposes three months after the plan's occasion, not after today.
        agreed->click();
        QVERIFY(date->isEnabled());
        QCOMPARE(date->date(), QDate(2026, 12, 1));
        date->setDate(QDate(2026, 12, 10));
        QVERIFY(editor.saveNow());
        QCOMPARE(storedPlans().back().nextMeeting, QDate(2026, 12, 10));
        // Both steps undo; not agreed is stored as no date.
        editor.undoStack()->undo();
        QCOMPARE(date->date(), QDate(2026, 12, 1));
        editor.undoStack()->undo();
        QVERIFY(!agreed->isChecked());
        QVERIFY(editor.saveNow());
        QVERIFY(!storedPlans().back().nextMeeting.isValid());
    }

    void addDelmalWithTargetByKeyboard_savedAsYouGoAndUndoable()
    {
        completedOccasion(QDate(2026, 9, 1));
        PlanEditor editor(test::lend(*m_db), m_participant, m_instrument);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(editor.document() == nullptr);
        QVERIFY(editor.newPlan());
        QVERIFY(editor.document());

        auto* list = editor.findChild<QListWidget*>(u"delmalListWidget"_s);
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Insert); // a new delmål, focus moves to "what"
        auto* what = editor.findChild<QLineEdit*>(u"whatLineEdit"_s);
        QTRY_VERIFY(what->hasFocus());
        QTest::keyClicks(what, u"Praktik 20 timmar"_s);
        auto* indicators = editor.findChild<QListWidget*>(u"indicatorsListWidget"_s);
        indicators->item(3)->setCheckState(Qt::Checked); // Hälsa
        auto* target = editor.findChild<QSpinBox*>(u"targetLevelSpinBox"_s);
        target->setFocus();
        target->selectAll();
        QTest::keyClicks(target, u"7"_s);

        const Delmal& d = editor.document()->delmal(0);
        QCOMPARE(d.what, u"Praktik 20 timmar"_s);
        QCOMPARE(d.indicators, QStringList{u"halsa"_s});
        QCOMPARE(d.targetLevel, std::optional<int>(7));
        // add + typing (one merged step) + indicators + target
        QCOMPARE(editor.undoStack()->count(), 4);

        QTRY_COMPARE_WITH_TIMEOUT(storedPlans().back().delmal.size(), size_t(1), 1000);
        QTRY_COMPARE_WITH_TIMEOUT(storedPlans().back().delmal[0].targetLevel, std::optional<int>(7),
                                  1000);

        editor.undoStack()->undo(); // target
        QCOMPARE(editor.document()->delmal(0).targetLevel, std::nullopt);
        QCOMPARE(target->value(), target->minimum()); // the view follows
        editor.undoStack()->undo();                   // indicators
        editor.undoStack()->undo();                   // the text, as one step
        QCOMPARE(what->text(), QString());
        editor.undoStack()->redo();
        QCOMPARE(what->text(), u"Praktik 20 timmar"_s);
        QVERIFY(editor.saveNow());
        QCOMPARE(storedPlans().back().delmal[0].what, u"Praktik 20 timmar"_s);
        QCOMPARE(storedPlans().back().delmal[0].targetLevel, std::nullopt);
    }

    void reorderByAltArrows_andRemoveByDelete()
    {
        Handlingsplan plan;
        plan.participantId = m_participant;
        for (const auto& what : {u"Första"_s, u"Andra"_s, u"Tredje"_s}) {
            Delmal d;
            d.what = what;
            plan.delmal.push_back(d);
        }
        QVERIFY(PlanRepository(*m_db).save(plan).ok());
        PlanEditor editor(test::lend(*m_db), m_participant, m_instrument);
        auto* list = editor.findChild<QListWidget*>(u"delmalListWidget"_s);
        editor.selectDelmal(0);
        QTest::keyClick(list, Qt::Key_Down, Qt::AltModifier);
        QCOMPARE(editor.document()->delmal(1).what, u"Första"_s);
        QCOMPARE(editor.currentDelmal(), 1);
        QTest::keyClick(list, Qt::Key_Delete);
        QCOMPARE(editor.document()->delmalCount(), 2);
        editor.undoStack()->undo();
        editor.undoStack()->undo();
        QCOMPARE(editor.document()->plan().delmal[0].what, u"Första"_s);
        QCOMPARE(editor.document()->plan().delmal[2].what, u"Tredje"_s);
    }

    void newPlan_carriesOverOpenDelmalAndKeepsEarlierReadOnly()
    {
        const qint64 first = completedOccasion(QDate(2026, 6, 1));
        Handlingsplan plan;
        plan.participantId = m_participant;
        plan.occasionId = first;
        plan.goalText = u"Lager"_s;
        Delmal open;
        open.what = u"Pågående"_s;
        open.status = DelmalStatus::Pagar;
        open.followUp = u"Gick bra"_s;
        Delmal done;
        done.what = u"Klart"_s;
        done.status = DelmalStatus::Uppnatt;
        plan.delmal = {open, done};
        QVERIFY(PlanRepository(*m_db).save(plan).ok());
        const qint64 second = completedOccasion(QDate(2026, 9, 1));

        PlanEditor editor(test::lend(*m_db), m_participant, m_instrument);
        QVERIFY(editor.newPlan());
        const auto plans = storedPlans();
        QCOMPARE(plans.size(), size_t(2));
        QCOMPARE(plans[1].occasionId, second);
        QCOMPARE(plans[1].goalText, u"Lager"_s);
        QCOMPARE(plans[1].delmal.size(), size_t(1));
        QCOMPARE(plans[1].delmal[0].what, u"Pågående"_s);
        QVERIFY(plans[1].delmal[0].followUp.isEmpty());
        QVERIFY(!editor.isReadOnly());

        auto* chooser = editor.findChild<QComboBox*>(u"planComboBox"_s);
        QTest::keyClick(chooser, Qt::Key_Up); // the earlier plan
        QVERIFY(editor.isReadOnly());
        QVERIFY(!editor.findChild<QPushButton*>(u"addDelmalPushButton"_s)->isEnabled());
        QCOMPARE(editor.document()->plan().delmal.size(), size_t(2));
    }
};

QTEST_MAIN(TestPlanEditor)
#include "tst_planeditor.moc"
