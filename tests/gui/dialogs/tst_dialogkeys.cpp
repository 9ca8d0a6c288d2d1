#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

#include <algorithm>
#include <functional>
#include <memory>

#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/insatsrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"
#include "dialogs/auditlogdialog.h"
#include "dialogs/gallringdialog.h"
#include "dialogs/handbookdialog.h"
#include "dialogs/handledaredialog.h"
#include "dialogs/insatsdialog.h"
#include "dialogs/participantdialog.h"
#include "dialogs/reportoptionsdialog.h"
#include "dialogs/settingsdialog.h"
#include "i18n.h"
#include "models/plandocument.h"
#include "widgets/dateedit.h"
#include "widgets/occasionform.h"
#include "widgets/planeditor.h"
#include "workspaceutil.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::app;
using namespace tilltro::storage;
using namespace tilltro::gui;

// Enter in every dialog: on a focused button it presses that button; elsewhere it presses the
// dialog's one default button, whichever buttons had the focus before. Qt presses a focused
// QPushButton on Enter only when it is autoDefault (or the default), so a button with
// autoDefault off lets Enter through to the dialog, which presses OK instead.
class TestDialogKeys : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_participant = 0;

    using Factory = std::function<std::unique_ptr<QDialog>()>;

    std::vector<std::pair<QString, Factory>> dialogs()
    {
        workspace::Workspace& db = test::lend(*m_db);
        const qint64 participant = m_participant;
        InsatsPeriod period;
        period.participantId = participant;
        return {
            {u"ParticipantDialog (new)"_s,
             [&db] { return std::make_unique<ParticipantDialog>(db, std::nullopt); }},
            {u"ParticipantDialog (edit)"_s,
             [&db, participant] { return std::make_unique<ParticipantDialog>(db, participant); }},
            {u"InsatsDialog"_s,
             [&db, period] { return std::make_unique<InsatsDialog>(db, period); }},
            {u"HandledareDialog"_s, [&db] { return std::make_unique<HandledareDialog>(db); }},
            {u"SettingsDialog"_s, [&db] { return std::make_unique<SettingsDialog>(db); }},
            {u"GallringDialog"_s,
             [&db] {
                 return std::make_unique<GallringDialog>(
                     db, [](const std::vector<qint64>&) { return false; });
             }},
            {u"AuditLogDialog (whole database)"_s,
             [&db] { return std::make_unique<AuditLogDialog>(db, 0, QString()); }},
            {u"AuditLogDialog (participant)"_s,
             [&db, participant] {
                 return std::make_unique<AuditLogDialog>(db, participant, u"D-0001"_s);
             }},
            {u"ReportOptionsDialog"_s, [] { return std::make_unique<ReportOptionsDialog>(); }},
            {u"HandbookDialog"_s, [] { return std::make_unique<HandbookDialog>(); }},
        };
    }

    static QString describe(const QPushButton* button)
    {
        return u"%1 \"%2\""_s.arg(button->objectName(), button->text());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(installTranslators(*qApp, u"sv"_s));
        Clock::setFixedForTests(QDateTime(QDate(2026, 3, 10), QTime(10, 0)));
        auto db = Database::create(m_dir.filePath(u"keys.tilltro"_s));
        QVERIFY2(db.ok(), qPrintable(db.errorMessage()));
        m_db = std::move(db).value();
        Handledare lars{0, u"Lars B."_s, {}, true};
        QVERIFY(HandledareRepository(*m_db).insert(lars).ok());
        QVERIFY(HandledareRepository(*m_db).setCurrentUser(lars.id).ok());
        Participant p;
        p.code = u"D-0001"_s;
        p.startDate = QDate(2026, 2, 1);
        QVERIFY(ParticipantRepository(*m_db).insert(p).ok());
        m_participant = p.id;
    }

    void cleanupTestCase()
    {
        m_db.reset();
        Clock::resetForTests();
    }

    /// Every push button in every dialog takes Enter when it has the focus.
    void everyButton_pressedByEnterWhenFocused()
    {
        QStringList wrong;
        for (const auto& [name, make] : dialogs()) {
            std::unique_ptr<QDialog> dialog = make();
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            const auto buttons = dialog->findChildren<QPushButton*>();
            QVERIFY2(!buttons.isEmpty(), qPrintable(name));
            for (QPushButton* button : buttons) {
                // What QPushButton::keyPressEvent asks before it clicks on Enter.
                if (!button->autoDefault() && !button->isDefault())
                    wrong << u"%1: %2"_s.arg(name, describe(button));
            }
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(u"Enter does not press these buttons when focused:\n"_s +
                            wrong.join(u'\n')));
    }

    /// Focusing a button makes it the default for as long as it has the focus; afterwards Enter
    /// goes back to the dialog's own default, never to the last (or first) button focused.
    void defaultButton_comesBackAfterOtherButtonsHadTheFocus()
    {
        for (const auto& [name, make] : dialogs()) {
            std::unique_ptr<QDialog> dialog = make();
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            dialog->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
            QPushButton* main = nullptr;
            for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
                if (button->isDefault())
                    main = button;
            }
            QVERIFY2(main, qPrintable(name + u": no default button"_s));

            // A field to go back to: the first focusable widget that is not a button.
            QWidget* field = nullptr;
            for (QWidget* w : dialog->findChildren<QWidget*>()) {
                if (!qobject_cast<QAbstractButton*>(w) && w->isVisibleTo(dialog.get()) &&
                    w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
                    field = w;
                    break;
                }
            }
            if (!field)
                continue; // only buttons can have the focus (an empty list is disabled)
            for (QPushButton* button : dialog->findChildren<QPushButton*>()) {
                if (!button->isVisibleTo(dialog.get()) || !button->isEnabled())
                    continue;
                button->setFocus(Qt::TabFocusReason);
                QVERIFY2(button->isDefault(), qPrintable(name + u": "_s + describe(button)));
                field->setFocus(Qt::TabFocusReason);
                QVERIFY2(main->isDefault(), qPrintable(name + u": after "_s + describe(button)));
            }
        }
    }

    /// The type of intervention is chosen from a list whose items start with a capital, while
    /// the stored value stays the category.
    void insats_categoryListCapitalised_chosenByKeys()
    {
        InsatsPeriod period;
        period.participantId = m_participant;
        InsatsDialog dialog(test::lend(*m_db), period);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* category = dialog.findChild<QComboBox*>(u"categoryComboBox"_s);
        QVERIFY(category);
        QStringList items;
        for (int i = 0; i < category->count(); ++i)
            items << category->itemText(i);
        QCOMPARE(items, (QStringList{u"Jobbinriktad"_s, u"Kompetenshöjande"_s, u"Hälsoinriktad"_s,
                                     u"Social"_s}));

        auto* title = dialog.findChild<QLineEdit*>(u"titleLineEdit"_s);
        QTRY_VERIFY(title->hasFocus());
        QTest::keyClicks(title, u"Friskvård"_s);
        category->setFocus(Qt::TabFocusReason);
        QTest::keyClick(category, Qt::Key_End);
        QTest::keyClick(category, Qt::Key_Up); // Hälsoinriktad
        QCOMPARE(category->currentText(), u"Hälsoinriktad"_s);
        QCOMPARE(category->currentData().toString(), u"halsoinriktad"_s);
        QTest::keyClick(category, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto stored = InsatsRepository(*m_db).forParticipant(m_participant);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), size_t(1));
        QCOMPARE(stored->front().category, u"halsoinriktad"_s);
        QCOMPARE(stored->front().title, u"Friskvård"_s);
        // The list's label is the one shown; elsewhere, in running text, it runs in lower case.
        const QString label = InsatsLists::defaults().categoryLabel(u"halsoinriktad"_s, u"sv"_s);
        QCOMPARE(label, u"Hälsoinriktad"_s);
        QCOMPARE(InsatsLists::inSentence(label), u"hälsoinriktad"_s);
    }

    /// What belongs to the chosen category is said under it (and to a screen reader); a period
    /// made with another list keeps its category when edited.
    void insats_descriptionFollowsTheChoiceAndAnUnlistedCategoryIsKept()
    {
        InsatsPeriod period;
        period.participantId = m_participant;
        period.category = u"sfi_kurs"_s; // from another instrument's list
        period.title = u"SFI"_s;
        period.start = QDate(2026, 3, 1);
        QVERIFY(InsatsRepository(*m_db).save(period).ok());
        InsatsDialog dialog(test::lend(*m_db), period);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto* category = dialog.findChild<QComboBox*>(u"categoryComboBox"_s);
        auto* description = dialog.findChild<QLabel*>(u"categoryDescriptionLabel"_s);
        QVERIFY(category && description);
        QCOMPARE(category->count(), 5); // the four, and the period's own
        QCOMPARE(category->currentData().toString(), u"sfi_kurs"_s);
        QCOMPARE(category->currentText(), u"sfi_kurs"_s); // shown as written
        QVERIFY(description->isHidden());                 // nothing is known about it

        category->setCurrentIndex(category->findData(u"kompetenshojande"_s));
        QVERIFY(description->isVisible());
        QVERIFY2(description->text().contains(u"SFI"_s), qPrintable(description->text()));
        QCOMPARE(description->textFormat(), Qt::PlainText);
        QCOMPARE(category->accessibleDescription(), description->text());
        QCOMPARE(category->itemData(category->currentIndex(), Qt::ToolTipRole).toString(),
                 description->text());

        // Back to its own category and OK: the period keeps it.
        category->setCurrentIndex(category->findData(u"sfi_kurs"_s));
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto stored = InsatsRepository(*m_db).forParticipant(m_participant);
        QVERIFY(stored.ok());
        const auto it =
            std::find_if(stored->begin(), stored->end(),
                         [&period](const InsatsPeriod& p) { return p.id == period.id; });
        QVERIFY(it != stored->end());
        QCOMPARE(it->category, u"sfi_kurs"_s);
    }

    /// A start typed as no date is refused and stays on screen; typed right, it is stored.
    void insats_startTypedNotADate_refusedThenStored()
    {
        const auto count = [this] {
            auto all = InsatsRepository(*m_db).forParticipant(m_participant);
            return all ? all->size() : size_t(0);
        };
        const size_t before = count();
        InsatsPeriod period;
        period.participantId = m_participant;
        InsatsDialog dialog(test::lend(*m_db), period);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"titleLineEdit"_s), u"Praktik"_s);
        auto* start = dialog.findChild<QDateEdit*>(u"startDateEdit"_s);
        start->setFocus(Qt::TabFocusReason);
        QTRY_VERIFY(start->hasFocus());
        QTest::keyClicks(start, u"2026-02-30"_s);
        QTest::keyClick(start, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel*>(u"errorLabel"_s)->text(), DateEdit::invalidMessage());
        QCOMPARE(start->text(), u"2026-02-30"_s);
        QCOMPARE(count(), before);

        QTest::keyClick(start, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(start, u"20260227"_s);
        QTest::keyClick(start, Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        auto stored = InsatsRepository(*m_db).forParticipant(m_participant);
        QVERIFY(stored.ok());
        QCOMPARE(stored->size(), before + 1);
        const auto added = std::find_if(stored->begin(), stored->end(), [](const InsatsPeriod& p) {
            return p.title == u"Praktik"_s;
        });
        QVERIFY(added != stored->end());
        QCOMPARE(added->start, QDate(2026, 2, 27));
    }

    /// In the manual, Enter in the search field finds; it does not close the window, also after
    /// Tab has been on the Close button.
    void handbook_enterInSearchFinds_neverCloses()
    {
        HandbookDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* search = dialog.findChild<QLineEdit*>(u"searchLineEdit"_s);
        QTRY_VERIFY(search->hasFocus());
        auto* next = dialog.findChild<QPushButton*>(u"nextPushButton"_s);
        auto* close = dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Close);
        close->setFocus(Qt::TabFocusReason);
        next->setFocus(Qt::TabFocusReason);
        search->setFocus(Qt::BacktabFocusReason);
        QTest::keyClicks(search, u"gallring"_s);
        QTest::keyClick(search, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.browser()->textCursor().selectedText().toLower(), u"gallring"_s);
        const int found = dialog.browser()->textCursor().position();

        // Enter on the focused Next button finds the next one.
        next->setFocus(Qt::TabFocusReason);
        QTest::keyClick(next, Qt::Key_Return);
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.browser()->textCursor().position() != found);
    }

    /// The assessment form and the plan editor are no dialogs, but the same holds there: Enter
    /// on a focused button presses it (Space always did).
    void windows_everyButtonPressedByEnterWhenFocused()
    {
        Handlingsplan plan;
        plan.participantId = m_participant;
        Delmal first;
        first.what = u"Praktik"_s;
        plan.delmal.push_back(first);
        QVERIFY(PlanRepository(*m_db).save(plan).ok());
        auto instrument = Instrument::loadDefault();
        QVERIFY(instrument.ok());
        PlanEditor editor(test::lend(*m_db), m_participant, instrument.value());
        editor.show();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        QVERIFY(editor.document());
        auto* form = new OccasionForm(test::lend(*m_db), m_participant);
        form->setAttribute(Qt::WA_DeleteOnClose);
        QPointer<OccasionForm> formAlive(form);
        QVERIFY(form->ok());
        form->show();
        QVERIFY(QTest::qWaitForWindowExposed(form));

        QStringList wrong;
        for (QWidget* window : {static_cast<QWidget*>(&editor), static_cast<QWidget*>(form)}) {
            for (QPushButton* button : window->findChildren<QPushButton*>()) {
                if (!button->autoDefault() && !button->isDefault())
                    wrong << u"%1: %2"_s.arg(QString::fromLatin1(window->metaObject()->className()),
                                             describe(button));
            }
        }
        QVERIFY2(wrong.isEmpty(),
                 qPrintable(u"Enter does not press these buttons when focused:\n"_s +
                            wrong.join(u'\n')));

        // "+ Sub-goal" by Tab and Enter.
        editor.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&editor));
        auto* add = editor.findChild<QPushButton*>(u"addDelmalPushButton"_s);
        add->setFocus(Qt::TabFocusReason);
        QTest::keyClick(add, Qt::Key_Return);
        QCOMPARE(editor.document()->delmalCount(), 2);

        // "Save and close" by Enter.
        form->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(form));
        auto* close = form->findChild<QPushButton*>(u"closePushButton"_s);
        close->setFocus(Qt::TabFocusReason);
        QTest::keyClick(close, Qt::Key_Enter);
        QTRY_VERIFY(formAlive.isNull());
        QVERIFY(editor.saveNow());
    }
};

QTEST_MAIN(TestDialogKeys)
#include "tst_dialogkeys.moc"
