#include "reportoptionsdialog.h"

#include "ui_reportoptionsdialog.h"

namespace tilltro::gui {

ReportOptionsDialog::ReportOptionsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ReportOptionsDialog>())
{
    m_ui->setupUi(this);
    m_ui->sensitiveHelpLabel->setForegroundRole(QPalette::PlaceholderText);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ReportOptionsDialog::~ReportOptionsDialog() = default;

report::ReportOptions ReportOptionsDialog::options(report::ReportOptions base) const
{
    base.easyRead = m_ui->easyReadCheckBox->isChecked();
    base.includeSensitive = m_ui->includeSensitiveCheckBox->isChecked();
    return base;
}

} // namespace tilltro::gui
