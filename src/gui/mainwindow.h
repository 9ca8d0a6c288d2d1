#pragma once

#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <memory>
#include <vector>

namespace Ui {
class MainWindow;
}

namespace tilltro {
namespace workspace {
class Workspace;
}
namespace storage {
class Database;
}
struct CaseloadRow;
} // namespace tilltro

namespace tilltro::gui {

class CaseloadModel;
class CaseloadPane;
class DatabaseActions;
class HandbookDialog;
class LockController;
class MeetingWindow;
class OccasionForm;
class ParticipantActions;
class ParticipantTabs;
class ParticipantView;

/// The main window: the caseload of the open database, with search, the deltagare's tabs, and
/// the menus. The use cases are the workspace's; the menus' dialogs are in DatabaseActions and
/// ParticipantActions. The caseload and the tabs follow the workspace's change signals.
class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    workspace::Workspace* workspace() const { return m_ws; }
    /// The open database, for tests and the report layer; widgets use workspace().
    storage::Database* database() const;
    ParticipantActions* participantActions() const { return m_participantActions; }

    // The File and Deltagare menus' entries that tests and the command line start directly.
    bool openDatabase(const QString& path);
    bool createDatabase(const QString& path);
    void restoreBackup(const QString& path = {});
    void importJson(const QString& path = {});
    void eraseParticipant();
    bool eraseParticipants(const std::vector<qint64>& ids, const QString& title);
    OccasionForm* newOccasion();

    /// Reloads the caseload from the database (done by itself when the workspace announces a
    /// change).
    void refreshCaseload();
    void updateStatus();

    /// The participant chosen in the caseload, or 0.
    qint64 currentParticipantId() const;
    /// The caseload's row of a deltagare, or nullptr.
    const CaseloadRow* caseloadRow(qint64 participantId) const;
    /// The participant's name as the caseload shows it (the code when identity is protected).
    QString displayNameOf(qint64 participantId) const;
    /// Selects a participant in the caseload (clearing the search when it hides them).
    void selectParticipant(qint64 participantId);

    /// Opens (or shows) the participant's view in a tab. Returns it, or nullptr on failure.
    ParticipantView* openParticipantView(qint64 participantId);
    ParticipantView* participantView(qint64 participantId) const;
    void closeParticipantTabOf(qint64 participantId);
    void closeParticipantTabs();
    /// Saves and closes every occasion form and tab; false when a form could not save.
    bool closeForms();

    /// Help › Manual (F1): shows the manual window (one at a time) and returns it.
    HandbookDialog* showHandbook();

    CaseloadModel* caseloadModel() const;

    /// Starts the meeting with the deltagare of the tab shown (else the one chosen in the
    /// caseload): in meeting mode (`shared`: full screen, only the deltagare's data, every other
    /// window of the program hidden until it ends) or as the guided flow for the handledare.
    /// Their open forms are saved and closed first. Returns the window, or nullptr.
    MeetingWindow* startMeeting(bool shared);
    MeetingWindow* meetingWindow() const;
    /// The UI languages Settings offers, and the one in use (set by the program at start).
    void setLanguages(const QStringList& available, const QString& current);
    QStringList languages() const { return m_languages; }
    QString currentLanguage() const { return m_language; }
    /// Settings chose another language: says so with languageChangeRequested().
    void requestLanguage(const QString& language);
    /// Whenever `window` asks for another language: closes it as on quitting (everything saved,
    /// the tabs remembered; nothing happens when a form cannot save), lets `switchTo` install
    /// the language's translators, and opens a new window on the same database, which is
    /// followed the same way. Every text is then in the new language, without a restart.
    static void followLanguageRequests(MainWindow* window,
                                       std::function<bool(const QString&)> switchTo);
    /// File › Lock (Ctrl+L), the idle lock and the desktop's: one per window.
    LockController* lockController() const { return m_lock; }

Q_SIGNALS:
    void languageChangeRequested(const QString& language);

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void setUpCaseload();
    void setUpActions();
    void followWorkspace();
    /// No saved geometry: most of the available screen, centred.
    void sizeForFirstStart();
    /// The workspace opened a database, or closed one.
    void databaseChanged();
    void updateTitle();
    void showAbout();
    void updateActions();
    void showCaseloadMenu(const QPoint& position);
    /// The deltagare a meeting or a print is about: the tab shown's, else the caseload's choice.
    qint64 shownParticipantId() const;
    /// Meeting mode: hides every other window of the program (remembered), or shows them again.
    void hideOtherWindows(bool hide);
    void meetingFinished(qint64 participantId);

    std::unique_ptr<Ui::MainWindow> m_ui;
    workspace::Workspace* m_ws = nullptr;
    DatabaseActions* m_databaseActions = nullptr;
    ParticipantActions* m_participantActions = nullptr;
    CaseloadPane* m_caseload = nullptr;
    ParticipantTabs* m_tabs = nullptr;
    QPointer<HandbookDialog> m_handbook;
    QPointer<MeetingWindow> m_meeting;
    LockController* m_lock = nullptr;
    QStringList m_languages;
    QString m_language;
    QList<QPointer<QWidget>> m_hiddenForMeeting; ///< shown again when meeting mode ends
    bool m_caseloadShown = false; ///< the first paint of an open caseload has been reported
};

} // namespace tilltro::gui
