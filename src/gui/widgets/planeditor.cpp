#include "planeditor.h"

#include <QCheckBox>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLocale>
#include <QScrollBar>
#include <QTimer>
#include <QUndoStack>

#include "commands/plancommands.h"
#include "core/clock.h"
#include "dateedit.h"
#include "dialogs/conflictchoice.h"
#include "models/plandocument.h"
#include "report/handlingsplandocument.h"
#include "savetimer.h"
#include "ui_planeditor.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {

const QDate NoDate(2000, 1, 1); ///< the date edits' minimum, shown as "–": no date

QString responsibleName(Responsible responsible)
{
    switch (responsible) {
    case Responsible::Deltagare:
        return PlanEditor::tr("Participant");
    case Responsible::Handledare:
        return PlanEditor::tr("Case worker");
    case Responsible::Annan:
        return PlanEditor::tr("Other");
    }
    return {};
}

constexpr std::array allStatuses{DelmalStatus::EjPaborjat, DelmalStatus::Pagar,
                                 DelmalStatus::Uppnatt, DelmalStatus::DelvisUppnatt,
                                 DelmalStatus::EjUppnatt};
constexpr std::array allResponsible{Responsible::Deltagare, Responsible::Handledare,
                                    Responsible::Annan};

void setDate(QDateEdit* edit, const QDate& date)
{
    edit->setDate(date.isValid() ? date : NoDate);
}

QDate dateOf(const QDateEdit* edit)
{
    return edit->date() == NoDate ? QDate() : edit->date();
}

} // namespace

