#include "handlingsplanreport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QPageLayout>
#include <QPainter>
#include <QPolarChart>
#include <QPrinter>

#include <algorithm>
#include <cmath>
#include <memory>

#include "chart/radarchart.h"
#include "core/storage/auditlog.h"
#include "core/storage/database.h"
#include "core/storage/filesafety.h"
#include "flowlayout.h"
#include "pagedocument.h"

using namespace tilltro::storage;

using namespace Qt::StringLiterals;

namespace tilltro::report {

namespace {

/// Sizes and spacing: the ordinary document, or lättläst (larger type, more air).
struct Styles {
    TextStyle body;
    TextStyle bodyBold;
    TextStyle muted;
    TextStyle title;
    TextStyle heading;
    TextStyle cell;
    TextStyle cellBold;
    TextStyle cellMuted;
    TextStyle footer;
    TextStyle warning;
    double sectionSpace = pt(14);
    double paragraphSpace = pt(4);
    double cellPadding = pt(3);
    QSizeF chartLayout;       ///< logical pixels the chart is laid out at
    int chartFontPixels = 13; ///< the chart's base font, in those pixels
    double chartWidth = 1;    ///< of the column; the height follows the layout's proportions
};

Styles stylesFor(bool easyRead)
{
    Styles s;
    const double base = easyRead ? 13 : 10;
    const double spacing = easyRead ? 1.5 : 1.2;
    s.body = {base, false, false, TextColour, spacing};
    s.bodyBold = {base, true, false, TextColour, spacing};
    s.muted = {base * 0.9, false, false, MutedColour, spacing};
    s.title = {easyRead ? 26.0 : 22.0, true, false, HeadingColour, 1.1};
    s.heading = {easyRead ? 17.0 : 13.0, true, false, HeadingColour, 1.1};
    s.cell = {base * 0.95, false, false, TextColour, spacing};
    s.cellBold = {base * 0.95, true, false, TextColour, spacing};
    s.cellMuted = {base * 0.85, false, false, MutedColour, spacing};
    s.footer = {easyRead ? 10.0 : 8.0, false, false, MutedColour, 1.1};
    s.warning = {base, true, false, WarningColour, spacing};
    s.sectionSpace = pt(easyRead ? 22 : 14);
    s.paragraphSpace = pt(easyRead ? 8 : 4);
    s.cellPadding = pt(easyRead ? 5 : 3);
    // The chart is laid out in logical pixels and scaled to the column; a smaller layout
    // means larger type on paper. Wider than 5:4 puts the legend beside the radar; easy-read
    // keeps it under, where its larger type has room.
    s.chartLayout = easyRead ? QSizeF(720, 470) : QSizeF(680, 380);
    s.chartFontPixels = easyRead ? 20 : 13;
    s.chartWidth = 1.0;
    return s;
}

QString goalTypeText(GoalType type)
{
    return type == GoalType::Studier ? Report::tr("Studies") : Report::tr("Work");
}

/// A laid-out handlingsplan: the pages, and what the painted blocks draw with.
struct Layout : PagedLayout {
    Styles styles;
    std::unique_ptr<chart::RadarChartView> chart;
};

/// The radar chart as the deltagare view draws it, with the document's font.
std::unique_ptr<chart::RadarChartView> makeChart(const ReportChart& data, const Styles& styles)
{
    auto view = std::make_unique<chart::RadarChartView>();
    QFont font = documentFamily();
    font.setPixelSize(styles.chartFontPixels);
    view->setFont(font);
    // Laid out once, at the size it is drawn at: the chart lays out again on every change, and
    // does nothing until it has axes, so the size and the axes come first and last.
    view->polarChart()->resize(styles.chartLayout);
    view->setTargets(data.targets);
    view->setSeries(data.series);
    view->setAxes(data.axes, data.significant, data.min, data.max);
    return view;
}

using CellText = FlowBuilder::CellText;
using CellContent = FlowBuilder::CellContent;

void addHeader(FlowBuilder& flow, const HandlingsplanDocument& doc, const Styles& s)
{
    // Organisation: the logo and the name on one line above the title.
    if (!doc.logo.isNull() || !doc.organisationName.trimmed().isEmpty()) {
        const double logoHeight = doc.logo.isNull() ? 0.0 : pt(s.title.points * 1.8);
        const double logoWidth =
            doc.logo.isNull() ? 0.0
                              : std::min(flow.width() * 0.35, logoHeight * doc.logo.width() /
                                                                  std::max(1, doc.logo.height()));
        const double textX = logoWidth > 0 ? logoWidth + pt(10) : 0.0;
        TextStyle orgStyle = s.bodyBold;
        orgStyle.colour = MutedColour;
        const TextBlock name = flow.text(doc.organisationName, orgStyle, flow.width() - textX);
        const double height = std::max(logoHeight, name.height());
        const QImage logo = doc.logo;
        flow.block(height, [logo, logoWidth, logoHeight, textX, name, height](QPainter* p,
                                                                              const QPointF& at) {
            if (!logo.isNull()) {
                p->drawImage(QRectF(at, QSizeF(logoWidth, logoHeight)), logo);
            }
            name.draw(p, at + QPointF(textX, (height - name.height()) / 2));
        });
    }
    flow.heading(Report::tr("Action plan"), s.title, pt(6));
    QStringList dates;
    if (doc.occasionDate.isValid())
        dates << Report::tr("Assessment %1").arg(dateText(doc.occasionDate));
    dates << Report::tr("Printed %1").arg(dateText(doc.options.printDate));
    flow.paragraph(dates.join(u"  ·  "_s), s.muted);
    // What was agreed at the meeting, where the deltagare looks first.
    if (doc.nextMeeting.isValid()) {
        flow.paragraph(Report::tr("Next meeting: %1").arg(dateText(doc.nextMeeting)), s.bodyBold,
                       s.paragraphSpace);
    }
    if (doc.options.includeSensitive) {
        flow.paragraph(Report::tr("Contains sensitive information. Keep it confidential."),
                       s.warning, s.paragraphSpace);
    }
}

/// Rows of a bold label and its value, without rules and kept together on one page: the labels
/// as wide as the widest, at most `maxLabelShare` of the column.
void addLabelledRows(FlowBuilder& flow, const std::vector<std::vector<CellContent>>& rows,
                     const Styles& s, double maxLabelShare, double spaceBefore)
{
    FlowBuilder::TableStyle style;
    style.padding = pt(1.5);
    style.rule = QColor();
    style.cellGap = 0;
    double labelWidth = 0;
    for (const auto& r : rows)
        labelWidth = std::max(labelWidth, flow.textWidth(r[0][0].text, s.cellBold));
    labelWidth = std::min(labelWidth + pt(12), flow.width() * maxLabelShare);
    flow.table({{0, Qt::AlignLeft, labelWidth}, {1, Qt::AlignLeft}}, {}, rows, style, spaceBefore,
               true);
}

void addParticipant(FlowBuilder& flow, const HandlingsplanDocument& doc, const Styles& s)
{
    std::vector<std::vector<CellContent>> rows;
    const auto field = [&](const QString& label, const QString& value) {
        rows.push_back({{CellText{label, s.cellBold}}, {CellText{value, s.cell}}});
    };
    // With protected identity only the code is printed; not even that it is protected, since
    // that itself tells something about the person.
    if (!doc.participantName.isEmpty())
        field(Report::tr("Participant"), doc.participantName);
    field(Report::tr("Code"), doc.participantCode);
    if (!doc.personnummer.isEmpty())
        field(Report::tr("Personal identity number"), doc.personnummer);
    if (!doc.handledare.isEmpty())
        field(Report::tr("Case worker"), doc.handledare);
    addLabelledRows(flow, rows, s, 0.4, s.paragraphSpace * 2);
}

void addGoal(FlowBuilder& flow, const HandlingsplanDocument& doc, const Styles& s, bool easyRead)
{
    flow.heading(easyRead ? Report::tr("Your goal") : Report::tr("Goal"), s.heading,
                 s.sectionSpace);
    if (!doc.hasPlan) {
        flow.paragraph(Report::tr("No action plan yet."), s.body);
        return;
    }
    const QString type = goalTypeText(doc.goalType);
    if (doc.goalText.trimmed().isEmpty()) {
        flow.paragraph(type, s.bodyBold);
        return;
    }
    const QString prefix = type + u": "_s;
    flow.paragraph(prefix + doc.goalText, s.body, 0, 0, int(prefix.size()));
}

void addChart(FlowBuilder& flow, Layout& layout, const HandlingsplanDocument& doc, const Styles& s,
              bool easyRead)
{
    flow.heading(easyRead ? Report::tr("How you rated yourself") : Report::tr("Ratings"), s.heading,
                 s.sectionSpace);
    if (doc.chart.isEmpty()) {
        flow.paragraph(Report::tr("No completed assessment yet."), s.body);
        return;
    }
    flow.paragraph(doc.chart.handledareDate.isValid()
                       ? Report::tr("The participant's own rating and the case worker's rating "
                                    "from %3, from %1 (not at all) to %2 (fully).")
                             .arg(doc.chart.min)
                             .arg(doc.chart.max)
                             .arg(doc.chart.handledareDate.toString(Qt::ISODate))
                       : Report::tr("The participant's own rating, from %1 (not at all) to %2 "
                                    "(fully).")
                             .arg(doc.chart.min)
                             .arg(doc.chart.max),
                   s.muted, 0, 0, 0, true);
    layout.chart = makeChart(doc.chart, s);
    chart::RadarChartView* view = layout.chart.get();
    const QSizeF layoutSize = s.chartLayout;
    const double width = flow.width() * s.chartWidth;
    const double height = width * layoutSize.height() / layoutSize.width();
    const double left = (flow.width() - width) / 2;
    flow.block(
        height,
        [view, layoutSize, left, width, height](QPainter* p, const QPointF& at) {
            view->renderTo(p, QRectF(at + QPointF(left, 0), QSizeF(width, height)), layoutSize);
        },
        s.paragraphSpace);
}

void addChanges(FlowBuilder& flow, const HandlingsplanDocument& doc, const Styles& s, bool easyRead)
{
    const ReportChangeTable& t = doc.changes;
    if (t.countedOccasions == 0 || t.rows.empty())
        return;
    flow.heading(easyRead ? Report::tr("What has changed") : Report::tr("Change per indicator"),
                 s.heading, s.sectionSpace);
    const auto headerCell = [&](const QString& label, const QDate& date) {
        CellContent cell{CellText{label, s.cellBold}};
        if (date.isValid())
            cell.push_back(CellText{dateText(date), s.cellMuted});
        return cell;
    };
    std::vector<CellContent> header{{CellText{Report::tr("Indicator"), s.cellBold}},
                                    headerCell(Report::tr("First"), t.first)};
    if (!easyRead)
        header.push_back(headerCell(Report::tr("Previous"), t.previous));
    header.push_back(headerCell(Report::tr("Latest"), t.latest));
    if (!easyRead)
        header.push_back({CellText{Report::tr("Since previous"), s.cellBold}});
    header.push_back(
        {CellText{easyRead ? Report::tr("Change") : Report::tr("Since first"), s.cellBold}});
    std::vector<std::vector<CellContent>> rows;
    for (const ReportChangeRow& r : t.rows) {
        const QString name = r.significant ? u"★ "_s + r.indicator : r.indicator;
        std::vector<CellContent> row{{CellText{name, r.significant ? s.cellBold : s.cell}},
                                     {CellText{valueText(r.first), s.cell}}};
        if (!easyRead)
            row.push_back({CellText{valueText(r.previous), s.cell}});
        row.push_back({CellText{valueText(r.latest), s.cell}});
        if (!easyRead)
            row.push_back(
                {CellText{changeText(r.sincePrevious, r.directionSincePrevious), s.cell}});
        row.push_back({CellText{changeText(r.sinceFirst, r.directionSinceFirst), s.cell}});
        rows.push_back(std::move(row));
    }
    FlowBuilder::TableStyle style;
    style.padding = s.cellPadding;
    style.zebra = QColor(0xf4, 0xf4, 0xf4);
    // The value columns alike: as wide as a date or the longest word of a header (a header may
    // wrap between its words, "Since / previous", never inside one); the indicator the rest.
    double valueWidth = flow.textWidth(u"8888-88-88"_s, s.cellMuted) + pt(4);
    for (size_t c = 1; c < header.size(); ++c) {
        for (const QString& word : header[c].front().text.split(u' ', Qt::SkipEmptyParts))
            valueWidth = std::max(valueWidth, flow.textWidth(word, s.cellBold) + pt(2));
    }
    std::vector<FlowBuilder::Column> columns{{1, Qt::AlignLeft}};
    for (size_t c = 1; c < header.size(); ++c)
        columns.push_back({0, Qt::AlignHCenter, valueWidth});
    flow.table(columns, header, rows, style, s.paragraphSpace, true);

    QString summary;
    if (t.countedOccasions < 2) {
        summary = Report::tr("Change shows from the second completed assessment.");
    } else if (easyRead) {
        const auto& c = t.countsSinceFirst;
        summary = Report::tr("Since the first assessment: %1 better, %2 the same, %3 worse.")
                      .arg(c.improved)
                      .arg(c.unchanged)
                      .arg(c.worsened);
    } else {
        const auto& c = t.countsSincePrevious;
        summary = Report::tr("Since the previous assessment: %1 improved, %2 unchanged, %3 "
                             "worsened.")
                      .arg(c.improved)
                      .arg(c.unchanged)
                      .arg(c.worsened);
    }
    flow.paragraph(summary, s.muted, s.paragraphSpace);
    if (!t.versionNote.isEmpty())
        flow.paragraph(t.versionNote, s.muted, s.paragraphSpace);
    flow.paragraph(easyRead ? Report::tr("★ Especially important for getting a job.")
                            : Report::tr("★ BIP indicator: linked to getting work."),
                   s.muted);
}

CellContent delmalCell(const ReportDelmal& entry, const HandlingsplanDocument& doc, const Styles& s,
                       bool easyRead)
{
    const Delmal& d = entry.delmal;
    CellContent cell;
    cell.push_back(CellText{d.what, s.cellBold});
    const auto labelled = [&](const QString& label, const QString& text) {
        const QString prefix = label + u' ';
        cell.push_back(CellText{prefix + text, s.cell, int(prefix.size())});
    };
    if (!d.why.trimmed().isEmpty())
        labelled(Report::tr("Why:"), d.why);
    if (!entry.indicatorLabels.isEmpty()) {
        QString moves = entry.indicatorLabels.join(u", "_s);
        if (d.targetLevel) {
            moves +=
                u" · "_s + Report::tr("target %1 of %2").arg(*d.targetLevel).arg(doc.chart.max);
        }
        labelled(Report::tr("Should move:"), moves);
    }
    if (!d.followUp.trimmed().isEmpty())
        labelled(Report::tr("Follow-up:"), d.followUp);
    if (!d.activities.empty()) {
        cell.push_back(
            CellText{easyRead ? Report::tr("To do:") : Report::tr("Activities:"), s.cellBold});
        for (const Activity& a : d.activities) {
            QStringList parts{(a.done ? u"☑ "_s : u"☐ "_s) + a.what};
            if (!a.who.trimmed().isEmpty())
                parts << a.who;
            if (a.when.isValid())
                parts << dateText(a.when);
            if (a.done)
                parts << Report::tr("done");
            cell.push_back(CellText{parts.join(u" · "_s), s.cell});
        }
    }
    return cell;
}

void addDelmal(FlowBuilder& flow, const HandlingsplanDocument& doc, const Styles& s, bool easyRead)
{
    if (!doc.hasPlan)
        return;
    flow.heading(easyRead ? Report::tr("Steps on the way") : Report::tr("Sub-goals"), s.heading,
                 s.sectionSpace);
    if (doc.delmal.empty()) {
        flow.paragraph(Report::tr("No sub-goals yet."), s.body);
        return;
    }
    const std::vector<CellContent> header{
        {CellText{Report::tr("No."), s.cellBold}},
        {CellText{easyRead ? Report::tr("Step") : Report::tr("Sub-goal"), s.cellBold}},
        {CellText{easyRead ? Report::tr("Who") : Report::tr("Responsible"), s.cellBold}},
        {CellText{easyRead ? Report::tr("When") : Report::tr("Dates"), s.cellBold}},
        {CellText{easyRead ? Report::tr("How it is going") : Report::tr("Status"), s.cellBold}},
    };
    std::vector<std::vector<CellContent>> rows;
    int number = 0;
    for (const ReportDelmal& entry : doc.delmal) {
        const Delmal& d = entry.delmal;
        CellContent responsible{CellText{responsibleText(d.responsible), s.cell}};
        // The deltagare's own name is not repeated when identity is protected.
        const bool hideName = d.responsible == Responsible::Deltagare && doc.identityProtected;
        if (!d.responsibleName.trimmed().isEmpty() && !hideName)
            responsible.push_back(CellText{d.responsibleName, s.cellMuted});
        CellContent dates;
        if (d.start.isValid()) {
            dates.push_back(CellText{Report::tr("Start"), s.cellMuted});
            dates.push_back(CellText{dateText(d.start), s.cell});
        }
        if (d.target.isValid()) {
            dates.push_back(CellText{Report::tr("Done by"), s.cellMuted});
            dates.push_back(CellText{dateText(d.target), s.cell});
        }
        rows.push_back({{CellText{QString::number(++number), s.cellBold}},
                        delmalCell(entry, doc, s, easyRead),
                        responsible,
                        dates,
                        {CellText{delmalStatusText(d.status), s.cell}}});
    }
    FlowBuilder::TableStyle style;
    style.padding = s.cellPadding * 1.5;
    style.paragraphGap = pt(easyRead ? 4 : 2);
    const double numberWidth = std::max(flow.textWidth(header[0][0].text, s.cellBold),
                                        flow.textWidth(QString::number(rows.size()), s.cellBold)) +
                               pt(2);
    const double dateWidth = std::max(flow.textWidth(u"8888-88-88"_s, s.cell),
                                      flow.textWidth(Report::tr("Done by"), s.cellMuted)) +
                             pt(2);
    flow.table({{0, Qt::AlignLeft, numberWidth},
                {4.6, Qt::AlignLeft},
                {1.5, Qt::AlignLeft},
                {0, Qt::AlignLeft, dateWidth},
                {1.3, Qt::AlignLeft}},
               header, rows, style, s.paragraphSpace);
}

void addRunningInsatser(FlowBuilder& flow, const HandlingsplanDocument& doc, const Styles& s)
{
    if (doc.runningInsatser.empty())
        return;
    flow.heading(Report::tr("Running interventions"), s.heading, s.sectionSpace);
    std::vector<std::vector<CellContent>> rows;
    for (const InsatsPeriod& i : doc.runningInsatser) {
        QStringList what{doc.insatsLists.categoryLabel(i.category, doc.options.language)};
        if (!i.title.trimmed().isEmpty())
            what << i.title;
        if (!i.provider.trimmed().isEmpty())
            what << i.provider;
        const QString when =
            i.end.isValid() ? Report::tr("from %1 to %2").arg(dateText(i.start), dateText(i.end))
                            : Report::tr("from %1").arg(dateText(i.start));
        rows.push_back({{CellText{what.join(u" · "_s), s.cell}}, {CellText{when, s.cellMuted}}});
    }
    FlowBuilder::TableStyle style;
    style.padding = s.cellPadding;
    flow.table({{3, Qt::AlignLeft}, {2, Qt::AlignLeft}}, {}, rows, style, s.paragraphSpace);
}

void addSensitive(FlowBuilder& flow, const HandlingsplanDocument& doc, const Styles& s)
{
    if (!doc.options.includeSensitive)
        return;
    if (doc.sensitiveAnswers.empty() && doc.notes.trimmed().isEmpty())
        return;
    flow.heading(Report::tr("Sensitive information"), s.heading, s.sectionSpace);
    if (!doc.sensitiveAnswers.empty()) {
        std::vector<std::vector<CellContent>> rows;
        for (const ReportSensitiveAnswer& a : doc.sensitiveAnswers) {
            rows.push_back(
                {{CellText{a.question, s.cellBold}},
                 {CellText{a.answer.isEmpty() ? Report::tr("Not answered") : a.answer, s.cell}}});
        }
        addLabelledRows(flow, rows, s, 0.45, 0);
    }
    if (!doc.notes.trimmed().isEmpty()) {
        flow.heading(Report::tr("Case worker's notes"), s.bodyBold, s.paragraphSpace * 2);
        flow.paragraph(doc.notes, s.body);
    }
}

void addSignatures(FlowBuilder& flow, const HandlingsplanDocument& doc, const Styles& s,
                   bool easyRead)
{
    flow.heading(easyRead ? Report::tr("We agree") : Report::tr("Signatures"), s.heading,
                 s.sectionSpace);
    const double gap = pt(24);
    const double columnWidth = (flow.width() - gap) / 2;
    TextStyle caption = s.muted;
    const struct Column {
        QString signature;
        QString name;
    } columns[2] = {{Report::tr("Participant's signature"), doc.participantName},
                    {Report::tr("Case worker's signature"), doc.handledare}};
    struct Placed {
        TextBlock place;
        TextBlock signature;
        TextBlock name;
    };
    std::vector<Placed> texts;
    for (const Column& c : columns) {
        texts.push_back({flow.text(Report::tr("Place and date"), caption, columnWidth),
                         flow.text(c.signature, caption, columnWidth),
                         flow.text(c.name, s.body, columnWidth)});
    }
    const double writing = pt(easyRead ? 38 : 30); // room to write above each line
    double nameHeight = 0;
    double captionHeight = 0;
    for (const Placed& t : texts) {
        nameHeight = std::max(nameHeight, t.name.height());
        captionHeight = std::max({captionHeight, t.place.height(), t.signature.height()});
    }
    const double firstLine = writing;
    const double secondLine = firstLine + captionHeight + writing;
    const double height = secondLine + captionHeight + nameHeight + pt(2);
    flow.block(
        height,
        [texts, columnWidth, gap, firstLine, secondLine, captionHeight](QPainter* p,
                                                                        const QPointF& at) {
            for (size_t i = 0; i < texts.size(); ++i) {
                const double x = at.x() + double(i) * (columnWidth + gap);
                p->setPen(QPen(TextColour, pt(0.6)));
                p->drawLine(QPointF(x, at.y() + firstLine),
                            QPointF(x + columnWidth, at.y() + firstLine));
                p->drawLine(QPointF(x, at.y() + secondLine),
                            QPointF(x + columnWidth, at.y() + secondLine));
                texts[i].place.draw(p, QPointF(x, at.y() + firstLine + pt(2)));
                texts[i].signature.draw(p, QPointF(x, at.y() + secondLine + pt(2)));
                texts[i].name.draw(p, QPointF(x, at.y() + secondLine + pt(2) + captionHeight));
            }
        },
        0, false);
}

std::unique_ptr<Layout> layOut(const HandlingsplanDocument& doc, const QSizeF& pagePoints,
                               const QMarginsF& unprintablePoints)
{
    auto layout = std::make_unique<Layout>();
    const bool easyRead = doc.options.easyRead;
    layout->geometry = geometryFor(pagePoints, unprintablePoints);
    layout->styles = stylesFor(easyRead);
    const Styles& s = layout->styles;

    FlowBuilder flow(documentFamily(), layout->geometry.body.width());
    addHeader(flow, doc, s);
    addParticipant(flow, doc, s);
    addGoal(flow, doc, s, easyRead);
    addChart(flow, *layout, doc, s, easyRead);
    addChanges(flow, doc, s, easyRead);
    addDelmal(flow, doc, s, easyRead);
    addRunningInsatser(flow, doc, s);
    addSensitive(flow, doc, s);
    addSignatures(flow, doc, s, easyRead);
    layout->pages = paginate(flow.slices(), layout->geometry.body.height());
    return layout;
}

void paintDocumentFooter(QPainter* painter, const Layout& layout, const HandlingsplanDocument& doc,
                         int page)
{
    QStringList left{Report::tr("Action plan"), doc.participantCode,
                     Report::tr("Printed %1").arg(dateText(doc.options.printDate))};
    if (doc.options.includeSensitive)
        left << Report::tr("Contains sensitive information");
    paintFooter(painter, layout.geometry, layout.styles.footer, left, page,
                int(layout.pages.size()));
}

/// An audit entry for `doc`: what was done, in what form, and whether sensitive items went
/// with it. Never personal data: the entry outlives an erasure.
Result<void> audit(AuditLog log, const HandlingsplanDocument& doc, AuditAction action,
                   const QString& form)
{
    const QString details = form + (doc.options.includeSensitive ? u", sensitive included"_s
                                                                 : u", sensitive left out"_s);
    return log.record(action, AuditEntity::Participant, doc.participantId, doc.participantId,
                      details);
}

} // namespace

int paint(const HandlingsplanDocument& doc, QPagedPaintDevice* device)
{
    return paintPages(
        device,
        [&doc](const QSizeF& pagePoints, const QMarginsF& unprintablePoints) {
            return std::unique_ptr<PagedLayout>(layOut(doc, pagePoints, unprintablePoints));
        },
        [&doc](QPainter* painter, const PagedLayout& layout, int page) {
            paintDocumentFooter(painter, static_cast<const Layout&>(layout), doc, page);
        });
}

int pageCount(const HandlingsplanDocument& doc)
{
    const QPageSize a4(QPageSize::A4);
    return int(layOut(doc, a4.size(QPageSize::Point), QMarginsF())->pages.size());
}

Result<QByteArray> renderPdf(const HandlingsplanDocument& doc)
{
    // The author is the handledare; the title names the code only.
    return renderPdfA(
        {doc.title(), doc.handledare},
        [&doc](QPagedPaintDevice* device) { return paint(doc, device); },
        Report::tr("The action plan could not be drawn."));
}

Result<void> writePdf(const HandlingsplanDocument& doc, const QString& path,
                      const QString& databasePath)
{
    auto pdf = renderPdf(doc);
    if (!pdf)
        return pdf.error();
    return writeOwnerOnlyFile(path, pdf.value(), databasePath);
}

Result<void> savePdf(Database& db, const HandlingsplanDocument& doc, const QByteArray& pdf,
                     const QString& path)
{
    return writeAuditedFile(db, path, [&](AuditLog& log, QIODevice& out) -> Result<void> {
        if (auto r = audit(log, doc, AuditAction::Export, u"action plan pdf"_s); !r)
            return r;
        return writeBytes(out, pdf);
    });
}

Result<void> exportPdf(Database& db, const HandlingsplanDocument& doc, const QString& path)
{
    auto pdf = renderPdf(doc);
    if (!pdf)
        return pdf.error();
    return savePdf(db, doc, pdf.value(), path);
}

void warmUp()
{
    // What the first paint() would otherwise load on the spot: the font database, the faces and
    // glyph tables of the document fonts, and Qt Charts' scene and items.
    const QFont family = documentFamily();
    const Styles styles = stylesFor(false);
    for (const TextStyle& style : {styles.body, styles.bodyBold}) {
        const TextBlock block(u"Handlingsplan åäö ÅÄÖ 0123456789 ★↑↓→☐☑"_s,
                              layoutFont(family, style), pt(500), Qt::AlignLeft, style.colour,
                              style.lineSpacing);
        Q_UNUSED(block);
    }
    ReportChart chart;
    chart.axes = {u"a"_s, u"b"_s, u"c"_s};
    chart.significant = {true, false, false};
    chart.series.push_back({u"x"_s, {}, {1.0, 2.0, 3.0}, false, -1});
    const auto view = makeChart(chart, styles);
    Q_UNUSED(view);
}

void configurePrinter(QPrinter* printer, const HandlingsplanDocument& doc)
{
    if (!printer)
        return;
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(QPageLayout::Portrait);
    // The document keeps its own margins (wider than any printer's unprintable edge).
    printer->setFullPage(true);
    printer->setDocName(doc.title());
    printer->setCreator(u"Tilltro"_s);
}

void print(const HandlingsplanDocument& doc, QPrinter* printer)
{
    paint(doc, printer);
}

Result<void> recordPrinted(Database& db, const HandlingsplanDocument& doc)
{
    return db.write(
        [&]() { return audit(AuditLog(db), doc, AuditAction::Print, u"action plan"_s); });
}

} // namespace tilltro::report
