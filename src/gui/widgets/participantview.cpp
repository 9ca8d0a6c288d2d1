#include "participantview.h"

#include <QAction>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QResizeEvent>
#include <QScrollBar>
#include <QSettings>
#include <QStyle>
#include <QTabWidget>
#include <QUndoStack>

#include <algorithm>

#include "changetable.h"
#include "chart/radarchart.h"
#include "chart/radardata.h"
#include "core/analysis/insatsanalysis.h"
#include "core/analysis/progression.h"
#include "core/analysis/signals.h"
#include "core/analysis/versioncomparison.h"
#include "core/clock.h"
#include "dialogs/insatsdialog.h"
#include "models/caseloadmodel.h"
#include "models/plandocument.h"
#include "planeditor.h"
#include "report/handlingsplandocument.h"
#include "timelinewidget.h"
#include "ui_participantview.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {

const auto SplitterKey = u"participantView/mainSplitter"_s;
const auto CentreSplitterKey = u"participantView/centreSplitter"_s;

/// Lays its items out left to right and starts a new line where the width ends: the signals
/// above the chart stay whole in a narrow centre (Qt's flow layout example, cut down).
class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent)
        : QLayout(parent)
    {
        setContentsMargins(0, 0, 0, 0);
    }
    ~FlowLayout() override
    {
        while (QLayoutItem* item = FlowLayout::takeAt(0))
            delete item;
    }
    void addItem(QLayoutItem* item) override { m_items.push_back(item); }
    int count() const override { return int(m_items.size()); }
    QLayoutItem* itemAt(int index) const override
    {
        return index >= 0 && index < count() ? m_items[size_t(index)] : nullptr;
    }
    QLayoutItem* takeAt(int index) override
    {
        if (index < 0 || index >= count())
            return nullptr;
        QLayoutItem* item = m_items[size_t(index)];
        m_items.erase(m_items.begin() + index);
        return item;
    }
    Qt::Orientations expandingDirections() const override { return {}; }
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return arrange(QRect(0, 0, width, 0), false); }
    void setGeometry(const QRect& rect) override
    {
        QLayout::setGeometry(rect);
        arrange(rect, true);
    }
    QSize sizeHint() const override { return minimumSize(); }
    QSize minimumSize() const override
    {
        QSize size;
        for (const QLayoutItem* item : m_items)
            size = size.expandedTo(item->minimumSize());
        const QMargins m = contentsMargins();
        return size + QSize(m.left() + m.right(), m.top() + m.bottom());
    }

private:
    /// Places the items in `rect` (when `apply`); the height they take.
    int arrange(const QRect& rect, bool apply) const
    {
        const QRect area = rect.marginsRemoved(contentsMargins());
        const int gap = std::max(0, spacing());
        int x = area.x();
        int y = area.y();
        int lineHeight = 0;
        for (QLayoutItem* item : m_items) {
            if (item->isEmpty())
                continue;
            const QSize hint = item->sizeHint();
            if (x > area.x() && x + hint.width() > area.right() + 1) {
                x = area.x();
                y += lineHeight + gap;
                lineHeight = 0;
            }
            if (apply)
                item->setGeometry(QRect(QPoint(x, y), hint));
            x += hint.width() + gap;
            lineHeight = std::max(lineHeight, hint.height());
        }
        return y + lineHeight - rect.y() + contentsMargins().bottom();
    }

    std::vector<QLayoutItem*> m_items;
};

} // namespace

