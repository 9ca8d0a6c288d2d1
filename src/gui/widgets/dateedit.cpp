#include "dateedit.h"

#include <QAction>
#include <QFocusEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QStyle>
#include <QWheelEvent>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {

constexpr int LongestText = 10; // yyyy-MM-dd

} // namespace

DateEdit::DateEdit(QWidget* parent)
    : QDateEdit(parent)
{
    setDisplayFormat(u"yyyy-MM-dd"_s);
    setCalendarPopup(true);
    setFocusPolicy(Qt::StrongFocus); // not WheelFocus: see wheelEvent()
    setCorrectionMode(QAbstractSpinBox::CorrectToPreviousValue);
    // QDateTimeEdit snaps the cursor to its sections and reads the text back whenever the cursor
    // moves; with free typing that turns half-typed text into another date. The text is read
    // here instead, in validate() and dateTimeFromText().
    disconnect(lineEdit(), SIGNAL(cursorPositionChanged(int, int)), this, nullptr);

    m_invalidAction = lineEdit()->addAction(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                            QLineEdit::TrailingPosition);
    m_invalidAction->setVisible(false);
    connect(this, &QDateTimeEdit::dateChanged, this, [this] {
        m_keptText.clear();
        updateInvalidMark();
    });
    connect(lineEdit(), &QLineEdit::textChanged, this, [this] {
        if (!m_keptText.isEmpty() && lineEdit()->text() != m_keptText)
            m_keptText.clear();
        updateInvalidMark();
    });
}

QString DateEdit::invalidMessage()
{
    return tr("Not a date. Write the date as 2027-03-04 or 20270304.");
}

QDate DateEdit::parse(const QString& text, bool strict)
{
    static const QRegularExpression digits8(u"^(\\d{4})(\\d{2})(\\d{2})$"_s);
    static const QRegularExpression dashed(u"^(\\d{4})-(\\d{2})-(\\d{2})$"_s);
    static const QRegularExpression shortDashed(u"^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"_s);
    const QString trimmed = text.trimmed();
    QRegularExpressionMatch match = digits8.match(trimmed);
    if (!match.hasMatch())
        match = (strict ? dashed : shortDashed).match(trimmed);
    if (!match.hasMatch())
        return {};
    return QDate(match.captured(1).toInt(), match.captured(2).toInt(), match.captured(3).toInt());
}

bool DateEdit::isSpecial(const QString& text) const
{
    return !specialValueText().isEmpty() &&
           (text == specialValueText() || text.trimmed().isEmpty());
}

QDate DateEdit::typedDate(bool strict) const
{
    const QDate date = parse(lineEdit()->text(), strict);
    return date.isValid() && date >= minimumDate() && date <= maximumDate() ? date : QDate();
}

QValidator::State DateEdit::validate(QString& text, int& pos) const
{
    Q_UNUSED(pos);
    // With a special value ("Not recorded", "–"), an emptied field means that value.
    if (isSpecial(text))
        return QValidator::Acceptable;
    if (text.size() > LongestText)
        return QValidator::Invalid;
    for (const QChar c : text) {
        if (!c.isDigit() && c != u'-' && c != u' ')
            return QValidator::Invalid;
    }
    // While typing only a whole date counts, so "2027-02-3" on the way to "2027-02-30" never
    // becomes a date of its own; once the field is left, "2027-2-3" is read too.
    const QDate date = parse(text, hasFocus());
    if (date.isValid() && date >= minimumDate() && date <= maximumDate())
        return QValidator::Acceptable;
    return QValidator::Intermediate;
}

QDateTime DateEdit::dateTimeFromText(const QString& text) const
{
    if (isSpecial(text))
        return QDateTime(minimumDate(), QTime(0, 0));
    const QDate date = parse(text, false);
    return QDateTime(date.isValid() ? date : this->date(), QTime(0, 0));
}

bool DateEdit::typedDateIsValid() const
{
    QString text = lineEdit()->text();
    int pos = lineEdit()->cursorPosition();
    return validate(text, pos) == QValidator::Acceptable;
}

bool DateEdit::commitTypedDate()
{
    if (isSpecial(lineEdit()->text()))
        return true;
    if (const QDate date = typedDate(false); date.isValid()) {
        if (date != this->date())
            setDate(date);
        return true;
    }
    m_keptText = lineEdit()->text();
    updateInvalidMark();
    return false;
}

QString DateEdit::inputProblem() const
{
    if (isSpecial(lineEdit()->text()) || typedDate(false).isValid())
        return {};
    const QDate date = parse(lineEdit()->text(), false);
    if (date.isValid() && date > maximumDate())
        return tr("%1 is too late: the latest date allowed here is %2.")
            .arg(date.toString(Qt::ISODate), maximumDate().toString(Qt::ISODate));
    if (date.isValid() && date < minimumDate())
        return tr("%1 is too early: the earliest date allowed here is %2.")
            .arg(date.toString(Qt::ISODate), minimumDate().toString(Qt::ISODate));
    return invalidMessage();
}

