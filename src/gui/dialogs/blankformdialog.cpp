#include "blankformdialog.h"
#include "statuslabel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

#include "core/instrument/instrument.h"
#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

BlankFormDialog::BlankFormDialog(const workspace::Workspace* ws, QWidget* parent)
    : QDialog(parent)
    , m_ws(ws)
{
    if (!m_ws) {
        m_ownWorkspace = std::make_unique<workspace::Workspace>();
        m_ws = m_ownWorkspace.get();
    }
    setWindowTitle(tr("Blank form for the participant"));
    setObjectName(u"blankFormDialog"_s);

    auto* about = new QLabel(tr("The participant's questions with boxes to tick, to think about "
                                "before the meeting. Name and date are left empty to write by "
                                "hand: nothing about a participant is printed."),
                             this);
    about->setTextFormat(Qt::PlainText);
    about->setWordWrap(true);

    m_easyRead = new QCheckBox(tr("&Easy-read"), this);
    m_easyRead->setObjectName(u"easyReadCheckBox"_s);
    m_easyRead->setAccessibleName(tr("Easy-read"));
    m_easyRead->setAccessibleDescription(
        tr("Shorter questions and answers, larger type and more space"));
    m_easyRead->setToolTip(m_easyRead->accessibleDescription());

    m_language = new QComboBox(this);
    m_language->setObjectName(u"languageComboBox"_s);
    // Each language named in itself: the form is for the participant who reads it.
    m_language->addItem(u"Svenska"_s, u"sv"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    const int ui = m_language->findData(QLocale().name().section(u'_', 0, 0));
    m_language->setCurrentIndex(ui >= 0 ? ui : 0);
    m_language->setAccessibleName(tr("Language of the form"));
    auto* languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_language);

    auto* form = new QFormLayout;
    form->addRow(m_easyRead);
    form->addRow(languageLabel, m_language);

    m_status = makeStatusLabel(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_save = buttons->addButton(tr("&Save PDF…"), QDialogButtonBox::ActionRole);
    m_save->setObjectName(u"savePdfButton"_s);
    m_save->setAccessibleName(tr("Save PDF"));
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(u"printButton"_s);
    m_print->setAccessibleName(tr("Print"));
    m_save->setDefault(true);
    connect(m_save, &QPushButton::clicked, this, &BlankFormDialog::choosePdf);
    connect(m_print, &QPushButton::clicked, this, &BlankFormDialog::choosePrinter);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(buttons);
    setTabOrder(m_easyRead, m_language);
    setTabOrder(m_language, m_save);
    setTabOrder(m_save, m_print);
}

BlankFormDialog::~BlankFormDialog() = default;

report::BlankFormOptions BlankFormDialog::options() const
{
    return {m_easyRead->isChecked(), m_language->currentData().toString()};
}

std::optional<report::BlankForm> BlankFormDialog::form()
{
    // The questions new occasions ask: the open database's chosen instrument (its own wording
    // and easy-read texts), else the built-in one.
    auto instrument =
        m_ws->isOpen() ? m_ws->instrumentForNewOccasions() : Instrument::loadDefault();
    auto built = instrument ? report::BlankForm::build(instrument.value(), options())
                            : Result<report::BlankForm>(instrument.error());
    if (!built) {
        MessageBox::warning(this, tr("The form could not be made"), built.errorMessage());
        return std::nullopt;
    }
    return std::move(built).value();
}

bool BlankFormDialog::savePdf(const QString& path)
{
    const auto made = form();
    if (!made)
        return false;
    auto pdf = report::renderPdf(*made);
    if (!pdf) {
        MessageBox::warning(this, tr("Not saved"), pdf.errorMessage());
        return false;
    }
    if (auto written = m_ws->writeAnonymousFile(path, pdf.value()); !written) {
        MessageBox::warning(this, tr("Not saved"), written.errorMessage());
        return false;
    }
    m_status->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

bool BlankFormDialog::printOn(QPrinter* printer)
{
    const auto made = form();
    if (!made)
        return false;
    report::configurePrinter(printer, *made);
    report::print(*made, printer);
    return true;
}

void BlankFormDialog::choosePdf()
{
    const auto made = form();
    if (!made)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Save the blank form as PDF"),
        QDir(FileDialog::startFolder()).filePath(made->suggestedFileName()),
        tr("PDF documents (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void BlankFormDialog::choosePrinter()
{
    const auto made = form();
    if (!made)
        return;
    QPrinter printer(QPrinter::HighResolution);
    report::configurePrinter(&printer, *made);
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the blank form"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    report::print(*made, &printer);
    m_status->setText(tr("Sent to the printer."));
}

void showBlankFormDialog(QWidget* parent, const workspace::Workspace* ws)
{
    BlankFormDialog dialog(ws, parent);
    dialog.exec();
}

} // namespace tilltro::gui
