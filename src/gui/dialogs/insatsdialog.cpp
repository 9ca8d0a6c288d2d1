#include "insatsdialog.h"

#include "core/clock.h"
#include "ui_insatsdialog.h"
#include "widgets/dateedit.h"
#include "workspace/workspace.h"

#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace tilltro::gui {

InsatsDialog::InsatsDialog(workspace::Workspace& ws, const InsatsPeriod& period, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::InsatsDialog>())
    , m_ws(ws)
    , m_period(period)
{
    m_ui->setupUi(this);
    setWindowTitle(period.id == 0 ? tr("New intervention") : tr("Edit intervention"));
    // The categories of the instrument in use (its own list, or BIP's four), each with what
    // belongs to it. A period made with another list keeps its category, offered as it is.
    const QString language = QLocale().name().left(2);
    const InsatsLists& lists = ws.insatsLists();
    for (const InsatsCategoryDef& category : lists.categories) {
        m_ui->categoryComboBox->addItem(category.label.text(language), category.key);
        m_ui->categoryComboBox->setItemData(m_ui->categoryComboBox->count() - 1,
                                            category.description.text(language), Qt::ToolTipRole);
    }
    if (!period.category.isEmpty() && !lists.category(period.category))
        m_ui->categoryComboBox->addItem(lists.categoryLabel(period.category, language),
                                        period.category);
    if (const int at = m_ui->categoryComboBox->findData(period.category); at >= 0)
        m_ui->categoryComboBox->setCurrentIndex(at);

    m_description = new QLabel(this);
    m_description->setObjectName(u"categoryDescriptionLabel"_s);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_description->setForegroundRole(QPalette::PlaceholderText);
    m_ui->formLayout->insertRow(1, QString(), m_description);
    const auto describe = [this, &ws, language] {
        const InsatsCategoryDef* category =
            ws.insatsLists().category(m_ui->categoryComboBox->currentData().toString());
        const QString text = category ? category->description.text(language) : QString();
        m_description->setText(text);
        m_description->setVisible(!text.isEmpty());
        m_ui->categoryComboBox->setAccessibleDescription(text);
    };
    describe();
    connect(m_ui->categoryComboBox, &QComboBox::currentIndexChanged, this, describe);
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
    edited.category = m_ui->categoryComboBox->currentData().toString();
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