PlanEditor::PlanEditor(workspace::Workspace& ws, qint64 participantId, const Instrument& instrument,
                       QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::PlanEditor>())
    , m_ws(ws)
    , m_participantId(participantId)
    , m_instrument(instrument)
    , m_language(QLocale().name().left(2))
    , m_saveTimer(newSaveTimer(this, SaveDelayMs, [this] { saveNow(); }))
{
    m_ui->setupUi(this);

    // The next meeting agreed with the plan: the caseload's next date, printed with the plan.
    m_nextMeetingCheckBox = new QCheckBox(tr("Next &meeting:"), this);
    m_nextMeetingCheckBox->setObjectName(u"nextMeetingCheckBox"_s);
    m_nextMeetingCheckBox->setToolTip(tr("Agreed with the participant: shown in the caseload as "
                                         "the next date, and on the printed plan."));
    m_nextMeetingEdit = new DateEdit(this);
    m_nextMeetingEdit->setObjectName(u"planNextMeetingDateEdit"_s);
    m_nextMeetingEdit->setAccessibleName(tr("Next meeting"));
    m_nextMeetingEdit->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->goalLayout->addRow(m_nextMeetingCheckBox, m_nextMeetingEdit);
    connect(m_nextMeetingCheckBox, &QCheckBox::toggled, this, [this](bool agreed) {
        if (!m_document || m_updating)
            return;
        m_document->undoStack()->push(new ChangeNextMeetingCommand(
            m_document.get(), agreed ? proposedNextMeeting() : QDate()));
    });
    connect(m_nextMeetingEdit, &QDateEdit::dateChanged, this, [this](const QDate& date) {
        if (!m_document || m_updating || !m_nextMeetingCheckBox->isChecked())
            return;
        m_document->undoStack()->push(new ChangeNextMeetingCommand(m_document.get(), date));
    });

    m_ui->goalTypeComboBox->addItem(tr("Work"), int(GoalType::Arbete));
    m_ui->goalTypeComboBox->addItem(tr("Studies"), int(GoalType::Studier));
    for (DelmalStatus s : allStatuses)
        m_ui->statusComboBox->addItem(report::delmalStatusText(s), int(s));
    for (Responsible r : allResponsible)
        m_ui->responsibleComboBox->addItem(responsibleName(r), int(r));
    for (const Indicator& indicator : m_instrument.indicators()) {
        auto* item =
            new QListWidgetItem(indicator.label.text(m_language), m_ui->indicatorsListWidget);
        item->setData(Qt::UserRole, indicator.key);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    // Target level on the shared scale of the radar; the minimum - 1 means "no target".
    int scaleMin = 1;
    int scaleMax = 10;
    for (const Question& q : m_instrument.questions()) {
        if (!q.indicator.isEmpty() && q.scale.type == Scale::Type::Numeric) {
            scaleMin = q.scale.min;
            scaleMax = q.scale.max;
            break;
        }
    }
    m_ui->targetLevelSpinBox->setRange(scaleMin - 1, scaleMax);
    m_ui->targetLevelSpinBox->setSpecialValueText(tr("none"));
    for (QDateEdit* edit : {m_ui->startDateEdit, m_ui->targetDateEdit}) {
        edit->setMinimumDate(NoDate);
        edit->setSpecialValueText(tr("–"));
    }
    m_ui->activitiesTableWidget->setColumnCount(4);
    m_ui->activitiesTableWidget->setHorizontalHeaderLabels(
        {tr("What"), tr("Who"), tr("When"), tr("Done")});
    // An activity's text wraps rather than being cut; the other columns are as wide as they
    // need.
    m_ui->activitiesTableWidget->horizontalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents);
    m_ui->activitiesTableWidget->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_ui->activitiesTableWidget->verticalHeader()->setSectionResizeMode(
        QHeaderView::ResizeToContents);
    m_ui->activitiesTableWidget->setWordWrap(true);
    // The list of delmål is as tall as its rows (refreshList()); the chosen delmål's form gets
    // the rest of the height.
    m_ui->planLayout->setStretchFactor(m_ui->detailsScrollArea, 1);

    connect(m_ui->planComboBox, &QComboBox::activated, this, [this](int index) {
        saveNow();
        showPlan(index);
    });
    connect(m_ui->newPlanPushButton, &QPushButton::clicked, this, &PlanEditor::newPlan);
    connect(m_ui->goalTypeComboBox, &QComboBox::activated, this, [this] {
        if (m_document && !m_updating)
            m_document->undoStack()->push(new ChangeGoalCommand(
                m_document.get(), GoalType(m_ui->goalTypeComboBox->currentData().toInt()),
                m_document->plan().goalText));
    });
    connect(m_ui->goalTextLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        if (m_document && !m_updating)
            m_document->undoStack()->push(
                new ChangeGoalCommand(m_document.get(), m_document->plan().goalType, text));
    });
    connect(m_ui->delmalListWidget, &QListWidget::currentRowChanged, this, [this] {
        refreshDetails();
        // Another delmål: its form from the top, "What" first.
        m_ui->detailsScrollArea->verticalScrollBar()->setValue(0);
    });
    connect(m_ui->addDelmalPushButton, &QPushButton::clicked, this, &PlanEditor::addDelmal);
    connect(m_ui->removeDelmalPushButton, &QPushButton::clicked, this, &PlanEditor::removeDelmal);
    connect(m_ui->moveUpToolButton, &QToolButton::clicked, this, [this] { moveDelmal(-1); });
    connect(m_ui->moveDownToolButton, &QToolButton::clicked, this, [this] { moveDelmal(1); });
    m_ui->delmalListWidget->installEventFilter(this);

    connect(m_ui->whatLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        changeCurrent(tr("what"), [&](Delmal& d) { d.what = text; });
    });
    connect(m_ui->whyLineEdit, &QLineEdit::textEdited, this, [this](const QString& text) {
        changeCurrent(tr("why"), [&](Delmal& d) { d.why = text; });
    });
    connect(m_ui->indicatorsListWidget, &QListWidget::itemChanged, this, [this] {
        QStringList keys;
        for (int i = 0; i < m_ui->indicatorsListWidget->count(); ++i) {
            const QListWidgetItem* item = m_ui->indicatorsListWidget->item(i);
            if (item->checkState() == Qt::Checked)
                keys << item->data(Qt::UserRole).toString();
        }
        changeCurrent(tr("indicators"), [&](Delmal& d) { d.indicators = keys; });
    });
    connect(m_ui->targetLevelSpinBox, &QSpinBox::valueChanged, this, [this](int value) {
        const bool none = value == m_ui->targetLevelSpinBox->minimum();
        changeCurrent(tr("target level"), [&](Delmal& d) {
            d.targetLevel = none ? std::nullopt : std::optional<int>(value);
        });
    });
    connect(m_ui->responsibleComboBox, &QComboBox::activated, this, [this] {
        const auto r = Responsible(m_ui->responsibleComboBox->currentData().toInt());
        changeCurrent(tr("responsible"), [&](Delmal& d) { d.responsible = r; });
    });
    connect(m_ui->responsibleNameLineEdit, &QLineEdit::textEdited, this,
            [this](const QString& text) {
                changeCurrent(tr("responsible"), [&](Delmal& d) { d.responsibleName = text; });
            });
    connect(m_ui->startDateEdit, &QDateEdit::dateChanged, this, [this] {
        const QDate date = dateOf(m_ui->startDateEdit);
        changeCurrent(tr("start"), [&](Delmal& d) { d.start = date; });
    });
    connect(m_ui->targetDateEdit, &QDateEdit::dateChanged, this, [this] {
        const QDate date = dateOf(m_ui->targetDateEdit);
        changeCurrent(tr("target date"), [&](Delmal& d) { d.target = date; });
    });
    connect(m_ui->statusComboBox, &QComboBox::activated, this, [this] {
        const auto s = DelmalStatus(m_ui->statusComboBox->currentData().toInt());
        changeCurrent(tr("status"), [&](Delmal& d) { d.status = s; });
    });
    connect(m_ui->followUpPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        const QString text = m_ui->followUpPlainTextEdit->toPlainText();
        changeCurrent(tr("follow-up"), [&](Delmal& d) { d.followUp = text; });
    });
    connect(m_ui->activitiesTableWidget, &QTableWidget::itemChanged, this,
            &PlanEditor::activitiesEdited);
    connect(m_ui->addActivityPushButton, &QPushButton::clicked, this, [this] {
        changeCurrent(tr("activities"), [&](Delmal& d) {
            d.activities.push_back(
                {0, tr("New activity"), QString(), Clock::today().addDays(14), false});
        });
        const int row = m_ui->activitiesTableWidget->rowCount() - 1;
        m_ui->activitiesTableWidget->setCurrentCell(row, 0);
        m_ui->activitiesTableWidget->editItem(m_ui->activitiesTableWidget->item(row, 0));
    });
    connect(m_ui->removeActivityPushButton, &QPushButton::clicked, this, [this] {
        const int row = m_ui->activitiesTableWidget->currentRow();
        changeCurrent(tr("activities"), [&](Delmal& d) {
            if (row >= 0 && row < int(d.activities.size()))
                d.activities.erase(d.activities.begin() + row);
        });
    });
    reload();
    // A new or completed occasion of this deltagare: the plan shown and its undo history stay;
    // only the occasions a new plan can be agreed at are read again.
    connect(&m_ws, &workspace::Workspace::occasionSaved, this,
            [this](qint64 whose, qint64, bool listed) {
                if (whose != m_participantId || !listed)
                    return;
                if (auto occasions = m_ws.occasions(m_participantId))
                    m_occasions = std::move(occasions).value();
            });
    // The plans changed elsewhere (the meeting's follow-up and new plan): read them again, unless
    // this editor is what saved, or holds edits of its own not yet saved (which then win, as
    // the last save always does).
    connect(&m_ws, &workspace::Workspace::planChanged, this, [this](qint64 whose) {
        if (whose == m_participantId && !m_saving && !m_dirty)
            reload();
    });
}