ParticipantView::ParticipantView(workspace::Workspace& ws, qint64 participantId, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ParticipantView>())
    , m_ws(ws)
    , m_language(QLocale().name().left(2))
{
    m_ui->setupUi(this);
    m_participant.id = participantId;
    QFont big = m_ui->headerLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_ui->headerLabel->setFont(big);
    QFont heading = m_ui->planHeadingLabel->font();
    heading.setBold(true);
    m_ui->planHeadingLabel->setFont(heading);

    auto instrument = Instrument::loadDefault();
    if (!instrument) {
        m_errorMessage = instrument.errorMessage();
        return;
    }
    m_instrument = std::move(instrument).value();
    if (!load())
        return;

    // The signals, above the chart: for the handledare's eyes, so never on anything printed.
    m_signalsWidget = new QWidget(m_ui->chartContainer);
    m_signalsWidget->setObjectName(u"signalsWidget"_s);
    m_signalsWidget->setAccessibleName(tr("Signals"));
    QSizePolicy signalsPolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    signalsPolicy.setHeightForWidth(true);
    m_signalsWidget->setSizePolicy(signalsPolicy);
    auto* flow = new FlowLayout(m_signalsWidget);
    flow->setSpacing(6);
    m_ui->chartLayout->addWidget(m_signalsWidget);
    // Shown instead of the chart when an occasion cannot be drawn (see updateChart()).
    m_chartErrorLabel = new QLabel(m_ui->chartContainer);
    m_chartErrorLabel->setObjectName(u"chartErrorLabel"_s);
    m_chartErrorLabel->setWordWrap(true);
    m_chartErrorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_chartErrorLabel->hide();
    m_ui->chartLayout->addWidget(m_chartErrorLabel);
    // The radar, and beside it (a tab) the participation on a time axis: the insatser, the
    // days without, and the deltagare's own "Klara ett jobb" under the handledare's
    // Målmedvetenhet and Tilltro.
    m_chartTabs = new QTabWidget(m_ui->chartContainer);
    m_chartTabs->setObjectName(u"chartTabs"_s);
    m_chartTabs->setDocumentMode(true);
    m_chartTabs->setAccessibleName(tr("Charts"));
    m_chart = new chart::RadarChartView(m_chartTabs);
    m_chart->setObjectName(u"radarChartView"_s);
    m_chart->setAccessibleName(tr("Radar chart of the chosen assessments"));
    m_chartTabs->addTab(m_chart, tr("Radar chart"));
    m_timeline = new TimelineWidget(m_chartTabs);
    m_timeline->setObjectName(u"timelineWidget"_s);
    m_chartTabs->addTab(m_timeline, tr("Timeline"));
    m_ui->chartLayout->addWidget(m_chartTabs);

    m_planEditor = new PlanEditor(m_ws, m_participant.id, m_instrument, m_ui->planContainer);
    m_planEditor->setObjectName(u"planEditor"_s);
    m_ui->planContainerLayout->addWidget(m_planEditor);
    connect(m_planEditor, &PlanEditor::planChanged, this, &ParticipantView::updateChart);
    connect(m_planEditor, &PlanEditor::undoStackChanged, this, &ParticipantView::undoStackChanged);
    followWorkspace();

    connect(m_ui->occasionsListWidget, &QListWidget::itemChanged, this,
            &ParticipantView::updateChart);
    connect(m_ui->perspectivesCheckBox, &QCheckBox::toggled, this, &ParticipantView::updateChart);
    connect(m_ui->occasionsListWidget, &QListWidget::itemActivated, this,
            [this](QListWidgetItem* item) {
                Q_EMIT openOccasionRequested(m_participant.id,
                                             item->data(Qt::UserRole).toLongLong());
            });

    // Insatser: Enter or double-click edits; the context menu adds, edits and ends.
    m_ui->insatserListWidget->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto* addAction = new QAction(tr("Add intervention…"), m_ui->insatserListWidget);
    auto* editAction = new QAction(tr("Edit intervention…"), m_ui->insatserListWidget);
    auto* endAction = new QAction(tr("End intervention…"), m_ui->insatserListWidget);
    addAction->setShortcut(QKeySequence(Qt::Key_Insert));
    addAction->setShortcutContext(Qt::WidgetShortcut);
    m_ui->insatserListWidget->addActions({addAction, editAction, endAction});
    connect(addAction, &QAction::triggered, this, [this] { editInsats(-1, false); });
    connect(editAction, &QAction::triggered, this,
            [this] { editInsats(m_ui->insatserListWidget->currentRow(), false); });
    connect(endAction, &QAction::triggered, this,
            [this] { editInsats(m_ui->insatserListWidget->currentRow(), true); });
    connect(m_ui->insatserListWidget, &QListWidget::itemActivated, this,
            [this] { editInsats(m_ui->insatserListWidget->currentRow(), false); });

    // The change table shows all eight indicators whole: rows as tall as their text, the table
    // as tall as its rows (fitChangeTable()), numbers as wide as they need, the names the rest.
    QTableWidget* table = m_ui->changeTableWidget;
    setUpChangeTable(table);
    table->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    connect(table->horizontalScrollBar(), &QScrollBar::rangeChanged, this,
            &ParticipantView::fitChangeTable);
    m_ui->changePane->installEventFilter(this);
    m_ui->centreSplitter->installEventFilter(this);

    // The header takes the lines it needs; the rest goes to the chart, the table and the plan.
    m_ui->headerLabel->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_ui->viewLayout->setStretch(1, 1);

    // Everything must fit from 800×600 up; the splitters give the room back on larger screens
    // (see resizeEvent()). The chart takes the height the change table leaves.
    m_ui->leftPane->setMinimumWidth(150);
    m_ui->planContainer->setMinimumWidth(250);
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setStretchFactor(2, 0);
    m_ui->centreSplitter->setStretchFactor(0, 1);
    m_ui->centreSplitter->setStretchFactor(1, 0);
    QSettings settings;
    m_splittersRemembered =
        m_ui->mainSplitter->restoreState(settings.value(SplitterKey).toByteArray());
    m_ui->centreSplitter->restoreState(settings.value(CentreSplitterKey).toByteArray());
    auto remember = [this] {
        m_splittersRemembered = true;
        QSettings s;
        s.setValue(SplitterKey, m_ui->mainSplitter->saveState());
        s.setValue(CentreSplitterKey, m_ui->centreSplitter->saveState());
    };
    connect(m_ui->mainSplitter, &QSplitter::splitterMoved, this, remember);
    connect(m_ui->centreSplitter, &QSplitter::splitterMoved, this, remember);

    fillHeader();
    fillSignals();
    fillOccasions();
    fillInsatser();
    fillTimeline();
    updateChart();
    updateChangeTable();
}

