#include "radardata.h"

#include <QCoreApplication>

#include <algorithm>

#include "core/analysis/progression.h"

namespace tilltro::chart {

namespace {

class RadarData {
    Q_DECLARE_TR_FUNCTIONS(RadarData)
};

} // namespace

std::vector<qint64> defaultOverlayIds(const std::vector<Occasion>& occasions)
{
    std::vector<qint64> ids;
    for (const int index : analysis::defaultOverlay(occasions))
        ids.push_back(occasions[size_t(index)].id);
    return ids;
}

Result<std::vector<RadarSeriesData>> radarSeriesFor(const std::vector<Occasion>& occasions,
                                                    const RadarSelection& selection,
                                                    const InstrumentLookup& instrumentFor)
{
    const std::vector<qint64> ids =
        selection.occasionIds ? *selection.occasionIds : defaultOverlayIds(occasions);
    std::vector<RadarSeriesData> series;
    const Occasion* latest = nullptr;
    const Instrument* latestInstrument = nullptr;
    for (const Occasion& o : occasions) {
        if (o.state != OccasionState::Completed ||
            std::find(ids.begin(), ids.end(), o.id) == ids.end()) {
            continue;
        }
        // Without the deltagare there is no deltagare series (and no empty one in the legend);
        // the handledare's rating at that occasion is still the latest when both are shown.
        const QString date = o.date.toString(Qt::ISODate);
        auto instrument = instrumentFor(o);
        if (!instrument || !instrument.value()) {
            const QString reason = instrument ? QString() : instrument.errorMessage();
            return makeError(
                instrument ? Error::Kind::NotFound : instrument.error().kind,
                RadarData::tr("The assessment of %1 cannot be drawn: the instrument version it "
                              "was made with cannot be read. %2")
                    .arg(date, reason)
                    .trimmed());
        }
        latest = &o;
        latestInstrument = instrument.value();
        if (!analysis::inSeriesOf(o, Respondent::Deltagare))
            continue;
        RadarSeriesData s;
        // The words of the deltagare view (its translation context): paper and screen say the
        // same.
        s.label =
            selection.bothPerspectives
                ? QCoreApplication::translate("tilltro::gui::ParticipantView", "Participant %1")
                      .arg(date)
                : date;
        s.date = o.date;
        s.values =
            radarValues(analysis::indicatorValues(*instrument.value(), o, Respondent::Deltagare));
        s.style = int(series.size());
        series.push_back(std::move(s));
    }
    if (!latest)
        return series;
    if (!series.empty())
        series.back().filled = selection.fillLatest;
    if (selection.bothPerspectives) {
        RadarSeriesData s;
        s.label = QCoreApplication::translate("tilltro::gui::ParticipantView", "Case worker %1")
                      .arg(latest->date.toString(Qt::ISODate));
        s.date = latest->date;
        s.values = radarValues(
            analysis::indicatorValues(*latestInstrument, *latest, Respondent::Handledare));
        s.style = int(series.size());
        series.push_back(std::move(s));
    }
    return series;
}

RadarAxes radarAxesFor(const Instrument& instrument, const QString& language)
{
    RadarAxes axes;
    const auto scale = analysis::indicatorScale(instrument);
    axes.min = scale.min;
    axes.max = scale.max;
    for (const Indicator& indicator : instrument.indicators()) {
        axes.labels << indicator.label.text(language);
        axes.significant.push_back(indicator.bipSignificant);
    }
    return axes;
}

std::vector<RadarTarget> radarTargetsFor(const Handlingsplan& plan, const Instrument& instrument)
{
    std::vector<RadarTarget> targets;
    const auto& indicators = instrument.indicators();
    for (const Delmal& d : plan.delmal) {
        if (!d.targetLevel)
            continue;
        for (const QString& key : d.indicators) {
            for (size_t axis = 0; axis < indicators.size(); ++axis) {
                if (indicators[axis].key == key)
                    targets.push_back({int(axis), double(*d.targetLevel), d.what});
            }
        }
    }
    return targets;
}

} // namespace tilltro::chart
