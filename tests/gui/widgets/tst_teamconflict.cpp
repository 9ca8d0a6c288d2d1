#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QSpinBox>
#include <QTest>

#include "dialogs/messagebox.h"
#include "dialogs/settingsdialog.h"
#include "widgets/occasionform.h"
#include "widgets/planeditor.h"
#include "widgets/ratingrow.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::gui;
using tilltro::workspace::Workspace;

// The occasion form in a team database (issue 17): its autosaves go on from the version they
// made, and when someone else saved the occasion in between, nothing is overwritten until the
// handledare chooses. Runs against the team test's server (tests/team/run-team-tests.sh:
// TILLTRO_TEAM_URI, a PGPASSFILE); without one it says so and skips, and the team run sets
// TILLTRO_TEAM_REQUIRED=1 so that there it cannot skip.
class TestTeamConflict : public QObject {
    Q_OBJECT

private:
    Workspace m_ws;    ///< the form's
    Workspace m_other; ///< someone else's, the same login in another window
    qint64 m_participant = 0;
    int m_serial = 0;

    static QString uri() { return qEnvironmentVariable("TILLTRO_TEAM_URI"); }

    /// A new draft occasion of the test's deltagare with d_samarbete answered 5.
    qint64 newDraft()
    {
        auto instrument = m_ws.instrumentForNewOccasions();
        if (!instrument)
            return 0;
        Occasion o;
        o.participantId = m_participant;
        o.date = QDate(2026, 11, 1).addDays(++m_serial);
        o.answers[u"d_samarbete"_s] = Answer::number(5);
        return m_ws.saveOccasion(o, instrument.value()) ? o.id : 0;
    }

    /// What the server holds now, read by the other window.
    Occasion stored(qint64 id)
    {
        auto o = m_other.occasion(id);
        return o && o.value() ? *o.value() : Occasion{};
    }

    /// The other window saves `notes` to the occasion.
    void otherSaves(qint64 id, const QString& notes)
    {
        Occasion o = stored(id);
        o.notes = notes;
        auto instrument = m_other.instrument(o.instrumentId);
        QVERIFY(instrument);
        QVERIFY(m_other.saveOccasion(o, instrument.value()));
    }

    static void answer(OccasionForm& form, const QString& key, char digit)
    {
        auto* row = form.findChild<RatingRow*>(key + u"RatingRow"_s);
        QVERIFY(row);
        row->setFocus();
        QTest::keyClick(row, digit);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (uri().isEmpty()) {
            QVERIFY2(qEnvironmentVariable("TILLTRO_TEAM_REQUIRED") != "1"_L1,
                     "the team run must give TILLTRO_TEAM_URI");
            QSKIP("no team database given (tests/team/run-team-tests.sh gives one)");
        }
        auto opened = m_ws.open(uri());
        QVERIFY2(opened, qPrintable(opened.errorMessage()));
        QVERIFY(m_other.open(uri()));
        auto me = m_ws.currentUser();
        QVERIFY(me && me.value());
        Participant p;
        p.code = u"TC-%1"_s.arg(QCoreApplication::applicationPid());
        p.startDate = QDate(2026, 1, 1);
        p.handledareId = me.value()->id;
        std::vector<Consent> none;
        QVERIFY(m_ws.saveParticipant(p, none, {}));
        m_participant = p.id;
    }

    void init() { MessageBox::resetForTests(); }

    // Each autosave goes on from the version the one before made: never a conflict with itself.
    void autosavesFollowTheirOwnVersion()
    {
        const qint64 id = newDraft();
        QVERIFY(id > 0);
        OccasionForm form(m_ws, m_participant, id);
        QVERIFY(form.ok());
        form.show();
        MessageBox::setNextAnswerForTests(QMessageBox::Cancel); // a question would be a failure
        for (char digit : {'6', '7', '8'}) {
            answer(form, u"d_samarbete"_s, digit);
            QVERIFY2(form.saveNow(),
                     qPrintable(form.findChild<QLabel*>(u"draftStatusLabel"_s)->text()));
        }
        QCOMPARE(stored(id).answers.at(u"d_samarbete"_s), Answer::number(8));
        QVERIFY(MessageBox::lastTextForTests().isEmpty());
    }

