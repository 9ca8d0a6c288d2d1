#include "cli_common.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

#include <algorithm>

#include "core/analysis/statistics.h"
#include "core/clock.h"
#include "core/domain/insats.h"
#include "core/exchange/statisticsjson.h"
#include "core/instrument/instrument.h"
#include "report/statisticsreport.h"

using namespace Qt::StringLiterals;

namespace tilltro::cli {

namespace {

/// A summary to merge is a few kilobytes; anything near this is not one.
constexpr qint64 MaxSummaryBytes = 16 * 1024 * 1024;

/// The output options: at most one of --json, --csv, --output FILE.
Result<void> checkOutputChoice(const QCommandLineParser& parser, const QString& command)
{
    const int chosen =
        int(parser.isSet(u"json"_s)) + int(parser.isSet(u"csv"_s)) + int(parser.isSet(u"output"_s));
    if (chosen > 1) {
        return makeError(Error::Kind::Invalid,
                         QCoreApplication::translate(
                             "CommandLine", "%1: choose one of --json, --csv and --output.")
                             .arg(command));
    }
    if (parser.isSet(u"output"_s) && parser.value(u"output"_s).trimmed().isEmpty())
        return makeError(Error::Kind::Invalid, QCoreApplication::translate(
                                                   "CommandLine", "%1: --output needs a file name.")
                                                   .arg(command));
    return {};
}

void addOutputOptions(QCommandLineParser& parser)
{
    parser.addOptions(
        {jsonOption(),
         QCommandLineOption(
             u"csv"_s, QCoreApplication::translate(
                           "CommandLine", "The figures as CSV, one per line, on standard output.")),
         QCommandLineOption(u"output"_s,
                            QCoreApplication::translate(
                                "CommandLine", "The statistics as a PDF (replaced if it exists)."),
                            u"file"_s)});
}

void printLine(const QString& label, const QString& value)
{
    out() << label << u": "_s << value << u'\n';
}

/// The plain-text summary: the key figures and one line per indicator.
void printSummary(const analysis::UnitStatistics& s, const report::StatisticsLabels& labels)
{
    printLine(QCoreApplication::translate("CommandLine", "Period"), report::periodText(s));
    for (const QString& filter : labels.filters)
        out() << filter << u'\n';
    if (s.sources > 1)
        printLine(QCoreApplication::translate("CommandLine", "Summaries merged"),
                  QString::number(s.sources));
    printLine(QCoreApplication::translate("CommandLine", "Deltagare"),
              report::countText(s.participants));
    printLine(QCoreApplication::translate("CommandLine", "Completed assessments"),
              report::countText(s.occasions));
    printLine(QCoreApplication::translate("CommandLine", "With two assessments or more"),
              report::partText(s.withTwoOccasions, s.participants));
    printLine(QCoreApplication::translate("CommandLine", "Overdue at the end of the period"),
              report::partText(s.overdue, s.participants));
    printLine(QCoreApplication::translate("CommandLine", "Parallel insatser"),
              report::partText(s.parallelShare, s.participants));
    printLine(
        QCoreApplication::translate("CommandLine", "Job-oriented insats in parallel (BIP: 18 %)"),
        report::partText(s.parallelWithJobOrientedShare, s.participants));
    printLine(QCoreApplication::translate("CommandLine", "Changed handledare"),
              report::partText(s.handledareChangeShare, s.participants));
    out() << u'\n'
          << QCoreApplication::translate(
                 "CommandLine",
                 "Change per indicator (the deltagare's rating, latest minus first):")
          << u'\n';
    for (const analysis::IndicatorChange& c : s.indicators) {
        out() << u"  "_s << labels.indicator(c.key) << u": "_s;
        if (!c.median) {
            out() << u"n "_s << report::countText(c.n) << u'\n';
            continue;
        }
        out() << QCoreApplication::translate(
                     "CommandLine", "n %1, median %2, quartiles %3 to %4, up %5, same %6, down %7")
                     .arg(report::countText(c.n), report::changeText(c.median),
                          report::changeText(c.q1), report::changeText(c.q3),
                          report::partText(c.improved, c.n), report::partText(c.unchanged, c.n),
                          report::partText(c.worsened, c.n))
              << u'\n';
    }
    out() << report::hiddenExplanation() << u'\n';
    out().flush();
}

/// Writes the statistics as the options ask: JSON or CSV on standard output, a PDF, or the
/// plain-text summary.
int emit(const workspace::Workspace& ws, const QCommandLineParser& parser,
         const analysis::UnitStatistics& statistics, const QStringList& filters)
{
    if (parser.isSet(u"json"_s)) {
        out() << QString::fromUtf8(exchange::statisticsJson(statistics));
        out().flush();
        return Success;
    }
    report::StatisticsLabels labels = report::statisticsLabels(ws.insatsLists());
    labels.filters = filters;
    if (parser.isSet(u"csv"_s)) {
        out() << exchange::statisticsCsv(statistics, labels.indicator, labels.tilltro);
        out().flush();
        return Success;
    }
    if (parser.isSet(u"output"_s)) {
        const QString path = parser.value(u"output"_s);
        auto pdf = report::renderStatisticsPdf(statistics, labels);
        if (!pdf)
            return fail(pdf.errorMessage());
        if (auto written = ws.writeAnonymousFile(path, pdf.value()); !written)
            return fail(written.errorMessage());
        return done(QCoreApplication::translate("CommandLine", "Wrote the statistics to %1.")
                        .arg(QDir::toNativeSeparators(path)));
    }
    printSummary(statistics, labels);
    return Success;
}

Result<QDate> dateOption(const QCommandLineParser& parser, const QString& name)
{
    if (!parser.isSet(name))
        return QDate();
    const QString text = parser.value(name).trimmed();
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid() || text.size() != 10) {
        return makeError(
            Error::Kind::Invalid,
            QCoreApplication::translate(
                "CommandLine",
                "--%1 %2 is not a day of the calendar: write one as YYYY-MM-DD, e.g. 2026-01-31.")
                .arg(name, text));
    }
    return date;
}

int runStats(const QCommandLineParser& parser)
{
    if (auto choice = checkOutputChoice(parser, u"stats"_s); !choice)
        return fail(choice.errorMessage(), Usage);
    const auto from = dateOption(parser, u"from"_s);
    if (!from)
        return fail(from.errorMessage(), Usage);
    auto to = dateOption(parser, u"to"_s);
    if (!to)
        return fail(to.errorMessage(), Usage);
    const QDate today = Clock::today();
    analysis::StatisticsFilter filter;
    filter.from = from.value();
    filter.to = to.value().isValid() ? to.value() : today;
    if (filter.to > today) {
        return fail(
            QCoreApplication::translate(
                "CommandLine", "--to %1 is after today (%2): statistics cover what has happened.")
                .arg(filter.to.toString(Qt::ISODate), today.toString(Qt::ISODate)),
            Usage);
    }
    if (filter.from.isValid() && filter.from > filter.to) {
        return fail(QCoreApplication::translate("CommandLine", "--from %1 is after --to %2.")
                        .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)),
                    Usage);
    }
    workspace::Workspace ws;
    if (auto opened = ws.open(parser.value(u"database"_s), workspace::Access::ReadOnly,
                              workspace::Check::InBackground);
        !opened)
        return fail(opened.errorMessage());
    QStringList filters;
    if (parser.isSet(u"category"_s)) {
        // A category of the instrument the database uses (its own list, or the built-in one).
        const QString key = parser.value(u"category"_s).trimmed();
        const InsatsLists& lists = ws.insatsLists();
        const auto known = lists.categoriesWithBuiltIn();
        if (std::none_of(known.begin(), known.end(),
                         [&key](const InsatsCategoryDef& c) { return c.key == key; })) {
            QStringList keys;
            for (const InsatsCategoryDef& c : known)
                keys << c.key;
            return fail(QCoreApplication::translate(
                            "CommandLine", "--category %1 is not an insats category of %2: use "
                                           "one of %3.")
                            .arg(key, QDir::toNativeSeparators(parser.value(u"database"_s)),
                                 keys.join(u", "_s)),
                        Usage);
        }
        filter.category = key;
        filters << QCoreApplication::translate("CommandLine", "Insats: %1")
                       .arg(lists.categoryLabel(key, QLocale().name().left(2)));
    }
    if (parser.isSet(u"handledare"_s)) {
        const QString name = parser.value(u"handledare"_s).trimmed();
        const auto all = ws.handledare();
        if (!all)
            return fail(all.errorMessage());
        for (const Handledare& h : all.value()) {
            if (h.name.compare(name, Qt::CaseInsensitive) == 0)
                filter.handledareId = h.id;
        }
        if (filter.handledareId == 0) {
            return fail(
                QCoreApplication::translate("CommandLine", "No handledare in %1 is called %2.")
                    .arg(QDir::toNativeSeparators(parser.value(u"database"_s)), name),
                Usage);
        }
        filters.prepend(QCoreApplication::translate("CommandLine", "Handledare: %1").arg(name));
    }
    const auto statistics = ws.statistics(filter);
    if (!statistics)
        return fail(statistics.errorMessage());
    return emit(ws, parser, statistics.value(), filters);
}

