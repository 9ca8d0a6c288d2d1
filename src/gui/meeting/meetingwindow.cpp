#include "meetingwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QCryptographicHash>
#include <QFormLayout>
#include <QFrame>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QTableWidget>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

#include <map>

#include "chart/radarchart.h"
#include "chart/radardata.h"
#include "core/analysis/insatsanalysis.h"
#include "core/analysis/occasionrules.h"
#include "core/analysis/progression.h"
#include "core/analysis/versioncomparison.h"
#include "core/clock.h"
#include "dialogs/insatsdialog.h"
#include "dialogs/messagebox.h"
#include "report/handlingsplandocument.h"
#include "widgets/changetable.h"
#include "widgets/dateedit.h"
#include "widgets/occasionform.h"
#include "widgets/planeditor.h"
#include "widgets/ratingrow.h"
#include "widgets/savetimer.h"
#include "workspace/workspace.h"

using namespace Qt::StringLiterals;

namespace tilltro::gui {

namespace {

constexpr int SaveDelayMs = 300;

QLabel* plainLabel(const QString& text, QWidget* parent, bool wrap = true)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText); // what people typed is shown literally
    label->setWordWrap(wrap);
    return label;
}

/// A label in the window's type, bold and `scale` times as large: only the attributes set
/// here are fixed, so it follows the window's size of type.
QLabel* headingLabel(const QString& text, QWidget* parent, double scale)
{
    QLabel* label = plainLabel(text, parent);
    QFont font = parent->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
    return label;
}

/// The room the meeting's type is made for: read from 1.5 m on a laptop, larger on a larger
/// screen.
double meetingTypeScale(const QWidget* window)
{
    const QScreen* screen = window->screen() ? window->screen() : QGuiApplication::primaryScreen();
    const double height = screen ? screen->availableGeometry().height() : 800;
    return std::clamp(height / 800.0 * 1.5, 1.5, 2.2);
}

} // namespace