PlanEditor::~PlanEditor()
{
    if (m_dirty)
        saveNow();
}

QUndoStack* PlanEditor::undoStack() const
{
    return m_document ? m_document->undoStack() : nullptr;
}

QString PlanEditor::occasionLabel(qint64 occasionId) const
{
    for (const Occasion& o : m_occasions) {
        if (o.id == occasionId)
            return o.date.toString(Qt::ISODate);
    }
    return tr("no assessment");
}

bool PlanEditor::reload()
{
    auto plans = m_ws.plans(m_participantId);
    auto occasions = m_ws.occasions(m_participantId);
    if (!plans || !occasions) {
        m_ui->saveStatusLabel->setText(plans ? occasions.errorMessage() : plans.errorMessage());
        return false;
    }
    m_plans = std::move(plans).value();
    m_occasions = std::move(occasions).value();
    m_ui->planComboBox->clear();
    for (const Handlingsplan& p : m_plans)
        m_ui->planComboBox->addItem(tr("Agreed %1").arg(occasionLabel(p.occasionId)));
    showPlan(int(m_plans.size()) - 1);
    return true;
}

void PlanEditor::showPlan(int index)
{
    m_saveTimer->stop();
    m_planIndex = index;
    m_document.reset();
    if (index >= 0 && index < int(m_plans.size())) {
        m_document = std::make_unique<PlanDocument>(m_plans[size_t(index)]);
        connectDocument();
    }
    m_readOnly = index != int(m_plans.size()) - 1;
    m_ui->planComboBox->setCurrentIndex(index);
    m_ui->readOnlyLabel->setText(!m_document ? tr("No action plan yet. Start one with New plan.")
                                 : m_readOnly
                                     ? tr("An earlier plan: shown as it was agreed, not editable.")
                                     : QString());
    m_ui->readOnlyLabel->setVisible(!m_ui->readOnlyLabel->text().isEmpty());
    refreshGoal();
    refreshList();
    if (m_document && m_document->delmalCount() > 0)
        selectDelmal(0);
    refreshDetails();
    updateEnabled();
    Q_EMIT undoStackChanged(undoStack());
    Q_EMIT planChanged();
}