ParticipantView::~ParticipantView()
{
    // The plan editor saves what is pending as it goes; the workspace's announcement of that
    // must not reach this half-destroyed view.
    disconnect(&m_ws, nullptr, this, nullptr);
}

void ParticipantView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    // Until the handledare moves a splitter: the lists and the plan get a share of the width
    // that suits it, within bounds, and the chart and the table the rest.
    if (m_splittersRemembered || !m_ui)
        return;
    // From 1024 px up never narrower than what the panes need to show their texts whole (the
    // plan chooser, the "Both views" box), as long as the chart keeps a third or more; in a
    // smaller window the chart comes first.
    const int width = m_ui->mainSplitter->width();
    const bool roomy = width >= 960;
    const int left =
        std::clamp(std::max(int(width * 0.16), roomy ? m_ui->leftLayout->minimumSize().width() : 0),
                   150, std::max(150, width / 4));
    const int plan =
        std::clamp(std::max(int(width * (roomy ? 0.37 : 0.3)),
                            roomy ? m_ui->planContainer->sizeHint().width() : 0),
                   250, std::max(250, std::min(560, roomy ? width * 2 / 5 : int(width * 0.3))));
    m_ui->mainSplitter->setSizes({left, std::max(1, width - left - plan), plan});
}

bool ParticipantView::eventFilter(QObject* watched, QEvent* event)
{
    // The change pane is no taller than the table and the summary under it need at its width:
    // the chart takes every pixel more.
    if (watched == m_ui->centreSplitter && event->type() == QEvent::Resize)
        fitChangeTable();
    if (watched == m_ui->changePane && event->type() == QEvent::Resize) {
        const int needed = m_ui->changeLayout->totalHeightForWidth(m_ui->changePane->width());
        if (needed > 0 && m_ui->changePane->maximumHeight() != needed)
            m_ui->changePane->setMaximumHeight(needed);
    }
    return QWidget::eventFilter(watched, event);
}

