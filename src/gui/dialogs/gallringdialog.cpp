#include "gallringdialog.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QPushButton>
#include <QStandardItemModel>

#include "core/clock.h"
#include "messagebox.h"
#include "ui_gallringdialog.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {

enum Column { TickColumn, CodeColumn, NameColumn, EndDateColumn, EndReasonColumn, ColumnCount };

constexpr int ParticipantIdRole = Qt::UserRole + 1;

QStandardItem* textItem(const QString& text)
{
    // Item views show text literally: a name like "<b>x</b>" stays as typed.
    auto* item = new QStandardItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    return item;
}

} // namespace

GallringDialog::GallringDialog(workspace::Workspace& ws, Eraser eraser, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::GallringDialog>())
    , m_ws(ws)
    , m_eraser(std::move(eraser))
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels(
        {tr("Erase"), tr("Code"), tr("Name"), tr("Ended"), tr("Reason")});
    QTableView* table = m_ui->participantsTableView;
    table->setModel(m_model);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->sortByColumn(EndDateColumn, Qt::AscendingOrder);
    table->installEventFilter(this);

    connect(m_ui->tickAllPushButton, &QPushButton::clicked, this, [this] { setAllTicked(true); });
    connect(m_ui->tickNonePushButton, &QPushButton::clicked, this, [this] { setAllTicked(false); });
    connect(m_ui->erasePushButton, &QPushButton::clicked, this, &GallringDialog::eraseTicked);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter on a focused button presses it; elsewhere it closes. Without a default of its own the
    // dialog would keep the first button that had the focus as default, Erase included.
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
    connect(m_model, &QStandardItemModel::itemChanged, this, &GallringDialog::updateButtons);
    if (m_ws.isReadOnly()) {
        m_ui->erasePushButton->setToolTip(
            tr("The database is open read-only: nothing can be erased."));
    }
    reload();
}

GallringDialog::~GallringDialog() = default;

void GallringDialog::reload()
{
    const QDate today = Clock::today();
    // A setting that cannot be read or used lists nothing: never the default in its place.
    auto years = m_ws.retentionYears();
    m_retentionError = years ? QString() : years.errorMessage();
    m_years = years ? years.value() : 0;
    auto candidates = years ? m_ws.gallringCandidates(m_years, today)
                            : Result<std::vector<GallringCandidate>>(years.error());
    m_candidates = candidates ? std::move(candidates).value() : std::vector<GallringCandidate>{};

    m_ui->summaryLabel->setText(
        years ? tr("Participations that ended more than %n year(s) ago, that is before %1. The "
                   "retention period is chosen in Settings.",
                   nullptr, m_years)
                    .arg(today.addYears(-m_years).toString(Qt::ISODate))
              : m_retentionError);

    m_model->removeRows(0, m_model->rowCount());
    const QString protectedMarker =
        QCoreApplication::translate("tilltro::CaseloadModel", "[protected]");
    for (const GallringCandidate& c : m_candidates) {
        auto* tick = new QStandardItem;
        tick->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        tick->setCheckState(Qt::Unchecked);
        tick->setData(c.participantId, ParticipantIdRole);
        tick->setData(tr("Erase %1").arg(c.code), Qt::AccessibleTextRole);
        // A protected identity is shown by its code only; gallringCandidates() gives no name.
        const QString name = c.name.isEmpty() ? protectedMarker : c.name;
        m_model->appendRow(
            {tick, textItem(c.code), textItem(name), textItem(c.endDate.toString(Qt::ISODate)),
             textItem(m_ws.insatsLists().endReasonLabel(c.endReason, QLocale().name().left(2)))});
    }

    const bool empty = m_candidates.empty();
    m_ui->participantsTableView->setVisible(!empty);
    m_ui->emptyLabel->setVisible(empty);
    m_ui->tickAllPushButton->setVisible(!empty);
    m_ui->tickNonePushButton->setVisible(!empty);
    m_ui->erasePushButton->setVisible(!empty);
    if (!years) {
        m_ui->emptyLabel->setText(tr("Nothing is listed: the retention period is not known."));
    } else if (!candidates) {
        m_ui->emptyLabel->setText(candidates.errorMessage());
    } else if (empty) {
        m_ui->emptyLabel->setText(tr("No participants to erase: no participation ended that "
                                     "long ago."));
    }
    QTableView* table = m_ui->participantsTableView;
    m_model->sort(table->horizontalHeader()->sortIndicatorSection(),
                  table->horizontalHeader()->sortIndicatorOrder());
    table->resizeColumnsToContents();
    if (!empty) {
        table->setCurrentIndex(m_model->index(0, TickColumn));
        table->setFocus();
    } else {
        m_ui->buttonBox->button(QDialogButtonBox::Close)->setFocus();
    }
    updateButtons();
}

std::vector<qint64> GallringDialog::tickedParticipants() const
{
    std::vector<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QStandardItem* tick = m_model->item(row, TickColumn);
        if (tick->checkState() == Qt::Checked)
            ids.push_back(tick->data(ParticipantIdRole).toLongLong());
    }
    return ids;
}

void GallringDialog::setAllTicked(bool ticked)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        m_model->item(row, TickColumn)->setCheckState(ticked ? Qt::Checked : Qt::Unchecked);
}

void GallringDialog::updateButtons()
{
    const int ticked = int(tickedParticipants().size());
    m_ui->erasePushButton->setEnabled(!m_ws.isReadOnly() && m_retentionError.isEmpty() &&
                                      ticked > 0);
    m_ui->countLabel->setVisible(!m_candidates.empty());
    m_ui->countLabel->setText(
        tr("%1 of %n participant(s) ticked.", nullptr, int(m_candidates.size())).arg(ticked));
}

void GallringDialog::eraseTicked()
{
    const std::vector<qint64> ids = tickedParticipants();
    if (ids.empty() || m_ws.isReadOnly() || !m_retentionError.isEmpty() || !m_eraser)
        return;
    const int n = int(ids.size());
    const auto answer = MessageBox::confirm(
        this, tr("Erase participants"),
        tr("Erase %n participant(s) and everything stored about them: assessments, action plans, "
           "interventions, consents and history? This cannot be undone. Only a note that an "
           "erasure took place is kept in the log.",
           nullptr, n),
        tr("Erase"));
    if (answer != QMessageBox::Yes)
        return;
    const bool erased = m_eraser(ids);
    reload();
    if (erased) {
        MessageBox::information(
            this, tr("Erase participants"),
            tr("%n participant(s) erased. Copies made outside Tilltro (exports, printouts, backups "
               "saved elsewhere) must be deleted by hand.",
               nullptr, n));
    }
}

bool GallringDialog::eventFilter(QObject* watched, QEvent* event)
{
    // Space ticks the row wherever the cursor is in it, not only on the tick box itself.
    if (watched == m_ui->participantsTableView && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->key() == Qt::Key_Space && key->modifiers() == Qt::NoModifier) {
            const QModelIndex current = m_ui->participantsTableView->currentIndex();
            if (current.isValid()) {
                QStandardItem* tick = m_model->item(current.row(), TickColumn);
                tick->setCheckState(tick->checkState() == Qt::Checked ? Qt::Unchecked
                                                                      : Qt::Checked);
            }
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tilltro::gui