void PlanEditor::connectDocument()
{
    PlanDocument* doc = m_document.get();
    connect(doc, &PlanDocument::goalChanged, this, &PlanEditor::refreshGoal);
    connect(doc, &PlanDocument::nextMeetingChanged, this, &PlanEditor::refreshGoal);
    connect(doc, &PlanDocument::delmalInserted, this, [this](int index) {
        refreshList();
        selectDelmal(index);
    });
    connect(doc, &PlanDocument::delmalRemoved, this, [this](int index) {
        refreshList();
        selectDelmal(std::min(index, m_document->delmalCount() - 1));
    });
    connect(doc, &PlanDocument::delmalMoved, this, [this](int, int to) {
        refreshList();
        selectDelmal(to);
    });
    connect(doc, &PlanDocument::delmalChanged, this, [this](int index) {
        if (QListWidgetItem* item = m_ui->delmalListWidget->item(index))
            item->setText(listText(index));
        if (index != currentDelmal())
            selectDelmal(index); // undo shows what it undid
        refreshDetails();
    });
    connect(doc, &PlanDocument::changed, this, [this] {
        m_dirty = true;
        m_saveTimer->start();
        Q_EMIT planChanged();
    });
}

QString PlanEditor::listText(int index) const
{
    const Delmal& d = m_document->delmal(index);
    const QString what = d.what.trimmed().isEmpty() ? tr("(no text yet)") : d.what;
    return u"%1. %2 — %3"_s.arg(index + 1).arg(what, report::delmalStatusText(d.status));
}