void ParticipantView::fitChangeTable()
{
    // Tall enough for every row and the header, and the scroll bar when the names must scroll.
    QTableWidget* table = m_ui->changeTableWidget;
    int row = table->verticalHeader()->minimumSectionSize();
    for (int r = 0; r < table->rowCount(); ++r) {
        for (int c = 0; c < table->columnCount(); ++c)
            row = std::max(row, table->sizeHintForIndex(table->model()->index(r, c)).height());
    }
    table->verticalHeader()->setDefaultSectionSize(row);
    int frame = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    if (table->horizontalScrollBar()->maximum() > 0)
        frame += table->horizontalScrollBar()->sizeHint().height();
    // In a small window (800×600) the chart keeps at least half the height and the table
    // scrolls; from 1024×700 up every row fits.
    int height = frame + row * table->rowCount();
    if (const int available = m_ui->centreSplitter->height(); available > 0)
        height = std::min(height, std::max(frame + 3 * row, available / 2));
    if (table->height() != height || table->minimumHeight() != height)
        table->setFixedHeight(height);
    const int needed = m_ui->changeLayout->totalHeightForWidth(m_ui->changePane->width());
    if (needed > 0)
        m_ui->changePane->setMaximumHeight(needed);
}

QUndoStack* ParticipantView::undoStack() const
{
    return m_planEditor ? m_planEditor->undoStack() : nullptr;
}

bool ParticipantView::load()
{
    auto participant = m_ws.participant(m_participant.id);
    if (!participant || !participant.value()) {
        m_errorMessage =
            participant ? tr("The participant no longer exists.") : participant.errorMessage();
        return false;
    }
    m_participant = *participant.value();
    m_handledareName.clear();
    if (m_participant.handledareId) {
        if (auto h = m_ws.handledareById(m_participant.handledareId); h && h.value())
            m_handledareName = h.value()->name;
    }
    auto occasions = m_ws.occasions(m_participant.id);
    auto insatser = m_ws.insatser(m_participant.id);
    if (!occasions || !insatser) {
        m_errorMessage = occasions ? insatser.errorMessage() : occasions.errorMessage();
        return false;
    }
    m_occasions = std::move(occasions).value();
    m_insatser = std::move(insatser).value();
    loadSignals();
    return true;
}

void ParticipantView::loadSignals()
{
    // The same row the caseload shows, computed for this deltagare alone. Not being able to
    // read it leaves the rest of the view usable; the view says why instead.
    m_signalRow = CaseloadRow();
    m_signalsError.clear();
    auto row = m_ws.caseloadRow(m_participant.id, Clock::today());
    if (!row) {
        m_signalsError = row.errorMessage();
        return;
    }
    if (row.value())
        m_signalRow = std::move(*row.value());
}