MeetingWindow::MeetingWindow(workspace::Workspace& ws, qint64 participantId, bool shared,
                             QWidget* parent)
    : QWidget(parent, Qt::Window)
    , m_ws(ws)
    , m_language(QLocale().name().left(2))
    , m_shared(shared)
    , m_saveTimer(newSaveTimer(this, SaveDelayMs, [this] { saveNow(); }))
{
    setObjectName(u"meetingWindow"_s);
    setAttribute(Qt::WA_DeleteOnClose);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_titleLabel = new QLabel(this);
    m_titleLabel->setTextFormat(Qt::PlainText);
    m_titleLabel->setObjectName(u"meetingTitleLabel"_s);
    m_stepLabel = new QLabel(this);
    m_stepLabel->setTextFormat(Qt::PlainText);
    m_stepLabel->setObjectName(u"meetingStepLabel"_s);
    auto* titles = new QVBoxLayout;
    titles->addWidget(m_titleLabel);
    titles->addWidget(m_stepLabel);
    top->addLayout(titles, 1);
    m_easyReadButton = new QPushButton(tr("Easy-&read"), this);
    m_easyReadButton->setObjectName(u"easyReadButton"_s);
    m_easyReadButton->setCheckable(true);
    m_easyReadButton->setAccessibleName(tr("Easy-read questions"));
    m_easyReadButton->setToolTip(tr("Shorter questions in plain words, in larger type."));
    connect(m_easyReadButton, &QPushButton::toggled, this, &MeetingWindow::setEasyRead);
    m_modeButton = new QPushButton(this);
    m_modeButton->setObjectName(u"meetingModeButton"_s);
    connect(m_modeButton, &QPushButton::clicked, this, [this] { setShared(!m_shared); });
    m_closeButton = new QPushButton(tr("&End meeting"), this);
    m_closeButton->setObjectName(u"endMeetingButton"_s);
    m_closeButton->setToolTip(tr("Saves everything and goes back to the normal view (Esc)."));
    connect(m_closeButton, &QPushButton::clicked, this, &QWidget::close);
    top->addWidget(m_easyReadButton, 0, Qt::AlignTop);
    top->addWidget(m_modeButton, 0, Qt::AlignTop);
    top->addWidget(m_closeButton, 0, Qt::AlignTop);
    layout->addLayout(top);

    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setAccessibleName(tr("Current step"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);

    auto* bottom = new QHBoxLayout;
    m_backButton = new QPushButton(tr("&Back"), this);
    m_backButton->setObjectName(u"backButton"_s);
    m_backButton->setToolTip(tr("The previous step (Alt+Left)."));
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setObjectName(u"meetingStatusLabel"_s);
    m_nextButton = new QPushButton(tr("&Next"), this);
    m_nextButton->setObjectName(u"nextButton"_s);
    m_nextButton->setToolTip(tr("The next step (Alt+Right)."));
    m_nextButton->setDefault(false);
    bottom->addWidget(m_backButton);
    bottom->addWidget(m_statusLabel, 1, Qt::AlignCenter);
    bottom->addWidget(m_nextButton);
    layout->addLayout(bottom);
    connect(m_backButton, &QPushButton::clicked, this, &MeetingWindow::goBack);
    connect(m_nextButton, &QPushButton::clicked, this, &MeetingWindow::goNext);

    const auto shortcut = [this](const QKeySequence& key, auto slot) {
        auto* s = new QShortcut(key, this);
        connect(s, &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence(u"Alt+Right"_s), [this] { goNext(); });
    shortcut(QKeySequence(u"Alt+Left"_s), [this] { goBack(); });
    shortcut(QKeySequence(Qt::Key_F11), [this] { setShared(!m_shared); });
    shortcut(QKeySequence(Qt::Key_Escape), [this] { close(); });
    shortcut(QKeySequence::Save, [this] { saveNow(); });

    if (!load(participantId)) {
        m_scroll->setWidget(plainLabel(m_errorMessage, this));
        m_backButton->setEnabled(false);
        m_nextButton->setEnabled(false);
        return;
    }
    // Resume where the meeting was left, when it is the same occasion.
    QSettings settings;
    if (m_occasion.id != 0 &&
        settings.value(settingsKey(u"occasion"_s)).toLongLong() == m_occasion.id) {
        const int stored = settings.value(settingsKey(u"step"_s), 0).toInt();
        auto step = Step(std::clamp(stored, 0, int(Step::NextMeeting)));
        if (m_shared && step == Step::HandledarePart)
            step = Step::Result; // as switching to meeting mode on that step does
        if (steps().contains(step))
            m_step = step;
    }
    applyMode();
}

MeetingWindow::~MeetingWindow()
{
    if (ok() && !m_discarded)
        saveNow();
}

QString MeetingWindow::settingsKey(const QString& what) const
{
    // Per database and deltagare; the path only as a hash (no file name in the settings).
    const QByteArray database =
        QCryptographicHash::hash(m_ws.path().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"meeting/%1/%2/%3"_s.arg(QString::fromLatin1(database)).arg(m_participant.id).arg(what);
}

bool MeetingWindow::showsBothPerspectives() const
{
    return QSettings().value(settingsKey(u"bothPerspectives"_s), false).toBool();
}

void MeetingWindow::rememberStep() const
{
    if (!ok() || m_occasion.id == 0)
        return;
    QSettings settings;
    settings.setValue(settingsKey(u"occasion"_s), m_occasion.id);
    settings.setValue(settingsKey(u"step"_s), int(m_step));
}

bool MeetingWindow::load(qint64 participantId)
{
    auto participant = m_ws.participant(participantId);
    if (!participant || !participant.value()) {
        m_errorMessage =
            participant ? tr("The participant no longer exists.") : participant.errorMessage();
        return false;
    }
    m_participant = *participant.value();
    m_databasePath = m_ws.path();
    auto instrument = Instrument::loadDefault();
    if (!instrument) {
        m_errorMessage = instrument.errorMessage();
        return false;
    }
    m_defaultInstrument = std::move(instrument).value();
    auto occasions = m_ws.occasions(participantId);
    if (!occasions) {
        m_errorMessage = occasions.errorMessage();
        return false;
    }
    chooseOccasion(occasions.value());
    if (m_occasion.id != 0) {
        auto stored = m_ws.instrument(m_occasion.instrumentId);
        if (!stored) {
            m_errorMessage = stored.errorMessage();
            return false;
        }
        m_instrument = std::move(stored).value();
    } else {
        // A new occasion: the instrument version chosen for new occasions.
        auto forNew = m_ws.instrumentForNewOccasions();
        if (!forNew) {
            m_errorMessage = forNew.errorMessage();
            return false;
        }
        m_instrument = std::move(forNew).value();
    }
    // Easy-read wording where the instrument has it; without it the button is not offered.
    if (auto easy = easyReadTexts(m_instrument))
        m_easyReadTexts = std::move(easy).value();
    else
        qWarning("%s", qPrintable(easy.errorMessage()));
    return reloadPlans();
}

void MeetingWindow::chooseOccasion(const std::vector<Occasion>& occasions)
{
    // The newest draft is the meeting going on; else today's completed occasion (the meeting
    // came back to its result); else a new occasion, stored at its first answer.
    const Occasion* chosen = nullptr;
    for (const Occasion& o : occasions) {
        if (o.state == OccasionState::Draft)
            chosen = &o;
    }
    // A draft from an earlier day may be a meeting left unfinished, or one forgotten: ask.
    if (chosen && chosen->date != Clock::today()) {
        const auto answer = MessageBox::question(
            parentWidget(), tr("Continue the draft?"),
            tr("There is a draft assessment from %1. Continue it (it keeps its date)? No starts a "
               "new assessment today; the draft stays as it is.")
                .arg(QLocale().toString(chosen->date, QLocale::ShortFormat)));
        if (answer != QMessageBox::Yes)
            chosen = nullptr;
    }
    if (!chosen) {
        for (const Occasion& o : occasions) {
            if (o.state == OccasionState::Completed && o.date == Clock::today())
                chosen = &o;
        }
    }
    for (const Occasion& o : occasions) {
        if (!chosen || o.id != chosen->id)
            m_occasions.push_back(o);
    }
    if (chosen) {
        m_occasion = *chosen;
        return;
    }
    m_occasion.participantId = m_participant.id;
    m_occasion.date = Clock::today();
    m_occasion.state = OccasionState::Draft;
    m_occasion.handledareId = m_participant.handledareId;
    if (m_occasion.handledareId == 0) {
        if (auto me = m_ws.currentUser(); me && me.value())
            m_occasion.handledareId = me.value()->id;
    }
}

bool MeetingWindow::reloadPlans()
{
    auto plans = m_ws.plans(m_participant.id);
    if (!plans) {
        m_errorMessage = plans.errorMessage();
        return false;
    }
    m_plans = std::move(plans).value();
    m_dirtyPlans.clear();
    return true;
}

QList<MeetingWindow::Step> MeetingWindow::steps() const
{
    QList<Step> all{Step::Answers};
    if (!m_shared)
        all << Step::HandledarePart; // for the handledare alone
    all << Step::Result << Step::FollowUp << Step::Plan << Step::NextMeeting;
    return all;
}

QString MeetingWindow::stepTitle(Step step) const
{
    switch (step) {
    case Step::Answers:
        return m_shared ? tr("Your answers") : tr("The participant's part");
    case Step::HandledarePart:
        return tr("The case worker's part");
    case Step::Result:
        return m_shared ? tr("How you have moved") : tr("The result");
    case Step::FollowUp:
        return tr("Follow-up of the plan");
    case Step::Plan:
        return tr("The new plan");
    case Step::NextMeeting:
        return tr("Next meeting and print");
    }
    return {};
}

void MeetingWindow::setShared(bool shared)
{
    if (!ok() || shared == m_shared)
        return;
    saveNow();
    m_shared = shared;
    // The handledare's part does not exist in meeting mode: go on to the result.
    if (m_shared && m_step == Step::HandledarePart)
        m_step = Step::Result;
    applyMode();
    Q_EMIT sharedChanged(m_shared);
}

void MeetingWindow::applyMode()
{
    QFont type = QApplication::font();
    if (m_shared)
        type.setPointSizeF(type.pointSizeF() * meetingTypeScale(this));
    setFont(type);
    QFont title = type;
    title.setBold(true);
    title.setPointSizeF(type.pointSizeF() * 1.4);
    m_titleLabel->setFont(title);
    m_modeButton->setText(m_shared ? tr("Leave &meeting mode (F11)") : tr("&Meeting mode (F11)"));
    m_modeButton->setAccessibleName(m_shared ? tr("Leave meeting mode") : tr("Meeting mode"));
    m_modeButton->setToolTip(
        m_shared ? tr("Back to a window for the case worker alone, with the case worker's part.")
                 : tr("Full screen with large type, showing only what belongs to the "
                      "participant."));
    // The title names the deltagare as the caseload does (the code when protected), never more.
    const QString who = m_participant.displayName();
    m_titleLabel->setText(m_shared ? tr("Meeting with %1").arg(who)
                                   : tr("Meeting with %1 (case worker's view)").arg(who));
    setWindowTitle(m_shared ? tr("Meeting mode") : tr("Guided meeting — %1").arg(who));
    if (isVisible())
        present();
    buildPage();
}

void MeetingWindow::present()
{
    const QScreen* screen = this->screen() ? this->screen() : QGuiApplication::primaryScreen();
    if (m_shared) {
        if (screen)
            setGeometry(screen->geometry());
        showFullScreen();
    } else {
        showNormal();
        if (screen) {
            const QRect available = screen->availableGeometry();
            if (width() < available.width() * 3 / 4 || height() < available.height() * 3 / 4) {
                const QSize size = available.size() * 9 / 10;
                setGeometry(
                    QRect(available.topLeft() + QPoint((available.width() - size.width()) / 2,
                                                       (available.height() - size.height()) / 2),
                          size));
            }
        }
    }
    raise();
    activateWindow();
}

void MeetingWindow::setEasyRead(bool easyRead)
{
    if (easyRead == m_easyRead)
        return;
    m_easyRead = easyRead;
    m_easyReadButton->setChecked(easyRead);
    buildPage();
}

void MeetingWindow::goTo(Step step)
{
    if (!ok() || !steps().contains(step))
        return;
    if (!saveNow()) {
        // Nothing is lost: the answers stay on screen and the save is tried again.
        return;
    }
    m_step = step;
    rememberStep();
    // What the step left saved (the plan editor's edits too) is what the next one reads.
    reloadPlans();
    buildPage();
}

bool MeetingWindow::goNext()
{
    const QList<Step> all = steps();
    const qsizetype at = all.indexOf(m_step);
    if (at < 0 || at + 1 >= all.size())
        return false;
    goTo(all[at + 1]);
    return m_step == all[at + 1];
}

bool MeetingWindow::goBack()
{
    const QList<Step> all = steps();
    const qsizetype at = all.indexOf(m_step);
    if (at <= 0)
        return false;
    goTo(all[at - 1]);
    return m_step == all[at - 1];
}

void MeetingWindow::updateNavigation()
{
    const QList<Step> all = steps();
    const qsizetype at = all.indexOf(m_step);
    m_stepLabel->setText(
        tr("Step %1 of %2: %3").arg(at + 1).arg(all.size()).arg(stepTitle(m_step)));
    m_backButton->setEnabled(at > 0);
    m_nextButton->setEnabled(at + 1 < all.size());
    m_backButton->setAccessibleName(at > 0 ? tr("Back to: %1").arg(stepTitle(all[at - 1]))
                                           : tr("Back"));
    m_nextButton->setAccessibleName(at + 1 < all.size() ? tr("Next: %1").arg(stepTitle(all[at + 1]))
                                                        : tr("Next"));
}

void MeetingWindow::buildPage()
{
    if (!ok())
        return;
    QWidget* page = nullptr;
    switch (m_step) {
    case Step::Answers:
        page = answersPage(Respondent::Deltagare);
        break;
    case Step::HandledarePart:
        page = answersPage(Respondent::Handledare);
        break;
    case Step::Result:
        page = resultPage();
        break;
    case Step::FollowUp:
        page = followUpPage();
        break;
    case Step::Plan:
        page = planPage();
        break;
    case Step::NextMeeting:
        page = nextMeetingPage();
        break;
    }
    // The old page goes with everything it showed.
    if (QWidget* old = m_scroll->takeWidget())
        old->deleteLater();
    page->setObjectName(u"meetingPage"_s);
    m_scroll->setWidget(page);
    m_page = page;
    updateNavigation();
    m_easyReadButton->setVisible(m_step == Step::Answers && !m_easyReadTexts.empty());
    // Start where the work is: the first unanswered question, else the first control.
    QWidget* first = nullptr;
    const auto rows = page->findChildren<RatingRow*>();
    for (RatingRow* row : rows) {
        if (row->isEnabled() && row->answer().isEmpty()) {
            first = row;
            break;
        }
    }
    if (!first && !rows.isEmpty())
        first = rows.front();
    if (!first) {
        // Else the page's first control (a plan's buttons, the status of the first delmål).
        for (QWidget* w : page->findChildren<QWidget*>()) {
            if ((w->focusPolicy() & Qt::TabFocus) && w->isEnabled() && !w->isHidden()) {
                first = w;
                break;
            }
        }
    }
    if (!first)
        first = m_nextButton->isEnabled() ? m_nextButton : m_closeButton;
    first->setFocus(Qt::OtherFocusReason);
}

// --- The parts of the form -------------------------------------------------------------------

QWidget* MeetingWindow::answersPage(Respondent respondent)
{
    auto* page = new QWidget;
    page->setFont(font());
    auto* layout = new QVBoxLayout(page);
    const bool deltagare = respondent == Respondent::Deltagare;
    layout->addWidget(headingLabel(stepTitle(m_step), page, 1.2));
    if (m_occasion.state == OccasionState::Completed)
        layout->addWidget(
            plainLabel(tr("The assessment of %1 is completed; changes are saved and logged.")
                           .arg(QLocale().toString(m_occasion.date, QLocale::ShortFormat)),
                       page));
    else if (deltagare)
        layout->addWidget(plainLabel(
            m_shared ? tr("Choose the number that fits you best. A number key chooses it, Tab "
                          "goes to the next question.")
                     : tr("The participant's own answers. A number key chooses, Tab goes on."),
            page));

    // "The participant did not take part": the handledare marks it, outside meeting mode.
    QCheckBox* absent = nullptr;
    if (deltagare && !m_shared) {
        absent = new QCheckBox(tr("The participant did not take &part"), page);
        absent->setObjectName(u"deltagareAbsentCheckBox"_s);
        absent->setChecked(m_occasion.deltagareAbsent);
        layout->addWidget(absent);
    } else if (deltagare && m_occasion.deltagareAbsent) {
        layout->addWidget(plainLabel(tr("This assessment is marked: the participant did not "
                                        "take part. Leave meeting mode (F11) to change it."),
                                     page));
    }

    // The previous completed occasion's answer, shown faintly as a reminder, of the part this
    // page shows only.
    const Occasion* previous = nullptr;
    for (const Occasion& o : m_occasions) {
        if (o.state == OccasionState::Completed && o.date <= m_occasion.date)
            previous = &o;
    }
    RatingRow* previousRow = nullptr;
    const bool easyRead = deltagare && m_easyRead;
    if (easyRead) {
        // Larger type for easy-read, set before the rows are made (their buttons size to it).
        QFont larger = page->font();
        larger.setPointSizeF(larger.pointSizeF() * 1.25);
        page->setFont(larger);
    }
    for (const Question* original : m_instrument.questionsFor(respondent)) {
        // Easy-read: the shorter question and anchors, where the instrument has them.
        Question shown = *original;
        if (auto easy = m_easyReadTexts.find(shown.key);
            easyRead && easy != m_easyReadTexts.end()) {
            if (!easy->second.text.isEmpty())
                shown.text = easy->second.text;
            if (!easy->second.minLabel.isEmpty())
                shown.scale.minLabel = easy->second.minLabel;
            if (!easy->second.maxLabel.isEmpty())
                shown.scale.maxLabel = easy->second.maxLabel;
        }
        const Question* question = &shown;
        auto* row = new RatingRow(m_instrument, *question, m_language, page);
        if (auto it = m_occasion.answers.find(question->key); it != m_occasion.answers.end())
            row->setAnswer(it->second);
        if (previous) {
            if (auto it = previous->answers.find(question->key); it != previous->answers.end())
                row->setPrevious(it->second);
        }
        connect(row, &RatingRow::answerChanged, this, &MeetingWindow::answerChanged);
        // A key that answers moves on to the next question; after the last, to Next.
        if (previousRow)
            connect(previousRow, &RatingRow::answeredByKey, row,
                    [row] { row->setFocus(Qt::TabFocusReason); });
        row->setEnabled(!(deltagare && m_occasion.deltagareAbsent));
        layout->addWidget(row);
        previousRow = row;
    }
    if (absent) {
        connect(absent, &QCheckBox::toggled, this,
                [this, box = QPointer<QCheckBox>(absent)](bool on) {
                    // The question asked may outlive the page (a rebuild while it is open).
                    if (!setDeltagareAbsent(this, m_instrument, m_occasion, on)) {
                        if (box) {
                            const QSignalBlocker block(box);
                            box->setChecked(!on);
                        }
                        return;
                    }
                    markOccasionDirty();
                    buildPage();
                });
    }
    if (previousRow)
        connect(previousRow, &RatingRow::answeredByKey, this,
                [this] { m_nextButton->setFocus(Qt::TabFocusReason); });
    if (!deltagare) {
        layout->addWidget(plainLabel(tr("Notes (not printed unless asked for)"), page));
        auto* notes = new QPlainTextEdit(page);
        notes->setObjectName(u"notesEdit"_s);
        notes->setAccessibleName(tr("Notes"));
        notes->setPlainText(m_occasion.notes);
        notes->setTabChangesFocus(true);
        notes->setFixedHeight(notes->fontMetrics().lineSpacing() * 6);
        connect(notes, &QPlainTextEdit::textChanged, this, [this, notes] {
            m_occasion.notes = notes->toPlainText();
            markOccasionDirty();
        });
        layout->addWidget(notes);
        if (m_occasion.state != OccasionState::Completed) {
            auto* complete = new QPushButton(tr("&Complete the assessment"), page);
            complete->setObjectName(u"completeButton"_s);
            complete->setToolTip(tr("Checks that every required question is answered "
                                    "(Ctrl+Return)."));
            connect(complete, &QPushButton::clicked, this, &MeetingWindow::complete);
            auto* s = new QShortcut(QKeySequence(u"Ctrl+Return"_s), page);
            connect(s, &QShortcut::activated, this, &MeetingWindow::complete);
            layout->addWidget(complete, 0, Qt::AlignLeft);
        }
    } else if (m_shared) {
        layout->addWidget(plainLabel(tr("When you have answered every question, go on with "
                                        "Next (Alt+Right)."),
                                     page));
    }
    layout->addStretch(1);
    return page;
}

void MeetingWindow::answerChanged(const QString& key, const Answer& answer)
{
    if (answer.isEmpty())
        m_occasion.answers.erase(key);
    else
        m_occasion.answers[key] = answer;
    markOccasionDirty();
}

void MeetingWindow::markOccasionDirty()
{
    m_occasionDirty = true;
    m_statusLabel->setText(tr("Saving…"));
    m_saveTimer->start();
}

bool MeetingWindow::sameDatabase()
{
    if (m_ws.isOpen() && m_ws.path() == m_databasePath)
        return true;
    m_statusLabel->setText(tr("Not saved: the database of this meeting is no longer open."));
    return false;
}

void MeetingWindow::discard()
{
    m_discarded = true;
    m_saveTimer->stop();
    m_occasionDirty = false;
    m_dirtyPlans.clear();
    if (QWidget* old = m_scroll->takeWidget())
        delete old; // its plan editor must not save either: the database is going
    close();
}

bool MeetingWindow::saveOccasion()
{
    if (!m_occasionDirty)
        return true;
    if (!sameDatabase())
        return false;
    const bool isNew = m_occasion.id == 0;
    if (auto saved = m_ws.saveOccasion(m_occasion, m_instrument); !saved) {
        m_statusLabel->setText(tr("Not saved: %1 Trying again…").arg(saved.errorMessage()));
        m_saveTimer->start(5000);
        return false;
    }
    m_occasionDirty = false;
    if (isNew)
        rememberStep();
    return true;
}

void MeetingWindow::complete()
{
    if (m_occasion.state == OccasionState::Completed)
        return;
    Occasion completed = m_occasion;
    if (auto done =
            analysis::completeOccasion(m_instrument, completed, QDateTime::currentDateTime());
        !done) {
        MessageBox::warning(this, tr("Complete the assessment"), done.errorMessage());
        return;
    }
    m_occasion = completed;
    m_occasionDirty = true;
    if (saveNow())
        goNext();
}

bool MeetingWindow::saveNow()
{
    m_saveTimer->stop();
    if (m_discarded)
        return true;
    // The plan editor of the plan step saves its own edits, before the window's copies.
    bool editor = true;
    if (m_page) {
        if (auto* planEditor = m_page->findChild<PlanEditor*>())
            editor = planEditor->saveNow();
    }
    const bool occasion = saveOccasion();
    const bool plans = savePlans() && editor;
    if (occasion && plans && m_statusLabel)
        m_statusLabel->setText(tr("Saved %1.").arg(QTime::currentTime().toString(u"HH:mm:ss"_s)));
    return occasion && plans;
}

// --- The result ------------------------------------------------------------------------------

QWidget* MeetingWindow::resultPage()
{
    auto* page = new QWidget;
    page->setFont(font());
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(headingLabel(stepTitle(m_step), page, 1.2));

    // This occasion as it stands (a draft while the handledare's part is still to come), against
    // the first and the previous completed one: the deltagare's own ratings.
    std::vector<Occasion> charted;
    for (const Occasion& o : m_occasions) {
        if (o.state == OccasionState::Completed && o.date <= m_occasion.date)
            charted.push_back(o);
    }
    const bool hasThis = m_occasion.id != 0;
    if (hasThis) {
        Occasion now = m_occasion;
        now.state = OccasionState::Completed; // drawn as it stands, on screen only
        charted.push_back(now);
    }
    std::vector<qint64> ids;
    if (!charted.empty()) {
        ids.push_back(charted.front().id);
        if (charted.size() >= 3)
            ids.push_back(charted[charted.size() - 2].id);
        if (charted.size() >= 2)
            ids.push_back(charted.back().id);
    }

    const bool both = showsBothPerspectives();
    auto* bothBox = new QCheckBox(tr("Show b&oth perspectives"), page);
    bothBox->setObjectName(u"bothPerspectivesCheckBox"_s);
    bothBox->setChecked(both);
    bothBox->setToolTip(tr("Also draws the case worker's rating of the same areas. Remembered "
                           "for this participant."));
    layout->addWidget(bothBox);

    // Side by side where there is room, else the chart above the table (the page scrolls).
    auto* split =
        new QBoxLayout(width() >= 1100 ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom);
    auto* chart = new chart::RadarChartView(page);
    chart->setObjectName(u"meetingChart"_s);
    chart->setMinimumSize(360, 320);
    const chart::RadarAxes axes = chart::radarAxesFor(m_defaultInstrument, m_language);
    chart->setAxes(axes.labels, axes.significant, axes.min, axes.max);

    auto instruments = std::make_shared<std::map<qint64, Instrument>>();
    const auto lookup = [this, instruments](const Occasion& o) -> Result<const Instrument*> {
        if (o.id == m_occasion.id)
            return &m_instrument;
        if (auto it = instruments->find(o.instrumentId); it != instruments->end())
            return &it->second;
        auto read = m_ws.instrument(o.instrumentId);
        if (!read)
            return read.error();
        return &instruments->emplace(o.instrumentId, std::move(read).value()).first->second;
    };
    auto* chartError = plainLabel(QString(), page);
    const auto draw = [this, chart, chartError, charted, ids, lookup](bool withHandledare) {
        chart::RadarSelection selection;
        selection.occasionIds = ids;
        selection.bothPerspectives = withHandledare;
        selection.fillLatest = true;
        auto series = chart::radarSeriesFor(charted, selection, lookup);
        chartError->setText(series ? QString() : series.errorMessage());
        chartError->setVisible(!series);
        chart->setSeries(series ? std::move(series).value()
                                : std::vector<chart::RadarSeriesData>{});
        (void)this;
    };
    draw(both);
    connect(bothBox, &QCheckBox::toggled, this, [this, draw](bool on) {
        QSettings().setValue(settingsKey(u"bothPerspectives"_s), on);
        draw(on);
    });
    // The delmål's targets of the plan in force.
    if (const Handlingsplan* plan = meetingPlan() ? meetingPlan() : followedPlan())
        chart->setTargets(chart::radarTargetsFor(*plan, m_defaultInstrument));
    split->addWidget(chart, 3);

    auto* side = new QVBoxLayout;
    analysis::ProgressionOptions options;
    options.bipSignificantFirst = true;
    const auto progress = analysis::progression(m_defaultInstrument, charted, options);
    // The change in words, for the deltagare: how many areas went up since last time.
    const auto& counts = progress.countsSincePrevious;
    const int known = counts.improved + counts.unchanged + counts.worsened;
    QString words;
    if (progress.countedOccasions < 2)
        words = tr("This is your first assessment. Next time you will see how you have moved.");
    else if (known == 0)
        words = tr("Since last time there is nothing to compare: answers are missing.");
    else
        words = tr("Since last time you have gone up in %1 of %n area(s).", nullptr, known)
                    .arg(counts.improved) +
                u' ' +
                tr("The same in %1, lower in %2.").arg(counts.unchanged).arg(counts.worsened);
    // Answered with versions whose indicators differ: only the shared ones are compared.
    std::vector<Instrument> versions;
    for (const qint64 id : analysis::comparedInstrumentIds(charted)) {
        if (auto version = m_ws.instrument(id))
            versions.push_back(std::move(version).value());
    }
    std::vector<const Instrument*> answeredWith;
    for (const Instrument& version : versions)
        answeredWith.push_back(&version);
    if (const QString note =
            analysis::versionComparisonText(analysis::compareVersions(answeredWith));
        !note.isEmpty())
        words += u'\n' + note;
    // Its description is the chart's own (every value per occasion, kept up to date when
    // the perspectives change); the words are the label beside it.
    chart->setAccessibleName(tr("Chart of the ratings"));
    QLabel* wordsLabel = headingLabel(words, page, 1.1);
    wordsLabel->setObjectName(u"changeWordsLabel"_s);
    side->addWidget(wordsLabel);
    auto* table = new QTableWidget(page);
    table->setObjectName(u"meetingChangeTable"_s);
    table->setAccessibleName(tr("Change per area"));
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setTabKeyNavigation(false);
    setUpChangeTable(table);
    fillChangeTable(table, m_defaultInstrument, progress, m_language);
    table->verticalHeader()->hide();
    table->resizeRowsToContents();
    side->addWidget(table, 1);
    side->addWidget(chartError);
    split->addLayout(side, 2);
    layout->addLayout(split, 1);
    return page;
}

// --- Follow-up and the plan ------------------------------------------------------------------

Handlingsplan* MeetingWindow::meetingPlan()
{
    if (m_occasion.id == 0)
        return nullptr;
    for (auto it = m_plans.rbegin(); it != m_plans.rend(); ++it) {
        if (it->occasionId == m_occasion.id)
            return &*it;
    }
    return nullptr;
}

Handlingsplan* MeetingWindow::followedPlan()
{
    for (auto it = m_plans.rbegin(); it != m_plans.rend(); ++it) {
        if (m_occasion.id == 0 || it->occasionId != m_occasion.id)
            return &*it;
    }
    return nullptr;
}

void MeetingWindow::markPlanDirty(qint64 planId)
{
    if (std::find(m_dirtyPlans.begin(), m_dirtyPlans.end(), planId) == m_dirtyPlans.end())
        m_dirtyPlans.push_back(planId);
    m_statusLabel->setText(tr("Saving…"));
    m_saveTimer->start();
}

bool MeetingWindow::savePlans()
{
    if (m_dirtyPlans.empty())
        return true;
    if (!sameDatabase())
        return false;
    bool all = true;
    std::vector<qint64> failed;
    for (qint64 id : m_dirtyPlans) {
        for (Handlingsplan& plan : m_plans) {
            if (plan.id != id)
                continue;
            if (auto saved = m_ws.savePlan(plan); !saved) {
                m_statusLabel->setText(tr("Not saved: %1 Trying again…").arg(saved.errorMessage()));
                failed.push_back(id);
                all = false;
            }
        }
    }
    m_dirtyPlans = failed;
    if (!all)
        m_saveTimer->start(5000);
    return all;
}

QWidget* MeetingWindow::followUpPage()
{
    auto* page = new QWidget;
    page->setFont(font());
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(headingLabel(stepTitle(m_step), page, 1.2));
    Handlingsplan* plan = followedPlan();
    if (!plan || plan->delmal.empty()) {
        layout->addWidget(plainLabel(
            plan ? tr("The plan has no sub-goals to follow up.")
                 : tr("There is no earlier plan to follow up. Go on to make the first one."),
            page));
        layout->addStretch(1);
        return page;
    }
    if (!plan->goalText.isEmpty())
        layout->addWidget(plainLabel(tr("Goal: %1").arg(plan->goalText), page));
    layout->addWidget(plainLabel(
        tr("For each sub-goal: how did it go? Sub-goals not yet achieved, or partly achieved, "
           "go on into the new plan."),
        page));
    const bool madeNewPlan = meetingPlan() != nullptr;
    if (madeNewPlan)
        layout->addWidget(plainLabel(tr("The new plan is made: a sub-goal's status is changed "
                                        "there now. The follow-up can still be written here."),
                                     page));
    const qint64 planId = plan->id;
    for (size_t i = 0; i < plan->delmal.size(); ++i) {
        const Delmal& delmal = plan->delmal[i];
        auto* box = new QFrame(page);
        box->setFrameShape(QFrame::StyledPanel);
        auto* form = new QFormLayout(box);
        const QString number = QString::number(i + 1);
        QLabel* what = headingLabel(tr("%1. %2").arg(number, delmal.what), box, 1.0);
        form->addRow(what);
        if (delmal.target.isValid())
            form->addRow(plainLabel(
                tr("Target date: %1").arg(QLocale().toString(delmal.target, QLocale::ShortFormat)),
                box));
        auto* status = new QComboBox(box);
        status->setObjectName(u"followUpStatus%1"_s.arg(number));
        status->setAccessibleName(tr("Status of sub-goal %1").arg(number));
        for (const auto& entry : EnumCodes<DelmalStatus>::table) {
            status->addItem(report::delmalStatusText(entry.value), int(entry.value));
            if (entry.value == delmal.status)
                status->setCurrentIndex(status->count() - 1);
        }
        auto* followUp = new QPlainTextEdit(box);
        followUp->setObjectName(u"followUpText%1"_s.arg(number));
        followUp->setAccessibleName(tr("Follow-up of sub-goal %1").arg(number));
        followUp->setPlainText(delmal.followUp);
        followUp->setTabChangesFocus(true);
        followUp->setFixedHeight(followUp->fontMetrics().lineSpacing() * 4);
        // No mnemonics: they would repeat for every delmål. Tab goes through them in order.
        auto* statusLabel = new QLabel(tr("Status:"), box);
        statusLabel->setBuddy(status);
        auto* followUpLabel = new QLabel(tr("How did it go?"), box);
        followUpLabel->setBuddy(followUp);
        // Once the new plan is made, it took the delmål as they were: change them there.
        status->setEnabled(!madeNewPlan);
        form->addRow(statusLabel, status);
        form->addRow(followUpLabel, followUp);
        connect(status, &QComboBox::currentIndexChanged, this, [this, planId, i, status] {
            for (Handlingsplan& p : m_plans) {
                if (p.id == planId && i < p.delmal.size()) {
                    p.delmal[i].status = DelmalStatus(status->currentData().toInt());
                    markPlanDirty(planId);
                }
            }
        });
        connect(followUp, &QPlainTextEdit::textChanged, this, [this, planId, i, followUp] {
            for (Handlingsplan& p : m_plans) {
                if (p.id == planId && i < p.delmal.size()) {
                    p.delmal[i].followUp = followUp->toPlainText();
                    markPlanDirty(planId);
                }
            }
        });
        layout->addWidget(box);
    }
    layout->addStretch(1);
    return page;
}

void MeetingWindow::makeNewPlan()
{
    // The plan belongs to this meeting's occasion: store the occasion first.
    if (m_occasion.id == 0) {
        m_occasionDirty = true;
        if (!saveNow())
            return;
    }
    if (!saveNow())
        return;
    Handlingsplan plan;
    if (const Handlingsplan* followed = followedPlan())
        plan = nextPlan(*followed, m_occasion.id);
    else {
        plan.participantId = m_participant.id;
        plan.occasionId = m_occasion.id;
    }
    if (auto saved = m_ws.savePlan(plan); !saved) {
        MessageBox::critical(this, tr("The new plan"), saved.errorMessage());
        return;
    }
    reloadPlans();
    buildPage();
}

QWidget* MeetingWindow::planPage()
{
    auto* page = new QWidget;
    page->setFont(font());
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(headingLabel(stepTitle(m_step), page, 1.2));
    const Handlingsplan* plan = meetingPlan();
    const Handlingsplan* followed = followedPlan();
    if (!plan && !(m_keepPlan && followed)) {
        layout->addWidget(plainLabel(
            followed ? tr("Make a new plan for the coming months: the goal and the sub-goals not "
                          "yet achieved (or partly achieved) come along, and the follow-up stays "
                          "with the earlier plan. Or keep working on the plan you have.")
                     : tr("Make the first plan: the goal, and a few sub-goals to start with."),
            page));
        auto* make = new QPushButton(followed ? tr("Make a ne&w plan") : tr("Make a &plan"), page);
        make->setObjectName(u"makePlanButton"_s);
        connect(make, &QPushButton::clicked, this, &MeetingWindow::makeNewPlan);
        layout->addWidget(make, 0, Qt::AlignLeft);
        if (!followed) {
            layout->addStretch(1);
            return page;
        }
        auto* keep = new QPushButton(tr("&Keep the plan we have"), page);
        keep->setObjectName(u"keepPlanButton"_s);
        layout->addWidget(keep, 0, Qt::AlignLeft);
        connect(keep, &QPushButton::clicked, this, [this] {
            m_keepPlan = true;
            buildPage(); // the editor on the kept plan, to revise it
        });
        layout->addStretch(1);
        return page;
    }
    // The plan editor on the newest plan: the one made at this meeting, or the one kept. A new
    // plan is made with the button above, never with the editor's own; the next meeting is
    // agreed on the last step, never in two places at once.
    auto* editor = new PlanEditor(m_ws, m_participant.id, m_defaultInstrument, page);
    editor->setObjectName(u"meetingPlanEditor"_s);
    for (const char* own :
         {"newPlanPushButton", "nextMeetingCheckBox", "planNextMeetingDateEdit"}) {
        if (auto* w = editor->findChild<QWidget*>(QString::fromLatin1(own)))
            w->hide();
    }
    editor->setMinimumHeight(420);
    layout->addWidget(editor, 1);
    return page;
}

QWidget* MeetingWindow::nextMeetingPage()
{
    auto* page = new QWidget;
    page->setFont(font());
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(headingLabel(stepTitle(m_step), page, 1.2));
    // The plan may have been edited on the previous step: read it again.
    reloadPlans();
    Handlingsplan* plan = meetingPlan() ? meetingPlan() : followedPlan();
    auto* form = new QFormLayout;
    auto* date = new DateEdit(page);
    date->setObjectName(u"nextMeetingDateEdit"_s);
    date->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    date->setMinimumWidth(date->fontMetrics().horizontalAdvance(u"2026-12-31"_s) * 2);
    date->setAccessibleName(tr("Next meeting"));
    auto* dateLabel = new QLabel(tr("Next meeting &date:"), page);
    dateLabel->setBuddy(date);
    form->addRow(dateLabel, date);
    auto* dateMessage = plainLabel(QString(), page);
    if (plan) {
        // A date agreed at an earlier meeting is past: propose three months on from this one.
        const bool agreedNow = plan->nextMeeting.isValid() && plan->nextMeeting > m_occasion.date;
        const QDate proposed = agreedNow ? plan->nextMeeting : proposedNextMeeting(m_occasion.date);
        date->setDate(proposed);
        if (!agreedNow) {
            plan->nextMeeting = proposed; // the proposal is what is agreed unless changed
            markPlanDirty(plan->id);
        }
        const qint64 planId = plan->id;
        connect(date, &QDateEdit::dateChanged, this, [this, planId, dateMessage](const QDate& d) {
            if (d < m_occasion.date) {
                dateMessage->setText(
                    tr("The next meeting cannot be before this one (%1).")
                        .arg(QLocale().toString(m_occasion.date, QLocale::ShortFormat)));
                return;
            }
            dateMessage->clear();
            for (Handlingsplan& p : m_plans) {
                if (p.id == planId) {
                    p.nextMeeting = d;
                    markPlanDirty(planId);
                }
            }
        });
    } else {
        date->setEnabled(false);
        dateMessage->setText(tr("The next meeting is agreed with the plan: make a plan first."));
    }
    layout->addLayout(form);
    layout->addWidget(dateMessage);

    // What runs now, as the printed plan shows it.
    auto insatser = m_ws.insatser(m_participant.id);
    QStringList running;
    if (insatser) {
        for (const InsatsPeriod& p : insatser.value()) {
            if (p.start <= m_occasion.date && (!p.end.isValid() || p.end >= m_occasion.date))
                running << tr("%1: %2").arg(
                    m_ws.insatsLists().categoryLabel(p.category, m_language), p.title);
        }
    }
    layout->addWidget(plainLabel(running.isEmpty()
                                     ? tr("No intervention is running.")
                                     : tr("Running interventions: %1.").arg(running.join(u"; "_s)),
                                 page));

    auto* buttons = new QHBoxLayout;
    auto* print = new QPushButton(tr("Pr&int the plan…"), page);
    print->setObjectName(u"printPlanButton"_s);
    auto* pdf = new QPushButton(tr("Save as &PDF…"), page);
    pdf->setObjectName(u"pdfPlanButton"_s);
    connect(print, &QPushButton::clicked, this, [this] {
        if (saveNow())
            Q_EMIT printRequested(m_participant.id, false);
    });
    connect(pdf, &QPushButton::clicked, this, [this] {
        if (saveNow())
            Q_EMIT printRequested(m_participant.id, true);
    });
    // Saving a file shows the folder's other files (other deltagare's plans by code): not on the
    // shared screen. Printing shows this plan only, without the sensitive answers.
    pdf->setVisible(!m_shared);
    buttons->addWidget(print);
    buttons->addWidget(pdf);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addStretch(1);
    return page;
}

void MeetingWindow::closeEvent(QCloseEvent* event)
{
    if (ok() && !m_discarded && !saveNow()) {
        const auto answer = MessageBox::question(
            this, tr("End the meeting?"),
            tr("The last changes could not be saved: %1\n\nEnd the meeting anyway? They are "
               "lost then.")
                .arg(m_statusLabel->text()));
        if (answer != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        m_occasionDirty = false;
        m_dirtyPlans.clear();
    }
    rememberStep();
    // Nothing of the meeting stays on screen while the normal view comes back.
    if (QWidget* old = m_scroll->takeWidget())
        old->deleteLater();
    hide();
    Q_EMIT finished(m_participant.id);
    event->accept();
}

} // namespace tilltro::gui