void DateEdit::updateInvalidMark()
{
    // Shown once the text is as long as a date, or when the field was left with it.
    const QString text = lineEdit()->text();
    QString problem = inputProblem();
    const bool invalid =
        !problem.isEmpty() && (!hasFocus() || text.size() >= 8 || !m_keptText.isEmpty());
    if (!invalid)
        problem.clear();
    m_invalidAction->setVisible(invalid);
    m_invalidAction->setToolTip(problem);
    setToolTip(problem);
    setAccessibleDescription(problem);
}

void DateEdit::keyPressEvent(QKeyEvent* event)
{
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down:
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        if (event->modifiers() & Qt::AltModifier) { // Alt+Down opens the calendar
            QDateEdit::keyPressEvent(event);
            return;
        }
        stepBy(event->key() == Qt::Key_Up || event->key() == Qt::Key_PageUp ? 1 : -1);
        event->accept();
        return;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const QDate date = typedDate(false); date.isValid() && !typedDateIsValid())
            setDate(date); // "2027-3-4" and Enter
        if (!typedDateIsValid()) {
            m_keptText = lineEdit()->text();
            updateInvalidMark();
            event->ignore(); // the dialog's default button refuses and says why
            return;
        }
        QDateEdit::keyPressEvent(event);
        return;
    case Qt::Key_Escape:
    case Qt::Key_Tab:
    case Qt::Key_Backtab:
        QDateEdit::keyPressEvent(event);
        return;
    default:
        break;
    }
    // Everything else edits the text as in any line edit, without QDateTimeEdit's sections.
    QAbstractSpinBox::keyPressEvent(event);
}

void DateEdit::wheelEvent(QWheelEvent* event)
{
    if (!hasFocus()) {
        event->ignore(); // to the scroll area around it
        return;
    }
    QDateEdit::wheelEvent(event);
}

void DateEdit::focusInEvent(QFocusEvent* event)
{
    const QString kept = m_keptText;
    QDateEdit::focusInEvent(event);
    if (!kept.isEmpty() && lineEdit()->text() != kept) {
        const QSignalBlocker blocker(lineEdit());
        lineEdit()->setText(kept);
    }
    switch (event->reason()) {
    case Qt::TabFocusReason:
    case Qt::BacktabFocusReason:
    case Qt::ShortcutFocusReason:
    case Qt::OtherFocusReason:
        // Typing replaces the whole date.
        lineEdit()->selectAll();
        break;
    default:
        break;
    }
    updateInvalidMark();
}

void DateEdit::focusOutEvent(QFocusEvent* event)
{
    if (typedDateIsValid() || lineEdit()->text().isEmpty()) {
        m_keptText.clear();
        QDateEdit::focusOutEvent(event);
        updateInvalidMark();
        return;
    }
    // Keep what was typed on screen, marked, instead of silently going back to the last date.
    m_keptText = lineEdit()->text();
    QDateEdit::focusOutEvent(event);
    if (lineEdit()->text() != m_keptText) {
        const QSignalBlocker blocker(lineEdit());
        lineEdit()->setText(m_keptText);
    }
    updateInvalidMark();
}

void DateEdit::stepBy(int steps)
{
    if (isSpecial(lineEdit()->text())) {
        QDateEdit::stepBy(steps);
        return;
    }
    const QDate date = typedDate(false);
    if (!date.isValid())
        return; // never a step away from something that is no date
    // Step the part the cursor is in: year, month or day.
    QLineEdit* edit = lineEdit();
    const int cursor = edit->hasSelectedText() ? edit->selectionStart() : edit->cursorPosition();
    const int part = std::min(2, int(edit->text().left(cursor).count(u'-')));
    const QDate stepped = part == 0   ? date.addYears(steps)
                          : part == 1 ? date.addMonths(steps)
                                      : date.addDays(steps);
    setDate(std::clamp(stepped, minimumDate(), maximumDate()));
    edit->setSelection(part == 0 ? 0 : part == 1 ? 5 : 8, part == 0 ? 4 : 2);
}

QAbstractSpinBox::StepEnabled DateEdit::stepEnabled() const
{
    if (isSpecial(lineEdit()->text()))
        return QDateEdit::stepEnabled();
    if (isReadOnly() || !typedDate(false).isValid())
        return StepNone;
    return StepUpEnabled | StepDownEnabled;
}

bool DateEdit::focusNextPrevChild(bool next)
{
    // Tab leaves the field (QDateTimeEdit would walk through year, month and day first).
    return QWidget::focusNextPrevChild(next);
}

} // namespace tilltro::gui