void ParticipantView::fillSignals()
{
    if (!m_signalsWidget)
        return;
    QLayout* flow = m_signalsWidget->layout();
    while (QLayoutItem* item = flow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_signalsError.isEmpty()) {
        auto* error = new QLabel(tr("The signals could not be read: %1").arg(m_signalsError),
                                 m_signalsWidget);
        error->setObjectName(u"signalsErrorLabel"_s);
        error->setTextFormat(Qt::PlainText);
        error->setWordWrap(true);
        flow->addWidget(error);
    }
    const std::vector<BipSignal> list = m_signalRow.bipSignals.toList();
    if (!list.empty()) {
        auto* caption = new QLabel(tr("Signals:"), m_signalsWidget);
        caption->setObjectName(u"signalsCaptionLabel"_s);
        QFont bold = caption->font();
        bold.setBold(true);
        caption->setFont(bold);
        flow->addWidget(caption);
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    for (BipSignal signal : list) {
        // Icon and word together, in a frame of their own: the tooltip and the reader's text
        // belong to the one signal.
        const QString detail = CaseloadModel::signalDetail(m_signalRow, signal);
        auto* chip = new QFrame(m_signalsWidget);
        chip->setObjectName(u"signalFrame_"_s + codeOf(signal));
        chip->setFrameShape(QFrame::StyledPanel);
        chip->setToolTip(u"<p>%1</p>"_s.arg(detail.toHtmlEscaped())); // rich text wraps
        auto* chipLayout = new QHBoxLayout(chip);
        chipLayout->setContentsMargins(4, 1, 6, 1);
        chipLayout->setSpacing(4);
        auto* icon = new QLabel(chip);
        icon->setPixmap(CaseloadModel::signalIcon(signal).pixmap(QSize(iconSize, iconSize),
                                                                 devicePixelRatioF()));
        auto* word = new QLabel(analysis::signalWord(signal), chip);
        word->setObjectName(u"signalLabel"_s);
        word->setTextFormat(Qt::PlainText);
        word->setAccessibleDescription(detail);
        chipLayout->addWidget(icon);
        chipLayout->addWidget(word);
        flow->addWidget(chip);
    }
    m_signalsWidget->setVisible(!list.empty() || !m_signalsError.isEmpty());
}

void ParticipantView::followWorkspace()
{
    // This deltagare changed (edited, ended, reopened; an occasion saved; an insats added):
    // read again. The plan editor follows the workspace itself (its undo history must survive
    // these).
    const auto mine = [this](qint64 participantId) {
        if (participantId == m_participant.id)
            reload();
    };
    connect(&m_ws, &workspace::Workspace::participantChanged, this, mine);
    // A draft saved as it is typed shows nothing new here (drafts are not drawn); a new,
    // re-dated or completed occasion does.
    connect(&m_ws, &workspace::Workspace::occasionSaved, this,
            [mine](qint64 participantId, qint64, bool listed) {
                if (listed)
                    mine(participantId);
            });
    connect(&m_ws, &workspace::Workspace::insatsChanged, this, mine);
    // A plan's agreed next meeting is the header's next date.
    connect(&m_ws, &workspace::Workspace::planChanged, this, [this](qint64 participantId) {
        if (participantId != m_participant.id)
            return;
        loadSignals();
        fillHeader();
    });
}

void ParticipantView::reload()
{
    const QString before = title();
    const auto charted = chartedOccasions();
    if (!load())
        return;
    fillHeader();
    fillSignals();
    fillOccasions();
    if (!charted.empty())
        setChartedOccasions(charted);
    fillInsatser();
    fillTimeline();
    updateChart();
    updateChangeTable();
    if (title() != before)
        Q_EMIT titleChanged();
}

void ParticipantView::fillHeader()
{
    QDate lastCompleted;
    for (const Occasion& o : m_occasions) {
        if (o.state == OccasionState::Completed)
            lastCompleted = o.date;
    }
    QStringList parts{m_participant.displayName()};
    parts << tr("Goal: %1")
                 .arg(m_participant.goalType == GoalType::Arbete ? tr("work") : tr("studies"));
    if (!m_handledareName.isEmpty())
        parts << tr("Case worker: %1").arg(m_handledareName);
    if (m_participant.isActive()) {
        // The caseload's due date: the next meeting agreed in the newest plan when it is still
        // ahead of the latest assessment, else three months on.
        const bool agreed =
            m_signalRow.nextMeeting.isValid() && m_signalRow.nextMeeting > lastCompleted;
        const QDate due = m_signalRow.nextDue.isValid()
                              ? m_signalRow.nextDue
                              : nextOccasionDue(lastCompleted, m_participant.startDate);
        if (due.isValid()) {
            const QString date = due.toString(Qt::ISODate);
            if (due < Clock::today())
                parts << (agreed ? tr("Next meeting %1 (agreed; overdue)").arg(date)
                                 : tr("Next assessment %1 (overdue)").arg(date));
            else
                parts << (agreed ? tr("Next meeting %1 (agreed)").arg(date)
                                 : tr("Next assessment %1").arg(date));
        }
    } else {
        parts << tr("Ended %1").arg(m_participant.endDate.toString(Qt::ISODate));
    }
    m_ui->headerLabel->setText(parts.join(u" · "_s));
}

void ParticipantView::fillOccasions()
{
    QListWidget* list = m_ui->occasionsListWidget;
    const QSignalBlocker blocker(list);
    list->clear();
    // Ticked at first: the default overlay, as the printed handlingsplan draws by default.
    const std::vector<qint64> overlay = chart::defaultOverlayIds(m_occasions);
    for (size_t i = 0; i < m_occasions.size(); ++i) {
        const Occasion& o = m_occasions[i];
        QString text = o.date.toString(Qt::ISODate);
        if (i == 0)
            text += tr(" (start)");
        if (o.state == OccasionState::Draft)
            text += tr(" — draft");
        auto* item = new QListWidgetItem(text, list);
        item->setData(Qt::UserRole, o.id);
        if (o.state == OccasionState::Completed) {
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(std::find(overlay.begin(), overlay.end(), o.id) != overlay.end()
                                    ? Qt::Checked
                                    : Qt::Unchecked);
        } else {
            item->setFlags(item->flags() & ~Qt::ItemIsUserCheckable);
        }
    }
    if (list->count() > 0)
        list->setCurrentRow(list->count() - 1);
}

void ParticipantView::setChartedOccasions(const std::vector<qint64>& occasionIds)
{
    QListWidget* list = m_ui->occasionsListWidget;
    {
        const QSignalBlocker blocker(list);
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem* item = list->item(i);
            if (!(item->flags() & Qt::ItemIsUserCheckable))
                continue;
            const bool on = std::find(occasionIds.begin(), occasionIds.end(),
                                      item->data(Qt::UserRole).toLongLong()) != occasionIds.end();
            item->setCheckState(on ? Qt::Checked : Qt::Unchecked);
        }
    }
    updateChart();
}

