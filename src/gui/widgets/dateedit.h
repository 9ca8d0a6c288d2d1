#pragma once

#include <QDateEdit>

class QAction;

namespace tilltro::gui {

/// A date field that takes a date the way a Swedish user types it: `2027-03-04`, `20270304`, or
/// part by part (`2027`, Right, `03`, Right, `04`). Shown as yyyy-MM-dd, with the calendar a
/// click (or Alt+Down) away.
///
/// Reaching the field by keyboard selects the whole date, so typing replaces it; the text is then
/// edited like any line edit and read as a date once it is complete. A text that is not a date
/// (or lies outside the allowed range) is never turned into another date: it stays on screen,
/// marked with a warning sign and a tool tip, date() keeps the last real date, and
/// hasAcceptableInput() is false until it is put right. Forms call commitTypedDate() before
/// they save.
class DateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit DateEdit(QWidget* parent = nullptr);

    /// True unless the text on screen is not a date in the allowed range.
    bool typedDateIsValid() const;
    /// Takes the text on screen as the date now (a form calls it before it saves, since the
    /// focus may still be in the field). Returns false, the text kept and marked, when it is not
    /// a date in the allowed range; date() then still holds the last real date.
    bool commitTypedDate();
    /// What is wrong with the text on screen, in words; empty when typedDateIsValid().
    QString inputProblem() const;
    /// What the person is told when the text is not a date.
    static QString invalidMessage();

    /// Reads `text` as a date: yyyyMMdd or yyyy-MM-dd (unless `strict`, month and day may have
    /// one digit). Returns an invalid QDate for anything else.
    static QDate parse(const QString& text, bool strict = false);

    QValidator::State validate(QString& text, int& pos) const override;
    /// Steps the year, month or day the cursor is in (Up/Down, the mouse wheel).
    void stepBy(int steps) override;

protected:
    QDateTime dateTimeFromText(const QString& text) const override;
    StepEnabled stepEnabled() const override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    /// Only a focused field takes the wheel: scrolling a form past a date never changes it.
    void wheelEvent(QWheelEvent* event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void updateInvalidMark();
    bool isSpecial(const QString& text) const;
    /// The date on screen if it is one in the allowed range, else an invalid QDate.
    QDate typedDate(bool strict) const;

    QAction* m_invalidAction = nullptr;
    QString m_keptText; ///< invalid text kept on screen after the focus left
};

} // namespace tilltro::gui
