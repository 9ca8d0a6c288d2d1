#include "statisticsdialog.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalPercentBarSeries>
#include <QLabel>
#include <QLegend>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>

#include "core/clock.h"
#include "core/exchange/statisticsjson.h"
#include "core/instrument/instrument.h"
#include "dialogs/filedialog.h"
#include "dialogs/insatsdialog.h"
#include "dialogs/messagebox.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {

constexpr qint64 MaxSummaryBytes = 16 * 1024 * 1024;

QTableWidgetItem* item(const QString& text, bool number = true)
{
    auto* it = new QTableWidgetItem(text); // plain text: never interpreted as markup
    it->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number)
        it->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return it;
}

QTableWidget* readOnlyTable(const QStringList& headers, const QString& name, QWidget* parent)
{
    auto* table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    table->setAccessibleName(name);
    table->setTabKeyNavigation(false);
    return table;
}

} // namespace

StatisticsDialog::StatisticsDialog(workspace::Workspace& ws, QWidget* parent)
    : QDialog(parent)
    , m_ws(&ws)
    , m_labels(report::statisticsLabels(ws.insatsLists()))
{
    buildUi(true);
    recompute();
}

StatisticsDialog::StatisticsDialog(const analysis::UnitStatistics& merged, const QStringList& files,
                                   QWidget* parent)
    : QDialog(parent)
    , m_ownWorkspace(std::make_unique<workspace::Workspace>())
    , m_files(files)
    , m_statistics(merged)
    , m_labels(report::statisticsLabels(InsatsLists::defaults()))
{
    m_ws = m_ownWorkspace.get();
    buildUi(false);
    showStatistics();
}

StatisticsDialog::~StatisticsDialog() = default;

QChart* StatisticsDialog::chart() const
{
    return m_chartView->chart();
}