    // Saved over the other's version only when asked: both versions shown first.
    void conflictSavedOverWhenChosen()
    {
        const qint64 id = newDraft();
        OccasionForm form(m_ws, m_participant, id);
        form.show();
        otherSaves(id, u"från det andra fönstret"_s);
        answer(form, u"d_samarbete"_s, '2');
        MessageBox::setNextAnswerForTests(QMessageBox::Save);
        QVERIFY(form.saveNow());
        const QString asked = MessageBox::lastTextForTests();
        QVERIFY2(asked.contains(u"Someone else saved"_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"d_samarbete"_s), qPrintable(asked));
        QVERIFY2(asked.contains(u"The notes differ"_s), qPrintable(asked));
        // The notes are said to differ, never shown.
        QVERIFY(!asked.contains(u"andra fönstret"_s));
        QCOMPARE(stored(id).answers.at(u"d_samarbete"_s), Answer::number(2));
        QVERIFY(!form.hasUnsavedChanges());
        // And the autosaves go on from there.
        answer(form, u"d_samarbete"_s, '3');
        MessageBox::resetForTests();
        QVERIFY(form.saveNow());
        QVERIFY(MessageBox::lastTextForTests().isEmpty());
    }

    // Discarded: the other's version stays, the form closes.
    void conflictDiscarded()
    {
        const qint64 id = newDraft();
        auto* form = new OccasionForm(m_ws, m_participant, id);
        form->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<OccasionForm> alive(form);
        form->show();
        otherSaves(id, u"deras"_s);
        answer(*form, u"d_samarbete"_s, '9');
        MessageBox::setNextAnswerForTests(QMessageBox::Discard);
        QVERIFY(form->saveNow());
        QTRY_VERIFY(alive.isNull()); // closed, and nothing more saved on the way out
        const Occasion kept = stored(id);
        QCOMPARE(kept.answers.at(u"d_samarbete"_s), Answer::number(5));
        QCOMPARE(kept.notes, u"deras"_s);
    }

    // Later: nothing saved, the typed answer kept in the form, and said so.
    void conflictLeftForLater()
    {
        const qint64 id = newDraft();
        OccasionForm form(m_ws, m_participant, id);
        form.show();
        otherSaves(id, u"deras"_s);
        answer(form, u"d_samarbete"_s, '1');
        MessageBox::setNextAnswerForTests(QMessageBox::Cancel);
        QVERIFY(!form.saveNow());
        QVERIFY(form.hasUnsavedChanges());
        QVERIFY(form.findChild<QLabel*>(u"draftStatusLabel"_s)->text().contains(u"Not saved"_s));
        QCOMPARE(stored(id).answers.at(u"d_samarbete"_s), Answer::number(5));
        // Then chosen after all: saved over.
        MessageBox::setNextAnswerForTests(QMessageBox::Save);
        QVERIFY(form.saveNow());
        QCOMPARE(stored(id).answers.at(u"d_samarbete"_s), Answer::number(1));
    }

