#pragma once

#include <QMessageBox>

#include <optional>

namespace tilltro::gui {

/// Every message box the program shows goes through here, so GUI tests can run unattended:
/// a test sets the next answer, and the box is not shown but answered and remembered.
class MessageBox {
public:
    static QMessageBox::StandardButton critical(QWidget* parent, const QString& title,
                                                const QString& text);
    static QMessageBox::StandardButton information(QWidget* parent, const QString& title,
                                                   const QString& text);
    static QMessageBox::StandardButton warning(QWidget* parent, const QString& title,
                                               const QString& text);
    static QMessageBox::StandardButton
    question(QWidget* parent, const QString& title, const QString& text,
             QMessageBox::StandardButtons buttons = QMessageBox::Yes | QMessageBox::No,
             QMessageBox::StandardButton defaultButton = QMessageBox::NoButton);

    /// Asks before something that cannot be undone. The button that goes ahead says what it does
    /// (`action`, e.g. "Erase"), never "Yes"; Cancel is the default. Returns Yes when that
    /// button was pressed, otherwise Cancel.
    static QMessageBox::StandardButton confirm(QWidget* parent, const QString& title,
                                               const QString& text, const QString& action);

    /// For tests: answer every following box with `answer` without showing it.
    static void setNextAnswerForTests(QMessageBox::StandardButton answer);
    static void resetForTests();
    /// For tests: the text of the last box answered automatically.
    static QString lastTextForTests();
    /// For tests: the action button's text of the last confirm() answered automatically.
    static QString lastActionForTests();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent,
                                            const QString& title, const QString& text,
                                            QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace tilltro::gui
