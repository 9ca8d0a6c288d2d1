#pragma once

#include <QDate>
#include <QString>

#include <vector>

namespace tilltro::report {

/// What the handlingsplan document includes. Sensitive items (the answers to the questions the
/// instrument marks sensitive: Våld i nära relation, Riskbruk/missbruk; and the handledare's
/// notes) are out unless asked for.
struct ReportOptions {
    bool includeSensitive = false;
    /// Lättläst: larger type, more spacing, plain wording in headings.
    bool easyRead = false;
    /// The occasions drawn on the radar chart, by id (drafts are ignored). Empty: the first and
    /// the latest completed occasion, as the deltagare view shows by default.
    std::vector<qint64> chartOccasionIds;
    /// "Both views": besides the deltagare's rating at each charted occasion, the handledare's
    /// at the latest of them (see chart::radarSeriesFor()), as the deltagare view shows it.
    bool bothPerspectives = false;
    /// The handlingsplan to print, by id; 0: the latest.
    qint64 planId = 0;
    /// "sv", "en", ...: the language of instrument texts (indicator labels, answers). Empty: the
    /// UI language (QLocale()). The document's own words follow the installed translator.
    QString language;
    /// The print date on the document; invalid: Clock::today().
    QDate printDate;
};

} // namespace tilltro::report
