#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGraphicsScene>
#include <QGraphicsSimpleTextItem>
#include <QGraphicsTextItem>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include "chart/radarchart.h"
#include "core/analysis/caseload.h"
#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/demodata.h"
#include "core/storage/insatsrepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"
#include "dialogs/messagebox.h"
#include "i18n.h"
#include "lock/lockcontroller.h"
#include "lock/lockscreen.h"
#include "mainwindow.h"
#include "meeting/meetingwindow.h"
#include "models/plandocument.h"
#include "participantactions.h"
#include "widgets/dateedit.h"
#include "widgets/occasionform.h"
#include "widgets/participantview.h"
#include "widgets/planeditor.h"
#include "widgets/ratingrow.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::app;
using namespace tilltro::storage;
using namespace tilltro::gui;

namespace {

// What the shared screen must never show: the notes, the sensitive answers and the
// handledare's questions, another deltagare, the personnummer.
const QString NotesMarker = u"ANTECKNING-7F3A-hemlig"_s;
const QString DraftNotesMarker = u"UTKAST-91C-hemlig"_s;
const QString InsatsNoteMarker = u"Kontakt med socialtjänsten"_s; // provider: shown is fine
const QString Personnummer = u"19121212-1212"_s;
const QString OtherName = u"Bertil Annanperson"_s;

QStringList forbiddenTexts()
{
    const Instrument instrument = Instrument::loadDefault().value();
    QStringList texts{NotesMarker, DraftNotesMarker, Personnummer, OtherName, u"191212121212"_s};
    // Every text of the handledare's own questions: Tilltro, Målmedvetenhet, Våld, Riskbruk,
    // their options, and the wording of the handledare's ratings. (The indicator labels the
    // handledare's ratings share with the deltagare's, "Hälsa" and so on, are the deltagare's
    // too.)
    for (const Question* q : instrument.questionsFor(Respondent::Handledare)) {
        for (const QString& language : {u"sv"_s, u"en"_s}) {
            texts << q->text.text(language);
            if (q->indicator.isEmpty())
                texts << q->label.text(language);
            for (const ScaleOption& option : q->scale.options)
                texts << option.label.text(language);
            if (q->indicator.isEmpty()) {
                texts << q->scale.minLabel.text(language) << q->scale.maxLabel.text(language);
            }
        }
    }
    texts.removeAll(QString());
    // The anchors the handledare's questions share with the deltagare's ("Inte alls") are the
    // deltagare's too.
    for (const Question* q : instrument.questionsFor(Respondent::Deltagare)) {
        for (const QString& language : {u"sv"_s, u"en"_s}) {
            for (const LocalizedText* shared : {&q->scale.minLabel, &q->scale.maxLabel, &q->label})
                texts.removeAll(shared->text(language));
        }
    }
    // Words that are ordinary words of the screen too (the options "Ja" and "Nej" of Våld);
    // the labels of their questions are checked above.
    for (const QString& common : {u"Ja"_s, u"Nej"_s, u"Yes"_s, u"No"_s})
        texts.removeAll(common);
    // "Tilltro" is also the program's name; its question's text and options are checked.
    texts.removeAll(u"Tilltro"_s);
    texts.removeDuplicates();
    return texts;
}

/// Everything a person or a screen reader can get from `root` and its children.
QStringList everythingShown(QWidget* root)
{
    QStringList shown;
    QList<QWidget*> widgets = root->findChildren<QWidget*>();
    widgets.prepend(root);
    for (QWidget* w : widgets) {
        shown << w->windowTitle() << w->toolTip() << w->accessibleName()
              << w->accessibleDescription() << w->whatsThis() << w->statusTip();
        if (auto* label = qobject_cast<QLabel*>(w))
            shown << label->text();
        if (auto* button = qobject_cast<QAbstractButton*>(w))
            shown << button->text();
        if (auto* edit = qobject_cast<QPlainTextEdit*>(w))
            shown << edit->toPlainText() << edit->placeholderText();
        if (auto* combo = qobject_cast<QComboBox*>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                shown << combo->itemText(i);
        }
        if (auto* table = qobject_cast<QTableWidget*>(w)) {
            for (int r = 0; r < table->rowCount(); ++r) {
                for (int c = 0; c < table->columnCount(); ++c) {
                    if (QTableWidgetItem* item = table->item(r, c))
                        shown << item->text() << item->toolTip();
                }
            }
        }
        if (auto* chart = qobject_cast<chart::RadarChartView*>(w)) {
            shown << chart->seriesNames();
            for (QGraphicsItem* item : chart->scene()->items()) {
                if (auto* text = dynamic_cast<QGraphicsSimpleTextItem*>(item))
                    shown << text->text();
                if (auto* text = dynamic_cast<QGraphicsTextItem*>(item))
                    shown << text->toPlainText();
                shown << item->toolTip();
            }
            for (int s = 0; s < int(chart->series().size()); ++s) {
                for (int axis = 0; axis < 8; ++axis)
                    shown << chart->toolTipFor(s, axis);
            }
        }
        // What the accessibility tree gives (screen readers and screen sharing tools).
        if (QAccessibleInterface* a = QAccessible::queryAccessibleInterface(w)) {
            for (auto t : {QAccessible::Name, QAccessible::Description, QAccessible::Value,
                           QAccessible::Help})
                shown << a->text(t);
            for (int i = 0; i < a->childCount(); ++i) {
                if (QAccessibleInterface* child = a->child(i)) {
                    for (auto t : {QAccessible::Name, QAccessible::Description, QAccessible::Value})
                        shown << child->text(t);
                }
            }
        }
    }
    shown.removeAll(QString());
    return shown;
}

} // namespace

