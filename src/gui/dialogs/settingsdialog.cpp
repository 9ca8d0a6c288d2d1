#include "settingsdialog.h"

#include "filedialog.h"
#include <QFileInfo>
#include <QImageReader>
#include <QPushButton>

#include "handledaredialog.h"
#include "ui_settingsdialog.h"
#include "workspace/workspace.h"

namespace tilltro::gui {

SettingsDialog::SettingsDialog(workspace::Workspace& ws, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
    , m_ws(ws)
{
    m_ui->setupUi(this);
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
    showUser();
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

void SettingsDialog::accept()
{
    const QString logo = m_ui->logoLineEdit->text().trimmed();
    if (!logo.isEmpty() && !QImageReader(logo).canRead()) {
        m_ui->errorLabel->setText(tr("The logo %1 cannot be read as an image.").arg(logo));
        return;
    }
    auto saved = m_ws.saveSettings({
        {QString::fromLatin1(OrganisationKey), m_ui->organisationLineEdit->text().trimmed()},
        {QString::fromLatin1(LogoKey), logo},
        {QString::fromLatin1(RetentionKey), QString::number(m_ui->retentionSpinBox->value())},
    });
    if (!saved) {
        m_ui->errorLabel->setText(saved.errorMessage());
        return;
    }
    QDialog::accept();
}

} // namespace tilltro::gui