std::vector<qint64> ParticipantView::chartedOccasions() const
{
    std::vector<qint64> ids;
    const QListWidget* list = m_ui->occasionsListWidget;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids.push_back(list->item(i)->data(Qt::UserRole).toLongLong());
    }
    return ids;
}

report::ReportOptions ParticipantView::chartReportOptions() const
{
    report::ReportOptions options;
    options.chartOccasionIds = chartedOccasions();
    options.bothPerspectives = m_ui->perspectivesCheckBox->isChecked();
    return options;
}

void ParticipantView::fillTimeline()
{
    TimelineData timeline;
    for (const InsatsCategoryDef& c : m_ws.insatsLists().categories)
        timeline.categories.push_back({c.key, c.label.text(m_language), c.jobOriented});
    // A period of a category the list lacks (recorded under another list) gets a lane of its
    // own, named as everywhere else (the built-in words, else its key).
    const analysis::JobOriented jobOriented(m_ws.insatsLists());
    for (const InsatsPeriod& p : m_insatser) {
        if (std::none_of(timeline.categories.begin(), timeline.categories.end(),
                         [&p](const TimelineData::Category& c) { return c.key == p.category; }))
            timeline.categories.push_back({p.category,
                                           m_ws.insatsCategoryLabel(p.category, m_language),
                                           jobOriented.contains(p.category)});
    }
    timeline.to = m_participant.endDate.isValid() ? std::min(m_participant.endDate, Clock::today())
                                                  : Clock::today();
    timeline.from = m_participant.startDate;
    for (const Occasion& o : m_occasions) {
        if (o.date.isValid() && (!timeline.from.isValid() || o.date < timeline.from))
            timeline.from = o.date;
    }
    for (const InsatsPeriod& p : m_insatser) {
        if (p.start.isValid() && (!timeline.from.isValid() || p.start < timeline.from))
            timeline.from = p.start;
    }
    timeline.insatser = m_insatser;
    const QString language = QLocale().name().left(2);
    const QString klaraJobb = u"klara_jobb"_s;
    if (const Indicator* indicator = m_instrument.indicator(klaraJobb))
        timeline.klaraJobbLabel = indicator->label.text(language);
    const Question* own = m_instrument.questionForIndicator(klaraJobb, Respondent::Deltagare);
    const Question* tilltro = m_instrument.question(QString::fromLatin1(analysis::TilltroKey));
    if (tilltro)
        timeline.tilltroLevels = int(tilltro->scale.options.size());
    const QString malmedvetenhet = QString::fromLatin1(analysis::MalmedvetenhetKey);
    for (const Occasion& o : m_occasions) {
        if (o.state != OccasionState::Completed)
            continue;
        TimelineData::Point point;
        point.date = o.date;
        const auto answer = [&](const QString& key) {
            const auto it = o.answers.find(key);
            return it == o.answers.end() ? Answer() : it->second;
        };
        if (own) {
            if (const Answer a = answer(own->key); a.value && m_instrument.accepts(own->key, a))
                point.klaraJobb = a.value;
        }
        if (const Answer a = answer(malmedvetenhet);
            a.value && m_instrument.accepts(malmedvetenhet, a))
            point.malmedvetenhet = a.value;
        if (tilltro) {
            const Answer a = answer(tilltro->key);
            point.tilltro = analysis::tilltroLevel(m_instrument, a);
            for (const ScaleOption& option : tilltro->scale.options) {
                if (option.key == a.code)
                    point.tilltroLabel = option.label.text(language);
            }
        }
        timeline.occasions.push_back(point);
    }
    m_timeline->setData(std::move(timeline));
}