int runStatsMerge(const QCommandLineParser& parser)
{
    if (auto choice = checkOutputChoice(parser, u"stats-merge"_s); !choice)
        return fail(choice.errorMessage(), Usage);
    const QStringList inputs = parser.values(u"input"_s);
    if (inputs.isEmpty())
        return fail(QCoreApplication::translate(
                        "CommandLine", "stats-merge needs --input FILE, once for each summary."),
                    Usage);
    std::vector<analysis::UnitStatistics> summaries;
    for (const QString& path : inputs) {
        const auto bytes = workspace::Workspace::readUserFile(path, MaxSummaryBytes);
        if (!bytes)
            return fail(bytes.errorMessage());
        auto summary = exchange::readStatisticsJson(bytes.value());
        if (!summary) {
            return fail(QCoreApplication::translate("CommandLine", "%1: %2 Nothing was merged.")
                            .arg(QDir::toNativeSeparators(path), summary.errorMessage()));
        }
        summaries.push_back(std::move(summary).value());
    }
    if (auto mergeable = analysis::mergeableSummaries(summaries); !mergeable)
        return fail(QCoreApplication::translate("CommandLine", "%1 Nothing was merged.")
                        .arg(mergeable.errorMessage()));
    const workspace::Workspace ws; // no database: only for writing the PDF
    return emit(ws, parser, analysis::mergeStatistics(summaries), {});
}

} // namespace

