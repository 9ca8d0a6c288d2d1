#include "auditlogdialog.h"

#include "filedialog.h"
#include <QDir>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardPaths>

#include "core/clock.h"
#include "messagebox.h"
#include "models/auditlogmodel.h"
#include "ui_auditlogdialog.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

AuditLogDialog::AuditLogDialog(workspace::Workspace& ws, qint64 participantId, const QString& who,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditLogDialog>())
    , m_ws(ws)
    , m_participantId(participantId)
    , m_model(new AuditLogModel(
          {tr("Time"), tr("User"), tr("Action"), tr("What"), tr("Participant"), tr("Details")},
          this))
{
    m_ui->setupUi(this);
    QTableView* table = m_ui->entriesTableView;
    table->setModel(m_model);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    // One line a row, at a fixed height: measuring every row of a long log would take seconds.
    // A multi-line detail is shown whole in its tooltip.
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    table->setColumnHidden(ParticipantColumn, participantId > 0);
    table->sortByColumn(TimeColumn, Qt::DescendingOrder);

    if (participantId > 0) {
        setWindowTitle(tr("Log — %1").arg(who));
        m_ui->summaryLabel->setText(
            tr("What has been recorded about %1: who created, changed, exported or printed what, "
               "and when. The log holds no names or texts and is kept after an erasure.")
                .arg(who));
    } else {
        setWindowTitle(tr("Log — whole database"));
        m_ui->summaryLabel->setText(
            tr("Everything recorded in this database: who created, changed, erased, exported or "
               "printed what, and when. The log holds no names or texts and is kept after an "
               "erasure. Export it for a log review."));
    }
    if (m_ws.isReadOnly()) {
        m_ui->exportPushButton->setToolTip(
            tr("The database is open read-only. Every export of the log is recorded in the log, "
               "so exporting needs the database open for editing."));
    }
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter on a focused button presses it; elsewhere it closes (not "the first button focused").
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setDefault(true);
    reload();
    table->setFocus();
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::reload()
{
    auto entries = m_ws.auditLog(m_participantId);
    if (!entries) {
        m_model->setEntries({});
        m_errorMessage = entries.errorMessage();
        m_ui->countLabel->setText(m_errorMessage);
        return;
    }
    m_errorMessage.clear();
    m_model->setEntries(std::move(entries).value()); // in the order the header shows
    QTableView* table = m_ui->entriesTableView;
    table->resizeColumnsToContents(); // measures the first 1,000 rows, not every one
    if (m_model->rowCount() > 0)
        table->setCurrentIndex(m_model->index(0, TimeColumn));
    m_ui->countLabel->setText(tr("%n entry/entries", nullptr, m_model->rowCount()));
    m_ui->exportPushButton->setEnabled(!m_ws.isReadOnly() && m_model->rowCount() > 0);
}

bool AuditLogDialog::exportCsv(const QString& chosen)
{
    QString path = chosen;
    if (path.isEmpty()) {
        // A file name without personal data: the code, never a name.
        QString code;
        for (int row = 0; row < m_model->rowCount() && m_participantId > 0 && code.isEmpty(); ++row)
            code = m_model->entry(row).participantCode;
        const QString name = u"tilltro-log-%1%2.csv"_s.arg(code.isEmpty() ? QString() : code + u'-',
                                                           Clock::today().toString(Qt::ISODate));
        const QString suggested = QDir(FileDialog::startFolder()).filePath(name);
        path = FileDialog::saveFileName(this, tr("Export the log"), suggested,
                                        tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    auto written = m_ws.exportAuditLog(path, m_participantId);
    if (!written) {
        MessageBox::critical(this, tr("Export the log"), written.errorMessage());
        return false;
    }
    reload(); // the export is itself in the log now
    const QString done = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
    m_ui->countLabel->setText(m_ui->countLabel->text() + u" · "_s + done);
    return true;
}

} // namespace tilltro::gui
