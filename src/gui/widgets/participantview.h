#pragma once

#include <QWidget>

#include <map>
#include <memory>
#include <vector>

#include "core/domain/caseloadrow.h"
#include "core/domain/handledare.h"
#include "core/domain/insats.h"
#include "core/domain/occasion.h"
#include "core/domain/participant.h"
#include "core/instrument/instrument.h"
#include "core/result.h"
#include "report/reportoptions.h"

namespace Ui {
class ParticipantView;
}
class QLabel;
class QTabWidget;
class QUndoStack;

namespace tilltro {
namespace workspace {
class Workspace;
}
namespace chart {
class RadarChartView;
struct RadarTarget;
} // namespace chart
} // namespace tilltro

namespace tilltro::gui {

class PlanEditor;
class TimelineWidget;

/// The screen the handledare and the deltagare look at together: the header (code or name,
/// goal, handledare, next occasion due), the occasions (ticked ones are drawn on the radar) and
/// insatser on the left, the deltagare's BIP signals above the radar and the change table in the
/// centre, the handlingsplan on the right. Splitter sizes are remembered. The signals are for
/// the handledare: nothing printed from here (chartReportOptions()) carries them.
class ParticipantView : public QWidget {
    Q_OBJECT
public:
    ParticipantView(workspace::Workspace& ws, qint64 participantId, QWidget* parent = nullptr);
    ~ParticipantView() override;

    bool ok() const { return m_errorMessage.isEmpty(); }
    QString errorMessage() const { return m_errorMessage; }
    qint64 participantId() const { return m_participant.id; }
    /// The tab title: the code when identity is protected or no name was given.
    QString title() const { return m_participant.displayName(); }
    PlanEditor* planEditor() const { return m_planEditor; }
    chart::RadarChartView* chart() const { return m_chart; }
    QUndoStack* undoStack() const;
    /// The BIP signals shown above the chart: those of this deltagare's caseload row today.
    SignalSet shownSignals() const { return m_signalRow.bipSignals; }

    /// Reads everything again. Done by itself when the workspace says this deltagare changed.
    void reload();
    /// Ticks exactly these occasions (by id) for the chart.
    void setChartedOccasions(const std::vector<qint64>& occasionIds);
    std::vector<qint64> chartedOccasions() const;
    /// What the printed handlingsplan needs to draw the chart as shown: the charted occasions
    /// and whether both perspectives are on. Everything else keeps its default.
    report::ReportOptions chartReportOptions() const;

Q_SIGNALS:
    void undoStackChanged(QUndoStack* stack);
    /// Enter or double-click on an occasion.
    void openOccasionRequested(qint64 participantId, qint64 occasionId);
    /// title() changed (a new name, or the identity protected).
    void titleChanged();

protected:
    void resizeEvent(QResizeEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool load();
    void followWorkspace();
    /// Makes the change table exactly as tall as its header and rows, at most half the centre.
    void fitChangeTable();
    void fillHeader();
    void fillOccasions();
    void fillInsatser();
    /// The timeline tab: insatser, gaps, "Klara ett jobb", Målmedvetenhet and Tilltro.
    void fillTimeline();
    /// This deltagare's row of the workspace's caseload today: its signals and their counts.
    void loadSignals();
    /// The signals above the chart, each an icon and its word, the finding as its tooltip.
    void fillSignals();
    /// Adds (row -1), edits or ends an insats period in a dialog, then shows the list again.
    void editInsats(int row, bool ending);
    void updateChart();
    void updateChangeTable();
    /// The instrument version `occasion` was made with, loaded once; an error when it cannot be
    /// read (never the default instrument in its place).
    Result<const Instrument*> instrumentFor(const Occasion& occasion);

    std::unique_ptr<Ui::ParticipantView> m_ui;
    workspace::Workspace& m_ws;
    QString m_language;
    QString m_errorMessage;
    Participant m_participant;
    QString m_handledareName;
    Instrument m_instrument; ///< the default instrument: axes of the chart
    std::vector<Occasion> m_occasions;
    std::map<qint64, Instrument> m_instruments; ///< by stored instrument id
    std::vector<InsatsPeriod> m_insatser;
    CaseloadRow m_signalRow; ///< only the signals and their counts are used
    QString m_signalsError;  ///< why the signals could not be read, or empty
    QWidget* m_signalsWidget = nullptr;
    QTabWidget* m_chartTabs = nullptr;
    TimelineWidget* m_timeline = nullptr;
    PlanEditor* m_planEditor = nullptr;
    chart::RadarChartView* m_chart = nullptr;
    QLabel* m_chartErrorLabel = nullptr; ///< why the chart is empty, when it cannot be drawn
    bool m_axesSet = false;
    bool m_splittersRemembered = false;        ///< restored, or moved by the handledare
    std::vector<chart::RadarTarget> m_targets; ///< what the chart shows now
};

} // namespace tilltro::gui