void PlanEditor::refreshGoal()
{
    const QSignalBlocker blockType(m_ui->goalTypeComboBox);
    m_updating = true;
    const Handlingsplan plan = m_document ? m_document->plan() : Handlingsplan{};
    m_ui->goalTypeComboBox->setCurrentIndex(m_ui->goalTypeComboBox->findData(int(plan.goalType)));
    if (m_ui->goalTextLineEdit->text() != plan.goalText)
        m_ui->goalTextLineEdit->setText(plan.goalText);
    m_nextMeetingCheckBox->setChecked(plan.nextMeeting.isValid());
    m_nextMeetingEdit->setEnabled(plan.nextMeeting.isValid() && m_document && !m_readOnly);
    m_nextMeetingEdit->setDate(plan.nextMeeting.isValid() ? plan.nextMeeting
                                                          : proposedNextMeeting());
    m_updating = false;
}

QDate PlanEditor::proposedNextMeeting() const
{
    QDate held = Clock::today();
    if (m_document && m_document->plan().occasionId != 0) {
        for (const Occasion& o : m_occasions) {
            if (o.id == m_document->plan().occasionId)
                held = o.date;
        }
    }
    return tilltro::proposedNextMeeting(held);
}

void PlanEditor::refreshList()
{
    const QSignalBlocker blocker(m_ui->delmalListWidget);
    m_ui->delmalListWidget->clear();
    if (!m_document)
        return;
    for (int i = 0; i < m_document->delmalCount(); ++i)
        m_ui->delmalListWidget->addItem(listText(i));
    // Room for every delmål up to six (more scroll), and for two at least.
    QListWidget* list = m_ui->delmalListWidget;
    const int rows = std::clamp(list->count(), 2, 6);
    int height = 0;
    for (int i = 0; i < rows; ++i)
        height += i < list->count() ? list->sizeHintForRow(i) : list->fontMetrics().height() + 4;
    list->setFixedHeight(height + 2 * list->frameWidth() + 4);
}

int PlanEditor::currentDelmal() const
{
    return m_ui->delmalListWidget->currentRow();
}

void PlanEditor::selectDelmal(int index)
{
    m_ui->delmalListWidget->setCurrentRow(index);
    refreshDetails();
}

void PlanEditor::refreshDetails()
{
    const int index = currentDelmal();
    const bool has = m_document && index >= 0 && index < m_document->delmalCount();
    m_ui->delmalGroupBox->setEnabled(has && !m_readOnly);
    m_updating = true;
    const Delmal d = has ? m_document->delmal(index) : Delmal{};
    m_ui->delmalGroupBox->setTitle(has ? tr("Sub-goal %1").arg(index + 1) : tr("Sub-goal"));
    // Replace text only when it differs, so typing keeps its cursor; show a new text from its
    // beginning.
    for (auto [edit, text] :
         {std::pair{m_ui->whatLineEdit, d.what}, std::pair{m_ui->whyLineEdit, d.why}}) {
        if (edit->text() != text) {
            edit->setText(text);
            edit->setCursorPosition(0);
        }
    }
    for (int i = 0; i < m_ui->indicatorsListWidget->count(); ++i) {
        QListWidgetItem* item = m_ui->indicatorsListWidget->item(i);
        const QSignalBlocker blocker(m_ui->indicatorsListWidget);
        item->setCheckState(d.indicators.contains(item->data(Qt::UserRole).toString())
                                ? Qt::Checked
                                : Qt::Unchecked);
    }
    {
        const QSignalBlocker blocker(m_ui->targetLevelSpinBox);
        m_ui->targetLevelSpinBox->setValue(d.targetLevel ? *d.targetLevel
                                                         : m_ui->targetLevelSpinBox->minimum());
    }
    m_ui->responsibleComboBox->setCurrentIndex(
        m_ui->responsibleComboBox->findData(int(d.responsible)));
    if (m_ui->responsibleNameLineEdit->text() != d.responsibleName)
        m_ui->responsibleNameLineEdit->setText(d.responsibleName);
    {
        const QSignalBlocker b1(m_ui->startDateEdit);
        const QSignalBlocker b2(m_ui->targetDateEdit);
        setDate(m_ui->startDateEdit, d.start);
        setDate(m_ui->targetDateEdit, d.target);
    }
    m_ui->statusComboBox->setCurrentIndex(m_ui->statusComboBox->findData(int(d.status)));
    if (m_ui->followUpPlainTextEdit->toPlainText() != d.followUp) {
        const QSignalBlocker blocker(m_ui->followUpPlainTextEdit);
        m_ui->followUpPlainTextEdit->setPlainText(d.followUp);
    }
    refreshActivities(d);
    m_updating = false;
    updateEnabled();
}

