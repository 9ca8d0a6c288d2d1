#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>
#include <optional>
#include <vector>

#include "core/domain/handlingsplan.h"
#include "core/domain/occasion.h"
#include "core/domain/participant.h"
#include "core/instrument/easyread.h"
#include "core/instrument/instrument.h"

class QAbstractButton;
class QLabel;
class QPushButton;
class QScrollArea;
class QStackedWidget;
class QTimer;

namespace tilltro {
namespace workspace {
class Workspace;
}
} // namespace tilltro

namespace tilltro::gui {

/// The quarterly meeting as one guided flow, each step one screen: the deltagare's part →
/// (for the handledare alone) the handledare's part → the result → follow-up of the current
/// plan → the new or revised plan → the next meeting and the print. Forward and back by
/// keyboard (Alt+Right / Alt+Left, or the buttons' mnemonics). Everything is saved as it is
/// typed; leaving midway keeps the draft, and the flow resumes at the step it was left on.
///
/// **Meeting mode** (isShared(), F11): the window is made for two people at one screen, full
/// screen with large type, and shows only what belongs to the deltagare. It is built so that
/// nothing else can reach it: its steps never put the handledare's part (Tilltro,
/// Målmedvetenhet, Våld, Riskbruk, the handledare's ratings and earlier answers) or the notes
/// into any widget, tooltip, accessible name or title. The handledare's ratings are drawn on
/// the radar only after "show both perspectives", which is remembered per deltagare. The window
/// holds the occasion's answers of both parts in memory (a save writes the whole occasion),
/// but only the step of the handledare's part, which exists only outside meeting mode, shows
/// them.
class MeetingWindow : public QWidget {
    Q_OBJECT
public:
    enum class Step { Answers, HandledarePart, Result, FollowUp, Plan, NextMeeting };
    Q_ENUM(Step)

    /// Opens the flow for the deltagare: their draft occasion (or today's completed one, or a
    /// new occasion made at the first answer). Check ok().
    MeetingWindow(workspace::Workspace& ws, qint64 participantId, bool shared,
                  QWidget* parent = nullptr);
    ~MeetingWindow() override;

    bool ok() const { return m_errorMessage.isEmpty(); }
    QString errorMessage() const { return m_errorMessage; }
    qint64 participantId() const { return m_participant.id; }
    /// The occasion of this meeting; 0 until its first answer is saved.
    qint64 occasionId() const { return m_occasion.id; }
    const Occasion& occasion() const { return m_occasion; }

    /// Meeting mode: full screen, large type, the deltagare's data only.
    bool isShared() const { return m_shared; }
    void setShared(bool shared);
    /// Shows the window as its mode wants it: full screen in meeting mode (on the whole screen
    /// also where no window manager handles full screen), otherwise a large normal window.
    void present();
    /// On-screen easy-read wording of the deltagare's questions (where the instrument has it).
    bool isEasyRead() const { return m_easyRead; }
    void setEasyRead(bool easyRead);

    /// The steps of the current mode, in order.
    QList<Step> steps() const;
    Step step() const { return m_step; }
    void goTo(Step step);
    bool goNext();
    bool goBack();
    /// "Show both perspectives" as chosen for this deltagare (remembered).
    bool showsBothPerspectives() const;
    /// The page of the step shown (for tests).
    QWidget* page() const { return m_page; }

    /// Writes pending changes of the occasion and the plans now; false (kept) when it failed.
    bool saveNow();
    /// Closes without saving: the deltagare was erased, or the database is going (damaged, or
    /// closed). Nothing may be written then, least of all into another database.
    void discard();

Q_SIGNALS:
    /// The window is closing: the normal view may come back.
    void finished(qint64 participantId);
    /// "Print" or "Save as PDF" on the last step.
    void printRequested(qint64 participantId, bool pdf);
    /// Meeting mode was switched on or off.
    void sharedChanged(bool shared);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    bool load(qint64 participantId);
    /// The draft to continue, today's completed occasion, or a new one.
    void chooseOccasion(const std::vector<Occasion>& occasions);
    void applyMode();
    void buildPage();
    QWidget* answersPage(Respondent respondent);
    QWidget* resultPage();
    QWidget* followUpPage();
    QWidget* planPage();
    QWidget* nextMeetingPage();
    QString stepTitle(Step step) const;
    void updateNavigation();
    void answerChanged(const QString& key, const Answer& answer);
    void markOccasionDirty();
    bool saveOccasion();
    /// The plan followed up at this meeting: the newest one not made at it.
    Handlingsplan* followedPlan();
    /// The plan made at this meeting, if any.
    Handlingsplan* meetingPlan();
    void markPlanDirty(qint64 planId);
    bool savePlans();
    bool reloadPlans();
    void makeNewPlan();
    void complete();
    /// False (said on the status line) when the workspace no longer holds this meeting's
    /// database.
    bool sameDatabase();
    QString settingsKey(const QString& what) const;
    void rememberStep() const;

    workspace::Workspace& m_ws;
    QString m_language;
    QString m_errorMessage;
    Participant m_participant;
    Instrument m_instrument;        ///< the occasion's
    Instrument m_defaultInstrument; ///< the chart's axes
    EasyReadTexts m_easyReadTexts;  ///< of m_instrument; empty when it has none
    Occasion m_occasion;
    std::vector<Occasion> m_occasions; ///< the others, oldest first
    std::vector<Handlingsplan> m_plans;
    std::vector<qint64> m_dirtyPlans;
    QString m_databasePath; ///< the database the meeting belongs to; nothing is saved elsewhere
    bool m_shared = false;
    bool m_keepPlan = false; ///< "keep the plan we have": the plan step edits the kept plan
    bool m_discarded = false;
    bool m_easyRead = false;
    bool m_occasionDirty = false;
    Step m_step = Step::Answers;
    QTimer* m_saveTimer = nullptr;

    QLabel* m_titleLabel = nullptr;
    QLabel* m_stepLabel = nullptr;
    QLabel* m_statusLabel = nullptr;
    QPushButton* m_backButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_easyReadButton = nullptr;
    QPushButton* m_modeButton = nullptr;
    QPushButton* m_closeButton = nullptr;
    QScrollArea* m_scroll = nullptr;
    QPointer<QWidget> m_page;
};

} // namespace tilltro::gui
