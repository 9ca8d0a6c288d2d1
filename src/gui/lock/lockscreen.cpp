#include "lockscreen.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tilltro::gui {

LockScreen::LockScreen(QWidget* parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("lockScreen"));
    setWindowTitle(tr("Tilltro — locked"));
    setAccessibleName(tr("Tilltro is locked"));
    setWindowModality(Qt::ApplicationModal);

    m_title = new QLabel(tr("Tilltro is locked"), this);
    m_title->setObjectName(QStringLiteral("lockTitleLabel"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setAlignment(Qt::AlignCenter);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 2.5);
    big.setBold(true);
    m_title->setFont(big);

    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("lockHintLabel"));
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    m_hint->setAlignment(Qt::AlignCenter);

    m_passwordLabel = new QLabel(tr("&Password:"), this);
    m_passwordLabel->setObjectName(QStringLiteral("lockPasswordLabel"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("lockPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_passwordLabel->setBuddy(m_password);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("lockMessageLabel"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setAlignment(Qt::AlignCenter);

    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlockPushButton"));
    m_unlock->setAccessibleName(tr("Unlock"));
    m_quit = new QPushButton(tr("&Quit Tilltro"), this);
    m_quit->setObjectName(QStringLiteral("lockQuitPushButton"));
    m_quit->setAccessibleName(tr("Quit Tilltro"));

    auto* field = new QHBoxLayout;
    field->addStretch();
    field->addWidget(m_passwordLabel);
    field->addWidget(m_password);
    field->addStretch();
    auto* buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_unlock);
    buttons->addWidget(m_quit);
    buttons->addStretch();

    auto* column = new QVBoxLayout(this);
    column->addStretch(2);
    column->addWidget(m_title);
    column->addWidget(m_hint);
    column->addSpacing(m_title->fontMetrics().height() / 2);
    column->addLayout(field);
    column->addWidget(m_message);
    column->addLayout(buttons);
    column->addStretch(3);
    m_password->setMinimumWidth(m_password->fontMetrics().averageCharWidth() * 28);

    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::requestUnlock);
    connect(m_quit, &QPushButton::clicked, this, &LockScreen::quitRequested);
    setMode(Mode::NoPassword);
}

void LockScreen::setMode(Mode mode)
{
    m_mode = mode;
    const bool password = mode == Mode::Password;
    const bool damaged = mode == Mode::Damaged;
    m_passwordLabel->setVisible(password);
    m_password->setVisible(password);
    m_unlock->setVisible(!damaged);
    m_quit->setVisible(damaged);
    switch (mode) {
    case Mode::NoPassword:
        m_hint->setText(tr("No password is set. Choose Unlock to continue."));
        break;
    case Mode::Password:
        m_hint->setText(tr("Type your password and press Enter."));
        break;
    case Mode::Damaged:
        m_hint->setText(
            tr("The stored lock password is damaged, so no password can unlock Tilltro. Quit "
               "Tilltro (assessments and plans are already saved), start it again and set a new "
               "password under File › Settings."));
        break;
    }
    m_hint->setAccessibleName(m_hint->text());
}

void LockScreen::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setAccessibleName(text);
}

QString LockScreen::message() const
{
    return m_message->text();
}

void LockScreen::clearPassword()
{
    m_password->clear();
}

void LockScreen::focusInput()
{
    if (m_mode == Mode::Password)
        m_password->setFocus(Qt::OtherFocusReason);
    else if (m_mode == Mode::Damaged)
        m_quit->setFocus(Qt::OtherFocusReason);
    else
        m_unlock->setFocus(Qt::OtherFocusReason);
}

void LockScreen::requestUnlock()
{
    if (m_mode == Mode::Damaged)
        return;
    Q_EMIT unlockRequested(m_mode == Mode::Password ? m_password->text() : QString());
}

void LockScreen::keyPressEvent(QKeyEvent* event)
{
    // The field and the buttons pass Enter on; here it unlocks (or quits, when that is all).
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        if (m_mode == Mode::Damaged)
            Q_EMIT quitRequested();
        else
            requestUnlock();
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void LockScreen::closeEvent(QCloseEvent* event)
{
    // Closing the lock screen must not leave the program running with its windows hidden, nor
    // quit it past the forms' saving: only LockController lets it close.
    if (m_closeAllowed)
        event->accept();
    else
        event->ignore();
}

} // namespace tilltro::gui
