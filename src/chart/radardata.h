#pragma once

#include <QtGlobal>

#include <functional>
#include <optional>
#include <vector>

#include "core/domain/handlingsplan.h"
#include "core/domain/occasion.h"
#include "core/instrument/instrument.h"
#include "core/result.h"
#include "radarchart.h"

namespace tilltro::chart {

// The radar's data for one deltagare: which occasions are drawn, each one's values read through
// the instrument version it was made with, and the legend. The one builder behind the deltagare
// view and the printed handlingsplan, so paper shows what the screen showed. Plain values in;
// the instrument versions come from the caller (no storage here).
//
// An occasion whose instrument version cannot be read is an error, for every caller: the
// builder returns the reason and draws nothing, rather than reading the answers through some
// other version (e.g. the default instrument), which could silently put values on the wrong
// axes. The printed handlingsplan then fails with the message; the deltagare view shows it in
// place of the chart.

/// Finds the instrument version `occasion` was made with; an error when it cannot be read. The
/// instrument must stay valid until radarSeriesFor() returns (a cache the caller keeps).
using InstrumentLookup = std::function<Result<const Instrument*>(const Occasion&)>;

/// Which occasions the radar draws, and how.
struct RadarSelection {
    /// The occasions to draw, by id (drafts and unknown ids are never drawn; the order does not
    /// matter). std::nullopt: the default overlay (defaultOverlayIds()). An empty list draws
    /// nothing.
    std::optional<std::vector<qint64>> occasionIds;
    /// Besides the deltagare's rating at each occasion, the handledare's at the latest of them.
    bool bothPerspectives = false;
    /// A translucent fill for the latest deltagare series (none on paper: PDF/A-1 has no
    /// transparency).
    bool fillLatest = false;
};

/// The occasions the radar shows before anyone picks: analysis::defaultOverlay() (the first and
/// the latest completed occasion the deltagare took part in, one when there is one, none when
/// there is none), by id, in
/// the order of `occasions` (oldest first).
std::vector<qint64> defaultOverlayIds(const std::vector<Occasion>& occasions);

/// The radar's series for the completed occasions `selection` picks, in the order of
/// `occasions` (oldest first): the deltagare's rating at each (analysis::indicatorValues()
/// through radarValues(): a non-answer is a gap), labelled with its date, each in its own
/// style. With `bothPerspectives` the deltagare series are named "Participant <date>" and the
/// handledare's rating at the latest of them follows, "Case worker <date>", in a style none of
/// them has. An occasion the deltagare did not take part in (Occasion::deltagareAbsent) has no
/// deltagare series; when it is the latest picked, the handledare's series is of it. Fails,
/// drawing nothing, when `instrumentFor` cannot give the instrument version of
/// a drawn occasion (see the top of this file); the message names the occasion's date.
Result<std::vector<RadarSeriesData>> radarSeriesFor(const std::vector<Occasion>& occasions,
                                                    const RadarSelection& selection,
                                                    const InstrumentLookup& instrumentFor);

/// The radar's axes for `instrument`: one per indicator in instrument order, labelled in
/// `language`, BIP-significant ones marked, on the indicators' shared scale.
struct RadarAxes {
    QStringList labels;
    std::vector<bool> significant;
    double min = 1;
    double max = 10;
};
RadarAxes radarAxesFor(const Instrument& instrument, const QString& language);

/// The target marks of `plan`'s delmål: one per indicator a delmål with a target level aims to
/// move, on that indicator's axis of `instrument`, the delmål's text shown on hover. Indicators
/// the instrument does not have are left out.
std::vector<RadarTarget> radarTargetsFor(const Handlingsplan& plan, const Instrument& instrument);

} // namespace tilltro::chart