void StatisticsDialog::buildUi(bool withFilters)
{
    setWindowTitle(withFilters ? tr("Statistics for the unit") : tr("Merged statistics"));
    auto* layout = new QVBoxLayout(this);

    if (withFilters) {
        auto* filters = new QFormLayout;
        auto* period = new QHBoxLayout;
        const QDate today = Clock::today();
        m_fromBeginning = new QCheckBox(tr("From the &beginning"), this);
        m_fromBeginning->setChecked(true);
        m_from = new QDateEdit(today.addYears(-1), this);
        m_from->setDisplayFormat(u"yyyy-MM-dd"_s);
        m_from->setCalendarPopup(true);
        m_from->setMaximumDate(today);
        m_from->setEnabled(false);
        m_from->setAccessibleName(tr("First day of the period"));
        m_to = new QDateEdit(today, this);
        m_to->setDisplayFormat(u"yyyy-MM-dd"_s);
        m_to->setCalendarPopup(true);
        m_to->setMaximumDate(today);
        m_to->setAccessibleName(tr("Last day of the period"));
        auto* toLabel = new QLabel(tr("&to"), this);
        toLabel->setBuddy(m_to);
        period->addWidget(m_fromBeginning);
        period->addWidget(m_from);
        period->addWidget(toLabel);
        period->addWidget(m_to);
        period->addStretch();
        auto* periodLabel = new QLabel(tr("&Period:"), this);
        periodLabel->setBuddy(m_fromBeginning);
        filters->addRow(periodLabel, period);

        m_handledare = new QComboBox(this);
        m_handledare->addItem(tr("All handledare"), qint64(0));
        if (const auto all = m_ws->handledare()) {
            for (const Handledare& h : all.value())
                m_handledare->addItem(h.name, h.id);
        }
        auto* handledareLabel = new QLabel(tr("&Handledare:"), this);
        handledareLabel->setBuddy(m_handledare);
        filters->addRow(handledareLabel, m_handledare);

        m_category = new QComboBox(this);
        m_category->addItem(tr("All deltagare"), QString());
        const QString language = QLocale().name().left(2);
        // Records made under the built-in list keep its categories: they can be chosen too.
        for (const InsatsCategoryDef& c : m_ws->insatsLists().categoriesWithBuiltIn())
            m_category->addItem(
                tr("With a %1 insats").arg(InsatsLists::inSentence(c.label.text(language))), c.key);
        auto* categoryLabel = new QLabel(tr("&Deltagare:"), this);
        categoryLabel->setBuddy(m_category);
        filters->addRow(categoryLabel, m_category);
        layout->addLayout(filters);

        connect(m_fromBeginning, &QCheckBox::toggled, this, [this](bool all) {
            m_from->setEnabled(!all);
            recompute();
        });
        connect(m_from, &QDateEdit::dateChanged, this, &StatisticsDialog::recompute);
        connect(m_to, &QDateEdit::dateChanged, this, &StatisticsDialog::recompute);
        connect(m_handledare, &QComboBox::currentIndexChanged, this, &StatisticsDialog::recompute);
        connect(m_category, &QComboBox::currentIndexChanged, this, &StatisticsDialog::recompute);
    }

    m_about = new QLabel(this);
    m_about->setTextFormat(Qt::PlainText);
    m_about->setWordWrap(true);
    layout->addWidget(m_about);

    auto* tabs = new QTabWidget(this);
    tabs->setAccessibleName(tr("Statistics views"));
    m_figures = readOnlyTable({tr("Figure"), tr("Value")}, tr("Key figures"), this);
    m_figures->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    tabs->addTab(m_figures, tr("&Key figures"));

    auto* change = new QWidget(this);
    auto* changeLayout = new QVBoxLayout(change);
    m_chartView = new QChartView(new QChart, change);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setMinimumHeight(330);
    m_chartView->setAccessibleName(tr("Change per indicator"));
    m_chartView->setAccessibleDescription(
        tr("Bars: the share of deltagare who went down, stayed the same and went up on each "
           "indicator. The table below gives the same figures."));
    changeLayout->addWidget(m_chartView, 3);
    m_indicators = readOnlyTable(
        {tr("Indicator"), tr("n"), tr("Median"), tr("Quartiles"), tr("Up"), tr("Same"), tr("Down")},
        tr("Change per indicator"), change);
    changeLayout->addWidget(m_indicators, 2);
    tabs->addTab(change, tr("&Change per indicator"));
    layout->addWidget(tabs, 1);

    // The buttons in a row of their own, in the order Tab takes them (a QDialogButtonBox
    // here kept Tab going round its three action buttons, never reaching Close or the top).
    auto* buttons = new QHBoxLayout;
    auto* pdf = new QPushButton(tr("Save &PDF…"), this);
    auto* json = new QPushButton(tr("Save &summary (JSON)…"), this);
    auto* csv = new QPushButton(tr("Save C&SV…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    json->setToolTip(tr("The anonymous summary, to merge with other handledare's summaries "
                        "(Arkiv › Slå ihop statistik). It holds no name, code or free text."));
    for (QPushButton* button : {pdf, json, csv})
        button->setAutoDefault(false);
    close->setDefault(true);
    buttons->addWidget(pdf);
    buttons->addWidget(json);
    buttons->addWidget(csv);
    buttons->addStretch();
    buttons->addWidget(close);
    connect(pdf, &QPushButton::clicked, this, &StatisticsDialog::choosePdf);
    connect(json, &QPushButton::clicked, this, &StatisticsDialog::chooseJson);
    connect(csv, &QPushButton::clicked, this, &StatisticsDialog::chooseCsv);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addLayout(buttons);
    m_chartView->setFocusPolicy(Qt::StrongFocus); // its description is read by a screen reader
    resize(860, 720);
}

void StatisticsDialog::recompute()
{
    analysis::StatisticsFilter filter;
    filter.to = m_to->date();
    filter.from = m_fromBeginning->isChecked() ? QDate() : m_from->date();
    filter.handledareId = m_handledare->currentData().toLongLong();
    if (const auto key = m_category->currentData().toString(); !key.isEmpty())
        filter.category = key;
    QStringList filters;
    if (filter.handledareId != 0)
        filters << tr("Handledare: %1").arg(m_handledare->currentText());
    if (filter.category)
        filters << tr("Insatser: %1").arg(m_category->currentText());
    m_labels.filters = filters;
    if (filter.from.isValid() && filter.from > filter.to) {
        m_about->setText(tr("The first day of the period is after the last."));
        return;
    }
    const auto statistics = m_ws->statistics(filter);
    if (!statistics) {
        m_about->setText(statistics.errorMessage());
        return;
    }
    m_statistics = statistics.value();
    showStatistics();
}

