#include "insatsdialog.h"

#include "core/clock.h"
#include "ui_insatsdialog.h"
#include "widgets/dateedit.h"
#include "workspace/workspace.h"

namespace tilltro::gui {

QString InsatsDialog::categoryName(InsatsCategory category)
{
    switch (category) {
    case InsatsCategory::Jobbinriktad:
        return tr("job-oriented");
    case InsatsCategory::Kompetenshojande:
        return tr("skills");
    case InsatsCategory::Halsoinriktad:
        return tr("health");
    case InsatsCategory::Social:
        return tr("social");
    }
    return {};
}

InsatsDialog::InsatsDialog(workspace::Workspace& ws, const InsatsPeriod& period, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InsatsDialog>())
    , m_ws(ws)
    , m_period(period)
{
    m_ui->setupUi(this);
    setWindowTitle(period.id == 0 ? tr("New intervention") : tr("Edit intervention"));
    for (auto category : {InsatsCategory::Jobbinriktad, InsatsCategory::Kompetenshojande,
                          InsatsCategory::Halsoinriktad, InsatsCategory::Social}) {
        // A list of choices starts each item with a capital; the name itself stays lower case
        // where it runs in a sentence ("Insatser: jobbinriktad …"), and the stored value is the
        // category code.
        QString name = categoryName(category);
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        m_ui->categoryComboBox->addItem(name, int(category));
        if (category == period.category)
            m_ui->categoryComboBox->setCurrentIndex(m_ui->categoryComboBox->count() - 1);
    }
    m_ui->titleLineEdit->setText(period.title);
    m_ui->providerLineEdit->setText(period.provider);
    m_ui->startDateEdit->setDate(period.start.isValid() ? period.start : Clock::today());
    m_ui->endedCheckBox->setChecked(period.end.isValid());
    m_ui->endDateEdit->setDate(period.end.isValid() ? period.end : Clock::today());
    m_ui->endDateEdit->setEnabled(period.end.isValid());
    connect(m_ui->endedCheckBox, &QCheckBox::toggled, m_ui->endDateEdit, &QWidget::setEnabled);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &InsatsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &InsatsDialog::reject);
    m_ui->titleLineEdit->setFocus();
}

InsatsDialog::~InsatsDialog() = default;

void InsatsDialog::accept()
{
    // A date typed wrong is never saved as another date.
    for (DateEdit* field :
         {m_ui->startDateEdit, m_ui->endedCheckBox->isChecked() ? m_ui->endDateEdit : nullptr}) {
        if (field && !field->commitTypedDate()) {
            m_ui->errorLabel->setText(field->inputProblem());
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    InsatsPeriod edited = m_period;
    edited.category = InsatsCategory(m_ui->categoryComboBox->currentData().toInt());
    edited.title = m_ui->titleLineEdit->text().trimmed();
    edited.provider = m_ui->providerLineEdit->text().trimmed();
    edited.start = m_ui->startDateEdit->date();
    edited.end = m_ui->endedCheckBox->isChecked() ? m_ui->endDateEdit->date() : QDate();
    if (auto saved = m_ws.saveInsats(edited); !saved) {
        m_ui->errorLabel->setText(saved.errorMessage());
        return;
    }
    m_period = edited;
    QDialog::accept();
}

} // namespace tilltro::gui
