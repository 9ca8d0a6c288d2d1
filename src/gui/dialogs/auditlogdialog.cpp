#include "auditlogdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>

#include "core/clock.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "messagebox.h"
#include "report/registerextract.h"
#include "ui_auditlogdialog.h"

using namespace Qt::StringLiterals;

namespace tilltro {

namespace {

constexpr int SortRole = Qt::UserRole + 1;

QStandardItem* textItem(const QString& text, const QVariant& sortKey = {})
{
    // Item views draw their text literally; nothing in the log is ever read as markup.
    auto* item = new QStandardItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    item->setData(sortKey.isValid() ? sortKey : QVariant(text.toCaseFolded()), SortRole);
    return item;
}

/// Tooltips are shown as rich text when they look like it: escape, so they stay literal.
QString literalToolTip(const QString& text)
{
    return u"<p style=\"white-space:pre-wrap\">"_s + text.toHtmlEscaped() + u"</p>"_s;
}

} // namespace

AuditLogDialog::AuditLogDialog(Database& db, qint64 participantId, const QString& who,
                               QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AuditLogDialog>())
    , m_db(db)
    , m_participantId(participantId)
    , m_who(who)
    , m_model(new QStandardItemModel(0, ColumnCount, this))
{
    m_ui->setupUi(this);
    m_model->setHorizontalHeaderLabels(
        {tr("Time"), tr("User"), tr("Action"), tr("What"), tr("Participant"), tr("Details")});
    m_model->setSortRole(SortRole);
    QTableView* table = m_ui->entriesTableView;
    table->setModel(m_model);
    table->horizontalHeader()->setHighlightSections(false);
    table->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
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
    if (m_db.isReadOnly()) {
        m_ui->exportPushButton->setToolTip(
            tr("The database is open read-only. Every export of the log is recorded in the log, "
               "so exporting needs the database open for editing."));
    }
    connect(m_ui->exportPushButton, &QPushButton::clicked, this, [this] { exportCsv(); });
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    reload();
    table->setFocus();
}

AuditLogDialog::~AuditLogDialog() = default;

void AuditLogDialog::reload()
{
    AuditLog log(m_db);
    auto entries = m_participantId > 0 ? log.forParticipant(m_participantId) : log.all();
    m_model->removeRows(0, m_model->rowCount());
    if (!entries) {
        m_errorMessage = entries.errorMessage();
        m_ui->countLabel->setText(m_errorMessage);
        return;
    }
    m_errorMessage.clear();
    for (const AuditEntry& e : entries.value()) {
        const QDateTime local = e.at.toLocalTime();
        // Imported entries keep their original time but come later in id: sort by time, then
        // by id, so "newest first" is true to the clock.
        const QString timeKey = u"%1 %2"_s.arg(e.at.toMSecsSinceEpoch(), 16, 10, QChar(u'0'))
                                    .arg(e.id, 16, 10, QChar(u'0'));
        auto* details = textItem(e.details);
        if (!e.details.isEmpty())
            details->setToolTip(literalToolTip(e.details));
        m_model->appendRow({textItem(local.toString(u"yyyy-MM-dd HH:mm:ss"_s), timeKey),
                            textItem(e.osUser), textItem(report::auditActionText(e.action)),
                            textItem(report::auditEntityText(e.entity)),
                            textItem(e.participantCode), details});
    }
    QTableView* table = m_ui->entriesTableView;
    m_model->sort(table->horizontalHeader()->sortIndicatorSection(),
                  table->horizontalHeader()->sortIndicatorOrder());
    table->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        table->setCurrentIndex(m_model->index(0, TimeColumn));
    m_ui->countLabel->setText(tr("%n entry/entries", nullptr, m_model->rowCount()));
    m_ui->exportPushButton->setEnabled(!m_db.isReadOnly() && m_model->rowCount() > 0);
}

bool AuditLogDialog::exportCsv(const QString& chosen)
{
    QString path = chosen;
    if (path.isEmpty()) {
        // A file name without personal data: the code, never a name.
        QString code;
        for (int row = 0; row < m_model->rowCount() && m_participantId > 0 && code.isEmpty(); ++row)
            code = m_model->item(row, ParticipantColumn)->text();
        const QString name = u"tilltro-log-%1%2.csv"_s.arg(code.isEmpty() ? QString() : code + u'-',
                                                           Clock::today().toString(Qt::ISODate));
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                .filePath(name);
        path = QFileDialog::getSaveFileName(this, tr("Export the log"), suggested,
                                            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return false;
    }
    auto written = exportAuditLogCsv(m_db, path, m_participantId);
    if (!written) {
        MessageBox::critical(this, tr("Export the log"), written.errorMessage());
        return false;
    }
    reload(); // the export is itself in the log now
    const QString done = tr("Saved %1.").arg(QDir::toNativeSeparators(path));
    m_ui->countLabel->setText(m_ui->countLabel->text() + u" · "_s + done);
    return true;
}

} // namespace tilltro