void StatisticsDialog::showStatistics()
{
    const analysis::UnitStatistics& s = m_statistics;
    QStringList about{tr("Period: %1").arg(report::periodText(s))};
    about << m_labels.filters;
    if (!m_files.isEmpty()) {
        QStringList names;
        for (const QString& f : m_files)
            names << QFileInfo(f).fileName();
        about << tr("Merged from %n summaries: %1", nullptr, s.sources).arg(names.join(u", "_s));
    }
    about << tr("No figure rests on fewer than 5 deltagare: a smaller group reads \"%1\".")
                 .arg(exchange::suppressedText())
          << report::hiddenExplanation();
    m_about->setText(about.join(u'\n'));

    const std::vector<std::pair<QString, QString>> figures = {
        {tr("Deltagare in the period"), report::countText(s.participants)},
        {tr("Completed assessments"), report::countText(s.occasions)},
        {tr("Deltagare with two assessments or more"),
         report::partText(s.withTwoOccasions, s.participants)},
        {tr("Overdue assessments at the end of the period"),
         report::partText(s.overdue, s.participants)},
        {tr("Parallel insatser"), report::partText(s.parallelShare, s.participants)},
        {tr("A job-oriented insats in parallel with another (BIP: 18 %)"),
         report::partText(s.parallelWithJobOrientedShare, s.participants)},
        {tr("Changed handledare in the period"),
         report::partText(s.handledareChangeShare, s.participants)},
    };
    std::vector<std::pair<QString, QString>> rows = figures;
    for (const analysis::TilltroGroup& t : s.tilltro) {
        const QString count = report::partText(t.group.participants, s.participants);
        rows.push_back({tr("Belief at the first assessment: %1").arg(m_labels.tilltro(t.key)),
                        t.share ? tr("%1 (%2)").arg(count, report::shareText(t.share)) : count});
    }
    for (const analysis::OutcomeRow& row : s.outcomes) {
        QStringList names;
        for (const QString& c : row.combination)
            names << InsatsLists::inSentence(m_labels.category(c));
        const QString combination = names.isEmpty() ? tr("no insats") : names.join(u" + "_s);
        rows.push_back(
            {tr("Ended, with %1").arg(combination),
             row.ended && *row.ended > 0
                 ? tr("%1 (work %2, studies %3, other %4)")
                       .arg(report::countText(row.ended), report::partText(row.arbete, row.ended),
                            report::partText(row.studier, row.ended),
                            report::partText(row.other, row.ended))
                 : report::countText(row.ended)});
    }
    m_figures->setRowCount(int(rows.size()));
    for (int i = 0; i < int(rows.size()); ++i) {
        m_figures->setItem(i, 0, item(rows[std::size_t(i)].first, false));
        m_figures->setItem(i, 1, item(rows[std::size_t(i)].second));
    }

    m_indicators->setRowCount(int(s.indicators.size()));
    auto* down = new QBarSet(tr("Down"));
    auto* same = new QBarSet(tr("Same"));
    auto* up = new QBarSet(tr("Up"));
    down->setBrush(QBrush(QColor(0xc2, 0x4e, 0x1a), Qt::BDiagPattern));
    down->setBorderColor(QColor(0xc2, 0x4e, 0x1a));
    same->setColor(QColor(0xc8, 0xc8, 0xc8));
    up->setColor(QColor(0x1f, 0x6f, 0xb4));
    // What is hidden of a shown group: the rest of the bar, dotted.
    auto* hidden = new QBarSet(exchange::hiddenText());
    hidden->setBrush(QBrush(QColor(0x90, 0x90, 0x90), Qt::Dense6Pattern));
    hidden->setBorderColor(QColor(0x90, 0x90, 0x90));
    QStringList categories;
    for (int i = 0; i < int(s.indicators.size()); ++i) {
        const analysis::IndicatorChange& c = s.indicators[std::size_t(i)];
        const QString label = m_labels.indicator(c.key);
        m_indicators->setItem(i, 0, item(label, false));
        const QStringList cells = report::indicatorCells(c);
        for (int column = 0; column < int(cells.size()); ++column)
            m_indicators->setItem(i, column + 1, item(cells[column]));
        // The chart reads top-down in instrument order: the category axis runs bottom-up.
        // The parts shown, and the rest as "dold"; a group not shown at all is named so.
        const bool any = c.improved || c.unchanged || c.worsened;
        categories.prepend(any ? label : tr("%1 (%2)").arg(label, exchange::missingPartText(c.n)));
        const double known =
            c.improved.value_or(0) + c.unchanged.value_or(0) + c.worsened.value_or(0);
        down->insert(0, c.worsened.value_or(0) * 100);
        same->insert(0, c.unchanged.value_or(0) * 100);
        up->insert(0, c.improved.value_or(0) * 100);
        hidden->insert(0, any ? std::max(0.0, 1.0 - known) * 100 : 0);
    }
    m_indicators->resizeColumnsToContents();
    m_indicators->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);

    auto* series = new QHorizontalPercentBarSeries;
    series->append({down, same, up, hidden});
    // The shares are in the table below; labels on the narrow segments would overlap.
    series->setLabelsVisible(false);
    series->setBarWidth(0.7);
    auto* chart = new QChart;
    chart->addSeries(series);
    auto* axisY = new QBarCategoryAxis;
    axisY->append(categories);
    axisY->setTruncateLabels(false);
    QFont labels = axisY->labelsFont();
    labels.setPointSizeF(labels.pointSizeF() * 0.9);
    axisY->setLabelsFont(labels);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    auto* axisX = new QValueAxis;
    axisX->setRange(0, 100);
    axisX->setLabelFormat(u"%d %"_s);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setTitle(tr("Change per indicator, the deltagare's own rating"));
    chart->setAnimationOptions(QChart::NoAnimation);
    QChart* old = m_chartView->chart();
    m_chartView->setChart(chart);
    delete old;
}

