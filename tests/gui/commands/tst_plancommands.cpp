#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include "commands/plancommands.h"
#include "models/plandocument.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::gui;

class TestPlanCommands : public QObject {
    Q_OBJECT

private:
    static Delmal delmal(const QString& what, DelmalStatus status = DelmalStatus::Pagar)
    {
        Delmal d;
        d.what = what;
        d.status = status;
        d.indicators = {u"halsa"_s};
        d.targetLevel = 7;
        d.activities = {{0, u"Ring"_s, u"Deltagaren"_s, QDate(2026, 12, 1), false}};
        return d;
    }

    static Handlingsplan samplePlan()
    {
        Handlingsplan p;
        p.goalType = GoalType::Arbete;
        p.goalText = u"Arbete inom lager"_s;
        p.delmal = {delmal(u"A"_s), delmal(u"B"_s), delmal(u"C"_s)};
        return p;
    }

    /// Undo must restore the plan exactly, and redo must restore the changed plan exactly.
    static void checkUndoRedo(PlanDocument& doc, QUndoCommand* command)
    {
        const Handlingsplan before = doc.plan();
        doc.undoStack()->push(command);
        const Handlingsplan after = doc.plan();
        QVERIFY(!(after == before));
        doc.undoStack()->undo();
        QCOMPARE(doc.plan(), before);
        doc.undoStack()->redo();
        QCOMPARE(doc.plan(), after);
    }

private Q_SLOTS:
    void changeGoal_undoRedoRestoreExactly()
    {
        PlanDocument doc(samplePlan());
        checkUndoRedo(doc, new ChangeGoalCommand(&doc, GoalType::Studier, u"Komvux"_s));
    }

    void changeGoal_typingMergesIntoOneStep()
    {
        PlanDocument doc(samplePlan());
        for (const auto& text : {u"A"_s, u"Ar"_s, u"Arb"_s})
            doc.undoStack()->push(new ChangeGoalCommand(&doc, GoalType::Arbete, text));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(doc.plan().goalText, u"Arbete inom lager"_s);
    }

    void addDelmal_undoRedoRestoreExactly()
    {
        PlanDocument doc(samplePlan());
        checkUndoRedo(doc, new AddDelmalCommand(&doc, 1, delmal(u"Ny"_s)));
        QCOMPARE(doc.delmal(1).what, u"Ny"_s);
    }

    void removeDelmal_undoRedoRestoreExactly()
    {
        PlanDocument doc(samplePlan());
        checkUndoRedo(doc, new RemoveDelmalCommand(&doc, 0));
        QCOMPARE(doc.delmalCount(), 2);
        QCOMPARE(doc.delmal(0).what, u"B"_s);
    }

    void moveDelmal_undoRedoRestoreExactly()
    {
        PlanDocument doc(samplePlan());
        checkUndoRedo(doc, new MoveDelmalCommand(&doc, 0, 2));
        QCOMPARE(doc.delmal(2).what, u"A"_s);
        QCOMPARE(doc.delmal(0).what, u"B"_s);
    }

    void changeDelmal_undoRedoRestoreExactly()
    {
        PlanDocument doc(samplePlan());
        Delmal changed = doc.delmal(1);
        changed.status = DelmalStatus::Uppnatt;
        changed.activities.front().done = true;
        checkUndoRedo(doc, new ChangeDelmalCommand(&doc, 1, changed, u"status"_s));
    }

    void changeDelmal_sameFieldMergesOtherFieldDoesNot()
    {
        PlanDocument doc(samplePlan());
        auto edit = [&](const QString& field, const QString& what) {
            Delmal d = doc.delmal(0);
            d.what = what;
            doc.undoStack()->push(new ChangeDelmalCommand(&doc, 0, d, field));
        };
        edit(u"what"_s, u"Pr"_s);
        edit(u"what"_s, u"Praktik"_s);
        QCOMPARE(doc.undoStack()->count(), 1);
        edit(u"why"_s, u"Praktik!"_s);
        QCOMPARE(doc.undoStack()->count(), 2);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.delmal(0).what, u"A"_s);
    }

    void noOpCommands_areDropped()
    {
        PlanDocument doc(samplePlan());
        doc.undoStack()->push(new ChangeDelmalCommand(&doc, 0, doc.delmal(0), u"what"_s));
        doc.undoStack()->push(new MoveDelmalCommand(&doc, 1, 1));
        doc.undoStack()->push(
            new ChangeGoalCommand(&doc, doc.plan().goalType, doc.plan().goalText));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void viewsHearTheDocumentNotTheCommands()
    {
        PlanDocument doc(samplePlan());
        QSignalSpy inserted(&doc, &PlanDocument::delmalInserted);
        QSignalSpy removed(&doc, &PlanDocument::delmalRemoved);
        QSignalSpy changed(&doc, &PlanDocument::changed);
        doc.undoStack()->push(new AddDelmalCommand(&doc, 3, delmal(u"D"_s)));
        doc.undoStack()->undo();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.front().front().toInt(), 3);
        QCOMPARE(changed.size(), 2);
    }

    void undoText_saysWhatWillBeUndone()
    {
        PlanDocument doc(samplePlan());
        doc.undoStack()->push(new RemoveDelmalCommand(&doc, 0));
        QCOMPARE(doc.undoStack()->undoText(), u"remove sub-goal"_s);
    }
};

QTEST_GUILESS_MAIN(TestPlanCommands)
#include "tst_plancommands.moc"
