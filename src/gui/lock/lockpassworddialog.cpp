#include "lockpassworddialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "lock/locksettings.h"

namespace tilltro::gui {

namespace {
QLineEdit* passwordField(QWidget* parent, const QString& objectName, const QString& accessible)
{
    auto* field = new QLineEdit(parent);
    field->setObjectName(objectName);
    field->setEchoMode(QLineEdit::Password);
    field->setAccessibleName(accessible);
    return field;
}
} // namespace

LockPasswordDialog::LockPasswordDialog(Purpose purpose, QWidget* parent)
    : QDialog(parent)
    , m_purpose(purpose)
{
    setObjectName(QStringLiteral("LockPasswordDialog"));
    switch (purpose) {
    case Purpose::Set:
        setWindowTitle(tr("Set a lock password"));
        break;
    case Purpose::Change:
        setWindowTitle(tr("Change the lock password"));
        break;
    case Purpose::Remove:
        setWindowTitle(tr("Remove the lock password"));
        break;
    }
    auto* form = new QFormLayout;
    if (purpose != Purpose::Set) {
        m_current =
            passwordField(this, QStringLiteral("currentPasswordLineEdit"), tr("Current password"));
        form->addRow(tr("&Current password:"), m_current);
    }
    if (purpose != Purpose::Remove) {
        m_new = passwordField(this, QStringLiteral("newPasswordLineEdit"), tr("New password"));
        m_repeat = passwordField(this, QStringLiteral("repeatPasswordLineEdit"),
                                 tr("Repeat the new password"));
        form->addRow(tr("&New password:"), m_new);
        form->addRow(tr("&Repeat the new password:"), m_repeat);
    }
    auto* hint = new QLabel(this);
    hint->setObjectName(QStringLiteral("hintLabel"));
    hint->setTextFormat(Qt::PlainText);
    hint->setWordWrap(true);
    hint->setText(purpose == Purpose::Remove
                      ? tr("Without a password, anyone at this computer can unlock Tilltro.")
                      : tr("At least %n character(s). Only a salted hash is stored, in your own "
                           "settings; a forgotten password cannot be read back.",
                           nullptr, MinLength));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttonBox"));
    if (purpose == Purpose::Remove)
        m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Re&move"));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LockPasswordDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LockPasswordDialog::reject);
}

void LockPasswordDialog::refuse(const QString& message, QLineEdit* field)
{
    m_error->setText(message);
    m_error->setAccessibleName(message);
    if (field) {
        field->selectAll();
        field->setFocus(Qt::OtherFocusReason);
    }
}

void LockPasswordDialog::accept()
{
    if (m_new) {
        if (m_new->text().size() < MinLength) {
            refuse(tr("The new password must have at least %n character(s).", nullptr, MinLength),
                   m_new);
            return;
        }
        if (m_new->text() != m_repeat->text()) {
            refuse(tr("The two new passwords are not the same. Type the new one again twice."),
                   m_repeat);
            return;
        }
    }
    if (m_current) {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        const lockpassword::Check check = LockSettings::checkPassword(m_current->text());
        QApplication::restoreOverrideCursor();
        if (check != lockpassword::Check::Match) {
            refuse(tr("The current password is wrong. Nothing was changed."), m_current);
            return;
        }
    }
    if (m_purpose == Purpose::Remove) {
        LockSettings::removePassword();
    } else {
        QApplication::setOverrideCursor(Qt::WaitCursor);
        LockSettings::setPassword(m_new->text());
        QApplication::restoreOverrideCursor();
    }
    QDialog::accept();
}

} // namespace tilltro::gui
