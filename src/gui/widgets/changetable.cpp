#include "changetable.h"

#include <QCoreApplication>
#include <QHeaderView>
#include <QTableWidget>

#include "report/handlingsplandocument.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

void setUpChangeTable(QTableWidget* table)
{
    // Two-word headers of the number columns go on two lines, so the names keep the width.
    table->setColumnCount(6);
    QStringList headers{
        QCoreApplication::translate("tilltro::gui::ParticipantView", "Indicator"),
        QCoreApplication::translate("tilltro::gui::ParticipantView", "First"),
        QCoreApplication::translate("tilltro::gui::ParticipantView", "Previous"),
        QCoreApplication::translate("tilltro::gui::ParticipantView", "Latest"),
        QCoreApplication::translate("tilltro::gui::ParticipantView", "Since previous"),
        QCoreApplication::translate("tilltro::gui::ParticipantView", "Since first")};
    for (qsizetype c = 1; c < headers.size(); ++c)
        headers[c].replace(u' ', u'\n');
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
}

void fillChangeTable(QTableWidget* table, const Instrument& instrument,
                     const analysis::Progression& progress, const QString& language)
{
    table->setRowCount(int(progress.rows.size()));
    int r = 0;
    for (const auto& row : progress.rows) {
        const Indicator& indicator = instrument.indicators()[size_t(row.indicatorIndex)];
        auto* name = new QTableWidgetItem(indicator.label.text(language) +
                                          (row.bipSignificant ? u" ★"_s : QString()));
        if (row.bipSignificant) {
            QFont bold = name->font();
            bold.setBold(true);
            name->setFont(bold);
            name->setToolTip(QCoreApplication::translate("tilltro::gui::ParticipantView",
                                                         "★ BIP: predicts getting a job"));
        }
        // The same texts as the printed change table.
        const QStringList cells{report::valueText(row.first), report::valueText(row.previous),
                                report::valueText(row.latest),
                                report::changeText(row.changeSincePrevious, row.sincePrevious),
                                report::changeText(row.changeSinceFirst, row.sinceFirst)};
        table->setItem(r, 0, name);
        for (int c = 0; c < cells.size(); ++c) {
            auto* item = new QTableWidgetItem(cells[c]);
            item->setTextAlignment(Qt::AlignCenter);
            table->setItem(r, c + 1, item);
        }
        ++r;
    }
}

QString changeSummaryText(const analysis::Progression& progress)
{
    const auto& counts = progress.countsSincePrevious;
    return progress.countedOccasions < 2
               ? QCoreApplication::translate("tilltro::gui::ParticipantView",
                                             "Change shows from the second completed assessment.")
               : QCoreApplication::translate(
                     "tilltro::gui::ParticipantView",
                     "Since the previous assessment: %1 improved, %2 unchanged, %3 worsened.")
                     .arg(counts.improved)
                     .arg(counts.unchanged)
                     .arg(counts.worsened);
}

} // namespace tilltro::gui