class TestMeeting : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    qint64 m_participant = 0;
    int m_counter = 0;

    void addOccasion(Database& db, const QDate& date, int base, OccasionState state,
                     const QString& notes)
    {
        const Instrument instrument = Instrument::loadDefault().value();
        Occasion o;
        o.participantId = m_participant;
        o.instrumentId = InstrumentRepository(db).ensureStored(instrument).value();
        o.date = date;
        o.state = state;
        o.notes = notes;
        for (const Question* q : instrument.questionsFor(Respondent::Deltagare))
            o.answers[q->key] = Answer::number(base);
        for (const Question* q : instrument.questionsFor(Respondent::Handledare)) {
            if (!q->indicator.isEmpty())
                o.answers[q->key] = Answer::number(base + 2);
        }
        o.answers[u"tilltro"_s] = Answer::choice(u"tveksamt"_s);
        o.answers[u"malmedvetenhet"_s] = Answer::number(3);
        o.answers[u"vald"_s] = Answer::choice(u"misstanke"_s);
        o.answers[u"riskbruk"_s] = Answer::choice(u"ja"_s);
        if (state == OccasionState::Completed)
            o.completedAt = date.startOfDay();
        QVERIFY(OccasionRepository(db).save(o).ok());
    }

    /// Shows `window` on the test's database with `participant` chosen in the caseload.
    bool showOn(MainWindow& window, qint64 participant)
    {
        window.show();
        if (!window.openDatabase(m_path))
            return false;
        window.selectParticipant(participant);
        return window.currentParticipantId() == participant;
    }

    std::vector<Handlingsplan> plans()
    {
        auto db = Database::open(m_path, Database::Access::ReadOnly);
        if (!db)
            return {};
        return PlanRepository(*db.value()).forParticipant(m_participant).value();
    }

    static void walkEverySteps(MeetingWindow* meeting, const QStringList& forbidden)
    {
        for (MeetingWindow::Step step : meeting->steps()) {
            meeting->goTo(step);
            QCOMPARE(meeting->step(), step);
            QApplication::processEvents();
            const QStringList shown = everythingShown(meeting);
            for (const QString& bad : forbidden) {
                for (const QString& text : shown)
                    QVERIFY2(!text.contains(bad, Qt::CaseInsensitive),
                             qPrintable(u"step %1 shows \"%2\" in \"%3\""_s.arg(int(step)).arg(
                                 bad, text)));
            }
            // No other window of the program is on the screen.
            for (QWidget* window : QApplication::topLevelWidgets()) {
                if (window->isVisible() && window != meeting)
                    QVERIFY2(qobject_cast<QMenu*>(window) || window->inherits("QTipLabel"),
                             qPrintable(window->objectName()));
            }
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"TilltroTests"_s);
        QCoreApplication::setApplicationName(u"tst_meeting"_s);
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(installTranslators(*qApp, u"sv"_s));
    }

    void init()
    {
        QSettings().clear();
        Clock::setFixedForTests(QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
        m_path = m_dir.filePath(u"meeting-%1.tilltro"_s.arg(++m_counter));
        auto created = Database::create(m_path);
        QVERIFY(created.ok());
        Database& db = *created.value();
        QVERIFY(fillWithDemoData(db).ok());
        Participant other;
        other.code = u"M-0002"_s;
        other.name = OtherName;
        other.startDate = QDate(2026, 1, 1);
        QVERIFY(ParticipantRepository(db).insert(other).ok());
        Participant p;
        p.code = u"M-0001"_s;
        p.name = u"Anna Mötesdeltagare"_s;
        p.personnummer = Personnummer;
        p.startDate = QDate(2026, 1, 1);
        QVERIFY(ParticipantRepository(db).insert(p).ok());
        m_participant = p.id;
        addOccasion(db, QDate(2026, 2, 1), 3, OccasionState::Completed, NotesMarker);
        addOccasion(db, QDate(2026, 5, 1), 4, OccasionState::Completed, NotesMarker);
        addOccasion(db, QDate(2026, 8, 1), 5, OccasionState::Completed, NotesMarker);
        // Today's meeting: the handledare has begun their part (and notes) beforehand.
        const Instrument instrument = Instrument::loadDefault().value();
        Occasion draft;
        draft.participantId = m_participant;
        draft.instrumentId = InstrumentRepository(db).ensureStored(instrument).value();
        draft.date = QDate(2026, 11, 24);
        draft.notes = DraftNotesMarker;
        draft.answers[u"tilltro"_s] = Answer::choice(u"tveksamt"_s);
        draft.answers[u"vald"_s] = Answer::choice(u"misstanke"_s);
        draft.answers[u"h_halsa"_s] = Answer::number(2);
        QVERIFY(OccasionRepository(db).save(draft).ok());
        Handlingsplan plan;
        plan.participantId = m_participant;
        plan.occasionId = 0;
        plan.goalText = u"Arbete inom lager"_s;
        Delmal a;
        a.what = u"Söka tre jobb i veckan"_s;
        a.indicators = {u"soker"_s};
        a.targetLevel = 7;
        a.status = DelmalStatus::Pagar;
        Delmal b;
        b.what = u"Truckkort"_s;
        b.status = DelmalStatus::Pagar;
        Delmal c;
        c.what = u"Cykla till praktiken"_s;
        c.status = DelmalStatus::Pagar;
        plan.delmal = {a, b, c};
        QVERIFY(PlanRepository(db).save(plan).ok());
    }

    void cleanup()
    {
        MessageBox::resetForTests();
        Clock::resetForTests();
    }

    void meetingMode_showsNothingOfTheHandledaresPartOnAnyStep()
    {
        MainWindow window;
        QVERIFY(showOn(window, m_participant));
        // The deltagare's tab is open, with its signals and timeline: they must go too.
        QVERIFY(window.openParticipantView(m_participant));
        MeetingWindow* meeting = window.startMeeting(true);
        QVERIFY(meeting);
        QVERIFY(QTest::qWaitForWindowExposed(meeting));
        QVERIFY(meeting->isShared());
        QVERIFY(meeting->isFullScreen());
        QVERIFY(!window.isVisible());
        QVERIFY(!meeting->steps().contains(MeetingWindow::Step::HandledarePart));
        const QStringList forbidden = forbiddenTexts();
        QVERIFY(forbidden.contains(u"Våld i nära relation"_s));
        QVERIFY(forbidden.contains(u"Målmedvetenhet"_s));
        QVERIFY(forbidden.contains(u"Tveksamt"_s));
        walkEverySteps(meeting, forbidden);

        // "Show both perspectives" adds the handledare's ratings of the same areas, never
        // their other questions; it is remembered for this deltagare.
        meeting->goTo(MeetingWindow::Step::Result);
        auto* both = meeting->page()->findChild<QCheckBox*>(u"bothPerspectivesCheckBox"_s);
        QVERIFY(both);
        auto* chart = meeting->page()->findChild<chart::RadarChartView*>();
        const auto deltagareOnly = chart->series().size();
        both->setChecked(true);
        QCOMPARE(chart->series().size(), deltagareOnly + 1);
        walkEverySteps(meeting, forbidden);
        meeting->goTo(MeetingWindow::Step::Result);
        QVERIFY(meeting->page()->findChild<QCheckBox*>(u"bothPerspectivesCheckBox"_s)->isChecked());

        // A probe: the check finds a marker where one is shown.
        auto* probe = new QLabel(NotesMarker, meeting->page());
        QVERIFY(everythingShown(meeting).contains(NotesMarker));
        delete probe;

        // Esc ends it: the normal view comes back, the meeting's window is gone.
        QTest::keyClick(meeting, Qt::Key_Escape);
        QTRY_VERIFY(window.isVisible());
        QTRY_VERIFY(!window.meetingWindow());
    }

    void flow_savesAnswersFollowUpPlanAndNextMeetingAsItGoes()
    {
        MainWindow window;
        QVERIFY(showOn(window, m_participant));
        MeetingWindow* meeting = window.startMeeting(true);
        QVERIFY(meeting);
        QCOMPARE(meeting->step(), MeetingWindow::Step::Answers);
        // The deltagare answers by keyboard: 6 everywhere, each key moving on.
        auto rows = meeting->page()->findChildren<RatingRow*>();
        QCOMPARE(rows.size(), 8);
        QVERIFY(QTest::qWaitForWindowActive(meeting));
        QCOMPARE(meeting->focusWidget(), rows.front());
        for (int i = 0; i < rows.size(); ++i)
            QTest::keyClick(meeting->focusWidget(), Qt::Key_6);
        QCOMPARE(meeting->focusWidget()->objectName(), u"nextButton"_s);
        QVERIFY(meeting->saveNow());
        {
            auto db = Database::open(m_path, Database::Access::ReadOnly);
            QVERIFY(db.ok());
            const auto stored = OccasionRepository(*db.value()).byId(meeting->occasionId());
            QVERIFY(stored.ok() && stored.value());
            QCOMPARE(stored.value()->answers.at(u"d_halsa"_s), Answer::number(6));
            // The handledare's answers and notes given before are kept.
            QCOMPARE(stored.value()->answers.at(u"tilltro"_s), Answer::choice(u"tveksamt"_s));
            QCOMPARE(stored.value()->notes, DraftNotesMarker);
        }
        // The result says in words how the deltagare moved: up from 5 to 6 in all 8.
        QTest::keyClick(meeting, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(meeting->step(), MeetingWindow::Step::Result);
        auto* words = meeting->page()->findChild<QLabel*>(u"changeWordsLabel"_s);
        QVERIFY(words);
        QVERIFY2(words->text().contains(u"8 av 8"_s), qPrintable(words->text()));

        // Follow-up: the second delmål partly achieved, with a comment.
        QTest::keyClick(meeting, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(meeting->step(), MeetingWindow::Step::FollowUp);
        auto* status = meeting->page()->findChild<QComboBox*>(u"followUpStatus2"_s);
        QVERIFY(status);
        status->setCurrentIndex(status->findData(int(DelmalStatus::DelvisUppnatt)));
        auto* first = meeting->page()->findChild<QComboBox*>(u"followUpStatus1"_s);
        first->setCurrentIndex(first->findData(int(DelmalStatus::Uppnatt)));
        meeting->page()
            ->findChild<QPlainTextEdit*>(u"followUpText2"_s)
            ->setPlainText(u"Teorin klar, praktiken kvar"_s);
        QTest::keyClick(meeting, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(meeting->step(), MeetingWindow::Step::Plan);
        auto saved = plans();
        QCOMPARE(saved.size(), size_t(1));
        QCOMPARE(saved[0].delmal[1].status, DelmalStatus::DelvisUppnatt);
        QCOMPARE(saved[0].delmal[1].followUp, u"Teorin klar, praktiken kvar"_s);

        // A new plan: the partly achieved delmål comes along (in progress), the achieved one
        // stays behind, and the old plan keeps its follow-up.
        auto* make = meeting->page()->findChild<QPushButton*>(u"makePlanButton"_s);
        QVERIFY(make);
        make->click();
        saved = plans();
        QCOMPARE(saved.size(), size_t(2));
        QCOMPARE(saved[0].delmal[1].followUp, u"Teorin klar, praktiken kvar"_s);
        QCOMPARE(saved[1].occasionId, meeting->occasionId());
        QCOMPARE(saved[1].delmal.size(), size_t(2));
        QCOMPARE(saved[1].delmal[0].what, u"Truckkort"_s);
        QCOMPARE(saved[1].delmal[0].status, DelmalStatus::Pagar);
        QVERIFY(saved[1].delmal[0].followUp.isEmpty());

        // The next meeting: proposed three months on, changed, saved with the plan.
        QTest::keyClick(meeting, Qt::Key_Right, Qt::AltModifier);
        QCOMPARE(meeting->step(), MeetingWindow::Step::NextMeeting);
        auto* date = meeting->page()->findChild<DateEdit*>(u"nextMeetingDateEdit"_s);
        QVERIFY(date);
        QCOMPARE(date->date(), QDate(2027, 2, 24));
        date->setDate(QDate(2027, 3, 3));
        QVERIFY(meeting->saveNow());
        QCOMPARE(plans().back().nextMeeting, QDate(2027, 3, 3));
        // The caseload's next date and the deltagare's header follow the agreed meeting.
        QTRY_COMPARE(window.caseloadRow(m_participant)->nextDue, QDate(2027, 3, 3));

        // Leaving midway keeps the step: the flow resumes there.
        meeting->goTo(MeetingWindow::Step::FollowUp);
        meeting->close();
        QTRY_VERIFY(!window.meetingWindow());
        MeetingWindow* again = window.startMeeting(true);
        QVERIFY(again);
        QCOMPARE(again->step(), MeetingWindow::Step::FollowUp);
        again->close();
        QTRY_VERIFY(window.participantView(m_participant));
        auto* header = window.participantView(m_participant)->findChild<QLabel*>(u"headerLabel"_s);
        QVERIFY(header->text().contains(u"2027-03-03"_s));
    }

    void guidedFlow_forTheHandledareAlone_hasTheirPartAndCompletes()
    {
        MainWindow window;
        QVERIFY(showOn(window, m_participant));
        MeetingWindow* meeting = window.startMeeting(false);
        QVERIFY(meeting);
        QVERIFY(!meeting->isShared());
        QVERIFY(QTest::qWaitForWindowActive(meeting));
        QVERIFY(window.isVisible()); // the handledare's own window: nothing is hidden
        QVERIFY(meeting->steps().contains(MeetingWindow::Step::HandledarePart));
        // F11 switches to meeting mode: the handledare's step goes, the other windows hide.
        meeting->goTo(MeetingWindow::Step::HandledarePart);
        QVERIFY(everythingShown(meeting).contains(DraftNotesMarker));
        QTest::keyClick(meeting, Qt::Key_F11);
        QVERIFY(meeting->isShared());
        QCOMPARE(meeting->step(), MeetingWindow::Step::Result);
        QVERIFY(!window.isVisible());
        QVERIFY(!everythingShown(meeting).contains(DraftNotesMarker));
        QVERIFY(QTest::qWaitForWindowActive(meeting));
        QTest::keyClick(meeting, Qt::Key_F11);
        QVERIFY(!meeting->isShared());
        QTRY_VERIFY(window.isVisible());

        // The deltagare did not come: the handledare marks it and completes their part alone.
        meeting->goTo(MeetingWindow::Step::Answers);
        auto* absent = meeting->page()->findChild<QCheckBox*>(u"deltagareAbsentCheckBox"_s);
        QVERIFY(absent);
        absent->setChecked(true);
        QVERIFY(meeting->occasion().deltagareAbsent);
        for (RatingRow* row : meeting->page()->findChildren<RatingRow*>())
            QVERIFY(!row->isEnabled());
        meeting->goTo(MeetingWindow::Step::HandledarePart);
        for (RatingRow* row : meeting->page()->findChildren<RatingRow*>()) {
            if (row->key() == u"malmedvetenhet"_s)
                QTest::keyClick(row, Qt::Key_4);
            if (row->key() == u"riskbruk"_s)
                QTest::keyClick(row, Qt::Key_3); // Nej
        }
        auto* complete = meeting->page()->findChild<QPushButton*>(u"completeButton"_s);
        QVERIFY(complete);
        complete->click();
        QCOMPARE(meeting->occasion().state, OccasionState::Completed);
        QCOMPARE(meeting->step(), MeetingWindow::Step::Result);
        {
            auto db = Database::open(m_path, Database::Access::ReadOnly);
            QVERIFY(db.ok());
            const auto stored = OccasionRepository(*db.value()).byId(meeting->occasionId());
            QVERIFY(stored.ok() && stored.value());
            QVERIFY(stored.value()->deltagareAbsent);
            QCOMPARE(stored.value()->state, OccasionState::Completed);
        }
        meeting->close();
    }

    void easyRead_showsTheShorterQuestionsAndKeepsTheAnswers()
    {
        MainWindow window;
        QVERIFY(showOn(window, m_participant));
        MeetingWindow* meeting = window.startMeeting(true);
        QVERIFY(meeting);
        auto* easy = meeting->findChild<QPushButton*>(u"easyReadButton"_s);
        QVERIFY(easy && easy->isVisibleTo(meeting));
        const auto labelled = [meeting](const QString& text) {
            for (QLabel* label : meeting->page()->findChildren<QLabel*>()) {
                if (label->text() == text)
                    return true;
            }
            return false;
        };
        const QString plain = u"Hur mycket tror du på att du skulle klara ett jobb?"_s;
        const QString easyText = u"Tror du att du kan klara ett jobb?"_s;
        QVERIFY(labelled(plain));
        QTest::keyClick(meeting->page()->findChildren<RatingRow*>().front(), Qt::Key_4);
        const QFont before = meeting->page()->findChildren<RatingRow*>().front()->font();
        easy->click();
        QVERIFY(meeting->isEasyRead());
        QVERIFY(labelled(easyText));
        QVERIFY(!labelled(plain));
        const RatingRow* first = meeting->page()->findChildren<RatingRow*>().front();
        QVERIFY(first->font().pointSizeF() > before.pointSizeF());
        QCOMPARE(first->answer(), Answer::number(4)); // the answer stays
        // Easy-read is for the questions: the other steps do not offer it.
        meeting->goTo(MeetingWindow::Step::Result);
        QVERIFY(!easy->isVisibleTo(meeting));
        meeting->close();
    }

    void meetingMode_withTheNewPlanInItsEditor_showsNothingOfTheHandledaresPart()
    {
        {
            auto db = Database::open(m_path);
            QVERIFY(db.ok());
            InsatsPeriod insats;
            insats.participantId = m_participant;
            insats.category = u"jobbinriktad"_s;
            insats.title = u"Praktik på lager"_s;
            insats.provider = InsatsNoteMarker;
            insats.start = QDate(2026, 3, 1);
            QVERIFY(InsatsRepository(*db.value()).save(insats).ok());
        }
        MainWindow window;
        QVERIFY(showOn(window, m_participant));
        MeetingWindow* meeting = window.startMeeting(true);
        QVERIFY(meeting);
        meeting->goTo(MeetingWindow::Step::Plan);
        meeting->page()->findChild<QPushButton*>(u"makePlanButton"_s)->click();
        QVERIFY(meeting->page()->findChild<PlanEditor*>());
        walkEverySteps(meeting, forbiddenTexts());
        // The insats runs: the last step names it.
        meeting->goTo(MeetingWindow::Step::NextMeeting);
        QVERIFY(everythingShown(meeting).join(u'\n').contains(u"Praktik på lager"_s));
        // No file dialog on the shared screen (it would list other deltagare's files).
        QVERIFY(
            !meeting->page()->findChild<QPushButton*>(u"pdfPlanButton"_s)->isVisibleTo(meeting));
        meeting->close();
    }

    void planEditor_editsTypedJustBeforeNext_areSavedAndTheMainViewFollows()
    {
        MainWindow window;
        QVERIFY(showOn(window, m_participant));
        ParticipantView* view = window.openParticipantView(m_participant);
        QVERIFY(view);
        MeetingWindow* meeting = window.startMeeting(false);
        QVERIFY(meeting);
        meeting->goTo(MeetingWindow::Step::Plan);
        meeting->page()->findChild<QPushButton*>(u"makePlanButton"_s)->click();
        auto* goal =
            meeting->page()->findChild<PlanEditor*>()->findChild<QLineEdit*>(u"goalTextLineEdit"_s);
        QVERIFY(goal);
        goal->selectAll();
        QTest::keyClicks(goal, u"Lagerarbete på heltid"_s);
        // At once, before the editor's own save delay.
        QVERIFY(meeting->goNext());
        QCOMPARE(plans().back().goalText, u"Lagerarbete på heltid"_s);
        QCOMPARE(plans().back().occasionId, meeting->occasionId());
        // The deltagare view's plan editor shows the meeting's new plan, not a stale copy.
        QVERIFY(view->planEditor()->document());
        QCOMPARE(view->planEditor()->document()->plan().goalText, u"Lagerarbete på heltid"_s);
        QCOMPARE(view->planEditor()->document()->plan().id, plans().back().id);
        meeting->close();
    }

    void anotherDatabase_closesTheMeetingFirst_savingIntoItsOwn()
    {
        const QString other = m_dir.filePath(u"other-%1.tilltro"_s.arg(m_counter));
        {
            auto db = Database::create(other);
            QVERIFY(db.ok());
            QVERIFY(fillWithDemoData(*db.value()).ok());
        }
        MainWindow window;
        QVERIFY(showOn(window, m_participant));
        MeetingWindow* meeting = window.startMeeting(false);
        QVERIFY(meeting);
        QTest::keyClick(meeting->page()->findChildren<RatingRow*>().front(), Qt::Key_9);
        const qint64 occasionId = meeting->occasionId();
        QVERIFY(window.openDatabase(other));
        QTRY_VERIFY(!window.meetingWindow());
        auto db = Database::open(m_path, Database::Access::ReadOnly);
        QVERIFY(db.ok());
        const auto stored = OccasionRepository(*db.value()).byId(occasionId);
        QVERIFY(stored.ok() && stored.value());
        QCOMPARE(stored.value()->answers.at(u"d_mojligheter"_s), Answer::number(9));
    }

    void occasionForm_ofTheDeltagareInTheMeeting_isNotOpenedBeside()
    {
        MainWindow window;
        QVERIFY(showOn(window, m_participant));
        MeetingWindow* meeting = window.startMeeting(false);
        QVERIFY(meeting);
        QVERIFY(!window.participantActions()->showForm(m_participant, meeting->occasionId()));
        meeting->close();
        // At once, before the closed window is deleted: a new meeting, not the closed one.
        QPointer<MeetingWindow> closed = meeting;
        MeetingWindow* again = window.startMeeting(true);
        QVERIFY(again);
        QVERIFY(again != closed.data());
        QVERIFY(again->isShared());
        again->close();
    }

    void lock_duringMeetingMode_hidesTheMeeting_andBringsBackOnlyIt()
    {
        MainWindow window;
        QVERIFY(showOn(window, m_participant));
        MeetingWindow* meeting = window.startMeeting(true);
        QVERIFY(meeting);
        QVERIFY(QTest::qWaitForWindowExposed(meeting));
        QTRY_VERIFY(meeting->isFullScreen());
        QTest::keyClick(meeting->page()->findChildren<RatingRow*>().front(), Qt::Key_8);
        LockController& lock = *window.lockController();
        lock.lock();
        QVERIFY(lock.isLocked());
        QVERIFY(!meeting->isVisible());
        for (QWidget* w : QApplication::topLevelWidgets()) {
            if (w->isVisible())
                QVERIFY2(!everythingShown(w).join(u'\n').contains(u"Anna"_s),
                         qPrintable(w->objectName()));
        }
        MessageBox::setNextAnswerForTests(QMessageBox::Yes); // no password set
        lock.lockScreen()->findChild<QPushButton*>(u"unlockPushButton"_s)->click();
        QVERIFY(!lock.isLocked());
        // The meeting comes back as it was, full screen; the main window stays hidden.
        QVERIFY(meeting->isVisible());
        QVERIFY(meeting->isFullScreen());
        QVERIFY(!window.isVisible());
        QCOMPARE(meeting->page()->findChildren<RatingRow*>().front()->answer(), Answer::number(8));
        meeting->close();
        QTRY_VERIFY(window.isVisible());
    }

    void absent_withAnswers_asksBeforeRemovingThem()
    {
        const Instrument instrument = Instrument::loadDefault().value();
        Occasion o;
        o.answers[u"d_halsa"_s] = Answer::number(5);
        o.answers[u"tilltro"_s] = Answer::choice(u"nej"_s);
        MessageBox::setNextAnswerForTests(QMessageBox::No);
        QVERIFY(!setDeltagareAbsent(nullptr, instrument, o, true));
        QVERIFY(!o.deltagareAbsent);
        QCOMPARE(o.answers.size(), size_t(2));
        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        QVERIFY(setDeltagareAbsent(nullptr, instrument, o, true));
        QVERIFY(o.deltagareAbsent);
        QCOMPARE(o.answers.size(), size_t(1)); // the handledare's answer stays
        QVERIFY(o.answers.count(u"tilltro"_s));
        QVERIFY(setDeltagareAbsent(nullptr, instrument, o, false));
        QVERIFY(!o.deltagareAbsent);
    }
};

QTEST_MAIN(TestMeeting)
#include "tst_meeting.moc"