QString StatisticsDialog::suggestedPath(const QString& suffix) const
{
    const QString name = tr("Statistics %1").arg(m_statistics.to.toString(Qt::ISODate));
    return QDir(FileDialog::startFolder()).filePath(name + suffix);
}

bool StatisticsDialog::write(const QString& path, const QByteArray& bytes)
{
    if (auto written = m_ws->writeAnonymousFile(path, bytes); !written) {
        MessageBox::warning(this, tr("Not saved"), written.errorMessage());
        return false;
    }
    return true;
}

bool StatisticsDialog::savePdf(const QString& path)
{
    auto pdf = report::renderStatisticsPdf(m_statistics, m_labels);
    if (!pdf) {
        MessageBox::warning(this, tr("Not saved"), pdf.errorMessage());
        return false;
    }
    return write(path, pdf.value());
}

bool StatisticsDialog::saveJson(const QString& path)
{
    return write(path, exchange::statisticsJson(m_statistics));
}

bool StatisticsDialog::saveCsv(const QString& path)
{
    return write(
        path, exchange::statisticsCsv(m_statistics, m_labels.indicator, m_labels.tilltro).toUtf8());
}

void StatisticsDialog::choosePdf()
{
    const QString path = FileDialog::saveFileName(this, tr("Save the statistics as PDF"),
                                                  suggestedPath(u".pdf"_s), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        savePdf(path);
}

void StatisticsDialog::chooseJson()
{
    const QString path =
        FileDialog::saveFileName(this, tr("Save the anonymous summary"), suggestedPath(u".json"_s),
                                 tr("Statistics summary (*.json)"));
    if (!path.isEmpty())
        saveJson(path);
}

void StatisticsDialog::chooseCsv()
{
    const QString path = FileDialog::saveFileName(this, tr("Save the statistics as CSV"),
                                                  suggestedPath(u".csv"_s), tr("CSV (*.csv)"));
    if (!path.isEmpty())
        saveCsv(path);
}

void StatisticsDialog::mergeFromFiles(QWidget* parent)
{
    const QStringList files =
        FileDialog::openFileNames(parent, tr("Summaries to merge"), FileDialog::startFolder(),
                                  tr("Statistics summaries (*.json)"));
    if (files.isEmpty())
        return;
    std::vector<analysis::UnitStatistics> summaries;
    for (const QString& path : files) {
        const auto bytes = workspace::Workspace::readUserFile(path, MaxSummaryBytes);
        auto summary = bytes ? exchange::readStatisticsJson(bytes.value())
                             : Result<analysis::UnitStatistics>(bytes.error());
        if (!summary) {
            MessageBox::warning(parent, tr("Nothing was merged"),
                                tr("%1 is not a statistics summary from Tilltro:\n%2")
                                    .arg(QDir::toNativeSeparators(path), summary.errorMessage()));
            return;
        }
        summaries.push_back(std::move(summary).value());
    }
    if (auto mergeable = analysis::mergeableSummaries(summaries); !mergeable) {
        MessageBox::warning(parent, tr("Nothing was merged"), mergeable.errorMessage());
        return;
    }
    StatisticsDialog dialog(analysis::mergeStatistics(summaries), files, parent);
    dialog.exec();
}

} // namespace tilltro::gui
