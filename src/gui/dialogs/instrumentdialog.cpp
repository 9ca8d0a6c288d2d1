#include "instrumentdialog.h"
#include "statuslabel.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "dialogs/filedialog.h"
#include "dialogs/messagebox.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {
enum Column { NameColumn, VersionColumn, OccasionsColumn, InUseColumn, ColumnCount };
} // namespace

InstrumentDialog::InstrumentDialog(workspace::Workspace& ws, QWidget* parent)
    : QDialog(parent)
    , m_ws(ws)
{
    setWindowTitle(tr("Instrument"));
    setObjectName(u"instrumentDialog"_s);

    auto* about = new QLabel(tr("The versions of the instrument in this database. New "
                                "assessments use the one marked; earlier assessments keep the "
                                "version they were answered with."),
                             this);
    about->setTextFormat(Qt::PlainText);
    about->setWordWrap(true);

    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(u"instrumentTable"_s);
    m_table->setAccessibleName(tr("Instrument versions"));
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Version"), tr("Assessments"), tr("For new assessments")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table for the buttons
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(NameColumn, QHeaderView::Stretch);
    for (int column : {VersionColumn, OccasionsColumn, InUseColumn})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    auto* tableLabel = new QLabel(tr("&Versions:"), this);
    tableLabel->setBuddy(m_table);

    // What choosing a version changes besides the questions: the insats categories and end
    // reasons offered for new records.
    m_lists = new QLabel(this);
    m_lists->setObjectName(u"insatsListsLabel"_s);
    m_lists->setTextFormat(Qt::PlainText);
    m_lists->setWordWrap(true);
    m_lists->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);

    m_status = makeStatusLabel(this);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_import = buttons->addButton(tr("&Import…"), QDialogButtonBox::ActionRole);
    m_import->setObjectName(u"importButton"_s);
    m_import->setAccessibleName(tr("Import a version"));
    m_import->setToolTip(tr("Read a new version of the instrument from a JSON file"));
    m_use = buttons->addButton(tr("&Use for new assessments"), QDialogButtonBox::ActionRole);
    m_use->setObjectName(u"useButton"_s);
    m_use->setAccessibleName(tr("Use for new assessments"));
    m_use->setToolTip(tr("New assessments use the chosen version"));
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_import, &QPushButton::clicked, this, &InstrumentDialog::chooseFile);
    connect(m_use, &QPushButton::clicked, this, &InstrumentDialog::useSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &InstrumentDialog::updateButtons);
    connect(&m_ws, &workspace::Workspace::instrumentsChanged, this, &InstrumentDialog::reload);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(tableLabel);
    layout->addWidget(m_table);
    layout->addWidget(m_lists);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(620, 320);
    reload();
}

InstrumentDialog::~InstrumentDialog() = default;

void InstrumentDialog::reload()
{
    const qint64 wasRow = selected() ? selected()->rowId : -1;
    auto listed = m_ws.instruments();
    m_entries = listed ? std::move(listed).value() : std::vector<workspace::InstrumentEntry>();
    if (!listed)
        m_status->setText(listed.errorMessage());
    m_table->setRowCount(int(m_entries.size()));
    int select = -1;
    for (int row = 0; row < int(m_entries.size()); ++row) {
        const workspace::InstrumentEntry& entry = m_entries[std::size_t(row)];
        const QString name = entry.builtIn ? tr("%1 (built in)").arg(entry.name) : entry.name;
        // Said in words, never by colour or a mark alone.
        const QString inUse = entry.forNewOccasions ? tr("Yes") : tr("No");
        const QStringList cells{name, QString::number(entry.version),
                                QString::number(entry.occasions), inUse};
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            if (column != NameColumn)
                item->setTextAlignment(Qt::AlignCenter);
            m_table->setItem(row, column, item);
        }
        if (entry.rowId == wasRow || (wasRow == -1 && entry.forNewOccasions))
            select = row;
    }
    if (select >= 0)
        m_table->selectRow(select);
    updateButtons();
}

const workspace::InstrumentEntry* InstrumentDialog::selected() const
{
    const auto rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    const int row = rows.first().row();
    return row >= 0 && row < int(m_entries.size()) ? &m_entries[std::size_t(row)] : nullptr;
}

void InstrumentDialog::updateButtons()
{
    const bool editable = m_ws.isOpen() && !m_ws.isReadOnly();
    m_import->setEnabled(editable);
    const workspace::InstrumentEntry* entry = selected();
    m_use->setEnabled(editable && entry && !entry->forNewOccasions);
    showLists(entry);
}

void InstrumentDialog::showLists(const workspace::InstrumentEntry* entry)
{
    if (!entry || entry->insatsLists.categories.empty()) {
        m_lists->clear();
        m_lists->hide();
        return;
    }
    const QString language = QLocale().name().left(2);
    QStringList categories;
    for (const InsatsCategoryDef& c : entry->insatsLists.categories) {
        const QString label = c.label.text(language);
        // The job-oriented one is said in words, not marked.
        categories << (c.jobOriented ? tr("%1 (job-oriented)").arg(label) : label);
    }
    QStringList reasons;
    for (const EndReasonDef& r : entry->insatsLists.endReasons)
        reasons << r.label.text(language);
    const QString origin = entry->ownInsatsLists ? tr("Its own lists.") : tr("The built-in lists.");
    m_lists->setText(tr("%1 Kinds of intervention: %2. Why a participation ends: %3.")
                         .arg(origin, categories.join(u", "_s), reasons.join(u", "_s)));
    m_lists->show();
}

void InstrumentDialog::chooseFile()
{
    const QString path =
        FileDialog::openFileName(this, tr("Import a version of the instrument"),
                                 FileDialog::startFolder(), tr("Instrument (*.json)"));
    if (!path.isEmpty())
        importFrom(path);
}

bool InstrumentDialog::importFrom(const QString& path)
{
    auto imported = m_ws.importInstrument(path);
    if (!imported) {
        m_status->setText(imported.errorMessage());
        MessageBox::critical(this, tr("The instrument was not imported"), imported.errorMessage());
        return false;
    }
    const workspace::InstrumentEntry& entry = imported->entry;
    m_status->setText(imported->alreadyStored
                          ? tr("%1 version %2 was already in the database; nothing was changed.")
                                .arg(entry.name)
                                .arg(entry.version)
                          : tr("Imported %1 version %2. Choose it and press \"Use for new "
                               "assessments\" to use it.")
                                .arg(entry.name)
                                .arg(entry.version));
    for (int row = 0; row < int(m_entries.size()); ++row) {
        if (m_entries[std::size_t(row)].rowId == entry.rowId)
            m_table->selectRow(row);
    }
    return true;
}

bool InstrumentDialog::useSelected()
{
    const workspace::InstrumentEntry* entry = selected();
    if (!entry)
        return false;
    const QString name = entry->name;
    const int version = entry->version;
    if (auto chosen = m_ws.setInstrumentForNewOccasions(entry->rowId); !chosen) {
        m_status->setText(chosen.errorMessage());
        MessageBox::critical(this, tr("The instrument was not chosen"), chosen.errorMessage());
        return false;
    }
    m_status->setText(
        tr("New assessments use %1 version %2; earlier assessments keep their version.")
            .arg(name)
            .arg(version));
    return true;
}

void showInstrumentDialog(workspace::Workspace& ws, QWidget* parent)
{
    if (!ws.isOpen())
        return;
    InstrumentDialog dialog(ws, parent);
    dialog.exec();
}

} // namespace tilltro::gui