void PlanEditor::refreshActivities(const Delmal& delmal)
{
    QTableWidget* table = m_ui->activitiesTableWidget;
    const QSignalBlocker blocker(table);
    const int current = table->currentRow();
    table->setRowCount(int(delmal.activities.size()));
    for (int r = 0; r < int(delmal.activities.size()); ++r) {
        const Activity& a = delmal.activities[size_t(r)];
        auto* what = new QTableWidgetItem(a.what);
        auto* who = new QTableWidgetItem(a.who);
        auto* when = new QTableWidgetItem;
        when->setData(Qt::EditRole, a.when.isValid() ? a.when : Clock::today());
        if (!a.when.isValid())
            when->setData(Qt::DisplayRole, QString());
        auto* done = new QTableWidgetItem(a.done ? tr("done") : QString());
        done->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        done->setCheckState(a.done ? Qt::Checked : Qt::Unchecked);
        table->setItem(r, 0, what);
        table->setItem(r, 1, who);
        table->setItem(r, 2, when);
        table->setItem(r, 3, done);
    }
    if (current >= 0 && current < table->rowCount())
        table->setCurrentCell(current, table->currentColumn());
}

void PlanEditor::activitiesEdited()
{
    QTableWidget* table = m_ui->activitiesTableWidget;
    changeCurrent(tr("activities"), [&](Delmal& d) {
        for (int r = 0; r < table->rowCount() && r < int(d.activities.size()); ++r) {
            Activity& a = d.activities[size_t(r)];
            a.what = table->item(r, 0)->text();
            a.who = table->item(r, 1)->text();
            const QVariant when = table->item(r, 2)->data(Qt::EditRole);
            a.when = when.typeId() == QMetaType::QDate ? when.toDate() : a.when;
            a.done = table->item(r, 3)->checkState() == Qt::Checked;
        }
    });
}

void PlanEditor::updateEnabled()
{
    const bool editable = m_document && !m_readOnly;
    const int index = currentDelmal();
    const int count = m_document ? m_document->delmalCount() : 0;
    m_ui->goalTypeComboBox->setEnabled(editable);
    m_ui->goalTextLineEdit->setReadOnly(!editable);
    m_nextMeetingCheckBox->setEnabled(editable);
    m_nextMeetingEdit->setEnabled(editable && m_nextMeetingCheckBox->isChecked());
    m_ui->addDelmalPushButton->setEnabled(editable);
    m_ui->removeDelmalPushButton->setEnabled(editable && index >= 0);
    m_ui->moveUpToolButton->setEnabled(editable && index > 0);
    m_ui->moveDownToolButton->setEnabled(editable && index >= 0 && index < count - 1);
    m_ui->removeActivityPushButton->setEnabled(editable &&
                                               m_ui->activitiesTableWidget->rowCount() > 0);
}

void PlanEditor::changeCurrent(const QString& field, const std::function<void(Delmal&)>& edit)
{
    const int index = currentDelmal();
    if (m_updating || !m_document || m_readOnly || index < 0 || index >= m_document->delmalCount())
        return;
    Delmal changed = m_document->delmal(index);
    edit(changed);
    m_document->undoStack()->push(new ChangeDelmalCommand(m_document.get(), index, changed, field));
}

