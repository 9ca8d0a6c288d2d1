#include "participantdialog.h"

#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidgetItem>

#include <algorithm>
#include <array>

#include "core/analysis/occasionrules.h"
#include "core/clock.h"
#include "core/domain/personnummer.h"
#include "ui_participantdialog.h"
#include "widgets/dateedit.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {

// The order of the items in ui/participantdialog.ui.
constexpr std::array goalOrder{GoalType::Arbete, GoalType::Studier};

constexpr QStringView ScopeRegistration = u"registrering";
constexpr QStringView ScopeExchange = u"informationsutbyte";

enum ConsentColumn { ScopeColumn, GivenColumn, RecordedByColumn, WithdrawnColumn };

QTableWidgetItem* readOnlyItem(const QString& text)
{
    // QTableWidgetItem shows its text literally: no rich text in item views.
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

ParticipantDialog::ParticipantDialog(workspace::Workspace& ws, std::optional<qint64> participantId,
                                     QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::ParticipantDialog>())
    , m_ws(ws)
{
    m_ui->setupUi(this);
    m_okButton = m_ui->buttonBox->button(QDialogButtonBox::Ok);

    Q_ASSERT(m_ui->goalTypeComboBox->count() == int(goalOrder.size()));
    for (int i = 0; i < int(goalOrder.size()); ++i)
        m_ui->goalTypeComboBox->setItemData(i, codeOf(goalOrder[size_t(i)]));
    // The end reasons of the instrument in use (its own list, or the built-in one).
    m_language = QLocale().name().left(2);
    for (const EndReasonDef& reason : ws.insatsLists().endReasons) {
        m_ui->endReasonComboBox->addItem(reason.label.text(m_language), reason.key);
        m_ui->endReasonComboBox->setItemData(m_ui->endReasonComboBox->count() - 1,
                                             reason.description.text(m_language), Qt::ToolTipRole);
    }
    m_ui->consentScopeComboBox->setItemData(0, ScopeRegistration.toString());
    m_ui->consentScopeComboBox->setItemData(1, ScopeExchange.toString());

    QHeaderView* header = m_ui->consentTableWidget->horizontalHeader();
    header->setSectionResizeMode(ScopeColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(GivenColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RecordedByColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(WithdrawnColumn, QHeaderView::ResizeToContents);
    QTableWidget* table = m_ui->consentTableWidget;
    table->setMinimumHeight(header->sizeHint().height() +
                            2 * table->verticalHeader()->defaultSectionSize() +
                            2 * table->frameWidth());
    fitWrappedLabel(m_ui->protectedIdentityExplanationLabel);
    m_ui->consentFormGroupBox->hide();
    m_ui->personnummerMessageLabel->hide();
    m_ui->errorLabel->hide();

    connect(m_ui->personnummerLineEdit, &QLineEdit::textChanged, this,
            &ParticipantDialog::validatePersonnummer);
    connect(m_ui->endedCheckBox, &QCheckBox::toggled, this, &ParticipantDialog::updateEnding);
    connect(m_ui->endReasonComboBox, &QComboBox::currentIndexChanged, this,
            &ParticipantDialog::updateEnding);
    connect(m_ui->consentTableWidget, &QTableWidget::currentCellChanged, this,
            &ParticipantDialog::updateConsentButtons);
    connect(m_ui->addConsentPushButton, &QPushButton::clicked, this,
            &ParticipantDialog::openConsentForm);
    connect(m_ui->withdrawConsentPushButton, &QPushButton::clicked, this,
            &ParticipantDialog::withdrawSelectedConsent);
    connect(m_ui->consentScopeComboBox, &QComboBox::currentIndexChanged, this,
            &ParticipantDialog::updateConsentParty);
    connect(m_ui->saveConsentPushButton, &QPushButton::clicked, this,
            &ParticipantDialog::addConsentFromForm);
    connect(m_ui->cancelConsentPushButton, &QPushButton::clicked, this,
            &ParticipantDialog::closeConsentForm);
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ParticipantDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ParticipantDialog::reject);
    // Esc inside the consent form closes the form, not the dialog.
    new QShortcut(QKeySequence(Qt::Key_Escape), m_ui->consentFormGroupBox, this,
                  &ParticipantDialog::closeConsentForm, Qt::WidgetWithChildrenShortcut);
    for (auto key : {Qt::Key_Return, Qt::Key_Enter}) {
        new QShortcut(QKeySequence(Qt::CTRL | key), this, this, &ParticipantDialog::accept);
    }

    load(participantId);
    m_ui->codeLineEdit->setFocus();
}

ParticipantDialog::~ParticipantDialog() = default;

void ParticipantDialog::load(std::optional<qint64> participantId)
{
    if (auto current = m_ws.currentUser(); current && current.value())
        m_currentUser = *current.value();

    if (participantId) {
        auto loaded = m_ws.participant(*participantId);
        if (!loaded || !loaded.value()) {
            showError(loaded ? tr("This participant no longer exists.") : loaded.errorMessage());
            m_ui->personGroupBox->setEnabled(false);
            m_ui->participationGroupBox->setEnabled(false);
            m_ui->consentGroupBox->setEnabled(false);
            updateOkEnabled();
            return;
        }
        m_participant = *loaded.value();
        auto consents = m_ws.consents(m_participant.id);
        if (!consents) {
            // Without the stored consents the dialog could not tell new ones from old: read only.
            showError(consents.errorMessage());
            m_ui->consentGroupBox->setEnabled(false);
            fillHandledare();
            showParticipant();
            updateOkEnabled();
            return;
        }
        m_savedConsents = consents.value();
        m_consents = m_savedConsents;
        setWindowTitle(tr("Participant %1").arg(m_participant.code));
    } else {
        m_participant.startDate = Clock::today();
        m_participant.handledareId = m_currentUser.id;
        if (auto code = m_ws.suggestCode())
            m_participant.code = code.value();
        setWindowTitle(tr("New participant"));
    }
    m_loaded = true;
    fillHandledare();
    showParticipant();
}

void ParticipantDialog::fillHandledare()
{
    QComboBox* combo = m_ui->handledareComboBox;
    combo->clear();
    auto all = m_ws.handledare();
    if (!all)
        showError(all.errorMessage());
    const qint64 wanted = m_participant.handledareId;
    if (all) {
        for (const Handledare& h : all.value()) {
            // An inactive handledare is listed only while still responsible, so opening and
            // saving the dialog never changes the responsible handledare unasked.
            if (!h.active && h.id != wanted)
                continue;
            QString label =
                h.organisation.isEmpty() ? h.name : tr("%1 (%2)").arg(h.name, h.organisation);
            if (!h.active)
                label = tr("%1 (no longer active)").arg(label);
            combo->addItem(label, h.id);
        }
    }
    int index = combo->findData(wanted);
    if (index < 0) {
        combo->insertItem(0, tr("No case worker"), qint64(0));
        index = 0;
    }
    combo->setCurrentIndex(index);
}

void ParticipantDialog::showParticipant()
{
    const Participant& p = m_participant;
    m_ui->codeLineEdit->setText(p.code);
    m_ui->nameLineEdit->setText(p.name);
    m_ui->personnummerLineEdit->setText(p.personnummer);
    m_ui->protectedIdentityCheckBox->setChecked(p.protectedIdentity);
    m_ui->goalTypeComboBox->setCurrentIndex(
        std::max(0, m_ui->goalTypeComboBox->findData(codeOf(p.goalType))));
    if (p.startDate.isValid()) {
        m_ui->startDateEdit->setDate(p.startDate);
    } else {
        // Stored without a start date (e.g. imported): say so instead of inventing one.
        m_ui->startDateEdit->setMinimumDate(QDate(1900, 1, 1));
        m_ui->startDateEdit->setSpecialValueText(tr("Not recorded"));
        m_ui->startDateEdit->setDate(m_ui->startDateEdit->minimumDate());
    }
    m_ui->endedCheckBox->setChecked(p.endDate.isValid());
    m_ui->endDateEdit->setDate(p.endDate.isValid() ? p.endDate : Clock::today());
    // A reason of another list (an older instrument, an import) is kept and offered as it is.
    if (!p.endReason.isEmpty() && m_ui->endReasonComboBox->findData(p.endReason) < 0) {
        m_ui->endReasonComboBox->addItem(m_ws.insatsLists().endReasonLabel(p.endReason, m_language),
                                         p.endReason);
    }
    m_ui->endReasonComboBox->setCurrentIndex(
        p.endReason.isEmpty() ? -1 : m_ui->endReasonComboBox->findData(p.endReason));
    updateEnding();
    validatePersonnummer();
    showConsents();
}

Participant ParticipantDialog::editedParticipant() const
{
    Participant p = m_participant;
    p.code = m_ui->codeLineEdit->text();
    p.name = m_ui->nameLineEdit->text();
    p.personnummer = m_ui->personnummerLineEdit->text();
    p.protectedIdentity = m_ui->protectedIdentityCheckBox->isChecked();
    p.goalType = fromCode<GoalType>(m_ui->goalTypeComboBox->currentData().toString())
                     .value_or(GoalType::Arbete);
    const QDateEdit* start = m_ui->startDateEdit;
    const bool notRecorded =
        !start->specialValueText().isEmpty() && start->date() == start->minimumDate();
    p.startDate = notRecorded ? QDate() : start->date();
    p.handledareId = m_ui->handledareComboBox->currentData().toLongLong();
    if (m_ui->endedCheckBox->isChecked()) {
        p.endDate = m_ui->endDateEdit->date();
        p.endReason = m_ui->endReasonComboBox->currentIndex() < 0
                          ? QString()
                          : m_ui->endReasonComboBox->currentData().toString();
    } else {
        // Unticking Ended reopens the participation.
        p.endDate = QDate();
        p.endReason.clear();
    }
    return p;
}

void ParticipantDialog::startEnding()
{
    if (!m_loaded)
        return;
    m_ui->endedCheckBox->setChecked(true);
    m_ui->endReasonComboBox->setFocus(Qt::OtherFocusReason);
}

void ParticipantDialog::validatePersonnummer()
{
    // Never changes what was typed: only says what is wrong with it. Empty is allowed.
    const QString text = m_ui->personnummerLineEdit->text();
    QString message;
    if (!text.trimmed().isEmpty()) {
        if (auto parsed = Personnummer::parse(text); !parsed)
            message = parsed.errorMessage();
    }
    m_personnummerValid = message.isEmpty();
    m_ui->personnummerMessageLabel->setText(message);
    m_ui->personnummerMessageLabel->setVisible(!message.isEmpty());
    fitWrappedLabel(m_ui->personnummerMessageLabel);
    m_ui->personnummerLineEdit->setAccessibleDescription(message);
    updateOkEnabled();
}

void ParticipantDialog::fitWrappedLabel(QLabel* label)
{
    // A window's minimum size ignores that a word-wrapped label grows taller as it narrows, so
    // a small dialog would clip it. The labels in the Person column get a minimum width and the
    // height they need at that width.
    const int width = fontMetrics().averageCharWidth() * 30;
    label->setMinimumWidth(width);
    label->setMinimumHeight(label->text().isEmpty() ? 0 : label->heightForWidth(width));
}

void ParticipantDialog::updateEnding()
{
    const bool ended = m_ui->endedCheckBox->isChecked();
    m_ui->endDateEdit->setEnabled(ended);
    m_ui->endReasonLabel->setEnabled(ended);
    m_ui->endReasonComboBox->setEnabled(ended);
    // "Choose why the participation ended" is answered by choosing, or by unticking Ended.
    if (m_errorField == m_ui->endReasonComboBox &&
        (!ended || m_ui->endReasonComboBox->currentIndex() >= 0))
        showError({});
}

void ParticipantDialog::updateOkEnabled()
{
    m_okButton->setEnabled(m_loaded && m_personnummerValid);
}

void ParticipantDialog::showError(const QString& message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
    m_errorField = nullptr;
}

QWidget* ParticipantDialog::focusLikelyCulprit(const Participant& refused)
{
    QWidget* culprit = nullptr;
    if (refused.code.trimmed().isEmpty()) {
        culprit = m_ui->codeLineEdit;
    } else if (refused.endDate.isValid() && refused.endReason.isEmpty()) {
        culprit = m_ui->endReasonComboBox;
    } else if (refused.endDate.isValid() && refused.startDate.isValid() &&
               refused.endDate < refused.startDate) {
        culprit = m_ui->endDateEdit;
    } else if (auto other = m_ws.participantByCode(refused.code);
               other && other.value() && other.value()->id != refused.id) {
        culprit = m_ui->codeLineEdit;
    } else if (!m_personnummerValid) {
        culprit = m_ui->personnummerLineEdit;
    }
    if (culprit)
        culprit->setFocus(Qt::OtherFocusReason);
    return culprit;
}

void ParticipantDialog::accept()
{
    if (!m_loaded)
        return;
    showError({});
    if (m_ui->consentFormGroupBox->isVisible()) {
        showError(tr("Add the new consent to the list, or cancel it, before saving."));
        m_ui->consentScopeComboBox->setFocus(Qt::OtherFocusReason);
        return;
    }
    // A date typed wrong is never saved as another date.
    const bool ended = m_ui->endedCheckBox->isChecked();
    for (DateEdit* field : {m_ui->startDateEdit, ended ? m_ui->endDateEdit : nullptr}) {
        if (field && !field->commitTypedDate()) {
            showError(field->inputProblem());
            field->setFocus(Qt::OtherFocusReason);
            m_errorField = field;
            return;
        }
    }
    const Participant edited = editedParticipant();
    if (edited.id != 0) {
        // The participation holds its assessments: it starts no later than the first and ends
        // no earlier than the latest.
        auto occasions = m_ws.occasions(edited.id);
        if (!occasions) {
            showError(occasions.errorMessage());
            return;
        }
        std::vector<QDate> dates;
        for (const Occasion& o : occasions.value())
            dates.push_back(o.date);
        if (auto fits = analysis::checkParticipationDates(edited.startDate, edited.endDate, dates);
            !fits) {
            const bool startWrong =
                !analysis::checkParticipationDates(edited.startDate, QDate(), dates);
            showError(fits.errorMessage());
            QWidget* field = startWrong ? static_cast<QWidget*>(m_ui->startDateEdit)
                                        : static_cast<QWidget*>(m_ui->endDateEdit);
            field->setFocus(Qt::OtherFocusReason);
            m_errorField = field;
            return;
        }
    }
    Participant saved = edited;
    std::vector<Consent> consents = m_consents;
    // One transaction: the deltagare and its consents are saved together or not at all.
    auto written = m_ws.saveParticipant(saved, consents, m_savedConsents);
    if (!written) {
        // Rolled back: nothing was saved, and the dialog keeps what was entered.
        showError(written.errorMessage());
        m_errorField = focusLikelyCulprit(edited);
        return;
    }
    m_participant = saved;
    m_consents = consents;
    m_savedConsents = consents;
    QDialog::accept();
}

// --- consents ---------------------------------------------------------------------------------

QString ParticipantDialog::consentScopeText(const Consent& consent) const
{
    if (consent.scope == ScopeRegistration)
        return tr("Registration in Tilltro");
    if (consent.scope == ScopeExchange) {
        return consent.party.isEmpty() ? tr("Exchange of information")
                                       : tr("Exchange of information with %1").arg(consent.party);
    }
    // A scope this version does not know: shown as stored.
    return consent.party.isEmpty() ? consent.scope : tr("%1: %2").arg(consent.scope, consent.party);
}

void ParticipantDialog::showConsents()
{
    QTableWidget* table = m_ui->consentTableWidget;
    const int current = table->currentRow();
    table->setRowCount(int(m_consents.size()));
    for (int row = 0; row < int(m_consents.size()); ++row) {
        const Consent& c = m_consents[size_t(row)];
        table->setItem(row, ScopeColumn, readOnlyItem(consentScopeText(c)));
        table->setItem(row, GivenColumn, readOnlyItem(c.given.toString(Qt::ISODate)));
        table->setItem(row, RecordedByColumn, readOnlyItem(c.recordedBy));
        table->setItem(row, WithdrawnColumn, readOnlyItem(c.withdrawn.toString(Qt::ISODate)));
    }
    if (current >= 0 && current < table->rowCount())
        table->setCurrentCell(current, ScopeColumn);
    updateConsentButtons();
}

void ParticipantDialog::updateConsentButtons()
{
    const int row = m_ui->consentTableWidget->currentRow();
    const bool current = row >= 0 && row < int(m_consents.size()) &&
                         m_consents[size_t(row)].isCurrentOn(Clock::today());
    m_ui->withdrawConsentPushButton->setEnabled(current);
}

void ParticipantDialog::openConsentForm()
{
    const QDate today = Clock::today();
    const bool registered =
        std::any_of(m_consents.begin(), m_consents.end(), [&](const Consent& c) {
            return c.scope == ScopeRegistration && c.isCurrentOn(today);
        });
    m_ui->consentScopeComboBox->setCurrentIndex(registered ? 1 : 0);
    m_ui->consentPartyLineEdit->clear();
    m_ui->consentGivenDateEdit->setMaximumDate(today);
    m_ui->consentGivenDateEdit->setDate(today);
    m_ui->consentRecordedByLineEdit->setText(m_currentUser.name);
    updateConsentParty();
    m_ui->consentFormGroupBox->show();
    m_ui->addConsentPushButton->setEnabled(false);
    // Enter in the form adds the consent; it does not save the whole dialog.
    m_ui->saveConsentPushButton->setDefault(true);
    m_ui->consentScopeComboBox->setFocus(Qt::OtherFocusReason);
}

void ParticipantDialog::closeConsentForm()
{
    m_ui->consentFormGroupBox->hide();
    m_ui->saveConsentPushButton->setDefault(false);
    m_okButton->setDefault(true);
    m_ui->addConsentPushButton->setEnabled(true);
    m_ui->addConsentPushButton->setFocus(Qt::OtherFocusReason);
}

void ParticipantDialog::updateConsentParty()
{
    const bool exchange = m_ui->consentScopeComboBox->currentData().toString() == ScopeExchange;
    m_ui->consentPartyLabel->setEnabled(exchange);
    m_ui->consentPartyLineEdit->setEnabled(exchange);
}

void ParticipantDialog::addConsentFromForm()
{
    Consent consent;
    consent.participantId = m_participant.id;
    consent.scope = m_ui->consentScopeComboBox->currentData().toString();
    if (consent.scope == ScopeExchange) {
        consent.party = m_ui->consentPartyLineEdit->text().trimmed();
        if (consent.party.isEmpty()) {
            showError(tr("Say with whom information may be exchanged."));
            m_ui->consentPartyLineEdit->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    if (!m_ui->consentGivenDateEdit->commitTypedDate()) {
        showError(m_ui->consentGivenDateEdit->inputProblem());
        m_ui->consentGivenDateEdit->setFocus(Qt::OtherFocusReason);
        return;
    }
    consent.given = m_ui->consentGivenDateEdit->date();
    consent.recordedBy = m_ui->consentRecordedByLineEdit->text().trimmed();
    showError({});
    m_consents.push_back(consent);
    showConsents();
    m_ui->consentTableWidget->setCurrentCell(int(m_consents.size()) - 1, ScopeColumn);
    closeConsentForm();
}

void ParticipantDialog::withdrawSelectedConsent()
{
    const int row = m_ui->consentTableWidget->currentRow();
    const QDate today = Clock::today();
    if (row < 0 || row >= int(m_consents.size()) || !m_consents[size_t(row)].isCurrentOn(today))
        return;
    m_consents[size_t(row)].withdrawn = today;
    showConsents();
    m_ui->consentTableWidget->setFocus(Qt::OtherFocusReason);
}

} // namespace tilltro::gui
