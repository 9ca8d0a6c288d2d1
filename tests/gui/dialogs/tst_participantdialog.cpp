#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "dialogs/participantdialog.h"
#include "testutil.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::storage;
using namespace tilltro::gui;

class TestParticipantDialog : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    Handledare m_lars;
    Handledare m_anna;
    const QDate m_today{2026, 3, 10};

    template <typename T> static T* child(QWidget& parent, const QString& name)
    {
        return parent.findChild<T*>(name);
    }

    static QPushButton* okButton(QDialog& dialog)
    {
        auto* box = dialog.findChild<QDialogButtonBox*>(u"buttonBox"_s);
        return box ? box->button(QDialogButtonBox::Ok) : nullptr;
    }

    static void showAndActivate(QDialog& dialog)
    {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
    }

    Participant storeParticipant(const QString& code, const QString& name = {},
                                 bool protectedIdentity = false)
    {
        Participant p;
        p.code = code;
        p.name = name;
        p.protectedIdentity = protectedIdentity;
        p.startDate = QDate(2026, 2, 1);
        p.handledareId = m_lars.id;
        const bool stored = ParticipantRepository(*m_db).insert(p).ok();
        return stored ? p : Participant{};
    }

    /// A participant started 2026-02-01 with assessments on 2026-02-10 and 2026-03-03.
    Participant participantWithOccasions()
    {
        const Participant p = storeParticipant(u"D-0001"_s);
        const qint64 instrument =
            InstrumentRepository(*m_db).ensureStored(Instrument::loadDefault().value()).value();
        for (const QDate& date : {QDate(2026, 2, 10), QDate(2026, 3, 3)}) {
            Occasion o;
            o.participantId = p.id;
            o.instrumentId = instrument;
            o.date = date;
            o.state = OccasionState::Completed;
            static_cast<void>(OccasionRepository(*m_db).save(o));
        }
        return p;
    }

    /// Puts the focus on `field` as Tab does and types `keys` where the focus is.
    static void typeDate(QWidget* field, const QString& keys)
    {
        field->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(field->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), keys);
    }

    int participantCount() const
    {
        auto all = ParticipantRepository(*m_db).all();
        return all ? int(all.value().size()) : -1;
    }

    std::optional<Participant> byCode(const QString& code) const
    {
        auto p = ParticipantRepository(*m_db).byCode(code);
        return p ? p.value() : std::nullopt;
    }

