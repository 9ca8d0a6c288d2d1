#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tilltro::gui {

/// Settings › Lås: sets, changes or removes the lock's password (LockSettings). A new password
/// is typed twice and has at least MinLength characters; changing or removing one asks for the
/// current one first. A refusal is said below the fields and stores nothing.
class LockPasswordDialog : public QDialog {
    Q_OBJECT
public:
    static constexpr int MinLength = 8;

    enum class Purpose {
        Set,    ///< no (usable) password yet: the new one twice
        Change, ///< the current one, then the new one twice
        Remove, ///< the current one
    };

    explicit LockPasswordDialog(Purpose purpose, QWidget* parent = nullptr);

    /// Checks what was typed and, when it holds, stores (or removes) the password and closes.
    void accept() override;

private:
    void refuse(const QString& message, QLineEdit* field);

    Purpose m_purpose;
    QLineEdit* m_current = nullptr;
    QLineEdit* m_new = nullptr;
    QLineEdit* m_repeat = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace tilltro::gui
