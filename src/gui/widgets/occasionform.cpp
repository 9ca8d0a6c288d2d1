#include "occasionform.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLocale>
#include <QScrollArea>
#include <QShortcut>
#include <QTimer>

#include <algorithm>

#include "core/analysis/insatsanalysis.h"
#include "core/analysis/occasionrules.h"
#include "core/clock.h"
#include "dateedit.h"
#include "dialogs/conflictchoice.h"
#include "dialogs/insatsdialog.h"
#include "dialogs/messagebox.h"
#include "ratingrow.h"
#include "savetimer.h"
#include "ui_occasionform.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

bool setDeltagareAbsent(QWidget* parent, const Instrument& instrument, Occasion& occasion,
                        bool absent)
{
    if (!absent) {
        // A completed occasion without the deltagare has no answers of theirs to stand on.
        if (occasion.deltagareAbsent && occasion.state == OccasionState::Completed) {
            MessageBox::warning(parent, OccasionForm::tr("The participant did not take part"),
                                OccasionForm::tr("The assessment is completed without the "
                                                 "participant's part. Make a new assessment for "
                                                 "the participant's answers."));
            return false;
        }
        occasion.deltagareAbsent = false;
        return true;
    }
    QStringList answered;
    for (const Question* q : instrument.questionsFor(Respondent::Deltagare)) {
        if (auto it = occasion.answers.find(q->key);
            it != occasion.answers.end() && !it->second.isEmpty())
            answered << q->key;
    }
    if (!answered.isEmpty()) {
        const auto answer = MessageBox::question(
            parent, OccasionForm::tr("The participant did not take part"),
            OccasionForm::tr("The participant's part has %n answer(s). They are removed when the "
                             "participant did not take part. Remove them?",
                             nullptr, int(answered.size())));
        if (answer != QMessageBox::Yes)
            return false;
        for (const QString& key : answered)
            occasion.answers.erase(key);
    }
    occasion.deltagareAbsent = true;
    return true;
}

