#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/insatsrepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "dialogs/messagebox.h"
#include "testutil.h"
#include "widgets/occasionform.h"
#include "widgets/ratingrow.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::gui;

class TestOccasionForm : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_participant = 0;
    int m_counter = 0;

    static void type(const QString& keys)
    {
        for (const QChar c : keys) {
            QWidget* focus = QApplication::focusWidget();
            QVERIFY2(focus, "nothing has focus");
            QTest::keyClick(focus, c.toLatin1());
        }
    }

    static RatingRow* row(OccasionForm& form, const QString& key)
    {
        return form.findChild<RatingRow*>(key + u"RatingRow"_s);
    }

    void showAndFocus(OccasionForm& form)
    {
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
    }

    Occasion storedOccasion(qint64 id)
    {
        auto o = OccasionRepository(*m_db).byId(id);
        return o && o.value() ? *o.value() : Occasion{};
    }

    qint64 completedOccasion(const QDate& date, int halsa)
    {
        Occasion o;
        o.participantId = m_participant;
        o.instrumentId =
            InstrumentRepository(*m_db).ensureStored(Instrument::loadDefault().value()).value();
        o.date = date;
        o.state = OccasionState::Completed;
        o.answers[u"d_halsa"_s] = Answer::number(halsa);
        static_cast<void>(OccasionRepository(*m_db).save(o));
        return o.id;
    }