void PlanEditor::addDelmal()
{
    if (!m_document || m_readOnly)
        return;
    Delmal d;
    d.start = Clock::today();
    d.target = Clock::today().addMonths(3);
    const int index = m_document->delmalCount();
    m_document->undoStack()->push(new AddDelmalCommand(m_document.get(), index, d));
    m_ui->whatLineEdit->setFocus(Qt::OtherFocusReason);
}

void PlanEditor::removeDelmal()
{
    const int index = currentDelmal();
    if (!m_document || m_readOnly || index < 0)
        return;
    m_document->undoStack()->push(new RemoveDelmalCommand(m_document.get(), index));
}

void PlanEditor::moveDelmal(int delta)
{
    const int from = currentDelmal();
    const int to = from + delta;
    if (!m_document || m_readOnly || from < 0 || to < 0 || to >= m_document->delmalCount())
        return;
    m_document->undoStack()->push(new MoveDelmalCommand(m_document.get(), from, to));
}

bool PlanEditor::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_ui->delmalListWidget && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() == Qt::AltModifier &&
            (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
            moveDelmal(key->key() == Qt::Key_Up ? -1 : 1);
            return true;
        }
        if (key->key() == Qt::Key_Delete && key->modifiers() == Qt::NoModifier) {
            removeDelmal();
            return true;
        }
        if (key->key() == Qt::Key_Insert) {
            addDelmal();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool PlanEditor::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty || !m_document)
        return true;
    Handlingsplan plan = m_document->plan();
    m_saving = true;
    auto saved = m_ws.savePlan(plan);
    m_saving = false;
    if (!saved && saved.error().kind == Error::Kind::Stale)
        return resolveConflict(saved.errorMessage());
    if (!saved) {
        m_ui->saveStatusLabel->setText(tr("Not saved: %1 Trying again…").arg(saved.errorMessage()));
        m_saveTimer->start(5000);
        return false;
    }
    m_document->adoptIds(plan);
    m_plans[size_t(m_planIndex)] = m_document->plan();
    m_dirty = false;
    m_ui->saveStatusLabel->setText(
        tr("Saved %1.").arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
    return true;
}

bool PlanEditor::resolveConflict(const QString& message)
{
    // Trying again cannot help: someone else saved this plan in between.
    m_ui->saveStatusLabel->setText(tr("Not saved: %1").arg(message));
    if (m_resolvingConflict)
        return false;
    m_resolvingConflict = true;
    const ConflictChoice choice = askAboutConflict(
        this, message, tr("Discard: your changes are thrown away and the stored plan is shown."));
    m_resolvingConflict = false;
    switch (choice) {
    case ConflictChoice::SaveMine: {
        auto plans = m_ws.plans(m_participantId);
        if (!plans)
            return false;
        for (const Handlingsplan& stored : plans.value()) {
            if (stored.id == m_document->plan().id)
                m_document->adoptVersion(stored); // asked for: over the stored one
        }
        return saveNow();
    }
    case ConflictChoice::Discard:
        m_dirty = false;
        return reload();
    case ConflictChoice::Later:
        break;
    }
    return false;
}

bool PlanEditor::newPlan()
{
    if (!saveNow())
        return false;
    qint64 occasionId = 0;
    for (const Occasion& o : m_occasions) {
        if (o.state == OccasionState::Completed)
            occasionId = o.id; // the latest completed (oldest first)
    }
    Handlingsplan current;
    current.participantId = m_participantId;
    if (m_document)
        current = m_document->plan();
    // The rule of what goes on (and what stays behind with its follow-up) is core's.
    Handlingsplan plan = nextPlan(current, occasionId);
    plan.participantId = m_participantId;
    if (auto saved = m_ws.savePlan(plan); !saved) {
        m_ui->saveStatusLabel->setText(saved.errorMessage());
        return false;
    }
    return reload();
}

} // namespace tilltro::gui