OccasionForm::OccasionForm(workspace::Workspace& ws, qint64 participantId, qint64 occasionId,
                           QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::OccasionForm>())
    , m_ws(ws)
    , m_language(QLocale().name().left(2))
    , m_saveTimer(newSaveTimer(this, SaveDelayMs, [this] { saveNow(); }))
{
    m_ui->setupUi(this);

    QFont big = m_ui->participantLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_ui->participantLabel->setFont(big);
    m_ui->keyboardHelpLabel->setForegroundRole(QPalette::PlaceholderText);
    // Read at arm's length when the deltagare has answered the last question.
    QFont done = m_ui->deltagareDoneLabel->font();
    done.setPointSizeF(done.pointSizeF() * 1.2);
    done.setBold(true);
    m_ui->deltagareDoneLabel->setFont(done);
    m_ui->deltagareDoneLabel->hide();

    if (!load(participantId, occasionId)) {
        m_ui->partsTabWidget->setEnabled(false);
        m_ui->completePushButton->setEnabled(false);
        m_ui->messageLabel->setText(m_errorMessage);
        return;
    }
    m_noInsatsCheckBox = new QCheckBox(tr("No intervention ran at this assessment"), this);
    m_noInsatsCheckBox->setObjectName(u"noInsatsCheckBox"_s);
    m_noInsatsCheckBox->setToolTip(tr("Records that no intervention ran, so that it is not read "
                                      "as unknown. Possible only when no intervention runs on "
                                      "the date of the assessment."));
    m_noInsatsCheckBox->setChecked(m_occasion.noInsats);
    m_ui->insatserLayout->insertWidget(
        m_ui->insatserLayout->indexOf(m_ui->insatserSummaryLabel) + 1, m_noInsatsCheckBox);
    connect(m_noInsatsCheckBox, &QCheckBox::toggled, this, [this](bool none) {
        m_occasion.noInsats = none;
        reloadInsatser();
        markDirty();
    });
    buildRows();
    loadPrevious();
    reloadInsatser();

    // An occasion with the handledare's part only: the deltagare's part is left out of their
    // radar and change table (never eight "Vill ej svara").
    m_absentCheckBox = new QCheckBox(tr("The participant did not take &part"), this);
    m_absentCheckBox->setObjectName(u"deltagareAbsentCheckBox"_s);
    m_absentCheckBox->setToolTip(tr("The assessment has the case worker's part only. It is left "
                                    "out of the participant's chart and change table."));
    m_absentCheckBox->setChecked(m_occasion.deltagareAbsent);
    m_ui->deltagareRowsLayout->insertWidget(0, m_absentCheckBox);
    setTabOrder(m_ui->handledareComboBox, m_absentCheckBox);
    if (!m_rows.empty())
        setTabOrder(m_absentCheckBox, m_rows.front());
    connect(m_absentCheckBox, &QCheckBox::toggled, this, [this](bool absent) {
        if (!setDeltagareAbsent(this, m_instrument, m_occasion, absent)) {
            const QSignalBlocker block(m_absentCheckBox);
            m_absentCheckBox->setChecked(!absent);
            return;
        }
        showDeltagareAbsent();
        markDirty();
    });
    showDeltagareAbsent();

    m_ui->occasionDateEdit->setDate(m_occasion.date);
    m_ui->notesPlainTextEdit->setPlainText(m_occasion.notes);
    if (auto all = m_ws.handledare()) {
        for (const Handledare& h : all.value()) {
            if (!h.active && h.id != m_occasion.handledareId)
                continue;
            m_ui->handledareComboBox->addItem(h.name, h.id);
            if (h.id == m_occasion.handledareId)
                m_ui->handledareComboBox->setCurrentIndex(m_ui->handledareComboBox->count() - 1);
        }
    }
    const bool completedBefore = m_occasion.state == OccasionState::Completed;
    m_ui->completePushButton->setVisible(!completedBefore);
    m_ui->draftStatusLabel->setText(completedBefore
                                        ? tr("Completed. Changes are saved and logged.")
                                        : (m_occasion.id ? tr("Draft") : tr("New assessment")));

    connect(m_ui->occasionDateEdit, &QDateEdit::dateChanged, this, &OccasionForm::dateEdited);
    connect(m_ui->toHandledarePushButton, &QPushButton::clicked, this,
            &OccasionForm::goToHandledarePart);
    connect(m_ui->handledareComboBox, &QComboBox::currentIndexChanged, this, [this] {
        m_occasion.handledareId = m_ui->handledareComboBox->currentData().toLongLong();
        markDirty();
    });
    connect(m_ui->notesPlainTextEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_occasion.notes = m_ui->notesPlainTextEdit->toPlainText();
        markDirty();
    });
    connect(m_ui->addInsatsPushButton, &QPushButton::clicked, this, &OccasionForm::addInsats);
    connect(m_ui->editInsatsPushButton, &QPushButton::clicked, this, [this] { editInsats(false); });
    connect(m_ui->endInsatsPushButton, &QPushButton::clicked, this, [this] { editInsats(true); });
    connect(m_ui->closePushButton, &QPushButton::clicked, this, &QWidget::close);
    connect(m_ui->completePushButton, &QPushButton::clicked, this, &OccasionForm::complete);
    auto* completeShortcut = new QShortcut(QKeySequence(u"Ctrl+Return"_s), this);
    connect(completeShortcut, &QShortcut::activated, this, &OccasionForm::complete);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, [this] {
        if (saveNow())
            m_changedSinceExplicitSave = false;
    });
    auto* closeShortcut = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(closeShortcut, &QShortcut::activated, this, &OccasionForm::closeByEscape);
    // Keep the focused question in view while tabbing or typing through the form.
    m_focusConnection =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget*, QWidget* now) {
            for (QScrollArea* area : {m_ui->deltagareScrollArea, m_ui->handledareScrollArea}) {
                if (now && area->widget()->isAncestorOf(now))
                    area->ensureWidgetVisible(now, 20, 20);
            }
        });

    updateTitle();
}

