#pragma once

#include <QDate>
#include <QImage>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

#include "chart/radarchart.h"
#include "chart/radardata.h"
#include "core/analysis/progression.h"
#include "core/domain/handlingsplan.h"
#include "core/domain/insats.h"
#include "core/domain/occasion.h"
#include "core/instrument/instrument.h"
#include "core/result.h"
#include "reportoptions.h"

namespace tilltro::storage {
class Database;
}

namespace tilltro::report {

/// Settings keys (SettingsRepository) the document reads.
inline constexpr auto OrganisationNameKey = "organisation_name";
inline constexpr auto OrganisationLogoKey = "organisation_logo"; ///< a path to an image file

/// The radar chart as the document draws it: plain values for RadarChartView.
struct ReportChart {
    QStringList axes;              ///< indicator labels, instrument order
    std::vector<bool> significant; ///< BIP-significant, per axis
    double min = 1;
    double max = 10;
    /// chart::radarSeriesFor() of the charted occasions: one per occasion, oldest first, and with
    /// both perspectives the handledare's at the latest last.
    std::vector<chart::RadarSeriesData> series;
    /// With both perspectives: the date of the occasion the handledare's series is from.
    QDate handledareDate;
    std::vector<chart::RadarTarget> targets; ///< delmål target levels

    bool isEmpty() const { return axes.size() < 3 || series.empty(); }
};

/// One row of the change table.
struct ReportChangeRow {
    QString indicator;
    bool significant = false;
    std::optional<int> first;
    std::optional<int> previous;
    std::optional<int> latest;
    std::optional<int> sincePrevious;
    std::optional<int> sinceFirst;
    analysis::Direction directionSincePrevious = analysis::Direction::Unknown;
    analysis::Direction directionSinceFirst = analysis::Direction::Unknown;
};

/// The change table: first / previous / latest completed occasion per indicator, BIP-significant
/// indicators first. Never a total.
struct ReportChangeTable {
    QDate first;    ///< date of the first column; invalid when there is no occasion
    QDate previous; ///< invalid when there is no previous occasion
    QDate latest;
    int countedOccasions = 0;
    std::vector<ReportChangeRow> rows;
    analysis::DirectionCounts countsSincePrevious;
    analysis::DirectionCounts countsSinceFirst;
    /// Set when the counted occasions were answered with instrument versions whose indicators
    /// differ: the sentence that only the shared ones are compared (analysis/versioncomparison).
    QString versionNote;
};

/// A delmål with the labels of the indicators it should move, in the document's language.
struct ReportDelmal {
    Delmal delmal;
    QStringList indicatorLabels;
};

/// A sensitive question and its answer as text (e.g. "Våld i nära relation", "Nej").
struct ReportSensitiveAnswer {
    QString question;
    QString answer; ///< empty: not answered
};

/// Everything the printed handlingsplan shows, read once from the database: a value that can be
/// painted any number of times (PDF, print, print preview) without touching the database again.
///
/// What the options leave out is never read into it: without includeSensitive there are no
/// sensitive answers and no notes; with protected identity there is no name and no
/// personnummer (only the code), so nothing downstream can print them by mistake.
struct HandlingsplanDocument {
    ReportOptions options; ///< as asked, with language and print date filled in
    qint64 participantId = 0;
    QString participantCode;
    QString participantName; ///< empty when identity is protected or no name was given
    QString personnummer;    ///< empty when identity is protected or none was given
    bool identityProtected = false;
    QString handledare;       ///< the responsible handledare's name; may be empty
    QString organisationName; ///< settings "organisation_name", else the handledare's
    QImage logo;              ///< settings "organisation_logo"; null when none or unreadable

    QDate occasionDate; ///< the occasion the plan was agreed at, else the latest completed
    bool hasPlan = false;
    qint64 planId = 0;
    GoalType goalType = GoalType::Arbete;
    QString goalText;
    std::vector<ReportDelmal> delmal;
    QDate nextMeeting; ///< the next meeting agreed in the plan; invalid: none agreed
    /// The insatser running on the print date (InsatsPeriod::isRunningOn()), by start date.
    std::vector<InsatsPeriod> runningInsatser;
    /// What names their categories (the instrument's lists).
    InsatsLists insatsLists = InsatsLists::defaults();

    ReportChart chart;
    ReportChangeTable changes;

    std::vector<ReportSensitiveAnswer> sensitiveAnswers; ///< only with includeSensitive
    QString notes; ///< the handledare's notes of the occasion; only with includeSensitive

    /// Reads participant `participantId` from `db` (read-only: any Access works). Fails with
    /// NotFound when there is no such deltagare, and with the storage error when reading fails.
    static Result<HandlingsplanDocument> build(storage::Database& db, qint64 participantId,
                                               const ReportOptions& options = {});

    /// "Handlingsplan D-0012": the document's title (PDF metadata, window titles). Names the
    /// code, never the name, since metadata travels with the file.
    QString title() const;
    /// "Handlingsplan D-0012 2026-11-24.pdf": a file name for a save dialog.
    QString suggestedFileName() const;
};

/// Text of a change: an arrow and the signed difference ("↑ +2", "→ 0", "↓ −1"); "–" when there
/// is none. Arrows and signs carry the direction, never colour alone.
QString changeText(std::optional<int> change, analysis::Direction direction);
/// A delmål status in words ("Pågår"): the same on screen and on paper.
QString delmalStatusText(DelmalStatus status);
/// Who is responsible for a delmål, in words ("The participant"): the same in the handlingsplan
/// and in the register extract.
QString responsibleText(Responsible responsible);
/// A value, or "–" for none (a non-answer is never shown as 0).
QString valueText(std::optional<int> value);

} // namespace tilltro::report
