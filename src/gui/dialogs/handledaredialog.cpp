#include "handledaredialog.h"

#include <QPushButton>

#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "ui_handledaredialog.h"

namespace tilltro {

HandledareDialog::HandledareDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::HandledareDialog>())
    , m_db(db)
{
    m_ui->setupUi(this);
    HandledareRepository repo(m_db);
    auto current = repo.currentUser();
    if (auto all = repo.all()) {
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
    HandledareRepository repo(m_db);
    qint64 id = 0;
    if (m_ui->existingRadioButton->isChecked()) {
        id = m_ui->existingComboBox->currentData().toLongLong();
    } else {
        Handledare h;
        h.name = m_ui->nameLineEdit->text();
        h.organisation = m_ui->organisationLineEdit->text();
        if (auto r = repo.insert(h); !r) {
            m_ui->errorLabel->setText(r.errorMessage());
            return;
        }
        id = h.id;
    }
    if (auto r = repo.setCurrentUser(id); !r) {
        m_ui->errorLabel->setText(r.errorMessage());
        return;
    }
    m_chosenId = id;
    QDialog::accept();
}

} // namespace tilltro