void OccasionForm::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (m_focusedOnce || m_rows.empty())
        return;
    // Start where the answering starts: the first question without an answer.
    m_focusedOnce = true;
    auto first = std::find_if(m_rows.begin(), m_rows.end(), [](RatingRow* row) {
        return row->isEnabled() && row->answer().isEmpty();
    });
    RatingRow* target = first != m_rows.end() ? *first : m_rows.front();
    if (m_ui->handledareContents->isAncestorOf(target))
        m_ui->partsTabWidget->setCurrentWidget(m_ui->handledarePage);
    target->setFocus(Qt::OtherFocusReason);
}

OccasionForm::~OccasionForm()
{
    // Children are destroyed after m_ui; focus changes during that must not reach the lambda.
    disconnect(m_focusConnection);
    if (m_dirty)
        saveNow();
}

bool OccasionForm::load(qint64 participantId, qint64 occasionId)
{
    auto participant = m_ws.participant(participantId);
    if (!participant || !participant.value()) {
        m_errorMessage =
            participant ? tr("The participant no longer exists.") : participant.errorMessage();
        return false;
    }
    m_participant = *participant.value();

    if (occasionId > 0) {
        auto occasion = m_ws.occasion(occasionId);
        if (!occasion || !occasion.value()) {
            m_errorMessage =
                occasion ? tr("The assessment no longer exists.") : occasion.errorMessage();
            return false;
        }
        m_occasion = *occasion.value();
        auto instrument = m_ws.instrument(m_occasion.instrumentId);
        if (!instrument) {
            m_errorMessage = instrument.errorMessage();
            return false;
        }
        m_instrument = std::move(instrument).value();
        return true;
    }

    // A new occasion: the instrument version chosen for new occasions (Arkiv › Instrument…).
    auto instrument = m_ws.instrumentForNewOccasions();
    if (!instrument) {
        m_errorMessage = instrument.errorMessage();
        return false;
    }
    m_instrument = std::move(instrument).value();
    m_occasion.participantId = m_participant.id;
    m_occasion.date = Clock::today();
    m_occasion.state = OccasionState::Draft;
    m_occasion.handledareId = m_participant.handledareId;
    if (m_occasion.handledareId == 0) {
        if (auto me = m_ws.currentUser(); me && me.value())
            m_occasion.handledareId = me.value()->id;
    }
    return true;
}

void OccasionForm::buildRows()
{
    auto addRows = [this](Respondent respondent, QVBoxLayout* layout, bool stretch) {
        for (const Question* question : m_instrument.questionsFor(respondent)) {
            auto* row = new RatingRow(m_instrument, *question, m_language, this);
            if (auto it = m_occasion.answers.find(question->key); it != m_occasion.answers.end())
                row->setAnswer(it->second);
            connect(row, &RatingRow::answerChanged, this, &OccasionForm::answerChanged);
            connect(row, &RatingRow::answeredByKey, this, [this, row] { focusNextRow(row); });
            layout->addWidget(row);
            m_rows.push_back(row);
            if (respondent == Respondent::Deltagare)
                m_deltagareRows = int(m_rows.size());
        }
        if (stretch)
            layout->addStretch(1);
    };
    // The deltagare's page ends with the way on to the handledare's part, right under the rows.
    addRows(Respondent::Deltagare, m_ui->deltagareRowsLayout, false);
    addRows(Respondent::Handledare, m_ui->handledareRowsLayout, true);
    // Reading order: the rows, then the rest of the handledare page, then the footer.
    QWidget* previous = m_ui->handledareComboBox;
    for (int i = 0; i < int(m_rows.size()); ++i) {
        setTabOrder(previous, m_rows[size_t(i)]);
        previous = m_rows[size_t(i)];
        if (i + 1 == m_deltagareRows) {
            setTabOrder(previous, m_ui->toHandledarePushButton);
            previous = m_ui->toHandledarePushButton;
        }
    }
    for (QWidget* w : {static_cast<QWidget*>(m_ui->insatserTableWidget),
                       static_cast<QWidget*>(m_ui->addInsatsPushButton),
                       static_cast<QWidget*>(m_ui->editInsatsPushButton),
                       static_cast<QWidget*>(m_ui->endInsatsPushButton),
                       static_cast<QWidget*>(m_noInsatsCheckBox),
                       static_cast<QWidget*>(m_ui->notesPlainTextEdit),
                       static_cast<QWidget*>(m_ui->closePushButton),
                       static_cast<QWidget*>(m_ui->completePushButton)}) {
        setTabOrder(previous, w);
        previous = w;
    }
}

