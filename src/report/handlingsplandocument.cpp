#include "handlingsplandocument.h"

#include <QCoreApplication>
#include <QImageReader>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <map>

#include "core/analysis/versioncomparison.h"
#include "core/clock.h"
#include "core/instrument/instrument.h"
#include "core/storage/database.h"
#include "core/storage/handledarerepository.h"
#include "core/storage/insatsrepository.h"
#include "core/storage/instrumentrepository.h"
#include "core/storage/occasionrepository.h"
#include "core/storage/participantrepository.h"
#include "core/storage/planrepository.h"
#include "pagedocument.h"

using namespace tilltro::storage;

using namespace Qt::StringLiterals;

namespace tilltro::report {

namespace {

/// The longest side of a logo as read: plenty for print at the few centimetres it takes.
constexpr int MaxLogoPixels = 1200;

/// The logo on white: PDF/A-1 allows no transparency, and a logo on paper is on white anyway.
QImage readLogo(const QString& path)
{
    if (path.trimmed().isEmpty())
        return {};
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QSize size = reader.size();
    if (size.isValid() && std::max(size.width(), size.height()) > MaxLogoPixels) {
        size.scale(MaxLogoPixels, MaxLogoPixels, Qt::KeepAspectRatio);
        reader.setScaledSize(size);
    } else if (!size.isValid()) {
        reader.setScaledSize(QSize(MaxLogoPixels / 2, MaxLogoPixels / 2)); // e.g. SVG
    }
    const QImage image = reader.read();
    if (image.isNull())
        return {};
    QImage flat(image.size(), QImage::Format_RGB32);
    flat.fill(Qt::white);
    QPainter painter(&flat);
    painter.drawImage(0, 0, image);
    painter.end();
    return flat;
}

/// An answer as text in `language`: the number, the option's label or the non-answer's label.
QString answerText(const Instrument& instrument, const Question& question, const Answer& answer,
                   const QString& language)
{
    if (answer.value)
        return QString::number(*answer.value);
    if (answer.code.isEmpty())
        return {};
    for (const ScaleOption& option : question.scale.options) {
        if (option.key == answer.code)
            return option.label.text(language);
    }
    if (const NonAnswerDef* nonAnswer = instrument.nonAnswer(answer.code))
        return nonAnswer->label.text(language);
    return answer.code;
}

} // namespace

QString changeText(std::optional<int> change, analysis::Direction direction)
{
    if (!change)
        return u"–"_s;
    QString arrow;
    switch (direction) {
    case analysis::Direction::Improved:
        arrow = u"↑"_s;
        break;
    case analysis::Direction::Worsened:
        arrow = u"↓"_s;
        break;
    case analysis::Direction::Unchanged:
        arrow = u"→"_s;
        break;
    case analysis::Direction::Unknown:
        break;
    }
    // A real minus sign: a hyphen is easily lost or read as a dash on paper.
    const QString number = *change > 0   ? u"+%1"_s.arg(*change)
                           : *change < 0 ? u"−%1"_s.arg(-*change)
                                         : u"0"_s;
    return arrow.isEmpty() ? number : QString(arrow + u' ' + number);
}

QString valueText(std::optional<int> value)
{
    return value ? QString::number(*value) : u"–"_s;
}

QString HandlingsplanDocument::title() const
{
    return Report::tr("Action plan %1").arg(participantCode);
}

QString HandlingsplanDocument::suggestedFileName() const
{
    return Report::tr("Action plan %1 %2.pdf")
        .arg(fileNamePart(participantCode), options.printDate.toString(Qt::ISODate));
}

Result<HandlingsplanDocument> HandlingsplanDocument::build(Database& db, qint64 participantId,
                                                           const ReportOptions& options)
{
    HandlingsplanDocument doc;
    doc.options = options;
    if (doc.options.language.isEmpty())
        doc.options.language = QLocale().name().left(2);
    if (!doc.options.printDate.isValid())
        doc.options.printDate = Clock::today();
    const QString language = doc.options.language;

    auto found = ParticipantRepository(db).byId(participantId);
    if (!found)
        return found.error();
    if (!found.value()) {
        return makeError(Error::Kind::NotFound, Report::tr("The participant no longer exists."));
    }
    const Participant& participant = *found.value();
    doc.participantId = participant.id;
    doc.participantCode = participant.code;
    doc.identityProtected = participant.protectedIdentity;
    if (!participant.protectedIdentity) {
        doc.participantName = participant.name;
        doc.personnummer = participant.personnummer;
    }

    QString handledareOrganisation;
    if (participant.handledareId) {
        auto h = HandledareRepository(db).byId(participant.handledareId);
        if (!h)
            return h.error();
        if (h.value()) {
            doc.handledare = h.value()->name;
            handledareOrganisation = h.value()->organisation;
        }
    }
    SettingsRepository settings(db);
    auto organisation = settings.value(QString::fromLatin1(OrganisationNameKey));
    if (!organisation)
        return organisation.error();
    doc.organisationName = organisation.value() && !organisation.value()->trimmed().isEmpty()
                               ? *organisation.value()
                               : handledareOrganisation;
    auto logo = settings.value(QString::fromLatin1(OrganisationLogoKey));
    if (!logo)
        return logo.error();
    if (logo.value())
        doc.logo = readLogo(*logo.value());

    auto loadedOccasions = OccasionRepository(db).forParticipant(participant.id);
    if (!loadedOccasions)
        return loadedOccasions.error();
    const std::vector<Occasion>& occasions = loadedOccasions.value();
    auto plans = PlanRepository(db).forParticipant(participant.id);
    if (!plans)
        return plans.error();

    auto defaultInstrument = Instrument::loadDefault();
    if (!defaultInstrument)
        return defaultInstrument.error();
    const Instrument& instrument = defaultInstrument.value();
    // Each occasion is read through the instrument version it was made with.
    std::map<qint64, Instrument> versions;
    InstrumentRepository instruments(db);
    auto instrumentFor = [&](const Occasion& o) -> Result<const Instrument*> {
        if (auto it = versions.find(o.instrumentId); it != versions.end())
            return &it->second;
        auto loaded = instruments.load(o.instrumentId);
        if (!loaded)
            return loaded.error();
        return &versions.emplace(o.instrumentId, std::move(loaded).value()).first->second;
    };

    // The plan: the one asked for, else the latest.
    const Handlingsplan* plan = nullptr;
    for (const Handlingsplan& p : plans.value()) {
        if (options.planId == 0 || p.id == options.planId)
            plan = &p;
    }
    if (options.planId != 0 && !plan) {
        return makeError(Error::Kind::NotFound, Report::tr("The action plan no longer exists."));
    }

    // The occasion the document is about: the plan's, else the latest completed one.
    const Occasion* occasion = nullptr;
    for (const Occasion& o : occasions) {
        if (plan && plan->occasionId != 0) {
            if (o.id == plan->occasionId)
                occasion = &o;
        } else if (o.state == OccasionState::Completed) {
            occasion = &o;
        }
    }
    if (occasion)
        doc.occasionDate = occasion->date;

    // The indicator labels, by key, in the document's language.
    std::map<QString, QString> labels;
    for (const Indicator& indicator : instrument.indicators())
        labels[indicator.key] = indicator.label.text(language);

    if (plan) {
        doc.hasPlan = true;
        doc.planId = plan->id;
        doc.goalType = plan->goalType;
        doc.goalText = plan->goalText;
        doc.nextMeeting = plan->nextMeeting;
        for (const Delmal& d : plan->delmal) {
            ReportDelmal entry{d, {}};
            for (const QString& key : d.indicators) {
                const auto it = labels.find(key);
                entry.indicatorLabels << (it != labels.end() ? it->second : key);
            }
            doc.delmal.push_back(std::move(entry));
        }
    } else {
        doc.goalType = participant.goalType;
    }

    // What runs alongside the plan on the day it is printed.
    auto insatser = InsatsRepository(db).forParticipant(participant.id);
    if (!insatser)
        return insatser.error();
    for (const InsatsPeriod& i : insatser.value()) {
        if (i.isRunningOn(doc.options.printDate))
            doc.runningInsatser.push_back(i);
    }
    // Named as everywhere else: with the lists of the instrument new occasions use.
    if (auto current = InstrumentRepository(db).forNewOccasions())
        doc.insatsLists = current.value().insatsLists();
    std::stable_sort(
        doc.runningInsatser.begin(), doc.runningInsatser.end(),
        [](const InsatsPeriod& a, const InsatsPeriod& b) { return a.start < b.start; });

    // The chart: the deltagare's own rating at the chosen occasions (never an occasion the
    // deltagare did not take part in, see chart::radarSeriesFor()).
    chart::RadarAxes axes = chart::radarAxesFor(instrument, language);
    doc.chart.min = axes.min;
    doc.chart.max = axes.max;
    doc.chart.axes = std::move(axes.labels);
    doc.chart.significant = std::move(axes.significant);
    // What the deltagare view draws (by default its default overlay), without its translucent
    // fill: PDF/A-1 has no transparency, and outlines print better. An occasion whose
    // instrument version cannot be read fails the document (see chart/radardata.h).
    chart::RadarSelection selection;
    if (!options.chartOccasionIds.empty())
        selection.occasionIds = options.chartOccasionIds;
    selection.bothPerspectives = options.bothPerspectives;
    auto series = chart::radarSeriesFor(occasions, selection, instrumentFor);
    if (!series)
        return series.error();
    doc.chart.series = std::move(series).value();
    if (options.bothPerspectives && !doc.chart.series.empty())
        doc.chart.handledareDate = doc.chart.series.back().date;
    if (plan)
        doc.chart.targets = chart::radarTargetsFor(*plan, instrument);

    // The change table, over every completed occasion the deltagare took part in.
    analysis::ProgressionOptions progressionOptions;
    progressionOptions.bipSignificantFirst = true;
    const auto progress = analysis::progression(instrument, occasions, progressionOptions);
    doc.changes.countedOccasions = progress.countedOccasions;
    if (progress.firstOccasion)
        doc.changes.first = progress.firstOccasion->date;
    if (progress.previousOccasion && progress.countedOccasions > 1)
        doc.changes.previous = progress.previousOccasion->date;
    if (progress.latestOccasion)
        doc.changes.latest = progress.latestOccasion->date;
    std::vector<const Instrument*> answeredWith;
    for (const qint64 id : analysis::comparedInstrumentIds(occasions)) {
        Occasion counted;
        counted.instrumentId = id;
        auto version = instrumentFor(counted);
        if (!version)
            return version.error();
        answeredWith.push_back(version.value());
    }
    doc.changes.versionNote =
        analysis::versionComparisonText(analysis::compareVersions(answeredWith));
    doc.changes.countsSincePrevious = progress.countsSincePrevious;
    doc.changes.countsSinceFirst = progress.countsSinceFirst;
    for (const auto& row : progress.rows) {
        const Indicator& indicator = instrument.indicators()[size_t(row.indicatorIndex)];
        doc.changes.rows.push_back({indicator.label.text(language), row.bipSignificant, row.first,
                                    row.previous, row.latest, row.changeSincePrevious,
                                    row.changeSinceFirst, row.sincePrevious, row.sinceFirst});
    }

    // Sensitive items are read only when asked for, so they cannot be printed by mistake.
    if (options.includeSensitive && occasion) {
        auto version = instrumentFor(*occasion);
        if (!version)
            return version.error();
        const Instrument& used = *version.value();
        for (const Question& q : used.questions()) {
            if (!q.sensitive)
                continue;
            const auto it = occasion->answers.find(q.key);
            doc.sensitiveAnswers.push_back(
                {q.label.text(language), it == occasion->answers.end()
                                             ? QString()
                                             : answerText(used, q, it->second, language)});
        }
        doc.notes = occasion->notes;
    }
    return doc;
}

QString delmalStatusText(DelmalStatus status)
{
    switch (status) {
    case DelmalStatus::EjPaborjat:
        return Report::tr("Not started");
    case DelmalStatus::Pagar:
        return Report::tr("In progress");
    case DelmalStatus::Uppnatt:
        return Report::tr("Achieved");
    case DelmalStatus::DelvisUppnatt:
        return Report::tr("Partly achieved");
    case DelmalStatus::EjUppnatt:
        return Report::tr("Not achieved");
    }
    return {};
}

QString responsibleText(Responsible responsible)
{
    switch (responsible) {
    case Responsible::Deltagare:
        return Report::tr("The participant");
    case Responsible::Handledare:
        return Report::tr("The case worker");
    case Responsible::Annan:
        return Report::tr("Other");
    }
    return {};
}

} // namespace tilltro::report