private Q_SLOTS:
    void init()
    {
        Clock::setFixedForTests(QDateTime(QDate(2026, 11, 24), QTime(10, 0)));
        auto db = Database::create(m_dir.filePath(u"form-%1.tilltro"_s.arg(++m_counter)));
        QVERIFY(db.ok());
        m_db = std::move(db).value();
        Handledare h{0, u"Lars Bergström"_s, {}, true};
        QVERIFY(HandledareRepository(*m_db).insert(h).ok());
        Participant p;
        p.code = u"D-0042"_s;
        p.name = u"Hemlig Person"_s;
        p.protectedIdentity = true;
        p.startDate = QDate(2026, 1, 1);
        p.handledareId = h.id;
        QVERIFY(ParticipantRepository(*m_db).insert(p).ok());
        m_participant = p.id;
    }

    void cleanup()
    {
        m_db.reset();
        Clock::resetForTests();
    }

    void fillWholeOccasionByKeyboard_completesAndStoresEveryAnswer()
    {
        OccasionForm form(test::lend(*m_db), m_participant);
        QVERIFY(form.ok());
        showAndFocus(form);
        QCOMPARE(QApplication::focusWidget(), row(form, u"d_mojligheter"_s));
        type(u"56780123"_s); // eight deltagare questions; 0 means 10
        // The deltagare's part ends there; Enter goes on to the handledare's part.
        QCOMPARE(QApplication::focusWidget(),
                 form.findChild<QPushButton*>(u"toHandledarePushButton"_s));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(QApplication::focusWidget(), row(form, u"h_mojligheter"_s));
        auto* tabs = form.findChild<QTabWidget*>(u"partsTabWidget"_s);
        QCOMPARE(tabs->currentIndex(), 1);
        type(u"V7777777"_s); // own ratings, the first one "don't know"
        type(u"2"_s);        // tilltro: option 2 = goda möjligheter
        type(u"6"_s);        // målmedvetenhet
        type(u"E"_s);        // våld: ej aktuellt att fråga
        type(u"D"_s);        // riskbruk: deltagaren vill inte svara (instrument version 2)
        QCOMPARE(QApplication::focusWidget(),
                 form.findChild<QPlainTextEdit*>(u"notesPlainTextEdit"_s));
        QTest::keyClicks(QApplication::focusWidget(), u"Bra samtal."_s);
        QSignalSpy completed(&form, &OccasionForm::completed);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY2(completed.size() == 1,
                 qPrintable(form.findChild<QLabel*>(u"messageLabel"_s)->text()));

        const Occasion o = storedOccasion(form.occasionId());
        QCOMPARE(o.state, OccasionState::Completed);
        QCOMPARE(o.date, QDate(2026, 11, 24));
        QCOMPARE(o.answers.at(u"d_mojligheter"_s), Answer::number(5));
        QCOMPARE(o.answers.at(u"d_klara_jobb"_s), Answer::number(6));
        QCOMPARE(o.answers.at(u"d_vardagen"_s), Answer::number(10)); // 0 means 10
        QCOMPARE(o.answers.at(u"d_kompetens"_s), Answer::number(1));
        QCOMPARE(o.answers.at(u"d_soker"_s), Answer::number(3));
        QCOMPARE(o.answers.at(u"h_mojligheter"_s), Answer::choice(u"vet_ej"_s));
        QCOMPARE(o.answers.at(u"tilltro"_s), Answer::choice(u"goda_mojligheter"_s));
        QCOMPARE(o.answers.at(u"malmedvetenhet"_s), Answer::number(6));
        QCOMPARE(o.answers.at(u"vald"_s), Answer::choice(u"ej_aktuellt"_s));
        QCOMPARE(o.answers.at(u"riskbruk"_s), Answer::choice(u"deltagaren_vill_ej"_s));
        QCOMPARE(o.notes, u"Bra samtal."_s);
        QCOMPARE(o.answers.size(), size_t(20));
    }

    void deltagarePart_typingStopsAtItsEnd()
    {
        OccasionForm form(test::lend(*m_db), m_participant);
        showAndFocus(form);
        type(u"56780123"_s); // the deltagare's eight answers
        type(u"4444V"_s);    // typed on by mistake
        auto* tabs = form.findChild<QTabWidget*>(u"partsTabWidget"_s);
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(row(form, u"d_soker"_s)->answer(), Answer::number(3)); // the eighth, unchanged
        for (RatingRow* r : form.findChildren<RatingRow*>()) {
            if (r->key().startsWith(u"h_"_s) || !r->key().startsWith(u"d_"_s))
                QVERIFY2(r->answer().isEmpty(), qPrintable(r->key()));
        }
        auto* done = form.findChild<QLabel*>(u"deltagareDoneLabel"_s);
        QVERIFY(done->isVisible());
        QVERIFY2(done->text().startsWith(u"The participant's part is done."_s),
                 qPrintable(done->text()));
        QVERIFY(done->text().contains(u"Enter"_s));
        QVERIFY(form.saveNow());
        QCOMPARE(storedOccasion(form.occasionId()).answers.size(), size_t(8));
    }

    void deltagarePart_endReachedWithGaps_namesWhatIsMissing()
    {
        OccasionForm form(test::lend(*m_db), m_participant);
        showAndFocus(form);
        type(u"56"_s);
        row(form, u"d_vardagen"_s)->setFocus(Qt::TabFocusReason); // skipped Samarbete, Hälsa
        type(u"01234"_s);
        const QString text = form.findChild<QLabel*>(u"deltagareDoneLabel"_s)->text();
        QVERIFY2(text.contains(u"Samarbete"_s) && text.contains(u"Hälsa"_s), qPrintable(text));
        QVERIFY(!text.contains(u"Vardagen"_s));
    }

    void escape_afterTyping_asksFirstAndKeepsTheDraft()
    {
        OccasionForm form(test::lend(*m_db), m_participant);
        showAndFocus(form);
        type(u"47"_s);
        MessageBox::setNextAnswerForTests(QMessageBox::No);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(form.isVisible()); // No: the meeting goes on
        QVERIFY2(MessageBox::lastTextForTests().contains(u"draft"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        QVERIFY(!form.hasUnsavedChanges());
        const qint64 id = form.occasionId();
        QVERIFY(id > 0);
        QCOMPARE(storedOccasion(id).answers.at(u"d_klara_jobb"_s), Answer::number(7));

        type(u"9"_s);
        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!form.isVisible());
        const Occasion stored = storedOccasion(id);
        QCOMPARE(stored.state, OccasionState::Draft);
        QCOMPARE(stored.answers.at(u"d_samarbete"_s), Answer::number(9));
        MessageBox::resetForTests();
    }

    void escape_afterExplicitSave_closesAtOnce()
    {
        OccasionForm form(test::lend(*m_db), m_participant);
        showAndFocus(form);
        type(u"4"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QVERIFY(!form.hasChangesSinceExplicitSave());
        MessageBox::setNextAnswerForTests(QMessageBox::No); // would keep it open if asked
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QVERIFY(!form.isVisible());
        MessageBox::resetForTests();
        QCOMPARE(storedOccasion(form.occasionId()).answers.at(u"d_mojligheter"_s),
                 Answer::number(4));
    }

    void date_typedAfterToday_refusedAndNeverStored()
    {
        OccasionForm form(test::lend(*m_db), m_participant);
        showAndFocus(form);
        type(u"5"_s);
        // Issue 12: Alt+D, 2027, Right, 03, Right, 04.
        QTest::keyClick(&form, Qt::Key_D, Qt::AltModifier);
        auto* date = form.findChild<QDateEdit*>(u"occasionDateEdit"_s);
        QTRY_VERIFY(date->hasFocus());
        QTest::keyClicks(date, u"2027"_s);
        QTest::keyClick(date, Qt::Key_Right);
        QTest::keyClicks(date, u"03"_s);
        QTest::keyClick(date, Qt::Key_Right);
        QTest::keyClicks(date, u"04"_s);
        QCOMPARE(date->date(), QDate(2027, 3, 4)); // shown as typed, not 2027-12-30
        auto* message = form.findChild<QLabel*>(u"messageLabel"_s);
        QVERIFY2(message->text().contains(u"2027-03-04, after today (2026-11-24)"_s),
                 qPrintable(message->text()));
        QVERIFY(!form.complete());
        QVERIFY(message->text().contains(u"after today"_s));
        QVERIFY(form.saveNow());
        QCOMPARE(storedOccasion(form.occasionId()).date, QDate(2026, 11, 24));

        // Put right: the earlier day counts and the message goes.
        QTest::keyClick(date, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(date, u"20261120"_s);
        QCOMPARE(form.occasion().date, QDate(2026, 11, 20));
        QVERIFY(message->text().isEmpty());
    }

    // A date typed but refused is not dropped by Esc without a word.
    void escape_withARefusedDate_asksFirst()
    {
        OccasionForm form(test::lend(*m_db), m_participant);
        showAndFocus(form);
        type(u"5"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier);
        QTest::keyClick(&form, Qt::Key_D, Qt::AltModifier);
        auto* date = form.findChild<QDateEdit*>(u"occasionDateEdit"_s);
        QTRY_VERIFY(date->hasFocus());
        QTest::keyClicks(date, u"20270304"_s); // after today: refused
        MessageBox::setNextAnswerForTests(QMessageBox::No);
        QTest::keyClick(date, Qt::Key_Escape);
        QVERIFY(form.isVisible());
        QVERIFY2(MessageBox::lastTextForTests().contains(u"2026-11-24"_s),
                 qPrintable(MessageBox::lastTextForTests()));
        MessageBox::setNextAnswerForTests(QMessageBox::Yes);
        QTest::keyClick(date, Qt::Key_Escape);
        QVERIFY(!form.isVisible());
        MessageBox::resetForTests();
        QCOMPARE(storedOccasion(form.occasionId()).date, QDate(2026, 11, 24));
    }

    void date_notADate_completionRefused()
    {
        OccasionForm form(test::lend(*m_db), m_participant);
        showAndFocus(form);
        auto* date = form.findChild<QDateEdit*>(u"occasionDateEdit"_s);
        date->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(date, u"2026-11-31"_s);
        row(form, u"d_mojligheter"_s)->setFocus(Qt::TabFocusReason);
        QCOMPARE(date->text(), u"2026-11-31"_s);
        QVERIFY(!form.complete());
        QVERIFY(form.findChild<QLabel*>(u"messageLabel"_s)->text().contains(u"Not a date"_s));
        QCOMPARE(form.occasion().date, QDate(2026, 11, 24));
    }

    void draft_savedWithinASecondAndFoundAgain()
    {
        qint64 id = 0;
        {
            OccasionForm form(test::lend(*m_db), m_participant);
            showAndFocus(form);
            type(u"47"_s);
            QVERIFY(form.hasUnsavedChanges());
            QTRY_VERIFY_WITH_TIMEOUT(!form.hasUnsavedChanges(), 1000);
            id = form.occasionId();
            QVERIFY(id > 0);
            // The database has it while the form is still open: a crash now loses nothing.
            const Occasion stored = storedOccasion(id);
            QCOMPARE(stored.state, OccasionState::Draft);
            QCOMPARE(stored.answers.at(u"d_mojligheter"_s), Answer::number(4));
            QCOMPARE(stored.answers.at(u"d_klara_jobb"_s), Answer::number(7));
            type(u"9"_s); // typed just before the window closes
        }
        QCOMPARE(storedOccasion(id).answers.at(u"d_samarbete"_s), Answer::number(9));
        OccasionForm reopened(test::lend(*m_db), m_participant, id);
        QVERIFY(reopened.ok());
        QCOMPARE(row(reopened, u"d_klara_jobb"_s)->answer(), Answer::number(7));
        QCOMPARE(row(reopened, u"d_samarbete"_s)->answer(), Answer::number(9));
    }

    void noInsats_recordedWhenNoneRunsAndRefusedWhenOneDoes()
    {
        qint64 id = 0;
        {
            OccasionForm form(test::lend(*m_db), m_participant);
            showAndFocus(form);
            auto* none = form.findChild<QCheckBox*>(u"noInsatsCheckBox"_s);
            QVERIFY(none);
            QVERIFY(none->isEnabled());       // no insats runs on 2026-11-24
            QVERIFY(!none->text().isEmpty()); // its name, for a screen reader too
            none->setFocus();
            QTest::keyClick(none, Qt::Key_Space); // by keyboard
            QVERIFY(none->isChecked());
            QTRY_VERIFY_WITH_TIMEOUT(!form.hasUnsavedChanges(), 1000);
            id = form.occasionId();
            QVERIFY(id > 0);
            QVERIFY(storedOccasion(id).noInsats);
        }
        // An insats that covers the day, added later: the record stays until unticked, and the
        // form says so; once unticked it cannot be ticked again while the insats runs.
        InsatsPeriod running;
        running.participantId = m_participant;
        running.category = u"jobbinriktad"_s;
        running.start = QDate(2026, 11, 1);
        QVERIFY(InsatsRepository(*m_db).save(running).ok());
        OccasionForm reopened(test::lend(*m_db), m_participant, id);
        QVERIFY(reopened.ok());
        auto* none = reopened.findChild<QCheckBox*>(u"noInsatsCheckBox"_s);
        QVERIFY(none->isChecked());
        QVERIFY(none->isEnabled());
        auto* summary = reopened.findChild<QLabel*>(u"insatserSummaryLabel"_s);
        QVERIFY(summary);
        QVERIFY2(summary->text().contains(u"untick"_s), qPrintable(summary->text()));
        none->setChecked(false);
        QVERIFY(!none->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!reopened.hasUnsavedChanges(), 1000);
        QVERIFY(!storedOccasion(id).noInsats);
    }

    void complete_missingAnswers_namedAndStillDraft()
    {
        OccasionForm form(test::lend(*m_db), m_participant);
        showAndFocus(form);
        type(u"5555"_s); // mojligheter, klara_jobb, samarbete, halsa
        row(form, u"d_halsa"_s)->setFocus();
        QTest::keyClick(row(form, u"d_halsa"_s), Qt::Key_Delete); // cleared again
        QVERIFY(!form.complete());
        const QString message = form.findChild<QLabel*>(u"messageLabel"_s)->text();
        QVERIFY2(message.contains(u"Hälsa"_s), qPrintable(message));
        QVERIFY(message.contains(u"Tilltro"_s));
        QVERIFY(!message.contains(u"Samarbete"_s));
        QCOMPARE(QApplication::focusWidget(), row(form, u"d_halsa"_s));
        QVERIFY(form.saveNow());
        QCOMPARE(storedOccasion(form.occasionId()).state, OccasionState::Draft);
    }

    void previousAnswers_shownFaintlyBesideEachQuestion()
    {
        completedOccasion(QDate(2026, 5, 1), 3);
        completedOccasion(QDate(2026, 8, 20), 6);
        OccasionForm form(test::lend(*m_db), m_participant);
        auto* previous = row(form, u"d_halsa"_s)->findChild<QLabel*>(u"previousLabel"_s);
        QVERIFY(previous);
        QVERIFY(!previous->isHidden());
        QVERIFY2(previous->text().endsWith(u"6"_s), qPrintable(previous->text()));
        QVERIFY(row(form, u"d_soker"_s)->findChild<QLabel*>(u"previousLabel"_s)->isHidden());
    }

    void editingCompleted_recordsWhoWhenBeforeAfter()
    {
        const qint64 id = completedOccasion(QDate(2026, 8, 20), 6);
        OccasionForm form(test::lend(*m_db), m_participant, id);
        showAndFocus(form);
        RatingRow* halsa = row(form, u"d_halsa"_s);
        halsa->setFocus();
        type(u"8"_s);
        QVERIFY(form.saveNow());
        auto edits = OccasionRepository(*m_db).edits(id);
        QVERIFY(edits.ok());
        QCOMPARE(edits.value().size(), size_t(1));
        QCOMPARE(edits.value()[0].field, u"d_halsa"_s);
        QCOMPARE(edits.value()[0].before, u"6"_s);
        QCOMPARE(edits.value()[0].after, u"8"_s);
        QVERIFY(!edits.value()[0].by.isEmpty());
        QCOMPARE(storedOccasion(id).state, OccasionState::Completed);
    }

    void diskFull_keepsAnswersSaysSoAndSavesLater()
    {
        InstrumentRepository(*m_db).ensureStored(Instrument::loadDefault().value()).value();
        OccasionForm form(test::lend(*m_db), m_participant);
        showAndFocus(form);
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"PRAGMA page_count"_s) && q.next());
        const int pages = q.value(0).toInt();
        QVERIFY(q.exec(u"PRAGMA max_page_count = %1"_s.arg(pages)));
        type(u"3"_s);
        form.findChild<QPlainTextEdit*>(u"notesPlainTextEdit"_s)
            ->setPlainText(QString(20000, u'x')); // more than the file may grow by
        QVERIFY(!form.saveNow());
        QVERIFY(form.hasUnsavedChanges());
        QVERIFY(form.findChild<QLabel*>(u"draftStatusLabel"_s)->text().contains(u"disk is full"_s));
        QVERIFY(OccasionRepository(*m_db).forParticipant(m_participant).value().empty());
        QVERIFY(q.exec(u"PRAGMA max_page_count = 1073741823"_s));
        QVERIFY(form.saveNow());
        QCOMPARE(storedOccasion(form.occasionId()).answers.at(u"d_mojligheter"_s),
                 Answer::number(3));
    }

    void protectedIdentity_titleShowsCodeNeverName()
    {
        OccasionForm form(test::lend(*m_db), m_participant);
        QVERIFY(form.windowTitle().contains(u"D-0042"_s));
        QVERIFY(!form.windowTitle().contains(u"Hemlig"_s));
        QCOMPARE(form.findChild<QLabel*>(u"participantLabel"_s)->text(), u"D-0042"_s);
    }

    void otherInstrument_formBuiltFromItsDefinition()
    {
        auto minimal =
            Instrument::fromJson(test::readAll(test::dataPath(u"instruments/minimal.json"_s)));
        QVERIFY2(minimal.ok(), qPrintable(minimal.errorMessage()));
        Occasion o;
        o.participantId = m_participant;
        o.instrumentId = InstrumentRepository(*m_db).ensureStored(minimal.value()).value();
        o.date = QDate(2026, 11, 1);
        QVERIFY(OccasionRepository(*m_db).save(o).ok());
        OccasionForm form(test::lend(*m_db), m_participant, o.id);
        QVERIFY(form.ok());
        QCOMPARE(form.findChildren<RatingRow*>().size(), qsizetype(minimal->questions().size()));
    }
};

QTEST_MAIN(TestOccasionForm)
#include "tst_occasionform.moc"
