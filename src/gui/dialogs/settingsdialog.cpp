#include "settingsdialog.h"

#include "filedialog.h"
#include <QComboBox>
#include <QFileInfo>
#include <QImageReader>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSettings>

#include "handledaredialog.h"
#include "lock/lockpassworddialog.h"
#include "lock/locksettings.h"
#include "ui_settingsdialog.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

SettingsDialog::SettingsDialog(workspace::Workspace& ws, QWidget* parent,
                               const QStringList& languages, const QString& language)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_ws(ws)
    , m_language(language)
{
    m_ui->setupUi(this);
    if (!languages.isEmpty()) {
        // Each language by its own name, so that it is found whatever the window speaks.
        m_languageBox = new QComboBox(this);
        m_languageBox->setObjectName(u"languageComboBox"_s);
        m_languageBox->setAccessibleName(tr("Language"));
        m_languageBox->setToolTip(tr("The language of the window. Changing it opens the window "
                                     "again at once; everything is saved first."));
        for (const QString& code : languages) {
            // (English by that word alone: Qt's name for en_GB is "British English".)
            QString name = code == u"en"_s ? u"English"_s : QLocale(code).nativeLanguageName();
            if (!name.isEmpty())
                name[0] = name[0].toUpper();
            m_languageBox->addItem(name.isEmpty() ? code : name, code);
        }
        m_languageBox->setCurrentIndex(std::max(0, m_languageBox->findData(language)));
        auto* label = new QLabel(tr("Lan&guage:"), this);
        label->setBuddy(m_languageBox);
        m_ui->formLayout->addRow(label, m_languageBox);
    }
    auto text = [&](const char* key) {
        auto value = m_ws.setting(QString::fromLatin1(key));
        return value && value.value() ? *value.value() : QString();
    };
    m_ui->organisationLineEdit->setText(text(OrganisationKey));
    m_ui->logoLineEdit->setText(text(LogoKey));
    const auto years = m_ws.retentionYears();
    m_ui->retentionSpinBox->setValue(years ? years.value() : DefaultRetentionYears);
    if (!years) // the stored value is not used; saving stores the one shown
        m_ui->errorLabel->setText(years.errorMessage());
    if (m_ws.isTeam()) {
        // The unit's settings in a team database are its administratör's: shown, not changed.
        const QString why = tr("Set by the administratör of the team database");
        for (QWidget* unitWide : {static_cast<QWidget*>(m_ui->organisationLineEdit),
                                  static_cast<QWidget*>(m_ui->logoLineEdit),
                                  static_cast<QWidget*>(m_ui->logoBrowsePushButton),
                                  static_cast<QWidget*>(m_ui->retentionSpinBox)}) {
            unitWide->setEnabled(false);
            unitWide->setToolTip(why);
        }
    }
    showUser();
    m_ui->idleSpinBox->setMaximum(LockSettings::MaxIdleMinutes);
    m_ui->idleSpinBox->setValue(LockSettings::idleMinutes());
    showPasswordState();
    connect(m_ui->setPasswordPushButton, &QPushButton::clicked, this,
            &SettingsDialog::editPassword);
    connect(m_ui->removePasswordPushButton, &QPushButton::clicked, this,
            &SettingsDialog::removePassword);
    connect(m_ui->logoBrowsePushButton, &QPushButton::clicked, this, [this] {
        const QString path = FileDialog::openFileName(this, tr("Choose a logo"), QString(),
                                                      tr("Images (*.png *.jpg *.svg)"));
        if (!path.isEmpty())
            m_ui->logoLineEdit->setText(path);
    });
    connect(m_ui->changeUserPushButton, &QPushButton::clicked, this, [this] {
        HandledareDialog dialog(m_ws, this);
        if (dialog.exec() == QDialog::Accepted)
            showUser();
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setEnabled(!m_ws.isReadOnly());
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::showUser()
{
    auto me = m_ws.currentUser();
    m_ui->userNameLabel->setText(me && me.value() ? me.value()->name : tr("not chosen yet"));
}

void SettingsDialog::showPasswordState()
{
    const LockSettings::PasswordState state = LockSettings::passwordState();
    switch (state) {
    case LockSettings::PasswordState::None:
        m_ui->passwordStateLabel->setText(tr("None: anyone can unlock."));
        break;
    case LockSettings::PasswordState::Set:
        m_ui->passwordStateLabel->setText(tr("Set."));
        break;
    case LockSettings::PasswordState::Damaged:
        m_ui->passwordStateLabel->setText(tr("Damaged: no password can unlock. Set a new one."));
        break;
    }
    const bool set = state == LockSettings::PasswordState::Set;
    m_ui->setPasswordPushButton->setText(set ? tr("Change &password…") : tr("Set &password…"));
    m_ui->setPasswordPushButton->setAccessibleName(set ? tr("Change the lock password")
                                                       : tr("Set a lock password"));
    m_ui->removePasswordPushButton->setAccessibleName(tr("Remove the lock password"));
    m_ui->removePasswordPushButton->setEnabled(state != LockSettings::PasswordState::None);
    m_ui->passwordStateLabel->setAccessibleName(
        tr("Lock password: %1").arg(m_ui->passwordStateLabel->text()));
}

void SettingsDialog::editPassword()
{
    // A damaged setting cannot be checked against, so it is replaced like a missing one: whoever
    // has this dialog open already has the unlocked program in front of them.
    const auto purpose = LockSettings::passwordState() == LockSettings::PasswordState::Set
                             ? LockPasswordDialog::Purpose::Change
                             : LockPasswordDialog::Purpose::Set;
    LockPasswordDialog dialog(purpose, this);
    dialog.exec();
    showPasswordState();
}

void SettingsDialog::removePassword()
{
    if (LockSettings::passwordState() == LockSettings::PasswordState::Damaged) {
        LockSettings::removePassword();
    } else {
        LockPasswordDialog dialog(LockPasswordDialog::Purpose::Remove, this);
        dialog.exec();
    }
    showPasswordState();
}

void SettingsDialog::accept()
{
    const QString logo = m_ui->logoLineEdit->text().trimmed();
    if (!logo.isEmpty() && !QImageReader(logo).canRead()) {
        m_ui->errorLabel->setText(tr("The logo %1 cannot be read as an image.").arg(logo));
        return;
    }
    // In a team database the unit's settings are the administratör's (shown, not saved here).
    auto saved = m_ws.isTeam() ? Result<void>()
                               : m_ws.saveSettings({
                                     {QString::fromLatin1(OrganisationKey),
                                      m_ui->organisationLineEdit->text().trimmed()},
                                     {QString::fromLatin1(LogoKey), logo},
                                     {QString::fromLatin1(RetentionKey),
                                      QString::number(m_ui->retentionSpinBox->value())},
                                 });
    if (!saved) {
        m_ui->errorLabel->setText(saved.errorMessage());
        return;
    }
    if (m_ui->idleSpinBox->value() != LockSettings::idleMinutes())
        LockSettings::setIdleMinutes(m_ui->idleSpinBox->value());
    if (chosenLanguage() != m_language)
        QSettings().setValue(u"ui/language"_s, chosenLanguage()); // for the next start too
    QDialog::accept();
}

QString SettingsDialog::chosenLanguage() const
{
    return m_languageBox ? m_languageBox->currentData().toString() : m_language;
}

} // namespace tilltro::gui