std::vector<Subcommand> statisticsCommands()
{
    Subcommand stats{
        u"stats"_s, QT_TRANSLATE_NOOP("CommandLine", "anonymous statistics for the unit"),
        [](QCommandLineParser& parser) {
            parser.addOptions(
                {QCommandLineOption(u"from"_s,
                                    QCoreApplication::translate(
                                        "CommandLine", "The first day of the period (YYYY-MM-DD); "
                                                       "without it, from the beginning."),
                                    u"date"_s),
                 QCommandLineOption(
                     u"to"_s,
                     QCoreApplication::translate("CommandLine",
                                                 "The last day of the period (YYYY-MM-DD); today "
                                                 "without it."),
                     u"date"_s),
                 QCommandLineOption(u"handledare"_s,
                                    QCoreApplication::translate(
                                        "CommandLine",
                                        "Only the deltagare this handledare was responsible for "
                                        "in the period."),
                                    u"name"_s),
                 QCommandLineOption(u"category"_s,
                                    QCoreApplication::translate(
                                        "CommandLine",
                                        "Only the deltagare who had an insats of this category "
                                        "in the period."),
                                    u"category"_s)});
            addOutputOptions(parser);
        },
        runStats};
    stats.drawsWithOutput = true;
    Subcommand merge{
        u"stats-merge"_s,
        QT_TRANSLATE_NOOP("CommandLine", "combine statistics summaries (stats --json)"),
        [](QCommandLineParser& parser) {
            parser.addOption(QCommandLineOption(
                u"input"_s,
                QCoreApplication::translate(
                    "CommandLine", "A summary written by stats --json; give it once for each."),
                u"file"_s));
            addOutputOptions(parser);
        },
        runStatsMerge};
    merge.drawsWithOutput = true;
    merge.needsDatabase = false;
    return {stats, merge};
}

} // namespace tilltro::cli
