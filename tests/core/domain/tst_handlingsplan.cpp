#include <QTest>

#include "core/domain/handlingsplan.h"

using namespace Qt::StringLiterals;
using namespace tilltro;

namespace {

Delmal delmal(const QString& what, DelmalStatus status, qint64 id)
{
    Delmal d;
    d.id = id;
    d.what = what;
    d.why = u"för att"_s;
    d.indicators = {u"halsa"_s};
    d.targetLevel = 7;
    d.responsible = Responsible::Handledare;
    d.start = QDate(2026, 3, 1);
    d.target = QDate(2026, 6, 1);
    d.status = status;
    d.followUp = u"Uppföljning av "_s + what;
    d.activities = {Activity{id * 10, u"Ring"_s, u"Karin"_s, QDate(2026, 4, 1), true},
                    Activity{id * 10 + 1, u"Boka"_s, u"Eva"_s, QDate(), false}};
    return d;
}

/// A plan at an occasion with a delmål of every status, follow-up written in each.
Handlingsplan current()
{
    Handlingsplan plan;
    plan.id = 3;
    plan.participantId = 12;
    plan.occasionId = 40;
    plan.goalType = GoalType::Studier;
    plan.goalText = u"Undersköterska"_s;
    plan.nextMeeting = QDate(2026, 6, 2);
    plan.delmal = {delmal(u"Ej påbörjat"_s, DelmalStatus::EjPaborjat, 1),
                   delmal(u"Pågår"_s, DelmalStatus::Pagar, 2),
                   delmal(u"Uppnått"_s, DelmalStatus::Uppnatt, 3),
                   delmal(u"Delvis"_s, DelmalStatus::DelvisUppnatt, 4),
                   delmal(u"Ej uppnått"_s, DelmalStatus::EjUppnatt, 5)};
    return plan;
}

} // namespace

class TestHandlingsplan : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void carriesOver_openAndPartlyAchieved()
    {
        QVERIFY(delmal({}, DelmalStatus::EjPaborjat, 1).carriesOver());
        QVERIFY(delmal({}, DelmalStatus::Pagar, 1).carriesOver());
        QVERIFY(delmal({}, DelmalStatus::DelvisUppnatt, 1).carriesOver());
        QVERIFY(!delmal({}, DelmalStatus::Uppnatt, 1).carriesOver());
        QVERIFY(!delmal({}, DelmalStatus::EjUppnatt, 1).carriesOver());
    }

    void nextPlan_carriesOpenAndPartlyAchievedInOrder()
    {
        const Handlingsplan next = nextPlan(current(), 41);
        QCOMPARE(next.delmal.size(), size_t(3));
        QCOMPARE(next.delmal[0].what, u"Ej påbörjat"_s);
        QCOMPARE(next.delmal[0].status, DelmalStatus::EjPaborjat);
        QCOMPARE(next.delmal[1].what, u"Pågår"_s);
        QCOMPARE(next.delmal[1].status, DelmalStatus::Pagar);
        // Partly achieved goes on: work on it continues.
        QCOMPARE(next.delmal[2].what, u"Delvis"_s);
        QCOMPARE(next.delmal[2].status, DelmalStatus::Pagar);
    }

    void nextPlan_newPlanForTheOccasionWithGoalKept()
    {
        const Handlingsplan next = nextPlan(current(), 41);
        QCOMPARE(next.id, 0);
        QCOMPARE(next.participantId, 12);
        QCOMPARE(next.occasionId, 41);
        QCOMPARE(next.goalType, GoalType::Studier);
        QCOMPARE(next.goalText, u"Undersköterska"_s);
        // The next meeting is agreed anew at the new occasion.
        QVERIFY(!next.nextMeeting.isValid());
    }

    void nextPlan_copiesHaveNoIdsAndNoFollowUpButKeepTheRest()
    {
        const Handlingsplan before = current();
        const Handlingsplan next = nextPlan(before, 41);
        for (size_t i = 0; i < next.delmal.size(); ++i) {
            const Delmal& d = next.delmal[i];
            QCOMPARE(d.id, 0);
            QVERIFY(d.followUp.isEmpty());
            QCOMPARE(d.activities.size(), size_t(2));
            for (const Activity& a : d.activities)
                QCOMPARE(a.id, 0);
            QCOMPARE(d.activities[0].what, u"Ring"_s);
            QVERIFY(d.activities[0].done);
            QCOMPARE(d.why, u"för att"_s);
            QCOMPARE(d.indicators, QStringList{u"halsa"_s});
            QCOMPARE(d.targetLevel, std::optional<int>(7));
            QCOMPARE(d.responsible, Responsible::Handledare);
            QCOMPARE(d.target, QDate(2026, 6, 1));
        }
    }

    void nextPlan_leavesTheCurrentPlanAsItWas()
    {
        const Handlingsplan before = current();
        Handlingsplan plan = current();
        static_cast<void>(nextPlan(plan, 41));
        QCOMPARE(plan, before);
        QCOMPARE(plan.delmal[3].followUp, u"Uppföljning av Delvis"_s);
    }

    void nextPlan_emptyPlan_emptyNextPlan()
    {
        Handlingsplan none;
        none.participantId = 5;
        const Handlingsplan next = nextPlan(none, 0);
        QCOMPARE(next.participantId, 5);
        QCOMPARE(next.occasionId, 0);
        QVERIFY(next.delmal.empty());
    }
};

QTEST_GUILESS_MAIN(TestHandlingsplan)
#include "tst_handlingsplan.moc"