void ParticipantView::fillInsatser()
{
    QListWidget* list = m_ui->insatserListWidget;
    list->clear();
    for (const InsatsPeriod& p : m_insatser) {
        const QString period =
            p.end.isValid()
                ? tr("%1 – %2").arg(p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate))
                : tr("from %1, running").arg(p.start.toString(Qt::ISODate));
        list->addItem(u"%1: %2 (%3)"_s.arg(m_ws.insatsLists().categoryLabel(p.category, m_language),
                                           p.title, period));
    }
    // The last three months of the participation: days before the start or after the end are
    // no gaps.
    const auto recent = analysis::analyseRecentInsatser(m_insatser, m_participant, Clock::today(),
                                                        analysis::JobOriented(m_ws.insatsLists()));
    const analysis::InsatsSummary& summary = recent.summary;
    QStringList notes;
    if (summary.parallelWithJobOriented)
        notes << tr("A job-oriented intervention runs in parallel with another.");
    else if (!summary.categories.empty() && !summary.includesJobOriented)
        notes << (recent.ended ? tr("No job-oriented intervention in the last three months of the "
                                    "participation.")
                               : tr("No job-oriented intervention in the last three months."));
    if (summary.daysWithout > 0)
        notes << (recent.ended ? tr("%n day(s) without any intervention in the last three months "
                                    "of the participation.",
                                    nullptr, summary.daysWithout)
                               : tr("%n day(s) without any intervention in the last three months.",
                                    nullptr, summary.daysWithout));
    m_ui->insatserSummaryLabel->setText(notes.join(u' '));
}

void ParticipantView::editInsats(int row, bool ending)
{
    InsatsPeriod period;
    period.participantId = m_participant.id;
    period.start = Clock::today();
    if (row >= 0 && row < int(m_insatser.size()))
        period = m_insatser[size_t(row)];
    else if (ending)
        return;
    if (ending && !period.end.isValid())
        period.end = std::max(Clock::today(), period.start);
    InsatsDialog dialog(m_ws, period, this); // the workspace says when it is saved
    dialog.exec();
}

