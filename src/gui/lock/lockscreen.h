#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace tilltro::gui {

/// The window shown while Tilltro is locked: "Tilltro är låst", a password field when a
/// password is set, "Lås upp" (Enter), and in the damaged case only "Avsluta Tilltro". It shows
/// nothing about any deltagare. Application-modal, so it takes the input even above a dialog
/// that was open when the program locked. Closing it by the window manager is refused.
/// Created and driven by LockController.
class LockScreen : public QWidget {
    Q_OBJECT
public:
    enum class Mode {
        NoPassword, ///< "Lås upp" asks for a confirmation
        Password,   ///< the password field unlocks
        Damaged,    ///< the stored password is unusable: only quitting is offered
    };

    explicit LockScreen(QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    /// Shows `text` literally below the field (wrong password, wait, …); empty clears it.
    void showMessage(const QString& text);
    QString message() const;
    void clearPassword();
    /// Puts the keyboard focus where the user continues (the field, or the button).
    void focusInput();
    /// When set, closing is let through (the program is quitting).
    void allowClose(bool allow) { m_closeAllowed = allow; }

Q_SIGNALS:
    /// "Lås upp" or Enter; `password` is empty in NoPassword mode.
    void unlockRequested(const QString& password);
    void quitRequested();

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void requestUnlock();

    Mode m_mode = Mode::NoPassword;
    bool m_closeAllowed = false;
    QLabel* m_title = nullptr;
    QLabel* m_hint = nullptr;
    QLabel* m_passwordLabel = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_unlock = nullptr;
    QPushButton* m_quit = nullptr;
};

} // namespace tilltro::gui