    // A save that can never succeed (the deltagare handed over meanwhile) does not trap the
    // form: closing asks, and only Discard lets what was typed go.
    void formClosesAfterAHandoverWhenAsked()
    {
        auto me = m_ws.currentUser();
        QVERIFY(me && me.value());
        qint64 someoneElse = 0;
        auto everyone = m_ws.handledare();
        QVERIFY(everyone);
        for (const Handledare& h : everyone.value()) {
            if (h.id != me.value()->id && h.active)
                someoneElse = h.id;
        }
        if (someoneElse == 0)
            QSKIP("the server has no second handledare");
        Participant p;
        p.code = u"TC-%1-H"_s.arg(QCoreApplication::applicationPid());
        p.startDate = QDate(2026, 1, 1);
        p.handledareId = me.value()->id;
        std::vector<Consent> none;
        QVERIFY(m_ws.saveParticipant(p, none, {}));
        auto instrument = m_ws.instrumentForNewOccasions();
        Occasion o;
        o.participantId = p.id;
        o.date = QDate(2026, 11, 20);
        QVERIFY(m_ws.saveOccasion(o, instrument.value()));

        auto* form = new OccasionForm(m_ws, p.id, o.id);
        form->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<OccasionForm> alive(form);
        form->show();
        Participant handed = *m_other.participant(p.id).value();
        handed.handledareId = someoneElse;
        QVERIFY(m_other.saveParticipant(handed, none, {}));
        answer(*form, u"d_samarbete"_s, '4');

        MessageBox::setNextAnswerForTests(QMessageBox::Cancel);
        QVERIFY(!form->close()); // kept: the person said not yet
        QVERIFY(alive);
        QVERIFY(form->hasUnsavedChanges());
        MessageBox::setNextAnswerForTests(QMessageBox::Discard);
        QVERIFY(form->close());
        QTRY_VERIFY(alive.isNull());
    }

    // Inställningar in a team database: the unit's settings are the administratör's, shown but
    // not offered for change, and OK saves what is the user's own without a refusal.
    void settingsOfTheUnitAreShownNotChanged()
    {
        SettingsDialog dialog(m_ws);
        auto* retention = dialog.findChild<QSpinBox*>(u"retentionSpinBox"_s);
        QVERIFY(retention);
        QVERIFY(!retention->isEnabled());
        QVERIFY(!retention->toolTip().isEmpty());
        QVERIFY(!dialog.findChild<QLineEdit*>(u"organisationLineEdit"_s)->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.findChild<QLabel*>(u"errorLabel"_s)->text().isEmpty());
    }

    // The plan editor: the same choice, and its own saves go on from their version.
    void planEditorConflict()
    {
        Handlingsplan plan;
        plan.participantId = m_participant;
        plan.goalText = u"Mål A"_s;
        QVERIFY(m_ws.savePlan(plan));
        auto instrument = m_ws.instrumentForNewOccasions();
        QVERIFY(instrument);
        PlanEditor editor(m_ws, m_participant, instrument.value());
        editor.show();
        auto* goal = editor.findChild<QLineEdit*>(u"goalTextLineEdit"_s);
        QVERIFY(goal);
        const auto type = [&](const QString& text) {
            goal->selectAll();
            QTest::keyClicks(goal, text);
        };
        const auto otherSavesGoal = [&](const QString& text) {
            auto plans = m_other.plans(m_participant);
            QVERIFY(plans && !plans->empty());
            Handlingsplan theirs = plans->back();
            theirs.goalText = text;
            QVERIFY(m_other.savePlan(theirs));
        };
        const auto storedGoal = [&] {
            auto plans = m_other.plans(m_participant);
            return plans && !plans->empty() ? plans->back().goalText : QString();
        };

        MessageBox::setNextAnswerForTests(QMessageBox::Cancel); // a question would be a failure
        type(u"Mål A2"_s);
        QVERIFY(editor.saveNow());
        type(u"Mål A3"_s);
        QVERIFY(editor.saveNow());
        QCOMPARE(storedGoal(), u"Mål A3"_s);
        QVERIFY(MessageBox::lastTextForTests().isEmpty());

        otherSavesGoal(u"Mål B"_s);
        type(u"Mål C"_s);
        MessageBox::setNextAnswerForTests(QMessageBox::Save);
        QVERIFY(editor.saveNow());
        QVERIFY2(MessageBox::lastTextForTests().contains(u"“Mål B” → “Mål C”"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        QCOMPARE(storedGoal(), u"Mål C"_s);

        otherSavesGoal(u"Mål D"_s);
        type(u"Mål E"_s);
        MessageBox::setNextAnswerForTests(QMessageBox::Discard);
        QVERIFY(editor.saveNow());
        QCOMPARE(storedGoal(), u"Mål D"_s);
        QCOMPARE(goal->text(), u"Mål D"_s); // the stored plan is shown
    }
};

QTEST_MAIN(TestTeamConflict)
#include "tst_teamconflict.moc"