private Q_SLOTS:
    void init()
    {
        Clock::setFixedForTests(QDateTime(m_today, QTime(10, 0)));
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        auto db = Database::create(m_dir->filePath(u"test.tilltro"_s));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        HandledareRepository handledare(*m_db);
        m_lars = Handledare{0, u"Lars B."_s, u"Kommunen"_s, true};
        m_anna = Handledare{0, u"Anna K."_s, {}, true};
        QVERIFY(handledare.insert(m_lars).ok());
        QVERIFY(handledare.insert(m_anna).ok());
        QVERIFY(handledare.setCurrentUser(m_lars.id).ok());
    }

    void cleanup()
    {
        m_db.reset();
        m_dir.reset();
        Clock::resetForTests();
    }

    void new_suggestsCodeAndDefaultsHandledare()
    {
        storeParticipant(u"D-0007"_s);
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        auto* code = child<QLineEdit>(dialog, u"codeLineEdit"_s);
        auto* handledare = child<QComboBox>(dialog, u"handledareComboBox"_s);
        auto* start = child<QDateEdit>(dialog, u"startDateEdit"_s);
        QVERIFY(code && handledare && start);
        QCOMPARE(code->text(), u"D-0008"_s);
        QVERIFY(!code->isReadOnly()); // suggested, still editable
        QCOMPARE(handledare->currentData().toLongLong(), m_lars.id);
        QCOMPARE(start->date(), m_today);
        QVERIFY(start->calendarPopup());
        QCOMPARE(start->displayFormat(), u"yyyy-MM-dd"_s);
        QVERIFY(!child<QCheckBox>(dialog, u"endedCheckBox"_s)->isChecked());
        QVERIFY(!child<QDateEdit>(dialog, u"endDateEdit"_s)->isEnabled());
        QVERIFY(!child<QComboBox>(dialog, u"endReasonComboBox"_s)->isEnabled());
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void new_fillByKeyboardAndAccept_saves()
    {
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        showAndActivate(dialog);
        auto* name = child<QLineEdit>(dialog, u"nameLineEdit"_s);
        auto* pnr = child<QLineEdit>(dialog, u"personnummerLineEdit"_s);
        auto* goal = child<QComboBox>(dialog, u"goalTypeComboBox"_s);
        QVERIFY(name && pnr && goal);

        QTest::keyClick(&dialog, Qt::Key_N, Qt::AltModifier); // mnemonic of "Name"
        QTRY_VERIFY(name->hasFocus());
        QTest::keyClicks(name, u"Amina Y."_s);
        QTest::keyClick(&dialog, Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(pnr->hasFocus());
        QTest::keyClicks(pnr, u"19821105-9954"_s);
        QTest::keyClick(&dialog, Qt::Key_G, Qt::AltModifier);
        QTRY_VERIFY(goal->hasFocus());
        QTest::keyClick(goal, Qt::Key_Down); // Work -> Studies
        QTest::keyClick(name, Qt::Key_Return);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const auto stored = byCode(u"D-0001"_s);
        QVERIFY(stored);
        QCOMPARE(stored->name, u"Amina Y."_s);
        QCOMPARE(stored->personnummer, u"19821105-9954"_s);
        QCOMPARE(stored->goalType, GoalType::Studier);
        QCOMPARE(stored->startDate, m_today);
        QCOMPARE(stored->handledareId, m_lars.id);
        QVERIFY(stored->isActive());
        QCOMPARE(dialog.participant(), *stored);
    }

    void new_ctrlReturnAccepts()
    {
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        showAndActivate(dialog);
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(byCode(u"D-0001"_s));
    }

    void personnummer_wrongCheckDigit_refusedWithMessageAndNothingSaved()
    {
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        showAndActivate(dialog);
        auto* pnr = child<QLineEdit>(dialog, u"personnummerLineEdit"_s);
        auto* message = child<QLabel>(dialog, u"personnummerMessageLabel"_s);
        QVERIFY(pnr && message);
        QCOMPARE(message->textFormat(), Qt::PlainText);
        QVERIFY(message->text().isEmpty());

        QTest::keyClicks(pnr, u"19821105-9955"_s);
        QCOMPARE(pnr->text(), u"19821105-9955"_s); // never corrected
        QVERIFY(!message->text().isEmpty());
        QVERIFY(message->isVisible());
        QVERIFY(!okButton(dialog)->isEnabled());

        QTest::keyClick(pnr, Qt::Key_Return);
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(participantCount(), 0);

        // Emptying the field is allowed: personnummer is optional.
        pnr->clear();
        QVERIFY(message->text().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());
    }

    void personnummer_valid_storedNormalised()
    {
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        showAndActivate(dialog);
        auto* pnr = child<QLineEdit>(dialog, u"personnummerLineEdit"_s);
        QTest::keyClicks(pnr, u"8211059954"_s);
        QCOMPARE(pnr->text(), u"8211059954"_s); // shown as typed until saved
        QVERIFY(child<QLabel>(dialog, u"personnummerMessageLabel"_s)->text().isEmpty());
        QVERIFY(okButton(dialog)->isEnabled());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.participant().personnummer, u"19821105-9954"_s);
        QCOMPARE(byCode(u"D-0001"_s)->personnummer, u"19821105-9954"_s);
    }

    void duplicateCode_refusedWithMessage()
    {
        storeParticipant(u"D-0001"_s);
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        showAndActivate(dialog);
        auto* code = child<QLineEdit>(dialog, u"codeLineEdit"_s);
        auto* error = child<QLabel>(dialog, u"errorLabel"_s);
        QVERIFY(code && error);
        QCOMPARE(code->text(), u"D-0002"_s);
        code->selectAll();
        QTest::keyClicks(code, u"D-0001"_s);
        QTest::keyClick(code, Qt::Key_Return);

        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(error->textFormat(), Qt::PlainText);
        QVERIFY(error->text().contains(u"D-0001"_s));
        QVERIFY(error->isVisible());
        QVERIFY(code->hasFocus());
        QCOMPARE(participantCount(), 1);

        // Fixing the code and saving again works; the refused attempt left nothing behind.
        code->selectAll();
        QTest::keyClicks(code, u"D-0002"_s);
        QTest::keyClick(code, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(participantCount(), 2);
    }

    void endWithoutReason_refused()
    {
        const Participant p = storeParticipant(u"D-0001"_s);
        ParticipantDialog dialog(test::lend(*m_db), p.id);
        showAndActivate(dialog);
        auto* ended = child<QCheckBox>(dialog, u"endedCheckBox"_s);
        auto* reason = child<QComboBox>(dialog, u"endReasonComboBox"_s);
        auto* error = child<QLabel>(dialog, u"errorLabel"_s);
        QVERIFY(ended && reason && error);
        QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier); // mnemonic ticks the box
        QTRY_VERIFY(ended->isChecked());
        QVERIFY(reason->isEnabled());
        QCOMPARE(reason->currentIndex(), -1);
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);

        QVERIFY(dialog.isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(reason->hasFocus());
        QVERIFY(byCode(u"D-0001"_s)->isActive());
    }

    void endWithoutReason_errorGoesWhenAReasonIsPicked()
    {
        const Participant p = storeParticipant(u"D-0001"_s);
        ParticipantDialog dialog(test::lend(*m_db), p.id);
        dialog.startEnding(); // Participant › End participation
        showAndActivate(dialog);
        auto* reason = child<QComboBox>(dialog, u"endReasonComboBox"_s);
        auto* error = child<QLabel>(dialog, u"errorLabel"_s);
        QTRY_VERIFY(reason->hasFocus());
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());

        QTest::keyClick(reason, Qt::Key_Down); // the first reason
        QVERIFY(reason->currentIndex() >= 0);
        QVERIFY2(!error->isVisible(), qPrintable(error->text()));

        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!byCode(u"D-0001"_s)->isActive());
    }

    void endWithoutReason_errorGoesWhenEndedIsUnticked_otherErrorsStay()
    {
        storeParticipant(u"D-0002"_s);
        const Participant p = storeParticipant(u"D-0001"_s);
        ParticipantDialog dialog(test::lend(*m_db), p.id);
        dialog.startEnding();
        showAndActivate(dialog);
        auto* ended = child<QCheckBox>(dialog, u"endedCheckBox"_s);
        auto* reason = child<QComboBox>(dialog, u"endReasonComboBox"_s);
        auto* code = child<QLineEdit>(dialog, u"codeLineEdit"_s);
        auto* error = child<QLabel>(dialog, u"errorLabel"_s);
        QTRY_VERIFY(reason->hasFocus());
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(error->isVisible());
        QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier); // unticks Ended
        QTRY_VERIFY(!ended->isChecked());
        QVERIFY(!error->isVisible());

        // An error about something else stays when a reason is picked.
        code->setFocus(Qt::TabFocusReason);
        code->selectAll();
        QTest::keyClicks(code, u"D-0002"_s);
        QTest::keyClick(&dialog, Qt::Key_E, Qt::AltModifier);
        QTRY_VERIFY(ended->isChecked());
        reason->setFocus(Qt::TabFocusReason);
        QTest::keyClick(reason, Qt::Key_Down);
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        QVERIFY(error->isVisible());
        const QString duplicate = error->text();
        QTest::keyClick(reason, Qt::Key_Down);
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), duplicate);
    }

    void endBeforeStart_refused()
    {
        const Participant p = storeParticipant(u"D-0001"_s); // started 2026-02-01
        ParticipantDialog dialog(test::lend(*m_db), p.id);
        showAndActivate(dialog);
        child<QCheckBox>(dialog, u"endedCheckBox"_s)->setChecked(true);
        child<QDateEdit>(dialog, u"endDateEdit"_s)->setDate(QDate(2026, 1, 15));
        child<QComboBox>(dialog, u"endReasonComboBox"_s)->setCurrentIndex(0);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);

        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(dialog, u"errorLabel"_s)->text().isEmpty());
        QVERIFY(byCode(u"D-0001"_s)->isActive());
    }

    void endBeforeLatestAssessment_refusedSayingWhich()
    {
        const Participant p = participantWithOccasions();
        ParticipantDialog dialog(test::lend(*m_db), p.id);
        showAndActivate(dialog);
        dialog.startEnding();
        child<QComboBox>(dialog, u"endReasonComboBox"_s)->setCurrentIndex(0);
        auto* end = child<QDateEdit>(dialog, u"endDateEdit"_s);
        typeDate(end, u"20260301"_s);
        QCOMPARE(end->date(), QDate(2026, 3, 1));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);

        QVERIFY(dialog.isVisible());
        auto* error = child<QLabel>(dialog, u"errorLabel"_s);
        QCOMPARE(error->text(),
                 u"The end date 2026-03-01 is before the latest assessment (2026-03-03)."_s);
        QVERIFY(end->hasFocus());
        QVERIFY(byCode(u"D-0001"_s)->isActive());

        QTest::keyClick(end, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(end, u"2026-03-03"_s);
        QTest::keyClick(end, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(byCode(u"D-0001"_s)->endDate, QDate(2026, 3, 3));
    }

    void startAfterFirstAssessment_refused()
    {
        const Participant p = participantWithOccasions();
        ParticipantDialog dialog(test::lend(*m_db), p.id);
        showAndActivate(dialog);
        QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier); // &Started:
        auto* start = child<QDateEdit>(dialog, u"startDateEdit"_s);
        QTRY_VERIFY(start->hasFocus());
        QTest::keyClicks(start, u"2026"_s);
        QTest::keyClick(start, Qt::Key_Right);
        QTest::keyClicks(start, u"02"_s);
        QTest::keyClick(start, Qt::Key_Right);
        QTest::keyClicks(start, u"15"_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);

        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QLabel>(dialog, u"errorLabel"_s)->text(),
                 u"The start date 2026-02-15 is after the first assessment (2026-02-10)."_s);
        QCOMPARE(byCode(u"D-0001"_s)->startDate, QDate(2026, 2, 1));
    }

    void typedNotADate_refusedNeverAnotherDate()
    {
        const Participant p = storeParticipant(u"D-0001"_s);
        ParticipantDialog dialog(test::lend(*m_db), p.id);
        showAndActivate(dialog);
        auto* start = child<QDateEdit>(dialog, u"startDateEdit"_s);
        typeDate(start, u"2026-02-30"_s);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog.isVisible());
        QCOMPARE(start->text(), u"2026-02-30"_s); // still what was typed
        QVERIFY2(child<QLabel>(dialog, u"errorLabel"_s)->text().startsWith(u"Not a date."_s),
                 qPrintable(child<QLabel>(dialog, u"errorLabel"_s)->text()));
        QCOMPARE(byCode(u"D-0001"_s)->startDate, QDate(2026, 2, 1));
    }

    void end_withReasonThenReopenByUnticking()
    {
        const Participant p = storeParticipant(u"D-0001"_s);
        {
            ParticipantDialog dialog(test::lend(*m_db), p.id);
            showAndActivate(dialog);
            dialog.startEnding();
            auto* reason = child<QComboBox>(dialog, u"endReasonComboBox"_s);
            QVERIFY(child<QCheckBox>(dialog, u"endedCheckBox"_s)->isChecked());
            QCOMPARE(child<QDateEdit>(dialog, u"endDateEdit"_s)->date(), m_today);
            QTRY_VERIFY(reason->hasFocus());
            // The reasons come from the instrument's list, the key as item data.
            QVERIFY(reason->findData(u"flyttat"_s) >= 0);
            reason->setCurrentIndex(reason->findData(u"flyttat"_s));
            QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        auto stored = byCode(u"D-0001"_s);
        QCOMPARE(stored->endDate, m_today);
        QCOMPARE(stored->endReason, u"flyttat"_s);

        ParticipantDialog dialog(test::lend(*m_db), p.id);
        showAndActivate(dialog);
        auto* ended = child<QCheckBox>(dialog, u"endedCheckBox"_s);
        QVERIFY(ended->isChecked());
        auto* reason = child<QComboBox>(dialog, u"endReasonComboBox"_s);
        QCOMPARE(reason->currentData().toString(), u"flyttat"_s);
        QCOMPARE(reason->currentText(),
                 InsatsLists::defaults().endReasonLabel(u"flyttat"_s, QLocale().name().left(2)));
        ended->setChecked(false);
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        stored = byCode(u"D-0001"_s);
        QVERIFY(stored->isActive());
        QCOMPARE(stored->endReason, QString());
    }

    void edit_changeHandledare_recordsHistory()
    {
        const Participant p = storeParticipant(u"D-0001"_s);
        ParticipantDialog dialog(test::lend(*m_db), p.id);
        showAndActivate(dialog);
        auto* handledare = child<QComboBox>(dialog, u"handledareComboBox"_s);
        QCOMPARE(handledare->currentData().toLongLong(), m_lars.id);
        QCOMPARE(handledare->currentText(), u"Lars B. (Kommunen)"_s);
        handledare->setCurrentIndex(handledare->findData(m_anna.id));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));

        auto assignments = ParticipantRepository(*m_db).assignments(p.id);
        QVERIFY(assignments.ok());
        QCOMPARE(assignments->size(), size_t(2));
        QCOMPARE(assignments->at(0).handledareId, m_lars.id);
        QCOMPARE(assignments->at(0).to, m_today);
        QCOMPARE(assignments->at(1).handledareId, m_anna.id);
        QVERIFY(!assignments->at(1).to.isValid());
        QCOMPARE(byCode(u"D-0001"_s)->handledareId, m_anna.id);
    }

    void edit_inactiveHandledareKeptUnlessChanged()
    {
        const Participant p = storeParticipant(u"D-0001"_s);
        Handledare lars = m_lars;
        lars.active = false;
        QVERIFY(HandledareRepository(*m_db).update(lars).ok());
        ParticipantDialog dialog(test::lend(*m_db), p.id);
        auto* handledare = child<QComboBox>(dialog, u"handledareComboBox"_s);
        QCOMPARE(handledare->currentData().toLongLong(), m_lars.id);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto assignments = ParticipantRepository(*m_db).assignments(p.id);
        QCOMPARE(assignments->size(), size_t(1));
    }

    void edit_missingParticipant_saysSoAndCannotSave()
    {
        ParticipantDialog dialog(test::lend(*m_db), 4711);
        QVERIFY(!child<QLabel>(dialog, u"errorLabel"_s)->text().isEmpty());
        QVERIFY(!okButton(dialog)->isEnabled());
        dialog.accept();
        QVERIFY(dialog.result() != QDialog::Accepted);
        QCOMPARE(participantCount(), 0);
    }

    void consent_givenTypedAfterToday_notAdded()
    {
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        showAndActivate(dialog);
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        auto* form = child<QGroupBox>(dialog, u"consentFormGroupBox"_s);
        QTRY_VERIFY(form->isVisible());
        auto* given = child<QDateEdit>(dialog, u"consentGivenDateEdit"_s);
        typeDate(given, u"20260311"_s); // tomorrow
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(form->isVisible());
        QCOMPARE(child<QTableWidget>(dialog, u"consentTableWidget"_s)->rowCount(), 0);
        QCOMPARE(child<QLabel>(dialog, u"errorLabel"_s)->text(),
                 u"2026-03-11 is too late: the latest date allowed here is 2026-03-10."_s);
        QCOMPARE(given->text(), u"20260311"_s); // what was typed stays, to be put right
    }

    void consent_addedWithNewParticipant_savedTogether()
    {
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        showAndActivate(dialog);
        auto* table = child<QTableWidget>(dialog, u"consentTableWidget"_s);
        auto* form = child<QGroupBox>(dialog, u"consentFormGroupBox"_s);
        auto* scope = child<QComboBox>(dialog, u"consentScopeComboBox"_s);
        auto* party = child<QLineEdit>(dialog, u"consentPartyLineEdit"_s);
        auto* given = child<QDateEdit>(dialog, u"consentGivenDateEdit"_s);
        auto* recordedBy = child<QLineEdit>(dialog, u"consentRecordedByLineEdit"_s);
        QVERIFY(table && form && scope && party && given && recordedBy);
        QVERIFY(!form->isVisible());

        // Registration, by keyboard: Alt+A opens the form, Enter adds to the list.
        QTest::keyClick(&dialog, Qt::Key_A, Qt::AltModifier);
        QTRY_VERIFY(form->isVisible());
        QVERIFY(scope->hasFocus());
        QCOMPARE(scope->currentIndex(), 0);
        QVERIFY(!party->isEnabled());
        QCOMPARE(given->date(), m_today);
        QCOMPARE(recordedBy->text(), u"Lars B."_s);
        QTest::keyClick(scope, Qt::Key_Return);
        QVERIFY(!form->isVisible());
        QVERIFY(dialog.isVisible()); // Enter added the consent, it did not close the dialog
        QCOMPARE(table->rowCount(), 1);

        // Exchange of information: a party is required.
        QTest::mouseClick(child<QPushButton>(dialog, u"addConsentPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY(form->isVisible());
        QCOMPARE(scope->currentIndex(), 1); // registration is already there
        QVERIFY(party->isEnabled());
        QTest::keyClick(scope, Qt::Key_Return);
        QVERIFY(form->isVisible());
        QVERIFY(!child<QLabel>(dialog, u"errorLabel"_s)->text().isEmpty());
        QVERIFY(party->hasFocus());
        QTest::keyClicks(party, u"Jobbtorg Stockholm"_s);
        QTest::keyClick(party, Qt::Key_Return);
        QVERIFY(!form->isVisible());
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), u"Exchange of information with Jobbtorg Stockholm"_s);
        QCOMPARE(participantCount(), 0); // nothing written before OK

        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        const qint64 id = dialog.participant().id;
        QVERIFY(id > 0);
        auto consents = ParticipantRepository(*m_db).consents(id);
        QVERIFY(consents.ok());
        QCOMPARE(consents->size(), size_t(2));
        QCOMPARE(consents->at(0).scope, u"registrering"_s);
        QCOMPARE(consents->at(0).given, m_today);
        QCOMPARE(consents->at(0).recordedBy, u"Lars B."_s);
        QCOMPARE(consents->at(1).scope, u"informationsutbyte"_s);
        QCOMPARE(consents->at(1).party, u"Jobbtorg Stockholm"_s);
        QCOMPARE(consents->at(1).participantId, id);
    }

    void consent_formOpen_escapeClosesFormNotDialog()
    {
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        showAndActivate(dialog);
        auto* form = child<QGroupBox>(dialog, u"consentFormGroupBox"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"addConsentPushButton"_s), Qt::LeftButton);
        QTRY_VERIFY(form->isVisible());
        // Saving with the form open is refused: the half-entered consent would be lost.
        QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(dialog.isVisible());
        QCOMPARE(participantCount(), 0);
        QTest::keyClick(child<QComboBox>(dialog, u"consentScopeComboBox"_s), Qt::Key_Escape);
        QVERIFY(!form->isVisible());
        QVERIFY(dialog.isVisible());
        QCOMPARE(child<QTableWidget>(dialog, u"consentTableWidget"_s)->rowCount(), 0);
    }

    /// Tabs from the focused field until `target` has the focus, as a user does; false when the
    /// tab chain never reaches it.
    static bool tabTo(QWidget* target)
    {
        for (int i = 0; i < 40 && !target->hasFocus(); ++i)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        return target->hasFocus();
    }

    void consent_enterOnFocusedAddButton_opensFormInNewAndEditDialog()
    {
        const Participant stored = storeParticipant(u"D-0001"_s);
        for (const std::optional<qint64>& id :
             {std::optional<qint64>(), std::optional(stored.id)}) {
            ParticipantDialog dialog(test::lend(*m_db), id);
            showAndActivate(dialog);
            auto* add = child<QPushButton>(dialog, u"addConsentPushButton"_s);
            auto* form = child<QGroupBox>(dialog, u"consentFormGroupBox"_s);
            auto* cancel = child<QPushButton>(dialog, u"cancelConsentPushButton"_s);
            QVERIFY(add && form && cancel);
            QVERIFY(tabTo(add));
            QTest::keyClick(add, Qt::Key_Return);
            // Enter pressed the focused button: the consent form opened, nothing was saved.
            QTRY_VERIFY(form->isVisible());
            QVERIFY(dialog.isVisible());
            QCOMPARE(dialog.result(), int(QDialog::Rejected));
            QCOMPARE(participantCount(), 1);
            QVERIFY(child<QComboBox>(dialog, u"consentScopeComboBox"_s)->hasFocus());

            // Enter on the form's focused Cancel closes the form, not the dialog.
            QVERIFY(tabTo(cancel));
            QTest::keyClick(cancel, Qt::Key_Enter);
            QTRY_VERIFY(!form->isVisible());
            QVERIFY(dialog.isVisible());
            QCOMPARE(child<QTableWidget>(dialog, u"consentTableWidget"_s)->rowCount(), 0);
            QVERIFY(add->hasFocus());

            // And again, with the keypad's Enter.
            QTest::keyClick(add, Qt::Key_Enter);
            QTRY_VERIFY(form->isVisible());
            QVERIFY(dialog.isVisible());
            QCOMPARE(participantCount(), 1);
        }
    }

    void consent_enterOnFocusedWithdrawButton_withdraws()
    {
        const Participant p = storeParticipant(u"D-0001"_s);
        Consent c{0, p.id, u"registrering"_s, {}, QDate(2026, 1, 10), u"Lars B."_s, {}};
        QVERIFY(ParticipantRepository(*m_db).addConsent(c).ok());
        ParticipantDialog dialog(test::lend(*m_db), p.id);
        showAndActivate(dialog);
        auto* table = child<QTableWidget>(dialog, u"consentTableWidget"_s);
        auto* withdraw = child<QPushButton>(dialog, u"withdrawConsentPushButton"_s);
        QVERIFY(tabTo(table));
        QTest::keyClick(table, Qt::Key_Down);
        QCOMPARE(table->currentRow(), 0);
        QVERIFY(tabTo(withdraw));
        QTest::keyClick(withdraw, Qt::Key_Return);
        QTRY_COMPARE(table->item(0, 3)->text(), u"2026-03-10"_s);
        QVERIFY(dialog.isVisible()); // not saved and closed by the OK button
    }

    void consent_failure_savesNeitherParticipantNorConsent()
    {
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(u"CREATE TRIGGER test_refuse BEFORE INSERT ON consent "
                       "BEGIN SELECT RAISE(ABORT, 'refused by test'); END"_s));
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        showAndActivate(dialog);
        QTest::mouseClick(child<QPushButton>(dialog, u"addConsentPushButton"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(dialog, u"saveConsentPushButton"_s), Qt::LeftButton);
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);

        QVERIFY(dialog.isVisible());
        QVERIFY(!child<QLabel>(dialog, u"errorLabel"_s)->text().isEmpty());
        QCOMPARE(participantCount(), 0); // the participant insert was rolled back too

        QVERIFY(q.exec(u"DROP TRIGGER test_refuse"_s));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(participantCount(), 1);
        QCOMPARE(ParticipantRepository(*m_db).consents(dialog.participant().id)->size(), size_t(1));
    }

    void consent_withdraw_setsWithdrawnToday()
    {
        const Participant p = storeParticipant(u"D-0001"_s);
        Consent c{0, p.id, u"registrering"_s, {}, QDate(2026, 1, 10), u"Lars B."_s, {}};
        QVERIFY(ParticipantRepository(*m_db).addConsent(c).ok());

        ParticipantDialog dialog(test::lend(*m_db), p.id);
        showAndActivate(dialog);
        auto* table = child<QTableWidget>(dialog, u"consentTableWidget"_s);
        auto* withdraw = child<QPushButton>(dialog, u"withdrawConsentPushButton"_s);
        QVERIFY(table && withdraw);
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 0)->text(), u"Registration in Tilltro"_s);
        QCOMPARE(table->item(0, 1)->text(), u"2026-01-10"_s);
        QVERIFY(table->item(0, 3)->text().isEmpty());

        table->setCurrentCell(0, 0);
        QVERIFY(withdraw->isEnabled());
        QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
        QTRY_COMPARE(table->item(0, 3)->text(), u"2026-03-10"_s);
        QVERIFY(!withdraw->isEnabled()); // no longer current
        QVERIFY(!ParticipantRepository(*m_db).consents(p.id)->at(0).withdrawn.isValid());

        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto consents = ParticipantRepository(*m_db).consents(p.id);
        QCOMPARE(consents->size(), size_t(1));
        QCOMPARE(consents->at(0).withdrawn, m_today);
        QCOMPARE(consents->at(0).given, QDate(2026, 1, 10));
    }

    void consent_cancelledDialog_savesNothing()
    {
        const Participant p = storeParticipant(u"D-0001"_s);
        Consent c{0, p.id, u"registrering"_s, {}, QDate(2026, 1, 10), u"Lars B."_s, {}};
        QVERIFY(ParticipantRepository(*m_db).addConsent(c).ok());
        ParticipantDialog dialog(test::lend(*m_db), p.id);
        auto* table = child<QTableWidget>(dialog, u"consentTableWidget"_s);
        table->setCurrentCell(0, 0);
        QTest::mouseClick(child<QPushButton>(dialog, u"withdrawConsentPushButton"_s),
                          Qt::LeftButton);
        dialog.reject();
        QVERIFY(!ParticipantRepository(*m_db).consents(p.id)->at(0).withdrawn.isValid());
    }

    void protectedName_shownLiterallyInEditDialogOnly()
    {
        const QString name = u"<b>fet</b>"_s;
        const Participant p = storeParticipant(u"D-0001"_s, name, true);
        QCOMPARE(p.displayName(), u"D-0001"_s); // elsewhere only the code is shown
        Consent c{0,
                  p.id,
                  u"informationsutbyte"_s,
                  u"<i>Part</i>"_s,
                  QDate(2026, 1, 10),
                  u"<u>Lars</u>"_s,
                  {}};
        QVERIFY(ParticipantRepository(*m_db).addConsent(c).ok());

        ParticipantDialog dialog(test::lend(*m_db), p.id);
        showAndActivate(dialog);
        QCOMPARE(child<QLineEdit>(dialog, u"nameLineEdit"_s)->text(), name);
        QVERIFY(child<QCheckBox>(dialog, u"protectedIdentityCheckBox"_s)->isChecked());
        QVERIFY(!dialog.windowTitle().contains(u"fet"_s));
        auto* table = child<QTableWidget>(dialog, u"consentTableWidget"_s);
        QCOMPARE(table->item(0, 0)->text(), u"Exchange of information with <i>Part</i>"_s);
        QCOMPARE(table->item(0, 2)->text(), u"<u>Lars</u>"_s);
        const auto explanation =
            child<QLabel>(dialog, u"protectedIdentityExplanationLabel"_s)->text();
        QVERIFY(!explanation.isEmpty());
        for (auto* label : dialog.findChildren<QLabel*>()) {
            if (label->buddy() == nullptr)
                QVERIFY2(label->textFormat() == Qt::PlainText, qPrintable(label->objectName()));
        }
    }

    void keyboard_labelsHaveBuddiesAndMnemonics()
    {
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        const QStringList fields{u"codeLineEdit"_s,
                                 u"nameLineEdit"_s,
                                 u"personnummerLineEdit"_s,
                                 u"goalTypeComboBox"_s,
                                 u"startDateEdit"_s,
                                 u"handledareComboBox"_s,
                                 u"endReasonComboBox"_s,
                                 u"consentScopeComboBox"_s,
                                 u"consentPartyLineEdit"_s,
                                 u"consentGivenDateEdit"_s,
                                 u"consentRecordedByLineEdit"_s};
        for (const QString& name : fields) {
            auto* field = child<QWidget>(dialog, name);
            QVERIFY2(field, qPrintable(name));
            bool labelled = false;
            for (auto* label : dialog.findChildren<QLabel*>()) {
                if (label->buddy() == field && label->text().contains(u'&'))
                    labelled = true;
            }
            QVERIFY2(labelled, qPrintable(name));
        }
        for (const QString& name :
             {u"protectedIdentityCheckBox"_s, u"endedCheckBox"_s, u"addConsentPushButton"_s,
              u"withdrawConsentPushButton"_s, u"saveConsentPushButton"_s}) {
            auto* button = child<QAbstractButton>(dialog, name);
            QVERIFY2(button && button->text().contains(u'&'), qPrintable(name));
        }
        QVERIFY(!child<QWidget>(dialog, u"endDateEdit"_s)->accessibleName().isEmpty());
        QVERIFY(!child<QWidget>(dialog, u"consentTableWidget"_s)->accessibleName().isEmpty());
    }

    void keyboard_tabOrderFollowsReadingOrder()
    {
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        const QStringList expected{u"codeLineEdit"_s,
                                   u"nameLineEdit"_s,
                                   u"personnummerLineEdit"_s,
                                   u"protectedIdentityCheckBox"_s,
                                   u"goalTypeComboBox"_s,
                                   u"startDateEdit"_s,
                                   u"handledareComboBox"_s,
                                   u"endedCheckBox"_s,
                                   u"endDateEdit"_s,
                                   u"endReasonComboBox"_s,
                                   u"consentTableWidget"_s,
                                   u"addConsentPushButton"_s,
                                   u"withdrawConsentPushButton"_s,
                                   u"consentScopeComboBox"_s,
                                   u"consentPartyLineEdit"_s,
                                   u"consentGivenDateEdit"_s,
                                   u"consentRecordedByLineEdit"_s,
                                   u"saveConsentPushButton"_s,
                                   u"cancelConsentPushButton"_s};
        QStringList chain;
        QWidget* first = child<QWidget>(dialog, expected.first());
        QWidget* w = first;
        do {
            if (expected.contains(w->objectName()) && !chain.contains(w->objectName()))
                chain << w->objectName();
            w = w->nextInFocusChain();
        } while (w && w != first);
        QCOMPARE(chain, expected);
    }

    void layout_fitsIn800x600()
    {
        ParticipantDialog dialog(test::lend(*m_db), std::nullopt);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::mouseClick(child<QPushButton>(dialog, u"addConsentPushButton"_s), Qt::LeftButton);
        const QSize minimum = dialog.minimumSizeHint();
        QVERIFY2(minimum.width() <= 800 && minimum.height() <= 600,
                 qPrintable(u"%1x%2"_s.arg(minimum.width()).arg(minimum.height())));
    }
};

QTEST_MAIN(TestParticipantDialog)
#include "tst_participantdialog.moc"
