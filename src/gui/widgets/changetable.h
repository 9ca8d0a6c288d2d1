#pragma once

#include <QString>

#include "core/analysis/progression.h"
#include "core/instrument/instrument.h"

class QTableWidget;

namespace tilltro::gui {

/// The change table's columns (indicator, first, previous, latest, since previous, since
/// first), the number columns as wide as they need and the names the rest. Shared by the
/// deltagare view and the meeting's result, so both read alike and like the printed table.
void setUpChangeTable(QTableWidget* table);

/// One row per indicator of `progress` (BIP-significant ones bold, with a star), with the same
/// texts as the printed change table.
void fillChangeTable(QTableWidget* table, const Instrument& instrument,
                     const analysis::Progression& progress, const QString& language);

/// "Since the previous assessment: 3 improved, 4 unchanged, 1 worsened." (or why there is no
/// change yet).
QString changeSummaryText(const analysis::Progression& progress);

} // namespace tilltro::gui