Result<const Instrument*> ParticipantView::instrumentFor(const Occasion& occasion)
{
    if (const auto it = m_instruments.find(occasion.instrumentId); it != m_instruments.end())
        return &it->second;
    // No stand-in when the version cannot be read: the chart says so instead.
    auto loaded = m_ws.instrument(occasion.instrumentId);
    if (!loaded)
        return loaded.error();
    return &m_instruments.emplace(occasion.instrumentId, std::move(loaded).value()).first->second;
}

void ParticipantView::updateChart()
{
    if (!m_chart)
        return;
    // Every setter lays the chart out again: set the axes once, targets only when they change.
    if (!m_axesSet) {
        const chart::RadarAxes axes = chart::radarAxesFor(m_instrument, m_language);
        m_chart->setAxes(axes.labels, axes.significant, axes.min, axes.max);
        m_axesSet = true;
    }

    // The same series the printed handlingsplan draws (chart::radarSeriesFor()). When an
    // occasion's instrument version cannot be read nothing is drawn and the reason is shown,
    // where the printed handlingsplan fails with the same message.
    const bool both = m_ui->perspectivesCheckBox->isChecked();
    chart::RadarSelection selection;
    selection.occasionIds = chartedOccasions();
    selection.bothPerspectives = both;
    selection.fillLatest = true;
    auto series = chart::radarSeriesFor(m_occasions, selection,
                                        [this](const Occasion& o) { return instrumentFor(o); });
    m_chartErrorLabel->setText(series ? QString() : series.errorMessage());
    m_chartErrorLabel->setVisible(!series);
    std::vector<chart::RadarSeriesData> shown =
        series ? std::move(series).value() : std::vector<chart::RadarSeriesData>{};
    // Say which occasion the case worker's series is from: the latest ticked one.
    QLabel* note = m_ui->perspectivesLabel;
    if (!both || !series)
        note->clear();
    else if (shown.empty())
        note->setText(tr("Tick an assessment to compare."));
    else
        note->setText(tr("The case worker's rating is from %1, the latest ticked assessment.")
                          .arg(shown.back().date.toString(Qt::ISODate)));
    note->setVisible(both && series);
    m_chart->setSeries(std::move(shown));

    std::vector<chart::RadarTarget> targets;
    if (m_planEditor && m_planEditor->document())
        targets = chart::radarTargetsFor(m_planEditor->document()->plan(), m_instrument);
    const auto same = [](const chart::RadarTarget& a, const chart::RadarTarget& b) {
        return a.axis == b.axis && a.level == b.level && a.text == b.text;
    };
    if (targets.size() != m_targets.size() ||
        !std::equal(targets.begin(), targets.end(), m_targets.begin(), same)) {
        m_targets = targets;
        m_chart->setTargets(std::move(targets));
    }
}

void ParticipantView::updateChangeTable()
{
    analysis::ProgressionOptions options;
    options.bipSignificantFirst = true;
    const auto progress = analysis::progression(m_instrument, m_occasions, options);
    fillChangeTable(m_ui->changeTableWidget, m_instrument, progress, m_language);
    fitChangeTable();
    // Occasions answered with versions whose indicators differ: only those all share compare.
    std::vector<const Instrument*> versions;
    for (const qint64 id : analysis::comparedInstrumentIds(m_occasions)) {
        Occasion answeredWith;
        answeredWith.instrumentId = id;
        if (auto version = instrumentFor(answeredWith))
            versions.push_back(version.value());
    }
    const QString versionNote =
        analysis::versionComparisonText(analysis::compareVersions(versions));
    const QString summary = changeSummaryText(progress);
    m_ui->changeSummaryLabel->setText(versionNote.isEmpty() ? summary
                                                            : summary + u'\n' + versionNote);
}

} // namespace tilltro::gui
