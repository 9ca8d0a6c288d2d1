#include "handledaredialog.h"

#include <QPushButton>

#include "ui_handledaredialog.h"
#include "workspace/workspace.h"

namespace tilltro::gui {

HandledareDialog::HandledareDialog(workspace::Workspace& ws, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HandledareDialog>())
    , m_ws(ws)
{
    m_ui->setupUi(this);
    auto current = m_ws.currentUser();
    if (auto all = m_ws.handledare()) {
        for (const Handledare& h : all.value()) {
            if (!h.active)
                continue;
            const QString label =
                h.organisation.isEmpty() ? h.name : tr("%1 (%2)").arg(h.name, h.organisation);
            m_ui->existingComboBox->addItem(label, h.id);
            if (current && current.value() && current.value()->id == h.id)
                m_ui->existingComboBox->setCurrentIndex(m_ui->existingComboBox->count() - 1);
        }
    }
    const bool any = m_ui->existingComboBox->count() > 0;
    m_ui->existingRadioButton->setEnabled(any);
    m_ui->existingRadioButton->setChecked(any);
    m_ui->newRadioButton->setChecked(!any);
    connect(m_ui->existingRadioButton, &QRadioButton::toggled, this,
            &HandledareDialog::updateEnabled);
    connect(m_ui->nameLineEdit, &QLineEdit::textChanged, this, &HandledareDialog::updateEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &HandledareDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &HandledareDialog::reject);
    updateEnabled();
    (any ? static_cast<QWidget*>(m_ui->existingComboBox) : m_ui->nameLineEdit)->setFocus();
}

HandledareDialog::~HandledareDialog() = default;

void HandledareDialog::updateEnabled()
{
    const bool existing = m_ui->existingRadioButton->isChecked();
    m_ui->existingComboBox->setEnabled(existing);
    m_ui->nameLineEdit->setEnabled(!existing);
    m_ui->organisationLineEdit->setEnabled(!existing);
    m_ui->buttonBox->button(QDialogButtonBox::Ok)
        ->setEnabled(existing || !m_ui->nameLineEdit->text().trimmed().isEmpty());
}

void HandledareDialog::accept()
{
    Handledare chosen;
    if (m_ui->existingRadioButton->isChecked()) {
        chosen.id = m_ui->existingComboBox->currentData().toLongLong();
    } else {
        chosen.name = m_ui->nameLineEdit->text();
        chosen.organisation = m_ui->organisationLineEdit->text();
    }
    // A new handledare is added and chosen in one transaction.
    if (auto r = m_ws.setCurrentUser(chosen); !r) {
        m_ui->errorLabel->setText(r.errorMessage());
        return;
    }
    m_chosenId = chosen.id;
    QDialog::accept();
}

} // namespace tilltro::gui