void OccasionForm::loadPrevious()
{
    auto all = m_ws.occasions(m_participant.id);
    const Occasion* previous = nullptr;
    if (all) {
        for (const Occasion& o : all.value()) {
            if (o.id != m_occasion.id && o.state == OccasionState::Completed &&
                o.date <= m_occasion.date)
                previous = &o;
        }
    }
    for (RatingRow* row : m_rows) {
        Answer answer;
        if (previous) {
            if (auto it = previous->answers.find(row->key()); it != previous->answers.end())
                answer = it->second;
        }
        row->setPrevious(answer);
    }
}

void OccasionForm::showDeltagareAbsent()
{
    for (int i = 0; i < m_deltagareRows; ++i) {
        RatingRow* row = m_rows[size_t(i)];
        if (m_occasion.deltagareAbsent)
            row->setAnswer({});
        row->setEnabled(!m_occasion.deltagareAbsent);
    }
}

void OccasionForm::reloadInsatser()
{
    auto periods = m_ws.insatser(m_participant.id);
    m_insatser = periods ? std::move(periods).value() : std::vector<InsatsPeriod>{};
    QTableWidget* table = m_ui->insatserTableWidget;
    table->clear();
    table->setColumnCount(5);
    table->setHorizontalHeaderLabels(
        {tr("Kind"), tr("What"), tr("Provider"), tr("Started"), tr("Ended")});
    table->setRowCount(int(m_insatser.size()));
    for (int r = 0; r < int(m_insatser.size()); ++r) {
        const InsatsPeriod& p = m_insatser[size_t(r)];
        const QStringList cells{m_ws.insatsLists().categoryLabel(p.category, m_language), p.title,
                                p.provider, p.start.toString(Qt::ISODate),
                                p.end.isValid() ? p.end.toString(Qt::ISODate) : tr("running")};
        for (int c = 0; c < cells.size(); ++c)
            table->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    table->resizeColumnsToContents();

    // What BIP says matters: parallel insatser with a job-oriented one, and no gaps.
    // Gaps over the last three months of the participation up to the occasion: days before the
    // start or after the end are no gaps.
    const QDate day = m_occasion.date;
    const InsatsLists& lists = m_ws.insatsLists();
    const auto recent = analysis::analyseRecentInsatser(m_insatser, m_participant, day,
                                                        analysis::JobOriented(lists));
    QStringList parts;
    const auto running = analysis::activeCategoriesOn(m_insatser, day);
    if (running.empty()) {
        parts << tr("No intervention is running.");
    } else {
        QStringList names;
        for (const QString& c : running)
            names << InsatsLists::inSentence(lists.categoryLabel(c, m_language));
        parts << tr("Running: %1.").arg(names.join(u", "_s));
    }
    const analysis::JobOriented jobOriented(lists);
    if (!running.empty() && std::none_of(running.begin(), running.end(),
                                         [&](const QString& c) { return jobOriented.contains(c); }))
        parts << tr("No job-oriented intervention runs in parallel.");
    const int daysWithout = recent.summary.daysWithout;
    if (daysWithout > 0)
        parts << (recent.ended ? tr("%n day(s) without any intervention in the last three months "
                                    "of the participation.",
                                    nullptr, daysWithout)
                               : tr("%n day(s) without any intervention in the last three months.",
                                    nullptr, daysWithout));
    // "None ran" is for a day when none runs; one recorded before a period was added that
    // covers the day stays until unticked, and says so.
    if (m_noInsatsCheckBox) {
        m_noInsatsCheckBox->setEnabled(running.empty() || m_occasion.noInsats);
        if (!running.empty() && m_occasion.noInsats)
            parts << tr("Recorded as \"no intervention\", yet one runs on the date: untick it.");
    }
    m_ui->insatserSummaryLabel->setText(parts.join(u' '));
    const bool any = !m_insatser.empty();
    m_ui->editInsatsPushButton->setEnabled(any);
    m_ui->endInsatsPushButton->setEnabled(any);
}

void OccasionForm::addInsats()
{
    InsatsPeriod period;
    period.participantId = m_participant.id;
    period.start = m_occasion.date;
    InsatsDialog dialog(m_ws, period, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadInsatser();
}

void OccasionForm::editInsats(bool ending)
{
    const int row = m_ui->insatserTableWidget->currentRow();
    if (row < 0 || row >= int(m_insatser.size()))
        return;
    InsatsPeriod period = m_insatser[size_t(row)];
    if (ending && !period.end.isValid())
        period.end = m_occasion.date >= period.start ? m_occasion.date : period.start;
    InsatsDialog dialog(m_ws, period, this);
    if (dialog.exec() == QDialog::Accepted)
        reloadInsatser();
}

void OccasionForm::answerChanged(const QString& key, const Answer& answer)
{
    if (answer.isEmpty())
        m_occasion.answers.erase(key);
    else
        m_occasion.answers[key] = answer;
    markDirty();
    if (!m_ui->deltagareDoneLabel->isHidden())
        updateDeltagareDone();
}

void OccasionForm::markDirty()
{
    m_dirty = true;
    m_changedSinceExplicitSave = true;
    m_saveTimer->start();
}

void OccasionForm::dateEdited(const QDate& date)
{
    // An occasion is recorded on the day it is held: a later date is refused, not stored.
    if (auto allowed = analysis::checkOccasionDate(date, Clock::today()); !allowed) {
        m_dateMessage = allowed.errorMessage();
        m_ui->messageLabel->setText(m_dateMessage);
        return;
    }
    if (!m_dateMessage.isEmpty() && m_ui->messageLabel->text() == m_dateMessage)
        m_ui->messageLabel->clear(); // the refused date was put right
    m_dateMessage.clear();
    m_occasion.date = date;
    loadPrevious();
    reloadInsatser();
    updateTitle();
    markDirty();
}

void OccasionForm::closeByEscape()
{
    // A date typed but not taken (not a date, or refused) would be lost without a word.
    const DateEdit* dateEdit = m_ui->occasionDateEdit;
    if (!dateEdit->typedDateIsValid() || dateEdit->date() != m_occasion.date) {
        const auto answer = MessageBox::question(
            this, tr("Close the assessment?"),
            tr("The date on screen has not been saved; the assessment keeps the date %1. Close "
               "it anyway?")
                .arg(m_occasion.date.toString(Qt::ISODate)),
            QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes)
            return;
        close();
        return;
    }
    if (m_changedSinceExplicitSave) {
        const bool completedBefore = m_occasion.state == OccasionState::Completed;
        const QString text =
            completedBefore
                ? tr("You have changed the assessment since you last saved. Close it now?\n\n"
                     "The changes are saved whichever you choose.")
                : tr("You have typed in the assessment since you last saved. Close it now?\n\n"
                     "What you typed is kept as a draft whichever you choose.");
        const auto answer =
            MessageBox::question(this, tr("Close the assessment?"), text,
                                 QMessageBox::Yes | QMessageBox::No, QMessageBox::No);
        if (answer != QMessageBox::Yes) {
            saveNow(); // kept as a draft while the meeting goes on
            return;
        }
    }
    close();
}

void OccasionForm::stopAtEndOfDeltagarePart()
{
    updateDeltagareDone();
    m_ui->deltagareDoneLabel->show();
    // The focus leaves the rating rows: a digit typed now answers nothing.
    m_ui->toHandledarePushButton->setFocus(Qt::OtherFocusReason);
    m_ui->deltagareScrollArea->ensureWidgetVisible(m_ui->toHandledarePushButton, 20, 20);
}

void OccasionForm::updateDeltagareDone()
{
    if (m_occasion.deltagareAbsent) {
        m_ui->deltagareDoneLabel->setText(tr("The participant did not take part. Next: the case "
                                             "worker's part. Press Enter to go on."));
        return;
    }
    QStringList unanswered;
    for (int i = 0; i < m_deltagareRows; ++i) {
        const RatingRow* row = m_rows[size_t(i)];
        const Question* question = m_instrument.question(row->key());
        if (row->answer().isEmpty() && question && question->required)
            unanswered << question->label.text(m_language);
    }
    m_ui->deltagareDoneLabel->setText(
        unanswered.isEmpty()
            ? tr("The participant's part is done. Next: the case worker's part. Press Enter to go "
                 "on.")
            : tr("This is the end of the participant's part. Not answered yet: %1.")
                  .arg(unanswered.join(u", "_s)));
}

void OccasionForm::goToHandledarePart()
{
    m_ui->partsTabWidget->setCurrentWidget(m_ui->handledarePage);
    RatingRow* target = nullptr;
    for (size_t i = size_t(m_deltagareRows); i < m_rows.size() && !target; ++i) {
        if (m_rows[i]->answer().isEmpty())
            target = m_rows[i];
    }
    if (!target && size_t(m_deltagareRows) < m_rows.size())
        target = m_rows[size_t(m_deltagareRows)];
    if (target)
        target->setFocus(Qt::TabFocusReason);
}

bool OccasionForm::saveNow()
{
    m_saveTimer->stop();
    if (!m_dirty)
        return true;
    Occasion toSave = m_occasion;
    // A new occasion stores the instrument version it is made with on its first save.
    const Result<void> outcome = m_ws.saveOccasion(toSave, m_instrument);
    if (!outcome && outcome.error().kind == Error::Kind::Stale)
        return resolveConflict(outcome.errorMessage());
    if (!outcome) {
        // Keep everything in memory and try again; the person can go on typing.
        m_ui->draftStatusLabel->setText(
            tr("Not saved: %1 Trying again…").arg(outcome.errorMessage()));
        m_saveTimer->start(5000);
        return false;
    }
    m_occasion.id = toSave.id;
    m_occasion.instrumentId = toSave.instrumentId;
    m_occasion.completedAt = toSave.completedAt;
    m_occasion.rowVersion = toSave.rowVersion; // the team database's: the next save is from it
    m_dirty = false;
    m_ui->draftStatusLabel->setText(
        m_occasion.state == OccasionState::Completed
            ? tr("Changes saved %1 (logged).").arg(QTime::currentTime().toString(u"HH:mm:ss"_s))
            : tr("Draft saved %1.").arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
    updateTitle();
    Q_EMIT saved(m_occasion.id);
    return true;
}

bool OccasionForm::resolveConflict(const QString& message)
{
    // Trying again cannot help: someone else saved this occasion in between. What was typed
    // stays in the form until the person decides.
    m_ui->draftStatusLabel->setText(tr("Not saved: %1").arg(message));
    if (m_resolvingConflict)
        return false;
    m_resolvingConflict = true;
    const ConflictChoice choice = askAboutConflict(
        this, message,
        tr("Discard: your changes are thrown away and the form closes; open the assessment "
           "again to see the stored version."));
    m_resolvingConflict = false;
    switch (choice) {
    case ConflictChoice::SaveMine: {
        auto stored = m_ws.occasion(m_occasion.id);
        if (!stored || !stored.value()) {
            m_ui->draftStatusLabel->setText(
                tr("Not saved: %1")
                    .arg(stored ? tr("The assessment no longer exists.") : stored.errorMessage()));
            return false;
        }
        m_occasion.rowVersion = stored.value()->rowVersion; // asked for: over the stored one
        return saveNow();
    }
    case ConflictChoice::Discard:
        m_dirty = false;
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
        return true;
    case ConflictChoice::Later:
        break;
    }
    return false;
}

bool OccasionForm::complete()
{
    if (!ok())
        return false;
    DateEdit* dateEdit = m_ui->occasionDateEdit;
    Result<void> dated;
    if (!dateEdit->commitTypedDate())
        dated = makeError(Error::Kind::Invalid, dateEdit->inputProblem());
    else
        dated = analysis::checkOccasionDate(dateEdit->date(), Clock::today());
    if (!dated) {
        m_ui->messageLabel->setText(dated.errorMessage());
        dateEdit->setFocus(Qt::OtherFocusReason);
        return false;
    }
    Occasion candidate = m_occasion;
    auto result = analysis::completeOccasion(m_instrument, candidate, Clock::now());
    if (!result) {
        std::vector<QString> keys;
        for (const Question* q : analysis::missingAnswers(m_instrument, candidate))
            keys.push_back(q->key);
        for (const QString& key : analysis::invalidAnswers(m_instrument, candidate))
            keys.push_back(key);
        m_ui->messageLabel->setText(result.errorMessage());
        showMissing(keys);
        return false;
    }
    const Occasion before = m_occasion;
    m_occasion = candidate;
    m_dirty = true;
    if (!saveNow()) {
        m_occasion = before; // still a draft; the answers stay and are saved again
        m_dirty = true;
        m_ui->messageLabel->setText(tr("The assessment could not be completed: it was not saved."));
        return false;
    }
    m_ui->messageLabel->clear();
    m_changedSinceExplicitSave = false;
    Q_EMIT completed(m_occasion.id);
    close();
    return true;
}

void OccasionForm::showMissing(const std::vector<QString>& keys)
{
    RatingRow* first = nullptr;
    for (RatingRow* row : m_rows) {
        const bool missing = std::find(keys.begin(), keys.end(), row->key()) != keys.end();
        row->setMissing(missing);
        if (missing && !first)
            first = row;
    }
    if (first) {
        const bool handledarePart = m_ui->handledareContents->isAncestorOf(first);
        m_ui->partsTabWidget->setCurrentWidget(handledarePart ? m_ui->handledarePage
                                                              : m_ui->deltagarePage);
        first->setFocus(Qt::OtherFocusReason);
    }
}

void OccasionForm::focusNextRow(RatingRow* from)
{
    const auto it = std::find(m_rows.begin(), m_rows.end(), from);
    if (it == m_rows.end())
        return;
    if (int(it - m_rows.begin()) + 1 == m_deltagareRows) {
        // Never carry typing across to the handledare's answers.
        stopAtEndOfDeltagarePart();
        return;
    }
    QWidget* next = (it + 1 != m_rows.end()) ? static_cast<QWidget*>(*(it + 1))
                                             : static_cast<QWidget*>(m_ui->notesPlainTextEdit);
    if (m_ui->handledareContents->isAncestorOf(next))
        m_ui->partsTabWidget->setCurrentWidget(m_ui->handledarePage);
    next->setFocus(Qt::TabFocusReason);
}

void OccasionForm::updateTitle()
{
    // displayName() shows the code for a protected identity.
    setWindowTitle(tr("Assessment %1 — %2")
                       .arg(m_occasion.date.toString(Qt::ISODate), m_participant.displayName()));
    m_ui->participantLabel->setText(m_participant.displayName());
}

void OccasionForm::closeEvent(QCloseEvent* event)
{
    if (m_dirty && !saveNow() && m_ws.isTeam() && !m_resolvingConflict) {
        // A team database may refuse for good (the deltagare handed over, a share ended): the
        // person decides, rather than a form that can never close.
        const auto answer = MessageBox::question(
            this, tr("Not saved"),
            tr("%1\n\nClose the form anyway? What was typed since the last save is lost.")
                .arg(m_ui->draftStatusLabel->text()),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard) {
            m_dirty = false;
            event->accept();
            return;
        }
    }
    if (m_dirty) {
        // Never lose what was typed: stay open until it can be saved.
        m_ui->messageLabel->setText(tr("The changes could not be saved, so the form stays open. %1")
                                        .arg(m_ui->draftStatusLabel->text()));
        event->ignore();
        return;
    }
    event->accept();
}

} // namespace tilltro::gui
