#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>
#include <QWheelEvent>

#include "widgets/dateedit.h"

using namespace Qt::StringLiterals;
using namespace tilltro;
using namespace tilltro::gui;

/// A date field as in the forms: labelled "&Date:", so Alt+D reaches it, with a field after it.
class Form : public QWidget {
public:
    Form()
    {
        auto* layout = new QFormLayout(this);
        date = new DateEdit(this);
        date->setDate(QDate(2026, 12, 4));
        auto* label = new QLabel(u"&Date:"_s, this);
        label->setBuddy(date);
        layout->addRow(label, date);
        after = new QLineEdit(this);
        layout->addRow(u"After:"_s, after);
    }
    DateEdit* date = nullptr;
    QLineEdit* after = nullptr;
};

class TestDateEdit : public QObject {
    Q_OBJECT

private:
    std::unique_ptr<Form> m_form;

    /// Alt+D, as the person does, then `keys`; the keys go where the focus is.
    void typeIntoDate(const QString& keys)
    {
        QTest::keyClick(m_form.get(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(m_form->date->hasFocus());
        QTest::keyClicks(QApplication::focusWidget(), keys);
    }

    void leave()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(m_form->after->hasFocus());
    }

private Q_SLOTS:
    void init()
    {
        m_form = std::make_unique<Form>();
        m_form->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_form.get()));
        m_form->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_form.get()));
        m_form->after->setFocus();
    }

    void cleanup() { m_form.reset(); }

    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("dashes") << u"2027-03-04"_s << QDate(2027, 3, 4);
        QTest::newRow("eight digits") << u"20270304"_s << QDate(2027, 3, 4);
        QTest::newRow("short month and day") << u"2027-3-4"_s << QDate(2027, 3, 4);
        QTest::newRow("no such day") << u"2027-02-30"_s << QDate();
        QTest::newRow("month 13") << u"20271304"_s << QDate();
        QTest::newRow("six digits") << u"270304"_s << QDate();
        QTest::newRow("half typed") << u"2027-03"_s << QDate();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        QCOMPARE(DateEdit::parse(text), expected);
    }

    void typed_wholeDateWithDashes()
    {
        typeIntoDate(u"2027-03-04"_s);
        QCOMPARE(m_form->date->date(), QDate(2027, 3, 4));
        leave();
        QCOMPARE(m_form->date->date(), QDate(2027, 3, 4));
        QCOMPARE(m_form->date->text(), u"2027-03-04"_s);
        QVERIFY(m_form->date->typedDateIsValid());
    }

    void typed_eightDigits()
    {
        typeIntoDate(u"20270304"_s);
        leave();
        QCOMPARE(m_form->date->date(), QDate(2027, 3, 4));
        QCOMPARE(m_form->date->text(), u"2027-03-04"_s);
    }

    void typed_partByPartWithRight()
    {
        // Issue 12: Alt+D, 2027, Right, 03, Right, 04 showed 2027-12-30.
        QTest::keyClick(m_form.get(), Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(m_form->date->hasFocus());
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClicks(focus, u"2027"_s);
        QTest::keyClick(focus, Qt::Key_Right);
        QTest::keyClicks(focus, u"03"_s);
        QTest::keyClick(focus, Qt::Key_Right);
        QTest::keyClicks(focus, u"04"_s);
        QCOMPARE(m_form->date->date(), QDate(2027, 3, 4));
        leave();
        QCOMPARE(m_form->date->date(), QDate(2027, 3, 4));
        QCOMPARE(m_form->date->text(), u"2027-03-04"_s);
    }

    void typed_intoTheLineEditDirectly()
    {
        m_form->date->setFocus(Qt::TabFocusReason);
        QTest::keyClicks(m_form->date->findChild<QLineEdit*>(), u"20270304"_s);
        QCOMPARE(m_form->date->date(), QDate(2027, 3, 4));
    }

    void typed_onlyTheDay()
    {
        typeIntoDate({});
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus, Qt::Key_End);
        QTest::keyClick(focus, Qt::Key_Backspace);
        QTest::keyClick(focus, Qt::Key_Backspace);
        QTest::keyClicks(focus, u"24"_s);
        leave();
        QCOMPARE(m_form->date->date(), QDate(2026, 12, 24));
    }

    void typed_notADate_keptOnScreenMarkedNeverAnotherDate()
    {
        QSignalSpy changed(m_form->date, &QDateEdit::dateChanged);
        typeIntoDate(u"2027-02-30"_s);
        leave();
        QCOMPARE(m_form->date->text(), u"2027-02-30"_s);
        QVERIFY(!m_form->date->typedDateIsValid());
        QVERIFY(!m_form->date->hasAcceptableInput());
        QCOMPARE(m_form->date->toolTip(), DateEdit::invalidMessage());
        QCOMPARE(m_form->date->date(), QDate(2026, 12, 4)); // the last real date, never a new one
        QCOMPARE(changed.size(), 0);

        // Put right, it counts.
        typeIntoDate(u"2027-02-28"_s);
        leave();
        QVERIFY(m_form->date->typedDateIsValid());
        QCOMPARE(m_form->date->date(), QDate(2027, 2, 28));
        QVERIFY(m_form->date->toolTip().isEmpty());
    }

    void typed_outsideTheRange_saysTheLimit()
    {
        m_form->date->setMaximumDate(QDate(2026, 12, 4));
        typeIntoDate(u"20270304"_s);
        leave();
        QVERIFY(!m_form->date->typedDateIsValid());
        QCOMPARE(m_form->date->inputProblem(),
                 u"2027-03-04 is too late: the latest date allowed here is 2026-12-04."_s);
        QCOMPARE(m_form->date->toolTip(), m_form->date->inputProblem());
        QCOMPARE(m_form->date->date(), QDate(2026, 12, 4));
    }

    void typed_shortMonthAndDay_takenWhenLeftOrSaved()
    {
        typeIntoDate(u"2027-3-4"_s);
        // Still typing: "2027-3-4" may become "2027-3-14", so it is no date of its own yet.
        QCOMPARE(m_form->date->date(), QDate(2026, 12, 4));
        QVERIFY(m_form->date->commitTypedDate()); // what a form does before it saves
        QCOMPARE(m_form->date->date(), QDate(2027, 3, 4));
        leave();

        typeIntoDate(u"2027-4-5"_s);
        leave();
        QCOMPARE(m_form->date->date(), QDate(2027, 4, 5));
        QCOMPARE(m_form->date->text(), u"2027-04-05"_s);
    }

    void commitTypedDate_notADate_refusedAndKept()
    {
        typeIntoDate(u"2027-13-01"_s);
        QVERIFY(!m_form->date->commitTypedDate());
        QCOMPARE(m_form->date->text(), u"2027-13-01"_s);
        QCOMPARE(m_form->date->date(), QDate(2026, 12, 4));
        QCOMPARE(m_form->date->inputProblem(), DateEdit::invalidMessage());
    }

    void typed_lettersRefused()
    {
        typeIntoDate(u"2027-0x3-04"_s);
        QCOMPARE(m_form->date->text(), u"2027-03-04"_s);
    }

    void arrowKeys_stepThePartTheCursorIsIn()
    {
        typeIntoDate({});
        QWidget* focus = QApplication::focusWidget();
        QTest::keyClick(focus, Qt::Key_End);
        QTest::keyClick(focus, Qt::Key_Up);
        QCOMPARE(m_form->date->date(), QDate(2026, 12, 5));
        QTest::keyClick(focus, Qt::Key_Home);
        QTest::keyClick(focus, Qt::Key_Down);
        QCOMPARE(m_form->date->date(), QDate(2025, 12, 5));
    }

    void arrowKeys_neverStepFromSomethingThatIsNoDate()
    {
        typeIntoDate(u"2026-02-30"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        QCOMPARE(m_form->date->text(), u"2026-02-30"_s);
        QCOMPARE(m_form->date->date(), QDate(2026, 12, 4));
    }

    void tab_leavesTheFieldAtOnce()
    {
        typeIntoDate({});
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_VERIFY(m_form->after->hasFocus());
    }

    void specialValue_emptiedFieldMeansIt()
    {
        m_form->date->setMinimumDate(QDate(1900, 1, 1));
        m_form->date->setSpecialValueText(u"Not recorded"_s);
        typeIntoDate({});
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Delete);
        leave();
        QCOMPARE(m_form->date->date(), QDate(1900, 1, 1));
        QCOMPARE(m_form->date->text(), u"Not recorded"_s);
    }

    // Scrolling a form past a date field never changes the date; a focused one steps.
    void wheel_unfocused_changesNothing()
    {
        QWidget window;
        auto* other = new QLineEdit(&window);
        auto* edit = new DateEdit(&window);
        auto* layout = new QVBoxLayout(&window);
        layout->addWidget(other);
        layout->addWidget(edit);
        edit->setDate(QDate(2027, 3, 4));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        other->setFocus();
        QTRY_VERIFY(other->hasFocus());
        const QPoint centre = edit->rect().center();
        QWheelEvent wheel(centre, edit->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                          Qt::NoModifier, Qt::NoScrollPhase, false);
        QApplication::sendEvent(edit, &wheel);
        QCOMPARE(edit->date(), QDate(2027, 3, 4));
        QVERIFY(!edit->hasFocus());
    }
};

QTEST_MAIN(TestDateEdit)
#include "tst_dateedit.moc"
